// A loopback stand-in for a Standard Webhooks receiver (https://www.standardwebhooks.com). With a secret it verifies
// every request as the spec says, independently of the sender's code: it recomputes
// base64(HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{body}")) over the raw body, compares it in constant time
// with each "v1,..." of webhook-signature, and rejects a timestamp more than 5 minutes from its clock (401, as the
// libraries' verify errors are usually answered). Otherwise it answers the statuses a test queues (default 204), and
// records what it received.
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'hang' | 'reset';

export interface Received {
  path: string;
  at: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: unknown;
  /** Why verification failed; undefined when it passed (or the receiver has no secret). */
  rejected?: string;
}

export interface ReceiverOptions {
  /** A Standard Webhooks secret (whsec_ + base64) or any other string (used as its UTF-8 bytes). */
  secret?: string;
  /** The receiver's clock, in ms (tests move it to make a timestamp old). */
  now?: () => number;
  /** Seconds a webhook-timestamp may be from the receiver's clock. */
  toleranceSec?: number;
}

export interface WebhookReceiver {
  url(path?: string): string;
  received: Received[];
  /** Requests that passed verification. */
  accepted(): Received[];
  /** Answers for the next requests to a path (after verification; default 204). */
  answer(path: string, ...answers: Answer[]): void;
  close(): Promise<void>;
}

export const PATH = '/hooks/metric-alerts/s3cr3t-path';

function keyOf(secret: string): Buffer {
  return secret.startsWith('whsec_') ? Buffer.from(secret.slice(6), 'base64') : Buffer.from(secret, 'utf8');
}

/** Why a request fails Standard Webhooks verification, or undefined when it passes. */
export function verify(
  secret: string,
  headers: http.IncomingHttpHeaders,
  body: string,
  nowMs: number,
  toleranceSec = 300,
): string | undefined {
  const id = headers['webhook-id'];
  const ts = headers['webhook-timestamp'];
  const sigs = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof ts !== 'string' || typeof sigs !== 'string') return 'missing required headers';
  if (!/^\d+$/.test(ts)) return 'invalid timestamp';
  const age = nowMs / 1000 - Number(ts);
  if (age > toleranceSec) return 'message timestamp too old';
  if (age < -toleranceSec) return 'message timestamp too new';
  const expected = createHmac('sha256', keyOf(secret)).update(`${id}.${ts}.${body}`).digest();
  for (const sig of sigs.split(' ')) {
    const [version, value] = sig.split(',');
    if (version !== 'v1' || value === undefined) continue;
    const given = Buffer.from(value, 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return undefined;
  }
  return 'no matching signature found';
}

export async function startReceiver(options: ReceiverOptions = {}): Promise<WebhookReceiver> {
  const received: Received[] = [];
  const queues = new Map<string, Answer[]>();
  const hanging = new Set<http.ServerResponse>();
  const now = options.now ?? Date.now;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const rejected =
        options.secret === undefined
          ? undefined
          : verify(options.secret, req.headers, body, now(), options.toleranceSec);
      received.push({ path, at: Date.now(), headers: req.headers, body, json, ...(rejected ? { rejected } : {}) });
      if (rejected) {
        res.writeHead(401, { 'content-type': 'text/plain' }).end(rejected);
        return;
      }
      const answer = queues.get(path)?.shift() ?? { status: 204 };
      if (answer === 'hang') {
        hanging.add(res);
        return;
      }
      if (answer === 'reset') {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'text/plain', ...(answer.headers ?? {}) }).end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = PATH) => `http://127.0.0.1:${port}${path}`,
    received,
    accepted: () => received.filter((r) => r.rejected === undefined),
    answer: (path, ...answers) => queues.set(path, [...(queues.get(path) ?? []), ...answers]),
    close: async () => {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
