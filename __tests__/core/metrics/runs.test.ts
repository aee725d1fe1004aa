import { describe, expect, it } from '@jest/globals';
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
    const { runs } = await read('log.jsonl', '{"loss": 1}\n{"loss": 2}\n');
    expect(runs.map((r) => r.id)).toEqual(['77.1', '77.2']);
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
