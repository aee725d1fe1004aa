// JSON metrics (SPEC §3 formats 1–4): a flat or nested object, a run envelope, MLflow run JSON, an array of runs,
// JSON Lines. The fallback reader: a file no other format claims is read as JSON, or refused saying what it is.
import { appendAll } from '../../arrays.js';
import { UserError, type Diagnostic } from '../../diagnostics.js';
import { defineOwn, isRecord } from '../../records.js';
import { JsonError, parseJson } from '../json.js';
import {
  metricNameOf,
  own,
  setTime,
  textOf,
  typeName,
  type MetricsFile,
  type MetricsReader,
  type RunDraft,
} from '../model.js';

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
      const doc = parseJson(text);
      return (WANDB_METADATA.test(f.file) && fromWandbMetadata(doc, f.file)) || fromDocument(doc, f.file, warnings);
    } catch (e) {
      // Content with one object per line is JSON Lines even without the extension.
      if (!(e instanceof JsonError) || !looksLikeJsonLines(text)) throw e;
    }
  }
  const records: JsonRecord[] = [];
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
      records.push({ value: value as Record<string, unknown>, source: `${f.file}:${lineNo}` });
    }
    start = end + 1;
  }
  return fromRecords(records, f.file, warnings);
}

/** The W&B client's run metadata (host, GPU, args): no metrics; its `state` is the run's status where it has one. */
const WANDB_METADATA = /(^|[\\/])wandb-metadata\.json$/;

/**
 * wandb-metadata.json: older clients write the run's `state` there ("running" while it runs); later ones write none.
 * With a state it is a run with that status and no metrics, which merges with the summary beside it (files of one
 * run); without, undefined (the file is read as any JSON).
 */
function fromWandbMetadata(doc: unknown, source: string): RunDraft[] | undefined {
  const state = isRecord(doc) ? own(doc, 'state') : undefined;
  return typeof state === 'string' && state !== '' ? [{ metrics: {}, source, status: state }] : undefined;
}

interface JsonRecord {
  value: Record<string, unknown>;
  /** "runs.jsonl:3", "runs.json[2]". */
  source: string;
}

/**
 * Records of an array or JSON Lines (SPEC §3 format 3): those with an identity of their own are runs; those with none
 * are the steps of the file's one run (W&B's wandb-history.jsonl), each key a series over the steps.
 */
function fromRecords(records: readonly JsonRecord[], file: string, warnings: Diagnostic[]): RunDraft[] {
  const drafts: RunDraft[] = [];
  const steps: Record<string, unknown>[] = [];
  for (const r of records) {
    if (hasIdentity(r.value)) appendAll(drafts, fromRunObject(r.value, r.source, warnings));
    else steps.push(r.value);
  }
  if (steps.length > 0) {
    const run = fromSteps(steps, file, warnings);
    if (run) drafts.push(run);
  }
  return drafts;
}

/** One run from its steps: every key a series of the values present (a step without the key does not end it). */
function fromSteps(
  steps: readonly Record<string, unknown>[],
  source: string,
  warnings: Diagnostic[],
): RunDraft | undefined {
  const series = new Map<string, unknown[]>();
  const add = (key: string, v: unknown) => {
    if (isRecord(v)) {
      for (const k of Object.keys(v)) add(`${key}.${k}`, v[k]);
      return;
    }
    const list = series.get(key);
    if (list) list.push(v);
    else series.set(key, [v]);
  };
  let at: unknown;
  for (const step of steps) {
    for (const k of Object.keys(step)) {
      if (k.startsWith('_')) continue;
      add(k, step[k]);
    }
    if (own(step, '_timestamp') !== undefined) at = own(step, '_timestamp');
  }
  if (series.size === 0) return undefined;
  const metrics: Record<string, unknown> = {};
  for (const [key, values] of series) {
    const numbers = values.filter((v) => typeof v === 'number');
    // A key that never held a number keeps its last value, so that the warning can name what it holds.
    defineOwn(metrics, key, numbers.length > 0 ? numbers : values[values.length - 1]);
  }
  const draft: RunDraft = { metrics, source };
  if (at !== undefined) setTime(draft, at, source, warnings);
  return draft;
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 1 && lines[0]!.trim().startsWith('{') && lines[0]!.trim().endsWith('}');
}

/** A parsed document (JSON, or YAML: format 6) as runs. */
export function fromDocument(value: unknown, file: string, warnings: Diagnostic[]): RunDraft[] {
  if (isScalarExport(value)) return [fromScalarExport(value, file, warnings)];
  if (Array.isArray(value)) {
    const records = value.map((item, i): JsonRecord => {
      if (!isRecord(item)) {
        throw new UserError([{ file, message: `item ${i} of the array is ${typeName(item)}; expected a run object` }]);
      }
      return { value: item, source: `${file}[${i}]` };
    });
    return fromRecords(records, file, warnings);
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
  const mlflow = mlflowParts(obj);
  if (mlflow) return [fromMlflow(mlflow.info, mlflow.data, source, warnings)];
  // An envelope needs an identity key beside `metrics` (or `data.metrics`): `{"metrics": {...}}` alone is a nested
  // object, so DVCLive's `metrics.mAP50-95(B)` reads as the file shows it.
  const metrics = own(obj, 'metrics') ?? own(own(obj, 'data'), 'metrics');
  if ((isRecord(metrics) || Array.isArray(metrics)) && isEnvelope(obj))
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
const IDENTITY_KEYS = [...EXPERIMENT_KEYS, ...ID_KEYS, ...TIME_KEYS, 'status'];

function isEnvelope(obj: Record<string, unknown>): boolean {
  return IDENTITY_KEYS.some((k) => Object.hasOwn(obj, k));
}

/** MLflow's run JSON `{info, data}`, or its REST wrapper `{"run": {info, data}}`. */
function mlflowParts(obj: Record<string, unknown>) {
  const run = own(obj, 'run');
  const inner = isRecord(run) ? run : obj;
  const info = own(inner, 'info');
  const data = own(inner, 'data');
  return isRecord(info) && isRecord(data) ? { info, data } : undefined;
}

/** A record that is a run of its own (an envelope, MLflow run JSON), not a step of the file's run. */
function hasIdentity(obj: Record<string, unknown>): boolean {
  return isEnvelope(obj) || mlflowParts(obj) !== undefined;
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
  const experiment =
    own(info, 'experiment_name') ?? mlflowTag(data, 'mlflow.experimentName') ?? own(info, 'experiment_id');
  if (experiment !== undefined && experiment !== null && experiment !== '') draft.experiment = String(experiment);
  const id = firstOf(info, ['run_id', 'run_uuid']);
  if (id !== undefined) draft.id = String(id);
  const at = firstOf(info, ['end_time', 'start_time']);
  if (at !== undefined && at !== null) setTime(draft, at, source, warnings);
  const status = own(info, 'status');
  if (typeof status === 'string') draft.status = status;
  return draft;
}

/**
 * MLflow's REST form: [{key, value, step, timestamp}], several entries per key making a series. The REST answer is
 * protobuf JSON: int64 `step`/`timestamp` come as strings from MLflow 1.x servers, and a non-finite double `value` as
 * the string "NaN", "Infinity" or "-Infinity".
 */
function fromMetricList(list: unknown[]): Record<string, unknown> {
  const series = new Map<string, { v: unknown; step: number; t: number }[]>();
  for (const m of list) {
    if (!isRecord(m) || typeof own(m, 'key') !== 'string') continue;
    const key = own(m, 'key') as string;
    const entry = {
      v: protoDouble(own(m, 'value')),
      step: Number(own(m, 'step') ?? 0),
      t: Number(own(m, 'timestamp') ?? 0),
    };
    const s = series.get(key) ?? [];
    s.push(entry);
    series.set(key, s);
  }
  const out: Record<string, unknown> = {};
  for (const [key, s] of series) {
    s.sort((a, b) => a.step - b.step || a.t - b.t);
    defineOwn(out, key, s.length === 1 ? s[0]!.v : s.map((e) => e.v));
  }
  return out;
}

const NON_FINITE: Readonly<Record<string, number>> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

/** A protobuf JSON double: a number, or one of the strings it writes for the non-finite values. */
function protoDouble(v: unknown): unknown {
  return typeof v === 'string' && Object.hasOwn(NON_FINITE, v) ? NON_FINITE[v] : v;
}

function withoutMetadata(obj: Record<string, unknown>): Record<string, unknown> {
  let hasMeta = false;
  for (const k in obj) if (k.startsWith('_') && Object.hasOwn(obj, k)) hasMeta = true;
  if (!hasMeta) return obj;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj)) {
    if (!k.startsWith('_')) defineOwn(out, k, obj[k]);
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

/** A tag of MLflow run data: `tags` as a map, or as MLflow's REST list of `{key, value}`. */
function mlflowTag(data: Record<string, unknown>, key: string): unknown {
  const tags = own(data, 'tags');
  if (Array.isArray(tags)) return tags.find((t) => isRecord(t) && own(t, 'key') === key)?.value;
  return own(tags, key);
}

/** TensorBoard's JSON export of one scalar: `[[wall_time, step, value], ...]`. */
function isScalarExport(value: unknown): value is number[][] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((row) => Array.isArray(row) && row.length === 3 && row.every((x) => typeof x === 'number'))
  );
}

/** One run whose one metric is named after the file (without its extension) and `value`, ordered by step. */
function fromScalarExport(rows: readonly number[][], file: string, warnings: Diagnostic[]): RunDraft {
  const byStep = [...rows].sort((a, b) => a[1]! - b[1]!);
  const values = byStep.map((r) => r[2]!);
  const metrics: Record<string, unknown> = {};
  defineOwn(metrics, metricNameOf(file), values);
  defineOwn(metrics, 'value', values);
  const draft: RunDraft = { metrics, source: file };
  let last = -Infinity;
  for (const r of rows) if (r[0]! > last) last = r[0]!;
  setTime(draft, last, file, warnings);
  return draft;
}
