// A loopback stand-in for Discord's Execute Webhook (POST /api[/vN]/webhooks/{id}/{token}), answering as Discord
// documents: 204 No Content, or 200 with the message object under ?wait=true; 400 "Invalid Form Body" (code 50035) with
// the field errors for a payload past any embed limit, 50006 for an empty message, 50109 for invalid JSON; 404 "Unknown
// Webhook" (10015) and 401 "Invalid Webhook Token" (50027); 429 with the JSON `retry_after` (seconds, a float) and a
// Retry-After header; or any queued answer (5xx, a reset connection). It records what it received, and what Discord
// would have notified (`pings`): only mentions in the content that allowed_mentions permits.
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'hang' | 'reset';

export interface Received {
  path: string;
  query: URLSearchParams;
  at: number;
  body: string;
  json: DiscordPayload;
  /** What Discord answered (a queued answer, or its own judgement of the payload). */
  status: number;
}

export interface DiscordPayload {
  content?: string;
  embeds?: {
    title?: string;
    description?: string;
    url?: string;
    color?: number;
    timestamp?: string;
    fields?: { name: string; value: string; inline?: boolean }[];
    footer?: { text: string };
    author?: { name: string };
  }[];
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[] };
}

export interface DiscordStandIn {
  /** A webhook URL of this stand-in (unversioned, as Discord's "Copy Webhook URL" gives it). */
  url(opts?: { id?: string; token?: string; query?: string; version?: number }): string;
  received: Received[];
  /** Answers for the next requests (before the stand-in's own judgement). */
  answer(...answers: Answer[]): void;
  /** Forgets what was received and any answers still queued. */
  reset(): void;
  close(): Promise<void>;
}

export const WEBHOOK_ID = '1100000000000000001';
export const WEBHOOK_TOKEN = 'discord-webhook-token-secret';

/** Discord's 429: the JSON body's `retry_after` in seconds (a float), and Retry-After in whole seconds. */
export function rateLimited(seconds: number): Answer {
  return {
    status: 429,
    body: JSON.stringify({ message: 'You are being rate limited.', retry_after: seconds, global: false }),
    headers: {
      'content-type': 'application/json',
      'retry-after': String(Math.ceil(seconds)),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(seconds),
      'x-ratelimit-scope': 'user',
    },
  };
}

export const LIMITS = {
  content: 2000,
  embeds: 10,
  total: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
};

type FieldErrors = Record<string, unknown>;

function put(errors: FieldErrors, path: string[], message: string, code = 'BASE_TYPE_MAX_LENGTH'): void {
  let node = errors;
  for (const key of path) node = (node[key] ??= {}) as FieldErrors;
  ((node._errors ??= []) as unknown[]).push({ code, message });
}

function maxLength(errors: FieldErrors, path: string[], value: unknown, max: number): number {
  if (value === undefined) return 0;
  if (typeof value !== 'string') {
    put(errors, path, 'Could not interpret value as string.', 'BASE_TYPE_STRING');
    return 0;
  }
  if (value.length > max) put(errors, path, `Must be ${max} or fewer in length.`);
  return value.length;
}

function embedErrors(errors: FieldErrors, e: NonNullable<DiscordPayload['embeds']>[number], i: number): number {
  const at = (...p: string[]) => ['embeds', String(i), ...p];
  let chars = maxLength(errors, at('title'), e.title, LIMITS.title);
  chars += maxLength(errors, at('description'), e.description, LIMITS.description);
  if (e.url !== undefined && !/^https?:\/\/[^\s]+$/.test(e.url))
    put(errors, at('url'), 'Not a well formed URL.', 'URL_TYPE_INVALID_URL');
  if (e.color !== undefined && !(Number.isInteger(e.color) && e.color >= 0 && e.color <= 0xffffff))
    put(errors, at('color'), 'Value is not a valid color.', 'COLOR_INVALID');
  if (e.timestamp !== undefined && Number.isNaN(Date.parse(e.timestamp)))
    put(errors, at('timestamp'), 'Could not parse timestamp.', 'DATE_TIME_TYPE_PARSE');
  const fields = e.fields ?? [];
  if (fields.length > LIMITS.fields) put(errors, at('fields'), `Must be ${LIMITS.fields} or fewer in length.`);
  fields.forEach((f, j) => {
    for (const [key, max] of [
      ['name', LIMITS.fieldName],
      ['value', LIMITS.fieldValue],
    ] as const) {
      if (typeof f[key] !== 'string' || f[key] === '')
        put(errors, at('fields', String(j), key), 'This field is required', 'BASE_TYPE_REQUIRED');
      else chars += maxLength(errors, at('fields', String(j), key), f[key], max);
    }
  });
  chars += maxLength(errors, at('footer', 'text'), e.footer?.text, LIMITS.footer);
  chars += maxLength(errors, at('author', 'name'), e.author?.name, LIMITS.author);
  return chars;
}

function mentionErrors(errors: FieldErrors, m: DiscordPayload['allowed_mentions']): void {
  if (m === undefined) return;
  const parse = m.parse ?? [];
  for (const p of parse)
    if (!['roles', 'users', 'everyone'].includes(p))
      put(errors, ['allowed_mentions', 'parse'], `Value "${p}" is not a valid enum value.`, 'BASE_TYPE_CHOICES');
  for (const kind of ['users', 'roles'] as const) {
    if (m[kind] === undefined) continue;
    if (parse.includes(kind))
      put(
        errors,
        ['allowed_mentions'],
        `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
        'MENTIONS_MUTUALLY_EXCLUSIVE',
      );
    if (m[kind].length > 100) put(errors, ['allowed_mentions', kind], 'Must be 100 or fewer in length.');
    if (!m[kind].every((id) => /^\d{1,20}$/.test(id)))
      put(errors, ['allowed_mentions', kind], 'Value is not snowflake.', 'NUMBER_TYPE_COERCE');
  }
}

/** Discord's judgement of a payload: undefined when it would be posted, else its 400 body. */
export function judge(p: DiscordPayload): { message: string; code: number; errors?: FieldErrors } | undefined {
  const embeds = p.embeds ?? [];
  if (!p.content && embeds.length === 0) return { message: 'Cannot send an empty message', code: 50006 };
  const errors: FieldErrors = {};
  maxLength(errors, ['content'], p.content, LIMITS.content);
  if (embeds.length > LIMITS.embeds) put(errors, ['embeds'], `Must be ${LIMITS.embeds} or fewer in length.`);
  const total = embeds.reduce((n, e, i) => n + embedErrors(errors, e, i), 0);
  if (total > LIMITS.total)
    put(errors, ['embeds'], `Embed size exceeds maximum size of ${LIMITS.total}`, 'MAX_EMBED_SIZE_EXCEEDED');
  mentionErrors(errors, p.allowed_mentions);
  return Object.keys(errors).length ? { message: 'Invalid Form Body', code: 50035, errors } : undefined;
}

/**
 * Who a posted message notifies, as Discord decides: mentions in the content only (embeds never ping), not escaped
 * with a backslash, and permitted by allowed_mentions (`parse`, or the id listed in `users`/`roles`).
 */
export function pings(p: DiscordPayload): string[] {
  const content = p.content ?? '';
  const allowed = p.allowed_mentions;
  const parse = allowed?.parse ?? ['users', 'roles', 'everyone']; // without allowed_mentions, everything pings
  const out: string[] = [];
  for (const m of content.matchAll(/(?<!\\)<@(!|&)?(\d+)>/g)) {
    const kind = m[1] === '&' ? 'roles' : 'users';
    if (parse.includes(kind) || (allowed?.[kind] ?? []).includes(m[2]!)) out.push(`${kind}:${m[2]}`);
  }
  if (parse.includes('everyone')) for (const m of content.matchAll(/(?<!\\)@(everyone|here)\b/g)) out.push(`@${m[1]}`);
  return out;
}

function send(res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

export async function startDiscord(): Promise<DiscordStandIn> {
  const received: Received[] = [];
  const queue: Answer[] = [];
  const hanging = new Set<http.ServerResponse>();
  let nextId = 1300000000000000000n;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const target = new URL(req.url ?? '/', 'http://x');
      const route = /^\/api(?:\/v\d+)?\/webhooks\/(\d+)\/([^/]+)$/.exec(target.pathname);
      if (req.method !== 'POST' || !route) return send(res, 404, { message: '404: Not Found', code: 0 });
      if (route[1] !== WEBHOOK_ID) return send(res, 404, { message: 'Unknown Webhook', code: 10015 });
      if (route[2] !== WEBHOOK_TOKEN) return send(res, 401, { message: 'Invalid Webhook Token', code: 50027 });
      const body = Buffer.concat(chunks).toString('utf8');
      let json: DiscordPayload;
      try {
        if (!/^application\/json/.test(req.headers['content-type'] ?? '')) throw new Error('not JSON');
        json = JSON.parse(body) as DiscordPayload;
      } catch {
        return send(res, 400, { message: 'The request body contains invalid JSON.', code: 50109 });
      }
      const answer = queue.shift();
      if (answer === 'hang') return void hanging.add(res);
      if (answer === 'reset') return void req.socket.destroy();
      const record = (status: number) =>
        received.push({ path: target.pathname, query: target.searchParams, at: Date.now(), body, json, status });
      if (answer) {
        record(answer.status);
        return void res.writeHead(answer.status, answer.headers ?? {}).end(answer.body ?? '');
      }
      const problem = judge(json);
      if (problem) {
        record(400);
        return send(res, 400, problem);
      }
      record(target.searchParams.get('wait') === 'true' ? 200 : 204);
      if (target.searchParams.get('wait') !== 'true') return send(res, 204);
      send(res, 200, { id: String(nextId++), type: 0, webhook_id: WEBHOOK_ID, ...json });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: ({ id = WEBHOOK_ID, token = WEBHOOK_TOKEN, query = '', version } = {}) =>
      `http://127.0.0.1:${port}/api${version ? `/v${version}` : ''}/webhooks/${id}/${token}${query}`,
    received,
    answer: (...answers) => queue.push(...answers),
    reset: () => {
      received.length = 0;
      queue.length = 0;
    },
    close: async () => {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** One Discord stand-in for a test file, emptied before each test. */
export function discordForSuite(): { readonly server: DiscordStandIn } {
  const holder = {} as { server: DiscordStandIn };
  beforeAll(async () => {
    holder.server = await startDiscord();
  });
  afterAll(() => holder.server.close());
  beforeEach(() => holder.server.reset());
  return holder;
}
