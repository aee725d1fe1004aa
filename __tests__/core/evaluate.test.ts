import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/core/config/load.js';
import { evaluate, type Evaluation } from '../../src/core/evaluate.js';
import { emptyLedger, parseLedger, serializeLedger, type Ledger } from '../../src/core/history/ledger.js';
import type { Run, ThresholdRule } from '../../src/core/types.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-20T10:00:00Z');

function rules(alertFields: string, extra = ''): ReturnType<typeof loadConfig>['config'] {
  const text = `version: 1\n${extra}alerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n${alertFields
    .split('\n')
    .filter(Boolean)
    .map((l) => `    ${l}`)
    .join('\n')}\n`;
  return loadConfig({ text, file: 'alerts.yml', env: {} }).config;
}

function run(id: string, metrics: Record<string, unknown>, experiment = 'iris', at?: number): Run {
  const r: Run = { experiment, id, metrics, source: 'test' };
  if (at !== undefined) r.at = at;
  return r;
}

/** Runs a sequence of evaluations, one run each, carrying the ledger through a serialise/parse round trip. */
function sequence(
  config: ReturnType<typeof rules>,
  values: (number | undefined)[],
  opts: { stateless?: boolean; step?: number } = {},
): Evaluation[] {
  let ledger: Ledger = emptyLedger();
  return values.map((v, i) => {
    const e = evaluate({
      config,
      runs: [run(`r${i}`, v === undefined ? {} : { accuracy: v })],
      ledger,
      now: T0 + i * (opts.step ?? HOUR),
      stateless: opts.stateless ?? false,
    });
    ledger = parseLedger(serializeLedger(e.ledger), 'h.json');
    return e;
  });
}

const states = (es: Evaluation[]) => es.map((e) => e.results[0]?.state);
const events = (es: Evaluation[]) => es.map((e) => e.results[0]?.event ?? null);

describe('evaluate: the state machine', () => {
  it('fires once, stays firing silently, resolves once', () => {
    const es = sequence(rules(''), [0.95, 0.78, 0.8, 0.95, 0.96]);
    expect(states(es)).toEqual(['ok', 'firing', 'firing', 'ok', 'ok']);
    expect(events(es)).toEqual([null, 'fired', null, 'resolved', null]);
  });

  it('waits for `for` consecutive breaching runs (pending), and a good run resets the count', () => {
    const es = sequence(rules('for: 3'), [0.5, 0.5, 0.95, 0.5, 0.5, 0.5, 0.5]);
    expect(states(es)).toEqual(['pending', 'pending', 'ok', 'pending', 'pending', 'firing', 'firing']);
    expect(events(es)).toEqual([null, null, null, null, null, 'fired', null]);
  });

  it('repeat: every-run reminds on each later breaching run', () => {
    expect(events(sequence(rules('repeat: every-run'), [0.5, 0.5, 0.5, 0.95]))).toEqual([
      'fired',
      'reminder',
      'reminder',
      'resolved',
    ]);
  });

  it('repeat: a duration reminds once the interval has passed since the last notification', () => {
    // One run per hour, repeat every 2h: fired at 0h, reminders at 2h and 4h.
    expect(events(sequence(rules('repeat: 2h'), [0.5, 0.5, 0.5, 0.5, 0.5]))).toEqual([
      'fired',
      null,
      'reminder',
      null,
      'reminder',
    ]);
  });

  it('notify-resolved: false records the resolved event without sending it', () => {
    const es = sequence(rules('notify-resolved: false'), [0.5, 0.95]);
    expect(es[1]!.events).toEqual([expect.objectContaining({ kind: 'resolved', notify: false })]);
  });

  it('recover-threshold: once firing, resolves only on the good side of it (hysteresis)', () => {
    const es = sequence(rules('recover-threshold: 0.92'), [0.85, 0.91, 0.915, 0.93, 0.91]);
    expect(states(es)).toEqual(['firing', 'firing', 'firing', 'ok', 'ok']);
    expect(events(es)).toEqual(['fired', null, null, 'resolved', null]);
  });

  it('a resolved event carries since when and for how many runs the instance fired', () => {
    const es = sequence(rules('repeat: every-run'), [0.5, 0.5, 0.5, 0.95]);
    const fired = es[0]!.events[0]!;
    expect(fired).toMatchObject({ kind: 'fired', at: '2026-11-20T10:00:00.000Z' });
    expect(fired).not.toHaveProperty('firingRuns');
    expect(es.slice(1, 3).map((e) => e.events[0]!.firingRuns)).toEqual([2, 3]);
    expect(es[3]!.events[0]).toMatchObject({
      kind: 'resolved',
      at: '2026-11-20T13:00:00.000Z',
      firingSince: '2026-11-20T10:00:00.000Z',
      firingRuns: 3,
    });
    expect(es[3]!.results[0]!.firing).toEqual({
      since: '2026-11-20T10:00:00.000Z',
      runs: 3,
      until: '2026-11-20T13:00:00.000Z',
    });
    // The count is dropped once resolved: firing again counts from one.
    expect(es[3]!.ledger.instances.get('acc\u0000iris')).not.toHaveProperty('firingRuns');
  });

  it('a ledger of an earlier version (no firing count) resolves with the start only; with recover-threshold, names it', () => {
    const config = rules('recover-threshold: 0.92');
    const first = evaluate({
      config,
      runs: [run('r1', { accuracy: 0.5 })],
      ledger: emptyLedger(),
      now: T0,
      stateless: false,
    });
    const old = parseLedger(serializeLedger(first.ledger).replace(/,"firingRuns":1/, ''), 'h.json');
    expect([...old.instances.values()][0]).not.toHaveProperty('firingRuns');
    const held = evaluate({
      config,
      runs: [run('r2', { accuracy: 0.91 })],
      ledger: old,
      now: T0 + HOUR,
      stateless: false,
    });
    const done = evaluate({
      config,
      runs: [run('r3', { accuracy: 0.95 })],
      ledger: held.ledger,
      now: T0 + 2 * HOUR,
      stateless: false,
    });
    expect(done.events[0]).toMatchObject({
      kind: 'resolved',
      firingSince: '2026-11-20T10:00:00.000Z',
      recoverThreshold: 0.92,
    });
    expect(done.events[0]).not.toHaveProperty('firingRuns');
    // A tampered count is not counted on.
    const tampered = parseLedger(serializeLedger(first.ledger).replace(/"firingRuns":1/, '"firingRuns":"1"'), 'h.json');
    const next = evaluate({
      config,
      runs: [run('r2', { accuracy: 0.99 })],
      ledger: tampered,
      now: T0 + HOUR,
      stateless: false,
    });
    expect(next.events[0]).toMatchObject({ kind: 'resolved', firingSince: '2026-11-20T10:00:00.000Z' });
    expect(next.events[0]).not.toHaveProperty('firingRuns');
  });

  it('a non-finite value breaches every op, and never recovers', () => {
    for (const op of ['<', '>', '<=', '>=', '==', '!=']) {
      const config = rules('');
      config.alerts[0]!.op = op as never;
      for (const v of [NaN, Infinity, -Infinity]) {
        expect(sequence(config, [v])[0]!.results[0]).toMatchObject({ state: 'firing', event: 'fired' });
      }
    }
  });

  it('compares with each op', () => {
    const cases: [string, number, boolean][] = [
      ['<', 0.89, true],
      ['<', 0.9, false],
      ['<=', 0.9, true],
      ['>', 0.91, true],
      ['>=', 0.9, true],
      ['==', 0.9, true],
      ['!=', 0.9, false],
      ['!=', 0.8, true],
    ];
    for (const [op, value, fires] of cases) {
      const config = rules('');
      config.alerts[0]!.op = op as never;
      expect([op, value, sequence(config, [value])[0]!.results[0]!.state]).toEqual([
        op,
        value,
        fires ? 'firing' : 'ok',
      ]);
    }
  });

  it('a re-run (the same run id) changes nothing and sends nothing', () => {
    const config = rules('');
    const first = evaluate({
      config,
      runs: [run('r1', { accuracy: 0.5 })],
      ledger: emptyLedger(),
      now: T0,
      stateless: false,
    });
    const again = evaluate({
      config,
      runs: [run('r1', { accuracy: 0.5 })],
      ledger: first.ledger,
      now: T0 + HOUR,
      stateless: false,
    });
    expect(again.events).toEqual([]);
    expect(again.results[0]).toMatchObject({ state: 'firing', rerun: true, event: null });
    // Even with a different value (a re-run that computed something else), the run is not evaluated twice.
    const changed = evaluate({
      config,
      runs: [run('r1', { accuracy: 0.99 })],
      ledger: first.ledger,
      now: T0 + HOUR,
      stateless: false,
    });
    expect(changed.events).toEqual([]);
  });

  it('a run older than the last evaluated one changes nothing', () => {
    const config = rules('');
    const first = evaluate({
      config,
      runs: [run('new', { accuracy: 0.5 }, 'iris', T0)],
      ledger: emptyLedger(),
      now: T0,
      stateless: false,
    });
    const late = evaluate({
      config,
      runs: [run('old', { accuracy: 0.99 }, 'iris', T0 - HOUR)],
      ledger: first.ledger,
      now: T0 + HOUR,
      stateless: false,
    });
    expect(late.events).toEqual([]);
    expect(late.results[0]).toMatchObject({ state: 'firing', rerun: true });
  });

  it('a re-run of an older run changes nothing: stored runs, their order and values, baselines and recent values', () => {
    const config = rules('change: { from: previous, unit: percent }');
    config.alerts[0]!.threshold = -5;
    const at = (ledger: Ledger, id: string, accuracy: number, now: number) =>
      evaluate({ config, runs: [run(id, { accuracy })], ledger, now, stateless: false });
    let ledger = emptyLedger();
    for (const [i, [id, v]] of (
      [
        ['r1', 1],
        ['r2', 0.9],
        ['r3', 0.95],
      ] as const
    ).entries())
      ledger = parseLedger(serializeLedger(at(ledger, id, v, T0 + i * HOUR).ledger), 'h.json');
    const before = serializeLedger(ledger);
    // r2 again, even with another value (a re-run that computed something else).
    const again = at(ledger, 'r2', 0.5, T0 + 4 * HOUR);
    expect(again.events).toEqual([]);
    expect(again.results[0]).toMatchObject({ run: 'r2', rerun: true });
    expect(serializeLedger(again.ledger)).toBe(before);
    expect(again.ledger.runs.get('iris')!.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    // The next run sees the same baseline (the previous run is still r3) and the same recent values.
    const next = at(again.ledger, 'r4', 0.96, T0 + 5 * HOUR);
    const without = at(ledger, 'r4', 0.96, T0 + 5 * HOUR);
    expect(next.results[0]!.baseline).toBe(0.95);
    expect(next.results[0]!.baseline).toBe(without.results[0]!.baseline);
    expect(next.results[0]!.recent).toEqual(without.results[0]!.recent);
    expect(next.results[0]!.recent.map((p) => p.run)).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('a stored run keeps its place and values, and only gains the values of keys it lacked', () => {
    const first = evaluate({
      config: rules(''),
      runs: [run('r1', { accuracy: 0.95, loss: 0.1 }), run('r2', { accuracy: 0.96, loss: 0.2 })],
      ledger: emptyLedger(),
      now: T0,
      stateless: false,
    });
    const withLoss = rules('', '');
    withLoss.alerts.push({
      ...(withLoss.alerts[0] as ThresholdRule),
      name: 'loss',
      metric: 'loss',
      op: '>',
      threshold: 1,
    });
    const again = evaluate({
      config: withLoss,
      runs: [run('r1', { accuracy: 0.5, loss: 0.3 }), run('r2', { accuracy: 0.96, loss: 0.2 })],
      ledger: first.ledger,
      now: T0 + HOUR,
      stateless: false,
    });
    // Runs with no time keep when they were first seen (T0, not the second evaluation's time).
    expect(again.ledger.runs.get('iris')).toEqual([
      { id: 'r1', seen: T0, values: { accuracy: 0.95, loss: 0.3 } },
      { id: 'r2', seen: T0, values: { accuracy: 0.96, loss: 0.2 } },
    ]);
  });

  it('new runs go by their time among stored runs that have one; runs without a time by arrival', () => {
    const config = rules('');
    const first = evaluate({
      config,
      runs: [run('a', { accuracy: 1 }, 'iris', T0), run('c', { accuracy: 1 }, 'iris', T0 + 2 * HOUR)],
      ledger: emptyLedger(),
      now: T0,
      stateless: false,
    });
    const late = evaluate({
      config,
      runs: [run('b', { accuracy: 1 }, 'iris', T0 + HOUR)],
      ledger: first.ledger,
      now: T0 + 3 * HOUR,
      stateless: false,
    });
    // b is older than the instance's last run: not evaluated, nothing sent, and no stored run moves.
    expect(late.results[0]).toMatchObject({ rerun: true, event: null });
    expect(late.ledger.runs.get('iris')!.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    const untimed = evaluate({
      config,
      runs: [run('x', { accuracy: 1 }), run('d', { accuracy: 1 }, 'iris', T0 + 3 * HOUR)],
      ledger: late.ledger,
      now: T0 + 4 * HOUR,
      stateless: false,
    });
    // x (no time) arrived before d: it goes after the stored runs; d by its time, after every stored one.
    expect(untimed.ledger.runs.get('iris')!.map((r) => r.id)).toEqual(['a', 'b', 'c', 'x', 'd']);
  });

  it('a new run without a time goes before the stored run that follows it in the metrics (a whole log read again)', () => {
    const config = rules('', 'history:\n  keep-runs: 3\n');
    const log = (n: number) => Array.from({ length: n }, (_, i) => run(`r${i + 1}`, { accuracy: 1 }));
    const first = evaluate({ config, runs: log(4), ledger: emptyLedger(), now: T0, stateless: false });
    expect(first.ledger.runs.get('iris')!.map((r) => r.id)).toEqual(['r2', 'r3', 'r4']);
    // r1 was pruned: read again, it goes before r2 (and is pruned again), not after r4.
    const next = evaluate({ config, runs: log(5), ledger: first.ledger, now: T0 + HOUR, stateless: false });
    expect(next.ledger.runs.get('iris')!.map((r) => r.id)).toEqual(['r3', 'r4', 'r5']);
    const mixed = evaluate({
      config: rules(''),
      runs: [run('x', { accuracy: 1 }), run('r3', { accuracy: 1 }), run('y', { accuracy: 1 })],
      ledger: first.ledger,
      now: T0 + HOUR,
      stateless: false,
    });
    expect(mixed.ledger.runs.get('iris')!.map((r) => r.id)).toEqual(['r2', 'x', 'r3', 'r4', 'y']);
  });

  it('history: none fires on every breaching evaluation and never resolves', () => {
    const es = sequence(rules('for: 3'), [0.5, 0.5, 0.95, 0.5], { stateless: true });
    expect(events(es)).toEqual(['fired', 'fired', null, 'fired']);
  });

  it('evaluates only the latest run of each experiment, per experiment glob', () => {
    const config = rules('experiment: "iris-*"');
    const e = evaluate({
      config,
      runs: [
        run('a1', { accuracy: 0.5 }, 'iris-a'),
        run('a2', { accuracy: 0.95 }, 'iris-a'),
        run('b1', { accuracy: 0.5 }, 'iris-b'),
        run('c1', { accuracy: 0.1 }, 'mnist'),
      ],
      ledger: emptyLedger(),
      now: T0,
      stateless: false,
    });
    expect(e.results.map((r) => [r.experiment, r.run, r.state])).toEqual([
      ['iris-a', 'a2', 'ok'],
      ['iris-b', 'b1', 'firing'],
    ]);
    // Every run read is recorded for baselines.
    expect(e.ledger.runs.get('iris-a')!.map((r) => r.id)).toEqual(['a1', 'a2']);
  });

  it('orders runs by timestamp when every run has one', () => {
    const e = evaluate({
      config: rules(''),
      runs: [run('late', { accuracy: 0.5 }, 'iris', T0 + HOUR), run('early', { accuracy: 0.95 }, 'iris', T0)],
      ledger: emptyLedger(),
      now: T0,
      stateless: false,
    });
    expect(e.results[0]).toMatchObject({ run: 'late', state: 'firing' });
  });

  it('warns when an alert matches no experiment', () => {
    const e = evaluate({
      config: rules('experiment: cifar'),
      runs: [run('r', { accuracy: 0.5 }, 'iris')],
      ledger: emptyLedger(),
      now: T0,
      stateless: false,
    });
    expect(e.results).toEqual([]);
    expect(e.notes).toEqual([
      expect.objectContaining({ kind: 'unmatched', message: expect.stringContaining('experiments read: iris') }),
    ]);
  });

  it('disabled alerts are listed, never evaluated', () => {
    const e = evaluate({
      config: rules('enabled: false'),
      runs: [run('r', { accuracy: 0.5 })],
      ledger: emptyLedger(),
      now: T0,
      stateless: false,
    });
    expect(e.results).toEqual([]);
    expect(e.disabled.map((a) => a.name)).toEqual(['acc']);
  });
});

describe('evaluate: missing metrics (on-missing)', () => {
  const once = (fields: string, metrics: Record<string, unknown>) =>
    evaluate({ config: rules(fields), runs: [run('r', metrics)], ledger: emptyLedger(), now: T0, stateless: false });

  it('warn: a "no data" row and a note naming the type found', () => {
    const e = once('', { accuracy: 'high' });
    expect(e.results[0]).toMatchObject({ state: 'no data', missing: 'a string', event: null });
    expect(e.notes[0]!.message).toBe(
      'accuracy is not a number (found a string) in run r of experiment iris (alert acc, on-missing: warn)',
    );
    expect(once('', { loss: 1 }).notes[0]!.message).toContain('accuracy is missing in run r');
  });

  it('warn: the note names the closest paths the run reads (did you mean), the result carries them', () => {
    const { config } = loadConfig({
      text: 'version: 1\nalerts:\n  - name: acc\n    metric: eval.mse\n    op: ">"\n    threshold: 1\n',
      file: 'alerts.yml',
      env: {},
    });
    const e = evaluate({
      config,
      runs: [run('r7', { 'eval/mse': 0.2, loss: 1 })],
      ledger: emptyLedger(),
      now: T0,
      stateless: false,
    });
    expect(e.notes[0]!.message).toBe(
      'eval.mse is missing in run r7 of experiment iris (alert acc, on-missing: warn); did you mean `eval/mse`?',
    );
    expect(e.results[0]).toMatchObject({ state: 'no data', missing: 'absent', suggestions: ['eval/mse'] });
    // Several: closest first, "a, b or c".
    const several = once('', { 'eval/accuracy': 0.9, val_accuracy: 0.8, acuracy: 0.7, loss: 1 });
    expect(several.notes[0]!.message).toBe(
      'accuracy is missing in run r of experiment iris (alert acc, on-missing: warn); ' +
        'did you mean `val_accuracy`, `eval/accuracy` or `acuracy`?',
    );
    // A value of the wrong type keeps its wording; nothing close: no suggestion, no suggestions on the result.
    const typed = once('', { accuracy: 'high', loss: 1 });
    expect(typed.notes[0]!.message).toBe(
      'accuracy is not a number (found a string) in run r of experiment iris (alert acc, on-missing: warn)',
    );
    expect(typed.results[0]!.suggestions).toBeUndefined();
    // An object where a number was expected: the paths inside it are suggested.
    expect(once('', { accuracy: { top1: 0.9 } }).notes[0]!.message).toBe(
      'accuracy is not a number (found an object) in run r of experiment iris (alert acc, on-missing: warn); ' +
        'did you mean `accuracy.top1`?',
    );
  });

  it('alert and fail: the result carries the suggestions too', () => {
    for (const onMissing of ['alert', 'fail']) {
      const e = once(`on-missing: ${onMissing}`, { Accuracy: 0.95 });
      expect(e.results[0]!.suggestions).toEqual(['Accuracy']);
    }
  });

  it('ignore: nothing at all', () => {
    const e = once('on-missing: ignore', {});
    expect(e.results).toEqual([]);
    expect(e.notes).toEqual([]);
  });

  it('alert: counts as a breach', () => {
    expect(once('on-missing: alert', { accuracy: null }).results[0]).toMatchObject({
      state: 'firing',
      event: 'fired',
      value: null,
    });
  });

  it('fail: recorded for failing the step afterwards', () => {
    const e = once('on-missing: fail', {});
    expect(e.failedMissing).toHaveLength(1);
    expect(e.results[0]!.state).toBe('no data');
  });

  it.each([
    [true, 'a boolean'],
    [null, 'null'],
    [{}, 'an object'],
    [[], 'an empty list'],
    [[1, 'x'], 'a list holding string'],
  ])('%j counts as missing (%s)', (value, missing) => {
    expect(once('', { accuracy: value }).results[0]).toMatchObject({ state: 'no data', missing });
  });
});

describe('evaluate: reduce and nested paths', () => {
  const value = (fields: string, metrics: Record<string, unknown>, metric = 'accuracy') => {
    const config = rules(fields);
    config.alerts[0]!.metric = metric;
    return evaluate({ config, runs: [run('r', metrics)], ledger: emptyLedger(), now: T0, stateless: false }).results[0]!
      .value;
  };
  it.each([
    ['last', 0.7],
    ['min', 0.5],
    ['max', 0.95],
    ['mean', (0.5 + 0.95 + 0.7) / 3],
  ])('reduce: %s', (reduce, expected) => {
    expect(value(`reduce: ${reduce}`, { accuracy: [0.5, 0.95, 0.7] })).toBeCloseTo(expected);
  });
  it('a NaN in a list makes min/max/mean NaN', () => {
    expect(value('reduce: min', { accuracy: [0.5, NaN] })).toBeNaN();
  });
  it('reads dotted paths; an exact key with a dot wins', () => {
    expect(value('', { eval: { accuracy: 0.5 } }, 'eval.accuracy')).toBe(0.5);
    expect(value('', { 'eval.accuracy': 0.7, eval: { accuracy: 0.5 } }, 'eval.accuracy')).toBe(0.7);
    expect(value('', { a: { 'b.c': 1, b: { c: 2 } } }, 'a.b.c')).toBe(1);
  });
  it('never reads inherited properties', () => {
    expect(value('', {}, 'constructor')).toBeNull();
    expect(value('', {}, '__proto__')).toBeNull();
  });
});

describe('evaluate: change against a baseline', () => {
  const config = (change: string) => {
    const c = rules(`change: ${change}`);
    c.alerts[0]!.op = '<';
    c.alerts[0]!.threshold = -5;
    return c;
  };
  it('percent drop against the previous run', () => {
    // 0.8 is 11% below 0.9: fires. 0.7 is 12.5% below 0.8: still firing. 0.69 is 1.4% below 0.7: resolves.
    const es = sequence(config('{ from: previous, unit: percent }'), [0.9, 0.8, 0.7, 0.69]);
    expect(es.map((e) => e.results[0]!.state)).toEqual(['no baseline', 'firing', 'firing', 'ok']);
    expect(es[1]!.results[0]!.baseline).toBe(0.9);
    expect(es[1]!.results[0]!.change).toBeCloseTo(-11.111, 2);
    expect(events(es)).toEqual([null, 'fired', null, 'resolved']);
  });
  it('mean, max, min and median of the window, with fewer earlier runs than the window', () => {
    const baselineAfter = (from: string, values: number[]) =>
      sequence(config(`{ from: ${from}, window: 3 }`), values).at(-1)!.results[0]!.baseline;
    expect(baselineAfter('mean', [1, 2, 3, 4, 0])).toBeCloseTo(3);
    expect(baselineAfter('max', [5, 1, 2, 3, 0])).toBe(3);
    expect(baselineAfter('min', [0, 4, 2, 3, 9])).toBe(2);
    expect(baselineAfter('median', [1, 9, 2, 3, 9])).toBe(3);
    expect(baselineAfter('mean', [2, 4, 0])).toBe(3);
  });
  it('a zero baseline with percent is "no baseline"', () => {
    expect(sequence(config('{ from: previous, unit: percent }'), [0, 1]).at(-1)!.results[0]).toMatchObject({
      state: 'no baseline',
      baseline: 0,
    });
  });
  it('uses earlier runs of the artifact itself with history: none', () => {
    const e = evaluate({
      config: config('{ from: previous, unit: percent }'),
      runs: [run('a', { accuracy: 1 }), run('b', { accuracy: 0.5 })],
      ledger: emptyLedger(),
      now: T0,
      stateless: true,
    });
    expect(e.results[0]).toMatchObject({ baseline: 1, change: -50, state: 'firing' });
  });

  it('keeps working with for, recover-threshold (on the change), repeat, reduce and on-missing', () => {
    const withFields = (fields: string) => {
      const c = rules(`change: { from: previous, unit: percent }\n${fields}`);
      c.alerts[0]!.threshold = -5;
      return c;
    };
    expect(states(sequence(withFields('for: 2'), [1, 0.9, 0.8, 0.9]))).toEqual([
      'no baseline',
      'pending',
      'firing',
      'ok',
    ]);
    // recover-threshold -1: -2.2% is no longer a breach but not recovered either; 0% recovers.
    const hysteresis = sequence(withFields('recover-threshold: -1'), [1, 0.9, 0.88, 0.88]);
    expect(states(hysteresis)).toEqual(['no baseline', 'firing', 'firing', 'ok']);
    expect(events(hysteresis)).toEqual([null, 'fired', null, 'resolved']);
    expect(events(sequence(withFields('repeat: every-run'), [1, 0.9, 0.8]))).toEqual([null, 'fired', 'reminder']);
    const reduced = evaluate({
      config: withFields('reduce: max'),
      runs: [run('a', { accuracy: [0.2, 1] }), run('b', { accuracy: [0.9, 0.5] })],
      ledger: emptyLedger(),
      now: T0,
      stateless: true,
    });
    expect(reduced.results[0]).toMatchObject({ value: 0.9, baseline: 1, state: 'firing' });
    const missing = sequence(withFields('on-missing: alert'), [1, undefined]);
    expect(missing[1]!.results[0]).toMatchObject({ state: 'firing', event: 'fired', value: null });
  });
});

describe('evaluate: history bounds', () => {
  it('keeps at most keep-runs runs per experiment and keep-events events per instance', () => {
    const config = rules('repeat: every-run', 'history:\n  keep-runs: 3\n  keep-events: 2\n');
    const es = sequence(config, [0.5, 0.5, 0.5, 0.5, 0.5]);
    const last = es.at(-1)!.ledger;
    expect(last.runs.get('iris')!.map((r) => r.id)).toEqual(['r2', 'r3', 'r4']);
    expect(last.events.map((e) => [e.run, e.kind])).toEqual([
      ['r3', 'reminder'],
      ['r4', 'reminder'],
    ]);
  });
});
