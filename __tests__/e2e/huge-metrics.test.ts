// SPEC §3: no input size overflows the stack. A 99 MiB JSON Lines file of 500,000 small runs (under the 100 MiB limit)
// is read through dist/index.js as a runner runs it, and the rule is evaluated on the latest run.
import { describe, expect, it } from '@jest/globals';
import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { runAction, tempDir, writeFiles } from '../helpers/run-action.js';

const RUNS = 500_000;
const TARGET_BYTES = 99 * 1024 * 1024;

/** Writes RUNS lines of about TARGET_BYTES in all; every run has loss 0.1 but the last, which has 0.9. */
function writeRuns(file: string): void {
  const padding = 'x'.repeat(Math.floor(TARGET_BYTES / RUNS) - 71);
  const fd = openSync(file, 'w');
  try {
    let chunk: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const loss = i === RUNS - 1 ? 0.9 : 0.1;
      chunk.push(`{"experiment":"e","run_id":"r${i}","metrics":{"loss":${loss},"note":"${padding}"}}\n`);
      if (chunk.length === 10_000) {
        writeSync(fd, chunk.join(''));
        chunk = [];
      }
    }
    writeSync(fd, chunk.join(''));
  } finally {
    closeSync(fd);
  }
}

describe('a huge metrics file', () => {
  it('reads 500,000 runs in 99 MiB of JSON Lines and evaluates the latest run', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'alerts.yml':
        'version: 1\nalerts:\n  - {name: loss-high, experiment: e, metric: loss, op: ">", threshold: 0.5}\n',
    });
    const file = path.join(ws, 'runs.jsonl');
    writeRuns(file);
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(98 * 1024 * 1024);
    expect(size).toBeLessThan(100 * 1024 * 1024);

    const r = await runAction({ workspace: ws, inputs: { metrics: 'runs.jsonl', history: 'file' } });
    expect(r.stderr).not.toMatch(/Maximum call stack size exceeded/);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.outputs.checked).toBe('1');
    expect(r.outputs.fired).toBe('1');
    const [result] = JSON.parse(r.outputs.results!) as { alert: string; run: string; value: number }[];
    expect(result).toMatchObject({ alert: 'loss-high', run: `r${RUNS - 1}`, value: 0.9 });
    // Every run read is recorded (for baselines), kept to the history's retention.
    const ledger = JSON.parse(readFileSync(path.join(ws, 'alerts-history.json'), 'utf8')) as { runs: unknown[] };
    expect(ledger.runs.length).toBeGreaterThan(0);
    expect(ledger.runs.length).toBeLessThanOrEqual(101);
  }, 240_000);
});
