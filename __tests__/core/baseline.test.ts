import { describe, expect, it } from '@jest/globals';
import { baselineOf, changeOf } from '../../src/core/baseline.js';

describe('baselineOf', () => {
  const earlier = [5, 1, 4, 2, 3]; // oldest first
  it.each([
    ['previous', 3, 3],
    ['min', 3, 2],
    ['max', 3, 4],
    ['mean', 3, 3],
    ['median', 3, 3],
    ['median', 4, 2.5],
    ['mean', 10, 3], // fewer earlier runs than the window: all of them
    ['max', 10, 5],
    ['min', 1, 3],
  ] as const)('%s over a window of %i', (from, window, expected) => {
    expect(baselineOf(earlier, from, window)).toBe(expected);
  });

  it('no earlier run, or none finite: no baseline', () => {
    expect(baselineOf([], 'previous', 1)).toBeUndefined();
    expect(baselineOf([NaN, Infinity], 'mean', 10)).toBeUndefined();
  });

  it('a non-finite earlier value is left out of the baseline', () => {
    expect(baselineOf([1, NaN], 'previous', 5)).toBe(1);
    expect(baselineOf([1, -Infinity, 3], 'min', 5)).toBe(1);
  });
});

describe('changeOf', () => {
  it('absolute is value minus baseline; percent is relative to the magnitude of the baseline', () => {
    expect(changeOf(0.8, 0.9, 'absolute')).toBeCloseTo(-0.1, 12);
    expect(changeOf(0.8, 1, 'percent')).toBeCloseTo(-20, 12);
    expect(changeOf(-1, -2, 'percent')).toBeCloseTo(50, 12);
  });
  it('a zero baseline has no percent change', () => {
    expect(changeOf(1, 0, 'percent')).toBeUndefined();
    expect(changeOf(1, 0, 'absolute')).toBe(1);
  });
});
