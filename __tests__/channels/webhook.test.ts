import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { httpRequest } from '../../src/adapters/http.js';
import type { HttpClient, SendContext } from '../../src/channels/types.js';
import { channelType, USER_AGENT, type WebhookRequest } from '../../src/channels/webhook/index.js';
import { payloadSchema, payloadJsonSchemaText } from '../../src/channels/webhook/payload.js';
import { MAX_BODY_BYTES } from '../../src/channels/webhook/render.js';
import { secretProblem, signature, signingKey } from '../../src/channels/webhook/sign.js';
import { loadConfig } from '../../src/core/config/load.js';
import type { DigestItem } from '../../src/core/digest.js';
import { eventId, type LedgerEvent } from '../../src/core/history/ledger.js';
import type { RunContext, WebhookChannel } from '../../src/core/types.js';
import { ledgerEvent } from '../helpers/fixtures.js';
import { closed, validateJsonSchema } from '../helpers/json-schema.js';
import { PATH, startReceiver, verify, type WebhookReceiver } from '../helpers/webhook-receiver.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const committedSchema = () => readFileSync(path.join(ROOT, 'schema/webhook-payload.schema.json'), 'utf8');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

const ctx: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/vision',
  workflowRunId: '123',
  workflowRunAttempt: '2',
  workflowRunUrl: 'https://github.com/acme/vision/actions/runs/123',
  workflow: 'Train',
  runNumber: '12',
  ref: 'main',
  sha: 'abcdef1234567890',
  pullRequest: 7,
};

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const channel = (over: Partial<WebhookChannel> = {}): WebhookChannel => ({
  type: 'webhook',
  name: 'hooks',
  url: 'http://127.0.0.1:9/x',
  ...over,
});
const item = (over: Partial<LedgerEvent> = {}, extra: Partial<DigestItem> = {}): DigestItem => ({
  event: ledgerEvent(over),
  recent: [],
  ...extra,
});
const render = (items: DigestItem[], ch = channel()) => channelType.render({ channel: ch, items, ctx });
const payloadOf = (r: WebhookRequest) => JSON.parse(r.body) as Record<string, any>;

/** Valid against the committed JSON Schema (closed: no field it does not name) and the zod definition. */
function expectValid(body: string) {
  const value: unknown = JSON.parse(body);
  const schema = closed(JSON.parse(committedSchema())) as Record<string, unknown>;
  expect(validateJsonSchema(schema, value)).toEqual([]);
  expect(payloadSchema.safeParse(value).error).toBeUndefined();
}

const RULES = `version: 1
alerts:
  - name: acc
    metric: accuracy
    op: "<"
    threshold: 0.9
    severity: critical
    description: Top-1 accuracy on the held-out set
    runbook: https://wiki.example.com/acc
    message: "{{experiment}} fell to {{value}} <b>{{labels.team}}</b>"
    labels: { team: "<vision>", __proto__: "x" }
  - name: drop
    metric: accuracy
    op: "<"
    threshold: -5
    change: { from: mean, window: 3, unit: percent }
`;
const rules = loadConfig({ text: RULES, file: 'alerts.yml', env: {} }).config.alerts;

describe('the payload (version 1)', () => {
  it('carries every field of an event and the run context, valid against the committed schema', () => {
    const [out] = render([item({ severity: 'critical' }, { rule: rules[0]!, recent: [0.95, 0.94, 0.78] })]);
    expectValid(out!.request.body);
    const p = payloadOf(out!.request);
    expect(p).toMatchObject({
      version: '1',
      type: 'metric-alerts.digest',
      channel: 'hooks',
      timestamp: '2026-11-20T10:00:00.000Z',
      counts: { firing: 1, resolved: 0, total: 1, worst_severity: 'critical' },
      part: { index: 1, count: 1 },
      context: {
        repository: 'acme/vision',
        server_url: 'https://github.com',
        ref: 'main',
        workflow: 'Train',
        run_id: '123',
        run_number: 12,
        run_attempt: 2,
        run_url: 'https://github.com/acme/vision/actions/runs/123',
        sha: 'abcdef1234567890',
        commit_url: 'https://github.com/acme/vision/commit/abcdef1234567890',
        pull_request: 7,
        pull_request_url: 'https://github.com/acme/vision/pull/7',
      },
    });
    expect(p.events).toHaveLength(1);
    expect(p.events[0]).toEqual({
      event_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      instance_key: expect.stringMatching(/^[0-9a-f]{32}$/),
      kind: 'fired',
      alert: 'acc',
      severity: 'critical',
      state: 'firing',
      previous_state: 'ok',
      at: '2026-11-20T10:00:00.000Z',
      experiment: 'iris',
      run: '9',
      run_url: 'https://github.com/acme/vision/actions/runs/123',
      metric: 'accuracy',
      value: 0.78,
      op: '<',
      threshold: 0.9,
      recover_threshold: null,
      baseline: null,
      baseline_from: null,
      change: null,
      change_unit: null,
      check: 'threshold',
      status: null,
      statuses: null,
      stale_after: null,
      firing_since: null,
      firing_runs: null,
      reading: { value: 'accuracy = 0.78', outcome: 'condition < 0.9' },
      summary: 'acc firing on iris (accuracy = 0.78, condition < 0.9)',
      message: 'iris fell to 0.78 <b><vision></b>',
      description: 'Top-1 accuracy on the held-out set',
      runbook: 'https://wiki.example.com/acc',
      labels: { team: '<vision>', ['__proto__']: 'x' },
      recent: [0.95, 0.94, 0.78],
      after_silence: false,
      late: null,
    });
    // A label named __proto__ is a key like any other, not a prototype.
    expect(Object.keys(p.events[0].labels)).toEqual(['team', '__proto__']);
  });

  it('words a resolved event as a recovery, and marks an event sent late', () => {
    const resolved = item(
      {
        kind: 'resolved',
        state: 'ok',
        previousState: 'firing',
        value: 0.93,
        firingSince: '2026-11-20T08:00:00.000Z',
        firingRuns: 3,
      },
      { late: 'failed' },
    );
    const [out] = render([resolved]);
    expectValid(out!.request.body);
    const e = payloadOf(out!.request).events[0];
    expect(e).toMatchObject({
      kind: 'resolved',
      value: 0.93,
      firing_since: '2026-11-20T08:00:00.000Z',
      firing_runs: 3,
      reading: { value: 'accuracy = 0.93', outcome: 'back above 0.9 after 3 runs / 2 h' },
      late: { reason: 'failed', text: 'its first delivery failed' },
    });
    expect(payloadOf(out!.request).counts).toEqual({ firing: 0, resolved: 1, total: 1, worst_severity: 'warning' });
  });

  it('writes NaN and Infinity as strings (JSON has neither), a missing value as null, change rules in full', () => {
    const [out] = render([
      item({ alert: 'a', value: 'NaN' }, { recent: [0.5, Number.NaN, Number.POSITIVE_INFINITY] }),
      item({ alert: 'b', value: '-Infinity' }),
      item({ alert: 'c', value: null }),
      item(
        { alert: 'drop', value: 0.7, baseline: 0.76, change: -7.89, changeUnit: 'percent', threshold: -5 },
        { rule: rules[1]! },
      ),
    ]);
    expectValid(out!.request.body);
    const byAlert = Object.fromEntries(payloadOf(out!.request).events.map((e: any) => [e.alert, e]));
    expect(byAlert.a).toMatchObject({ value: 'NaN', recent: [0.5, 'NaN', 'Infinity'] });
    expect(byAlert.b.value).toBe('-Infinity');
    expect(byAlert.c).toMatchObject({ value: null, reading: { value: 'accuracy = missing' } });
    expect(byAlert.drop).toMatchObject({
      value: 0.7,
      baseline: 0.76,
      baseline_from: 'mean',
      change: -7.89,
      change_unit: 'percent',
      threshold: -5,
      reading: { value: 'accuracy = 0.7 (-7.89% vs 0.76)', outcome: 'condition change < -5%' },
    });
  });

  it('keeps hostile names as data (not escaped, bidi kept), with controls written as \\u escapes in the JSON text', () => {
    const hostile = '<!channel> @here [x](https://evil.example) **b** \u202Egnp.exe\u2066 ::error::x\n##[warning]y';
    const weird = 'a\u2028b\u0085c\u009Bd';
    const [out] = render([item({ experiment: hostile, run: weird, metric: '<script>' })]);
    expectValid(out!.request.body);
    const e = payloadOf(out!.request).events[0];
    expect(e.experiment).toBe(hostile);
    expect(e.run).toBe(weird);
    expect(e.metric).toBe('<script>');
    // The raw body shows those characters instead of obeying them.
    expect(out!.request.body).not.toMatch(/[\u202E\u2066\u2028\u0085\u009B\n]/);
    expect(out!.request.body).toContain('\\u202e');
    expect(out!.request.body).toContain('\\u2028');
  });

  it('orders events critical first, then fired, reminders, resolved', () => {
    const [out] = render([
      item({ alert: 'r', kind: 'resolved', state: 'ok', severity: 'critical' }),
      item({ alert: 'w', severity: 'warning' }),
      item({ alert: 'c', severity: 'critical' }),
      item({ alert: 'm', kind: 'reminder', severity: 'critical' }),
    ]);
    expect(payloadOf(out!.request).events.map((e: any) => e.alert)).toEqual(['c', 'm', 'r', 'w']);
  });

  it('gives stable ids: message ids by channel and events (any order), event ids, instance keys across kinds', () => {
    const a = item({ alert: 'a' });
    const b = item({ alert: 'b' });
    const [ab] = render([a, b]);
    const [ba] = render([b, a]);
    expect(ab!.request.id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(ba!.request.id).toBe(ab!.request.id);
    expect(render([a])[0]!.request.id).not.toBe(ab!.request.id);
    expect(render([a, b], channel({ name: 'other' }))[0]!.request.id).not.toBe(ab!.request.id);
    expect(ab!.events).toEqual([eventId(a.event), eventId(b.event)]);
    const fired = payloadOf(render([a])[0]!.request).events[0];
    const resolved = payloadOf(
      render([item({ alert: 'a', kind: 'resolved', at: '2026-11-21T00:00:00.000Z' })])[0]!.request,
    ).events[0];
    expect(resolved.instance_key).toBe(fired.instance_key);
    expect(resolved.event_id).not.toBe(fired.event_id);
    expect(payloadOf(render([item({ alert: 'a', experiment: 'other' })])[0]!.request).events[0].instance_key).not.toBe(
      fired.instance_key,
    );
  });

  it('splits 200 firing alerts into messages within 64 KiB each, every event once, in order', () => {
    const long = 'd'.repeat(1500);
    const rule = { ...rules[0]!, description: long };
    const items = Array.from({ length: 200 }, (_, i) =>
      item({ alert: `alert-${String(i).padStart(3, '0')}`, severity: i % 3 ? 'warning' : 'critical' }, { rule }),
    );
    const out = render(items);
    expect(out.length).toBeGreaterThan(1);
    const seen: string[] = [];
    out.forEach((o, i) => {
      expect(Buffer.byteLength(o.request.body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
      expectValid(o.request.body);
      const p = payloadOf(o.request);
      expect(p.part).toEqual({ index: i + 1, count: out.length });
      expect(p.counts.total).toBe(p.events.length);
      expect(o.events).toHaveLength(p.events.length);
      seen.push(...p.events.map((e: any) => e.alert));
    });
    expect(seen).toHaveLength(200);
    expect(new Set(seen).size).toBe(200);
    expect(seen.slice(0, 67).every((a) => Number(a.slice(6)) % 3 === 0)).toBe(true); // critical first
    expect(new Set(out.map((o) => o.request.id)).size).toBe(out.length);
    expect(new Set(out.map((o) => o.destination))).toEqual(new Set(['http://127.0.0.1:9/x']));
  });

  it('a note is its own type, valid against the schema', () => {
    const out = channelType.note(channel(), { title: 'Wired', text: 'metric-alerts is wired up', level: 'info' }, ctx);
    expect(out.events).toEqual([]);
    expectValid(out.request.body);
    expect(payloadOf(out.request)).toMatchObject({
      version: '1',
      type: 'metric-alerts.note',
      channel: 'hooks',
      note: { title: 'Wired', text: 'metric-alerts is wired up', level: 'info' },
      context: { repository: 'acme/vision' },
    });
  });

  it('a context that knows little has every key, null where unknown', () => {
    const out = channelType.note(
      channel(),
      { title: 't', text: 'x', level: 'warning' },
      { serverUrl: 'https://github.com' },
    );
    expectValid(out.request.body);
    expect(Object.values(payloadOf(out.request).context).filter((v) => v !== null)).toEqual(['https://github.com']);
  });

  it('a destination is the URL without its query; the preview is indented JSON safe for a log', () => {
    const hostile = { experiment: '\u202Eevil #\u200B#[x]', run: 'x\n::error::boom ##[warning]y' };
    const [out] = render([item(hostile)], channel({ url: 'https://h.example/p?token=t' }));
    expect(out!.destination).toBe('https://h.example/p');
    const shown = channelType.preview!(out!.request);
    const [head, ...json] = shown.split('\n');
    expect(head).toMatch(/^POST \d+ bytes of JSON \(1 event\):$/);
    expect(shown).toContain('  "version": "1"');
    expect(shown).not.toMatch(/\u202E|#\u200B?#\[/);
    expect(json.some((l) => /^\s*::/.test(l))).toBe(false);
    // Still JSON, with the same data.
    expect(JSON.parse(json.join('\n'))).toEqual(payloadOf(out!.request));
    expect(payloadOf(out!.request).events[0]).toMatchObject(hostile);
  });
});

describe('the committed JSON Schema', () => {
  it('is current (regenerate with npm run schema)', () => {
    expect(committedSchema()).toBe(payloadJsonSchemaText());
  });

  it('describes both payload types with every field required', () => {
    const schema = JSON.parse(committedSchema()) as {
      title: string;
      oneOf: { properties: Record<string, any>; required: string[] }[];
    };
    expect(schema.title).toBe('metric-alerts webhook payload, version 1');
    const [digest, note] = schema.oneOf;
    expect(digest!.properties.type.const).toBe('metric-alerts.digest');
    expect(note!.properties.type.const).toBe('metric-alerts.note');
    expect(digest!.required.sort()).toEqual(Object.keys(digest!.properties).sort());
    const event = digest!.properties.events.items;
    expect(event.required.sort()).toEqual(Object.keys(event.properties).sort());
    expect(event.required).toEqual(expect.arrayContaining(['instance_key', 'value', 'labels', 'late', 'runbook']));
    // NaN and Infinity are documented as strings.
    expect(JSON.stringify(event.properties.value)).toContain('"NaN","Infinity","-Infinity"');
  });

  it('rejects a payload the definition does not allow (the validator can fail)', () => {
    const schema = JSON.parse(committedSchema()) as Record<string, unknown>;
    const [out] = render([item()]);
    const p = payloadOf(out!.request);
    expect(validateJsonSchema(schema, { ...p, version: '2' })).not.toEqual([]);
    expect(validateJsonSchema(schema, { ...p, events: [{ ...p.events[0], value: 'nan' }] })).not.toEqual([]);
    expect(validateJsonSchema(schema, { ...p, events: [{ ...p.events[0], value: Number.NaN }] })).not.toEqual([]);
    expect(validateJsonSchema(closed(schema) as Record<string, unknown>, { ...p, extra: 1 })).not.toEqual([]);
    expect(validateJsonSchema(schema, { ...p, extra: 1 })).toEqual([]); // receivers ignore fields they do not know
    expect(validateJsonSchema(schema, { ...p, events: [{ ...p.events[0], kind: 'exploded' }] })).not.toEqual([]);
    const { counts: _counts, ...missing } = p;
    expect(validateJsonSchema(schema, missing)).not.toEqual([]);
  });
});

describe('Standard Webhooks signing', () => {
  it("matches the spec libraries' published vector", () => {
    const key = signingKey('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    expect(
      signature(key, { id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, body: '{"test": 2432232314}' }),
    ).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('uses a secret without whsec_ as its UTF-8 bytes', () => {
    const expected = createHmac('sha256', 'pässword').update('msg_1.1700000000.{}').digest('base64');
    expect(signature(signingKey('pässword'), { id: 'msg_1', timestamp: 1700000000, body: '{}' })).toBe(
      `v1,${expected}`,
    );
  });

  it('names what is wrong with a secret without repeating it', () => {
    expect(secretProblem(SECRET)).toBeUndefined();
    expect(secretProblem('anything else')).toBeUndefined();
    expect(secretProblem('')).toBe('the secret is empty');
    for (const bad of ['whsec_', 'whsec_not base64!', 'whsec_abc']) {
      const problem = secretProblem(bad)!;
      expect(problem).toMatch(/^the secret starts with whsec_ but what follows is not base64/);
      if (bad.length > 6) expect(problem).not.toContain(bad.slice(6));
      expect(() => signingKey(bad)).toThrow(problem);
    }
  });
});

describe('send (one attempt to a loopback Standard Webhooks receiver)', () => {
  let receiver: WebhookReceiver;
  const http: HttpClient = {
    request: async (url, req, signal) => {
      const a = await httpRequest(url, { ...req, method: req.method as 'POST', signal });
      return { status: a.status, headers: a.headers, body: a.body.toString('utf8') };
    },
  };
  const sx = (ch: WebhookChannel): SendContext<WebhookChannel> => ({
    channel: ch,
    signal: AbortSignal.timeout(10_000),
    timeoutMs: 10_000,
    http,
  });
  const signed = () => channel({ url: receiver.url(), secret: SECRET });

  beforeEach(async () => {
    receiver = await startReceiver({ secret: SECRET });
  });
  afterEach(async () => {
    await receiver.close();
  });

  it('posts the JSON, signed, with its content type, user agent and webhook-id; the receiver verifies it', async () => {
    const [out] = render([item()], signed());
    const before = Math.floor(Date.now() / 1000);
    expect(await channelType.send(out!.request, sx(signed()))).toEqual({ outcome: 'success', status: 204 });
    const [r] = receiver.received;
    expect(r!.rejected).toBeUndefined();
    expect(r!.path).toBe(PATH);
    expect(r!.body).toBe(out!.request.body);
    expect(r!.headers['content-type']).toBe('application/json');
    expect(r!.headers['user-agent']).toBe(`metric-alerts/${version}`);
    expect(USER_AGENT).toBe(`metric-alerts/${version}`);
    expect(r!.headers['webhook-id']).toBe(out!.request.id);
    const ts = Number(r!.headers['webhook-timestamp']);
    expect(ts).toBeGreaterThanOrEqual(before);
    expect(ts).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(r!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
  });

  it('keeps the webhook-id across retries of a message, signing each attempt afresh; two notes alike are two ids', async () => {
    receiver.answer(PATH, { status: 503 }, { status: 200 });
    const [out] = render([item()], signed());
    expect((await channelType.send(out!.request, sx(signed()))).outcome).toBe('retry');
    expect((await channelType.send(out!.request, sx(signed()))).outcome).toBe('success');
    const note = { title: 'Done', text: 'training finished', level: 'info' } as const;
    const n1 = channelType.note(signed(), note, ctx);
    const n2 = channelType.note(signed(), note, ctx);
    expect(n2.request.body).toBe(n1.request.body);
    await channelType.send(n1.request, sx(signed()));
    await channelType.send(n1.request, sx(signed()));
    await channelType.send(n2.request, sx(signed()));
    const ids = receiver.received.map((r) => r.headers['webhook-id']);
    expect(receiver.received.every((r) => r.rejected === undefined)).toBe(true);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[2]).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(ids[4]).not.toBe(ids[2]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('a wrong secret is refused by the receiver: final, the error names neither secret nor URL', async () => {
    const wrong = channel({ url: receiver.url(), secret: 'whsec_' + Buffer.from('x'.repeat(32)).toString('base64') });
    const [out] = render([item()], wrong);
    const a = await channelType.send(out!.request, sx(wrong));
    expect(a).toEqual({ outcome: 'final', status: 401, error: 'no matching signature found' });
    expect(receiver.accepted()).toEqual([]);
  });

  it('the receiver rejects a timestamp older than 5 minutes (its check works)', async () => {
    await receiver.close();
    receiver = await startReceiver({ secret: SECRET, now: () => Date.now() + 6 * 60_000 });
    const [out] = render([item()], signed());
    expect(await channelType.send(out!.request, sx(signed()))).toMatchObject({ outcome: 'final', status: 401 });
    expect(receiver.received[0]!.rejected).toBe('message timestamp too old');
    // And the same headers verify when the clock agrees.
    const r = receiver.received[0]!;
    expect(verify(SECRET, r.headers, r.body, Date.now())).toBeUndefined();
    expect(verify(SECRET, r.headers, `${r.body} `, Date.now())).toBe('no matching signature found');
  });

  it('without a secret: no signature, still a webhook-id and timestamp', async () => {
    await receiver.close();
    receiver = await startReceiver();
    const plain = channel({ url: receiver.url() });
    const [out] = render([item()], plain);
    expect((await channelType.send(out!.request, sx(plain))).outcome).toBe('success');
    const h = receiver.received[0]!.headers;
    expect(h['webhook-signature']).toBeUndefined();
    expect(h['webhook-id']).toBe(out!.request.id);
    expect(h['webhook-timestamp']).toMatch(/^\d{10}$/);
  });

  it('a secret that cannot sign sends nothing: final, without the secret in the error', async () => {
    const bad = channel({ url: receiver.url(), secret: 'whsec_%%%topsecret%%%' });
    const [out] = render([item()], bad);
    const a = await channelType.send(out!.request, sx(bad));
    expect(a.outcome).toBe('final');
    expect(a).toMatchObject({ error: expect.stringMatching(/^cannot sign: the secret starts with whsec_ but/) });
    expect(JSON.stringify(a)).not.toContain('topsecret');
    expect(receiver.received).toEqual([]);
  });

  describe('classifies the answer', () => {
    const send = async () => {
      const [out] = render([item()], signed());
      return channelType.send(out!.request, sx(signed()));
    };
    it.each([200, 201, 202, 204, 299])('%i is success', async (status) => {
      receiver.answer(PATH, { status });
      expect(await send()).toEqual({ outcome: 'success', status });
    });
    it.each([301, 302, 307, 308])('%i is final: the redirect is not followed', async (status) => {
      receiver.answer(PATH, { status, headers: { location: receiver.url('/elsewhere') } });
      const a = await send();
      expect(a).toEqual({
        outcome: 'final',
        status,
        error: `the receiver answered ${status} (a redirect); redirects are not followed: set the channel's url to the webhook's new address`,
      });
      expect(receiver.received.map((r) => r.path)).toEqual([PATH]);
    });
    it('410 Gone is final', async () => {
      receiver.answer(PATH, { status: 410, body: 'endpoint disabled' });
      expect(await send()).toMatchObject({
        outcome: 'final',
        status: 410,
        error: expect.stringMatching(/^the receiver is gone \(410 Gone\)/),
      });
    });
    it('429 is retried after Retry-After', async () => {
      receiver.answer(PATH, { status: 429, headers: { 'retry-after': '7' }, body: 'slow down' });
      expect(await send()).toEqual({
        outcome: 'retry',
        status: 429,
        error: 'rate limited (429)',
        afterMs: 7000,
        rateLimited: true,
      });
    });
    it.each([500, 502, 503, 504])('%i is retried', async (status) => {
      receiver.answer(PATH, { status, body: 'upstream trouble' });
      expect(await send()).toEqual({ outcome: 'retry', status, error: `HTTP ${status}: upstream trouble` });
    });
    it.each([400, 404, 413, 422])('%i is final, with the reason the receiver gave', async (status) => {
      receiver.answer(PATH, { status, body: 'bad things' });
      expect(await send()).toEqual({ outcome: 'final', status, error: 'bad things' });
    });
    it('a receiver that echoes the URL or the secret has them masked in the error', async () => {
      receiver.answer(PATH, { status: 400, body: `no route ${receiver.url()} for ${PATH} with ${SECRET}` });
      const a = await send();
      expect(a).toMatchObject({ outcome: 'final', error: 'no route *** for *** with ***' });
    });
    it('a connection reset throws (the pipeline retries it as a network error)', async () => {
      receiver.answer(PATH, 'reset');
      await expect(send()).rejects.toThrow();
    });
  });
});
