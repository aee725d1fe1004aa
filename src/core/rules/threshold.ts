// A threshold rule: the latest run's value (or its change against a baseline of earlier runs) against a threshold.
import { compareToBaseline } from '../baseline.js';
import { breaches } from '../compare.js';
import { fromStored, type StoredRun } from '../history/ledger.js';
import { reduceValue } from '../metrics/reduce.js';
import { readMetric } from '../metrics/runs.js';
import type { Run, ThresholdRule } from '../types.js';
import type { Point, ReadInput, RuleReading } from './reading.js';

const SPARK_POINTS = 20;

/** The key a rule's value is stored under in a run: the metric path, plus the reducer when it is not `last`. */
export function valueKey(rule: Pick<ThresholdRule, 'metric' | 'reduce'>): string {
  return rule.reduce === 'last' ? rule.metric : `${rule.metric}@${rule.reduce}`;
}

export function valueOf(run: Run, rule: ThresholdRule): { value?: number; missing?: string } {
  const v = readMetric(run.metrics, rule.metric);
  if (v === undefined) return { missing: 'absent' };
  if (typeof v === 'object' && !Array.isArray(v)) return { missing: v.invalid };
  return { value: reduceValue(v, rule.reduce) };
}

export function readThreshold(rule: ThresholdRule, input: ReadInput): RuleReading {
  const latest = input.group[input.group.length - 1]!;
  const read = valueOf(latest, rule);
  const earlier = earlierPoints(rule, input.group, input.stored);
  const reading: RuleReading = {
    run: latest.at === undefined ? { id: latest.id } : { id: latest.id, at: latest.at },
    verdict: 'clear',
    value: read.value ?? null,
    baseline: null,
    change: null,
    recent: recentSeries(earlier, latest.id, read.value),
    oncePerRun: true,
  };
  if (read.missing !== undefined) {
    reading.missing = read.missing;
    // on-missing: ignore reports nothing, so nothing is looked for.
    const suggestions =
      rule.onMissing === 'ignore' ? [] : input.suggest({ missing: rule.metric, metrics: latest.metrics });
    if (suggestions.length) reading.suggestions = suggestions;
  }
  const compared = comparedQuantity(rule, read.value, earlier);
  if (compared.spread !== undefined) reading.spread = compared.spread;
  if ('none' in compared) return { ...reading, baseline: compared.baseline ?? null, verdict: 'no baseline' };
  if (compared.baseline !== undefined) Object.assign(reading, { baseline: compared.baseline, change: compared.change });
  if (read.value === undefined && rule.onMissing !== 'alert')
    return { ...reading, verdict: rule.onMissing === 'ignore' ? 'skip' : 'no data' };
  const quantity = compared.quantity;
  if (quantity !== undefined) reading.quantity = quantity;
  const breach = quantity === undefined ? true : breaches(quantity, rule.op, rule.threshold);
  return { ...reading, verdict: breach ? 'breach' : 'clear' };
}

/** The quantity compared: the value, or its change against a baseline ("no baseline" when there is none). */
function comparedQuantity(
  rule: ThresholdRule,
  value: number | undefined,
  earlier: readonly Point[],
): ({ quantity?: number; baseline?: number; change?: number } | { none: true; baseline?: number }) & {
  spread?: number;
} {
  if (!rule.change || value === undefined) return value === undefined ? {} : { quantity: value };
  const { baseline, change, spread } = compareToBaseline(
    earlier.map((p) => p.value),
    value,
    rule.change,
  );
  const withSpread = spread === undefined ? {} : { spread };
  if (change === undefined) return baseline === undefined ? { none: true } : { none: true, baseline, ...withSpread };
  return { quantity: change, baseline: baseline!, change, ...withSpread };
}

/** The rule's metric in the earlier runs (history, then the artifact's earlier runs), oldest first. */
function earlierPoints(rule: ThresholdRule, group: readonly Run[], stored: readonly StoredRun[]): Point[] {
  const inArtifact = new Set(group.map((r) => r.id));
  const k = valueKey(rule);
  const out: Point[] = [];
  for (const s of stored) {
    if (inArtifact.has(s.id) || !Object.hasOwn(s.values, k)) continue;
    out.push({ run: s.id, value: fromStored(s.values[k]!) });
  }
  for (let i = 0; i < group.length - 1; i++) {
    const v = valueOf(group[i]!, rule).value;
    if (v !== undefined) out.push({ run: group[i]!.id, value: v });
  }
  return out;
}

function recentSeries(earlier: readonly Point[], run: string, value: number | undefined): Point[] {
  const series = value === undefined ? [...earlier] : [...earlier, { run, value }];
  return series.slice(-SPARK_POINTS);
}
