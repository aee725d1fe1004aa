import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../src/core/diagnostics.js';
import { JsonError, MAX_DEPTH, parseJson } from '../../../src/core/metrics/json.js';
import { byExperiment, parseTime, readMetric, readRuns } from '../../../src/core/metrics/runs.js';

const id = { experiment: 'default', runId: '77' };
const read = (file: string, text: string) => readRuns([{ file, text }], id);
const refusal = async (file: string, text: string): Promise<string> => {
  try {
    await read(file, text);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('parseJson', () => {
  it('accepts the NaN, Infinity and -Infinity tokens of Python json.dump', async () => {
    expect(parseJson('{"a": NaN, "b": Infinity, "c": -Infinity, "d": [1, NaN]}')).toEqual({
      a: NaN,
      b: Infinity,
      c: -Infinity,
      d: [1, NaN],
    });
  });
  it('gives line and column for errors', async () => {
    expect(() => parseJson('{\n  "a": 1,\n  "b": tru\n}')).toThrow(JsonError);
    try {
      parseJson('{\n  "a": 1,\n  "b": tru\n}');
    } catch (e) {
      expect([(e as JsonError).line, (e as JsonError).col]).toEqual([3, 8]);
    }
  });
  it(`refuses nesting deeper than ${MAX_DEPTH} levels, on both paths`, async () => {
    const deep = (n: number, tail = '') => '['.repeat(n) + tail + ']'.repeat(n);
    expect(() => parseJson(deep(MAX_DEPTH))).not.toThrow();
    expect(() => parseJson(deep(MAX_DEPTH + 1))).toThrow(/nested deeper than the limit of 64/);
    expect(() => parseJson(deep(MAX_DEPTH + 1, 'NaN'))).toThrow(/nested deeper/);
    expect(() => parseJson(deep(100000))).toThrow(/nested deeper/);
  });
  it('keeps __proto__ as a plain key: no prototype pollution', async () => {
    const v = parseJson('{"__proto__": {"polluted": 1}, "x": NaN}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.hasOwn(v, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('readRuns: formats', () => {
  it('a flat object is one run with the inputs identity; _ keys are metadata, _timestamp its time', async () => {
    const { runs } = await read(
      'wandb-summary.json',
      '{"accuracy": 0.78, "_timestamp": 1763632800.5, "_step": 9, "_runtime": 3}',
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ experiment: 'default', id: '77', at: 1763632800500 });
    expect(Object.keys(runs[0]!.metrics)).toEqual(['accuracy']);
  });
  it('nested objects are read by dotted paths', async () => {
    const { runs } = await read('m.json', '{"eval": {"f1": 0.7, "deep": {"x": [1, 2]}}}');
    expect(readMetric(runs[0]!.metrics, 'eval.f1')).toBe(0.7);
    expect(readMetric(runs[0]!.metrics, 'eval.deep.x')).toEqual([1, 2]);
    expect(readMetric(runs[0]!.metrics, 'eval')).toEqual({ invalid: 'an object' });
  });
  it('a run envelope, with aliases', async () => {
    const { runs } = await read(
      'r.json',
      '{"experiment_name": "iris", "id": 42, "time": "2026-11-20T10:00:00Z", "status": "finished", "metrics": {"accuracy": 0.9}}',
    );
    expect(runs[0]).toMatchObject({
      experiment: 'iris',
      id: '42',
      at: Date.parse('2026-11-20T10:00:00Z'),
      status: 'finished',
    });
  });
  it('MLflow run JSON, with metrics as an object or as a list of series', async () => {
    const obj = await read(
      'mlflow.json',
      '{"info": {"run_id": "abc", "experiment_id": "3", "start_time": 1795168800000, "status": "FINISHED"}, "data": {"metrics": {"acc": 0.5}}}',
    );
    expect(obj.runs[0]).toMatchObject({ experiment: '3', id: 'abc', at: 1795168800000, status: 'FINISHED' });
    const list = await read(
      'mlflow.json',
      '{"info": {"run_id": "abc", "experiment_id": "3"}, "data": {"metrics": [{"key": "loss", "value": 2, "step": 2}, {"key": "loss", "value": 3, "step": 1}, {"key": "acc", "value": 0.5}]}}',
    );
    expect(readMetric(list.runs[0]!.metrics, 'loss')).toEqual([3, 2]);
    expect(readMetric(list.runs[0]!.metrics, 'acc')).toBe(0.5);
  });
  it('an array of runs', async () => {
    const { runs } = await read(
      'runs.json',
      '[{"experiment": "a", "run_id": "1", "metrics": {"x": 1}}, {"info": {"run_id": "2", "experiment_name": "b"}, "data": {"metrics": {"x": 2}}}]',
    );
    expect(runs.map((r) => [r.experiment, r.id])).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
  });
  it('JSON Lines by extension or by content, CRLF and a BOM included', async () => {
    const text =
      '\uFEFF{"experiment": "a", "run_id": "1", "metrics": {"x": NaN}}\r\n\r\n{"experiment": "a", "run_id": "2", "metrics": {"x": 2}}\r\n';
    expect((await read('runs.jsonl', text)).runs.map((r) => r.id)).toEqual(['1', '2']);
    expect((await read('runs.txt', text)).runs.map((r) => r.id)).toEqual(['1', '2']);
    expect(readMetric((await read('runs.ndjson', text)).runs[0]!.metrics, 'x')).toBeNaN();
  });
  it('runs without ids take the run-id input, numbered when there are several', async () => {
    const { runs } = await read(
      'log.jsonl',
      '{"experiment": "e", "metrics": {"loss": 1}}\n{"experiment": "e", "metrics": {"loss": 2}}\n',
    );
    expect(runs.map((r) => r.id)).toEqual(['77.1', '77.2']);
  });
  it("W&B's wandb-metadata.json gives the run its state as status, and no metrics", async () => {
    const dir = path.resolve(import.meta.dirname, '../../fixtures/metrics/wandb/spaceinvaders/wandb');
    const files = ['wandb-summary.json', 'wandb-metadata.json'].map((name) => ({
      file: `wandb/${name}`,
      text: readFileSync(path.join(dir, name), 'utf8'),
    }));
    const { runs } = await readRuns(files, id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ experiment: 'default', id: '77', status: 'running' });
    expect(readMetric(runs[0]!.metrics, 'cumulative_avg_reward')).toBe(272.75);
    expect(readMetric(runs[0]!.metrics, 'gpu_count')).toBeUndefined();
    const crashed = await read('run/wandb-metadata.json', '{"state": "crashed", "gpu_count": 1}');
    expect(crashed.runs).toEqual([expect.objectContaining({ status: 'crashed', metrics: {} })]);
  });
  it('records with no identity are the steps of one run: each key a series (W&B history)', async () => {
    const { runs } = await read(
      'wandb-history.jsonl',
      '{"_step": 0, "loss": 2.5, "_timestamp": 1700000000}\n{"_step": 1, "lr": 0.1}\n{"_step": 2, "loss": NaN, "eval": {"acc": 0.5}, "_timestamp": 1700000100}\n',
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ id: '77', experiment: 'default', at: 1700000100000 });
    expect(readMetric(runs[0]!.metrics, 'loss')).toEqual([2.5, NaN]); // a step without the key does not end it
    expect(readMetric(runs[0]!.metrics, 'lr')).toEqual([0.1]);
    expect(readMetric(runs[0]!.metrics, 'eval.acc')).toEqual([0.5]);
    expect(readMetric(runs[0]!.metrics, '_step')).toBeUndefined();
    const array = await read('steps.json', '[{"acc": 0.1}, {"acc": 0.2}]');
    expect(array.runs.map((r) => readMetric(r.metrics, 'acc'))).toEqual([[0.1, 0.2]]);
  });
  it('an object whose only special key is metrics is nested metrics, not an envelope (DVCLive)', async () => {
    const { runs } = await read('metrics.json', '{"metrics": {"mAP50-95(B)": 0.41, "precision(B)": 0.7}, "epoch": 9}');
    expect(runs).toHaveLength(1);
    expect(readMetric(runs[0]!.metrics, 'metrics.mAP50-95(B)')).toBe(0.41);
    expect(readMetric(runs[0]!.metrics, 'epoch')).toBe(9);
    const envelope = await read('e.json', '{"status": "FINISHED", "data": {"metrics": {"acc": 0.9}}}');
    expect(envelope.runs[0]).toMatchObject({ status: 'FINISHED' });
    expect(readMetric(envelope.runs[0]!.metrics, 'acc')).toBe(0.9);
  });
  it("MLflow's REST wrapper is unwrapped, and the experiment is named from experiment_name or the tag", async () => {
    const rest = await read(
      'run.json',
      JSON.stringify({
        run: {
          info: { run_id: 'abc', experiment_id: '3', status: 'FAILED', start_time: 1700000000000 },
          data: {
            metrics: [{ key: 'loss', value: 0.3, step: 1, timestamp: 1700000000000 }],
            tags: [{ key: 'mlflow.experimentName', value: 'vision' }],
          },
        },
      }),
    );
    expect(rest.runs[0]).toMatchObject({ id: 'abc', experiment: 'vision', status: 'FAILED' });
    const byId = await read('r.json', '{"info": {"run_id": "x", "experiment_id": "7"}, "data": {"metrics": {"a": 1}}}');
    expect(byId.runs[0]!.experiment).toBe('7');
  });
  it("MLflow's REST answer from a 1.x server (a real one): int64 times and steps as strings, the run's time is end_time", async () => {
    const file = path.resolve(import.meta.dirname, '../../fixtures/metrics/mlflow/mlflow-tools/oss-1.19/run.json');
    const text = readFileSync(file, 'utf8');
    const doc = JSON.parse(text) as {
      run: { info: Record<string, string>; data: { metrics: { key: string; value: number; step: string }[] } };
    };
    const { info, data } = doc.run;
    expect([typeof info.end_time, typeof data.metrics[0]!.step]).toEqual(['string', 'string']);
    const { runs, warnings } = await read('run.json', text);
    expect(warnings).toEqual([]);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      id: info.run_id,
      experiment: info.experiment_id,
      status: info.status,
      at: Number(info.end_time),
    });
    for (const m of data.metrics) expect([m.key, readMetric(runs[0]!.metrics, m.key)]).toEqual([m.key, m.value]);
  });
  it('MLflow\'s REST answer: protobuf JSON\'s "NaN", "Infinity", "-Infinity" values are those numbers; steps as strings order numerically', async () => {
    const metric = (key: string, value: unknown, step: string) => ({ key, value, timestamp: '1629947183157', step });
    const { runs } = await read(
      'run.json',
      JSON.stringify({
        run: {
          info: { run_id: 'r', experiment_id: '1' },
          data: {
            metrics: [
              metric('loss', 'NaN', '0'),
              metric('grad', 'Infinity', '0'),
              metric('low', '-Infinity', '0'),
              metric('acc', 0.5, '10'),
              metric('acc', 0.4, '9'),
              metric('note', 'nan', '0'),
            ],
          },
        },
      }),
    );
    const m = runs[0]!.metrics;
    expect(readMetric(m, 'loss')).toBeNaN();
    expect([readMetric(m, 'grad'), readMetric(m, 'low'), readMetric(m, 'acc')]).toEqual([
      Infinity,
      -Infinity,
      [0.4, 0.5],
    ]);
    expect(readMetric(m, 'note')).not.toEqual(expect.any(Number));
  });
  it('files with no identity of their own are one run; a key they disagree on takes the later file, with a note', async () => {
    const { runs, warnings } = await readRuns(
      [
        { file: 'out/all_results.json', text: '{"epoch": 3, "eval_loss": 0.41, "train_loss": 0.9}' },
        { file: 'out/eval_results.json', text: '{"epoch": 3, "eval_loss": 0.42, "eval_accuracy": 0.88}' },
        { file: 'out/train_results.json', text: '{"epoch": 3, "train_loss": 0.9, "train": {"runtime": 12}}' },
        { file: 'other.json', text: '{"experiment": "e2", "run_id": "x", "metrics": {"a": 1}}' },
      ],
      id,
    );
    expect(runs.map((r) => [r.experiment, r.id])).toEqual([
      ['e2', 'x'],
      ['default', '77'],
    ]);
    const m = runs[1]!.metrics;
    expect([readMetric(m, 'eval_loss'), readMetric(m, 'eval_accuracy'), readMetric(m, 'train.runtime')]).toEqual([
      0.42, 0.88, 12,
    ]);
    expect(runs[1]!.source).toBe('out/all_results.json + out/eval_results.json + out/train_results.json');
    expect(warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([
      "out/eval_results.json: eval_loss is 0.42 here and 0.41 in out/all_results.json of the same run; this file's value is used",
    ]);
  });
  it('a list of objects is a step history: P.KEY is the series of KEY (trainer_state.json log_history)', async () => {
    const { runs } = await read(
      'trainer_state.json',
      '{"global_step": 30, "log_history": [{"loss": 0.9, "step": 10}, {"eval_accuracy": 0.81, "step": 10}, {"loss": 0.5, "step": 20}, {"eval_accuracy": 0.86, "eval_loss": 0.4, "step": 20}]}',
    );
    const m = runs[0]!.metrics;
    expect(readMetric(m, 'log_history.eval_accuracy')).toEqual([0.81, 0.86]);
    expect(readMetric(m, 'log_history.loss')).toEqual([0.9, 0.5]);
    expect(readMetric(m, 'log_history.nope')).toBeUndefined();
  });
  it('unicode keys, extreme numbers', async () => {
    const { runs } = await read('u.json', '{"präzision": 1e308, "tiny": 5e-324, "neg": -1e999}');
    expect(readMetric(runs[0]!.metrics, 'präzision')).toBe(1e308);
    expect(readMetric(runs[0]!.metrics, 'neg')).toBe(-Infinity);
  });
});

describe('readRuns: refusals name the file', () => {
  it.each([
    ['empty', '', 'm.json: the metrics file is empty'],
    ['whitespace only', ' \n\t\n', 'm.json: the metrics file is empty'],
    ['truncated', '{"accuracy": 0.7', 'm.json:1:17: the JSON ends too early (truncated?)'],
    [
      'binary',
      '\u0000\u0001\u0002',
      'm.json: the metrics file is binary (it contains NUL bytes); expected JSON or JSON Lines',
    ],
    [
      'a top-level scalar',
      '42',
      'm.json: the file holds a number; expected a JSON object of metrics, a run, or an array of runs',
    ],
    ['no metrics', '{"_timestamp": 1}', 'm.json: no runs found: the file holds no metrics'],
    [
      'an array item that is not a run',
      '[{"x": 1}, 3]',
      'm.json: item 1 of the array is a number; expected a run object',
    ],
  ])('%s', async (_name, text, message) => {
    expect(await refusal('m.json', text)).toBe(message);
  });
  it('a JSON Lines file with one broken line names the line', async () => {
    expect(await refusal('runs.jsonl', '{"x": 1}\n{"x": 2,}\n{"x": 3}\n')).toBe(
      'runs.jsonl:2:9: unexpected "}"; expected a key in double quotes',
    );
    expect(await refusal('runs.jsonl', '{"x": 1}\n[1]\n')).toBe(
      'runs.jsonl:2:1: line 2 is an array; each JSON Lines line must be one run object',
    );
  });
  it('reports every bad file at once', async () => {
    await expect(
      readRuns(
        [
          { file: 'a.json', text: '' },
          { file: 'b.json', text: '{' },
        ],
        id,
      ),
    ).rejects.toThrow('a.json: the metrics file is empty\nb.json:1:2: the JSON ends too early (truncated?)');
  });
});

describe('time and ordering', () => {
  it('parses ISO 8601, epoch seconds and milliseconds', async () => {
    expect(parseTime('2026-11-20T10:00:00Z')).toBe(1795168800000);
    expect(parseTime(1795168800)).toBe(1795168800000);
    expect(parseTime(1795168800000)).toBe(1795168800000);
    expect(parseTime('1795168800')).toBe(1795168800000);
    expect(parseTime('yesterday')).toBeUndefined();
  });
  it('orders by time when every run has one, else as read; the same run id read twice is kept once', async () => {
    const { runs } = await read(
      'r.jsonl',
      '{"run_id": "b", "timestamp": 20, "metrics": {"x": 1}}\n{"run_id": "a", "timestamp": 10, "metrics": {"x": 1}}\n{"run_id": "b", "timestamp": 20, "metrics": {"x": 2}}\n',
    );
    expect(
      byExperiment(runs)
        .get('default')!
        .map((r) => r.id),
    ).toEqual(['a', 'b']);
    const mixed = await read(
      'r.jsonl',
      '{"run_id": "b", "timestamp": 20, "metrics": {"x": 1}}\n{"run_id": "a", "metrics": {"x": 1}}\n',
    );
    expect(
      byExperiment(mixed.runs)
        .get('default')!
        .map((r) => r.id),
    ).toEqual(['b', 'a']);
  });
  it('warns about a time it cannot read', async () => {
    const { warnings } = await read('r.json', '{"run_id": "a", "timestamp": "soon", "metrics": {"x": 1}}');
    expect(warnings[0]!.message).toContain('"soon" is not ISO 8601');
  });
});
