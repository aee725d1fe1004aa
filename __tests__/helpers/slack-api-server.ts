// A loopback stand-in for Slack's Web API (chat.postMessage, chat.update) that answers as Slack documents: HTTP 200
// with `"ok": true` and the message's `channel` and `ts`, HTTP 200 with `"ok": false` and an error name
// (not_authed, invalid_auth, channel_not_found, not_in_channel, no_text, invalid_blocks, msg_too_long,
// msg_blocks_too_long, thread_not_found, message_not_found), 429 `ratelimited` with Retry-After when told to.
// It keeps the messages of each channel with their thread replies and edits, and records every request.
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const TOKEN = 'xoxb-1111-2222-standintoken';

export interface Block {
  type: string;
  text?: { type: string; text: string };
  elements?: { type: string; text: string }[];
}

export interface Message {
  ts: string;
  text: string;
  blocks: Block[];
  /** Replies in this message's thread, in order. */
  replies: Message[];
  /** Set on a reply posted with reply_broadcast. */
  broadcast?: boolean;
  /** How many times chat.update changed it. */
  edits: number;
}

export interface ApiCall {
  method: string;
  at: number;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
  json: Record<string, unknown> | undefined;
}

/** A canned answer for the next call of a method, before it is looked at; or no answer, or a cut connection. */
export type CannedAnswer =
  { status: number; json?: Record<string, unknown>; headers?: Record<string, string> } | 'hang' | 'reset';

export interface StandInChannel {
  id: string;
  name: string;
  /** The app is in the channel (else chat.postMessage answers not_in_channel). */
  member: boolean;
  messages: Message[];
}

export interface SlackApiStandIn {
  /** The Web API base, as `api-url`: http://127.0.0.1:PORT/api */
  url: string;
  calls: ApiCall[];
  channels: Map<string, StandInChannel>;
  /** Answers for the next calls of a method (chat.postMessage, chat.update). */
  answer(method: string, ...answers: CannedAnswer[]): void;
  /** Forgets every message, call and canned answer. */
  reset(): void;
  close(): Promise<void>;
}

export const rateLimited = (seconds = 1): CannedAnswer => ({
  status: 429,
  json: { ok: false, error: 'ratelimited' },
  headers: { 'retry-after': String(seconds) },
});
export const slackError = (error: string, status = 200): CannedAnswer => ({ status, json: { ok: false, error } });

const LIMITS = { blocks: 50, section: 3000, header: 150, text: 40_000, blocksText: 13_000 };

export async function startSlackApi(
  opts: { token?: string; channels?: { id: string; name: string; member?: boolean }[] } = {},
): Promise<SlackApiStandIn> {
  const token = opts.token ?? TOKEN;
  const initial = opts.channels ?? [{ id: 'C0ALERTS', name: 'ml-alerts' }];
  const channels = new Map<string, StandInChannel>();
  const calls: ApiCall[] = [];
  const canned = new Map<string, CannedAnswer[]>();
  const hanging = new Set<http.ServerResponse>();
  let counter = 0;
  const reset = (): void => {
    channels.clear();
    for (const c of initial) channels.set(c.id, { id: c.id, name: c.name, member: c.member ?? true, messages: [] });
    calls.length = 0;
    canned.clear();
  };
  reset();
  const nextTs = (): string => `${1_700_000_000 + ++counter}.${String(counter).padStart(6, '0')}`;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const method = (req.url ?? '/').replace(/^\/api\//, '').replace(/\?.*$/, '');
      const call: ApiCall = {
        method,
        at: Date.now(),
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body,
        json: parseObject(body),
      };
      calls.push(call);
      const next = canned.get(method)?.shift();
      if (next === 'hang') return void hanging.add(res);
      if (next === 'reset') return void req.socket.destroy();
      if (next !== undefined) return send(res, next.status, next.json ?? {}, next.headers);
      if (req.method !== 'POST' || !(req.url ?? '').startsWith('/api/'))
        return send(res, 404, { ok: false, error: 'unknown_method' });
      const answer = handle(call);
      send(res, 200, answer);
    });
  });

  function handle(call: ApiCall): Record<string, unknown> {
    if (!call.authorization) return { ok: false, error: 'not_authed' };
    if (call.authorization !== `Bearer ${token}`) return { ok: false, error: 'invalid_auth' };
    if (!call.contentType?.startsWith('application/json') || call.json === undefined)
      return { ok: false, error: 'invalid_json' };
    if (call.method === 'chat.postMessage') return postMessage(call.json);
    if (call.method === 'chat.update') return update(call.json);
    return { ok: false, error: 'unknown_method' };
  }

  function findChannel(ref: unknown): StandInChannel | undefined {
    if (typeof ref !== 'string') return undefined;
    return channels.get(ref) ?? [...channels.values()].find((c) => `#${c.name}` === ref || c.name === ref);
  }

  function postMessage(json: Record<string, unknown>): Record<string, unknown> {
    const ch = findChannel(json.channel);
    if (!ch) return { ok: false, error: 'channel_not_found' };
    if (!ch.member) return { ok: false, error: 'not_in_channel' };
    const invalid = contentError(json);
    if (invalid) return { ok: false, error: invalid };
    const message: Message = {
      ts: nextTs(),
      text: String(json.text ?? ''),
      blocks: (json.blocks as Block[]) ?? [],
      replies: [],
      edits: 0,
    };
    if (json.thread_ts !== undefined) {
      const parent = ch.messages.find((m) => m.ts === json.thread_ts);
      if (!parent) return { ok: false, error: 'thread_not_found' };
      if (json.reply_broadcast === true) message.broadcast = true;
      parent.replies.push(message);
    } else {
      ch.messages.push(message);
    }
    return {
      ok: true,
      channel: ch.id,
      ts: message.ts,
      message: { type: 'message', text: message.text, ts: message.ts },
    };
  }

  function update(json: Record<string, unknown>): Record<string, unknown> {
    const ch = typeof json.channel === 'string' ? channels.get(json.channel) : undefined;
    if (!ch) return { ok: false, error: 'channel_not_found' };
    const message = ch.messages.find((m) => m.ts === json.ts);
    if (!message) return { ok: false, error: 'message_not_found' };
    const invalid = contentError(json);
    if (invalid) return { ok: false, error: invalid };
    message.text = String(json.text ?? '');
    message.blocks = (json.blocks as Block[]) ?? [];
    message.edits++;
    return { ok: true, channel: ch.id, ts: message.ts, text: message.text };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api`,
    calls,
    channels,
    answer: (method, ...answers) => canned.set(method, [...(canned.get(method) ?? []), ...answers]),
    reset,
    close: async () => {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The documented limits of a message: text, 50 blocks, a section's 3,000 and a header's 150 characters. */
function contentError(json: Record<string, unknown>): string | undefined {
  const blocks = json.blocks;
  if (blocks === undefined) return typeof json.text === 'string' && json.text !== '' ? undefined : 'no_text';
  if (!Array.isArray(blocks) || blocks.length === 0 || blocks.length > LIMITS.blocks) return 'invalid_blocks';
  let all = 0;
  for (const b of blocks as Block[]) {
    const texts = b.text ? [b.text.text] : (b.elements ?? []).map((e) => e.text);
    for (const t of texts) {
      if (typeof t !== 'string') return 'invalid_blocks';
      if (b.type === 'header' && t.length > LIMITS.header) return 'invalid_blocks';
      if (b.type === 'section' && t.length > LIMITS.section) return 'invalid_blocks';
      all += t.length;
    }
  }
  if (typeof json.text === 'string' && json.text.length > LIMITS.text) return 'msg_too_long';
  return all > LIMITS.blocksText ? 'msg_blocks_too_long' : undefined;
}

function parseObject(body: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(body);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function send(
  res: http.ServerResponse,
  status: number,
  json: Record<string, unknown>,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(json));
}

/** All the text a person reads in a message's blocks. */
export function blocksText(m: Pick<Message, 'blocks'>): string {
  return m.blocks.map((b) => b.text?.text ?? (b.elements ?? []).map((e) => e.text).join(' ')).join('\n');
}

/** One Slack Web API stand-in for a test file, emptied before each test. */
export function slackApiForSuite(opts?: Parameters<typeof startSlackApi>[0]): { readonly server: SlackApiStandIn } {
  const holder = {} as { server: SlackApiStandIn };
  beforeAll(async () => {
    holder.server = await startSlackApi(opts);
  });
  afterAll(() => holder.server.close());
  beforeEach(() => holder.server.reset());
  return holder;
}
