import { describe, expect, it } from '@jest/globals';
import { baselineOf, changeOf, compareToBaseline } from '../../src/core/baseline.js';

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

describe('compareToBaseline with unit: sigma', () => {
  const sigma = (window = 10) => ({ from: 'mean' as const, window, unit: 'sigma' as const });

  it('is (value - mean) / the sample standard deviation (n - 1) of the window', () => {
    // mean 2, deviations -1, 0, 1: sample variance 1, s = 1.
    expect(compareToBaseline([1, 2, 3], 5, sigma())).toEqual({ baseline: 2, change: 3, spread: 1 });
    // Only the last 3 of the window count; non-finite earlier values are left out.
    expect(compareToBaseline([100, 1, NaN, 2, 3], 0, sigma(3))).toEqual({ baseline: 2, change: -2, spread: 1 });
  });

  it('fewer than 3 earlier runs is no baseline (the mean is shown, no change)', () => {
    expect(compareToBaseline([], 1, sigma())).toEqual({});
    expect(compareToBaseline([1, 3], 10, sigma())).toEqual({ baseline: 2 });
  });

  it('a deviation at most 1e-9 of the mean, or none around a zero mean, is no baseline', () => {
    expect(compareToBaseline([0.9, 0.9, 0.9], 0.1, sigma()).change).toBeUndefined();
    expect(compareToBaseline([1e9, 1e9 + 0.5, 1e9 - 0.5], 0, sigma()).change).toBeUndefined();
    expect(compareToBaseline([0, 0, 0], 1, sigma()).change).toBeUndefined();
    expect(compareToBaseline([-1e-12, 0, 1e-12], 1, sigma()).change).toBeCloseTo(1e12, 0);
  });

  it('a value that is not finite stays not finite (it breaches every rule)', () => {
    expect(compareToBaseline([1, 2, 3], NaN, sigma()).change).toBeNaN();
  });

  it('absolute and percent are unchanged', () => {
    expect(compareToBaseline([1, 2], 3, { from: 'previous', window: 1, unit: 'absolute' })).toEqual({
      baseline: 2,
      change: 1,
    });
    expect(compareToBaseline([0], 3, { from: 'previous', window: 1, unit: 'percent' })).toEqual({ baseline: 0 });
  });
});
