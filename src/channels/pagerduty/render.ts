// PagerDuty Events API v2 events (developer.pagerduty.com, "Send an Alert Event") from a batch or a note. Pure. One
// event per alert event: `trigger` on fired and reminder, `resolve` on resolved, all with the instance's dedup_key (a
// stable hash of repository + alert + experiment), so one instance is one incident over its whole life. Names from an
// artifact are data: the summary is made one plain line (bidi and control characters removed) and clipped to
// PagerDuty's 1,024 characters; custom_details keep them as they are (the JSON text writes bidi controls as \u escapes).
import { hashParts } from '../hash.js';
import { LATE_WORDS, orderItems, plainLine, readingOf, type DigestItem } from '../../core/digest.js';
import { formatReading } from '../../core/format.js';
import { eventId, fromStored, type LedgerEvent, type StoredNumber } from '../../core/history/ledger.js';
import type { PagerDutyChannel, RunContext, Severity } from '../../core/types.js';
import { clipText, linkable, oneLine } from '../chat-text.js';
import type { Batch, Note, Outgoing } from '../types.js';

/** PagerDuty's limit on payload.summary (longer summaries are cut by PagerDuty itself). */
export const MAX_SUMMARY_CHARS = 1024;
/** PagerDuty's limit on dedup_key. */
export const MAX_DEDUP_KEY_CHARS = 255;
/** Our own bound on the short fields (source, component, group, class) and link texts. */
const MAX_FIELD_CHARS = 255;

export type PagerDutySeverity = 'critical' | 'error' | 'warning' | 'info';
const SEVERITY: Record<Severity, PagerDutySeverity> = { critical: 'critical', warning: 'warning', info: 'info' };

export interface PagerDutyPayload {
  summary: string;
  source: string;
  severity: PagerDutySeverity;
  timestamp?: string;
  component?: string;
  group?: string;
  class?: string;
  custom_details?: Record<string, unknown>;
}

export interface PagerDutyLink {
  href: string;
  text: string;
}

/** The event without its routing key (added by `send`: the key is a secret and is never shown in a preview). */
export interface PagerDutyEvent {
  event_action: 'trigger' | 'resolve';
  dedup_key: string;
  payload?: PagerDutyPayload;
  links?: PagerDutyLink[];
  client?: string;
  client_url?: string;
}

/** A Change Event ("Send a Change Event"): shown in the service's timeline; it opens no incident and pages no one. */
export interface PagerDutyChange {
  payload: { summary: string; source: string; timestamp?: string; custom_details?: Record<string, unknown> };
  links: PagerDutyLink[];
}

/**
 * What `send` posts (the channel's routing key is put in at send time): an alert event to `url`, or a change event
 * to the Change Events endpoint beside it (`/v2/change/enqueue`).
 */
export type PagerDutyRequest = { event: PagerDutyEvent } | { change: PagerDutyChange };

/** The alert instance's key, the same in every run: 64 hex characters (PagerDuty allows 255). */
export function dedupKey(ctx: RunContext, alert: string, experiment: string): string {
  return hashParts(['metric-alerts', ctx.repository ?? '', alert, experiment]);
}

/** Untrusted text as a short, plain, one-line field. */
const field = (s: string, max = MAX_FIELD_CHARS): string => clipText(oneLine(s).replace(/\s+/g, ' ').trim(), max);

/** A number as JSON holds it: NaN and ±Infinity as strings. */
function jsonNumber(n: number | null): number | string | null {
  if (n === null || Number.isFinite(n)) return n;
  return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
}
const stored = (n: StoredNumber | null): number | string | null => jsonNumber(n === null ? null : fromStored(n));

/** "[critical] acc firing on iris (accuracy = 0.78 < 0.9)": one line, at most 1,024 characters. */
export function summaryOf(item: DigestItem): string {
  return field(`[${item.event.severity}] ${plainLine(item)}`, MAX_SUMMARY_CHARS);
}

function detailsOf(item: DigestItem, ctx: RunContext): Record<string, unknown> {
  const { event: e, rule } = item;
  return {
    alert: e.alert,
    state: e.state,
    reading: formatReading(readingOf(e, rule), rule?.change?.unit),
    ...readDetails(e),
    experiment: e.experiment,
    run: e.run,
    run_url: e.runUrl ?? ctx.workflowRunUrl ?? null,
    repository: ctx.repository ?? null,
    commit: ctx.sha ?? null,
    ...(rule?.description ? { description: rule.description } : {}),
    ...(rule?.runbook ? { runbook: rule.runbook } : {}),
    labels: Object.fromEntries(Object.entries(rule?.labels ?? {})),
    ...(item.late ? { sent_late: LATE_WORDS[item.late] } : {}),
  };
}

/** What the rule read: a threshold rule's metric and numbers; a status or stale rule's own fields (it has no metric,
 *  op or threshold to show as null). */
function readDetails(e: LedgerEvent): Record<string, unknown> {
  if (e.check === 'status') return { check: 'status', status: e.status ?? 'none', statuses: e.statuses ?? [] };
  if (e.check === 'stale') return { check: 'stale', stale_after: e.after ?? null, age_hours: stored(e.value) };
  return {
    metric: e.metric,
    value: stored(e.value),
    op: e.op,
    threshold: e.threshold,
    baseline: jsonNumber(e.baseline),
    change: stored(e.change),
  };
}

function linksOf(item: DigestItem, ctx: RunContext): PagerDutyLink[] {
  const links: PagerDutyLink[] = [];
  const run = linkable(item.event.runUrl ?? ctx.workflowRunUrl);
  if (run) links.push({ href: run, text: field(`Run ${item.event.run}`) });
  const runbook = linkable(item.rule?.runbook);
  if (runbook) links.push({ href: runbook, text: 'Runbook' });
  return links;
}

const client = (ctx: RunContext): Pick<PagerDutyEvent, 'client' | 'client_url'> => {
  const url = linkable(ctx.workflowRunUrl);
  return url ? { client: 'metric-alerts', client_url: url } : { client: 'metric-alerts' };
};

const source = (ctx: RunContext): string => field(ctx.repository ?? 'metric-alerts') || 'metric-alerts';

/** The Events API event for one alert event. */
export function eventOf(item: DigestItem, ctx: RunContext): PagerDutyEvent {
  const { event: e } = item;
  const dedup_key = dedupKey(ctx, e.alert, e.experiment);
  if (e.kind === 'resolved') return { event_action: 'resolve', dedup_key };
  const payload: PagerDutyPayload = {
    summary: summaryOf(item),
    source: source(ctx),
    severity: SEVERITY[e.severity],
    timestamp: e.at,
    component: field(e.experiment) || '-',
    group: field(e.alert) || '-',
    class: field(e.metric ?? e.check ?? '') || '-',
    custom_details: detailsOf(item, ctx),
  };
  return { event_action: 'trigger', dedup_key, payload, links: linksOf(item, ctx), ...client(ctx) };
}

/** Where requests go, for spacing: the endpoint without any query (never shown). */
export function destination(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}

/** One request per event, critical first; each keyed by its alert instance. */
export function renderEvents({ channel, items, ctx }: Batch<PagerDutyChannel>): Outgoing<{ event: PagerDutyEvent }>[] {
  return orderItems(items).map((item) => ({
    events: [eventId(item.event)],
    destination: destination(channel.url),
    request: { event: eventOf(item, ctx) },
  }));
}

/**
 * A note (test-channels' "wired up", an ad-hoc notify) as a Change Event: it shows in the service's "Recent changes"
 * with its level in the details, and opens no incident and pages no one (a wiring test or "retraining started" must not
 * wake on-call, nor leave an incident to resolve by hand).
 */
export function renderNote(channel: PagerDutyChannel, note: Note, ctx: RunContext): Outgoing<PagerDutyRequest> {
  const run = linkable(ctx.workflowRunUrl);
  const change: PagerDutyChange = {
    payload: {
      summary: field(`${note.title}: ${note.text}`, MAX_SUMMARY_CHARS),
      source: source(ctx),
      custom_details: { title: note.title, text: note.text, level: note.level, repository: ctx.repository ?? null },
    },
    links: run ? [{ href: run, text: 'Workflow run' }] : [],
  };
  return { events: [], destination: destination(changeUrl(channel.url)), request: { change } };
}

/** The Change Events endpoint beside an alert events endpoint: …/v2/enqueue -> …/v2/change/enqueue. */
export function changeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.pathname = u.pathname.replace(/\/enqueue\/?$/, '/change/enqueue');
    return u.toString();
  } catch {
    return url;
  }
}

/** Characters a reader's screen would obey rather than show: written as \u escapes (the parsed data is unchanged). */
const SHOWN_AS_ESCAPES = /[\u0080-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** The JSON text of a value (compact, or indented for a preview). */
export function serialize(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    SHOWN_AS_ESCAPES,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
