// A loopback stand-in for Datadog's Events API v1 (POST /api/v1/events with a DD-API-KEY header), answering as Datadog
// documents: 202 `{"status":"ok","event":{...}}`; 403 `{"errors":["Forbidden"]}` for a wrong or missing key; 400
// `{"errors":[...]}` for a body past a documented limit (title 100, text 4,000, aggregation_key 100, tags of at most
// 200 characters, alert_type / priority enums, date_happened an integer within 18 h past and 2 h ahead); 429 with
// X-RateLimit-* headers (Reset in seconds); or any queued answer. It records what it received.
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const API_KEY = 'dd-api-key-0123456789abcdef';

export type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'reset';

export interface DatadogEventBody {
  title?: unknown;
  text?: unknown;
  alert_type?: unknown;
  aggregation_key?: unknown;
  tags?: unknown;
  source_type_name?: unknown;
  date_happened?: unknown;
  priority?: unknown;
}

export interface Received {
  path: string;
  apiKey: string | undefined;
  json: DatadogEventBody;
  status: number;
}

export interface DatadogStandIn {
  /** The API base to put in `api-url` (https://api.<site> in production). */
  url(): string;
  received: Received[];
  /** Only the events Datadog accepted (202). */
  accepted(): DatadogEventBody[];
  answer(...answers: Answer[]): void;
  reset(): void;
  close(): Promise<void>;
}

export function rateLimited(resetSeconds: number): Answer {
  return {
    status: 429,
    body: JSON.stringify({ errors: ['Rate limit of 1000 requests in 3600 seconds reached.'] }),
    headers: {
      'content-type': 'application/json',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-period': '3600',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(resetSeconds),
    },
  };
}

/** Datadog's judgement of an event body: undefined when accepted, else the `errors` of its 400. */
export function judge(b: DatadogEventBody, now = Date.now()): string[] | undefined {
  const errors: string[] = [];
  const text = (v: unknown, name: string, max: number, required: boolean) => {
    if (v === undefined) return required ? errors.push(`Missing required field '${name}'`) : 0;
    if (typeof v !== 'string') return errors.push(`'${name}' must be a string`);
    if (v.length > max) errors.push(`'${name}' exceeds ${max} characters`);
    return 0;
  };
  text(b.title, 'title', 100, true);
  text(b.text, 'text', 4000, true);
  text(b.aggregation_key, 'aggregation_key', 100, false);
  text(b.source_type_name, 'source_type_name', 100, false);
  if (b.alert_type !== undefined && !['error', 'warning', 'info', 'success'].includes(b.alert_type as string))
    errors.push(`Invalid alert_type`);
  if (b.priority !== undefined && !['normal', 'low'].includes(b.priority as string)) errors.push('Invalid priority');
  if (b.tags !== undefined) {
    if (!Array.isArray(b.tags) || !b.tags.every((t) => typeof t === 'string')) errors.push("'tags' must be strings");
    else if (b.tags.some((t: string) => t.length > 200)) errors.push('A tag exceeds 200 characters');
  }
  if (b.date_happened !== undefined) {
    const d = b.date_happened;
    if (!Number.isInteger(d)) errors.push("'date_happened' must be an integer");
    else if ((d as number) * 1000 < now - 18 * 3_600_000 || (d as number) * 1000 > now + 2 * 3_600_000)
      errors.push("'date_happened' is out of range");
  }
  return errors.length ? errors : undefined;
}

function reply(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

export async function startDatadog(): Promise<DatadogStandIn> {
  const received: Received[] = [];
  const queue: Answer[] = [];
  let nextId = 7_000_000_000_000_000_000n;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (req.method !== 'POST' || path !== '/api/v1/events') return reply(res, 404, { errors: ['Not found'] });
      const key = req.headers['dd-api-key'];
      const apiKey = Array.isArray(key) ? key[0] : key;
      let json: DatadogEventBody = {};
      try {
        json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as DatadogEventBody;
      } catch {
        received.push({ path, apiKey, json, status: 400 });
        return reply(res, 400, { errors: ['Invalid JSON'] });
      }
      const queued = queue.shift();
      if (queued === 'reset') {
        received.push({ path, apiKey, json, status: 0 });
        return req.socket.destroy();
      }
      if (queued) {
        received.push({ path, apiKey, json, status: queued.status });
        return res.writeHead(queued.status, queued.headers ?? {}).end(queued.body ?? '');
      }
      if (apiKey !== API_KEY) {
        received.push({ path, apiKey, json, status: 403 });
        return reply(res, 403, { errors: ['Forbidden'] });
      }
      const errors = judge(json);
      received.push({ path, apiKey, json, status: errors ? 400 : 202 });
      if (errors) return reply(res, 400, { errors });
      const id = nextId++;
      reply(res, 202, { status: 'ok', event: { ...json, id: Number(id), id_str: String(id), url: `/event/${id}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: () => `http://127.0.0.1:${port}`,
    received,
    accepted: () => received.filter((r) => r.status === 202).map((r) => r.json),
    answer: (...answers) => queue.push(...answers),
    reset: () => {
      received.length = 0;
      queue.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One stand-in for a test file, emptied before each test. */
export function datadogForSuite(): { server: DatadogStandIn } {
  const holder = {} as { server: DatadogStandIn };
  beforeAll(async () => {
    holder.server = await startDatadog();
  });
  beforeEach(() => holder.server.reset());
  afterAll(async () => {
    await holder.server.close();
  });
  return holder;
}
