// A metric value (number or list) -> one number, by the rule's `reduce`.
import type { MetricValue, Reduce } from '../types.js';

export function reduceValue(v: MetricValue, how: Reduce): number {
  if (typeof v === 'number') return v;
  if (how === 'last') return v[v.length - 1]!;
  let acc = how === 'mean' ? 0 : v[0]!;
  for (const x of v) {
    if (Number.isNaN(x)) return NaN;
    if (how === 'min') acc = x < acc ? x : acc;
    else if (how === 'max') acc = x > acc ? x : acc;
    else acc += x;
  }
  return how === 'mean' ? acc / v.length : acc;
}
