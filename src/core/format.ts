// Numbers and pictures as people read them.
import { extent } from './arrays.js';

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

/** +0.16, -7.99% (percent changes to 3 significant digits: a regression is read, not audited). */
export function formatChange(change: number | null, unit: 'absolute' | 'percent' | undefined): string {
  if (change === null) return '—';
  const sign = change > 0 ? '+' : '';
  if (unit === 'percent')
    return `${sign}${Number.isFinite(change) ? String(Number(change.toPrecision(3))) : formatNumber(change)}%`;
  return `${sign}${formatNumber(change)}`;
}

/** What a rule read, for people. */
export interface Reading {
  metric: string;
  value: number | null;
  missing?: string;
  baseline: number | null;
  change: number | null;
  op: string;
  threshold: number;
}

/** "0.702 (-7.99% vs 0.763)", "0.78", "missing", "not a number (a string)". */
export function formatValue(r: Reading, unit: 'absolute' | 'percent' | undefined): string {
  if (r.missing) return r.missing === 'absent' ? 'missing' : `not a number (${r.missing})`;
  const value = formatNumber(r.value);
  return r.change !== null ? `${value} (${formatChange(r.change, unit)} vs ${formatNumber(r.baseline)})` : value;
}

/** "eval.top1 = 0.702 (-7.99% vs 0.763), condition change < -5%": one line for logs and annotations. */
export function formatReading(r: Reading, unit: 'absolute' | 'percent' | undefined): string {
  return `${r.metric} = ${formatValue(r, unit)}, condition ${formatCondition(r.op, r.threshold, unit)}`;
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
export function formatCondition(op: string, threshold: number, unit?: 'absolute' | 'percent'): string {
  if (unit === undefined) return `${op} ${formatNumber(threshold)}`;
  return `change ${op} ${formatNumber(threshold)}${unit === 'percent' ? '%' : ''}`;
}
