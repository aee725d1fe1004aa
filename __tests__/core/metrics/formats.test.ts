// Formats other than JSON through readRuns: each file to the reader of its format (SPEC §3).
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatOf } from '../../../src/core/metrics/formats.js';
import type { MetricsFile } from '../../../src/core/metrics/model.js';
import { readMetric, readRuns } from '../../../src/core/metrics/runs.js';
import { eventFile, value } from '../../helpers/tfevents-writer.js';

const id = { experiment: 'default', runId: '77' };
const refusal = async (file: string, text: string) =>
  readRuns([{ file, text }], id).then(
    () => 'read',
    (e: Error) => e.message,
  );

describe('YAML metrics (DVC metrics.yaml)', () => {
  it('reads a mapping as a JSON object of metrics is read', async () => {
    const { runs } = await readRuns(
      [{ file: 'metrics.yaml', text: 'accuracy: 0.93\nper_class:\n  Iris-setosa:\n    f1-score: 1.0\nloss: .nan\n' }],
      id,
    );
    expect(readMetric(runs[0]!.metrics, 'accuracy')).toBe(0.93);
    expect(readMetric(runs[0]!.metrics, 'per_class.Iris-setosa.f1-score')).toBe(1);
    expect(readMetric(runs[0]!.metrics, 'loss')).toBeNaN();
  });
  it('is refused naming what it looks like', async () => {
    expect(await refusal('m.yaml', '- 1\n- 2\n')).toBe(
      'm.yaml: YAML with no mapping at the top (it holds an array); expected metrics by name',
    );
    expect(await refusal('m.yml', 'a: [1, 2\n')).toMatch(/^m\.yml:\d+:\d+: not valid YAML: /);
    expect(await refusal('m.yml', 'a: 1\na: 2\n')).toMatch(/^m\.yml:2:1: not valid YAML: Map keys must be unique/);
    // Billion laughs: each level refers to the one before ten times.
    const levels = 'abcdefghi'.split('');
    const bomb = levels
      .map((l, i) =>
        i === 0
          ? `${l}: &${l} [1,1,1,1,1,1,1,1,1,1]`
          : `${l}: &${l} [${Array(10)
              .fill(`*${levels[i - 1]}`)
              .join(',')}]`,
      )
      .join('\n');
    expect(await refusal('bomb.yaml', bomb)).toMatch(/^bomb\.yaml: YAML aliases expand too far/);
  });
});

describe("TensorBoard's JSON export: one scalar, named after the file and `value`", () => {
  it('orders by step and takes the last wall time as the run time', async () => {
    const { runs } = await readRuns(
      [
        {
          file: 'exports/run-.-tag-loss.json',
          text: '[[1700000000.5, 0, 2.0], [1700000300.5, 20, 1.0], [1700000200.5, 10, 1.5]]',
        },
      ],
      id,
    );
    expect(readMetric(runs[0]!.metrics, 'run-.-tag-loss')).toEqual([2, 1.5, 1]);
    expect(readMetric(runs[0]!.metrics, 'value')).toEqual([2, 1.5, 1]);
    expect(runs[0]!.at).toBe(1700000300500);
  });
});

describe('TensorBoard event files', () => {
  const older = eventFile([
    { wallTime: 1_700_000_000, step: 0, values: [value.simple('val/loss', 3)] },
    { wallTime: 1_700_000_010, step: 1, values: [value.simple('val/loss', 2)] },
  ]);
  const resumed = eventFile(
    [
      { wallTime: 1_700_001_000, step: 1, values: [value.simple('val/loss', 1.5)] },
      { wallTime: 1_700_001_020, step: 2, values: [value.simple('val/loss', 1)] },
    ],
    1_700_001_000,
  );
  it('are claimed by name, and the files of one directory are one run named after it', async () => {
    expect(formatOf({ file: 'lightning_logs/version_0/events.out.tfevents.1700000000.host.1.0' }).name).toBe(
      'TensorBoard events',
    );
    expect(formatOf({ file: 'events.out.tfevents.json' }).name).toBe('TensorBoard events');
    expect(formatOf({ file: 'metrics.json' }).name).toBe('json');
    const { runs } = await readRuns(
      [
        { file: 'lightning_logs/version_0/events.out.tfevents.1700000000.host.1.0', bytes: older },
        { file: 'lightning_logs/version_1/events.out.tfevents.1700000000.host.1.0', bytes: older },
        { file: 'lightning_logs/version_0/events.out.tfevents.1700001000.host.2.0', bytes: resumed },
      ],
      id,
    );
    expect(runs.map((r) => [r.experiment, r.id, r.source])).toEqual([
      ['default', 'version_0', 'lightning_logs/version_0'],
      ['default', 'version_1', 'lightning_logs/version_1'],
    ]);
    expect(readMetric(runs[0]!.metrics, 'val/loss')).toEqual([3, 1.5, 1]);
  });
  it('a damaged file is refused naming it, the record and the byte', async () => {
    const broken = Buffer.from(older);
    broken[20] = broken[20]! ^ 0xff;
    await expect(readRuns([{ file: 'tb/events.out.tfevents.1', bytes: broken }], id)).rejects.toThrow(
      /^tb\/events\.out\.tfevents\.1: record 1 at byte 0: /,
    );
  });
});

describe('MLflow file store', () => {
  const STORE = path.resolve(import.meta.dirname, '../../fixtures/metrics/mlflow/mlflow-store');
  const storeFiles = (): MetricsFile[] => {
    const out: MetricsFile[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(path.join(STORE, dir), { withFileTypes: true })) {
        const rel = dir ? `${dir}/${e.name}` : e.name;
        if (e.isDirectory()) walk(rel);
        else out.push({ file: `store/${rel}`, bytes: readFileSync(path.join(STORE, rel)) });
      }
    };
    walk('');
    return out.sort((a, b) => (a.file < b.file ? -1 : 1));
  };
  it('one run per run directory, the experiment named from its meta.yaml, status and time from the run', async () => {
    const { runs } = await readRuns(storeFiles(), id);
    expect(runs.map((r) => [r.experiment, r.id, r.status, r.source])).toEqual([
      ['Default', '0d8653353e3e43beb89442a8bca1a94d', 'FINISHED', 'store/mlruns/0/0d8653353e3e43beb89442a8bca1a94d'],
      ['Default', 'c4e130d6e2f84b70acaf2c6f1127da26', 'FINISHED', 'store/mlruns/0/c4e130d6e2f84b70acaf2c6f1127da26'],
    ]);
    expect(runs[0]!.at).toBe(1748257990910);
    expect(Object.keys(runs[0]!.metrics).sort()).toEqual(['mae', 'r2', 'rmse']);
  });
  it('a metric file is a series over its steps; nested keys keep their /; a bad line is refused at its line', async () => {
    const files: MetricsFile[] = [
      { file: 'mlruns/1/meta.yaml', text: 'experiment_id: "1"\nname: vision\n' },
      { file: 'mlruns/1/r1/meta.yaml', text: 'run_id: r1\nstatus: 4\nstart_time: 1700000000000\n' },
      {
        file: 'mlruns/1/r1/metrics/eval/loss',
        text: '1700000000002 0.5 2\n1700000000001 0.9 1\n1700000000003 nan 3\n',
      },
    ];
    const { runs } = await readRuns(files, id);
    expect(runs[0]).toMatchObject({ experiment: 'vision', id: 'r1', status: 'FAILED' });
    expect(readMetric(runs[0]!.metrics, 'eval/loss')).toEqual([0.9, 0.5, NaN]);
    await expect(
      readRuns([...files.slice(0, 2), { file: 'mlruns/1/r1/metrics/acc', text: '1 0.5 0\nnot a line\n' }], id),
    ).rejects.toThrow(
      'mlruns/1/r1/metrics/acc:2:1: an MLflow metric line is "timestamp value step"; found "not a line"',
    );
  });
});

describe('a name that does not say the format: the content decides', () => {
  it('a header row with commas is CSV, a TFRecord frame is TensorBoard, anything else JSON', async () => {
    const events = eventFile([{ wallTime: 1_700_000_000, step: 0, values: [value.simple('loss', 0.5)] }]);
    expect(formatOf({ file: 'progress', text: 'epoch,loss\n0,0.5\n' }).name).toBe('CSV');
    expect(formatOf({ file: 'run/tb.bin', bytes: events }).name).toBe('TensorBoard events');
    expect(formatOf({ file: 'runs.txt', text: '{"a": 1, "b": 2}\n{"a": 3}\n' }).name).toBe('json');
    expect(formatOf({ file: 'm.json', text: 'a,b\n1,2\n' }).name).toBe('json'); // the name says JSON
    const { runs } = await readRuns([{ file: 'logs/progress', text: 'epoch,loss\n0,0.5\n1,0.25\n' }], id);
    expect(readMetric(runs[0]!.metrics, 'loss')).toEqual([0.5, 0.25]);
  });
});
