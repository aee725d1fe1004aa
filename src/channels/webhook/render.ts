// Webhook payloads (payload.ts, version 1) from a batch or a note. Pure. Values are data: nothing is escaped for a
// surface; the JSON text itself writes bidirectional controls, C1 controls and line separators as \u escapes, so a
// body read in a log or a terminal shows them instead of obeying them (the parsed data is unchanged).
import { hashParts } from '../hash.js';
import { digestCounts, LATE_WORDS, orderItems, plainLine, readingOf, templateValues } from '../../core/digest.js';
import type { DigestItem } from '../../core/digest.js';
import { wordReading } from '../../core/format.js';
import { eventId, fromStored, toStored, type StoredNumber } from '../../core/history/ledger.js';
import { renderTemplate } from '../../core/template.js';
import type { RunContext, WebhookChannel } from '../../core/types.js';
import type { Batch, Note } from '../types.js';
import type {
  ContextPayload,
  DigestPayload,
  EventPayload,
  JsonNumber,
  NotePayload,
  WebhookPayload,
} from './payload.js';

// The payload's constants, checked against its definition by the compiler: payload.ts (which loads zod) is for the
// schema and the tests, and is not loaded when a webhook is sent.
const PAYLOAD_VERSION: DigestPayload['version'] = '1';
const DIGEST_TYPE: DigestPayload['type'] = 'metric-alerts.digest';
const NOTE_TYPE: NotePayload['type'] = 'metric-alerts.note';

/** Largest body of one message: a digest larger than this is split into parts (one event is never split). */
export const MAX_BODY_BYTES = 64 * 1024;
/** A rule's rendered message is cut to this many characters (a template can repeat long values). */
export const MAX_MESSAGE_CHARS = 4000;

/** What `send` posts: the body, and the message's webhook-id when render knows it (a digest's; a note gets one). */
export interface WebhookRequest {
  body: string;
  /** Stable for the same events to the same channel: retries and later runs that send them again share it. */
  id?: string;
  /** Events of the message, for the preview. */
  events: number;
}

/** A number as JSON can hold it: finite numbers as they are, NaN and ±Infinity as strings. */
export const jsonNumber: (n: number) => JsonNumber = toStored;
const stored = (n: StoredNumber | null): JsonNumber | null => (n === null ? null : jsonNumber(fromStored(n)));

function hex(parts: readonly string[]): string {
  return hashParts(parts).slice(0, 32);
}

/** The alert instance across runs and channels: repository + alert + experiment. */
export function instanceKey(ctx: RunContext, alert: string, experiment: string): string {
  return hex(['instance', ctx.repository ?? '', alert, experiment]);
}

const integer = (s: string | undefined): number | null => (s !== undefined && /^\d{1,15}$/.test(s) ? Number(s) : null);

export function contextPayload(ctx: RunContext): ContextPayload {
  const repoUrl = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined;
  return {
    repository: ctx.repository ?? null,
    server_url: ctx.serverUrl,
    ref: ctx.ref ?? null,
    workflow: ctx.workflow ?? null,
    run_id: ctx.workflowRunId ?? null,
    run_number: integer(ctx.runNumber),
    run_attempt: integer(ctx.workflowRunAttempt),
    run_url: ctx.workflowRunUrl ?? null,
    sha: ctx.sha ?? null,
    commit_url: repoUrl && ctx.sha ? `${repoUrl}/commit/${ctx.sha}` : null,
    pull_request: ctx.pullRequest ?? null,
    pull_request_url: repoUrl && ctx.pullRequest !== undefined ? `${repoUrl}/pull/${ctx.pullRequest}` : null,
  };
}

function ruleMessage(item: DigestItem, ctx: RunContext): string | null {
  const { event: e, rule } = item;
  if (!rule?.message) return null;
  const filled = renderTemplate(rule.message, templateValues(e, rule, ctx), (s) => s);
  return filled.length > MAX_MESSAGE_CHARS ? `${filled.slice(0, MAX_MESSAGE_CHARS - 1)}…` : filled;
}

export function eventPayload(item: DigestItem, ctx: RunContext): EventPayload {
  const { event: e, rule } = item;
  const unit = e.changeUnit ?? (e.baseline === null ? undefined : rule?.change?.unit);
  const reading = wordReading(readingOf(e, rule), rule?.change?.unit);
  return {
    event_id: hex(['event', ctx.repository ?? '', eventId(e)]),
    instance_key: instanceKey(ctx, e.alert, e.experiment),
    kind: e.kind,
    alert: e.alert,
    severity: e.severity,
    state: e.state,
    previous_state: e.previousState,
    at: e.at,
    experiment: e.experiment,
    run: e.run,
    run_url: e.runUrl ?? ctx.workflowRunUrl ?? null,
    metric: e.metric,
    value: stored(e.value),
    op: e.op,
    threshold: e.threshold,
    check: e.check ?? 'threshold',
    status: e.check === 'status' ? (e.status ?? null) : null,
    statuses: e.check === 'status' && Array.isArray(e.statuses) ? [...e.statuses] : null,
    stale_after: e.check === 'stale' && typeof e.after === 'string' ? e.after : null,
    recover_threshold: e.recoverThreshold ?? rule?.recoverThreshold ?? null,
    baseline: e.baseline === null ? null : jsonNumber(e.baseline),
    baseline_from: e.baseline === null ? null : (rule?.change?.from ?? null),
    change: stored(e.change),
    change_unit: unit ?? null,
    firing_since: typeof e.firingSince === 'string' ? e.firingSince : null,
    firing_runs: Number.isSafeInteger(e.firingRuns) ? e.firingRuns! : null,
    reading: { value: reading.value, outcome: reading.outcome },
    summary: plainLine(item),
    message: ruleMessage(item, ctx),
    description: rule?.description ?? null,
    runbook: rule?.runbook ?? null,
    labels: Object.fromEntries(Object.entries(rule?.labels ?? {})),
    recent: item.recent.map(jsonNumber),
    after_silence: e.afterSilence === true,
    late: item.late ? { reason: item.late, text: LATE_WORDS[item.late] } : null,
  };
}

/** Characters a reader's screen would obey rather than show: written as \u escapes (JSON.stringify keeps them raw). */
const SHOWN_AS_ESCAPES = /[\u0080-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** The JSON text of a payload (compact, or indented for a preview); the same data JSON.parse gives back. */
export function serialize(payload: WebhookPayload, indent?: number): string {
  return JSON.stringify(payload, null, indent).replace(
    SHOWN_AS_ESCAPES,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The events split into parts whose bodies stay within MAX_BODY_BYTES (each part holds at least one event). */
function splitParts(events: readonly EventPayload[], envelope: DigestPayload): EventPayload[][] {
  // The envelope's counts and part numbers grow by a few digits at most: 200 bytes of room covers them.
  const room = MAX_BODY_BYTES - bytes(serialize(envelope)) - 200;
  const parts: EventPayload[][] = [];
  let current: EventPayload[] = [];
  let size = 0;
  for (const e of events) {
    const n = bytes(serialize(e as unknown as WebhookPayload)) + 1;
    if (current.length > 0 && size + n > room) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(e);
    size += n;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

export interface DigestMessage {
  payload: DigestPayload;
  /** eventIds of the ledger events it carries. */
  events: string[];
  /** Its webhook-id: the same for the same events to the same channel of the same repository, in any run. */
  id: string;
}

/** One digest of a channel's events as one or more messages (payloads of type metric-alerts.digest). */
export function digestMessages({ channel, items, ctx }: Batch<WebhookChannel>): DigestMessage[] {
  const ordered = orderItems(items);
  const byPayload = new Map(ordered.map((i) => [eventPayload(i, ctx), i] as const));
  const envelope = (events: EventPayload[], index: number, count: number): DigestPayload => {
    const counts = digestCounts(events.map((e) => byPayload.get(e)!));
    return {
      version: PAYLOAD_VERSION,
      type: DIGEST_TYPE,
      channel: channel.name,
      timestamp: events.map((e) => e.at).reduce((a, b) => (b > a ? b : a), ''),
      context: contextPayload(ctx),
      counts: { firing: counts.firing, resolved: counts.resolved, total: events.length, worst_severity: counts.worst },
      part: { index, count },
      events,
    };
  };
  const parts = splitParts([...byPayload.keys()], envelope([], 1, 1));
  return parts.map((events, i) => {
    const ids = events.map((e) => eventId(byPayload.get(e)!.event));
    const id = `msg_${hex(['message', ctx.repository ?? '', channel.name, ...[...ids].sort()])}`;
    return { payload: envelope(events, i + 1, parts.length), events: ids, id };
  });
}

export function notePayload(channel: WebhookChannel, note: Note, ctx: RunContext): NotePayload {
  return {
    version: PAYLOAD_VERSION,
    type: NOTE_TYPE,
    channel: channel.name,
    context: contextPayload(ctx),
    note: { title: note.title, text: note.text, level: note.level },
  };
}
