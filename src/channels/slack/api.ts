// Slack's Web API (a channel with `token` + `channel`, SPEC §5): the digest as chat.postMessage; resolved events and
// reminders as one reply per thread under the message that fired them, and that message redrawn (chat.update) with
// the resolved ones marked. The blocks are the webhook's (core/slack/message.ts); only the envelope differs.
import { eventId } from '../../core/history/ledger.js';
import { isRecord } from '../../core/records.js';
import { buildDigest, buildNote, type SlackMessage } from '../../core/slack/message.js';
import { previewMessage } from '../../core/slack/preview.js';
import type { RunContext, SlackChannel } from '../../core/types.js';
import { classifyHttp, clip, postJson } from '../http-answer.js';
import { describeNetworkError } from '../pipeline.js';
import type { Attempt, Batch, DigestItem, HttpAnswer, Note, Outgoing, SendContext, ThreadMessage } from '../types.js';

/**
 * Most characters of event sections in one message. Slack documents 50 blocks and 3,000 characters a section, and
 * refuses blocks of ~13,000 characters in all (msg_blocks_too_long, slackapi/bolt-js#2509): events past this budget
 * are counted in an "…and N more" line.
 */
export const MAX_API_SECTIONS_TEXT = 11_000;

/** Threads answered in one run (a reply and an update each); the items of any further thread go in the digest. */
export const MAX_THREADS = 10;

export interface PostMessageBody extends SlackMessage {
  channel: string;
  /** A reply: the `ts` of the thread's first message. */
  thread_ts?: string;
  /** A reply that is also shown in the channel (reminders). */
  reply_broadcast?: boolean;
  /** No previews of the links a message carries (run, commit, runbook). */
  unfurl_links: false;
  unfurl_media: false;
}

export interface UpdateBody extends SlackMessage {
  channel: string;
  ts: string;
}

/**
 * One message: a chat.postMessage (a digest, a reply in a thread, a note) and, for a reply that resolves events of
 * the message that fired them, the chat.update of that message once the reply is delivered. The token is added by
 * sendApi, never kept in a request.
 */
export interface ApiRequest {
  post: PostMessageBody;
  update?: UpdateBody;
}

/** A message of the Web API as the `ref` its delivery keeps: "CHANNEL_ID:ts". */
export interface MessageRef {
  channel: string;
  ts: string;
}

export function formatRef(ref: MessageRef): string {
  return `${ref.channel}:${ref.ts}`;
}

/** The message a ref names; undefined for anything else (a ref of another type, an unreadable one). */
export function parseRef(ref: string | undefined): MessageRef | undefined {
  const m = /^([A-Z0-9]+):(\d+\.\d+)$/.exec(ref ?? '');
  return m ? { channel: m[1]!, ts: m[2]! } : undefined;
}

/** The Web API's messages for a batch: the digest of the new events first, then a reply per thread. */
export function renderApi(batch: Batch<SlackChannel>): Outgoing<ApiRequest>[] {
  const { channel, ctx } = batch;
  const { loose, threads } = splitByThread(batch.items);
  const out: Outgoing<ApiRequest>[] = [];
  if (loose.length) {
    const digest = buildDigest(loose, channel, ctx, { maxSectionsText: MAX_API_SECTIONS_TEXT });
    out.push(outgoing(channel, loose, { post: postBody(channel.channel ?? '', digest) }));
  }
  for (const [ref, items] of threads) {
    const at = parseRef(ref)!;
    const reply = buildDigest(items, channel, ctx, { maxSectionsText: MAX_API_SECTIONS_TEXT });
    const post: PostMessageBody = { ...postBody(at.channel, reply), thread_ts: at.ts };
    if (items.some((i) => i.event.kind === 'reminder')) post.reply_broadcast = true;
    // The message that fired is redrawn when this run resolves some of its events (a reminder changes nothing there).
    const original = batch.threads?.get(ref);
    const resolves = original !== undefined && items.some((i) => i.event.kind === 'resolved');
    const request: ApiRequest = resolves ? { post, update: updateBody({ at, original, channel, ctx }) } : { post };
    out.push(outgoing(channel, items, request));
  }
  return out;
}

/**
 * Items with a thread (resolved events and reminders whose firing message is known), by thread in order of first
 * appearance, at most MAX_THREADS of them; every other item (fired events, or no known thread) is `loose`.
 */
function splitByThread(items: readonly DigestItem[]): { loose: DigestItem[]; threads: Map<string, DigestItem[]> } {
  const loose: DigestItem[] = [];
  const threads = new Map<string, DigestItem[]>();
  for (const item of items) {
    const ref = item.event.kind === 'fired' ? undefined : item.thread;
    const known = ref !== undefined && parseRef(ref) !== undefined;
    const list = known ? (threads.get(ref) ?? (threads.size < MAX_THREADS ? [] : undefined)) : undefined;
    if (list === undefined) {
      loose.push(item);
      continue;
    }
    list.push(item);
    threads.set(ref!, list);
  }
  return { loose, threads };
}

interface UpdateContext {
  at: MessageRef;
  original: ThreadMessage;
  channel: SlackChannel;
  ctx: RunContext;
}

/** The message that fired, drawn again from the history: the events it carried, the resolved ones marked. */
function updateBody({ at, original, channel, ctx }: UpdateContext): UpdateBody {
  const message = buildDigest(original.items, channel, ctx, {
    resolved: original.resolved,
    maxSectionsText: MAX_API_SECTIONS_TEXT,
    contextLead: 'Updated by',
  });
  return { channel: at.channel, ts: at.ts, ...message };
}

function postBody(channel: string, message: SlackMessage): PostMessageBody {
  return { channel, ...message, unfurl_links: false, unfurl_media: false };
}

function outgoing(channel: SlackChannel, items: readonly DigestItem[], request: ApiRequest): Outgoing<ApiRequest> {
  return { events: items.map((i) => eventId(i.event)), destination: methodUrl(channel, 'chat.postMessage'), request };
}

type Method = 'chat.postMessage' | 'chat.update';

function methodUrl(channel: Pick<SlackChannel, 'apiUrl'>, method: Method): string {
  return `${channel.apiUrl.replace(/\/+$/, '')}/${method}`;
}

/** A note (test-channels' wired-up message, an ad-hoc notify) as one chat.postMessage. */
export function noteApi(channel: SlackChannel, note: Note, ctx: RunContext): Outgoing<ApiRequest> {
  const post = postBody(channel.channel ?? '', buildNote(channel.name, note, ctx));
  return { events: [], destination: methodUrl(channel, 'chat.postMessage'), request: { post } };
}

/**
 * One attempt: the chat.postMessage, classified (classifyApi). After a delivered reply, its update: if that fails,
 * the reply stays delivered (a success with a note), since sending the reply again would repeat it.
 */
export async function sendApi(request: ApiRequest, sx: SendContext<SlackChannel>): Promise<Attempt> {
  const token = sx.channel.token;
  if (!token) return { outcome: 'final', error: 'the channel has no token' };
  const posted = withoutSecret(await call({ sx, token, method: 'chat.postMessage', body: request.post }), token);
  if (posted.outcome !== 'success' || request.update === undefined) return posted;
  let updated: Attempt;
  try {
    updated = withoutSecret(await call({ sx, token, method: 'chat.update', body: request.update }), token);
  } catch (e) {
    updated = { outcome: 'retry', error: describeNetworkError(e, sx.timeoutMs) };
  }
  if (updated.outcome === 'success') return posted;
  return { ...posted, note: `the message that fired (${request.update.ts}) was not updated: ${updated.error}` };
}

interface Call {
  sx: SendContext<SlackChannel>;
  token: string;
  method: Method;
  body: PostMessageBody | UpdateBody;
}

/** One Web API call with the token as a Bearer header; throws on a network error. */
async function call({ sx, token, method, body }: Call): Promise<Attempt> {
  const answer = await postJson(sx, methodUrl(sx.channel, method), body, { authorization: `Bearer ${token}` });
  return classifyApi(answer, { method, body });
}

/** Errors that Slack names as its own transient trouble: tried again, as a 5xx is. */
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);

/** What a person can do about a final error. */
const HINTS: Record<string, string> = {
  not_in_channel: 'invite the app to the channel (/invite @app) or give it the chat:write.public scope',
  channel_not_found: 'use the channel ID (C0...) of a channel the app can see',
  invalid_auth: 'the token is not valid (use the bot token, xoxb-...)',
  not_authed: 'no token was sent',
  token_revoked: 'the token was revoked: install the app again and update the secret',
  account_inactive: 'the token belongs to a deleted app or user',
  missing_scope: 'the app lacks a scope (chat:write)',
  is_archived: 'the channel is archived',
};

/** A Web API answer as an attempt: 200 with `"ok": true` succeeds, Slack's transient errors are retried. */
export function classifyApi(answer: HttpAnswer, request: Pick<Call, 'method' | 'body'>): Attempt {
  const json = readJson(answer.body);
  const error = typeof json?.error === 'string' ? json.error : undefined;
  if (answer.status === 200 && json?.ok !== true && error !== undefined && TRANSIENT.has(error))
    return { outcome: 'retry', status: 200, error: `Slack answered ${error}` };
  return classifyHttp(answer, {
    ok: (a) => a.status === 200 && json?.ok === true,
    reason: () => (error === undefined ? undefined : reasonOf(error, json!)),
    ref: () => refOf(request, json!),
  });
}

function reasonOf(error: string, json: Record<string, unknown>): string {
  const needed = error === 'missing_scope' && typeof json.needed === 'string' ? ` (needs ${json.needed})` : '';
  const hint = HINTS[error];
  return clip(`${error}${needed}${hint ? `: ${hint}` : ''}`);
}

/** The thread this delivery belongs to: the message posted, or for a reply the thread's first message. */
function refOf({ method, body }: Pick<Call, 'method' | 'body'>, json: Record<string, unknown>): string | undefined {
  if (method !== 'chat.postMessage') return undefined;
  const threadTs = (body as PostMessageBody).thread_ts;
  if (threadTs !== undefined) return formatRef({ channel: body.channel, ts: threadTs });
  const { channel, ts } = json;
  return typeof channel === 'string' && typeof ts === 'string' && parseRef(`${channel}:${ts}`)
    ? formatRef({ channel, ts })
    : undefined;
}

function readJson(body: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(body);
    return isRecord(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The attempt with the token cut out of its error (an answer may echo what it was sent). */
function withoutSecret(attempt: Attempt, token: string): Attempt {
  if (attempt.outcome === 'success' || !attempt.error.includes(token)) return attempt;
  return { ...attempt, error: attempt.error.split(token).join('***') };
}

/** The call as a person would read it in a dry run. */
export function previewApi({ post, update }: ApiRequest): string {
  const lines: string[] = [];
  if (post.thread_ts !== undefined)
    lines.push(
      `(reply in the thread of ${post.thread_ts}${post.reply_broadcast ? ', also sent to the channel' : ''}${update ? ', then that message updated' : ''})`,
    );
  lines.push(previewMessage(post));
  if (update) lines.push('', `── the message ${update.ts}, updated ──`, previewMessage(update));
  return lines.join('\n');
}
