// Metrics files -> runs (SPEC §3): each file by the reader of its format (formats.ts), then identity from the
// inputs where a file names none; reading a metric of a run by path; runs grouped by experiment.
import { appendAll } from '../arrays.js';
import { UserError, type Diagnostic } from '../diagnostics.js';
import { isRecord } from '../records.js';
import type { InvalidMetric, MetricValue, Run } from '../types.js';
import { readersFor } from './formats.js';
import { mergeDrafts } from './merge.js';
import { JsonError } from './json.js';
import {
  typeName,
  type MetricsFile,
  type MetricsReader,
  type ReadRuns,
  type RunDraft,
  type RunIdentity,
} from './model.js';

export {
  MAX_METRICS_BYTES,
  parseTime,
  type MetricsFile,
  type MetricsText,
  type ReadRuns,
  type RunIdentity,
} from './model.js';

/** Reads every file; all runs in file order. Throws a UserError naming each unreadable file. */
export async function readRuns(files: readonly MetricsFile[], identity: RunIdentity): Promise<ReadRuns> {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const drafts: RunDraft[] = [];
  for (const unit of await readingUnits(files)) {
    try {
      const found =
        unit.files.length > 1
          ? unit.reader.readGroup!(unit.files, warnings)
          : unit.reader.read(unit.files[0]!, warnings);
      if (found.length === 0)
        errors.push({ file: unit.files[0]!.file, message: 'no runs found: the file holds no metrics' });
      appendAll(drafts, found);
    } catch (e) {
      if (e instanceof JsonError)
        errors.push({ file: unit.files[0]!.file, line: e.line, col: e.col, message: e.message });
      else if (e instanceof UserError) appendAll(errors, e.diagnostics);
      else throw e;
    }
  }
  if (errors.length > 0) throw new UserError(errors);
  return { runs: withIdentity(mergeAnonymous(drafts, warnings), identity), warnings };
}

/** What one reader reads at once: a file, or a group of files for formats read by group (formats.ts). */
async function readingUnits(files: readonly MetricsFile[]): Promise<{ reader: MetricsReader; files: MetricsFile[] }[]> {
  const readers = await readersFor(files);
  const units: { reader: MetricsReader; files: MetricsFile[] }[] = [];
  const byGroup = new Map<string, MetricsFile[]>();
  files.forEach((f, i) => {
    const reader = readers[i]!;
    if (!reader.readGroup || !reader.groupOf) return void units.push({ reader, files: [f] });
    const key = reader.groupOf(f.file);
    const group = byGroup.get(key);
    if (group) group.push(f);
    else {
      const unit = { reader, files: [f] };
      byGroup.set(key, unit.files);
      units.push(unit);
    }
  });
  return units;
}

/** The drafts with those that name no identity at all merged into one run (files of one run merge, SPEC §3). */
function mergeAnonymous(drafts: readonly RunDraft[], warnings: Diagnostic[]): RunDraft[] {
  const anonymous = drafts.filter((d) => d.experiment === undefined && d.id === undefined);
  if (anonymous.length < 2) return [...drafts];
  const { draft, notes } = mergeDrafts(anonymous);
  appendAll(warnings, notes);
  const out = drafts.filter((d) => d.experiment !== undefined || d.id !== undefined);
  out.push(draft);
  return out;
}

/** Identity from the inputs where a draft names none; several unnamed runs of one experiment are numbered in order. */
function withIdentity(drafts: readonly RunDraft[], identity: RunIdentity): Run[] {
  // Runs that name no id take the run-id input; several in one experiment are numbered in order.
  const unnamed = new Map<string, number>();
  for (const d of drafts)
    if (d.id === undefined)
      unnamed.set(d.experiment ?? identity.experiment, (unnamed.get(d.experiment ?? identity.experiment) ?? 0) + 1);
  const seen = new Map<string, number>();
  return drafts.map((d): Run => {
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
    if (isRecord(next)) {
      const found = lookup(next, path.slice(i + 1));
      if (found) return found;
    } else if (Array.isArray(next)) {
      const found = stepSeries(next, path.slice(i + 1));
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A list of objects is a step history (Hugging Face's `log_history`): `P.KEY` is the series of KEY over the items that
 * hold it as a number, in order (SPEC §3 format 4).
 */
function stepSeries(items: readonly unknown[], rest: string): { value: number[] } | undefined {
  const values: number[] = [];
  for (const item of items) {
    if (!isRecord(item)) continue;
    const v = lookup(item, rest)?.value;
    if (typeof v === 'number') values.push(v);
  }
  return values.length > 0 ? { value: values } : undefined;
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
