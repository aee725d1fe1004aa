// What a desktop notification shows: a short title and a few plain lines. Pure. The text is plain (no surface markup
// here); bidirectional and other control characters are removed, and each platform's command escapes what it must.
import { countsText, digestCounts, LATE_WORDS, orderItems, plainLine, truncate } from '../../core/digest.js';
import { eventId } from '../../core/history/ledger.js';
import { contextGroups, renderContext } from '../../core/run-context.js';
import { stripBidi } from '../../core/safe-text.js';
import type { RunContext, Severity } from '../../core/types.js';
import type { Batch, Note, Outgoing } from '../types.js';

/** One notification. */
export interface DesktopRequest {
  title: string;
  body: string;
  /** notify-send's urgency: critical stays on screen until dismissed. */
  urgency: 'low' | 'normal' | 'critical';
}

export const DESTINATION = 'desktop';
export const MAX_TITLE = 100;
export const MAX_BODY = 1000;
/** Events listed by name in one notification; the rest are counted. */
export const MAX_LINES = 5;
/** One event's line: the count of the rest and the context always fit in MAX_BODY after MAX_LINES of them. */
export const MAX_LINE = 150;

const URGENCY: Record<Severity, DesktopRequest['urgency']> = { info: 'low', warning: 'normal', critical: 'critical' };

/** Controls other than the line break (and tab, as a space) removed, bidi removed: text from artifacts shows as text. */
export function plainText(s: string, multiline: boolean): string {
  const flat = stripBidi(s).replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  // eslint-disable-next-line no-control-regex
  const clean = flat.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '');
  return multiline ? clean : clean.replace(/\n+/g, ' ');
}

function contextText(ctx: RunContext): string {
  return renderContext(contextGroups(ctx), (p) => p.text);
}

function clipBody(lines: readonly string[]): string {
  return truncate(plainText(lines.filter(Boolean).join('\n'), true), MAX_BODY);
}

/** One notification for every event of the batch: the counts as its title, an event a line, critical first. */
export function renderDesktop(batch: Batch): Outgoing<DesktopRequest>[] {
  if (batch.items.length === 0) return [];
  const ordered = orderItems(batch.items);
  const counts = digestCounts(ordered);
  const from = batch.ctx.pullRequest !== undefined ? ` · PR #${batch.ctx.pullRequest}` : '';
  const lines = ordered.slice(0, MAX_LINES).map((item) => {
    const late = item.late ? ` (sent late: ${LATE_WORDS[item.late]})` : '';
    return truncate(plainText(`${item.event.severity.toUpperCase()} ${plainLine(item)}${late}`, false), MAX_LINE);
  });
  if (ordered.length > MAX_LINES) lines.push(`…and ${ordered.length - MAX_LINES} more`);
  lines.push(truncate(plainText(contextText(batch.ctx), false), MAX_LINE));
  const request: DesktopRequest = {
    title: truncate(plainText(`metric-alerts: ${countsText(counts)}${from}`, false), MAX_TITLE),
    body: clipBody(lines),
    urgency: counts.firing ? URGENCY[counts.worst] : 'low',
  };
  return [{ events: ordered.map((i) => eventId(i.event)), destination: DESTINATION, request }];
}

/** A note (test-channels' "wired up", an ad-hoc message): its title, its text and the run's context. */
export function renderDesktopNote(note: Note, ctx: RunContext): Outgoing<DesktopRequest> {
  const request: DesktopRequest = {
    title: truncate(plainText(note.title, false), MAX_TITLE) || 'metric-alerts',
    body: clipBody([note.text, plainText(contextText(ctx), false)]),
    urgency: URGENCY[note.level],
  };
  return { events: [], destination: DESTINATION, request };
}
