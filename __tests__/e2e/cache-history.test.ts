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

/** A fresh runner: a new workspace each time, as on GitHub-hosted runners. */
function onNewRunner(runId: string, accuracy: number, env: Record<string, string> = cache.env(), attempt = '1') {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': seedRules(), 'out/metrics.json': JSON.stringify({ accuracy }) });
  return runAction({
    workspace: ws,
    runId,
    runAttempt: attempt,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris' },
    env: { SLACK_WEBHOOK_URL: slack.url(), ...env },
  });
}

describe('history: cache (the default)', () => {
  it('a second runner restores the state by the key prefix and does not send again', async () => {
    const first = await onNewRunner('7001', 0.5);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('No history yet in the Actions cache (metric-alerts-*)');
    expect(slack.received).toHaveLength(1);
    const lines = first.stdout.split('\n');
    expect(lines.indexOf(`::add-mask::${slack.url()}`)).toBeLessThan(
      lines.findIndex((l) => l.includes('Cache service version')),
    );
    expect(cache.entries.map((e) => [e.key, e.finalized])).toEqual([['metric-alerts-7001-1', true]]);
    expect(cache.calls).toEqual(
      expect.arrayContaining(['GetCacheEntryDownloadURL', 'CreateCacheEntry', 'PutBlob', 'FinalizeCacheEntryUpload']),
    );

    const rerun = await onNewRunner('7001', 0.5, cache.env(), '2');
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('history: restored from the cache entry metric-alerts-7001-1');
    expect(rerun.outputs).toMatchObject({ fired: '0', firing: '1' });
    expect(slack.received).toHaveLength(1);

    const later = await onNewRunner('7002', 0.95);
    expect(later.outputs).toMatchObject({ resolved: '1' });
    expect(slack.received).toHaveLength(2);
    expect(cache.entries.map((e) => e.key)).toEqual([
      'metric-alerts-7001-1',
      'metric-alerts-7001-2',
      'metric-alerts-7002-1',
    ]);
    expect(cache.calls.filter((c) => c === 'GetBlob').length).toBeGreaterThanOrEqual(2);
    // One entry saved per run, no warnings.
    expect(cache.calls.filter((c) => c === 'CreateCacheEntry')).toHaveLength(3);
    for (const r of [first, rerun, later])
      expect(r.stdout.split('\n').filter((l) => l.startsWith('::warning') && !l.includes('is firing'))).toEqual([]);
  });

  it('an unreachable cache service is a warning; evaluation and notification go on', async () => {
    const r = await onNewRunner('7100', 0.5, {
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::.*(Failed to restore|could not restore)/);
    expect(r.outputs.fired).toBe('1');
    expect(slack.received).toHaveLength(1);
  });

  it('a read-only cache (ACTIONS_CACHE_MODE=read) restores but does not save', async () => {
    const before = cache.entries.length;
    const r = await onNewRunner('7200', 0.5, { ...cache.env(), ACTIONS_CACHE_MODE: 'read' });
    expect(r.code).toBe(0);
    expect(cache.entries.length).toBe(before);
  });

  it('no cache service at all is a warning, and the step goes on', async () => {
    const r = await onNewRunner('7300', 0.5, {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('the Actions cache service is not available to this step');
    expect(slack.received).toHaveLength(1);
  });
});
