// The GitHub REST API as both its callers use it (the github-issue channel, the pr-comment): the headers GitHub asks
// for, one request with its own timeout (inside the caller's signal), the next page of a Link header (only on the
// API's own origin: the token goes nowhere else), what an error answer says, and how a refusal reads (a rate limit
// and its wait, a locked issue, a missing permission). Never shows the token.
import { isRecord } from '../core/records.js';
import { clip, headerValue as header, jsonObject, retryAfterHeader } from '../channels/http-answer.js';

/** Each request's own timeout (SPEC §5: 10 s per request). */
export const GITHUB_TIMEOUT_MS = 10_000;
/** A rate limit with neither retry-after nor x-ratelimit-remaining: 0: GitHub asks for at least a minute. */
export const SECONDARY_WAIT_MS = 60_000;

export interface RestAnswer {
  status: number;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: string;
}

/** What sends a request (the channels' HttpClient has this shape). */
export interface RestTransport {
  request(
    url: string,
    req: { method: 'GET' | 'POST' | 'PATCH'; headers: Record<string, string>; body?: string },
    signal: AbortSignal,
  ): Promise<RestAnswer>;
}

export interface RestCall {
  token: string;
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  body?: unknown;
  /** The caller's signal (a whole send, a channel's budget); the request also stops after `timeoutMs`. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** The headers of every GitHub REST request. */
export function githubHeaders(token: string, json: boolean): Record<string, string> {
  return {
    authorization: `Bearer ${token}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'metric-alerts',
    ...(json ? { 'content-type': 'application/json' } : {}),
  };
}

/** A signal that ends with `outer` or after `timeoutMs`, whichever comes first. */
export function requestSignal(outer: AbortSignal | undefined, timeoutMs = GITHUB_TIMEOUT_MS): AbortSignal {
  const own = AbortSignal.timeout(Math.max(1, timeoutMs));
  return outer ? AbortSignal.any([outer, own]) : own;
}

/** One request with its own timeout; throws what the transport throws (a network error, a timeout). */
export function githubCall(t: RestTransport, c: RestCall): Promise<RestAnswer> {
  const headers = githubHeaders(c.token, c.body !== undefined);
  const req =
    c.body === undefined ? { method: c.method, headers } : { method: c.method, headers, body: JSON.stringify(c.body) };
  return t.request(c.url, req, requestSignal(c.signal, c.timeoutMs));
}

/** The URL of rel="next" in a Link header, when it stays on the API's origin. */
export function nextLink(link: string | string[] | undefined, apiUrl: string): string | undefined {
  const value = Array.isArray(link) ? link.join(',') : (link ?? '');
  for (const part of value.split(',')) {
    const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)?.[1];
    if (!next) continue;
    try {
      return new URL(next).origin === new URL(apiUrl).origin ? next : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** GitHub's `message` of an error answer (one line, at most 200 characters), or undefined. */
export function githubMessage(body: string): string | undefined {
  const message = jsonObject(body)?.message;
  return typeof message === 'string' ? clip(message) : undefined;
}

/** How GitHub refused: a rate limit (and how long to wait), a locked issue, a missing permission; else other. */
export type Refusal =
  | { kind: 'rate-limited'; afterMs: number; secondary: boolean }
  | { kind: 'locked'; message: string }
  | { kind: 'forbidden'; message: string; integration: boolean }
  | { kind: 'other' };

/**
 * GitHub's documented order for a rate limit (403 or 429): retry-after; else x-ratelimit-remaining: 0 waits until
 * x-ratelimit-reset; else at least one minute.
 */
export function refusalOf(answer: RestAnswer, now = Date.now()): Refusal {
  const { status } = answer;
  if (status !== 403 && status !== 429) return { kind: 'other' };
  const message = githubMessage(answer.body) ?? '';
  const secondary = /secondary rate limit/i.test(message);
  const after = retryAfterHeader(header(answer, 'retry-after'), now);
  if (after !== undefined) return { kind: 'rate-limited', afterMs: after, secondary };
  const reset = Number(header(answer, 'x-ratelimit-reset'));
  if (header(answer, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset))
    return { kind: 'rate-limited', afterMs: Math.max(0, reset * 1000 - now), secondary };
  if (status === 429 || /rate limit/i.test(message))
    return { kind: 'rate-limited', afterMs: SECONDARY_WAIT_MS, secondary };
  if (/\bis locked\b/i.test(message)) return { kind: 'locked', message };
  return { kind: 'forbidden', message, integration: /resource not accessible by integration/i.test(message) };
}

/** Who wrote an issue or a comment. */
export interface Author {
  login: string;
  bot: boolean;
}

export function authorOf(v: unknown): Author {
  const user = isRecord(v) && isRecord(v.user) ? v.user : {};
  return { login: typeof user.login === 'string' ? user.login : '', bot: user.type === 'Bot' };
}

/**
 * Whose markers are believed (anyone who can write a comment could copy one): a bot's (github-actions[bot] for the
 * workflow's GITHUB_TOKEN, an app), or the token's own user's (a personal token). `login` asks GET /user once.
 */
export async function trustedAuthor(a: Author, login: () => Promise<string | undefined>): Promise<boolean> {
  if (a.bot) return true;
  const own = await login();
  return own !== undefined && own !== '' && a.login === own;
}

/** The login of the token's user (a personal token); undefined for an app's token, which GET /user refuses. */
export async function tokenLogin(t: RestTransport, c: Omit<RestCall, 'method' | 'url'> & { apiUrl: string }) {
  const url = `${c.apiUrl.replace(/\/+$/, '')}/user`;
  const res = await githubCall(t, { ...c, method: 'GET', url });
  if (res.status !== 200) return undefined;
  const login = jsonObject(res.body)?.login;
  return typeof login === 'string' ? login : undefined;
}
