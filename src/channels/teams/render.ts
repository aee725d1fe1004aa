// Microsoft Teams messages through a Teams Workflows webhook (SPEC §5): one Adaptive Card 1.5 per digest in the
// `attachments` envelope, at most 28 KB of JSON (a digest too large shows fewer events and "...and N more"). Pure.
//
// Untrusted text goes only into RichTextBlock TextRuns, which the Adaptive Card schema renders without Markdown
// ("Text to display. Markdown is not supported."): a name with `**`, `[x](y)` or `# ` shows as written. TextBlocks (which
// do read Markdown) carry only this module's own words and numbers. On top of that: bidirectional controls removed,
// line ends made spaces in names, `scheme://` and `www.` broken so nothing auto-links, `{{` broken so no DATE()/TIME()
// function is evaluated; a mention needs `msteams.entities`, which this card never has, so nothing pings.
import { formatChange, formatNumber, sparkline, valueText, wordReading } from '../../core/format.js';
import {
  countsText,
  digestCounts,
  LATE_WORDS,
  orderItems,
  readingOf,
  templateValues,
  type DigestItem,
} from '../../core/digest.js';
import { eventId } from '../../core/history/ledger.js';
import { contextGroups, type ContextPart } from '../../core/run-context.js';
import { renderTemplate } from '../../core/template.js';
import type { RunContext, Severity, TeamsChannel } from '../../core/types.js';
import { breakAutoLinks, clipText, linkable, multiLine, oneLine } from '../chat-text.js';
import type { Batch, Note, Outgoing } from '../types.js';

/** Teams posts messages of about 28 KB at most (the Workflows "Post card" action fails with "Request Entity too
 *  large" past it): the JSON sent stays within 28,000 bytes, under either reading of "KB". */
export const MAX_BYTES = 28_000;
/** Longest name (experiment, run, metric, label) and longest free text (description, message) shown. */
const MAX_NAME = 200;
const MAX_TEXT = 1000;

export interface OpenUrl {
  type: 'Action.OpenUrl';
  url: string;
  title?: string;
}

export interface TextRun {
  type: 'TextRun';
  text: string;
  weight?: 'Bolder';
  italic?: boolean;
  fontType?: 'Monospace';
  isSubtle?: boolean;
  size?: 'Small' | 'Medium';
  color?: 'Attention' | 'Warning' | 'Accent' | 'Good';
  selectAction?: OpenUrl;
}

export interface RichTextBlock {
  type: 'RichTextBlock';
  inlines: TextRun[];
  spacing?: 'None' | 'Small' | 'Medium';
  separator?: boolean;
}

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  weight?: 'Bolder';
  size?: 'Medium';
  isSubtle?: boolean;
}

export interface Container {
  type: 'Container';
  style: 'attention' | 'warning' | 'accent' | 'good' | 'default';
  items: RichTextBlock[];
  separator?: boolean;
  spacing?: 'Medium';
}

export type CardElement = TextBlock | RichTextBlock | Container;

export interface AdaptiveCard {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  type: 'AdaptiveCard';
  version: '1.5';
  body: CardElement[];
  actions?: OpenUrl[];
  msteams: { width: 'Full' };
}

export interface TeamsMessage {
  type: 'message';
  attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive'; contentUrl: null; content: AdaptiveCard }];
}

export interface TeamsRequest {
  url: string;
  payload: TeamsMessage;
}

/** Untrusted text for a TextRun: one line, no bidi controls, no auto-link, no `{{DATE()}}` function. */
export function teamsText(s: string, lines = false): string {
  return breakAutoLinks((lines ? multiLine(s) : oneLine(s)).replace(/\{\{/g, '{\u200B{'));
}

/** A name shown as written, clipped. */
function name(s: string): string {
  return clipText(teamsText(s), MAX_NAME);
}

function run(text: string, style: Omit<TextRun, 'type' | 'text'> = {}): TextRun {
  return { type: 'TextRun', text, ...style };
}

function linked(text: string, url: string | undefined, style: Omit<TextRun, 'type' | 'text'> = {}): TextRun {
  const safe = linkable(url);
  return safe ? run(text, { ...style, selectAction: { type: 'Action.OpenUrl', url: safe } }) : run(text, style);
}

function line(inlines: TextRun[], spacing: RichTextBlock['spacing'] = 'None'): RichTextBlock {
  return { type: 'RichTextBlock', inlines, spacing };
}

const STYLE: Record<Severity, { container: Container['style']; color: TextRun['color'] }> = {
  critical: { container: 'attention', color: 'Attention' },
  warning: { container: 'warning', color: 'Warning' },
  info: { container: 'accent', color: 'Accent' },
};

function headline({ event: e }: DigestItem): TextRun[] {
  const alert = run(name(e.alert), { weight: 'Bolder' });
  if (e.kind === 'resolved') return [run('✅ '), alert, run(` resolved (${e.severity})`)];
  const status = e.kind === 'reminder' ? ' is still firing' : ' is firing';
  return [
    run(`${e.severity.toUpperCase()} · `, { weight: 'Bolder', color: STYLE[e.severity].color }),
    alert,
    run(status),
  ];
}

/** "accuracy = 0.78 · condition < 0.9"; change rules also show the baseline and the change. */
function readingRuns({ event: e, rule }: DigestItem): TextRun[] {
  const reading = readingOf(e, rule);
  const { outcome } = wordReading(reading, rule?.change?.unit);
  const value = name(valueText(reading));
  const runs = [run(value, { fontType: 'Monospace', weight: 'Bolder' })];
  const unit = e.baseline === null ? undefined : rule?.change?.unit;
  if (unit !== undefined) {
    const from = teamsText(rule?.change?.from ?? '');
    runs.push(run(` · baseline ${formatNumber(e.baseline)} (${from}) · change ${formatChange(reading.change, unit)}`));
  }
  runs.push(run(` · ${teamsText(outcome)}`));
  return runs;
}

function extrasRuns(item: DigestItem): TextRun[] {
  const { rule } = item;
  const runs: TextRun[] = [];
  if (rule?.runbook) runs.push(linked('Runbook', rule.runbook, { color: 'Accent' }));
  const labels = Object.entries(rule?.labels ?? {});
  if (labels.length) {
    if (runs.length) runs.push(run(' · '));
    runs.push(run(clipText(labels.map(([k, v]) => `${teamsText(k)}=${teamsText(v)}`).join(' · '), MAX_TEXT)));
  }
  return runs;
}

/** One event as a Container in its severity's style (green when resolved). */
export function eventContainer(item: DigestItem, ctx: RunContext): Container {
  const { event: e, rule } = item;
  const items: RichTextBlock[] = [line(headline(item), 'Small')];
  if (rule?.message) {
    const text = renderTemplate(rule.message, templateValues(e, rule, ctx), (s) => teamsText(s));
    items.push(line([run(clipText(breakAutoLinks(text), MAX_TEXT))]));
  }
  items.push(line(readingRuns(item)));
  const runUrl = e.runUrl ?? ctx.workflowRunUrl;
  items.push(
    line([
      run('Experiment '),
      run(name(e.experiment), { weight: 'Bolder' }),
      run(' · run '),
      linked(name(e.run), runUrl),
    ]),
  );
  const spark = sparkline(item.recent);
  if (spark) items.push(line([run(`Recent: ${spark}`)]));
  if (rule?.description) items.push(line([run(clipText(teamsText(rule.description), MAX_TEXT), { italic: true })]));
  const extras = extrasRuns(item);
  if (extras.length) items.push(line(extras));
  if (item.late)
    items.push(line([run(`Sent late: ${LATE_WORDS[item.late]} (event of ${name(e.at)}).`, { italic: true })]));
  const style = e.kind === 'resolved' ? 'good' : STYLE[e.severity].container;
  return { type: 'Container', style, items, separator: true, spacing: 'Medium' };
}

function contextRun(p: ContextPart): TextRun {
  const style: Omit<TextRun, 'type' | 'text'> = { isSubtle: true, size: 'Small' };
  if (p.code) style.fontType = 'Monospace';
  return linked(name(p.text), p.url, p.url ? { ...style, color: 'Accent' } : style);
}

/** The run's context (repository, branch, workflow run, commit, pull request) as one line of TextRuns. */
export function contextBlock(ctx: RunContext): RichTextBlock | undefined {
  const inlines: TextRun[] = [];
  contextGroups(ctx).forEach((group, i) => {
    if (i > 0) inlines.push(run(' · ', { isSubtle: true, size: 'Small' }));
    group.forEach((part, j) => {
      if (j > 0) inlines.push(run(' ', { isSubtle: true, size: 'Small' }));
      inlines.push(contextRun(part));
    });
  });
  return inlines.length ? { type: 'RichTextBlock', inlines, separator: true, spacing: 'Medium' } : undefined;
}

export function envelope(card: Omit<AdaptiveCard, '$schema' | 'type' | 'version' | 'msteams'>): TeamsMessage {
  const content: AdaptiveCard = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    body: card.body,
    ...(card.actions?.length ? { actions: card.actions } : {}),
    msteams: { width: 'Full' },
  };
  return {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content }],
  };
}

/** Bytes of a value's JSON as sent (UTF-8). */
export function jsonBytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v), 'utf8');
}

function moreBlock(hidden: number): TextBlock {
  return { type: 'TextBlock', text: `...and ${hidden} more, see the job summary`, wrap: true, isSubtle: true };
}

function runActions(ctx: RunContext): OpenUrl[] {
  const url = linkable(ctx.workflowRunUrl);
  return url ? [{ type: 'Action.OpenUrl', title: 'Open the workflow run', url }] : [];
}

/** The digest of a batch: as many events as fit in MAX_BYTES, critical first, and how many were left out. */
export function buildDigest(batch: Batch<TeamsChannel>): TeamsMessage {
  const ordered = orderItems(batch.items);
  const counts = digestCounts(ordered);
  const from = batch.ctx.pullRequest !== undefined ? ` · PR #${batch.ctx.pullRequest}` : '';
  const header: TextBlock = {
    type: 'TextBlock',
    text: `${counts.firing ? '🚨' : '✅'} metric-alerts: ${countsText(counts)}${from}`,
    wrap: true,
    weight: 'Bolder',
    size: 'Medium',
  };
  const context = contextBlock(batch.ctx);
  const tail = context ? [context] : [];
  const actions = runActions(batch.ctx);
  const containers = ordered.map((item) => eventContainer(item, batch.ctx));
  const whole = envelope({ body: [header, ...containers, ...tail], actions });
  if (jsonBytes(whole) <= MAX_BYTES) return whole;
  // Too large: the frame with the largest "...and N more" it could hold, then events while they fit.
  let left = MAX_BYTES - jsonBytes(envelope({ body: [header, moreBlock(ordered.length), ...tail], actions }));
  const shown: Container[] = [];
  for (const c of containers) {
    const size = jsonBytes(c) + 1; // and its comma
    if (size > left) break;
    shown.push(c);
    left -= size;
  }
  return envelope({ body: [header, ...shown, moreBlock(ordered.length - shown.length), ...tail], actions });
}

/** Where a request goes, for spacing: the URL without its query (which holds the signature; never shown). */
export function destinationOf(url: string): string {
  return url.split('?')[0]!;
}

export function renderDigest(batch: Batch<TeamsChannel>): Outgoing<TeamsRequest>[] {
  if (batch.items.length === 0) return [];
  const { url } = batch.channel;
  return [
    {
      events: batch.items.map((i) => eventId(i.event)),
      destination: destinationOf(url),
      request: { url, payload: buildDigest(batch) },
    },
  ];
}

const NOTE_STYLE: Record<Severity, Container['style']> = { critical: 'attention', warning: 'warning', info: 'accent' };

/** A note (test-channels' "wired up", an ad-hoc message): its title and text, every line a TextRun. */
export function buildNote(note: Note, ctx: RunContext): TeamsMessage {
  const lines = clipText(teamsText(note.text, true), 4 * MAX_TEXT).split('\n');
  const items: RichTextBlock[] = [
    line([run(clipText(teamsText(note.title), MAX_NAME), { weight: 'Bolder', size: 'Medium' })], 'Small'),
    ...lines.map((l) => line([run(l || ' ')])),
  ];
  const context = contextBlock(ctx);
  const body: CardElement[] = [{ type: 'Container', style: NOTE_STYLE[note.level], items }];
  if (context) body.push(context);
  return envelope({ body, actions: runActions(ctx) });
}

export function renderNote(channel: TeamsChannel, note: Note, ctx: RunContext): Outgoing<TeamsRequest> {
  return {
    events: [],
    destination: destinationOf(channel.url),
    request: { url: channel.url, payload: buildNote(note, ctx) },
  };
}
