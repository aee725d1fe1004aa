// Slack incoming webhooks: one Block Kit digest per channel per evaluation (SPEC §5). Success is 200 with the body
// `ok`; Slack names a refused payload in the body (invalid_payload, channel_not_found, ...).
import { buildDigest, buildNote, type SlackMessage } from '../../core/slack/message.js';
import { eventId } from '../../core/history/ledger.js';
import type { RunContext, SlackChannel } from '../../core/types.js';
import { classifyHttp, postJson } from '../http-answer.js';
import type { Attempt, Batch, Note, Outgoing, SendContext } from '../types.js';

export interface WebhookRequest {
  url: string;
  message: SlackMessage;
}

export function renderWebhook(batch: Batch<SlackChannel>): Outgoing<WebhookRequest>[] {
  const url = batch.channel.url!;
  return [
    {
      events: batch.items.map((i) => eventId(i.event)),
      destination: url,
      request: { url, message: buildDigest(batch.items, batch.channel, batch.ctx) },
    },
  ];
}

export function noteWebhook(channel: SlackChannel, note: Note, ctx: RunContext): Outgoing<WebhookRequest> {
  const url = channel.url!;
  return { events: [], destination: url, request: { url, message: buildNote(channel.name, note, ctx) } };
}

export async function sendWebhook(request: WebhookRequest, sx: SendContext<SlackChannel>): Promise<Attempt> {
  const answer = await postJson(sx, request.url, request.message);
  return classifyHttp(answer, { ok: (a) => a.status === 200 && a.body.trim() === 'ok' });
}
