import { describe, expect, it } from '@jest/globals';
import { editDistance } from '../../../src/core/diagnostics.js';
import { readMetric } from '../../../src/core/metrics/runs.js';
import { boundedSuggester, MAX_PATHS, metricPaths, suggestMetrics } from '../../../src/core/metrics/suggest-metric.js';

const near = (missing: string, metrics: Record<string, unknown>) => suggestMetrics({ missing, metrics });

describe('suggestMetrics: the closest paths a run reads', () => {
  it('the same path with `.` and `/` swapped, both ways', () => {
    expect(near('eval.mse', { 'eval/mse': 0.2, loss: 1 })).toEqual(['eval/mse']);
    expect(near('eval/mse', { eval: { mse: 0.2 }, loss: 1 })).toEqual(['eval.mse']);
  });

  it('case and separators', () => {
    expect(near('Eval/Accuracy', { 'eval/accuracy': 0.9, zzz: 1 })).toEqual(['eval/accuracy']);
    expect(near('eval-accuracy', { eval_accuracy: 0.9, zzz: 1 })).toEqual(['eval_accuracy']);
  });

  it('a small edit distance, closest first; nothing when nothing is close', () => {
    expect(near('accuracy', { accuracyy: 0.9, acuracy: 0.8, loss: 1 })).toEqual(['accuracyy', 'acuracy']);
    expect(near('val_loss', { val_los: 1, vall_lost: 2 })).toEqual(['val_los', 'vall_lost']);
    expect(near('f1', { precision: 0.4, recall: 0.3 })).toEqual([]);
    expect(near('mAP50', {})).toEqual([]);
  });

  it('a suffix after a separator, both ways', () => {
    expect(near('accuracy', { 'eval/accuracy': 0.9, eval_accuracy: 0.8, loss: 1, precision: 2 })).toEqual([
      'eval/accuracy',
      'eval_accuracy',
    ]);
    expect(near('eval/accuracy', { accuracy: 0.9 })).toEqual(['accuracy']);
    // No match inside a word: `overaccuracy` does not end with `accuracy` after a separator (and is 4 edits away).
    expect(near('accuracy', { overaccuracy: 1 })).toEqual([]);
    // A rule naming an object of metrics: the paths inside it.
    expect(near('eval', { eval: { f1: 0.7, precision: 0.5 }, loss: 1 })).toEqual(['eval.f1', 'eval.precision']);
    expect(near('eval', { 'eval/f1': 0.7, evaluation: 1 })).toEqual(['eval/f1']);
  });

  it('at most three, the closest first', () => {
    const m = { 'train/loss': 1, 'eval/loss': 2, val_loss: 3, 'test/loss': 4, los: 5 };
    expect(near('loss', m)).toEqual(['val_loss', 'eval/loss', 'test/loss']);
    // The same name written differently is the answer: nothing less close beside it.
    expect(near('loss', { ...m, LOSS: 6 })).toEqual(['LOSS']);
  });

  it('series (lists of numbers) are paths; the keys of step histories are listed as P.KEY', () => {
    expect(near('eval_los', { eval_loss: [0.5, 0.4], history: { val_accuracy: [0.1, 0.2] } })).toEqual(['eval_loss']);
    expect(near('val_acuracy', { history: { val_accuracy: [0.1, 0.2] } })).toEqual(['history.val_accuracy']);
    const trainerState = {
      log_history: [
        { epoch: 1, loss: 0.9, step: 10 },
        { epoch: 1, eval_accuracy: 0.81, eval_loss: 0.5, step: 10 },
        { epoch: 2, eval_accuracy: 0.84, eval_loss: 0.4, step: 20 },
      ],
    };
    expect(metricPaths(trainerState)).toEqual([
      'log_history.epoch',
      'log_history.loss',
      'log_history.step',
      'log_history.eval_accuracy',
      'log_history.eval_loss',
    ]);
  });

  it('keys inside a step history are suggested, as the reader reads them (SPEC §3.4)', () => {
    const trainerState = { log_history: [{ eval_accuracy: 0.81 }, { eval_accuracy: 0.84 }], eval_acc: 'high' };
    expect(readMetric(trainerState, 'log_history.eval_accuracy')).toEqual([0.81, 0.84]);
    // eval_acc holds a string: it reads no value, so it is not suggested.
    expect(near('eval_accuracy', trainerState)).toEqual(['log_history.eval_accuracy']);
  });

  it('exact keys with dots and commas (lm-evaluation-harness) are paths as they are', () => {
    const harness = { results: { hellaswag: { 'acc,none': 0.5, 'acc_norm,none': 0.6, alias: 'hellaswag' } } };
    expect(near('results.hellaswag.acc', harness)).toEqual(['results.hellaswag.acc,none']);
    expect(near('results/hellaswag/acc,none', harness)).toEqual(['results.hellaswag.acc,none']);
    expect(near('acc.norm', { 'acc.norm': { x: 1 }, acc_norm: 0.7 })).toEqual(['acc_norm']);
    // Every suggestion reads a value through the evaluator's reader.
    for (const p of near('results.hellaswag.acc', harness)) expect(typeof readMetric(harness, p)).toBe('number');
  });

  it('a path shadowed by an exact key is not suggested when it reads nothing', () => {
    // `a.b` is an exact key (a string) and wins over the nested a -> b: `a.b` reads a string.
    const m = { 'a.b': 'text', a: { b: 1, c: 2 } };
    expect(near('a/b', m)).toEqual(['a.c']);
  });

  it('a huge object: at most MAX_PATHS entries looked at, quickly', () => {
    const huge: Record<string, unknown> = {};
    for (let i = 0; i < 300_000; i++) huge[`metric_${i}`] = i;
    const started = Date.now();
    const paths = metricPaths(huge);
    expect(paths.length).toBe(MAX_PATHS);
    expect(paths[0]).toBe('metric_0');
    expect(near('metric_17x', huge)).toEqual(['metric_17', 'metric_170', 'metric_171']);
    // Generous: the bound is what matters, not the speed of this machine.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('deep nesting is followed to a bounded depth, without overflowing the stack', () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    expect(() => metricPaths(deep)).not.toThrow();
    expect(metricPaths(deep)).toEqual([]);
    expect(near('d.d.lef', { d: { d: { leaf: 1 } } })).toEqual(['d.d.leaf']);
  });

  it('one evaluation compares a bounded number of paths: past the budget, misses get no suggestion', () => {
    const wide = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`m_${i}`, i]));
    const suggest = boundedSuggester(25);
    expect(suggest({ missing: 'm.1', metrics: wide(10) })).toEqual(['m_1']);
    expect(suggest({ missing: 'm.1', metrics: wide(20) })).toEqual([]); // 10 + 20 > 25
    expect(suggest({ missing: 'm.2', metrics: wide(15) })).toEqual(['m_2']); // 10 + 15 = 25
    expect(suggest({ missing: 'm.2', metrics: wide(1) })).toEqual([]);
  });

  it('the edit distance stops early past a limit', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a'.repeat(200), 'b'.repeat(200), 2)).toBe(3);
  });

  it('wide step histories are bounded too', () => {
    const steps = Array.from({ length: 50_000 }, (_, i) => ({ [`k${i}`]: i }));
    expect(metricPaths({ h: steps }).length).toBeLessThanOrEqual(MAX_PATHS);
  });
});
