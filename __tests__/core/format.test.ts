import { describe, expect, it } from '@jest/globals';
import { formatChange, formatCondition, formatNumber, formatReading, sparkline } from '../../src/core/format.js';

describe('format', () => {
  it('numbers', () => {
    expect([0.78, 1 / 3, 1e-9, NaN, -Infinity, 42, 0.1 + 0.2].map(formatNumber)).toEqual([
      '0.78',
      '0.333333',
      '1e-9',
      'NaN',
      '-Infinity',
      '42',
      '0.3',
    ]);
  });
  it('changes: signed, percent to 3 significant digits', () => {
    expect(formatChange(-7.994764397905759, 'percent')).toBe('-7.99%');
    expect(formatChange(12.5, 'percent')).toBe('+12.5%');
    expect(formatChange(1.08 - 0.92, 'absolute')).toBe('+0.16');
    expect(formatChange(null, 'absolute')).toBe('—');
  });
  it('conditions and readings', () => {
    expect(formatCondition('<', 0.9)).toBe('< 0.9');
    expect(formatCondition('<', -5, 'percent')).toBe('change < -5%');
    const r = { metric: 'eval.top1', value: 0.702, baseline: 0.763, change: -7.99476, op: '<', threshold: -5 };
    expect(formatReading(r, 'percent')).toBe('eval.top1 = 0.702 (-7.99% vs 0.763), condition change < -5%');
    expect(
      formatReading({ ...r, baseline: null, change: null, threshold: 0.9, missing: 'absent', value: null }, undefined),
    ).toBe('eval.top1 = missing, condition < 0.9');
  });
  it('sparklines: scaled to the range, flat when constant, ✕ for non-finite', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([2, 2, 2])).toBe('▄▄▄');
    expect(sparkline([1, NaN, 2])).toBe('▁✕█');
    expect(sparkline([1])).toBe('');
  });
});
