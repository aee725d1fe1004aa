// Sentry events (SPEC §5): one event per fired or reminder event, sent as an envelope to the DSN's project, grouped by
// a fingerprint of the alert instance (one Sentry issue per instance). Resolved events are not sent: Sentry resolves
// issues in its own UI. Plain text (Sentry shows a message as text), every value inert. Pure.
import { createHash, randomBytes } from 'node:crypto';
import { eventId, type LedgerEvent } from '../../core/history/ledger.js';
import type { RunContext, SentryChannel, Severity } from '../../core/types.js';
import { readingOf } from '../../core/digest.js';
import { formatReading } from '../../core/format.js';
import { clipText, oneLine } from '../chat-text.js';
import { contextText, eventLines, inert, instanceHash, titleOf } from '../incident-text.js';
import type { Batch, DigestItem, Note, Outgoing } from '../types.js';
import { parseDsn } from './dsn.js';

/** Sentry's documented limits: a message 8,192 characters, tag keys 32, tag values 200 (no line ends). */
export const LIMITS = { message: 8192, tagKey: 32, tagValue: 200 } as const;

export type SentryLevel = 'fatal' | 'error' | 'warning' | 'info' | 'debug';

/** critical is `error` (not `fatal`, which Sentry keeps for crashes); the severity itself is a tag too. */
export const LEVELS: Record<Severity, SentryLevel> = { critical: 'error', warning: 'warning', info: 'info' };

export interface SentryEvent {
  /** Absent on a note: send gives it a random one (each note is its own event). */
  event_id: string;
  /** Absent on a note: Sentry takes the time it received it. */
  timestamp?: string;
  level: SentryLevel;
  platform: 'other';
  logger: 'metric-alerts';
  message: { formatted: string };
  fingerprint?: string[];
  tags: Record<string, string>;
  extra: Record<string, string | number | null>;
}

export interface SentryRequest {
  /** The envelope endpoint, or undefined when the DSN cannot be read (`error` says why; send answers final). */
  url?: string;
  error?: string;
  event: SentryEvent;
}

/** A tag key Sentry keeps: letters, digits, `_ . : -`, at most 32 characters. */
export function tagKey(key: string): string {
  return key.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, LIMITS.tagKey) || '_';
}

/** A tag value Sentry keeps: one line, at most 200 characters. */
export function tagValue(value: string): string {
  return clipText(oneLine(value).trim(), LIMITS.tagValue) || '-';
}

function tagsOf(item: DigestItem, ctx: RunContext): Record<string, string> {
  const { event: e, rule } = item;
  const tags: Record<string, string> = {};
  for (const [k, v] of Object.entries(rule?.labels ?? {})) tags[tagKey(k)] = tagValue(v);
  Object.assign(tags, {
    alert: tagValue(e.alert),
    experiment: tagValue(e.experiment),
    severity: e.severity,
    metric: tagValue(e.metric ?? e.check ?? ''),
  });
  if (ctx.repository) tags.repository = tagValue(ctx.repository);
  if (ctx.ref) tags.branch = tagValue(ctx.ref);
  return tags;
}

/** 32 hex digits from a stable seed: the same event sent again carries the same id (Sentry drops the duplicate). */
export function sentryEventId(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, 32);
}

/** A threshold rule's op and threshold; a status or stale rule's own fields instead (it has neither). */
function ruleExtra(e: LedgerEvent): Record<string, string | number | null> {
  if (e.check === 'status')
    return { check: 'status', status: e.status ?? 'none', statuses: (e.statuses ?? []).join(', ') };
  if (e.check === 'stale') return { check: 'stale', stale_after: e.after ?? null };
  return { threshold: e.threshold, op: e.op };
}

function extraOf(item: DigestItem, ctx: RunContext): Record<string, string | number | null> {
  const { event: e, rule } = item;
  const extra: Record<string, string | number | null> = {
    reading: formatReading(readingOf(e, rule), rule?.change?.unit),
    run: e.run,
    kind: e.kind,
    ...ruleExtra(e),
  };
  const runUrl = e.runUrl ?? ctx.workflowRunUrl;
  if (runUrl) extra.run_url = runUrl;
  if (ctx.sha) extra.commit = ctx.sha;
  if (ctx.pullRequest !== undefined) extra.pull_request = ctx.pullRequest;
  return extra;
}

export function eventOf(item: DigestItem, ctx: RunContext): SentryEvent {
  const { event: e } = item;
  const text = [titleOf(item, 200), ...eventLines(item, ctx)].join('\n');
  return {
    event_id: sentryEventId(eventId(e)),
    timestamp: Number.isNaN(Date.parse(e.at)) ? new Date(0).toISOString() : new Date(e.at).toISOString(),
    level: LEVELS[e.severity],
    platform: 'other',
    logger: 'metric-alerts',
    message: { formatted: clipText(text, LIMITS.message) },
    fingerprint: [
      'metric-alerts',
      instanceHash({ alert: e.alert, experiment: e.experiment, repository: ctx.repository }),
    ],
    tags: tagsOf(item, ctx),
    extra: extraOf(item, ctx),
  };
}

function target(channel: SentryChannel): Pick<SentryRequest, 'url' | 'error'> {
  const dsn = parseDsn(channel.dsn);
  return 'error' in dsn ? { error: dsn.error } : { url: dsn.envelopeUrl };
}

/** Fired and reminder events, one request each; resolved events render nothing (Sentry resolves in its own UI). */
export function renderEvents(batch: Batch<SentryChannel>): Outgoing<SentryRequest>[] {
  const to = target(batch.channel);
  return batch.items
    .filter((item) => item.event.kind !== 'resolved')
    .map((item) => ({
      events: [eventId(item.event)],
      destination: to.url ?? 'sentry',
      request: { ...to, event: eventOf(item, batch.ctx) },
    }));
}

/** What the pipeline records for a resolved event this type does not send. */
export const RESOLVED_NOT_SENT = 'not sent: Sentry resolves issues in its own UI';

/** A note (test-channels' "wired up", an ad-hoc message): an event with no fingerprint of an instance. */
export function renderNote(channel: SentryChannel, note: Note, ctx: RunContext): Outgoing<SentryRequest> {
  const to = target(channel);
  const context = contextText(ctx);
  const text = [inert(`metric-alerts: ${note.title}`), inert(note.text, true), ...(context ? [context] : [])];
  const event: SentryEvent = {
    // Minted once per note sent: every retry of it carries this id, so a retry after a lost answer is not a second
    // event in Sentry (an alert event's id comes from the event itself).
    event_id: randomBytes(16).toString('hex'),
    level: LEVELS[note.level],
    platform: 'other',
    logger: 'metric-alerts',
    message: { formatted: clipText(text.join('\n'), LIMITS.message) },
    tags: ctx.repository ? { repository: tagValue(ctx.repository) } : {},
    extra: {},
  };
  return { events: [], destination: to.url ?? 'sentry', request: { ...to, event } };
}
