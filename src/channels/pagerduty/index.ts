// The `pagerduty` channel type (SPEC §5): PagerDuty Events API v2, one request per alert event (render.ts). 202
// `{"status":"success","dedup_key":...}` is success (the dedup_key kept as the delivery's ref); 400 (an invalid event)
// is final with PagerDuty's `message` and `errors`; 429 is retried (PagerDuty sends no Retry-After: the pipeline backs
// off); 5xx is retried. The routing key never appears in an error or a preview.
import { safeLogText } from '../../core/safe-text.js';
import type { PagerDutyChannel } from '../../core/types.js';
import { classifyHttp, clip, jsonObject } from '../http-answer.js';
import type { Attempt, ChannelType, HttpAnswer, SendContext } from '../types.js';
import { changeUrl, renderEvents, renderNote, serialize, type PagerDutyRequest } from './render.js';

export type { PagerDutyRequest };

interface PagerDutyAnswer {
  status?: unknown;
  message?: unknown;
  errors?: unknown;
  dedup_key?: unknown;
}

const json = (body: string): PagerDutyAnswer | undefined => jsonObject(body) as PagerDutyAnswer | undefined;

/** Text with the routing key replaced by ***. */
export function hideKey(text: string, channel: PagerDutyChannel): string {
  return channel.routingKey.length > 1 ? text.split(channel.routingKey).join('***') : text;
}

/** PagerDuty's reason: "Event object is invalid: 'payload.summary' is missing or blank". */
export function pagerDutyReason(answer: HttpAnswer): string | undefined {
  const body = json(answer.body);
  if (!body) return undefined;
  const message = typeof body.message === 'string' ? body.message : undefined;
  const errors = Array.isArray(body.errors) ? body.errors.filter((e): e is string => typeof e === 'string') : [];
  const text = [message, errors.join('; ')].filter(Boolean).join(': ');
  return text ? text : undefined;
}

export function classifyPagerDuty(answer: HttpAnswer, channel: PagerDutyChannel): Attempt {
  return classifyHttp(answer, {
    ok: (a) => a.status === 202 || a.status === 200,
    reason: (a) => clip(hideKey(pagerDutyReason(a) ?? a.body, channel)),
    ref: (a) => {
      const key = json(a.body)?.dedup_key;
      return typeof key === 'string' ? key : undefined;
    },
  });
}

async function send(request: PagerDutyRequest, sx: SendContext<PagerDutyChannel>): Promise<Attempt> {
  const [url, event] =
    'change' in request ? [changeUrl(sx.channel.url), request.change] : [sx.channel.url, request.event];
  const body = serialize({ routing_key: sx.channel.routingKey, ...event });
  const answer = await sx.http.request(
    url,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body },
    sx.signal,
  );
  return classifyPagerDuty(answer, sx.channel);
}

/** The event as indented JSON without its routing key (the CLI's preview of a dry run). */
function preview(request: PagerDutyRequest): string {
  if ('change' in request) return safeLogText(`PagerDuty change event:\n${serialize(request.change, 2)}`);
  const { event_action, dedup_key } = request.event;
  return safeLogText(`PagerDuty ${event_action} (dedup_key ${dedup_key}):\n${serialize(request.event, 2)}`);
}

export const channelType: ChannelType<PagerDutyChannel, PagerDutyRequest> = {
  type: 'pagerduty',
  grouping: 'event',
  // The Events API takes 120 events a minute per routing key: 200 events firing at once send 120 in this run's 60 s.
  spacingMs: 500,
  render: renderEvents,
  note: renderNote,
  send,
  preview,
};
