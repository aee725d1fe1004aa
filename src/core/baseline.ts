// The baseline of a `change` rule over earlier runs, and the change against it.
import type { BaselineFrom, ChangeConfig } from './types.js';

/** The finite values of the window: the up to `window` most recent earlier values (oldest first). */
function windowOf(earlier: readonly number[], window: number): number[] {
  return earlier.filter(Number.isFinite).slice(-window);
}

/** Baseline of the earlier values (oldest first); undefined when there is none. */
export function baselineOf(earlier: readonly number[], from: BaselineFrom, window: number): number | undefined {
  const values = windowOf(earlier, window);
  if (values.length === 0) return undefined;
  switch (from) {
    case 'previous':
      return values[values.length - 1]!;
    case 'min':
      return values.reduce((a, b) => (b < a ? b : a));
    case 'max':
      return values.reduce((a, b) => (b > a ? b : a));
    case 'mean':
      return mean(values);
    case 'median': {
      const s = [...values].sort((a, b) => a - b);
      const mid = s.length >> 1;
      return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
    }
  }
}

/** value - baseline, or the relative change in percent; undefined for a zero baseline in percent. */
export function changeOf(value: number, baseline: number, unit: 'absolute' | 'percent'): number | undefined {
  if (unit === 'absolute') return value - baseline;
  if (baseline === 0) return undefined;
  return ((value - baseline) / Math.abs(baseline)) * 100;
}

/** Earlier runs a sigma rule needs before its deviation means anything. */
export const SIGMA_MIN_RUNS = 3;

/** A value against the baseline of its window: the change is undefined when there is no baseline (SPEC §4). */
export interface Compared {
  baseline?: number;
  change?: number;
  /** sigma: the sample standard deviation of the window, when it has at least SIGMA_MIN_RUNS values. */
  spread?: number;
}

/**
 * The change a rule compares. sigma: `(value - mean) / s`, `s` the sample standard deviation (n - 1) of the window;
 * fewer than 3 earlier values, or `s` at most 1e-9 × |mean| (zero for a zero mean: a flat history), is no baseline.
 */
export function compareToBaseline(earlier: readonly number[], value: number, c: ChangeConfig): Compared {
  if (c.unit !== 'sigma') {
    const baseline = baselineOf(earlier, c.from, c.window);
    const change = baseline === undefined ? undefined : changeOf(value, baseline, c.unit);
    return change === undefined ? (baseline === undefined ? {} : { baseline }) : { baseline, change };
  }
  const values = windowOf(earlier, c.window);
  if (values.length === 0) return {};
  const baseline = mean(values);
  if (values.length < SIGMA_MIN_RUNS) return { baseline };
  const spread = Math.sqrt(values.reduce((sum, v) => sum + (v - baseline) ** 2, 0) / (values.length - 1));
  if (!(spread > 1e-9 * Math.abs(baseline))) return { baseline, spread };
  return { baseline, change: (value - baseline) / spread, spread };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
