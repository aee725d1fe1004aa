// Issue 16 with the other history backends: status rules, stale rules and silences through the bundled action
// (dist/index.js) with `history: git` (a bare origin, real git) and `history: cache` (the real @actions/cache client
// against a loopback cache service, a fresh workspace per run as on hosted runners), each process started at its
// instant (helpers/clock.mjs), messages to a loopback Slack.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startCacheService, type CacheService } from '../helpers/cache-service.js';
import { cloneOf, ledgerOn, originWith } from '../helpers/git-repo.js';
import { runAction, tempDir, writeFiles, type ActionRun } from '../helpers/run-action.js';
import { messageText, slackForSuite, type Received } from '../helpers/slack-server.js';

const slack = slackForSuite();
let cache: CacheService;
beforeAll(async () => {
  cache = await startCacheService();
});
afterAll(() => cache.close());

const rules = (alerts: string, silences = '') => `version: 1
channels:
  ml:
    type: slack
    url: \${SLACK_WEBHOOK_URL}
defaults:
  channels: [ml]
alerts:
${alerts}${silences ? `silences:\n${silences}` : ''}`;

const CRASH = `  - name: training-crashed\n    status: [failed, crashed]\n    severity: critical\n`;
const STALE = `  - name: nightly-stopped\n    stale: 2d\n`;
const SILENCE = `  - alerts: training-crashed\n    until: 2026-03-09T06:00:00Z\n    reason: retraining\n`;

/** A training run as the envelope format holds it: an id, a status, a time. */
const envelope = (experiment: string, id: string, status: string, at: string) =>
  JSON.stringify({ experiment, run_id: id, status, timestamp: at, metrics: { loss: 0.5 } });

interface Step {
  run: ActionRun;
  results: Record<string, unknown>[];
  sent: Received[];
}

/** The ledger's events as this test reads them. */
type LedgerEvents = { events: { kind: string; silenced?: boolean }[] };

/** Where the history lives between runs: one checkout of a git origin, or the cache under one key (fresh runners). */
interface Backend {
  name: 'git' | 'cache';
  /** A new history for one scenario's rules: its runs' workspace factory and what to check the ledger with. */
  start(alertsYml: string): {
    workspace(): string;
    inputs: Record<string, string>;
    env(): Record<string, string>;
    ledger(): LedgerEvents | undefined;
  };
}

let keys = 0;
const BACKENDS: Backend[] = [
  {
    name: 'git',
    start(alertsYml) {
      const origin = originWith({ 'alerts.yml': alertsYml });
      const ws = cloneOf(origin);
      return {
        workspace: () => ws,
        inputs: { history: 'git' },
        env: () => ({}),
        ledger: (): LedgerEvents => ledgerOn(origin),
      };
    },
  },
  {
    name: 'cache',
    start(alertsYml) {
      const key = `cov-${++keys}`;
      return {
        workspace() {
          const ws = tempDir();
          writeFiles(ws, { 'alerts.yml': alertsYml });
          return ws;
        },
        inputs: { history: 'cache', 'history-key': key },
        env: () => cache.env(),
        ledger: () => undefined,
      };
    },
  },
];

describe.each(BACKENDS.map((b) => [b.name, b] as const))('history: %s', (_name, backend) => {
  /** One workflow run at `now`: a push with the given metrics files, or a scheduled check reading none. */
  async function step(
    h: ReturnType<Backend['start']>,
    now: string,
    files: Record<string, string> | 'schedule',
    runId: string,
  ): Promise<Step> {
    const ws = h.workspace();
    const scheduled = files === 'schedule';
    if (!scheduled) writeFiles(ws, files);
    const before = slack.server.received.length;
    const run = await runAction({
      workspace: ws,
      runId,
      now,
      event: scheduled ? { name: 'schedule', payload: { schedule: '30 6 * * *' } } : { name: 'push', payload: {} },
      inputs: { ...(scheduled ? {} : { metrics: Object.keys(files).join('\n') }), ...h.inputs },
      env: { SLACK_WEBHOOK_URL: slack.server.url(), ...h.env() },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return { run, results: JSON.parse(run.outputs.results!), sent: slack.server.received.slice(before) };
  }

  it('a status rule fires on a failed run and resolves on a finished one', async () => {
    const h = backend.start(rules(CRASH));
    const failed = await step(
      h,
      '2026-03-08T06:00:00Z',
      { 'out/run.json': envelope('iris', 'r1', 'FAILED', '2026-03-08T05:00:00Z') },
      '1',
    );
    expect(failed.results).toEqual([
      expect.objectContaining({ run: 'r1', state: 'firing', event: 'fired', status: 'failed', value: null }),
    ]);
    expect(failed.sent).toHaveLength(1);
    expect(messageText(failed.sent[0]!)).toContain('`status = failed` · rule: status in failed, crashed');

    const still = await step(
      h,
      '2026-03-08T07:00:00Z',
      { 'out/run.json': envelope('iris', 'r2', 'crashed', '2026-03-08T06:30:00Z') },
      '2',
    );
    expect(still.results[0]).toMatchObject({ run: 'r2', state: 'firing', event: null, status: 'crashed' });
    expect(still.sent).toEqual([]);

    const finished = await step(
      h,
      '2026-03-08T09:00:00Z',
      { 'out/run.json': envelope('iris', 'r3', 'finished', '2026-03-08T08:30:00Z') },
      '3',
    );
    expect(finished.results[0]).toMatchObject({ run: 'r3', state: 'ok', event: 'resolved', status: 'finished' });
    expect(finished.sent).toHaveLength(1);
    expect(messageText(finished.sent[0]!)).toContain('`status = finished` · back: finished is not in the list');
    // The git ledger is read from the origin's branch (the cache's is a tarball: its runs above prove it kept state).
    const ledger = h.ledger();
    if (ledger) expect(ledger.events.map((e) => e.kind)).toEqual(['fired', 'resolved']);
  });

  it('a scheduled stale check with no metrics fires for an experiment known only from the history; a run resolves it', async () => {
    const h = backend.start(rules(STALE));
    const seeded = await step(
      h,
      '2026-03-05T07:00:00Z',
      { 'out/run.json': envelope('nightly', 'n1', 'finished', '2026-03-05T06:30:00Z') },
      '1',
    );
    expect(seeded.sent).toEqual([]);

    const check = await step(h, '2026-03-08T06:30:00Z', 'schedule', '2');
    expect(check.run.stdout).toContain(
      'No metrics or artifact input: the stale rules are evaluated from the history alone.',
    );
    expect(check.results).toEqual([
      expect.objectContaining({ experiment: 'nightly', run: 'n1', state: 'firing', event: 'fired' }),
    ]);
    // Its age in hours, read on a clock that runs on from the check's instant.
    expect(Math.round((check.results[0]!.value as number) * 10) / 10).toBe(72);
    expect(check.sent).toHaveLength(1);
    expect(messageText(check.sent[0]!)).toContain('`newest run 3 d old` · rule: stale after 2d');

    const arrived = await step(
      h,
      '2026-03-08T09:00:00Z',
      { 'out/run.json': envelope('nightly', 'n2', 'finished', '2026-03-08T07:00:00Z') },
      '3',
    );
    expect(arrived.results[0]).toMatchObject({ experiment: 'nightly', run: 'n2', state: 'ok', event: 'resolved' });
    expect(arrived.sent).toHaveLength(1);
    expect(messageText(arrived.sent[0]!)).toContain('a run 2 h old arrived');

    // The next scheduled check finds the new run in the history: nothing to say.
    const quiet = await step(h, '2026-03-09T06:30:00Z', 'schedule', '4');
    expect(quiet.results[0]).toMatchObject({ run: 'n2', state: 'ok', event: null });
    expect(quiet.sent).toEqual([]);
  });

  it('a silence holds back a status fire, which goes out once after the silence ends', async () => {
    const h = backend.start(rules(CRASH, SILENCE));
    const run = (id: string, at: string) => ({ 'out/run.json': envelope('iris', id, 'failed', at) });
    const held = await step(h, '2026-03-08T12:00:00Z', run('r1', '2026-03-08T11:00:00Z'), '1');
    expect(held.results[0]).toMatchObject({ state: 'firing', event: 'fired', silenced: true });
    expect(held.sent).toEqual([]);

    const after = await step(h, '2026-03-09T06:00:00Z', run('r2', '2026-03-09T05:00:00Z'), '2');
    expect(after.results[0]).toMatchObject({ state: 'firing', event: 'fired' });
    expect(after.results[0]!.silenced).toBeUndefined();
    expect(after.sent).toHaveLength(1);
    expect(messageText(after.sent[0]!)).toContain(
      '`status = failed` · rule: status in failed, crashed; firing since 2026-03-08 12:00 UTC (2 runs / 18 h), held back by a silence',
    );

    const later = await step(h, '2026-03-09T07:00:00Z', run('r3', '2026-03-09T06:30:00Z'), '3');
    expect(later.results[0]).toMatchObject({ state: 'firing', event: null });
    expect(later.sent).toEqual([]);
    const ledger = h.ledger();
    if (ledger)
      expect(ledger.events.map((e) => [e.kind, e.silenced ?? false])).toEqual([
        ['fired', true],
        ['fired', false],
      ]);
  });
});
