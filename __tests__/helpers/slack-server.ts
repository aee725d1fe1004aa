// A loopback stand-in for Slack incoming webhooks. Answers as Slack documents: 200 "ok", 400 "invalid_payload",
// 404 "channel_not_found", 429 with Retry-After, 5xx, or no answer at all.
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Answer = { status: number; body: string; headers?: Record<string, string> } | 'hang' | 'reset';

export interface Received {
  path: string;
  at: number;
  body: string;
  json: { text: string; blocks: { type: string; text?: { text: string }; elements?: { text: string }[] }[] } & Record<
    string,
    unknown
  >;
}

export interface SlackStandIn {
  url(path?: string): string;
  received: Received[];
  /** Answers for the next requests to a path (default: 200 ok). */
  answer(path: string, ...answers: Answer[]): void;
  /** Called as each request arrives, before its body is read: its first bytes. */
  onRequest?: (path: string) => void;
  close(): Promise<void>;
}

export const OK: Answer = { status: 200, body: 'ok' };

export async function startSlack(): Promise<SlackStandIn> {
  const received: Received[] = [];
  const queues = new Map<string, Answer[]>();
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    standIn.onRequest?.(req.url ?? '/');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      let json: Received['json'];
      try {
        json = JSON.parse(body) as Received['json'];
      } catch {
        res.writeHead(400).end('invalid_payload');
        return;
      }
      received.push({ path, at: Date.now(), body, json });
      const answer = queues.get(path)?.shift() ?? OK;
      if (answer === 'hang') {
        hanging.add(res);
        return;
      }
      if (answer === 'reset') {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'text/plain', ...(answer.headers ?? {}) }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const standIn: SlackStandIn = {
    url: (path = '/services/T000/B000/secret-token') => `http://127.0.0.1:${port}${path}`,
    received,
    answer: (path, ...answers) => queues.set(path, [...(queues.get(path) ?? []), ...answers]),
    close: async () => {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return standIn;
}

/** All the text a person would read in a received message. */
export function messageText(r: Received): string {
  return r.json.blocks.map((b) => b.text?.text ?? (b.elements ?? []).map((e) => e.text).join(' ')).join('\n');
}

/** One Slack stand-in for a test file, emptied before each test. */
export function slackForSuite(): { readonly server: SlackStandIn } {
  const holder = {} as { server: SlackStandIn };
  beforeAll(async () => {
    holder.server = await startSlack();
  });
  afterAll(() => holder.server.close());
  beforeEach(() => {
    holder.server.received.length = 0;
    delete holder.server.onRequest;
  });
  return holder;
}
