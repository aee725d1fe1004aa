// The `webhook` channel type (SPEC §5): a versioned JSON payload (payload.ts, schema/webhook-payload.schema.json)
// posted to `url`; with `secret`, signed as Standard Webhooks (sign.ts). Success is any 2xx. A redirect is final (not
// followed: a signed body goes only where it was configured to go); 410 Gone is final (the receiver asks for no more).
import { randomBytes } from 'node:crypto';
import { VERSION } from '../../cli/version.js';
import { safeLogText } from '../../core/safe-text.js';
import type { WebhookChannel } from '../../core/types.js';
import { classifyHttp, clip } from '../http-answer.js';
import type { Attempt, Batch, ChannelType, HttpAnswer, Outgoing, SendContext } from '../types.js';
import { digestMessages, notePayload, serialize, type WebhookRequest } from './render.js';
import { signature, signingKey } from './sign.js';

export type { WebhookRequest };

export const USER_AGENT = `metric-alerts/${VERSION}`;

/** Where requests go, for spacing: the URL without its query (never shown). */
function destination(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}

function render(batch: Batch<WebhookChannel>): Outgoing<WebhookRequest>[] {
  return digestMessages(batch).map(({ payload, events, id }) => ({
    events,
    destination: destination(batch.channel.url),
    request: { body: serialize(payload), id, events: events.length },
  }));
}

/**
 * A note's webhook-id: made on its first attempt and kept for its retries (render and note are pure, and two notes
 * alike in every word are still two messages).
 */
const noteIds = new WeakMap<WebhookRequest, string>();
function messageId(request: WebhookRequest): string {
  if (request.id !== undefined) return request.id;
  let id = noteIds.get(request);
  if (id === undefined) {
    id = `msg_${randomBytes(16).toString('hex')}`;
    noteIds.set(request, id);
  }
  return id;
}

/** The headers of one attempt: a new webhook-timestamp (and signature) each time, the same webhook-id. */
export function headersFor(request: WebhookRequest, channel: WebhookChannel, now = Date.now()): Record<string, string> {
  const id = messageId(request);
  const timestamp = Math.floor(now / 1000);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
  };
  if (channel.secret !== undefined) {
    headers['webhook-signature'] = signature(signingKey(channel.secret), { id, timestamp, body: request.body });
  }
  return headers;
}

/** Text with the channel's secrets (its URL, the URL's path and query, its secret) replaced by ***. */
export function hideSecrets(text: string, channel: WebhookChannel): string {
  const secrets = [channel.url, channel.secret];
  try {
    const u = new URL(channel.url);
    secrets.push(`${u.pathname}${u.search}`, u.search.slice(1));
    if (u.pathname.length > 1) secrets.push(u.pathname);
  } catch {
    // Not a URL: the whole of it is hidden above.
  }
  const hidden = secrets
    .filter((s): s is string => s !== undefined && s.length > 1)
    .sort((a, b) => b.length - a.length);
  return hidden.reduce((t, s) => t.split(s).join('***'), text);
}

/** One answer as an attempt (Standard Webhooks: 2xx success, 3xx failure, 410 Gone stops sending). */
export function classify(answer: HttpAnswer, channel: WebhookChannel): Attempt {
  const { status } = answer;
  if (status >= 300 && status < 400) {
    return {
      outcome: 'final',
      status,
      error: `the receiver answered ${status} (a redirect); redirects are not followed: set the channel's url to the webhook's new address`,
    };
  }
  if (status === 410) {
    return {
      outcome: 'final',
      status,
      error:
        'the receiver is gone (410 Gone): it asks to be sent nothing more; remove the channel or give it a new url',
    };
  }
  return classifyHttp(answer, {
    ok: (a) => a.status >= 200 && a.status < 300,
    reason: (a) => clip(hideSecrets(a.body, channel)),
  });
}

async function send(request: WebhookRequest, sx: SendContext<WebhookChannel>): Promise<Attempt> {
  let headers: Record<string, string>;
  try {
    headers = headersFor(request, sx.channel);
  } catch (e) {
    // The secret cannot sign (signingKey's words never repeat it): nothing is sent, and sending again cannot help.
    return { outcome: 'final', error: `cannot sign: ${e instanceof Error ? e.message : String(e)}` };
  }
  const answer = await sx.http.request(sx.channel.url, { method: 'POST', headers, body: request.body }, sx.signal);
  return classify(answer, sx.channel);
}

/** `##[` (with characters of no weight between) would be a workflow command anywhere in a log line. */
const LEGACY_COMMAND = /(#[\p{Cc}\p{Cf}\p{Mn}\p{Me}]*#[\p{Cc}\p{Cf}\p{Mn}\p{Me}]*)\[/gu;

/**
 * The message as indented JSON, still valid JSON with the same data: a `[` after `##` (always inside a string: `#` is
 * never JSON syntax) is written \u005b, so no line can be a workflow command; safeLogText then has nothing left to do.
 */
function preview(request: WebhookRequest): string {
  const size = Buffer.byteLength(request.body, 'utf8');
  const events = `${request.events} event${request.events === 1 ? '' : 's'}`;
  const json = serialize(JSON.parse(request.body), 2).replace(LEGACY_COMMAND, '$1\\u005b');
  return safeLogText(`POST ${size} bytes of JSON (${events}):\n${json}`);
}

export const channelType: ChannelType<WebhookChannel, WebhookRequest> = {
  type: 'webhook',
  grouping: 'digest',
  render,
  note: (channel, note, ctx) => ({
    events: [],
    destination: destination(channel.url),
    request: { body: serialize(notePayload(channel, note, ctx)), events: 0 },
  }),
  send,
  preview,
};
