// The `discord` channel type (SPEC §5): a webhook message per digest, 204 (or 200 with ?wait=true) success, 429 with
// the body's `retry_after` (seconds), 5xx retried, other answers final with Discord's `message` and `code`.
import type { DiscordChannel } from '../../core/types.js';
import { safeLogText } from '../../core/safe-text.js';
import { classifyHttp, clip, postJson } from '../http-answer.js';
import type { Attempt, ChannelType, HttpAnswer, SendContext } from '../types.js';
import { renderDigest, renderNote, type DiscordMessage, type DiscordRequest } from './render.js';

interface DiscordError {
  message?: unknown;
  code?: unknown;
  retry_after?: unknown;
  global?: unknown;
  errors?: unknown;
  id?: unknown;
}

function json(body: string): DiscordError | undefined {
  try {
    const v = JSON.parse(body) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as DiscordError) : undefined;
  } catch {
    return undefined;
  }
}

/** The first of Discord's nested field errors: "embeds.0.description: Must be 4096 or fewer in length." */
export function firstFieldError(errors: unknown, path: string[] = []): string | undefined {
  if (typeof errors !== 'object' || errors === null) return undefined;
  const list = (errors as { _errors?: unknown })._errors;
  if (Array.isArray(list)) {
    const first = list[0] as { message?: unknown } | undefined;
    if (typeof first?.message === 'string') return `${path.join('.')}: ${first.message}`;
  }
  for (const [key, value] of Object.entries(errors)) {
    if (key === '_errors') continue;
    const found = firstFieldError(value, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Discord's reason for a failure: "Invalid Form Body (code 50035): embeds.0.title: Must be 256 or fewer in length." */
export function discordReason(answer: HttpAnswer): string | undefined {
  const body = json(answer.body);
  if (typeof body?.message !== 'string') return undefined;
  const code = typeof body.code === 'number' ? ` (code ${body.code})` : '';
  const field = firstFieldError(body.errors);
  return clip(`${body.message}${code}${field ? `: ${field}` : ''}`);
}

/** The body's `retry_after` (seconds, a float, in API v8 and later), in ms. */
export function discordRetryAfterMs(answer: HttpAnswer): number | undefined {
  const after = json(answer.body)?.retry_after;
  return typeof after === 'number' && Number.isFinite(after) && after >= 0 ? Math.ceil(after * 1000) : undefined;
}

export function classifyDiscord(answer: HttpAnswer): Attempt {
  return classifyHttp(answer, {
    ok: (a) => a.status === 204 || a.status === 200,
    retryAfterMs: discordRetryAfterMs,
    reason: discordReason,
    ref: (a) => {
      const id = a.status === 200 ? json(a.body)?.id : undefined;
      return typeof id === 'string' ? id : undefined;
    },
  });
}

async function send(request: DiscordRequest, sx: SendContext<DiscordChannel>): Promise<Attempt> {
  const answer = await postJson(sx, request.url, request.payload);
  return classifyDiscord(answer);
}

/** Discord Markdown as a person reads it: escapes and zero-width breaks undone, links as "label (url)". */
function plain(s: string): string {
  return s
    .replace(/\[((?:\\.|[^\]\\])*)\]\(<([^>]*)>\)/g, '$1 ($2)')
    .replace(/(?<!\\)\*+/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\u200B/g, '');
}

/** The message as plain text for a terminal (the CLI's preview of a dry run). */
export function previewDiscord({ payload }: { payload: DiscordMessage }): string {
  const out: string[] = [];
  if (payload.content) out.push(plain(payload.content), '');
  for (const e of payload.embeds) {
    if (e.title) out.push(plain(e.title));
    if (e.description) out.push(plain(e.description));
    for (const f of e.fields ?? []) out.push(`${plain(f.name)}: ${plain(f.value)}`);
    out.push('');
  }
  return safeLogText(out.join('\n').trimEnd());
}

export const channelType: ChannelType<DiscordChannel, DiscordRequest> = {
  type: 'discord',
  grouping: 'digest',
  render: renderDigest,
  note: renderNote,
  send,
  preview: previewDiscord,
};
