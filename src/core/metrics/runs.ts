// Parsed metrics documents -> runs. Formats (SPEC §3): flat or nested object, run envelope, MLflow run JSON,
// array of runs, JSON Lines.
import { appendAll } from '../arrays.js';
import { UserError, type Diagnostic } from '../diagnostics.js';
import type { InvalidMetric, MetricValue, Run } from '../types.js';
import { JsonError, parseJson } from './json.js';

export const MAX_METRICS_BYTES = 100 * 1024 * 1024;

export interface MetricsText {
  file: string;
  text: string;
}

export interface RunIdentity {
  /** Experiment of runs that name none. */
  experiment: string;
  /** Run id of runs that name none. */
  runId: string;
}

export interface ReadRuns {
  runs: Run[];
  warnings: Diagnostic[];
}

type Draft = Omit<Run, 'id' | 'experiment'> & { id?: string; experiment?: string };

/** Reads every file; all runs in file order. Throws a UserError naming each unreadable file. */
export function readRuns(files: readonly MetricsText[], identity: RunIdentity): ReadRuns {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const drafts: Draft[] = [];
  for (const f of files) {
    try {
      const found = parseMetricsText(f, warnings);
      if (found.length === 0) errors.push({ file: f.file, message: 'no runs found: the file holds no metrics' });
      appendAll(drafts, found);
    } catch (e) {
      if (e instanceof JsonError) errors.push({ file: f.file, line: e.line, col: e.col, message: e.message });
      else if (e instanceof UserError) appendAll(errors, e.diagnostics);
      else throw e;
    }
  }
  if (errors.length > 0) throw new UserError(errors);
  // Runs that name no id take the run-id input; several in one experiment are numbered in order.
  const unnamed = new Map<string, number>();
  for (const d of drafts)
    if (d.id === undefined)
      unnamed.set(d.experiment ?? identity.experiment, (unnamed.get(d.experiment ?? identity.experiment) ?? 0) + 1);
  const seen = new Map<string, number>();
  const runs = drafts.map((d): Run => {
    const experiment = d.experiment ?? identity.experiment;
    let id = d.id;
    if (id === undefined) {
      const n = (seen.get(experiment) ?? 0) + 1;
      seen.set(experiment, n);
      id = (unnamed.get(experiment) ?? 0) > 1 ? `${identity.runId}.${n}` : identity.runId;
    }
    const run: Run = { experiment, id, metrics: d.metrics, source: d.source };
    if (d.at !== undefined) run.at = d.at;
    if (d.status !== undefined) run.status = d.status;
    return run;
  });
  return { runs, warnings };
}

function parseMetricsText(f: MetricsText, warnings: Diagnostic[]): Draft[] {
  const text = f.text.charCodeAt(0) === 0xfeff ? f.text.slice(1) : f.text;
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
  const drafts: Draft[] = [];
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

function fromDocument(value: unknown, file: string, warnings: Diagnostic[]): Draft[] {
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

function fromRunObject(obj: Record<string, unknown>, source: string, warnings: Diagnostic[]): Draft[] {
  const info = own(obj, 'info');
  const data = own(obj, 'data');
  if (isObject(info) && isObject(data)) return [fromMlflow(info, data, source, warnings)];
  const metrics = own(obj, 'metrics');
  if (isObject(metrics) || (Array.isArray(metrics) && isEnvelope(obj)))
    return [fromEnvelope(obj, metrics, source, warnings)];
  // Flat or nested object: one run; `_` keys are metadata (`_timestamp` is the run's time).
  const draft: Draft = { metrics: withoutMetadata(obj), source };
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

function fromEnvelope(obj: Record<string, unknown>, metrics: unknown, source: string, warnings: Diagnostic[]): Draft {
  const draft: Draft = {
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
): Draft {
  const metrics = own(data, 'metrics');
  const draft: Draft = {
    metrics: Array.isArray(metrics) ? fromMetricList(metrics) : isObject(metrics) ? withoutMetadata(metrics) : {},
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
    if (!isObject(m) || typeof own(m, 'key') !== 'string') continue;
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

function setTime(draft: Draft, value: unknown, source: string, warnings: Diagnostic[]): void {
  const at = parseTime(value);
  if (at === undefined)
    warnings.push({
      file: source,
      message: `the run's time ${JSON.stringify(value)} is not ISO 8601 or epoch seconds/milliseconds; the run is ordered by its position`,
    });
  else draft.at = at;
}

/** ISO 8601, epoch seconds or epoch milliseconds -> epoch milliseconds. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) && value >= 0 ? (value > 1e11 ? value : value * 1000) : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return parseTime(Number(value));
  if (!/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
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

function own(obj: unknown, key: string): unknown {
  return isObject(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function firstOf(obj: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) {
    const v = own(obj, k);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

/**
 * The value at a dotted path: an exact key containing a dot wins over a path through nested objects.
 * Returns undefined when absent, InvalidMetric when present but not a number or list of numbers.
 */
export function readMetric(
  metrics: Readonly<Record<string, unknown>>,
  path: string,
): MetricValue | InvalidMetric | undefined {
  const raw = lookup(metrics, path);
  if (raw === undefined) return undefined;
  return asMetricValue(raw.value);
}

function lookup(obj: Readonly<Record<string, unknown>>, path: string): { value: unknown } | undefined {
  if (Object.hasOwn(obj, path)) return { value: obj[path] };
  for (let i = path.indexOf('.'); i > 0; i = path.indexOf('.', i + 1)) {
    const head = path.slice(0, i);
    if (!Object.hasOwn(obj, head)) continue;
    const next = obj[head];
    if (isObject(next)) {
      const found = lookup(next, path.slice(i + 1));
      if (found) return found;
    }
  }
  return undefined;
}

function asMetricValue(v: unknown): MetricValue | InvalidMetric {
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) {
    if (v.length === 0) return { invalid: 'an empty list' };
    for (const x of v)
      if (typeof x !== 'number') return { invalid: `a list holding ${typeName(x).replace(/^an? /, '')}` };
    return v as number[];
  }
  if (v === null) return { invalid: 'null' };
  if (typeof v === 'object') return { invalid: 'an object' };
  return { invalid: typeof v === 'string' ? 'a string' : `a ${typeof v}` };
}

/** Runs grouped by experiment, each group ordered oldest to latest (SPEC §3). */
export function byExperiment(runs: readonly Run[]): Map<string, Run[]> {
  const groups = new Map<string, Run[]>();
  for (const r of runs) {
    const g = groups.get(r.experiment);
    if (g) g.push(r);
    else groups.set(r.experiment, [r]);
  }
  for (const [k, g] of groups) {
    // Ordered by time when every run has one (stable on ties); otherwise as they appear.
    if (g.every((r) => r.at !== undefined)) g.sort((a, b) => a.at! - b.at!);
    // The same run id read twice (a file passed twice): keep the last reading only.
    const last = new Map<string, Run>();
    for (const r of g) last.set(r.id, r);
    if (last.size !== g.length)
      groups.set(
        k,
        g.filter((r) => last.get(r.id) === r),
      );
  }
  return groups;
}
