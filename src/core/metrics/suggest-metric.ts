// "Did you mean": the paths a run can read that are closest to a rule's metric that read nothing (SPEC §3, no silent
// misses). Pure; the enumeration is bounded so a huge metrics object costs little.
import { editDistance } from '../diagnostics.js';
import { isRecord } from '../records.js';
import type { InvalidMetric, MetricValue } from '../types.js';
import { readMetric } from './runs.js';

/** Entries looked at (keys and step-history keys), at most. */
export const MAX_PATHS = 10_000;
/** Nesting followed, at most. */
export const MAX_DEPTH = 16;
export const MAX_SUGGESTIONS = 3;
/** Items of a step history whose keys are listed. */
const MAX_STEPS = 1_000;
/** Longer paths are compared by suffix only (an edit distance on them says little and costs much). */
const MAX_COMPARED_LENGTH = 256;

export type MetricReader = (
  metrics: Readonly<Record<string, unknown>>,
  path: string,
) => MetricValue | InvalidMetric | undefined;

export interface SuggestInput {
  /** The rule's metric path that read no value. */
  missing: string;
  metrics: Readonly<Record<string, unknown>>;
  /** How the evaluator reads a path; a path is suggested only when it reads a number or a series. */
  read?: MetricReader;
}

/** Up to three readable paths closest to `missing`, closest first; none when nothing is close. */
export function suggestMetrics({ missing, metrics, read = readMetric }: SuggestInput): string[] {
  const ranked: { path: string; tier: number; distance: number; index: number }[] = [];
  const t = target(missing);
  for (const [index, path] of metricPaths(metrics).entries()) {
    const r = closeness(t, path);
    if (r !== undefined) ranked.push({ path, ...r, index });
  }
  ranked.sort((a, b) => a.tier - b.tier || a.distance - b.distance || a.index - b.index);
  const out: string[] = [];
  let sameName = false;
  for (const { path, tier } of ranked) {
    if (out.length === MAX_SUGGESTIONS || (sameName && tier > SAME_NAME)) break;
    if (!readsValue(read(metrics, path))) continue;
    out.push(path);
    // The same name but for separators or case is the answer: nothing less close is shown beside it.
    sameName ||= tier <= SAME_NAME;
  }
  return out;
}

/** Tiers up to this one are the same name written differently. */
const SAME_NAME = 2;

/** Paths compared in one evaluation, at most: a few seconds on a slow machine, however many rules miss. */
export const MAX_COMPARED = 2_000_000;

/**
 * `suggestMetrics` for one evaluation: once `budget` paths have been compared (many rules missing in many wide runs),
 * further misses get no suggestion rather than slowing the check down.
 */
export function boundedSuggester(budget = MAX_COMPARED): (input: SuggestInput) => string[] {
  let left = budget;
  return (input) => {
    const n = metricPaths(input.metrics).length;
    if (n > left) return [];
    left -= n;
    return suggestMetrics(input);
  };
}

function readsValue(v: MetricValue | InvalidMetric | undefined): boolean {
  return typeof v === 'number' || Array.isArray(v);
}

const listed = new WeakMap<object, string[]>();

/**
 * The paths of a run's metrics as a rule names them: nested keys joined by `.`, exact keys as they are, a list of
 * numbers by its own path, a list of objects (a step history at `P`) as `P.KEY` for the keys of its items. At most
 * MAX_PATHS entries are looked at, MAX_DEPTH levels deep; each path once, in the order of the file.
 */
export function metricPaths(metrics: Readonly<Record<string, unknown>>): string[] {
  const known = listed.get(metrics);
  if (known) return known;
  const walk: Walk = { paths: new Set(), looked: 0 };
  visit(walk, metrics, '', 0);
  const paths = [...walk.paths];
  listed.set(metrics, paths);
  return paths;
}

interface Walk {
  paths: Set<string>;
  looked: number;
}

function visit(walk: Walk, obj: Readonly<Record<string, unknown>>, prefix: string, depth: number): void {
  for (const key in obj) {
    if (!Object.hasOwn(obj, key)) continue;
    if (++walk.looked > MAX_PATHS) return;
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const value = obj[key];
    if (isRecord(value)) {
      if (depth < MAX_DEPTH) visit(walk, value, path, depth + 1);
    } else if (Array.isArray(value) && value.some(isRecord)) stepKeys(walk, value, path);
    else walk.paths.add(path);
  }
}

/** `P.KEY` for every key of the items of a step history at `P`. */
function stepKeys(walk: Walk, steps: readonly unknown[], path: string): void {
  for (let i = 0; i < steps.length && i < MAX_STEPS; i++) {
    const item = steps[i];
    if (!isRecord(item)) continue;
    for (const key in item) {
      if (!Object.hasOwn(item, key)) continue;
      const p = `${path}.${key}`;
      if (walk.paths.has(p)) continue;
      if (++walk.looked > MAX_PATHS) return;
      walk.paths.add(p);
    }
  }
}

/** The missing path in the forms it is compared in, computed once. */
interface Target {
  raw: string;
  /** `/` written as `.`. */
  dots: string;
  lower: string;
  /** Lower case without separators: `evalaccuracy`. */
  loose: string;
  last: string;
}

function target(missing: string): Target {
  const dots = missing.replaceAll('/', '.');
  const lower = dots.toLowerCase();
  return { raw: missing, dots, lower, loose: loose(lower), last: lastName(lower) };
}

/**
 * How close a path is to the missing one, lower tiers closer: 0 the same with `.` and `/` swapped, 1 the same but for
 * case, 2 the same but for separators (`eval_accuracy`, `eval-accuracy`), 3 one ends with the other after a separator
 * (`accuracy`, `eval/accuracy`) or the path is inside the missing one (`accuracy.top1`), 4 a small edit distance,
 * 5 a small edit distance between the last parts of the paths (`val_acuracy`, `history.val_accuracy`). Undefined when
 * not close.
 */
function closeness(t: Target, path: string): { tier: number; distance: number } | undefined {
  if (path === t.raw) return undefined;
  const dots = path.includes('/') ? path.replaceAll('/', '.') : path;
  if (dots === t.dots) return { tier: 0, distance: 0 };
  const lower = dots.toLowerCase();
  if (lower === t.lower) return { tier: 1, distance: 0 };
  if (t.loose !== '' && lower.length >= t.loose.length && loose(lower) === t.loose) return { tier: 2, distance: 0 };
  if (endsAfterSeparator(t.lower, lower) || endsAfterSeparator(lower, t.lower) || inside(lower, t.lower))
    return { tier: 3, distance: Math.abs(lower.length - t.lower.length) };
  const whole = near(t.lower, lower);
  if (whole !== undefined) return { tier: 4, distance: whole };
  const last = near(t.last, lastName(lower));
  return last === undefined ? undefined : { tier: 5, distance: last };
}

/** The edit distance when small for the length (a third of it, at least 1), else undefined. */
function near(a: string, b: string): number | undefined {
  const limit = Math.max(1, Math.floor(a.length / 3));
  if (Math.abs(a.length - b.length) > limit || a.length > MAX_COMPARED_LENGTH || b.length > MAX_COMPARED_LENGTH)
    return undefined;
  const distance = editDistance(a, b, limit);
  return distance <= limit ? distance : undefined;
}

/** The last part of a path: `val_accuracy` of `history.val_accuracy`. */
function lastName(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** Lower case without separators. */
function loose(lower: string): string {
  return lower.replace(/[-_ .]/g, '');
}

/** `path` is inside `parent` (`accuracy.top1` in `accuracy`, a rule naming an object of metrics). */
function inside(path: string, parent: string): boolean {
  return (
    parent.length >= 2 && path.length > parent.length + 1 && path.startsWith(parent) && path[parent.length] === '.'
  );
}

/** `long` ends with `short` (two characters or more) right after a separator. */
function endsAfterSeparator(long: string, short: string): boolean {
  if (short.length < 2 || long.length <= short.length || !long.endsWith(short)) return false;
  return '._-/ '.includes(long[long.length - short.length - 1]!);
}
