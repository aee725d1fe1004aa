// A loopback stand-in for Sentry's envelope endpoint (POST [/PREFIX]/api/PROJECT_ID/envelope/), answering as Sentry
// documents: it reads X-Sentry-Auth (sentry_version=7, sentry_key, sentry_client) and the envelope (a header line with
// event_id, sent_at and dsn; an item header line `{"type":"event","length"?}`; the event payload, `length` bytes when
// given, else up to the line end) and answers 200 `{"id": event_id}`; 401 `{"detail":...}` for a missing or wrong key;
// 400 `{"detail":...}` for an envelope or event it cannot read (event_id not 32 hex, a level not in the list, tag keys
// past 32 characters, tag values past 200 or holding a line end); 413 for a body over 1 MiB; 429 with Retry-After and
// X-Sentry-Rate-Limits; or any queued answer. It records what it received.
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const PUBLIC_KEY = 'b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5';
export const PROJECT_ID = '4504';

export type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'reset';

export interface SentryEventBody {
  event_id?: unknown;
  timestamp?: unknown;
  level?: unknown;
  platform?: unknown;
  logger?: unknown;
  message?: { formatted?: unknown };
  fingerprint?: unknown;
  tags?: Record<string, unknown>;
  extra?: Record<string, unknown>;
}

export interface Envelope {
  header: { event_id?: unknown; sent_at?: unknown; dsn?: unknown };
  item: { type?: unknown; length?: unknown };
  event: SentryEventBody;
}

export interface Received {
  path: string;
  auth: Record<string, string>;
  body: string;
  envelope?: Envelope;
  status: number;
}

export interface SentryStandIn {
  /** A DSN of this stand-in (with an optional path prefix before the project id). */
  dsn(opts?: { key?: string; prefix?: string }): string;
  received: Received[];
  /** The events Sentry accepted (200). */
  accepted(): SentryEventBody[];
  answer(...answers: Answer[]): void;
  reset(): void;
  close(): Promise<void>;
}

export const MAX_BYTES = 1 << 20;
const LEVELS = ['fatal', 'error', 'warning', 'info', 'debug'];

export function rateLimited(seconds: number): Answer {
  return {
    status: 429,
    body: '',
    headers: { 'retry-after': String(seconds), 'x-sentry-rate-limits': `${seconds}:error;default:organization` },
  };
}

/** `Sentry sentry_version=7, sentry_key=..., sentry_client=...` as a record. */
export function parseAuth(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const m = /^Sentry\s+(.*)$/.exec(value ?? '');
  for (const pair of (m?.[1] ?? '').split(',')) {
    const [k, ...v] = pair.trim().split('=');
    if (k) out[k] = v.join('=');
  }
  return out;
}

/** An envelope's lines read as Sentry reads them; throws with Sentry's reason when it cannot. */
export function parseEnvelope(raw: Buffer): Envelope {
  const firstEnd = raw.indexOf(0x0a);
  if (firstEnd < 0) throw new Error('invalid envelope: no header line');
  const header = JSON.parse(raw.subarray(0, firstEnd).toString('utf8')) as Envelope['header'];
  const itemEnd = raw.indexOf(0x0a, firstEnd + 1);
  if (itemEnd < 0) throw new Error('invalid envelope: no item header');
  const item = JSON.parse(raw.subarray(firstEnd + 1, itemEnd).toString('utf8')) as Envelope['item'];
  const start = itemEnd + 1;
  let end: number;
  if (item.length !== undefined) {
    if (!Number.isInteger(item.length)) throw new Error('invalid envelope: item length');
    end = start + (item.length as number);
    if (end > raw.length || (end < raw.length && raw[end] !== 0x0a)) throw new Error('invalid envelope: item length');
  } else {
    const nl = raw.indexOf(0x0a, start);
    end = nl < 0 ? raw.length : nl;
  }
  const event = JSON.parse(raw.subarray(start, end).toString('utf8')) as SentryEventBody;
  return { header, item, event };
}

/** Sentry's judgement of an envelope: undefined when accepted, else the `detail` of its 400. */
export function judge(env: Envelope): string | undefined {
  const e = env.event;
  if (env.item.type !== 'event') return 'invalid envelope: item type';
  if (typeof e.event_id !== 'string' || !/^[0-9a-f]{32}$/.test(e.event_id)) return 'invalid event_id';
  if (env.header.event_id !== undefined && env.header.event_id !== e.event_id) return 'event_id mismatch';
  if (e.level !== undefined && !LEVELS.includes(e.level as string)) return 'invalid level';
  if (typeof e.message?.formatted !== 'string' || e.message.formatted.length > 8192) return 'invalid message';
  if (
    e.fingerprint !== undefined &&
    !(Array.isArray(e.fingerprint) && e.fingerprint.every((f) => typeof f === 'string'))
  )
    return 'invalid fingerprint';
  for (const [k, v] of Object.entries(e.tags ?? {})) {
    if (k.length > 32 || !/^[A-Za-z0-9_.:-]+$/.test(k)) return `invalid tag key ${k}`;
    if (typeof v !== 'string' || v.length > 200 || /[\r\n]/.test(v) || v === '') return `invalid tag value of ${k}`;
  }
  return undefined;
}

function reply(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export async function startSentry(): Promise<SentryStandIn> {
  const received: Received[] = [];
  const queue: Answer[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const route = /^(?:\/[^/]+)*\/api\/(\d+)\/envelope\/$/.exec(path);
      if (req.method !== 'POST' || !route) return reply(res, 404, { detail: 'not found' });
      const auth = parseAuth(req.headers['x-sentry-auth'] as string | undefined);
      const raw = Buffer.concat(chunks);
      const rec: Received = { path, auth, body: raw.toString('utf8'), status: 0 };
      received.push(rec);
      try {
        rec.envelope = parseEnvelope(raw);
      } catch {
        // judged below
      }
      const queued = queue.shift();
      if (queued === 'reset') return req.socket.destroy();
      if (queued) {
        rec.status = queued.status;
        return res.writeHead(queued.status, queued.headers ?? {}).end(queued.body ?? '');
      }
      const answer = (status: number, body: unknown) => {
        rec.status = status;
        reply(res, status, body);
      };
      if (auth.sentry_version !== '7' || auth.sentry_key !== PUBLIC_KEY || !auth.sentry_client)
        return answer(401, { detail: 'missing or invalid authentication' });
      if (route[1] !== PROJECT_ID) return answer(403, { detail: 'event submission rejected with_reason: ProjectId' });
      if (raw.length > MAX_BYTES) return answer(413, { detail: 'envelope exceeded size limits' });
      if (!rec.envelope) return answer(400, { detail: 'invalid envelope' });
      const problem = judge(rec.envelope);
      if (problem) return answer(400, { detail: problem });
      answer(200, { id: rec.envelope.event.event_id });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    dsn: ({ key = PUBLIC_KEY, prefix = '' } = {}) => `http://${key}@127.0.0.1:${port}${prefix}/${PROJECT_ID}`,
    received,
    accepted: () => received.filter((r) => r.status === 200).map((r) => r.envelope!.event),
    answer: (...answers) => queue.push(...answers),
    reset: () => {
      received.length = 0;
      queue.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One stand-in for a test file, emptied before each test. */
export function sentryForSuite(): { server: SentryStandIn } {
  const holder = {} as { server: SentryStandIn };
  beforeAll(async () => {
    holder.server = await startSentry();
  });
  beforeEach(() => holder.server.reset());
  afterAll(async () => {
    await holder.server.close();
  });
  return holder;
}
