// The `datadog` channel type (SPEC §5): an event per alert event through the Events API v1 (`DD-API-KEY`), 202 success,
// 429 retried after X-RateLimit-Reset (seconds), 5xx retried, other answers (400, 403) final with Datadog's `errors`.
import type { DatadogChannel } from '../../core/types.js';
import { isRecord } from '../../core/records.js';
import { safeLogText } from '../../core/safe-text.js';
import { classifyHttp, clip, headerValue, jsonObject, postJson } from '../http-answer.js';
import type { Attempt, ChannelType, HttpAnswer, SendContext } from '../types.js';
import { renderEvents, renderNote, type DatadogRequest } from './render.js';

/** Datadog's reason: `{"errors": ["Forbidden"]}` -> "Forbidden". */
export function datadogReason(answer: HttpAnswer): string | undefined {
  const errors = jsonObject(answer.body)?.errors;
  if (!Array.isArray(errors)) return undefined;
  const text = errors.filter((e): e is string => typeof e === 'string').join('; ');
  return text ? clip(text) : undefined;
}

/** X-RateLimit-Reset: seconds until the rate limit's period resets, in ms. */
export function datadogResetMs(answer: HttpAnswer): number | undefined {
  const raw = headerValue(answer, 'x-ratelimit-reset');
  const v = Number(raw);
  return raw !== undefined && Number.isFinite(v) && v >= 0 ? Math.ceil(v * 1000) : undefined;
}

export function classifyDatadog(answer: HttpAnswer): Attempt {
  return classifyHttp(answer, {
    ok: (a) => a.status === 202 || a.status === 200,
    retryAfterMs: datadogResetMs,
    reason: datadogReason,
    ref: (a) => {
      const event = jsonObject(a.body)?.event;
      const id = isRecord(event) ? (event.id_str ?? event.id) : undefined;
      return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
    },
  });
}

async function send(request: DatadogRequest, sx: SendContext<DatadogChannel>): Promise<Attempt> {
  const answer = await postJson(sx, request.url, request.event, {
    accept: 'application/json',
    'dd-api-key': sx.channel.apiKey,
  });
  return classifyDatadog(answer);
}

/** The event as plain text for a terminal (the CLI's preview of a dry run); never the API key. */
export function previewDatadog({ event }: DatadogRequest): string {
  const head = `${event.title} (${event.alert_type})`;
  const key = event.aggregation_key ? `\naggregation key: ${event.aggregation_key}` : '';
  return safeLogText(`${head}\n${event.text}\ntags: ${event.tags.join(', ')}${key}`);
}

export const channelType: ChannelType<DatadogChannel, DatadogRequest> = {
  type: 'datadog',
  grouping: 'event',
  render: renderEvents,
  note: renderNote,
  send,
  preview: previewDatadog,
};
