// The silences stage after evaluate(): what is recorded, what is planned for delivery, and the one late fire.
import { describe, expect, it } from '@jest/globals';
import { compileRules, loadConfig } from '../../src/core/config/load.js';
import { memoFor, usableMemo } from '../../src/core/config/memo.js';
import { planDeliveries, plannedIds } from '../../src/core/deliveries.js';
import { readingOf } from '../../src/core/digest.js';
import { evaluate, type Evaluation } from '../../src/core/evaluate.js';
import { formatReading } from '../../src/core/format.js';
import {
  emptyLedger,
  eventId,
  instanceKey,
  parseLedger,
  serializeLedger,
  withDeliveries,
  type Ledger,
} from '../../src/core/history/ledger.js';
import { silencesSection } from '../../src/core/report/summary.js';
import { applySilences } from '../../src/core/silence-events.js';
import type { Config, Silence } from '../../src/core/types.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-20T10:00:00Z');
const UNTIL: Silence = { alerts: 'acc', experiments: 'iris', reason: 'retraining', until: '2026-11-20T12:30:00.000Z' };

function rules(fields = ''): Config {
  const text = `version: 1\nchannels:\n  ch:\n    type: webhook\n    url: https://example.com/hook\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n    channels: [ch]\n${fields}`;
  return loadConfig({ text, file: 'alerts.yml', env: {} }).config;
}

interface Step {
  ev: Evaluation;
  /** Ids of the events this run sends (new ones and owed ones). */
  sent: string[];
}

/** One evaluation per value (an hour apart unless `at` is given), through the stage, the ledger round-tripped. */
function sequence(
  config: Config,
  steps: { value: number; silences?: Silence[]; at?: number; run?: string; experiment?: string }[],
  stateless = false,
): { steps: Step[]; ledger: Ledger } {
  let ledger = emptyLedger();
  const out = steps.map((s, i) => {
    const now = s.at ?? T0 + i * HOUR;
    const evaluated = evaluate({
      config,
      runs: [{ experiment: s.experiment ?? 'iris', id: s.run ?? `r${i}`, metrics: { accuracy: s.value }, source: 't' }],
      ledger,
      now,
      stateless,
    });
    const silences = s.silences ?? [UNTIL];
    const ev = applySilences(evaluated, { silences, now, stateless, history: config.history });
    const plan = planDeliveries({
      fresh: ev.events,
      earlier: stateless ? [] : ledger.events,
      now,
      policy: 'all',
      claimIsLive: () => false,
    });
    // Every planned event is delivered: only what a run must still send is planned by the next one.
    const sent = [...plannedIds(plan)];
    const at = new Date(now).toISOString();
    const delivered = new Map(sent.map((id) => [id, [{ channel: 'ch', ok: true, attempts: 1, at }]]));
    ledger = parseLedger(serializeLedger(withDeliveries(ev.ledger, delivered)), 'h.json');
    return { ev, sent };
  });
  return { steps: out, ledger };
}

const kinds = (s: Step) => s.ev.events.map((e) => `${e.kind}${e.silenced ? ' (silenced)' : ''}`);

describe('silences after evaluate', () => {
  it('a silenced fire is recorded and not sent; once the silence ends, one fired event says since when; then nothing', () => {
    const values = [0.8, 0.8, 0.8, 0.8, 0.8].map((value) => ({ value }));
    // 10:00, 11:00 and 12:00 are inside the silence (until 12:30); 13:00 and 14:00 after it.
    const inside = sequence(rules(), values.slice(0, 3));
    expect(inside.steps.map(kinds)).toEqual([['fired (silenced)'], [], []]);
    expect(inside.steps.map((s) => s.sent.length)).toEqual([0, 0, 0]);
    expect(inside.ledger.instances.get(instanceKey('acc', 'iris'))?.silencedFire).toBe(true);
    const late = sequence(rules(), values);
    const [, , , fourth, fifth] = late.steps;
    expect(kinds(fourth!)).toEqual(['fired']);
    const fired = fourth!.ev.events[0]!;
    expect(fired).toMatchObject({
      kind: 'fired',
      afterSilence: true,
      firingSince: '2026-11-20T10:00:00.000Z',
      firingRuns: 4,
      notify: true,
    });
    expect(fired.silenced).toBeUndefined();
    expect(fourth!.sent).toEqual([eventId(fired)]);
    expect(fourth!.ev.results[0]).toMatchObject({ event: 'fired', state: 'firing' });
    expect(fourth!.ev.results[0]!.silence).toBeUndefined();
    expect(formatReading(readingOf(fired, undefined), undefined)).toBe(
      'accuracy = 0.8, condition < 0.9; firing since 2026-11-20 10:00 UTC (4 runs / 3 h), held back by a silence',
    );
    expect(kinds(fifth!)).toEqual([]);
    expect(fifth!.sent).toEqual([]);
    // The silenced event stays recorded as silenced, and was never owed to any later run.
    expect(late.ledger.events.map((e) => [e.kind, e.silenced ?? false])).toEqual([
      ['fired', true],
      ['fired', false],
    ]);
    expect(late.ledger.instances.get(instanceKey('acc', 'iris'))?.silencedFire).toBeUndefined();
  });

  it('fired and resolved inside the silence: nothing is sent, then or after', () => {
    const { steps, ledger } = sequence(rules(), [{ value: 0.8 }, { value: 0.95 }, { value: 0.95 }, { value: 0.95 }]);
    expect(steps.map(kinds)).toEqual([['fired (silenced)'], ['resolved (silenced)'], [], []]);
    expect(steps.flatMap((s) => s.sent)).toEqual([]);
    expect(ledger.instances.get(instanceKey('acc', 'iris'))).toMatchObject({ state: 'ok' });
    expect(ledger.instances.get(instanceKey('acc', 'iris'))?.silencedFire).toBeUndefined();
  });

  it('a fire held back that resolves on the first run after the silence: its resolve is held back too', () => {
    const { steps } = sequence(rules(), [{ value: 0.8 }, { value: 0.95, at: T0 + 3 * HOUR }]);
    expect(steps.map(kinds)).toEqual([['fired (silenced)'], ['resolved (silenced)']]);
    expect(steps.flatMap((s) => s.sent)).toEqual([]);
  });

  it('a fire sent before the silence that resolves inside it: the resolve goes out once after it, so no incident stays open', () => {
    const { steps, ledger } = sequence(rules(), [
      { value: 0.8, silences: [] },
      { value: 0.95 },
      { value: 0.95 },
      { value: 0.95, at: T0 + 3 * HOUR },
      { value: 0.95, at: T0 + 4 * HOUR },
    ]);
    expect(steps.map(kinds)).toEqual([['fired'], ['resolved (silenced)'], [], ['resolved'], []]);
    expect(steps.map((s) => s.sent.length)).toEqual([1, 0, 0, 1, 0]);
    const resolved = steps[3]!.ev.events[0]!;
    expect(resolved).toMatchObject({ kind: 'resolved', afterSilence: true, notify: true, state: 'ok' });
    expect(formatReading(readingOf(resolved, undefined), undefined)).toBe(
      'accuracy = 0.95, back above 0.9, resolved during a silence',
    );
    expect(ledger.instances.get(instanceKey('acc', 'iris'))?.silencedResolve).toBeUndefined();
    // The summary says it resolved, not that it is still firing.
    expect(silencesSection(steps[3]!.ev.results, [])).toEqual([
      '',
      '### 🔕 Silences',
      '',
      '',
      '**Resolved during a silence, sent now that it is over:** acc · iris (resolved)',
    ]);
  });

  it('a resolve held back, then the instance fires again after the silence: its fired event goes, no stale resolve', () => {
    const { steps, ledger } = sequence(rules(), [
      { value: 0.8, silences: [] },
      { value: 0.95 },
      { value: 0.8, at: T0 + 3 * HOUR },
      { value: 0.8, at: T0 + 4 * HOUR },
    ]);
    expect(steps.map(kinds)).toEqual([['fired'], ['resolved (silenced)'], ['fired'], []]);
    expect(steps.map((s) => s.sent.length)).toEqual([1, 0, 1, 0]);
    expect(ledger.instances.get(instanceKey('acc', 'iris'))?.silencedResolve).toBeUndefined();
  });

  it('notify-resolved: false holds no resolve back', () => {
    const { steps } = sequence(rules('    notify-resolved: false\n'), [
      { value: 0.8, silences: [] },
      { value: 0.95 },
      { value: 0.95, at: T0 + 3 * HOUR },
    ]);
    expect(steps.map(kinds)).toEqual([['fired'], ['resolved (silenced)'], []]);
  });

  it('a reminder inside a silence is silenced; a fire sent before the silence is not sent again after it', () => {
    const config = rules('    repeat: every-run\n');
    const { steps } = sequence(config, [
      { value: 0.8, silences: [] },
      { value: 0.8 },
      { value: 0.8, at: T0 + 3 * HOUR },
    ]);
    expect(steps.map(kinds)).toEqual([['fired'], ['reminder (silenced)'], ['reminder']]);
    expect(steps.map((s) => s.sent.length)).toEqual([1, 0, 1]);
  });

  it('a reminder due on the first run after the silence is sent as the one fired event', () => {
    const { steps } = sequence(rules('    repeat: every-run\n'), [{ value: 0.8 }, { value: 0.8, at: T0 + 3 * HOUR }]);
    expect(steps.map(kinds)).toEqual([['fired (silenced)'], ['fired']]);
    expect(steps[1]!.ev.events[0]).toMatchObject({ afterSilence: true, firingSince: '2026-11-20T10:00:00.000Z' });
    expect(steps[1]!.sent).toHaveLength(1);
  });

  it('a re-run after the silence changes nothing; the next new run sends the held-back fire', () => {
    const { steps } = sequence(rules(), [
      { value: 0.8, run: 'a' },
      { value: 0.8, run: 'a', at: T0 + 3 * HOUR },
      { value: 0.8, run: 'b', at: T0 + 4 * HOUR },
    ]);
    expect(steps.map(kinds)).toEqual([['fired (silenced)'], [], ['fired']]);
  });

  it('only matching instances are silenced: another experiment fires as usual', () => {
    const { steps } = sequence(rules(), [{ value: 0.8, experiment: 'mnist' }]);
    expect(steps.map(kinds)).toEqual([['fired']]);
    expect(steps[0]!.ev.results[0]!.silence).toBeUndefined();
  });

  it('history: none: silenced events are simply not sent, and nothing is remembered', () => {
    const { steps } = sequence(rules(), [{ value: 0.8 }, { value: 0.8, at: T0 + 3 * HOUR }], true);
    expect(steps.map(kinds)).toEqual([['fired (silenced)'], ['fired']]);
    expect(steps[0]!.sent).toEqual([]);
    expect(steps[1]!.ev.events[0]!.afterSilence).toBeUndefined();
    expect(steps[0]!.ev.results[0]!.silence).toBe(UNTIL);
  });

  it('a weekly window silences inside and not outside', () => {
    const weekly: Silence = {
      reason: 'weekend',
      every: { start: 5 * 1440, end: 360, timeZone: 'Europe/Berlin', text: 'Sat 00:00 - Mon 06:00' },
    };
    const saturday = Date.parse('2026-11-21T12:00:00Z');
    const { steps } = sequence(rules(), [
      { value: 0.8, silences: [weekly], at: saturday },
      { value: 0.95, silences: [weekly], at: saturday + HOUR },
      { value: 0.8, silences: [weekly], at: Date.parse('2026-11-23T05:00:00Z') }, // Mon 06:00 in Berlin: over
    ]);
    expect(steps.map(kinds)).toEqual([['fired (silenced)'], ['resolved (silenced)'], ['fired']]);
    expect(steps[2]!.ev.events[0]!.afterSilence).toBeUndefined();
  });
});

describe('silences in the ledger and the rules memo', () => {
  it('silencedFire is read back only as true; a ledger without it loads as before', () => {
    const doc = (extra: Record<string, unknown>) =>
      JSON.stringify({
        version: 1,
        instances: [{ alert: 'acc', experiment: 'iris', state: 'firing', streak: 1, since: 'x', runs: [], ...extra }],
        runs: [],
        events: [],
      });
    const key = instanceKey('acc', 'iris');
    expect(parseLedger(doc({ silencedFire: true }), 'h.json').instances.get(key)?.silencedFire).toBe(true);
    expect(parseLedger(doc({ silencedFire: 'yes' }), 'h.json').instances.get(key)).not.toHaveProperty('silencedFire');
    expect(parseLedger(doc({}), 'h.json').instances.get(key)).not.toHaveProperty('silencedFire');
  });

  it('compiled silences are kept in the memo and reused; a memo with a malformed silence is not', () => {
    const text = `version: 1\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\nsilences:\n  - every: "Sat 00:00 - Mon 06:00"\n    timezone: Europe/Berlin\n    reason: weekend\n`;
    const { rules } = compileRules(text, 'alerts.yml');
    const memo = memoFor(text, rules)!;
    expect(usableMemo(JSON.parse(JSON.stringify(memo)), text)?.rules.silences).toEqual(rules.silences);
    const bad = JSON.parse(JSON.stringify(memo));
    bad.rules.silences[0].silence.every.timeZone = 'Mars/Base';
    expect(usableMemo(bad, text)).toBeUndefined();
  });
});
