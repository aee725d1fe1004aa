// JSON metrics (SPEC §3 formats 1–4): a flat or nested object, a run envelope, MLflow run JSON, an array of runs,
// JSON Lines. The fallback reader: a file no other format claims is read as JSON, or refused saying what it is.
import { appendAll } from '../../arrays.js';
import { UserError, type Diagnostic } from '../../diagnostics.js';
import { isRecord } from '../../records.js';
import { JsonError, parseJson } from '../json.js';
import { own, setTime, textOf, typeName, type MetricsFile, type MetricsReader, type RunDraft } from '../model.js';

export const jsonReader: MetricsReader = { read: readJson };

function readJson(f: MetricsFile, warnings: Diagnostic[]): RunDraft[] {
  const text = textOf(f);
  if (text.trim() === '') throw new UserError([{ file: f.file, message: 'the metrics file is empty' }]);
  if (text.includes('\u0000'))
    throw new UserError([
      { file: f.file, message: 'the metrics file is binary (it contains NUL bytes); expected JSON or JSON Lines' },
    ]);
  const jsonLines = /\.(jsonl|ndjson)$/i.test(f.file);
  if (!jsonLines) {
    try {
      return fromDocument(parseJson(text), f.file, warnings);
    } catch (e) {
      // Content with one object per line is JSON Lines even without the extension.
      if (!(e instanceof JsonError) || !looksLikeJsonLines(text)) throw e;
    }
  }
  const drafts: RunDraft[] = [];
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    lineNo++;
    if (line.trim() !== '') {
      const value = parseJson(line, lineNo - 1);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new UserError([
          {
            file: f.file,
            line: lineNo,
            col: 1,
            message: `line ${lineNo} is ${typeName(value)}; each JSON Lines line must be one run object`,
          },
        ]);
      }
      appendAll(drafts, fromRunObject(value as Record<string, unknown>, `${f.file}:${lineNo}`, warnings));
    }
    start = end + 1;
  }
  return drafts;
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 1 && lines[0]!.trim().startsWith('{') && lines[0]!.trim().endsWith('}');
}

function fromDocument(value: unknown, file: string, warnings: Diagnostic[]): RunDraft[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw new UserError([{ file, message: `item ${i} of the array is ${typeName(item)}; expected a run object` }]);
      }
      return fromRunObject(item as Record<string, unknown>, `${file}[${i}]`, warnings);
    });
  }
  if (value === null || typeof value !== 'object') {
    throw new UserError([
      {
        file,
        message: `the file holds ${typeName(value)}; expected a JSON object of metrics, a run, or an array of runs`,
      },
    ]);
  }
  return fromRunObject(value as Record<string, unknown>, file, warnings);
}

function fromRunObject(obj: Record<string, unknown>, source: string, warnings: Diagnostic[]): RunDraft[] {
  const info = own(obj, 'info');
  const data = own(obj, 'data');
  if (isRecord(info) && isRecord(data)) return [fromMlflow(info, data, source, warnings)];
  const metrics = own(obj, 'metrics');
  if (isRecord(metrics) || (Array.isArray(metrics) && isEnvelope(obj)))
    return [fromEnvelope(obj, metrics, source, warnings)];
  // Flat or nested object: one run; `_` keys are metadata (`_timestamp` is the run's time).
  const draft: RunDraft = { metrics: withoutMetadata(obj), source };
  const at = own(obj, '_timestamp');
  if (at !== undefined) setTime(draft, at, source, warnings);
  if (Object.keys(draft.metrics).length === 0) return [];
  return [draft];
}

const EXPERIMENT_KEYS = ['experiment', 'experiment_name'];
const ID_KEYS = ['run_id', 'run', 'id'];
const TIME_KEYS = ['timestamp', 'time', 'start_time', 'end_time'];

function isEnvelope(obj: Record<string, unknown>): boolean {
  return [...EXPERIMENT_KEYS, ...ID_KEYS, ...TIME_KEYS].some((k) => Object.hasOwn(obj, k));
}

function fromEnvelope(
  obj: Record<string, unknown>,
  metrics: unknown,
  source: string,
  warnings: Diagnostic[],
): RunDraft {
  const draft: RunDraft = {
    metrics: Array.isArray(metrics) ? fromMetricList(metrics) : withoutMetadata(metrics as Record<string, unknown>),
    source,
  };
  const experiment = firstOf(obj, EXPERIMENT_KEYS);
  if (experiment !== undefined) draft.experiment = String(experiment);
  const id = firstOf(obj, ID_KEYS);
  if (id !== undefined) draft.id = String(id);
  const at = firstOf(obj, TIME_KEYS) ?? own(metrics, '_timestamp');
  if (at !== undefined) setTime(draft, at, source, warnings);
  const status = own(obj, 'status');
  if (typeof status === 'string') draft.status = status;
  return draft;
}

function fromMlflow(
  info: Record<string, unknown>,
  data: Record<string, unknown>,
  source: string,
  warnings: Diagnostic[],
): RunDraft {
  const metrics = own(data, 'metrics');
  const draft: RunDraft = {
    metrics: Array.isArray(metrics) ? fromMetricList(metrics) : isRecord(metrics) ? withoutMetadata(metrics) : {},
    source,
  };
  const experiment = firstOf(info, ['experiment_name', 'experiment_id']);
  if (experiment !== undefined) draft.experiment = String(experiment);
  const id = firstOf(info, ['run_id', 'run_uuid']);
  if (id !== undefined) draft.id = String(id);
  const at = firstOf(info, ['end_time', 'start_time']);
  if (at !== undefined && at !== null) setTime(draft, at, source, warnings);
  const status = own(info, 'status');
  if (typeof status === 'string') draft.status = status;
  return draft;
}

/** MLflow's REST form: [{key, value, step, timestamp}], several entries per key making a series. */
function fromMetricList(list: unknown[]): Record<string, unknown> {
  const series = new Map<string, { v: unknown; step: number; t: number }[]>();
  for (const m of list) {
    if (!isRecord(m) || typeof own(m, 'key') !== 'string') continue;
    const key = own(m, 'key') as string;
    const entry = { v: own(m, 'value'), step: Number(own(m, 'step') ?? 0), t: Number(own(m, 'timestamp') ?? 0) };
    const s = series.get(key) ?? [];
    s.push(entry);
    series.set(key, s);
  }
  const out: Record<string, unknown> = {};
  for (const [key, s] of series) {
    s.sort((a, b) => a.step - b.step || a.t - b.t);
    Object.defineProperty(out, key, {
      value: s.length === 1 ? s[0]!.v : s.map((e) => e.v),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function withoutMetadata(obj: Record<string, unknown>): Record<string, unknown> {
  let hasMeta = false;
  for (const k in obj) if (k.startsWith('_') && Object.hasOwn(obj, k)) hasMeta = true;
  if (!hasMeta) return obj;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj)) {
    if (!k.startsWith('_'))
      Object.defineProperty(out, k, { value: obj[k], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function firstOf(obj: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) {
    const v = own(obj, k);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}
