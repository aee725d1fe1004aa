// The run model every metrics reader produces, and what readers share. No I/O.
import type { Diagnostic } from '../diagnostics.js';
import { isRecord } from '../records.js';
import type { Run } from '../types.js';

export const MAX_METRICS_BYTES = 100 * 1024 * 1024;

/** One metrics file as read: its bytes (files on disk, archive entries) or its text (the CLI, tests). */
export interface MetricsFile {
  /** As named in messages: "out/metrics.json", "ARTIFACT/path/in/archive". */
  file: string;
  text?: string;
  bytes?: Uint8Array;
}

/** @deprecated the former name of MetricsFile, for text-only callers. */
export type MetricsText = MetricsFile;

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

/** A run as a reader finds it: identity only where the file names it (the inputs fill in the rest). */
export type RunDraft = Omit<Run, 'id' | 'experiment'> & { id?: string; experiment?: string };

/** A reader of one format (SPEC §3): the runs of one file; throws a UserError (or JsonError) naming the file. */
export interface MetricsReader {
  read(f: MetricsFile, warnings: Diagnostic[]): RunDraft[];
  /**
   * For formats read a group of files at a time (TensorBoard: a directory is one run; MLflow: a whole store): the
   * group a file belongs to, and the reading of a group's files, in path order.
   */
  groupOf?(file: string): string;
  readGroup?(files: readonly MetricsFile[], warnings: Diagnostic[]): RunDraft[];
}

/** The file's text, UTF-8, without a byte order mark. */
export function textOf(f: MetricsFile): string {
  const text =
    f.text ?? (f.bytes ? Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength).toString('utf8') : '');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The file's first `n` bytes at most (no copy of the rest), for telling its format by content. */
export function headOf(f: MetricsFile, n: number): Uint8Array {
  return f.bytes ? f.bytes.subarray(0, n) : Buffer.from((f.text ?? '').slice(0, n), 'utf8').subarray(0, n);
}

/** A one-metric export's metric: the file's last path segment without its extension ("logs/run-.-tag-loss.csv"). */
export function metricNameOf(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The file's bytes. */
export function bytesOf(f: MetricsFile): Uint8Array {
  return f.bytes ?? Buffer.from(f.text ?? '', 'utf8');
}

export function setTime(draft: RunDraft, value: unknown, source: string, warnings: Diagnostic[]): void {
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

export function own(obj: unknown, key: string): unknown {
  return isRecord(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}
