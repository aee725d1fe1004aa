// The datadog type: events rendered within the Events API's limits, one per alert event, one aggregation key per
// instance; one attempt against a loopback Datadog that answers as Datadog documents, and how each answer is classified.
import { describe, expect, it } from '@jest/globals';
import { channelType, classifyDatadog } from '../../src/channels/datadog/index.js';
import { eventsUrl, LIMITS, tag, type DatadogRequest } from '../../src/channels/datadog/render.js';
import type { DigestItem, SendContext } from '../../src/channels/types.js';
import { DATADOG_SITES, type DatadogChannel, type RunContext } from '../../src/core/types.js';
import { loopbackHttp } from '../helpers/chat-http.js';
import { API_KEY, datadogForSuite, judge, rateLimited } from '../helpers/datadog-server.js';
import { ledgerEvent } from '../helpers/fixtures.js';

const dd = datadogForSuite();
const ctx: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/vision',
  workflowRunUrl: 'https://github.com/acme/vision/actions/runs/5',
  ref: 'main',
};
const channel = (over: Partial<DatadogChannel> = {}): DatadogChannel => ({
  name: 'dd',
  type: 'datadog',
  apiKey: API_KEY,
  site: 'datadoghq.com',
  apiUrl: dd.server.url(),
  ...over,
});
const item = (over: Parameters<typeof ledgerEvent>[0] = {}, extra: Partial<DigestItem> = {}): DigestItem => ({
  event: ledgerEvent(over),
  recent: [0.9, 0.85, 0.78],
  ...extra,
});
const render = (items: DigestItem[], ch = channel()) => channelType.render({ channel: ch, items, ctx });
const sx = (ch = channel()): SendContext<DatadogChannel> => ({
  channel: ch,
  signal: AbortSignal.timeout(10_000),
  timeoutMs: 10_000,
  http: loopbackHttp,
});
const HOSTILE = '\u202Eevil @here <@U123> [x](https://evil.example) **b** %%% www.evil.example\n::error::pwn';

describe('datadog render', () => {
  it('one event per alert event, alert_type by severity and success on resolved', () => {
    const out = render([
      item({ severity: 'critical' }),
      item({ alert: 'loss', severity: 'warning' }),
      item({ alert: 'lr', severity: 'info' }),
      item({ alert: 'acc2', kind: 'resolved', state: 'ok', severity: 'critical' }),
    ]);
    expect(out).toHaveLength(4);
    expect(out.map((o) => o.request.event.alert_type)).toEqual(['error', 'warning', 'info', 'success']);
    for (const o of out) expect(o.events).toHaveLength(1);
    expect(out[0]!.request.event.title).toBe('[CRITICAL] acc is firing on iris');
    expect(out[3]!.request.event.title).toBe('[RESOLVED] acc2 resolved on iris');
    expect(out[3]!.request.event.text).toContain('back above 0.9');
  });

  it('one aggregation key per instance: the same for fired, reminder and resolved, another for another instance', () => {
    const [fired, reminder, resolved, other, otherRepo] = [
      render([item()])[0]!,
      render([item({ kind: 'reminder', run: '10' })])[0]!,
      render([item({ kind: 'resolved', state: 'ok', run: '11' })])[0]!,
      render([item({ experiment: 'mnist' })])[0]!,
      channelType.render({ channel: channel(), items: [item()], ctx: { ...ctx, repository: 'acme/other' } })[0]!,
    ].map((o) => o.request.event.aggregation_key);
    expect(fired).toMatch(/^ma-[0-9a-f]{64}$/);
    expect(fired!.length).toBeLessThanOrEqual(LIMITS.aggregationKey);
    expect(reminder).toBe(fired);
    expect(resolved).toBe(fired);
    expect(other).not.toBe(fired);
    expect(otherRepo).not.toBe(fired);
  });

  it('tags from labels, sanitised as Datadog stores them, plus alert, experiment, severity, repository', () => {
    const rule = { labels: { Team: 'Vision Core', '1st': 'a,b' } } as unknown as DigestItem['rule'];
    const [o] = render([item({ experiment: 'Exp One/2' }, { rule })]);
    expect(o!.request.event.tags).toEqual([
      'source:metric-alerts',
      'alert:acc',
      'experiment:exp_one/2',
      'severity:warning',
      'repository:acme/vision',
      'team:vision_core',
      'l_1st:a_b',
    ]);
    expect(tag('k', 'x'.repeat(500))).toHaveLength(LIMITS.tag);
  });

  it('hostile names: nothing notifies, links, formats or reorders; title and text within the limits', () => {
    const [o] = render([item({ alert: HOSTILE.repeat(20), experiment: HOSTILE.repeat(300), run: HOSTILE })]);
    const e = o!.request.event;
    expect(e.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(e.text.length).toBeLessThanOrEqual(LIMITS.text);
    for (const s of [e.title, e.text]) {
      expect(s).not.toMatch(/@(?!\u200B)/);
      expect(s).not.toMatch(/:\/\/evil|www\.evil/);
      expect(s).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(s).not.toContain('%%%\n');
      expect(s.startsWith('%%%')).toBe(false);
    }
    expect(e.title).not.toContain('\n');
    expect(e.text).toContain('Run link: https://github.com/acme/vision/actions/runs/5');
    expect(judge(e, Date.parse('2026-11-20T10:00:00Z'))).toBeUndefined();
  });

  it('200 firing alerts with long hostile names: 200 events, each one Datadog accepts, 200 distinct keys', () => {
    const items = Array.from({ length: 200 }, (_, i) =>
      item({ alert: `${HOSTILE.repeat(30)}${i}`, run: HOSTILE.repeat(50) }),
    );
    const out = render(items);
    expect(out).toHaveLength(200);
    for (const o of out) expect(judge(o.request.event, Date.parse('2026-11-20T10:00:00Z'))).toBeUndefined();
    expect(new Set(out.map((o) => o.request.event.aggregation_key)).size).toBe(200);
  });

  it('dated when it happened; a late event is dated on arrival (Datadog refuses dates over 18 h old)', () => {
    expect(render([item()])[0]!.request.event.date_happened).toBe(Date.parse('2026-11-20T10:00:00Z') / 1000);
    const late = render([item({}, { late: 'failed' })])[0]!.request.event;
    expect(late.date_happened).toBeUndefined();
    expect(late.text).toContain('Sent late: its first delivery failed');
  });

  it('every documented site, and api-url replacing the base', () => {
    expect(DATADOG_SITES.map((site) => eventsUrl({ site }))).toEqual([
      'https://api.datadoghq.com/api/v1/events',
      'https://api.us3.datadoghq.com/api/v1/events',
      'https://api.us5.datadoghq.com/api/v1/events',
      'https://api.datadoghq.eu/api/v1/events',
      'https://api.ap1.datadoghq.com/api/v1/events',
      'https://api.ap2.datadoghq.com/api/v1/events',
      'https://api.ddog-gov.com/api/v1/events',
      'https://api.us2.ddog-gov.com/api/v1/events',
    ]);
    expect(eventsUrl({ site: 'datadoghq.eu', apiUrl: 'http://127.0.0.1:9/dd/' })).toBe(
      'http://127.0.0.1:9/dd/api/v1/events',
    );
  });

  it('a note is an event of its own with no aggregation key', () => {
    const n = channelType.note(channel(), { title: 'wired up', text: 'hello @team', level: 'info' }, ctx);
    expect(n.events).toEqual([]);
    expect(n.request.event.aggregation_key).toBeUndefined();
    expect(n.request.event.text).toBe('hello @\u200Bteam');
  });
});

describe('datadog send', () => {
  const one = (): DatadogRequest => render([item({ at: new Date().toISOString() })])[0]!.request;

  it('202 is a success, the event arrives with the API key header, its id kept as the ref', async () => {
    const request = one();
    const attempt = await channelType.send(request, sx());
    expect(attempt).toMatchObject({ outcome: 'success', status: 202 });
    expect((attempt as { ref?: string }).ref).toMatch(/^\d+$/);
    expect(dd.server.received[0]!.apiKey).toBe(API_KEY);
    expect(dd.server.accepted()).toEqual([request.event]);
  });

  it('403 for a wrong key is final, with Datadog reason and never the key', async () => {
    const attempt = await channelType.send(one(), sx(channel({ apiKey: 'wrong-key-123456' })));
    expect(attempt).toEqual({ outcome: 'final', status: 403, error: 'Forbidden' });
    expect(JSON.stringify(attempt)).not.toContain('wrong-key');
  });

  it('400 for a body Datadog refuses is final with its errors', async () => {
    const request = one();
    const attempt = await channelType.send({ ...request, event: { ...request.event, title: 'x'.repeat(101) } }, sx());
    expect(attempt).toEqual({ outcome: 'final', status: 400, error: "'title' exceeds 100 characters" });
  });

  it('429 is retried after X-RateLimit-Reset; 5xx and a reset connection are retried', async () => {
    dd.server.answer(rateLimited(7), { status: 503, body: 'upstream' }, 'reset');
    expect(await channelType.send(one(), sx())).toMatchObject({
      outcome: 'retry',
      status: 429,
      afterMs: 7000,
      rateLimited: true,
    });
    expect(await channelType.send(one(), sx())).toMatchObject({ outcome: 'retry', status: 503 });
    await expect(channelType.send(one(), sx())).rejects.toThrow();
  });

  it('classifies Retry-After when X-RateLimit-Reset is absent', () => {
    expect(classifyDatadog({ status: 429, headers: { 'retry-after': '3' }, body: '' })).toMatchObject({
      afterMs: 3000,
    });
  });
});
