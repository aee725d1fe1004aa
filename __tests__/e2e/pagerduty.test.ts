// The pagerduty channel through dist/index.js, run as a runner runs it, against a loopback Events API v2 stand-in that
// validates every event as PagerDuty documents and keeps incidents by dedup_key (__tests__/helpers/pagerduty-server.ts):
// one incident key over an instance's whole life (fire, re-run, reminder, resolve, fire again); 429 and 5xx retried;
// 400 final and not re-sent; hostile names as data in one clipped summary line; two concurrent runs with history: git
// that see the same transition send one trigger; the routing key never in the log, summary or outputs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cloneOf, holdPushes, ledgerOn, originWith, racedWrites } from '../helpers/git-repo.js';
import { RATE_LIMITED, ROUTING_KEY, startPagerDuty, type PagerDutyStandIn } from '../helpers/pagerduty-server.js';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';

const HISTORY = 'alerts-history.json';
const RULES = (repeat = 'never', extra = '') => `version: 1
channels:
  oncall:
    type: pagerduty
    routing-key: \${PD_ROUTING_KEY}
    url: \${PD_URL}
alerts:
  - name: accuracy-regression
    metric: accuracy
    op: "<"
    threshold: 0.9
    severity: critical
    repeat: ${repeat}
    runbook: https://wiki.example.com/runbooks/accuracy
    channels: [oncall]
    labels: { team: vision }
${extra}`;

type Ledger = { events: { kind: string; deliveries: Record<string, unknown>[] }[] };

let pd: PagerDutyStandIn;
beforeAll(async () => {
  pd = await startPagerDuty();
});
afterAll(() => pd.close());
beforeEach(() => pd.reset());

function workspace(rules = RULES()): string {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': rules });
  return ws;
}
const ledger = (ws: string): Ledger => JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8')) as Ledger;

function step(
  ws: string,
  runs: { experiment: string; run: string; accuracy: number }[],
  runId: string,
  over: Partial<ActionOptions> & { key?: string; history?: string } = {},
) {
  const lines = runs.map((r) =>
    JSON.stringify({ experiment: r.experiment, run_id: r.run, metrics: { accuracy: r.accuracy } }),
  );
  writeFiles(ws, { 'out/runs.jsonl': `${lines.join('\n')}\n` });
  return runAction({
    workspace: ws,
    runId,
    inputs: { metrics: 'out/runs.jsonl', history: over.history ?? 'file' },
    ...over,
    env: { PD_URL: pd.url(), PD_ROUTING_KEY: over.key ?? ROUTING_KEY, ...over.env },
  });
}

/** The routing key only where it is registered with the runner's masking. */
function expectNoKey(
  run: { stdout: string; stderr: string; summary: string; outputs: Record<string, string> },
  key = ROUTING_KEY,
) {
  expect(run.stdout).toContain(`::add-mask::${key}\n`);
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(`${stdout}\n${run.stderr}\n${run.summary}\n${JSON.stringify(run.outputs)}`).not.toContain(key);
}

const accepted = () => pd.received.filter((r) => r.status === 202);

describe('pagerduty through dist', () => {
  it('one incident key over the life: fire, re-run nothing, reminder, resolve, fire again', async () => {
    const ws = workspace();
    const fired = await step(ws, [{ experiment: 'iris', run: 'r1', accuracy: 0.78 }], '7001');
    expect(fired.code).toBe(0);
    expect(fired.outputs).toMatchObject({ fired: '1', 'failed-deliveries': '0' });
    expectNoKey(fired);
    expect(pd.received).toHaveLength(1);
    const first = pd.received[0]!.json;
    expect(pd.received[0]!.errors).toBeUndefined();
    expect(first).toMatchObject({
      routing_key: ROUTING_KEY,
      event_action: 'trigger',
      payload: {
        severity: 'critical',
        source: 'acme/vision',
        component: 'iris',
        group: 'accuracy-regression',
        class: 'accuracy',
        custom_details: { value: 0.78, threshold: 0.9, metric: 'accuracy', experiment: 'iris', run: 'r1' },
      },
      client: 'metric-alerts',
    });
    expect(first.payload!.summary).toMatch(/^\[critical\] accuracy-regression firing on iris \(accuracy = 0\.78/);
    expect(first.payload!.custom_details!.labels).toEqual({ team: 'vision' });
    expect(first.links).toEqual(
      expect.arrayContaining([{ href: 'https://wiki.example.com/runbooks/accuracy', text: 'Runbook' }]),
    );

    // A re-run of the job, and a later run still below: nothing new to send.
    expect(
      (await step(ws, [{ experiment: 'iris', run: 'r1', accuracy: 0.78 }], '7001', { runAttempt: '2' })).code,
    ).toBe(0);
    expect((await step(ws, [{ experiment: 'iris', run: 'r2', accuracy: 0.8 }], '7002')).code).toBe(0);
    expect(pd.received).toHaveLength(1);

    // A reminder (repeat: every-run) triggers again on the same key: it adds to the open incident.
    writeFiles(ws, { 'alerts.yml': RULES('every-run') });
    expect((await step(ws, [{ experiment: 'iris', run: 'r3', accuracy: 0.8 }], '7003')).code).toBe(0);
    const resolved = await step(ws, [{ experiment: 'iris', run: 'r4', accuracy: 0.95 }], '7004');
    expect(resolved.outputs).toMatchObject({ resolved: '1' });
    expect((await step(ws, [{ experiment: 'iris', run: 'r5', accuracy: 0.5 }], '7005')).outputs.fired).toBe('1');

    expect(pd.received.map((r) => [r.status, r.json.event_action])).toEqual([
      [202, 'trigger'],
      [202, 'trigger'],
      [202, 'resolve'],
      [202, 'trigger'],
    ]);
    expect(pd.received.map((r) => r.json.dedup_key)).toEqual(Array(4).fill(first.dedup_key));
    expect([...pd.incidents.values()]).toEqual([
      { dedupKey: first.dedup_key, open: true, actions: ['trigger', 'trigger', 'resolve', 'trigger'], opened: 2 },
    ]);
    expect(ledger(ws).events.map((e) => [e.kind, e.deliveries[0]?.ok])).toEqual([
      ['fired', true],
      ['reminder', true],
      ['resolved', true],
      ['fired', true],
    ]);
  }, 120_000);

  it('429 (no Retry-After) and 503 are retried with the same event; one incident', async () => {
    pd.answer(RATE_LIMITED, { status: 503, body: '{"status":"unavailable"}' });
    const ws = workspace();
    const r = await step(ws, [{ experiment: 'iris', run: 'r1', accuracy: 0.5 }], '7101');
    expect(r.code).toBe(0);
    expect(pd.received.map((x) => x.status)).toEqual([429, 503, 202]);
    expect(new Set(pd.received.map((x) => x.body)).size).toBe(1);
    expect(pd.incidents.size).toBe(1);
    expect(r.outputs['failed-deliveries']).toBe('0');
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'oncall', ok: true, status: 202, attempts: 3 }),
    ]);
  }, 120_000);

  it('400 (an invalid event) is final, reported with PagerDuty errors, not re-sent; the key never shown', async () => {
    const bad = 'short-routing-key-0123456789';
    const ws = workspace();
    const r = await step(ws, [{ experiment: 'iris', run: 'r1', accuracy: 0.5 }], '7201', { key: bad });
    expect(r.code).toBe(0);
    expect(pd.received.map((x) => x.status)).toEqual([400]);
    expect(r.outputs['failed-deliveries']).toBe('1');
    expect(`${r.stdout}\n${r.summary}`).toContain("Event object is invalid: Length of 'routing_key' is incorrect");
    expectNoKey(r, bad);
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'oncall', ok: false, status: 400, retryable: false }),
    ]);
    await step(ws, [{ experiment: 'iris', run: 'r2', accuracy: 0.5 }], '7202', { key: bad });
    expect(pd.received).toHaveLength(1);
  }, 120_000);

  it('hostile names are data in custom_details; the summary is one line within 1,024 characters', async () => {
    const names = [
      '<!channel> @here [x](https://evil.example) **b**',
      '::stop-commands::abc',
      `##[error]x \u202Egnp.exe\u2066 ${'z'.repeat(1500)}`,
    ];
    const ws = workspace();
    const r = await step(
      ws,
      names.map((n, i) => ({ experiment: n, run: `%0A::error::run${i}\nx`, accuracy: 0.5 })),
      '7301',
    );
    expect(r.code).toBe(0);
    expect(accepted()).toHaveLength(3);
    const events = pd.received.map((x) => x.json);
    expect(events.map((e) => e.payload!.custom_details!.experiment).sort()).toEqual([...names].sort());
    for (const e of events) {
      const summary = e.payload!.summary as string;
      expect(summary.length).toBeLessThanOrEqual(1024);
      expect(summary).not.toMatch(/[\n\r\u202E\u2066]/);
    }
    expect(new Set(events.map((e) => e.dedup_key)).size).toBe(3);
    expect(pd.received.map((x) => x.body).join('')).not.toMatch(/[\u202E\u2066]/);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::stop-commands'))).toEqual([]);
  }, 120_000);

  it('test-channels sends one change event "wired up" (no incident, nobody paged) and records nothing', async () => {
    const ws = workspace();
    const r = await runAction({
      workspace: ws,
      inputs: { 'test-channels': 'true', history: 'file' },
      env: { PD_URL: pd.url(), PD_ROUTING_KEY: ROUTING_KEY },
    });
    expect(r.code).toBe(0);
    expectNoKey(r);
    expect(pd.received.map((x) => [x.status, x.path])).toEqual([[202, '/v2/change/enqueue']]);
    expect(pd.incidents.size).toBe(0);
    expect(pd.changes).toHaveLength(1);
    expect(pd.changes[0]!.payload!.summary).toContain('wired up');
    expect(existsSync(path.join(ws, HISTORY))).toBe(false);
  });

  it('history: git, two concurrent runs seeing the same transition send ONE trigger', async () => {
    const origin = originWith({ 'alerts.yml': RULES() });
    const [a, b] = [cloneOf(origin), cloneOf(origin)];
    holdPushes(origin, 2);
    const runs = await Promise.all(
      [a, b].map((ws, i) =>
        step(ws!, [{ experiment: 'shared', run: `run-${i}`, accuracy: 0.5 }], String(7400 + i), { history: 'git' }),
      ),
    );
    for (const r of runs) expect(r.code).toBe(0);
    // The race happened: one run's claim lost, it evaluated again on the winner's ledger and sent nothing.
    expect(racedWrites(runs.map((r) => r.stdout))).toBe(1);
    expect(pd.received.map((x) => [x.status, x.json.event_action])).toEqual([[202, 'trigger']]);
    expect(pd.incidents.size).toBe(1);
    expect(runs.reduce((n, r) => n + Number(r.outputs.fired), 0)).toBe(1);
    // Both runs were evaluated and recorded: the one that lost the race saw the transition already claimed.
    const stored = ledgerOn(origin);
    expect(stored.runs.flatMap((e) => e.runs.map((r) => r.id)).sort()).toEqual(['run-0', 'run-1']);
    const events = stored.events;
    expect(events).toHaveLength(1);
    expect(events[0]!.deliveries).toEqual([expect.objectContaining({ channel: 'oncall', ok: true, status: 202 })]);
  }, 180_000);
});
