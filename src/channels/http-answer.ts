// An HTTP answer as one attempt's outcome (SPEC §5): success as the type says, 429 and 5xx retried, other answers final
// with the service's reason. Shared by every HTTP channel type.
import { isRecord } from '../core/records.js';
import type { Attempt, HttpAnswer, SendContext } from './types.js';

export interface HttpRules {
  /** A success of this type (200 `ok` for a Slack webhook, 204 for Discord, any 2xx for a webhook). */
  ok(answer: HttpAnswer): boolean;
  /** The type's own wait on 429 (Discord's `retry_after`), in ms; Retry-After is read when this gives nothing. */
  retryAfterMs?(answer: HttpAnswer): number | undefined;
  /** The service's reason for a failure (Slack's `invalid_payload`); the clipped body when this gives nothing. */
  reason?(answer: HttpAnswer): string | undefined;
  /** The `ref` to keep for a success. */
  ref?(answer: HttpAnswer): string | undefined;
}

export function classifyHttp(answer: HttpAnswer, rules: HttpRules): Attempt {
  const { status } = answer;
  if (rules.ok(answer)) {
    const ref = rules.ref?.(answer);
    return ref === undefined ? { outcome: 'success', status } : { outcome: 'success', status, ref };
  }
  const error = describe(answer, rules);
  if (status === 429) {
    const afterMs = rules.retryAfterMs?.(answer) ?? retryAfterHeader(answer.headers['retry-after']);
    return afterMs === undefined
      ? { outcome: 'retry', status, error, rateLimited: true }
      : { outcome: 'retry', status, error, afterMs, rateLimited: true };
  }
  if (status >= 500 || status === 408) return { outcome: 'retry', status, error };
  return { outcome: 'final', status, error };
}

function describe(answer: HttpAnswer, rules: HttpRules): string {
  if (answer.status === 429) return 'rate limited (429)';
  const reason = rules.reason?.(answer) ?? clip(answer.body);
  return reason ? (answer.status >= 500 ? `HTTP ${answer.status}: ${reason}` : reason) : `HTTP ${answer.status}`;
}

/** Retry-After as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export function retryAfterHeader(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v.trim() === '') return undefined;
  const seconds = Number(v);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** An answer's body as a JSON object, or undefined when it is not one (an HTML error page, empty, an array). */
export function jsonObject(body: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(body) as unknown;
    return isRecord(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** A header's value (the first, when it came more than once). */
export function headerValue(answer: Pick<HttpAnswer, 'headers'>, name: string): string | undefined {
  const v = answer.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** One line of at most 200 characters (an answer's body in a warning). */
export function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 200 ? `${one.slice(0, 197)}...` : one;
}

/** POSTs `body` as JSON (UTF-8) with the send's client and signal: what every JSON-over-HTTP type sends. */
export function postJson(
  sx: Pick<SendContext, 'http' | 'signal'>,
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  return sx.http.request(
    url,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body: JSON.stringify(body),
    },
    sx.signal,
  );
}
