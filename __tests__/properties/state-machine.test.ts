// Property: over any sequence of runs, the alert state machine keeps its invariants, and every event sent has its
// delivery recorded.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { runCheck, type CheckIO } from '../../src/app/check.js';
import type { HistoryStore } from '../../src/app/ports.js';
import { loadConfig } from '../../src/core/config/load.js';
import { evaluate } from '../../src/core/evaluate.js';
import { emptyLedger, parseLedger, serializeLedger, type Ledger } from '../../src/core/history/ledger.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const VALUES = { good: 0.95, between: 0.91, bad: 0.5, nan: NaN } as const;
type Value = keyof typeof VALUES | 'missing';

const step = fc.record({
  value: fc.constantFrom<Value>('good', 'between', 'bad', 'nan', 'missing'),
  rerun: fc.boolean(),
  /** A re-run of the latest run (0) or of an older one. */
  back: fc.integer({ min: 0, max: 3 }),
});
const rule = fc.record({
  for: fc.integer({ min: 1, max: 3 }),
  repeat: fc.constantFrom('never', 'every-run'),
  recover: fc.boolean(),
  notifyResolved: fc.boolean(),
  onMissing: fc.constantFrom('warn', 'alert', 'ignore'),
});

function rulesText(r: {
  for: number;
  repeat: string;
  recover: boolean;
  notifyResolved: boolean;
  onMissing: string;
}): string {
  return [
    'version: 1',
    'channels:',
    '  team:',
    '    type: slack',
    '    url: ${URL}',
    'alerts:',
    '  - name: acc',
    '    metric: accuracy',
    '    op: "<"',
    '    threshold: 0.9',
    '    channels: [team]',
    `    for: ${r.for}`,
    `    repeat: ${r.repeat}`,
    `    notify-resolved: ${r.notifyResolved}`,
    `    on-missing: ${r.onMissing}`,
    ...(r.recover ? ['    recover-threshold: 0.92'] : []),
    '',
  ].join('\n');
}

type LedgerJson = { instances: unknown[]; runs: { runs: { id: string; values: Record<string, unknown> }[] }[] };

const metricsOf = (v: Value) => (v === 'missing' ? { loss: 1 } : { accuracy: VALUES[v] });

describe('the state machine over arbitrary run sequences', () => {
  it('a re-run changes nothing; fired and resolved alternate; reminders only while firing; for is honoured', () => {
    fc.assert(
      fc.property(rule, fc.array(step, { minLength: 1, maxLength: 25 }), (r, steps) => {
        const { config } = loadConfig({
          text: rulesText(r),
          file: 'alerts.yml',
          env: { URL: 'https://hooks.slack.com/services/T/B/x' },
        });
        let ledger: Ledger = emptyLedger();
        let runNo = 0;
        let firing = false;
        let streak = 0;
        const evaluatedRuns = new Set<number>();
        for (const [i, s] of steps.entries()) {
          // A re-run repeats an earlier run id (the last, or an older one); it changes nothing once that run was
          // evaluated (had its metric).
          if (!(s.rerun && runNo > 0)) runNo++;
          const id = s.rerun ? Math.max(1, runNo - s.back) : runNo;
          const isRerun = evaluatedRuns.has(id);
          const before = serializeLedger(ledger);
          const ev = evaluate({
            config,
            runs: [{ experiment: 'iris', id: `r${id}`, metrics: metricsOf(s.value), source: 't' }],
            ledger,
            now: Date.parse('2026-11-20T00:00:00Z') + i * 3_600_000,
            stateless: false,
          });
          if (isRerun) {
            expect(ev.events).toEqual([]);
            const after = JSON.parse(serializeLedger(ev.ledger)) as LedgerJson;
            const prior = JSON.parse(before) as LedgerJson;
            expect(after.instances).toEqual(prior.instances);
            // Stored runs keep their order and values (a run only gains a value it lacked).
            const runsOf = (l: LedgerJson) => l.runs.flatMap((e) => e.runs);
            expect(runsOf(after).map((r) => r.id)).toEqual(runsOf(prior).map((r) => r.id));
            runsOf(prior).forEach((r, k) => expect(runsOf(after)[k]!.values).toMatchObject(r.values));
            continue;
          }
          const evaluated = s.value !== 'missing' || r.onMissing === 'alert';
          if (evaluated) evaluatedRuns.add(id);
          const breach = s.value === 'bad' || s.value === 'nan' || (s.value === 'missing' && r.onMissing === 'alert');
          if (evaluated) streak = breach ? streak + 1 : 0;
          expect(ev.events.length).toBeLessThanOrEqual(1);
          const e = ev.events[0];
          if (e?.kind === 'fired') {
            expect(firing).toBe(false);
            expect(streak).toBeGreaterThanOrEqual(r.for);
            firing = true;
          } else if (e?.kind === 'resolved') {
            expect(firing).toBe(true);
            expect(breach).toBe(false);
            firing = false;
          } else if (e?.kind === 'reminder') {
            expect(firing).toBe(true);
            expect(r.repeat).toBe('every-run');
          }
          if (evaluated) expect(ev.results[0]!.state === 'firing').toBe(firing);
          ledger = parseLedger(serializeLedger(ev.ledger), 'h.json');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('every event that is sent has its delivery recorded in the history', async () => {
    await fc.assert(
      fc.asyncProperty(
        rule,
        fc.array(fc.constantFrom<Value>('good', 'between', 'bad', 'nan'), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        async (r, values, slackOk) => {
          let stored: Ledger | undefined;
          const store: HistoryStore = {
            describe: 'memory',
            load: async () => (stored ? parseLedger(serializeLedger(stored), 'memory') : undefined),
            save: async (l) => {
              stored = parseLedger(serializeLedger(l), 'memory');
            },
            update: async (change) => {
              const { ledger, result } = change(await store.load());
              await store.save(ledger);
              return result;
            },
          };
          const sent: string[] = [];
          const quiet = () => undefined;
          for (const [i, v] of values.entries()) {
            const io: CheckIO = {
              readConfig: async () => ({ file: 'alerts.yml', text: rulesText(r) }),
              readMetrics: async () => [{ file: 'm.json', text: JSON.stringify(metricsOf(v)).replace('null', 'NaN') }],
              mask: quiet,
              deliver: async (jobs) =>
                jobs.flatMap((j) =>
                  j.messages.map((m) => {
                    const channel = j.channel.name;
                    sent.push(channel);
                    const outcome = slackOk
                      ? { channel, ok: true, status: 200, attempts: 1 }
                      : { channel, ok: false, status: 400, attempts: 1, error: 'invalid_payload' };
                    return { channel, events: m.events, outcome };
                  }),
                ),
              log: { info: quiet, notice: quiet, warning: quiet, error: quiet, debug: quiet },
            };
            await runCheck(io, {
              env: { URL: 'https://hooks.slack.com/services/T/B/x' },
              identity: { experiment: 'iris', runId: `r${i}` },
              history: async () => store,
              historyWrite: true,
              dryRun: false,
              failOn: 'never',
              ctx: { serverUrl: 'https://github.com' },
              now: Date.parse('2026-11-20T00:00:00Z') + i * 60_000,
            });
          }
          const events = stored?.events ?? [];
          for (const e of events) {
            if (e.notify) expect(e.deliveries.length).toBeGreaterThan(0);
            else expect(e.deliveries).toEqual([]);
            for (const d of e.deliveries) expect(d).toMatchObject({ channel: 'team', ok: slackOk });
          }
          // Each delivery attempt made is on some event (retries of failures included).
          const recorded = events.reduce((n, e) => n + e.deliveries.reduce((m, d) => m + (d.attempts ?? 1), 0), 0);
          if (slackOk) expect(recorded).toBe(sent.length);
        },
      ),
      { numRuns: Math.max(20, RUNS / 5) },
    );
  });
});
