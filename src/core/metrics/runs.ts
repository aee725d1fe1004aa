// Metrics files -> runs (SPEC §3): each file by the reader of its format (formats.ts), then identity from the
// inputs where a file names none; reading a metric of a run by path; runs grouped by experiment.
import { appendAll } from '../arrays.js';
import { UserError, type Diagnostic } from '../diagnostics.js';
import { isRecord } from '../records.js';
import type { InvalidMetric, MetricValue, Run } from '../types.js';
import { readersFor } from './formats.js';
import { JsonError } from './json.js';
import { typeName, type MetricsFile, type ReadRuns, type RunDraft, type RunIdentity } from './model.js';

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
  const readers = await readersFor(files);
  for (const [i, f] of files.entries()) {
    try {
      const found = readers[i]!.read(f, warnings);
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
