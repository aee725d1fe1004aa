// Numbers and pictures as people read them.
import { extent } from './arrays.js';
import { breaches } from './compare.js';
import type { ChangeUnit, KindReading, Op } from './types.js';

/** 0.78 -> "0.78", 1/3 -> "0.333333", 1e-9 -> "1e-9", NaN -> "NaN". */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e15))
    return n
      .toExponential(3)
      .replace(/\.?0+e/, 'e')
      .replace('e+', 'e');
  return String(Number(n.toPrecision(6)));
}

/** What follows a change or a threshold of the unit: "-5%", "-3σ". */
const UNIT_MARK: Record<ChangeUnit, string> = { absolute: '', percent: '%', sigma: 'σ' };

/** +0.16, -7.99%, -3.2σ (percent and sigma changes to 3 significant digits: a regression is read, not audited). */
export function formatChange(change: number | null, unit: ChangeUnit | undefined): string {
  if (change === null) return '—';
  const sign = change > 0 ? '+' : '';
  if (unit === 'percent' || unit === 'sigma')
    return `${sign}${Number.isFinite(change) ? String(Number(change.toPrecision(3))) : formatNumber(change)}${UNIT_MARK[unit]}`;
  return `${sign}${formatNumber(change)}`;
}

/** When and for how many runs an instance fired, up to `until` (ISO times); older ledgers may lack `since`/`runs`. */
export interface FiringSpan {
  since?: string;
  runs?: number;
  until: string;
}

/** What a rule read, for people: a threshold rule's metric and value, or a status or stale rule's (`check`). */
export interface Reading extends KindReading {
  metric: string | null;
  value: number | null;
  missing?: string;
  baseline: number | null;
  change: number | null;
  op: Op | null;
  threshold: number | null;
  /** What the evaluation made of it: a resolved reading is worded as a recovery, never as the breach. */
  event?: string | null;
  /** The instance's state after the reading ('firing' while a recover-threshold holds it). */
  state?: string;
  /** The rule's recover-threshold: what a firing instance must get back past to resolve. */
  recoverThreshold?: number;
  /** For a resolved instance: since when and for how many runs it fired. */
  firing?: FiringSpan;
  /** A fired event sent once a silence that held it back ended (its `firing` says since when). */
  afterSilence?: boolean;
}

/** "0.702 (-7.99% vs 0.763)", "0.71 (-3.2σ vs mean 0.9)", "0.78", "missing", "not a number (a string)". */
export function formatValue(r: Reading, unit: ChangeUnit | undefined): string {
  if (r.check === 'status') return r.status ?? 'none';
  if (r.check === 'stale') return r.value === null ? 'no time' : `${formatAge(r.value)} old`;
  if (r.missing) return r.missing === 'absent' ? 'missing' : `not a number (${r.missing})`;
  const value = formatNumber(r.value);
  if (r.change === null) return value;
  return `${value} (${formatChange(r.change, unit)} vs ${unit === 'sigma' ? 'mean ' : ''}${formatNumber(r.baseline)})`;
}

/** A reading in words, in two parts every surface shows alike: what was read, and what it means for the rule. */
export interface Wording {
  /** "accuracy = 0.93", "eval.top1 = 0.702 (-7.99% vs 0.763)". */
  value: string;
  /** "condition < 0.9"; resolved: "back above 0.9 after 3 runs / 2 h", "change back above -5%"; firing on the good
   *  side of the threshold (held by a recover-threshold): "not yet back above 0.92 (recover threshold)". */
  outcome: string;
}

/** The one wording of a reading or a resolution, used by Slack (blocks and fallback), annotations and the CLI. */
export function wordReading(r: Reading, unit: ChangeUnit | undefined): Wording {
  if (r.check === 'status') return statusWording(r);
  if (r.check === 'stale') return staleWording(r);
  return { value: `${r.metric} = ${formatValue(r, unit)}`, outcome: outcomeOf(r, unit) };
}

/** "accuracy = 0.93" (a change rule's value without its change), "status = failed", "newest run 3.1 d old". */
export function valueText(r: Reading): string {
  if (r.check !== undefined) return wordReading(r, undefined).value;
  return `${r.metric} = ${r.missing || r.value === null ? 'missing' : formatNumber(r.value)}`;
}

/** What a rule reads, for a table's column: the metric, "status", or "newest run" (its age). */
export function subjectOf(r: Reading): string {
  return r.check === 'status' ? 'status' : r.check === 'stale' ? 'newest run' : (r.metric ?? '');
}

/** The rule as written: "< 0.9", "change < -5%", "status in failed, crashed", "stale after 2d". */
export function conditionText(r: Reading, unit: ChangeUnit | undefined): string {
  if (r.check === 'status') return `status in ${(r.statuses ?? []).join(', ')}`;
  if (r.check === 'stale') return `stale after ${r.after ?? '?'}`;
  return r.op === null || r.threshold === null ? '' : formatCondition(r.op, r.threshold, unit);
}

/** "status = failed" · "rule: status in failed, crashed"; resolved: "status = finished" · "back: finished is not in …". */
function statusWording(r: Reading): Wording {
  const rule = conditionText(r, undefined);
  const value = `status = ${r.status ?? 'none'}`;
  if (r.event !== 'resolved') return { value, outcome: `rule: ${rule}${sentLate(r)}` };
  const now =
    r.status === null || r.status === undefined ? 'the run names no status' : `${r.status} is not in the list`;
  return { value, outcome: `back: ${now} (rule: ${rule})${firingFor(r.firing)}${sentLate(r)}` };
}

/** "newest run 3.1 d old" · "rule: stale after 2d"; resolved: "a run 2 h old arrived" · "back within 2d". */
function staleWording(r: Reading): Wording {
  const rule = conditionText(r, undefined);
  if (r.value === null) return { value: 'no run with a time', outcome: `rule: ${rule}${sentLate(r)}` };
  const age = formatAge(r.value);
  if (r.event === 'resolved')
    return {
      value: `a run ${age} old arrived`,
      outcome: `back within ${r.after ?? '?'}${firingFor(r.firing, 'check')}${sentLate(r)}`,
    };
  return { value: `newest run ${age} old`, outcome: `rule: ${rule}${sentLate(r)}` };
}

/** What a status or stale event sent after a silence adds, as a threshold rule's says it (outcomeOf). */
function sentLate(r: Reading): string {
  if (r.event === 'resolved') return r.afterSilence ? ', resolved during a silence' : '';
  return r.event === 'fired' && r.firing?.since !== undefined ? `; ${firingSince(r)}` : '';
}

/** An age in hours, as people read it: "35 min", "2 h", "7.5 h", "3.1 d". */
export function formatAge(hours: number): string {
  if (!Number.isFinite(hours) || hours < 1) return formatDuration(hours * 3_600_000);
  const one = (n: number) => String(Math.round(n * 10) / 10);
  return hours < 48 ? `${one(hours)} h` : `${one(hours / 24)} d`;
}

/** "eval.top1 = 0.702 (-7.99% vs 0.763), condition change < -5%": one line for logs and annotations. */
export function formatReading(r: Reading, unit: ChangeUnit | undefined): string {
  const w = wordReading(r, unit);
  return `${w.value}, ${w.outcome}`;
}

/** The side of the threshold an op is good on, by op. */
const BACK: Record<Op, string> = {
  '<': 'back above',
  '<=': 'back above',
  '>': 'back below',
  '>=': 'back below',
  '==': 'no longer equal to',
  '!=': 'back to',
};

function outcomeOf(r: Reading, unit: ChangeUnit | undefined): string {
  if (r.op === null || r.threshold === null) return '';
  const condition = `condition ${formatCondition(r.op, r.threshold, unit)}`;
  const recover = r.recoverThreshold;
  if (r.event === 'resolved') {
    const named = recover === undefined ? '' : ' (recover threshold)';
    const late = r.afterSilence ? ', resolved during a silence' : '';
    return `${backTo(r.op, recover ?? r.threshold, unit)}${named}${firingFor(r.firing)}${late}`;
  }
  if (r.event === 'fired' && r.firing?.since !== undefined) return `${condition}; ${firingSince(r)}`;
  const quantity = unit === undefined ? r.value : r.change;
  const holds = quantity === null || breaches(quantity, r.op, r.threshold);
  if (holds || r.state !== 'firing' || recover === undefined) return condition;
  return `not yet ${backTo(r.op, recover, unit)} (recover threshold)`;
}

/** "back above 0.9", "change back above -5%". */
function backTo(op: Op, threshold: number, unit: ChangeUnit | undefined): string {
  return `${unit === undefined ? '' : 'change '}${BACK[op]} ${thresholdText(threshold, unit)}`;
}

/** "2026-03-08 12:00 UTC": an instant to the minute. */
export function utcMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "firing since 2026-03-07 06:30 UTC (3 runs / 2 d), held back by a silence": a fire sent late. */
function firingSince(r: Reading): string {
  const since = Date.parse(r.firing!.since!);
  const when = Number.isFinite(since) ? utcMinute(since) : '?';
  // A stale rule counts the checks it was stale at, not runs (there was no new run: that is what it alerts on).
  const span = spanText(r.firing!, r.check === 'stale' ? 'check' : 'run');
  return `firing since ${when}${span ? ` (${span})` : ''}${r.afterSilence ? ', held back by a silence' : ''}`;
}

/** " after 3 runs / 2 h", " after 2 h" (a ledger that did not count runs), or nothing when nothing is known. */
function firingFor(span: FiringSpan | undefined, counted: 'run' | 'check' = 'run'): string {
  const text = span ? spanText(span, counted) : '';
  return text ? ` after ${text}` : '';
}

/** "3 runs / 2 h", "2 h", or "" when nothing is known. */
function spanText(span: FiringSpan, counted: 'run' | 'check' = 'run'): string {
  const parts: string[] = [];
  if (span.runs !== undefined) parts.push(`${span.runs} ${counted}${span.runs === 1 ? '' : 's'}`);
  const ms = span.since === undefined ? NaN : Date.parse(span.until) - Date.parse(span.since);
  if (Number.isFinite(ms)) parts.push(formatDuration(ms));
  return parts.join(' / ');
}

/** 2_100_000 -> "35 min", 7_200_000 -> "2 h", 259_200_000 -> "3 d"; under half a minute (or negative) -> "under 1 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (!(minutes >= 1)) return 'under 1 min';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 24) return `${hours} h`;
  return `${Math.round(ms / 86_400_000)} d`;
}

const BARS = '▁▂▃▄▅▆▇█';

/** A sparkline of values, oldest first; a value that is not finite is drawn as ✕. */
export function sparkline(values: readonly number[]): string {
  const finite = values.filter(Number.isFinite);
  if (values.length < 2) return '';
  const { min, max } = extent(finite);
  let out = '';
  for (const v of values) {
    if (!Number.isFinite(v)) out += '✕';
    else if (max === min) out += BARS[3];
    else out += BARS[Math.min(7, Math.floor(((v - min) / (max - min)) * 8))];
  }
  return out;
}

/** A condition as written in the rules: "< 0.9", or "change < -5%" for change rules. */
export function formatCondition(op: string, threshold: number, unit?: ChangeUnit): string {
  if (unit === undefined) return `${op} ${formatNumber(threshold)}`;
  return `change ${op} ${thresholdText(threshold, unit)}`;
}

/** A threshold as written: "0.9", "-5%" for a percent change, "-3σ" for a sigma rule. */
function thresholdText(threshold: number, unit: ChangeUnit | undefined): string {
  return `${formatNumber(threshold)}${unit === undefined ? '' : UNIT_MARK[unit]}`;
}
