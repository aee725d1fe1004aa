// The shared delivery stages (pipeline.ts) with a real type (pagerduty) over real HTTP to its loopback stand-in: the
// channel budget, a type's own spacing, rate limits with and without the service's wait.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { channelType } from '../../src/channels/pagerduty/index.js';
import { deliverAll, DEFAULT_POLICY, type DeliveryPolicy } from '../../src/channels/pipeline.js';
import type { ChannelType } from '../../src/channels/types.js';
import type { DigestItem } from '../../src/core/digest.js';
import type { AlertRule, PagerDutyChannel, RunContext } from '../../src/core/types.js';
import { ledgerEvent } from '../helpers/fixtures.js';
import { RATE_LIMITED, ROUTING_KEY, startPagerDuty, type PagerDutyStandIn } from '../helpers/pagerduty-server.js';

const ctx: RunContext = { serverUrl: 'https://github.com', repository: 'acme/vision', workflowRunId: '1' };
let pd: PagerDutyStandIn;
beforeAll(async () => {
  pd = await startPagerDuty();
});
afterAll(() => pd.close());
beforeEach(() => pd.reset());

const channel = (): PagerDutyChannel => ({ type: 'pagerduty', name: 'oncall', routingKey: ROUTING_KEY, url: pd.url() });
const items = (n: number): DigestItem[] =>
  Array.from({ length: n }, (_, i) => ({
    event: ledgerEvent({ alert: `a${i}`, experiment: 'iris', run: 'r1' }),
    rule: { labels: {} } as unknown as AlertRule,
    recent: [],
  }));

async function send(n: number, policy: DeliveryPolicy) {
  const ch = channel();
  const messages = channelType.render({ channel: ch, items: items(n), ctx });
  return deliverAll([{ channel: ch, type: channelType as unknown as ChannelType, messages }], policy);
}

describe('the channel budget', () => {
  it('messages whose turn comes after the budget are not sent, not waited for, and owed to the next run', async () => {
    // 40 events 100 ms apart in a 450 ms budget: at most 5 are sent (however slow the machine, the first is), the rest
    // wait for no turn.
    const policy = { ...DEFAULT_POLICY, spacingMs: 100, channelBudgetMs: 450 };
    const out = await send(40, policy);
    const sent = out.filter((o) => o.outcome.ok);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.length).toBeLessThanOrEqual(5);
    expect(pd.received).toHaveLength(sent.length);
    const rest = out.filter((o) => !o.outcome.ok);
    expect(rest).toHaveLength(40 - sent.length);
    expect(rest[0]!.outcome).toEqual({
      channel: 'oncall',
      ok: false,
      attempts: 0,
      retryable: true,
      error: `not sent in this run: the 0.45 s budget for this channel ran out after ${sent.length} of 40 messages; the next run with history sends it, marked late`,
    });
  });
});

describe("a type's own spacing", () => {
  it('PagerDuty events go 500 ms apart (120 a minute per routing key), not the pipeline 1 s', async () => {
    expect(channelType.spacingMs).toBe(500);
    await send(3, DEFAULT_POLICY);
    const at = pd.received.map((r) => r.at);
    expect(at).toHaveLength(3);
    for (let i = 1; i < at.length; i++) {
      expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(495);
      expect(at[i]! - at[i - 1]!).toBeLessThan(1_000);
    }
  });
});

describe('rate limits', () => {
  const quick: DeliveryPolicy = { ...DEFAULT_POLICY, backoffMs: 10, spacingMs: 0 };

  it('without a wait (PagerDuty sends no Retry-After) backs off and counts as a failure: at most 3 retries', async () => {
    pd.answer(RATE_LIMITED, RATE_LIMITED, RATE_LIMITED, RATE_LIMITED, RATE_LIMITED);
    const [out] = await send(1, quick);
    expect(out!.outcome).toMatchObject({ ok: false, status: 429, attempts: 4, retryable: true });
    expect(pd.received).toHaveLength(4);
  });

  it('a wait longer than the cap is not cut short: left for a later run, retryable', async () => {
    pd.answer({ status: 429, body: 'slow down', headers: { 'retry-after': '120' } });
    const [out] = await send(1, quick);
    expect(out!.outcome).toMatchObject({ ok: false, status: 429, attempts: 1, retryable: true });
    expect(out!.outcome.error).toMatch(/asks to wait 120 s, longer than the 30 s a run waits$/);
    expect(pd.received).toHaveLength(1);
  });

  it('a wait within the cap is waited for and does not count as a failure', async () => {
    const wait = { status: 429, body: 'slow down', headers: { 'retry-after': '0' } };
    pd.answer(wait, wait, wait, wait, wait);
    const [out] = await send(1, quick);
    expect(out!.outcome).toMatchObject({ ok: true, status: 202, attempts: 6 });
  });
});

describe('a type whose send makes several requests (manyRequests)', () => {
  // A type that makes three requests to a loopback server answering each after 150 ms, each request with its own
  // timeout (sx.timeoutMs) inside the send's signal: 450 ms in all, over one request's 300 ms timeout.
  let server: Server;
  let url = '';
  beforeAll(async () => {
    server = createServer((_req, res) => void setTimeout(() => res.end('ok'), 150));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const threeCalls = (manyRequests: boolean): ChannelType => ({
    type: 'webhook',
    grouping: 'event',
    manyRequests,
    render: () => [],
    note: () => ({ events: [], destination: url, request: {} }),
    send: async (_request, sx) => {
      for (let i = 0; i < 3; i++) {
        const signal = AbortSignal.any([sx.signal, AbortSignal.timeout(sx.timeoutMs)]);
        await sx.http.request(url, { method: 'GET' }, signal);
      }
      return { outcome: 'success', status: 200 };
    },
  });
  const job = (type: ChannelType) => ({
    channel: { type: 'webhook' as const, name: 'w', url },
    type,
    messages: [{ events: [], destination: url, request: {} }],
  });
  const policy: DeliveryPolicy = { ...DEFAULT_POLICY, timeoutMs: 300, maxRetries: 0, spacingMs: 0 };

  it('gets the channel budget for the whole send, each request its own timeout', async () => {
    const [out] = await deliverAll([job(threeCalls(true))], policy);
    expect(out!.outcome).toMatchObject({ ok: true, attempts: 1 });
  });

  it('a type of one request is stopped at one request timeout', async () => {
    const [out] = await deliverAll([job(threeCalls(false))], policy);
    expect(out!.outcome).toMatchObject({ ok: false, error: 'no answer within 0.3 s' });
  });
});
