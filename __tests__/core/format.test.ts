import { describe, expect, it } from '@jest/globals';
import {
  formatChange,
  formatCondition,
  formatDuration,
  formatNumber,
  formatReading,
  sparkline,
  wordReading,
  type Reading,
} from '../../src/core/format.js';
import type { Op } from '../../src/core/types.js';

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
    const r = { metric: 'eval.top1', value: 0.702, baseline: 0.763, change: -7.99476, op: '<' as const, threshold: -5 };
    expect(formatReading(r, 'percent')).toBe('eval.top1 = 0.702 (-7.99% vs 0.763), condition change < -5%');
    expect(
      formatReading({ ...r, baseline: null, change: null, threshold: 0.9, missing: 'absent', value: null }, undefined),
    ).toBe('eval.top1 = missing, condition < 0.9');
  });
  it('durations: minutes, hours, days, rounded; never negative', () => {
    const MIN = 60_000;
    expect([35 * MIN, 2 * 60 * MIN, 3 * 24 * 60 * MIN].map(formatDuration)).toEqual(['35 min', '2 h', '3 d']);
    expect([0, 20_000, -5 * MIN, NaN].map(formatDuration)).toEqual([
      'under 1 min',
      'under 1 min',
      'under 1 min',
      'under 1 min',
    ]);
    expect([59.6 * MIN, 23.6 * 60 * MIN, 90 * MIN].map(formatDuration)).toEqual(['1 h', '1 d', '2 h']);
  });
  it('a resolved reading says it is back on the good side of the threshold, by op, and for how long it fired', () => {
    const firing = { since: '2026-11-20T10:00:00Z', runs: 3, until: '2026-11-20T12:00:00Z' };
    const reading = (op: Op, value: number, over: Partial<Reading> = {}): Reading => ({
      metric: 'm',
      value,
      baseline: null,
      change: null,
      op,
      threshold: 0.9,
      event: 'resolved',
      state: 'ok',
      firing,
      ...over,
    });
    expect(formatReading(reading('<', 0.93), undefined)).toBe('m = 0.93, back above 0.9 after 3 runs / 2 h');
    expect(formatReading(reading('<=', 0.93), undefined)).toBe('m = 0.93, back above 0.9 after 3 runs / 2 h');
    expect(wordReading(reading('>', 0.5), undefined).outcome).toBe('back below 0.9 after 3 runs / 2 h');
    expect(wordReading(reading('>=', 0.5), undefined).outcome).toBe('back below 0.9 after 3 runs / 2 h');
    expect(wordReading(reading('==', 0.5), undefined).outcome).toBe('no longer equal to 0.9 after 3 runs / 2 h');
    expect(wordReading(reading('!=', 0.9), undefined).outcome).toBe('back to 0.9 after 3 runs / 2 h');
    expect(wordReading(reading('<', 0.95, { recoverThreshold: 0.92 }), undefined).outcome).toBe(
      'back above 0.92 (recover threshold) after 3 runs / 2 h',
    );
    const oneRun = { since: '2026-11-20T10:00:00Z', runs: 1, until: '2026-11-20T10:35:00Z' };
    expect(formatReading(reading('<', -1.2, { threshold: -5, firing: oneRun }), 'percent')).toBe(
      'm = -1.2, change back above -5% after 1 run / 35 min',
    );
    expect(formatReading(reading('<', 0.9, { threshold: -5, baseline: 0.91, change: -1.0989 }), 'percent')).toBe(
      'm = 0.9 (-1.1% vs 0.91), change back above -5% after 3 runs / 2 h',
    );
    expect(wordReading(reading('<', 0.95, { firing: undefined }), undefined).outcome).toBe('back above 0.9');
    expect(wordReading(reading('<', 0.95, { firing: { runs: 2, until: firing.until } }), undefined).outcome).toBe(
      'back above 0.9 after 2 runs',
    );
  });
  it('a firing reading held by a recover threshold says so; a breaching one states the condition', () => {
    const held: Reading = {
      metric: 'm',
      value: 0.91,
      baseline: null,
      change: null,
      op: '<',
      threshold: 0.9,
      event: 'reminder',
      state: 'firing',
      recoverThreshold: 0.92,
    };
    expect(formatReading(held, undefined)).toBe('m = 0.91, not yet back above 0.92 (recover threshold)');
    expect(formatReading({ ...held, value: 0.5 }, undefined)).toBe('m = 0.5, condition < 0.9');
    expect(formatReading({ ...held, value: NaN }, undefined)).toBe('m = NaN, condition < 0.9');
  });
  it('sparklines: scaled to the range, flat when constant, ✕ for non-finite', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([2, 2, 2])).toBe('▄▄▄');
    expect(sparkline([1, NaN, 2])).toBe('▁✕█');
    expect(sparkline([1])).toBe('');
  });
});
