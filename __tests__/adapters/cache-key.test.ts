// Keys of the history's cache entries: unique per job and step, within the cache service's limits.
import { describe, expect, it } from '@jest/globals';
import { cacheSaveKey, historyKeyProblem, MAX_HISTORY_KEY } from '../../src/adapters/cache-key.js';
import { readInputs } from '../../src/action/inputs.js';

const parts = {
  prefix: 'metric-alerts',
  runId: '123',
  attempt: '2',
  job: 'train',
  step: '__acme_metric-alerts',
  suffix: 'abc',
};

describe('cache keys of the history', () => {
  it('are <history-key>-<run id>-<attempt>-<job>-<step>-<suffix>', () => {
    expect(cacheSaveKey(parts)).toBe('metric-alerts-123-2-train-__acme_metric-alerts-abc');
  });

  it('differ between jobs, steps and suffixes of one run, and all start with the restore prefix', () => {
    const keys = [
      cacheSaveKey(parts),
      cacheSaveKey({ ...parts, job: 'eval' }),
      cacheSaveKey({ ...parts, step: '__acme_metric-alerts_2' }),
      cacheSaveKey({ ...parts, suffix: 'abd' }),
    ];
    expect(new Set(keys).size).toBe(4);
    for (const k of keys) expect(k.startsWith('metric-alerts-')).toBe(true);
  });

  it('never hold a comma or control character, and an empty job or step is a placeholder', () => {
    const k = cacheSaveKey({ ...parts, job: 'a,b c\nd', step: '', suffix: 'x,y' });
    expect(k).toBe('metric-alerts-123-2-a_b_c_d-_-x_y');
  });

  it('stay within 512 characters with the longest history-key and very long job and step ids', () => {
    const k = cacheSaveKey({
      prefix: 'p'.repeat(MAX_HISTORY_KEY),
      runId: '9'.repeat(40),
      attempt: '9'.repeat(12),
      job: 'j'.repeat(1000),
      step: 's'.repeat(1000),
      suffix: 'x'.repeat(100),
    });
    expect(k.length).toBeLessThanOrEqual(512);
    expect(k.startsWith(`${'p'.repeat(MAX_HISTORY_KEY)}-`)).toBe(true);
    expect(k).toMatch(/-j+-s+-x+$/);
    // Short ids are kept whole.
    expect(cacheSaveKey({ ...parts, prefix: 'p'.repeat(MAX_HISTORY_KEY) })).toBe(
      `${'p'.repeat(MAX_HISTORY_KEY)}-123-2-train-__acme_metric-alerts-abc`,
    );
  });
});

describe('history-key', () => {
  const inputs = (values: Record<string, string>) => () => readInputs((name) => values[name] ?? '');

  it('is refused with a comma or over 300 characters, naming the input, when the history is in the cache', () => {
    expect(historyKeyProblem('metric-alerts')).toBeUndefined();
    expect(historyKeyProblem('k'.repeat(MAX_HISTORY_KEY))).toBeUndefined();
    expect(inputs({ 'history-key': 'a,b' })).toThrow(
      'input history-key: a comma is not allowed (the Actions cache refuses keys with commas); found "a,b"',
    );
    expect(inputs({ 'history-key': 'k'.repeat(301) })).toThrow(
      /^input history-key: 301 characters is too long; at most 300 \(the Actions cache allows 512 for the whole key\); found "k{80}…"$/,
    );
  });

  it('is not checked when the history is not in the cache', () => {
    expect(inputs({ history: 'git', 'history-key': 'a,b' })().historyKey).toBe('a,b');
  });
});
