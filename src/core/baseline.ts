// The baseline of a `change` rule over earlier runs, and the change against it.
import type { BaselineFrom, ChangeUnit } from './types.js';

/** Baseline of the earlier values (oldest first); undefined when there is none. */
export function baselineOf(earlier: readonly number[], from: BaselineFrom, window: number): number | undefined {
  const values = earlier.filter(Number.isFinite).slice(-window);
  if (values.length === 0) return undefined;
  switch (from) {
    case 'previous':
      return values[values.length - 1]!;
    case 'min':
      return values.reduce((a, b) => (b < a ? b : a));
    case 'max':
      return values.reduce((a, b) => (b > a ? b : a));
    case 'mean':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'median': {
      const s = [...values].sort((a, b) => a - b);
      const mid = s.length >> 1;
      return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
    }
  }
}

/** value - baseline, or the relative change in percent; undefined for a zero baseline in percent. */
export function changeOf(value: number, baseline: number, unit: ChangeUnit): number | undefined {
  if (unit === 'absolute') return value - baseline;
  if (baseline === 0) return undefined;
  return ((value - baseline) / Math.abs(baseline)) * 100;
}
