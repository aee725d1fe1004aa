import type { Op } from './types.js';

/** value op threshold; a value that is not finite breaches every rule (a NaN loss is what alerts are for). */
export function breaches(value: number, op: Op, threshold: number): boolean {
  if (!Number.isFinite(value)) return true;
  switch (op) {
    case '<':
      return value < threshold;
    case '>':
      return value > threshold;
    case '<=':
      return value <= threshold;
    case '>=':
      return value >= threshold;
    case '==':
      return value === threshold;
    case '!=':
      return value !== threshold;
  }
}
