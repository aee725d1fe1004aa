import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readConfigFile } from '../../src/adapters/config-file.js';
import { fileHistory } from '../../src/adapters/history-file.js';
import { findMetricsFiles, readMetricsFiles, splitPatterns } from '../../src/adapters/metrics-files.js';
import { emptyLedger, instanceKey } from '../../src/core/history/ledger.js';
import { tempDir, writeFiles } from '../helpers/run-action.js';

describe('fileHistory', () => {
  it('starts empty when there is no file, and round-trips a ledger atomically (no temp file left)', async () => {
    const dir = tempDir();
    const store = fileHistory(path.join(dir, 'h.json'));
    expect(await store.load()).toBeUndefined();
    const ledger = emptyLedger();
    ledger.instances.set(instanceKey('a', '__proto__'), {
      alert: 'a',
      experiment: '__proto__',
      state: 'firing',
      streak: 1,
      since: 'x',
      runs: ['1'],
    });
    ledger.runs.set('constructor', [{ id: '1', values: { acc: 'NaN' } }]);
    await store.save(ledger);
    expect(readdirSync(dir)).toEqual(['h.json']);
    const back = await store.load();
    expect(back!.instances.get(instanceKey('a', '__proto__'))!.state).toBe('firing');
    expect(back!.runs.get('constructor')).toEqual([{ id: '1', values: { acc: 'NaN' } }]);
    expect(({} as Record<string, unknown>).state).toBeUndefined();
  });
});

describe('metrics files', () => {
  it('splits newline- and comma-separated patterns', () => {
    expect(splitPatterns(' a.json, b/*.json\n\n c.jsonl ')).toEqual(['a.json', 'b/*.json', 'c.jsonl']);
  });
  it('expands *, ? and ** globs, sorted and without duplicates', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'runs/b.json': '{}',
      'runs/a.json': '{}',
      'runs/x.txt': '',
      'runs/deep/c.json': '{}',
      'runs/deep/more/d.json': '{}',
      'r1.json': '{}',
    });
    const rel = async (p: string[]) => (await findMetricsFiles(p, ws)).map((f) => path.relative(ws, f));
    expect(await rel(['runs/*.json'])).toEqual(['runs/a.json', 'runs/b.json']);
    expect(await rel(['runs/**/*.json'])).toEqual([
      'runs/a.json',
      'runs/b.json',
      'runs/deep/c.json',
      'runs/deep/more/d.json',
    ]);
    expect(await rel(['r?.json', 'r1.json'])).toEqual(['r1.json']);
  });
  it('refuses a file over the limit before reading it, naming the file and the limit', async () => {
    const ws = tempDir();
    const big = path.join(ws, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 101 * 1024 * 1024);
    await expect(readMetricsFiles([big], ws)).rejects.toThrow(
      'big.json: the metrics file is 101 MiB, over the 100 MiB limit; refused without reading it',
    );
  });
  it('refuses a rules file over 1 MiB', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': `# ${'x'.repeat(1024 * 1024)}\n` });
    await expect(readConfigFile('alerts.yml', ws)).rejects.toThrow(
      /alerts\.yml: the rules file is [\d.]+ MiB, over the 1 MiB limit; refused without reading it/,
    );
    expect(readFileSync(path.join(ws, 'alerts.yml')).length).toBeGreaterThan(1024 * 1024);
  });
});
