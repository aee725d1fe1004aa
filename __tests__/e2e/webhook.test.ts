// The webhook channel through dist/index.js, run as a runner runs it, against a loopback Standard Webhooks receiver
// that verifies every signature (__tests__/helpers/webhook-receiver.ts): fire, a re-run sends nothing, resolve; 429 and
// 5xx retried with the same webhook-id; final answers (4xx, a redirect, 410) not re-sent; hostile names arrive as data;
// 200 firing alerts within the documented 64 KiB per message; the URL and the secret never in the log or summary.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { closed, validateJsonSchema } from '../helpers/json-schema.js';
import { commandsOf } from '../helpers/runner-log.js';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';
import { PATH, startReceiver, type Received, type WebhookReceiver } from '../helpers/webhook-receiver.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCHEMA = closed(
  JSON.parse(readFileSync(path.join(ROOT, 'schema/webhook-payload.schema.json'), 'utf8')),
) as Record<string, unknown>;
const SECRET = `whsec_${Buffer.from('an-e2e-secret-of-32-bytes-length').toString('base64')}`;
const HISTORY = 'alerts-history.json';

const RULES = (extra = '') => `version: 1
channels:
  hooks:
    type: webhook
    url: \${WEBHOOK_URL}
    secret: \${WEBHOOK_SECRET}
alerts:
  - name: accuracy-regression
    metric: accuracy
    op: "<"
    threshold: 0.9
    severity: critical
    channels: [hooks]
    labels: { team: vision }
${extra}`;

type Payload = { type: string; part: { index: number; count: number }; events: Record<string, any>[] } & Record<
  string,
  any
>;
const payload = (r: Received) => r.json as Payload;
type Ledger = { events: { kind: string; deliveries: Record<string, unknown>[] }[] };

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startReceiver({ secret: SECRET });
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.received.length = 0;
});

function workspace(rules = RULES()): string {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': rules });
  return ws;
}
const ledger = (ws: string): Ledger => JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8')) as Ledger;

/** One step: metrics written as JSON Lines of runs ({experiment, run_id, metrics}). */
function step(
  ws: string,
  runs: { experiment: string; run: string; accuracy: number }[],
  runId: string,
  over: Partial<ActionOptions> = {},
) {
  const lines = runs.map((r) =>
    JSON.stringify({ experiment: r.experiment, run_id: r.run, metrics: { accuracy: r.accuracy } }),
  );
  writeFiles(ws, { 'out/runs.jsonl': `${lines.join('\n')}\n` });
  return runAction({
    workspace: ws,
    runId,
    inputs: { metrics: 'out/runs.jsonl', history: 'file' },
    ...over,
    env: { WEBHOOK_URL: receiver.url(), WEBHOOK_SECRET: SECRET, GITHUB_WORKFLOW: 'Train', ...over.env },
  });
}

function expectVerifiedAndValid(received: Received[]) {
  for (const r of received) {
    expect(r.rejected).toBeUndefined();
    expect(r.path).toBe(PATH);
    expect(validateJsonSchema(SCHEMA, r.json)).toEqual([]);
  }
}

/** Neither the URL's secret path nor the signing secret anywhere a person or a log could read. */
function expectNoSecrets(run: { stdout: string; stderr: string; summary: string; outputs: Record<string, string> }) {
  // Registering them with the runner's masking (::add-mask::) is the one place they are written.
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(run.stdout).toContain(`::add-mask::${SECRET}\n`);
  const all = `${stdout}\n${run.stderr}\n${run.summary}\n${JSON.stringify(run.outputs)}`;
  expect(all).not.toContain(PATH);
  expect(all).not.toContain(SECRET);
  expect(all).not.toContain(SECRET.slice(6));
}

describe('webhook through dist', () => {
  it('fires once (signed, verified, valid), a re-run sends nothing, then resolves on the same instance key', async () => {
    const ws = workspace();
    const fired = await step(ws, [{ experiment: 'iris', run: 'r1', accuracy: 0.78 }], '6001');
    expect(fired.code).toBe(0);
    expect(fired.outputs).toMatchObject({ fired: '1' });
    expectNoSecrets(fired);
    expect(receiver.received).toHaveLength(1);
    expectVerifiedAndValid(receiver.received);
    const first = payload(receiver.received[0]!);
    expect(first).toMatchObject({
      version: '1',
      type: 'metric-alerts.digest',
      channel: 'hooks',
      context: { repository: 'acme/vision', workflow: 'Train', run_id: '6001', run_attempt: 1 },
      counts: { firing: 1, resolved: 0, total: 1, worst_severity: 'critical' },
    });
    expect(first.events[0]).toMatchObject({
      kind: 'fired',
      alert: 'accuracy-regression',
      experiment: 'iris',
      run: 'r1',
      value: 0.78,
      labels: { team: 'vision' },
      reading: { value: 'accuracy = 0.78', outcome: 'condition < 0.9' },
    });
    expect(receiver.received[0]!.headers['user-agent']).toMatch(/^metric-alerts\/\d+\.\d+\.\d+/);

    // The same run again (a re-run of the job), and a later run still below: nothing new to send.
    expect(
      (await step(ws, [{ experiment: 'iris', run: 'r1', accuracy: 0.78 }], '6001', { runAttempt: '2' })).code,
    ).toBe(0);
    expect((await step(ws, [{ experiment: 'iris', run: 'r2', accuracy: 0.8 }], '6002')).code).toBe(0);
    expect(receiver.received).toHaveLength(1);

    const resolved = await step(ws, [{ experiment: 'iris', run: 'r3', accuracy: 0.95 }], '6003');
    expect(resolved.outputs).toMatchObject({ resolved: '1' });
    expect(receiver.received).toHaveLength(2);
    expectVerifiedAndValid(receiver.received);
    const back = payload(receiver.received[1]!).events[0]!;
    expect(back).toMatchObject({ kind: 'resolved', value: 0.95, state: 'ok' });
    expect(back.reading.outcome).toMatch(/^back above 0\.9 after 2 runs/);
    expect(back.instance_key).toBe(first.events[0]!.instance_key);
    expect(receiver.received[1]!.headers['webhook-id']).not.toBe(receiver.received[0]!.headers['webhook-id']);
  });

  it('429 (Retry-After) and 503 are retried with the same webhook-id, each attempt signed afresh', async () => {
    receiver.answer(PATH, { status: 429, headers: { 'retry-after': '1' }, body: 'slow down' }, { status: 503 });
    const ws = workspace();
    const r = await step(ws, [{ experiment: 'iris', run: 'r1', accuracy: 0.5 }], '6101');
    expect(r.code).toBe(0);
    expect(receiver.received).toHaveLength(3);
    expectVerifiedAndValid(receiver.received);
    expect(new Set(receiver.received.map((x) => x.headers['webhook-id'])).size).toBe(1);
    expect(new Set(receiver.received.map((x) => x.body)).size).toBe(1);
    // Retry-After: 1 was waited for (generous margin below a second for a loaded machine's clock).
    expect(receiver.received[1]!.at - receiver.received[0]!.at).toBeGreaterThanOrEqual(900);
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'hooks', ok: true, status: 204, attempts: 3 }),
    ]);
    expect(r.outputs['failed-deliveries']).toBe('0');
  });

  it('a message that failed with 5xx to the end is sent by the next run, marked late, with the same webhook-id', async () => {
    const unavailable = { status: 503, body: 'down for maintenance' };
    receiver.answer(PATH, unavailable, unavailable, unavailable, unavailable);
    const ws = workspace();
    const first = await step(ws, [{ experiment: 'iris', run: 'r1', accuracy: 0.5 }], '6151');
    expect(first.code).toBe(0);
    expect(receiver.received).toHaveLength(4); // 1 attempt + 3 retries
    expect(first.outputs['failed-deliveries']).toBe('1');
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'hooks', ok: false, status: 503, attempts: 4, retryable: true }),
    ]);
    const next = await step(ws, [{ experiment: 'iris', run: 'r2', accuracy: 0.5 }], '6152');
    expect(next.code).toBe(0);
    expect(receiver.received).toHaveLength(5);
    expectVerifiedAndValid(receiver.received);
    const late = receiver.received[4]!;
    expect(late.headers['webhook-id']).toBe(receiver.received[0]!.headers['webhook-id']);
    expect(payload(late).events).toEqual([
      expect.objectContaining({
        kind: 'fired',
        run: 'r1',
        late: { reason: 'failed', text: 'its first delivery failed' },
      }),
    ]);
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'hooks', ok: true, attempts: 5, late: true }),
    ]);
  });

  it.each([
    [400, { status: 400, body: 'payload rejected' }, 'payload rejected'],
    [301, { status: 301, headers: { location: '/moved' } }, 'redirects are not followed'],
    [410, { status: 410, body: 'gone' }, 'the receiver is gone (410 Gone)'],
  ] as const)('a final %i is reported, not retried, and not re-sent by the next run', async (status, answer, words) => {
    receiver.answer(PATH, answer);
    const ws = workspace();
    const r = await step(ws, [{ experiment: 'iris', run: 'r1', accuracy: 0.5 }], '6201');
    expect(r.code).toBe(0);
    expect(receiver.received.map((x) => x.path)).toEqual([PATH]); // once, and a redirect is not followed
    expect(r.outputs['failed-deliveries']).toBe('1');
    expect(`${r.stdout}\n${r.summary}`).toContain(words);
    expectNoSecrets(r);
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'hooks', ok: false, status, retryable: false }),
    ]);
    await step(ws, [{ experiment: 'iris', run: 'r2', accuracy: 0.5 }], '6202');
    expect(receiver.received).toHaveLength(1);
  });

  it('hostile names arrive as data (not escaped, bidi kept) and start no workflow command', async () => {
    const names = [
      '<!channel> @here [x](https://evil.example) **b**',
      '::stop-commands::abc',
      '##[error]x \u202Egnp.exe\u2066',
    ];
    const ws = workspace(RULES('    message: "{{experiment}} / {{run}}"\n'));
    const r = await step(
      ws,
      names.map((n, i) => ({ experiment: n, run: `%0A::error::run${i}`, accuracy: 0.5 })),
      '6301',
    );
    expect(r.code).toBe(0);
    expect(receiver.received).toHaveLength(1);
    expectVerifiedAndValid(receiver.received);
    const events = payload(receiver.received[0]!).events;
    expect(events.map((e) => e.experiment).sort()).toEqual([...names].sort());
    for (const e of events) expect(e.message).toBe(`${e.experiment} / ${e.run}`);
    expect(receiver.received[0]!.body).not.toMatch(/[\u202E\u2066]/);
    // The runner sees only the commands the action means: masks, and one error annotation per firing alert.
    const commands = commandsOf(r.stdout);
    expect(commands.every((c) => c.syntax === 'v2' && !c.lenient)).toBe(true);
    expect(commands.filter((c) => c.command !== 'add-mask').map((c) => [c.command, c.properties.title])).toEqual([
      ['notice', undefined],
      ...names.map(() => ['error', 'metric-alerts: accuracy-regression']),
    ]);
  });

  it('200 firing alerts: every message within 64 KiB, all 200 events delivered once, parts in order', async () => {
    const ws = workspace(
      RULES(
        `    description: "${'Accuracy on the held-out set, measured nightly. '.repeat(20)}"\n    runbook: https://wiki.example.com/runbooks/accuracy\n`,
      ),
    );
    const runs = Array.from({ length: 200 }, (_, i) => ({
      experiment: `experiment-${String(i).padStart(3, '0')}-${'x'.repeat(100)}`,
      run: `run-${i}`,
      accuracy: 0.5,
    }));
    const r = await step(ws, runs, '6401');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ fired: '200', 'failed-deliveries': '0' });
    const got = receiver.received;
    expect(got.length).toBeGreaterThan(1);
    expectVerifiedAndValid(got);
    for (const m of got) expect(Buffer.byteLength(m.body)).toBeLessThanOrEqual(64 * 1024);
    expect(got.map((m) => payload(m).part)).toEqual(got.map((_, i) => ({ index: i + 1, count: got.length })));
    const experiments = got.flatMap((m) => payload(m).events.map((e) => e.experiment as string));
    expect(experiments).toHaveLength(200);
    expect(new Set(experiments).size).toBe(200);
    expect(new Set(got.map((m) => m.headers['webhook-id'])).size).toBe(got.length);
    // Parts to one destination are at least 1 s apart (a little less allowed for the clocks' resolution).
    for (let i = 1; i < got.length; i++) expect(got[i]!.at - got[i - 1]!.at).toBeGreaterThanOrEqual(950);
    expect(ledger(ws).events.every((e) => e.deliveries.some((d) => d.ok === true))).toBe(true);
  });

  it('test-channels sends a signed "wired up" note (type metric-alerts.note) and records nothing', async () => {
    const ws = workspace();
    const r = await runAction({
      workspace: ws,
      inputs: { 'test-channels': 'true', history: 'file' },
      env: { WEBHOOK_URL: receiver.url(), WEBHOOK_SECRET: SECRET },
    });
    expect(r.code).toBe(0);
    expectNoSecrets(r);
    expect(receiver.received).toHaveLength(1);
    expectVerifiedAndValid(receiver.received);
    expect(payload(receiver.received[0]!)).toMatchObject({
      type: 'metric-alerts.note',
      channel: 'hooks',
      note: { title: expect.stringContaining('wired up'), text: 'Channel hooks of acme/vision will receive alerts.' },
      context: { repository: 'acme/vision' },
    });
    expect(existsSync(path.join(ws, HISTORY))).toBe(false);
  });
});
