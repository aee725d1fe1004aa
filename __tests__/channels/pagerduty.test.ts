import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { httpRequest } from '../../src/adapters/http.js';
import { channelType, classifyPagerDuty } from '../../src/channels/pagerduty/index.js';
import { changeUrl, dedupKey, MAX_SUMMARY_CHARS, renderEvents } from '../../src/channels/pagerduty/render.js';
import type { HttpClient, SendContext } from '../../src/channels/types.js';
import type { DigestItem } from '../../src/core/digest.js';
import { eventId, type LedgerEvent } from '../../src/core/history/ledger.js';
import type { AlertRule, PagerDutyChannel, RunContext } from '../../src/core/types.js';
import { ledgerEvent } from '../helpers/fixtures.js';
import {
  changeErrors,
  eventErrors,
  RATE_LIMITED,
  ROUTING_KEY,
  startPagerDuty,
  type PagerDutyStandIn,
} from '../helpers/pagerduty-server.js';

const ctx: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/vision',
  workflowRunId: '123',
  workflowRunUrl: 'https://github.com/acme/vision/actions/runs/123',
  sha: 'abcdef1234567890',
};
const channel = (over: Partial<PagerDutyChannel> = {}): PagerDutyChannel => ({
  type: 'pagerduty',
  name: 'oncall',
  routingKey: ROUTING_KEY,
  url: 'https://events.pagerduty.com/v2/enqueue',
  ...over,
});
const rule = { description: 'Accuracy fell', runbook: 'https://wiki.example/runbook', labels: { team: 'ml' } };
const item = (over: Partial<LedgerEvent> = {}): DigestItem => ({
  event: ledgerEvent(over),
  rule: rule as unknown as AlertRule,
  recent: [],
});
const render = (items: DigestItem[], ch = channel()) => renderEvents({ channel: ch, items, ctx });
const withKey = (e: object) => ({ routing_key: ROUTING_KEY, ...e });

describe('render', () => {
  it('is one trigger per fired event, keyed by repository + alert + experiment, valid as PagerDuty documents', () => {
    const outs = render([item(), item({ experiment: 'mnist', severity: 'critical' })]);
    expect(outs).toHaveLength(2);
    const [first, second] = outs;
    expect(first!.events).toEqual([eventId(ledgerEvent({ experiment: 'mnist', severity: 'critical' }))]);
    expect(first!.destination).toBe('https://events.pagerduty.com/v2/enqueue');
    const e = second!.request.event;
    expect(eventErrors(withKey(e))).toEqual([]);
    expect(e.event_action).toBe('trigger');
    expect(e.dedup_key).toBe(dedupKey(ctx, 'acc', 'iris'));
    expect(e.dedup_key).toMatch(/^[0-9a-f]{64}$/);
    expect(e.payload).toMatchObject({
      summary: '[warning] acc firing on iris (accuracy = 0.78, condition < 0.9)',
      source: 'acme/vision',
      severity: 'warning',
      timestamp: '2026-11-20T10:00:00.000Z',
      component: 'iris',
      group: 'acc',
      class: 'accuracy',
    });
    expect(e.payload!.custom_details).toMatchObject({
      value: 0.78,
      threshold: 0.9,
      baseline: null,
      metric: 'accuracy',
      experiment: 'iris',
      run: '9',
      labels: { team: 'ml' },
      runbook: 'https://wiki.example/runbook',
    });
    expect(e.links).toEqual([
      { href: 'https://github.com/acme/vision/actions/runs/123', text: 'Run 9' },
      { href: 'https://wiki.example/runbook', text: 'Runbook' },
    ]);
    expect(e.client_url).toBe(ctx.workflowRunUrl);
    expect(first!.request.event.payload!.severity).toBe('critical');
  });

  it('maps severities, triggers on a reminder and resolves on resolved, with the same key', () => {
    const [info] = render([item({ severity: 'info' })]);
    expect(info!.request.event.payload!.severity).toBe('info');
    const [reminder] = render([item({ kind: 'reminder', run: '10' })]);
    const [resolved] = render([item({ kind: 'resolved', state: 'ok', value: 0.95, run: '11' })]);
    expect(reminder!.request.event.event_action).toBe('trigger');
    expect(resolved!.request.event).toEqual({ event_action: 'resolve', dedup_key: dedupKey(ctx, 'acc', 'iris') });
    expect(reminder!.request.event.dedup_key).toBe(resolved!.request.event.dedup_key);
    expect(eventErrors(withKey(resolved!.request.event))).toEqual([]);
  });

  it('keys differ by repository, alert and experiment, and never carry the routing key', () => {
    const keys = new Set([
      dedupKey(ctx, 'acc', 'iris'),
      dedupKey({ ...ctx, repository: 'acme/other' }, 'acc', 'iris'),
      dedupKey(ctx, 'acc2', 'iris'),
      dedupKey(ctx, 'acc', 'iris2'),
    ]);
    expect(keys.size).toBe(4);
    expect(JSON.stringify(render([item()]))).not.toContain(ROUTING_KEY);
  });

  it('makes hostile names one plain summary line within 1,024 characters; custom_details keep the data', () => {
    const experiment = `x\u202Eevil\n::error::pwned <@here> [a](https://evil.example) ${'y'.repeat(3000)}`;
    const [out] = render([item({ experiment, metric: 'm\r\n##[warning]x' })]);
    const e = out!.request.event;
    expect(eventErrors(withKey(e))).toEqual([]);
    expect(e.payload!.summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(e.payload!.summary).not.toMatch(/[\n\r\u202E]/);
    expect(e.payload!.summary.endsWith('…')).toBe(true);
    expect(e.payload!.component!.length).toBeLessThanOrEqual(255);
    expect(e.payload!.custom_details!.experiment).toBe(experiment);
    expect(e.payload!.custom_details!.metric).toBe('m\r\n##[warning]x');
  });

  it('links only http(s) URLs', () => {
    const bad = { ...rule, runbook: 'javascript:alert(1)' } as unknown as AlertRule;
    const [out] = renderEvents({ channel: channel(), items: [{ ...item(), rule: bad }], ctx });
    expect(out!.request.event.links).toEqual([{ href: ctx.workflowRunUrl, text: 'Run 9' }]);
  });

  it('a note is a change event (it opens no incident), with its level in the details', () => {
    const out = channelType.note(channel(), { title: 'metric-alerts', text: 'wired up', level: 'critical' }, ctx);
    expect(out.events).toEqual([]);
    if (!('change' in out.request)) throw new Error('expected a change event');
    expect(changeErrors(withKey(out.request.change))).toEqual([]);
    expect(out.request.change.payload.summary).toBe('metric-alerts: wired up');
    expect(out.request.change.payload.custom_details).toMatchObject({ level: 'critical' });
    expect(out.destination).toBe('https://events.pagerduty.com/v2/change/enqueue');
    expect(channelType.preview!(out.request)).not.toContain(ROUTING_KEY);
  });

  it('the change endpoint sits beside the alert endpoint (US, EU, a stand-in)', () => {
    expect(changeUrl('https://events.pagerduty.com/v2/enqueue')).toBe('https://events.pagerduty.com/v2/change/enqueue');
    expect(changeUrl('https://events.eu.pagerduty.com/v2/enqueue')).toBe(
      'https://events.eu.pagerduty.com/v2/change/enqueue',
    );
    expect(changeUrl('http://127.0.0.1:9/pd/v2/enqueue')).toBe('http://127.0.0.1:9/pd/v2/change/enqueue');
  });
});

describe('classify', () => {
  const a = (status: number, body = '') => ({ status, headers: {}, body });
  it('202 success keeps the dedup_key; 400 final with the reason, routing key hidden; 429 and 5xx retried', () => {
    expect(classifyPagerDuty(a(202, '{"status":"success","dedup_key":"k1"}'), channel())).toEqual({
      outcome: 'success',
      status: 202,
      ref: 'k1',
    });
    const bad = JSON.stringify({
      status: 'invalid event',
      message: 'Event object is invalid',
      errors: [`routing_key ${ROUTING_KEY} unknown`],
    });
    const final = classifyPagerDuty(a(400, bad), channel());
    expect(final).toMatchObject({ outcome: 'final', status: 400 });
    expect(final.outcome === 'final' && final.error).toBe('Event object is invalid: routing_key *** unknown');
    expect(classifyPagerDuty(a(429, 'Too many requests'), channel())).toMatchObject({ outcome: 'retry', status: 429 });
    expect(classifyPagerDuty(a(503), channel())).toMatchObject({ outcome: 'retry', status: 503 });
  });
});

describe('send (one attempt to a loopback Events API stand-in)', () => {
  let pd: PagerDutyStandIn;
  const http: HttpClient = {
    request: async (url, req, signal) => {
      const r = await httpRequest(url, { ...req, method: req.method as 'POST', signal });
      return { status: r.status, headers: r.headers, body: r.body.toString('utf8') };
    },
  };
  const sx = (ch: PagerDutyChannel): SendContext<PagerDutyChannel> => ({
    channel: ch,
    signal: AbortSignal.timeout(10_000),
    timeoutMs: 10_000,
    http,
  });
  beforeAll(async () => {
    pd = await startPagerDuty();
  });
  afterAll(async () => {
    await pd.close();
  });
  beforeEach(() => pd.reset());

  it('triggers, triggers again into the same open incident, resolves it', async () => {
    const ch = channel({ url: pd.url() });
    const key = dedupKey(ctx, 'acc', 'iris');
    for (const over of [{}, { kind: 'reminder' as const }, { kind: 'resolved' as const, state: 'ok' as const }]) {
      const [out] = render([item(over)], ch);
      expect(await channelType.send(out!.request, sx(ch))).toEqual({ outcome: 'success', status: 202, ref: key });
    }
    expect(pd.received.map((r) => r.json.routing_key)).toEqual([ROUTING_KEY, ROUTING_KEY, ROUTING_KEY]);
    expect([...pd.incidents.values()]).toEqual([
      { dedupKey: key, open: false, actions: ['trigger', 'trigger', 'resolve'], opened: 1 },
    ]);
  });

  it('an invalid event is final with the stand-in reason and no routing key; 429 and 5xx are retries', async () => {
    const wrong = channel({ url: pd.url(), routingKey: 'short-key' });
    const [out] = render([item()], wrong);
    const attempt = await channelType.send(out!.request, sx(wrong));
    expect(attempt).toMatchObject({ outcome: 'final', status: 400 });
    expect(attempt.outcome === 'final' && attempt.error).toMatch(/^Event object is invalid: Length of 'routing_key'/);
    pd.answer(RATE_LIMITED, { status: 502, body: 'Bad Gateway' });
    const ch = channel({ url: pd.url() });
    expect(await channelType.send(out!.request, sx(ch))).toMatchObject({
      outcome: 'retry',
      status: 429,
      rateLimited: true,
    });
    expect(await channelType.send(out!.request, sx(ch))).toMatchObject({ outcome: 'retry', status: 502 });
    expect(pd.incidents.size).toBe(0);
  });
});
