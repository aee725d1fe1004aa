// Datadog events (SPEC §5): one event per alert event through the Events API v1, within its documented limits, as plain
// text (no %%% Markdown block: nothing from an artifact can format, link or notify). Pure.
import { eventId } from '../../core/history/ledger.js';
import type { DatadogChannel, RunContext, Severity } from '../../core/types.js';
import { clipText } from '../chat-text.js';
import { eventLines, inert, instanceHash, titleOf } from '../incident-text.js';
import type { Batch, DigestItem, Note, Outgoing } from '../types.js';

/** The Events API v1's documented limits ("Post an event"; tags: "Getting started with tags"). */
export const LIMITS = { title: 100, text: 4000, aggregationKey: 100, tag: 200 } as const;

export type AlertType = 'error' | 'warning' | 'info' | 'success';

export interface DatadogEvent {
  title: string;
  text: string;
  alert_type: AlertType;
  aggregation_key?: string;
  tags: string[];
  source_type_name: string;
  date_happened?: number;
  priority: 'normal' | 'low';
}

export interface DatadogRequest {
  url: string;
  event: DatadogEvent;
}

const ALERT_TYPE: Record<Severity, AlertType> = { critical: 'error', warning: 'warning', info: 'info' };

/** The Events API URL: `api-url` replaces the site's base (https://api.<site>). */
export function eventsUrl(channel: Pick<DatadogChannel, 'site' | 'apiUrl'>): string {
  const base = (channel.apiUrl ?? `https://api.${channel.site}`).replace(/\/+$/, '');
  return `${base}/api/v1/events`;
}

/**
 * A Datadog tag: lower case, characters other than letters, digits, `_ - : . /` made `_`, starting with a letter,
 * at most 200 characters (Datadog's own rules, applied here so what is sent is what is stored).
 */
export function tag(key: string, value: string): string {
  const clean = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}_\-:./]/gu, '_');
  let k = clean(key).replace(/:/g, '_');
  if (!/^\p{L}/u.test(k)) k = `l_${k}`;
  return `${k}:${clean(value)}`.slice(0, LIMITS.tag);
}

function tagsOf(item: DigestItem, ctx: RunContext): string[] {
  const { event: e, rule } = item;
  const tags = [
    'source:metric-alerts',
    tag('alert', e.alert),
    tag('experiment', e.experiment),
    tag('severity', e.severity),
  ];
  if (ctx.repository) tags.push(tag('repository', ctx.repository));
  for (const [k, v] of Object.entries(rule?.labels ?? {})) tags.push(tag(k, v));
  return [...new Set(tags)];
}

/** The aggregation key of an alert instance: stable across runs, 67 characters. */
export function aggregationKey(alert: string, experiment: string, ctx: RunContext): string {
  return `ma-${instanceHash({ alert, experiment, repository: ctx.repository })}`.slice(0, LIMITS.aggregationKey);
}

export function eventOf(item: DigestItem, ctx: RunContext): DatadogEvent {
  const { event: e } = item;
  const at = Date.parse(e.at);
  const event: DatadogEvent = {
    title: titleOf(item, LIMITS.title),
    text: clipText(eventLines(item, ctx).join('\n'), LIMITS.text),
    alert_type: e.kind === 'resolved' ? 'success' : ALERT_TYPE[e.severity],
    aggregation_key: aggregationKey(e.alert, e.experiment, ctx),
    tags: tagsOf(item, ctx),
    source_type_name: 'my_apps',
    priority: e.severity === 'info' && e.kind !== 'resolved' ? 'low' : 'normal',
  };
  // Datadog takes date_happened up to 18 h in the past: an event sent late (up to 24 h) is dated when it arrives, and
  // its text says when it happened.
  if (!Number.isNaN(at) && !item.late) event.date_happened = Math.floor(at / 1000);
  return event;
}

export function renderEvents(batch: Batch<DatadogChannel>): Outgoing<DatadogRequest>[] {
  const url = eventsUrl(batch.channel);
  return batch.items.map((item) => ({
    events: [eventId(item.event)],
    destination: url,
    request: { url, event: eventOf(item, batch.ctx) },
  }));
}

/** A note (test-channels' "wired up", an ad-hoc message): an event of its own, with no aggregation key. */
export function renderNote(channel: DatadogChannel, note: Note, ctx: RunContext): Outgoing<DatadogRequest> {
  const url = eventsUrl(channel);
  const tags = ['source:metric-alerts'];
  if (ctx.repository) tags.push(tag('repository', ctx.repository));
  const event: DatadogEvent = {
    title: clipText(inert(`metric-alerts: ${note.title}`), LIMITS.title),
    text: clipText(inert(note.text, true), LIMITS.text),
    alert_type: ALERT_TYPE[note.level],
    tags,
    source_type_name: 'my_apps',
    priority: 'low',
  };
  return { events: [], destination: url, request: { url, event } };
}
