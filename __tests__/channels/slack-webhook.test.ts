// Real HTTP against a loopback server answering as Slack does.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  deliverAll as deliverJobs,
  DEFAULT_POLICY as SLACK_POLICY,
  type DeliveryOutcome,
  type DeliveryPolicy,
} from '../../src/channels/pipeline.js';
import { channelType } from '../../src/channels/slack/index.js';
import type { SlackMessage } from '../../src/core/slack/message.js';
import type { ChannelType } from '../../src/channels/types.js';
import { startSlack, type SlackStandIn } from '../helpers/slack-server.js';

/** Each job one Slack webhook message through the shared pipeline and the slack type; the outcomes in job order. */
async function deliverAll(
  jobs: readonly { channel: string; url: string; message: SlackMessage }[],
  policy: DeliveryPolicy,
): Promise<DeliveryOutcome[]> {
  const out = await deliverJobs(
    jobs.map((j) => ({
      channel: { name: j.channel, type: 'slack' as const, url: j.url, apiUrl: '', mentions: [] },
      type: channelType as unknown as ChannelType,
      messages: [{ events: [], destination: j.url, request: { url: j.url, message: j.message } }],
    })),
    policy,
  );
  return out.map((o) => o.outcome);
}

const message = { text: 'hello', blocks: [] };
const fast: DeliveryPolicy = { ...SLACK_POLICY, backoffMs: 20, spacingMs: 0, timeoutMs: 300, channelBudgetMs: 5_000 };

describe('deliverAll', () => {
  let slack: SlackStandIn;
  beforeEach(async () => {
    slack = await startSlack();
  });
  afterEach(() => slack.close());

  it('SPEC defaults: 10 s timeout, 3 retries, Retry-After capped at 30 s, 60 s per channel, 1 s apart', () => {
    expect(SLACK_POLICY).toEqual({
      timeoutMs: 10_000,
      maxRetries: 3,
      backoffMs: 1_000,
      maxRetryAfterMs: 30_000,
      channelBudgetMs: 60_000,
      spacingMs: 1_000,
    });
  });

  it('posts JSON and succeeds on 200 ok', async () => {
    const [r] = await deliverAll([{ channel: 'c', url: slack.url('/a'), message }], fast);
    expect(r).toEqual({ channel: 'c', ok: true, status: 200, attempts: 1 });
    expect(slack.received[0]!.json).toEqual(message);
  });

  it("does not retry other 4xx and reports Slack's error string", async () => {
    slack.answer('/a', { status: 400, body: 'invalid_payload' });
    slack.answer('/b', { status: 404, body: 'channel_not_found' });
    const r = await deliverAll(
      [
        { channel: 'a', url: slack.url('/a'), message },
        { channel: 'b', url: slack.url('/b'), message },
      ],
      fast,
    );
    expect(r).toEqual([
      { channel: 'a', ok: false, status: 400, attempts: 1, error: 'invalid_payload', retryable: false },
      { channel: 'b', ok: false, status: 404, attempts: 1, error: 'channel_not_found', retryable: false },
    ]);
  });

  it('waits Retry-After on 429 and retries', async () => {
    slack.answer('/a', { status: 429, body: 'rate_limited', headers: { 'retry-after': '1' } });
    const t = Date.now();
    const [r] = await deliverAll([{ channel: 'c', url: slack.url('/a'), message }], fast);
    expect(r).toMatchObject({ ok: true, attempts: 2 });
    expect(slack.received[1]!.at - slack.received[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - t).toBeLessThan(5_000);
  });

  it('gives up on 429 when Retry-After would pass the channel budget', async () => {
    slack.answer('/a', { status: 429, body: 'rate_limited', headers: { 'retry-after': '10' } });
    const [r] = await deliverAll([{ channel: 'c', url: slack.url('/a'), message }], {
      ...fast,
      channelBudgetMs: 2_000,
    });
    expect(r).toMatchObject({
      ok: false,
      status: 429,
      attempts: 1,
      error: 'rate limited (429); waiting Retry-After would pass the 2 s budget for this channel',
      retryable: true,
    });
    expect(slack.received).toHaveLength(1);
  });

  it('retries 5xx with backoff at most 3 times', async () => {
    slack.answer('/a', ...Array(10).fill({ status: 503, body: 'service_unavailable' }));
    const [r] = await deliverAll([{ channel: 'c', url: slack.url('/a'), message }], fast);
    expect(r).toMatchObject({ ok: false, status: 503, attempts: 4, retryable: true });
    expect(r!.error).toBe('HTTP 503: service_unavailable');
    expect(slack.received).toHaveLength(4);
  });

  it('recovers when a retry succeeds', async () => {
    slack.answer('/a', { status: 500, body: 'oops' }, 'reset');
    const [r] = await deliverAll([{ channel: 'c', url: slack.url('/a'), message }], fast);
    expect(r).toMatchObject({ ok: true, attempts: 3 });
  });

  it('times out a hanging server and retries it', async () => {
    slack.answer('/hang', 'hang', 'hang', 'hang', 'hang');
    const [hung] = await deliverAll([{ channel: 'slow', url: slack.url('/hang'), message }], fast);
    expect(hung).toMatchObject({ ok: false, attempts: 4, error: 'no answer within 0.3 s' });
  });

  it('one hanging channel does not delay another, in one call or in two', async () => {
    // The hanging channel takes its whole 1.5 s timeout; the other must be done long before.
    const slow: DeliveryPolicy = { ...fast, timeoutMs: 1_500, maxRetries: 0 };
    slack.answer('/hang', 'hang');
    const t = Date.now();
    const both = await deliverAll(
      [
        { channel: 'slow', url: slack.url('/hang'), message },
        { channel: 'fast', url: slack.url('/ok'), message },
      ],
      slow,
    );
    expect(both.map((b) => b.ok)).toEqual([false, true]);
    expect(Date.now() - t).toBeGreaterThanOrEqual(1_400);
    expect(slack.received.find((r) => r.path === '/ok')!.at - t).toBeLessThan(1_000);
  });

  it('reports a refused connection without the URL', async () => {
    const url = slack.url('/secret-path');
    await slack.close();
    const [r] = await deliverAll([{ channel: 'c', url, message }], fast);
    expect(r).toMatchObject({ ok: false, attempts: 4, error: 'connection refused', retryable: true });
    expect(JSON.stringify(r)).not.toContain('secret-path');
    slack = await startSlack();
  });

  it('spaces messages to the same URL and keeps their order', async () => {
    const jobs = [1, 2, 3].map((n) => ({
      channel: `c${n}`,
      url: slack.url('/same'),
      message: { text: String(n), blocks: [] },
    }));
    await deliverAll(jobs, { ...fast, spacingMs: 200 });
    expect(slack.received.map((r) => r.json.text)).toEqual(['1', '2', '3']);
    expect(slack.received[1]!.at - slack.received[0]!.at).toBeGreaterThanOrEqual(190);
    expect(slack.received[2]!.at - slack.received[1]!.at).toBeGreaterThanOrEqual(190);
  });
});
