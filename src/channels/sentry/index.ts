// The `sentry` channel type (SPEC §5): an event per fired or reminder event in an envelope to the DSN's project
// (X-Sentry-Auth with the DSN's public key), 200 success, 429 retried after Retry-After or X-Sentry-Rate-Limits, 5xx
// retried, other answers (400, 413, 403) final with Sentry's `detail`. The DSN and its key never appear in an error.
import { VERSION } from '../../cli/version.js';
import { safeLogText } from '../../core/safe-text.js';
import type { SentryChannel } from '../../core/types.js';
import { classifyHttp, clip, headerValue, jsonObject, retryAfterHeader } from '../http-answer.js';
import type { Attempt, ChannelType, HttpAnswer, SendContext } from '../types.js';
import { parseDsn } from './dsn.js';
import { renderEvents, renderNote, RESOLVED_NOT_SENT, type SentryEvent, type SentryRequest } from './render.js';

export const SENTRY_CLIENT = `metric-alerts/${VERSION}`;

/** Sentry's reason: the JSON `detail`, or the X-Sentry-Error header. */
export function sentryReason(answer: HttpAnswer): string | undefined {
  const detail = jsonObject(answer.body)?.detail;
  if (typeof detail === 'string') return clip(detail);
  const error = headerValue(answer, 'x-sentry-error');
  return error ? clip(error) : undefined;
}

/**
 * X-Sentry-Rate-Limits (`retry_after:categories:scope:reason_code, ...`): the longest wait of the limits that apply to
 * events (category `error`, or no category: every category), in ms.
 */
export function sentryRateLimitMs(answer: HttpAnswer): number | undefined {
  const raw = headerValue(answer, 'x-sentry-rate-limits');
  if (!raw) return retryAfterHeader(answer.headers['retry-after']);
  let longest: number | undefined;
  for (const limit of raw.split(',')) {
    const [seconds, categories = ''] = limit.trim().split(':');
    const applies = categories === '' || categories.split(';').some((c) => c === 'error' || c === 'default');
    const s = Number(seconds);
    if (applies && Number.isFinite(s) && s >= 0) longest = Math.max(longest ?? 0, s * 1000);
  }
  return longest ?? retryAfterHeader(answer.headers['retry-after']);
}

export function classifySentry(answer: HttpAnswer): Attempt {
  return classifyHttp(answer, {
    ok: (a) => a.status === 200,
    retryAfterMs: sentryRateLimitMs,
    reason: sentryReason,
    ref: (a) => {
      const id = jsonObject(a.body)?.id;
      return typeof id === 'string' ? id : undefined;
    },
  });
}

/** The envelope: its header line, the event item's header line (with the payload's byte length), the event. */
export function envelope(c: { event: SentryEvent; dsn: string; sentAt: string }): string {
  const payload = JSON.stringify(c.event);
  const head = JSON.stringify({ event_id: c.event.event_id, sent_at: c.sentAt, dsn: c.dsn });
  const item = JSON.stringify({ type: 'event', length: Buffer.byteLength(payload, 'utf8') });
  return `${head}\n${item}\n${payload}\n`;
}

async function send(request: SentryRequest, sx: SendContext<SentryChannel>): Promise<Attempt> {
  const dsn = parseDsn(sx.channel.dsn);
  if ('error' in dsn || !request.url) {
    return { outcome: 'final', error: 'error' in dsn ? dsn.error : (request.error ?? 'the DSN cannot be read') };
  }
  const auth = `Sentry sentry_version=7, sentry_key=${dsn.publicKey}, sentry_client=${SENTRY_CLIENT}`;
  const answer = await sx.http.request(
    request.url,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-sentry-envelope', 'x-sentry-auth': auth },
      body: envelope({ event: request.event, dsn: sx.channel.dsn, sentAt: new Date().toISOString() }),
    },
    sx.signal,
  );
  return classifySentry(answer);
}

/** The event as plain text for a terminal (the CLI's preview of a dry run); never the DSN. */
export function previewSentry({ event }: SentryRequest): string {
  const tags = Object.entries(event.tags).map(([k, v]) => `${k}=${v}`);
  return safeLogText(`[${event.level}] ${event.message.formatted}\ntags: ${tags.join(', ')}`);
}

export const channelType: ChannelType<SentryChannel, SentryRequest> = {
  type: 'sentry',
  grouping: 'event',
  render: renderEvents,
  note: renderNote,
  send,
  leftOut: RESOLVED_NOT_SENT,
  preview: previewSentry,
};
