// The delivery stages every channel type shares (SPEC §5), around one attempt of the type's send: per-request timeout,
// retries (429 after the service's wait, 5xx and network errors with backoff, other answers final), a time budget per
// channel, spacing between requests to one destination. Channels run at once; one channel's messages go in order.
// Never throws: every message ends in an outcome.
import type { Delivery } from '../core/history/ledger.js';
import type { ChannelConfig } from '../core/types.js';
import { sleep } from '../adapters/sleep.js';
import { httpClient } from './http-client.js';
import type { Attempt, ChannelType, GitHubAccess, HttpClient, Outgoing } from './types.js';

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
  /** Between two requests to the same destination. */
  spacingMs: number;
}

export const DEFAULT_POLICY: DeliveryPolicy = {
  timeoutMs: 10_000,
  maxRetries: 3,
  backoffMs: 1_000,
  maxRetryAfterMs: 30_000,
  channelBudgetMs: 60_000,
  spacingMs: 1_000,
};

/** Everything one channel sends in this run, in order. */
export interface ChannelJob {
  channel: ChannelConfig;
  type: ChannelType;
  messages: readonly Outgoing[];
  /** For types that call the GitHub API. */
  github?: GitHubAccess;
}

export type DeliveryOutcome = Omit<Delivery, 'at'>;

/** One message's outcome, for the events it carried. */
export interface MessageOutcome {
  channel: string;
  events: readonly string[];
  outcome: DeliveryOutcome;
  /** A success's note from the type (e.g. "the original message could not be updated"). */
  note?: string;
}

/** Shared by the channels of one delivery: the HTTP client, and when each destination was last sent to. */
interface Shared {
  policy: DeliveryPolicy;
  http: HttpClient;
  lastSent: Map<string, number>;
  chains: Map<string, Promise<unknown>>;
}

export async function deliverAll(
  jobs: readonly ChannelJob[],
  policy: DeliveryPolicy = DEFAULT_POLICY,
): Promise<MessageOutcome[]> {
  if (jobs.every((j) => j.messages.length === 0)) return [];
  const client = httpClient();
  const shared: Shared = { policy, http: client, lastSent: new Map(), chains: new Map() };
  try {
    const perChannel = await Promise.all(jobs.map((job) => deliverChannel(job, shared)));
    return perChannel.flat();
  } finally {
    client.destroy();
  }
}

async function deliverChannel(job: ChannelJob, shared: Shared): Promise<MessageOutcome[]> {
  const deadline = Date.now() + shared.policy.channelBudgetMs;
  const spacingMs = Math.min(shared.policy.spacingMs, job.type.spacingMs ?? Infinity);
  const out: MessageOutcome[] = [];
  for (const [i, message] of job.messages.entries()) {
    const turn = { destination: message.destination, spacingMs, deadline };
    const done = await inTurn(shared, turn, () => deliverOne({ job, message, shared, deadline }));
    out.push(done ?? unsent(job, message, { sent: i, of: job.messages.length, policy: shared.policy }));
  }
  return out;
}

interface Turn {
  destination: string;
  spacingMs: number;
  /** The channel's budget: a message whose turn comes after it is not sent (and not waited for). */
  deadline: number;
}

/**
 * Runs `send` after every earlier send to the same destination, at least spacingMs after the last one; undefined
 * without sending when the channel's budget runs out before its turn.
 */
async function inTurn<T>(shared: Shared, turn: Turn, send: () => Promise<T>): Promise<T | undefined> {
  const { destination } = turn;
  const previous = shared.chains.get(destination) ?? Promise.resolve();
  const run = previous.then(async () => {
    const at = Math.max(Date.now(), (shared.lastSent.get(destination) ?? -Infinity) + turn.spacingMs);
    if (at >= turn.deadline) return undefined;
    if (at > Date.now()) await sleep(at - Date.now());
    try {
      return await send();
    } finally {
      shared.lastSent.set(destination, Date.now());
    }
  });
  shared.chains.set(
    destination,
    run.catch(() => undefined),
  );
  return run;
}

/** A message the channel's budget left no time for: owed, so the next run with history sends it, marked late. */
function unsent(job: ChannelJob, message: Outgoing, n: { sent: number; of: number; policy: DeliveryPolicy }) {
  const error = `not sent in this run: ${budgetWords(n.policy)} after ${n.sent} of ${n.of} messages; the next run with history sends it, marked late`;
  return { channel: job.channel.name, events: message.events, outcome: failed(job, 0, undefined, error) };
}

interface OneMessage {
  job: ChannelJob;
  message: Outgoing;
  shared: Shared;
  deadline: number;
}

async function deliverOne(m: OneMessage): Promise<MessageOutcome> {
  const { job, message, shared, deadline } = m;
  const { policy } = shared;
  const result = (outcome: DeliveryOutcome, note?: string): MessageOutcome => ({
    channel: job.channel.name,
    events: message.events,
    outcome,
    ...(note ? { note } : {}),
  });
  let attempts = 0;
  let failures = 0;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) return result(failed(job, attempts, undefined, budgetWords(policy)));
    attempts++;
    const attempt = await attemptOnce(m, job.type.manyRequests ? left : Math.min(policy.timeoutMs, left));
    if (attempt.outcome === 'success') {
      const ok: DeliveryOutcome = { channel: job.channel.name, ok: true, attempts };
      if (attempt.status !== undefined) ok.status = attempt.status;
      if (attempt.ref !== undefined) ok.ref = attempt.ref;
      return result(ok, attempt.note);
    }
    if (attempt.outcome === 'final') return result(failed(job, attempts, attempt.status, attempt.error, false));
    const next = nextTry(attempt, policy, failures);
    if (next.counted) failures++;
    if ('stop' in next) return result(failed(job, attempts, attempt.status, `${attempt.error}${next.stop}`));
    if (Date.now() + next.wait >= deadline) {
      const why = attempt.rateLimited
        ? `waiting Retry-After would pass the ${policy.channelBudgetMs / 1000} s budget for this channel`
        : budgetWords(policy);
      return result(failed(job, attempts, attempt.status, `${attempt.error}; ${why}`));
    }
    await sleep(next.wait);
  }
}

type NextTry = { wait: number; counted: boolean } | { stop: string; counted: boolean };

/**
 * After a retryable answer: how long to wait, or why not to try again in this run (left retryable: a later run sends
 * it). A rate limit with the service's wait is waited for, and is not a failure; a wait longer than the cap is never
 * cut short (retrying before the service allows it prolongs the limit: GitHub bans integrations that do). A rate limit
 * without a wait (PagerDuty sends none) backs off as a failure does, and counts as one.
 */
function nextTry(attempt: Extract<Attempt, { outcome: 'retry' }>, policy: DeliveryPolicy, failures: number): NextTry {
  const { afterMs } = attempt;
  if (attempt.rateLimited && afterMs !== undefined) {
    if (afterMs > policy.maxRetryAfterMs)
      return {
        stop: `; the service asks to wait ${Math.ceil(afterMs / 1000)} s, longer than the ${policy.maxRetryAfterMs / 1000} s a run waits`,
        counted: false,
      };
    return { wait: afterMs, counted: false };
  }
  if (failures + 1 > policy.maxRetries) return { stop: '', counted: true };
  return { wait: afterMs ?? backoff(policy, failures + 1), counted: true };
}

/** One send, stopped after `timeoutMs` (one request's timeout, or for a type of many requests the budget left). */
async function attemptOnce({ job, message, shared }: OneMessage, timeoutMs: number): Promise<Attempt> {
  try {
    return await job.type.send(message.request, {
      channel: job.channel,
      ...(job.github ? { github: job.github } : {}),
      signal: AbortSignal.timeout(Math.max(1, timeoutMs)),
      timeoutMs: shared.policy.timeoutMs,
      http: shared.http,
    });
  } catch (e) {
    return { outcome: 'retry', error: describeNetworkError(e, shared.policy.timeoutMs) };
  }
}

function budgetWords(policy: DeliveryPolicy): string {
  return `the ${policy.channelBudgetMs / 1000} s budget for this channel ran out`;
}

function backoff(policy: DeliveryPolicy, failures: number): number {
  const base = policy.backoffMs * 2 ** (failures - 1);
  return base / 2 + Math.random() * (base / 2);
}

function failed(
  job: ChannelJob,
  attempts: number,
  status: number | undefined,
  error: string,
  retryable = true,
): DeliveryOutcome {
  const out: DeliveryOutcome = { channel: job.channel.name, ok: false, attempts, error, retryable };
  if (status !== undefined) out.status = status;
  return out;
}

/** A network error in words, without the URL (it is a secret). */
export function describeNetworkError(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; code?: string; cause?: { code?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  if (err?.name === 'BodyTooLarge') return 'the answer was too large';
  // A proxy's own words name the proxy (never its password) and what it answered.
  if (err?.name === 'ProxyError' && e instanceof Error) return e.message;
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
