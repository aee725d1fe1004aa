// Posts messages to Slack incoming webhooks under SPEC §5's delivery rules. The HTTP stack loads only when used.
import type { Delivery } from '../core/history/ledger.js';
import type { SlackMessage } from '../core/slack/message.js';
import { httpRequest, keepAliveAgents } from './http.js';
import { sleep } from './sleep.js';
import { retryableStatus } from '../core/deliveries.js';

export interface DeliveryPolicy {
  /** Per request. */
  timeoutMs: number;
  /** Retries after 5xx or a network error. */
  maxRetries: number;
  /** First backoff; doubles each retry, with jitter. */
  backoffMs: number;
  /** Longest Retry-After honoured. */
  maxRetryAfterMs: number;
  /** All attempts to one channel. */
  channelBudgetMs: number;
  /** Between two messages to the same URL. */
  spacingMs: number;
}

export const SLACK_POLICY: DeliveryPolicy = {
  timeoutMs: 10_000,
  maxRetries: 3,
  backoffMs: 1_000,
  maxRetryAfterMs: 30_000,
  channelBudgetMs: 60_000,
  spacingMs: 1_000,
};

export interface DeliveryJob {
  channel: string;
  url: string;
  message: SlackMessage;
}

export type DeliveryOutcome = Omit<Delivery, 'at'>;

/** Delivers every job; channels run concurrently, messages to one URL in order and spaced. Never throws. */
export async function deliverAll(
  jobs: readonly DeliveryJob[],
  policy: DeliveryPolicy = SLACK_POLICY,
): Promise<DeliveryOutcome[]> {
  if (jobs.length === 0) return [];
  const agents = keepAliveAgents();
  const lastSent = new Map<string, number>();
  const chains = new Map<string, Promise<unknown>>();
  try {
    return await Promise.all(
      jobs.map((job) => {
        const previous = chains.get(job.url) ?? Promise.resolve();
        const run = previous.then(async () => {
          const wait = (lastSent.get(job.url) ?? -Infinity) + policy.spacingMs - Date.now();
          if (wait > 0) await sleep(wait);
          try {
            return await deliverOne(job, policy, async (body, signal) =>
              httpRequest(job.url, {
                method: 'POST',
                headers: { 'content-type': 'application/json; charset=utf-8' },
                body,
                signal,
                maxBytes: 65_536,
                agent: await agents.for(job.url),
              }).then((res) => ({
                status: res.status,
                retryAfter: header(res.headers['retry-after']),
                body: res.body.toString('utf8'),
              })),
            );
          } finally {
            lastSent.set(job.url, Date.now());
          }
        });
        chains.set(job.url, run);
        return run;
      }),
    );
  } finally {
    agents.destroy();
  }
}

function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

interface HttpAnswer {
  status: number;
  retryAfter: string | undefined;
  body: string;
}

type Post = (body: string, signal: AbortSignal) => Promise<HttpAnswer>;

async function deliverOne(job: DeliveryJob, policy: DeliveryPolicy, post: Post): Promise<DeliveryOutcome> {
  const body = JSON.stringify(job.message);
  const deadline = Date.now() + policy.channelBudgetMs;
  let attempts = 0;
  let failures = 0;
  for (;;) {
    attempts++;
    const left = deadline - Date.now();
    let answer: HttpAnswer | undefined;
    let networkError: string | undefined;
    try {
      answer = await post(body, AbortSignal.timeout(Math.min(policy.timeoutMs, Math.max(1, left))));
    } catch (e) {
      networkError = describeNetworkError(e, policy.timeoutMs);
    }
    let wait: number;
    if (answer) {
      const text = answer.body.trim();
      if (answer.status === 200 && text === 'ok') return { channel: job.channel, ok: true, status: 200, attempts };
      if (answer.status === 429) {
        const seconds = Number(answer.retryAfter);
        wait = Math.min(
          policy.maxRetryAfterMs,
          Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : policy.backoffMs,
        );
        if (Date.now() + wait >= deadline)
          return fail(
            job,
            attempts,
            429,
            `rate limited (429); waiting Retry-After would pass the ${policy.channelBudgetMs / 1000} s budget for this channel`,
          );
      } else if (answer.status >= 500) {
        failures++;
        if (failures > policy.maxRetries)
          return fail(job, attempts, answer.status, `HTTP ${answer.status}${text ? `: ${clip(text)}` : ''}`);
        wait = backoff(policy, failures);
      } else {
        // Other answers are final: Slack names the problem in the body (invalid_payload, channel_not_found, ...).
        return fail(job, attempts, answer.status, text ? clip(text) : `HTTP ${answer.status}`);
      }
    } else {
      failures++;
      if (failures > policy.maxRetries) return fail(job, attempts, undefined, networkError ?? 'network error');
      wait = backoff(policy, failures);
    }
    if (Date.now() + wait >= deadline)
      return fail(
        job,
        attempts,
        answer?.status,
        `${answer ? `HTTP ${answer.status}` : networkError}; the ${policy.channelBudgetMs / 1000} s budget for this channel ran out`,
      );
    await sleep(wait);
  }
}

function backoff(policy: DeliveryPolicy, failures: number): number {
  const base = policy.backoffMs * 2 ** (failures - 1);
  return base / 2 + Math.random() * (base / 2);
}

function fail(job: DeliveryJob, attempts: number, status: number | undefined, error: string): DeliveryOutcome {
  const out: DeliveryOutcome = { channel: job.channel, ok: false, attempts, error, retryable: retryableStatus(status) };
  if (status !== undefined) out.status = status;
  return out;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 200 ? `${one.slice(0, 197)}...` : one;
}

/** A network error in words, without the URL (it is a secret). */
function describeNetworkError(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; code?: string; cause?: { code?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  if (err?.name === 'BodyTooLarge') return 'the answer was too large';
  const code = err?.code ?? err?.cause?.code;
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found (DNS)',
    EAI_AGAIN: 'DNS lookup failed',
    EPIPE: 'connection closed by the server',
    ETIMEDOUT: `could not connect within ${timeoutMs / 1000} s`,
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  };
  return code ? (words[code] ?? `network error ${code}`) : 'network error';
}
