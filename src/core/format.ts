// Numbers and pictures as people read them.

/** 0.78 -> "0.78", 1/3 -> "0.333333", 1e-9 -> "1e-9", NaN -> "NaN". */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e15)) return n.toExponential(3).replace(/\.?0+e/, 'e').replace('e+', 'e');
  return String(Number(n.toPrecision(6)));
}

export function formatChange(change: number | null, unit: 'absolute' | 'percent' | undefined): string {
  if (change === null) return '—';
  const sign = change > 0 ? '+' : '';
  return `${sign}${formatNumber(change)}${unit === 'percent' ? '%' : ''}`;
}

const BARS = '▁▂▃▄▅▆▇█';

/** A sparkline of values, oldest first; a value that is not finite is drawn as ✕. */
export function sparkline(values: readonly number[]): string {
  const finite = values.filter(Number.isFinite);
  if (values.length < 2) return '';
  const min = Math.min(...finite);
  const max = Math.max(...finite);
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
