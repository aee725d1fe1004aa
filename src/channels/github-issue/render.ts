// GitHub issues (SPEC §5, github-issue): one issue per alert instance for its whole life. An event becomes one request:
// the issue to open (fired, with a hidden marker naming the instance) and the comment to add (reminder, resolved, a
// re-fire). Every untrusted value is shown in a code span (nothing in it can mention, link, reference or format) with
// bidirectional controls removed. Pure.
import { hashParts } from '../hash.js';
import { LATE_WORDS, readingOf, type DigestItem } from '../../core/digest.js';
import { formatReading, sparkline } from '../../core/format.js';
import { eventId } from '../../core/history/ledger.js';
import { contextGroups, renderContext, type ContextPart } from '../../core/run-context.js';
import type { GithubIssueChannel, RunContext, Severity } from '../../core/types.js';
import { clipText, linkable, oneLine } from '../chat-text.js';
import { clipName } from '../incident-text.js';
import type { Batch, Note, Outgoing } from '../types.js';

/** The label issues are found by when the channel names none. */
export const DEFAULT_LABEL = 'metric-alerts';
/** GitHub's documented limits: a title of 256 characters, a body or comment of 65,536. */
export const LIMITS = { title: 256, body: 65536 } as const;

export type IssueAction = 'fired' | 'reminder' | 'resolved' | 'note';

export interface GithubIssueRequest {
  /** owner/name the issue lives in: the channel's `repository`, else the run's (the send falls back to the token's). */
  repository?: string;
  /** The label the issue is found by (the first of `labels`, or metric-alerts). */
  label: string;
  /** Labels and assignees set when the issue is opened. */
  labels: string[];
  assignees: string[];
  action: IssueAction;
  /** The issue number an earlier delivery of this instance recorded (DigestItem.thread): looked at first. */
  ref?: string;
  /** First line of the issue's body: `<!-- metric-alerts:instance=<hex> -->` (a note's: `note=<hex>`). */
  marker: string;
  /** First line of what this event writes (the issue body or a comment): `<!-- metric-alerts:event=<hex> -->`. */
  eventMarker: string;
  title: string;
  /** The issue's body when this event opens it (starts with `marker`, then `eventMarker`). */
  body: string;
  /** The comment this event adds to an existing issue (starts with `eventMarker`). */
  comment: string;
}

const sha256 = hashParts;

/** The alert instance's marker: sha256 of repository + alert + experiment. */
export function instanceMarker(ctx: RunContext, alert: string, experiment: string): string {
  return `<!-- metric-alerts:instance=${sha256(['instance', ctx.repository ?? '', alert, experiment])} -->`;
}

const eventMarkerOf = (id: string): string => `<!-- metric-alerts:event=${sha256(['event', id])} -->`;

const ZWJ = '\u200D';

/** Text shown literally: one line, no bidi controls, `<!--` broken by a zero-width joiner (no marker forged). */
function plain(s: string): string {
  return oneLine(s).replace(/<!--/g, `<${ZWJ}!--`);
}

/**
 * An untrusted value as a GitHub Markdown code span: nothing inside formats, links, mentions (`@x`), references
 * (`#1`, `GH-1`, a sha) or is HTML. The fence is longer than any run of backticks inside.
 */
export function code(s: string): string {
  const text = plain(s);
  if (text === '') return '` `';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${text} ${fence}`;
}

/** A title: plain text, `@` and `#` followed by a zero-width joiner (no mention, no reference), at most 256 (never cut within a surrogate pair). */
export function titleText(s: string): string {
  const text = plain(s)
    .replace(/([@#])/g, `$1${ZWJ}`)
    .replace(/\bGH-/gi, (m) => `${m.slice(0, 2)}${ZWJ}-`);
  return clipText(text, LIMITS.title);
}

/** A link to an http(s) URL with a fixed label; the label alone when the URL is unusable. */
function link(url: string | undefined, label: string): string {
  const safe = linkable(url);
  if (!safe) return label;
  return `[${label}](${safe.replace(/[()<>\s]/g, (c) => encodeURIComponent(c))})`;
}

function contextPart(p: ContextPart): string {
  return p.code || p.url ? link(p.url, code(p.text)) : plain(p.text);
}

export function contextLine(ctx: RunContext): string {
  return renderContext(contextGroups(ctx), contextPart);
}

const ICON: Record<Severity, string> = { critical: '🔴', warning: '🟠', info: '🔵' };
const HEADLINE: Record<IssueAction, string> = {
  fired: 'is **firing**',
  reminder: 'is **still firing**',
  resolved: 'is **resolved**',
  note: '',
};

/** The lines of one event: reading, run, trend, labels, description, runbook, lateness. */
function eventLines(item: DigestItem, ctx: RunContext): string[] {
  const { event: e, rule } = item;
  const unit = rule?.change?.unit;
  const lines = [`- Reading: ${code(formatReading(readingOf(e, rule), unit))}`];
  const runUrl = e.runUrl ?? ctx.workflowRunUrl;
  lines.push(`- Run: ${link(runUrl, code(clipName(e.run)))}`);
  if (item.recent.length > 1) lines.push(`- Trend: ${code(sparkline(item.recent))}`);
  const labels = Object.entries(rule?.labels ?? {}).map(([k, v]) => code(`${k}: ${v}`));
  if (labels.length) lines.push(`- Labels: ${labels.join(' ')}`);
  if (rule?.description) lines.push(`- Description: ${code(rule.description)}`);
  if (linkable(rule?.runbook)) lines.push(`- ${link(rule?.runbook, 'Runbook')}`);
  if (item.late) lines.push(`- Sent late: ${LATE_WORDS[item.late]}`);
  return lines;
}

/** Text cut to GitHub's 65,536 characters (never within a code span's line: whole lines are dropped). */
function fit(lines: string[]): string {
  const out: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > LIMITS.body - 2) {
      out.push('…');
      break;
    }
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n');
}

function eventText(item: DigestItem, ctx: RunContext, action: IssueAction): string[] {
  const e = item.event;
  const [alert, experiment] = [code(clipName(e.alert)), code(clipName(e.experiment))];
  const head = `**${ICON[e.severity]} ${e.severity}**: alert ${alert} ${HEADLINE[action]} on experiment ${experiment}`;
  return [head, '', ...eventLines(item, ctx), '', contextLine(ctx)];
}

const FOOTER =
  '_Opened by metric-alerts: this issue follows its alert instance (a comment on each reminder, closed when it resolves, reopened when it fires again). Keep the marker above._';

function eventRequest(channel: GithubIssueChannel, item: DigestItem, ctx: RunContext): GithubIssueRequest {
  const e = item.event;
  const action: IssueAction = e.kind;
  const marker = instanceMarker(ctx, e.alert, e.experiment);
  const eventMarker = eventMarkerOf(eventId(e));
  const text = eventText(item, ctx, action);
  return {
    ...target(channel, ctx),
    action,
    ...(item.thread ? { ref: item.thread } : {}),
    marker,
    eventMarker,
    title: titleText(`[${e.severity}] ${clipName(e.alert)} on ${clipName(e.experiment)}`),
    // An issue opened by a reminder (the channel was added while firing) reads as firing.
    body: fit([marker, eventMarker, ...eventText(item, ctx, action === 'resolved' ? 'resolved' : 'fired'), '', FOOTER]),
    comment: fit([eventMarker, ...text]),
  };
}

function target(
  channel: GithubIssueChannel,
  ctx: RunContext,
): Pick<GithubIssueRequest, 'repository' | 'label' | 'labels' | 'assignees'> {
  const labels = channel.labels.length ? [...channel.labels] : [DEFAULT_LABEL];
  const repository = channel.repository ?? ctx.repository;
  return { ...(repository ? { repository } : {}), label: labels[0]!, labels, assignees: [...channel.assignees] };
}

/** Where requests go, for the pipeline's spacing: the repository's issues (never shown). */
export function destinationOf(request: Pick<GithubIssueRequest, 'repository'>): string {
  return `github-issues:${request.repository ?? '(the run repository)'}`;
}

export function render(batch: Batch<GithubIssueChannel>): Outgoing<GithubIssueRequest>[] {
  return batch.items.map((item) => {
    const request = eventRequest(batch.channel, item, batch.ctx);
    return { events: [eventId(item.event)], destination: destinationOf(request), request };
  });
}

/** A note opens an issue of its own (found again by its marker, so a retry opens no second one). */
export function note(channel: GithubIssueChannel, n: Note, ctx: RunContext): Outgoing<GithubIssueRequest> {
  const id = sha256(['note', n.title, n.text, n.level, ctx.workflowRunId ?? '', ctx.workflowRunAttempt ?? '']);
  const marker = `<!-- metric-alerts:note=${id} -->`;
  const eventMarker = eventMarkerOf(`note ${id}`);
  const text = n.text.split(/\r\n?|\n/).map((l) => (l.trim() === '' ? '' : code(l)));
  const lines = [`**${ICON[n.level]} ${n.level}**: ${code(n.title)}`, '', ...text, '', contextLine(ctx)];
  const request: GithubIssueRequest = {
    ...target(channel, ctx),
    action: 'note',
    marker,
    eventMarker,
    title: titleText(`[${n.level}] ${n.title}`),
    body: fit([marker, eventMarker, ...lines]),
    comment: fit([eventMarker, ...lines]),
  };
  return { events: [], destination: destinationOf(request), request };
}
