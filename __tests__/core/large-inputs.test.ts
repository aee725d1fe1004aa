// SPEC §3: no input size overflows the stack. Spreading a large array into a call's arguments throws "Maximum call
// stack size exceeded" at around 125,000 items; each helper here is given 200,000.
import { describe, expect, it } from '@jest/globals';
import { appendAll, extent } from '../../src/core/arrays.js';
import { loadConfig } from '../../src/core/config/load.js';
import { evaluate } from '../../src/core/evaluate.js';
import { sparkline } from '../../src/core/format.js';
import { emptyLedger } from '../../src/core/history/ledger.js';
import { readRuns } from '../../src/core/metrics/runs.js';
import { chartSection } from '../../src/core/report/chart.js';

const N = 200_000;
const ramp = Array.from({ length: N }, (_, i) => i / (N - 1));

describe('200,000 values', () => {
  it('sparkline draws every value, scaled to the range', () => {
    const line = sparkline(ramp);
    expect([...line]).toHaveLength(N);
    expect(line.startsWith('▁')).toBe(true);
    expect(line.endsWith('█')).toBe(true);
    expect(sparkline([...ramp, NaN]).endsWith('✕')).toBe(true);
  });

  it('extent finds the least and greatest; appendAll keeps every item in order', () => {
    expect(extent([...ramp, -3, 7])).toEqual({ min: -3, max: 7 });
    expect(extent([])).toEqual({ min: Infinity, max: -Infinity });
    const target = [-1];
    appendAll(target, ramp);
    expect(target).toHaveLength(N + 1);
    expect(target[N]).toBe(1);
  });

  it('readRuns reads 200,000 JSON Lines runs, and evaluate and the chart take them', async () => {
    const lines = ramp.map((v, i) => `{"experiment":"e","run_id":"r${i}","metrics":{"accuracy":${v}}}`);
    // The last run falls: the alert fires on it.
    lines.push(`{"experiment":"e","run_id":"last","metrics":{"accuracy":0.5}}`);
    const { runs } = await readRuns([{ file: 'runs.jsonl', text: lines.join('\n') }], { experiment: 'x', runId: 'y' });
    expect(runs).toHaveLength(N + 1);
    const { config } = loadConfig({
      text: 'version: 1\nalerts:\n  - {name: acc, metric: accuracy, op: "<", threshold: 0.9}\n',
      file: 'a.yml',
      env: {},
    });
    const [r] = evaluate({ config, runs, ledger: emptyLedger(), now: 0, stateless: true }).results;
    expect(r).toMatchObject({ run: 'last', value: 0.5 });
    expect(chartSection(r!)).toContain('```mermaid');
  });
});
