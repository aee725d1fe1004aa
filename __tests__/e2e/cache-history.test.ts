// history: cache with the real @actions/cache client (inside dist/) against a loopback cache service.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startCacheService, type CacheService } from '../helpers/cache-service.js';
import { seedRules } from '../helpers/fixtures.js';
import { runAction, tempDir, writeFiles } from '../helpers/run-action.js';
import { startSlack, type SlackStandIn } from '../helpers/slack-server.js';

let slack: SlackStandIn;
let cache: CacheService;
beforeAll(async () => {
  slack = await startSlack();
  cache = await startCacheService();
});
afterAll(async () => {
  await slack.close();
  await cache.close();
});
beforeEach(() => {
  slack.received.length = 0;
});

interface Runner {
  runId: string;
  accuracy: number;
  env?: Record<string, string>;
  attempt?: string;
  /** GITHUB_JOB: every cell of a matrix has the same one. */
  job?: string;
  /** GITHUB_ACTION: the step's id. */
  step?: string;
  experiment?: string;
  historyKey?: string;
  /** The job's workspace, for a second step of one job; a fresh one otherwise. */
  workspace?: string;
  /** Rules (default: the seed rules, for iris). */
  rules?: string;
}

/** A step on a runner: a new workspace each time unless given, as on GitHub-hosted runners. */
function onNewRunner(r: Runner) {
  const ws = r.workspace ?? tempDir();
  writeFiles(ws, {
    'alerts.yml': r.rules ?? seedRules(),
    'out/metrics.json': JSON.stringify({ accuracy: r.accuracy }),
  });
  return runAction({
    workspace: ws,
    runId: r.runId,
    runAttempt: r.attempt ?? '1',
    inputs: {
      metrics: 'out/metrics.json',
      experiment: r.experiment ?? 'iris',
      ...(r.historyKey ? { 'history-key': r.historyKey } : {}),
    },
    env: {
      SLACK_WEBHOOK_URL: slack.url(),
      GITHUB_JOB: r.job ?? 'check',
      GITHUB_ACTION: r.step ?? '__acme_metric-alerts',
      ...(r.env ?? cache.env()),
    },
  });
}

/** The seed rule for every experiment. */
const everyExperiment = seedRules().replace('    experiment: iris\n', '');
const KEY = (prefix: string, runId: string, attempt: string, job: string, step: string) =>
  new RegExp(`^${prefix}-${runId}-${attempt}-${job}-${step}-[0-9a-z]{14,}$`);
const FIX = 'set a different `history-key` per matrix cell, or use `history: git`';
const warnings = (stdout: string) =>
  stdout.split('\n').filter((l) => l.startsWith('::warning') && !l.includes('is firing'));

describe('history: cache (the default)', () => {
  it('a second runner restores the state by the key prefix and does not send again', async () => {
    const first = await onNewRunner({ runId: '7001', accuracy: 0.5 });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('No history yet in the Actions cache (metric-alerts-*)');
    expect(slack.received).toHaveLength(1);
    const lines = first.stdout.split('\n');
    expect(lines.indexOf(`::add-mask::${slack.url()}`)).toBeLessThan(
      lines.findIndex((l) => l.includes('Cache service version')),
    );
    expect(cache.entries).toHaveLength(1);
    expect(cache.entries[0]).toMatchObject({
      key: expect.stringMatching(KEY('metric-alerts', '7001', '1', 'check', '__acme_metric-alerts')),
      finalized: true,
    });
    const firstKey = cache.entries[0]!.key;
    expect(first.stdout).toContain(`history: saved to the cache entry ${firstKey}`);
    expect(cache.calls).toEqual(
      expect.arrayContaining(['GetCacheEntryDownloadURL', 'CreateCacheEntry', 'PutBlob', 'FinalizeCacheEntryUpload']),
    );

    const rerun = await onNewRunner({ runId: '7001', accuracy: 0.5, attempt: '2' });
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`history: restored from the cache entry ${firstKey}`);
    expect(rerun.outputs).toMatchObject({ fired: '0', firing: '1' });
    expect(slack.received).toHaveLength(1);

    const later = await onNewRunner({ runId: '7002', accuracy: 0.95 });
    expect(later.outputs).toMatchObject({ resolved: '1' });
    expect(slack.received).toHaveLength(2);
    expect(cache.entries.map((e) => e.key)).toEqual([
      firstKey,
      expect.stringMatching(KEY('metric-alerts', '7001', '2', 'check', '__acme_metric-alerts')),
      expect.stringMatching(KEY('metric-alerts', '7002', '1', 'check', '__acme_metric-alerts')),
    ]);
    expect(cache.calls.filter((c) => c === 'GetBlob').length).toBeGreaterThanOrEqual(2);
    // One entry saved per run, no warnings.
    expect(cache.calls.filter((c) => c === 'CreateCacheEntry')).toHaveLength(3);
    for (const r of [first, rerun, later]) expect(warnings(r.stdout)).toEqual([]);
  });

  it('an unreachable cache service is a warning; evaluation and notification go on', async () => {
    const r = await onNewRunner({
      runId: '7100',
      accuracy: 0.5,
      env: {
        ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_RUNTIME_TOKEN: 'runtime-token',
      },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::.*(Failed to restore|could not restore)/);
    expect(r.outputs.fired).toBe('1');
    expect(slack.received).toHaveLength(1);
  });

  it('a read-only cache (ACTIONS_CACHE_MODE=read) restores but does not save', async () => {
    const before = cache.entries.length;
    const r = await onNewRunner({ runId: '7200', accuracy: 0.5, env: { ...cache.env(), ACTIONS_CACHE_MODE: 'read' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('history: restored from the cache entry metric-alerts-7002-1-check-');
    expect(cache.entries.length).toBe(before);
    expect(r.stdout).toMatch(
      /::warning::history: cache: the cache is not writable here \(ACTIONS_CACHE_MODE=read\): this run's history is not saved/,
    );
  });

  it('no cache service at all is a warning, and the step goes on', async () => {
    const r = await onNewRunner({ runId: '7300', accuracy: 0.5, env: {} });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('the Actions cache service is not available to this step');
    expect(slack.received).toHaveLength(1);
  });
});

describe('history: cache, several jobs and steps of one workflow run', () => {
  const fired = (r: { outputs: Record<string, string> }) => r.outputs.fired;

  it('two jobs one after the other (same run and attempt, another GITHUB_JOB) each keep their history', async () => {
    const base = { runId: '8001', accuracy: 0.5, rules: everyExperiment, historyKey: 'seq' };
    const iris = await onNewRunner({ ...base, job: 'train-iris', experiment: 'iris' });
    const mnist = await onNewRunner({ ...base, job: 'train-mnist', experiment: 'mnist' });
    expect([iris.code, mnist.code]).toEqual([0, 0]);
    expect([fired(iris), fired(mnist)]).toEqual(['1', '1']);
    expect(mnist.stdout).toContain(`history: restored from the cache entry seq-8001-1-train-iris-`);
    const keys = cache.entries.filter((e) => e.key.startsWith('seq-')).map((e) => e.key);
    expect(keys).toEqual([
      expect.stringMatching(KEY('seq', '8001', '1', 'train-iris', '__acme_metric-alerts')),
      expect.stringMatching(KEY('seq', '8001', '1', 'train-mnist', '__acme_metric-alerts')),
    ]);

    const sent = slack.received.length;
    const next = { ...base, runId: '8002' };
    const later = [
      await onNewRunner({ ...next, job: 'train-iris', experiment: 'iris' }),
      await onNewRunner({ ...next, job: 'train-mnist', experiment: 'mnist' }),
    ];
    for (const r of later) expect(r.outputs).toMatchObject({ fired: '0', firing: '1' });
    expect(slack.received).toHaveLength(sent);
    for (const r of [iris, mnist, ...later]) expect(warnings(r.stdout)).toEqual([]);
  });

  it('two steps of one job (another GITHUB_ACTION, one workspace) do not collide', async () => {
    const base = { runId: '8101', accuracy: 0.5, rules: everyExperiment, historyKey: 'steps' };
    const ws = tempDir();
    const first = await onNewRunner({ ...base, workspace: ws, step: 'iris', experiment: 'iris' });
    const second = await onNewRunner({ ...base, workspace: ws, step: '__acme_metric-alerts_2', experiment: 'mnist' });
    expect([fired(first), fired(second)]).toEqual(['1', '1']);
    expect(cache.entries.filter((e) => e.key.startsWith('steps-')).map((e) => [e.key, e.finalized])).toEqual([
      [expect.stringMatching(KEY('steps', '8101', '1', 'check', 'iris')), true],
      [expect.stringMatching(KEY('steps', '8101', '1', 'check', '__acme_metric-alerts_2')), true],
    ]);

    const sent = slack.received.length;
    const ws2 = tempDir();
    const later = [
      await onNewRunner({ ...base, runId: '8102', workspace: ws2, step: 'iris', experiment: 'iris' }),
      await onNewRunner({
        ...base,
        runId: '8102',
        workspace: ws2,
        step: '__acme_metric-alerts_2',
        experiment: 'mnist',
      }),
    ];
    for (const r of later) expect(r.outputs).toMatchObject({ fired: '0', firing: '1' });
    expect(slack.received).toHaveLength(sent);
    for (const r of [first, second, ...later]) expect(warnings(r.stdout)).toEqual([]);
  });

  /**
   * Holds the i-th history lookup (restore or lookup-only) until the j-th arrives: `{ 1: 2 }` answers the first
   * restore only once the second job restores too. A held call is let go after 60 s whatever happens, so a broken
   * build fails its assertions instead of hanging.
   */
  function orderLookups(holds: Record<number, number>): void {
    let n = 0;
    const waiting = new Map<number, (() => void)[]>();
    cache.before = async (method) => {
      if (method !== 'GetCacheEntryDownloadURL') return;
      const i = ++n;
      for (const release of waiting.get(i) ?? []) release();
      const until = holds[i];
      if (until === undefined) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 60_000);
        waiting.set(until, [...(waiting.get(until) ?? []), () => (clearTimeout(timer), resolve())]);
      });
    };
  }

  it('two matrix cells at once with one history-key: last writer wins, and each job whose history was overtaken warns naming the fix', async () => {
    const cell = { runId: '8201', accuracy: 0.5, rules: everyExperiment, historyKey: 'matrix' };
    // Both restore the same (empty) history; one saves first; the other looks up only then (and sees that save), and
    // the first looks up again only once the second has saved too.
    orderLookups({ 1: 2, 4: 5, 5: 6 });
    let runs;
    try {
      runs = await Promise.all([
        onNewRunner({ ...cell, experiment: 'iris' }),
        onNewRunner({ ...cell, experiment: 'mnist' }),
      ]);
    } finally {
      delete cache.before;
    }
    for (const r of runs) expect([r.code, fired(r)]).toEqual([0, '1']);
    const saved = cache.entries.filter((e) => e.key.startsWith('matrix-'));
    expect(saved.map((e) => e.finalized)).toEqual([true, true]);
    const [earlier, last] = saved.map((e) => runs.find((r) => r.stdout.includes(`saved to the cache entry ${e.key}`))!);
    expect(earlier).toBeDefined();
    expect(last).toBeDefined();
    expect(earlier).not.toBe(last);
    // The job that saves last knows it replaces the other's save; the other sees it was replaced.
    expect(warnings(last!.stdout)).toEqual([
      `::warning::history: cache: the history was overtaken: another job saved the cache entry ${saved[0]!.key} after this job restored no entry; this job's save replaces it, so the runs and events that job recorded are lost (last writer wins). If jobs of one workflow share this history, ${FIX}.`,
    ]);
    expect(warnings(earlier!.stdout)).toEqual([
      `::warning::history: cache: the history was overtaken: another job saved the newer cache entry ${saved[1]!.key} while this job saved ${saved[0]!.key}; the next run restores that one, without the runs and events of this job (last writer wins). If jobs of one workflow share this history, ${FIX}.`,
    ]);

    // As warned: the next run restores the last save, so the earlier job's alert fires again; the last one's does not.
    const sent = slack.received.length;
    const lostExperiment = earlier === runs[0] ? 'iris' : 'mnist';
    const keptExperiment = lostExperiment === 'iris' ? 'mnist' : 'iris';
    const again = await onNewRunner({ ...cell, runId: '8202', experiment: lostExperiment });
    const kept = await onNewRunner({ ...cell, runId: '8202', experiment: keptExperiment });
    expect([fired(again), fired(kept)]).toEqual(['1', '0']);
    expect(slack.received).toHaveLength(sent + 1);
  });

  it('two matrix cells at once, each with its own history-key (the matrix recipe), both keep their history', async () => {
    const cell = { runId: '8301', accuracy: 0.5, rules: everyExperiment };
    orderLookups({ 1: 2 });
    let runs;
    try {
      runs = await Promise.all([
        onNewRunner({ ...cell, experiment: 'iris', historyKey: 'metric-alerts-iris' }),
        onNewRunner({ ...cell, experiment: 'mnist', historyKey: 'metric-alerts-mnist' }),
      ]);
    } finally {
      delete cache.before;
    }
    for (const r of runs) expect([r.code, fired(r), warnings(r.stdout)]).toEqual([0, '1', []]);

    const sent = slack.received.length;
    const later = await Promise.all([
      onNewRunner({ ...cell, runId: '8302', experiment: 'iris', historyKey: 'metric-alerts-iris' }),
      onNewRunner({ ...cell, runId: '8302', experiment: 'mnist', historyKey: 'metric-alerts-mnist' }),
    ]);
    for (const r of later) {
      expect(r.outputs).toMatchObject({ fired: '0', firing: '1' });
      expect(warnings(r.stdout)).toEqual([]);
    }
    expect(slack.received).toHaveLength(sent);
  });

  it('a refused save (read-only cache token) is a warning naming the fix; the step still succeeds', async () => {
    cache.denyWrites = true;
    let r;
    try {
      r = await onNewRunner({ runId: '8401', accuracy: 0.5, historyKey: 'refused' });
    } finally {
      cache.denyWrites = false;
    }
    expect(r.code).toBe(0);
    expect(r.outputs.fired).toBe('1');
    expect(cache.entries.filter((e) => e.key.startsWith('refused-'))).toEqual([]);
    expect(r.stdout).toMatch(
      /^::warning::Failed to save: Unable to reserve cache with key refused-8401-.*cache write denied/m,
    );
    expect(warnings(r.stdout)).toContainEqual(
      expect.stringMatching(
        /^::warning::history: cache: the cache service did not save the history under refused-8401-1-check-__acme_metric-alerts-[0-9a-z]+ \(the reason is in the log above; a read-only cache token cannot save\); this run's alerts and events are not kept, and the next run may notify them again\. If jobs of one workflow share this history, set a different `history-key` per matrix cell, or use `history: git`\.$/,
      ),
    );
    // Nothing was kept: the next run notifies again.
    const next = await onNewRunner({ runId: '8402', accuracy: 0.5, historyKey: 'refused' });
    expect(next.outputs.fired).toBe('1');
  });

  it('a history-key the cache cannot hold (a comma, too long) fails the step naming the input; nothing is sent', async () => {
    for (const historyKey of ['metric-alerts,iris', 'k'.repeat(301)]) {
      const sent = slack.received.length;
      const r = await onNewRunner({ runId: '8501', accuracy: 0.5, historyKey });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        /::error::input history-key: (a comma is not allowed|301 characters is too long; at most 300)/,
      );
      expect(slack.received).toHaveLength(sent);
    }
  });
});
