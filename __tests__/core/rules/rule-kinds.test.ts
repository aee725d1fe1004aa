// Status and stale rules: the config (positioned errors), each kind's reading, the enumeration of instances (stale
// experiments known only from the history), and the workflow_run conclusion as a status.
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/core/config/load.js';
import { UserError } from '../../../src/core/diagnostics.js';
import { evaluate, type Evaluation } from '../../../src/core/evaluate.js';
import { wordReading } from '../../../src/core/format.js';
import { emptyLedger, parseLedger, serializeLedger, type Ledger } from '../../../src/core/history/ledger.js';
import { statusOfConclusion, withConclusion } from '../../../src/core/rules/conclusion.js';
import { toResultObject } from '../../../src/core/report/results.js';
import type { Run } from '../../../src/core/types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-08T06:30:00Z');

const configOf = (alert: string) =>
  loadConfig({ text: `version: 1\nalerts:\n  - name: a\n${alert}`, file: 'alerts.yml', env: {} }).config;

function errorsOf(alert: string): string[] {
  try {
    configOf(alert);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).message.split('\n');
  }
  throw new Error('expected the file to be refused');
}

function run(id: string, over: Partial<Run> = {}): Run {
  return { experiment: 'nightly', id, metrics: { loss: 1 }, source: 'test', ...over };
}

/** Evaluations in a row, the ledger carried through a serialise/parse round trip. */
function evaluations(alert: string, steps: { runs: Run[]; now: number }[], ledger: Ledger = emptyLedger()) {
  const config = configOf(alert);
  const out: Evaluation[] = [];
  for (const s of steps) {
    const e = evaluate({ config, runs: s.runs, ledger, now: s.now, stateless: false });
    ledger = parseLedger(serializeLedger(e.ledger), 'h.json');
    out.push(e);
  }
  return out;
}

describe('status and stale rules in alerts.yml', () => {
  it('loads each kind, statuses lower-cased', () => {
    const [s] = configOf('    status: [FAILED, Crashed]\n').alerts;
    expect(s).toMatchObject({ kind: 'status', statuses: ['failed', 'crashed'] });
    expect(s!.metric).toBeUndefined();
    const [t] = configOf('    stale: 2d\n').alerts;
    expect(t).toMatchObject({ kind: 'stale', after: '2d', afterMs: 2 * DAY });
    expect(configOf('    metric: acc\n    op: "<"\n    threshold: 1\n').alerts[0]).toMatchObject({ kind: 'threshold' });
  });

  it('refuses both kinds, no kind, threshold fields on status/stale rules, unknown and empty statuses, with positions', () => {
    expect(errorsOf('    status: [failed]\n    stale: 2d\n')).toEqual([
      'alerts.yml:5:12: alert "a": status and stale are two kinds of rule; give one of them (or make two alerts)',
    ]);
    expect(errorsOf('    severity: critical\n')).toEqual([
      'alerts.yml:3:5: alert "a" names no rule: give metric + op + threshold (a value against a threshold), status: [failed, crashed] (a run\'s status) or stale: DURATION (no new run for that long)',
    ]);
    expect(errorsOf('    status: [failed]\n    metric: acc\n    recover-threshold: 1\n')).toEqual([
      'alerts.yml:5:5: alert "a": metric is not used by a status rule (it breaches on the latest run\'s status); remove it, or make a separate alert for the metric',
      'alerts.yml:6:5: alert "a": recover-threshold is not used by a status rule (it breaches on the latest run\'s status); remove it, or make a separate alert for the metric',
    ]);
    expect(errorsOf('    stale: 2d\n    op: "<"\n    change: {from: previous}\n')).toEqual([
      'alerts.yml:5:5: alert "a": op is not used by a stale rule (it breaches on the newest run\'s age); remove it, or make a separate alert for the metric',
      'alerts.yml:6:5: alert "a": change is not used by a stale rule (it breaches on the newest run\'s age); remove it, or make a separate alert for the metric',
    ]);
    expect(errorsOf('    status: [failed, crashd, Finished]\n')).toEqual([
      'alerts.yml:4:22: unknown status "crashd"; allowed (in any case): failed, crashed, killed, cancelled, timed_out. Did you mean "crashed"?',
      'alerts.yml:4:30: unknown status "Finished"; allowed (in any case): failed, crashed, killed, cancelled, timed_out',
    ]);
    expect(errorsOf('    status: []\n')).toEqual([
      'alerts.yml:4:13: alerts[0].status is an empty list; name the statuses it fires on: failed, crashed, killed, cancelled, timed_out',
    ]);
    expect(errorsOf('    stale: 2 days\n')).toEqual([
      'alerts.yml:4:12: alerts[0].stale cannot be "2 days"; allowed: a duration like 36h, 2d, 1w (s, m, h, d, w)',
    ]);
    expect(errorsOf('    metric: acc\n    op: "<"\n')).toEqual([
      'alerts.yml:3:5: alerts[0].threshold is required but missing',
    ]);
  });
});

describe('status rules', () => {
  const alert = '    status: [failed, crashed]\n';

  it("fire on the latest run's status in any case, and resolve on a run whose status is not in the list (or none)", () => {
    const [fired, again, resolved, none] = evaluations(alert, [
      { runs: [run('r1', { status: 'FAILED' })], now: T0 },
      { runs: [run('r2', { status: 'crashed' })], now: T0 + HOUR },
      { runs: [run('r3', { status: 'FINISHED' })], now: T0 + 2 * HOUR },
      { runs: [run('r4')], now: T0 + 3 * HOUR },
    ]);
    expect(fired!.results[0]).toMatchObject({ state: 'firing', event: 'fired', status: 'failed', value: null });
    expect(again!.results[0]).toMatchObject({ state: 'firing', event: null });
    expect(resolved!.results[0]).toMatchObject({ state: 'ok', event: 'resolved', status: 'finished' });
    expect(none!.results[0]).toMatchObject({ state: 'ok', event: null, status: null });
    const words = wordReading({ ...fired!.results[0]!, event: 'fired' }, undefined);
    expect(`${words.value} (${words.outcome})`).toBe('status = failed (rule: status in failed, crashed)');
    const back = wordReading({ ...resolved!.results[0]!, event: 'resolved' }, undefined);
    expect(`${back.value} · ${back.outcome}`).toMatch(/^status = finished · back: finished is not in the list/);
    expect(toResultObject(fired!.results[0]!)).toMatchObject({
      metric: null,
      op: null,
      threshold: null,
      value: null,
      status: 'failed',
    });
    expect(fired!.events[0]).toMatchObject({ check: 'status', status: 'failed', statuses: ['failed', 'crashed'] });
  });

  it('a re-run of the same run changes nothing', () => {
    const [, rerun] = evaluations(alert, [
      { runs: [run('r1', { status: 'failed' })], now: T0 },
      { runs: [run('r1', { status: 'failed' })], now: T0 + HOUR },
    ]);
    expect(rerun!.results[0]).toMatchObject({ rerun: true, event: null, state: 'firing' });
  });
});

describe('stale rules', () => {
  const alert = '    stale: 2d\n';

  it('read the newest run among the metrics and the history at evaluation time, every run', () => {
    const [first, later, arrived] = evaluations(alert, [
      { runs: [run('old', { at: T0 - 3 * DAY }), run('older', { at: T0 - 4 * DAY })], now: T0 },
      { runs: [], now: T0 + HOUR },
      { runs: [run('new', { at: T0 + 2 * HOUR })], now: T0 + 3 * HOUR },
    ]);
    expect(first!.results[0]).toMatchObject({ run: 'old', state: 'firing', event: 'fired', value: 72 });
    expect(wordReading({ ...first!.results[0]!, event: 'fired' }, undefined)).toEqual({
      value: 'newest run 3 d old',
      outcome: 'rule: stale after 2d',
    });
    // No metrics: the experiment is known from the history; time passed, so it is read again (not a re-run).
    expect(later!.results[0]).toMatchObject({
      experiment: 'nightly',
      run: 'old',
      state: 'firing',
      rerun: false,
      value: 73,
    });
    expect(arrived!.results[0]).toMatchObject({ run: 'new', state: 'ok', event: 'resolved', value: 1 });
    expect(wordReading({ ...arrived!.results[0]!, event: 'resolved' }, undefined)).toEqual({
      value: 'a run 1 h old arrived',
      // It was stale at 2 checks (no new run came: that is what it alerts on), so it counts checks, not runs.
      outcome: 'back within 2d after 2 checks / 3 h',
    });
    expect(toResultObject(first!.results[0]!)).toMatchObject({ run: 'old', value: 72, metric: null, op: null });
  });

  it('evaluate experiments seen only in the history, matching the glob; an experiment never seen has no instance', () => {
    const config = configOf('    stale: 36h\n    experiment: "nightly-*"\n');
    const seeded = evaluate({
      config,
      runs: [
        run('a1', { experiment: 'nightly-a', at: T0 - DAY }),
        run('x1', { experiment: 'other', at: T0 - 9 * DAY }),
      ],
      ledger: emptyLedger(),
      now: T0,
      stateless: false,
    });
    expect(seeded.results.map((r) => [r.experiment, r.state])).toEqual([['nightly-a', 'ok']]);
    const later = evaluate({
      config,
      runs: [run('b1', { experiment: 'nightly-b', at: T0 + DAY })],
      ledger: seeded.ledger,
      now: T0 + DAY + HOUR,
      stateless: false,
    });
    expect(later.results.map((r) => [r.experiment, r.state, r.value])).toEqual([
      ['nightly-b', 'ok', 1],
      ['nightly-a', 'firing', 49],
    ]);
  });

  it('runs without a time age from when the history first saw them; a re-read of the same run does not refresh it', () => {
    // A flat metrics.json names no time: run r1 is first seen at T0, read again (the same file) 3 days later.
    const steps = [
      { runs: [run('r1')], now: T0 },
      { runs: [run('r1')], now: T0 + 3 * DAY },
      { runs: [run('r2')], now: T0 + 3 * DAY + HOUR },
    ];
    const [first, again, fresh] = evaluations(alert, steps);
    expect(first!.results[0]).toMatchObject({ state: 'ok', run: 'r1', value: 0 });
    expect(again!.results[0]).toMatchObject({ state: 'firing', event: 'fired', run: 'r1', value: 72 });
    expect(fresh!.results[0]).toMatchObject({ state: 'ok', event: 'resolved', run: 'r2', value: 0 });
  });

  it('a run stored with no time and no first-seen time (an earlier version) is "no data", said in a note', () => {
    const ledger = emptyLedger();
    ledger.runs.set('nightly', [{ id: 'r1', values: {} }]);
    const e = evaluate({ config: configOf(alert), runs: [], ledger, now: T0, stateless: false });
    expect(e.results[0]).toMatchObject({ state: 'no data', run: 'r1', missing: 'no time' });
    expect(e.notes[0]!.message).toMatch(/^no run of experiment nightly has a time, so alert a \(stale after 2d\)/);
  });

  it('a check with no metrics (a scheduled stale check) has no "matched no experiment" note for the other rules', () => {
    const config = loadConfig({
      text: `version: 1\nalerts:\n  - name: a\n    stale: 2d\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n  - name: crashed\n    status: [failed]\n`,
      file: 'alerts.yml',
      env: {},
    }).config;
    const ledger = emptyLedger();
    ledger.runs.set('nightly', [{ id: 'r1', at: T0 - 3 * DAY, values: {} }]);
    const e = evaluate({ config, runs: [], ledger, now: T0, stateless: false });
    expect(e.results.map((r) => [r.alert, r.state])).toEqual([['a', 'firing']]);
    expect(e.notes).toEqual([]);
  });

  it('a run dated in the future (a wrong clock) cannot keep the experiment fresh', () => {
    const steps = [{ runs: [run('old', { at: T0 - 3 * DAY }), run('future', { at: T0 + 30 * DAY })], now: T0 }];
    const [e] = evaluations(alert, steps);
    expect(e!.results[0]).toMatchObject({ state: 'firing', run: 'old', value: 72 });
  });

  it('for: 2 fires on the second stale evaluation; repeat reminds while it stays stale', () => {
    const steps = [0, 1, 2, 3].map((i) => ({
      runs: i === 0 ? [run('r', { at: T0 - 3 * DAY })] : [],
      now: T0 + i * 6 * HOUR,
    }));
    const events = evaluations('    stale: 2d\n    for: 2\n    repeat: 12h\n', steps).map((e) => e.results[0]!.event);
    expect(events).toEqual([null, 'fired', null, 'reminder']);
  });
});

describe('the workflow_run conclusion', () => {
  it('maps conclusions to statuses', () => {
    expect(
      ['failure', 'startup_failure', 'timed_out', 'cancelled', 'success', 'skipped', 'neutral', undefined].map(
        statusOfConclusion,
      ),
    ).toEqual(['failed', 'failed', 'timed_out', 'cancelled', 'finished', undefined, undefined, undefined]);
  });

  it("is the status of the experiment's runs that name none, or one not over; with no runs, a status-only run", () => {
    const identity = { experiment: 'nightly', runId: '42' };
    expect(withConclusion([], identity, 'failed')).toEqual([
      { experiment: 'nightly', id: '42', status: 'failed', metrics: {}, source: 'the workflow run' },
    ]);
    // An MLflow run JSON names its own run id (abc123): the conclusion is still its experiment's.
    const runs = withConclusion([run('abc123'), run('42', { experiment: 'x' })], identity, 'failed');
    expect(runs.map((r) => r.status)).toEqual(['failed', undefined]);
    // A status that says how the run ended wins; one that says it is not over (a killed run's RUNNING) does not.
    expect(withConclusion([run('42', { status: 'KILLED' })], identity, 'failed')[0]!.status).toBe('KILLED');
    expect(withConclusion([run('a', { status: 'RUNNING' })], identity, 'failed')[0]!.status).toBe('failed');
    expect(withConclusion([run('a', { status: 'running' })], identity, 'finished')[0]!.status).toBe('finished');
  });

  it('a re-run attempt of the same workflow run that ended otherwise is read anew (resolves); the same ending is not', () => {
    const alert = '    status: [failed]\n';
    const attempt = (status: string) => [run('999', { status, metrics: {} })];
    const [failed, sameAgain, succeeded, succeededAgain] = evaluations(alert, [
      { runs: attempt('failed'), now: T0 },
      { runs: attempt('failed'), now: T0 + HOUR },
      { runs: attempt('finished'), now: T0 + 2 * HOUR },
      { runs: attempt('finished'), now: T0 + 3 * HOUR },
    ]);
    expect([failed, sameAgain, succeeded, succeededAgain].map((e) => e!.results[0]!.event)).toEqual([
      'fired',
      null,
      'resolved',
      null,
    ]);
    expect(sameAgain!.results[0]!.rerun).toBe(true);
    expect(succeededAgain!.results[0]!.rerun).toBe(true);
  });
});
