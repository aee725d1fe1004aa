// Slack Block Kit digests: one message per channel per evaluation, within Slack's limits, every value escaped.
import { formatChange, formatNumber, sparkline, valueText, wordReading } from '../format.js';
import {
  countsText,
  digestCounts,
  LATE_WORDS,
  orderItems,
  plainLine,
  readingOf,
  templateValues,
  truncate,
  type DigestItem,
  type Note,
} from '../digest.js';
import { eventId, type LedgerEvent } from '../history/ledger.js';
import { contextGroups, renderContext, type ContextPart } from '../run-context.js';
import { stripBidi } from '../safe-text.js';
import { renderTemplate } from '../template.js';
import type { AlertRule, RunContext, SlackChannel } from '../types.js';

export { orderItems, templateValues, type DigestItem };

export const MAX_BLOCKS = 50;
export const MAX_SECTION_TEXT = 3000;
export const MAX_HEADER_TEXT = 150;
export const MAX_FALLBACK_TEXT = 3000;

export interface SlackBlock {
  type: string;
  [key: string]: unknown;
}

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Escapes text for Slack mrkdwn and plain text: & < > become entities, so nothing pings or links; bidirectional
 *  overrides are removed. */
export function escapeSlack(s: string): string {
  return stripBidi(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text shown literally in a code span: escaped, and a backtick (which would end the span) becomes a look-alike. */
function code(s: string): string {
  return `\`${escapeSlack(s).replace(/`/g, 'ˋ')}\``;
}

function link(url: string | undefined, label: string): string {
  if (!url) return escapeSlack(label);
  const safe = url.replace(/[<>|\s]/g, (c) => encodeURIComponent(c));
  return `<${safe}|${escapeSlack(label)}>`;
}

const SEVERITY_ICON = {
  critical: ':red_circle:',
  warning: ':large_orange_circle:',
  info: ':large_blue_circle:',
} as const;

/** "`accuracy = 0.93` · back above 0.9 after 3 runs / 2 h"; change rules also show the baseline and the change. */
function valueLine(e: LedgerEvent, rule: AlertRule | undefined): string {
  const unit = e.baseline === null ? undefined : rule?.change?.unit;
  const reading = readingOf(e, rule);
  const { outcome } = wordReading(reading, rule?.change?.unit);
  const value = valueText(reading);
  if (unit === undefined) return `${code(value)} · ${escapeSlack(outcome)}`;
  const change = formatChange(reading.change, unit);
  return `${code(value)} · baseline ${formatNumber(e.baseline)} (${escapeSlack(rule?.change?.from ?? '')}) · change ${escapeSlack(change)} · ${escapeSlack(outcome)}`;
}

function section(item: DigestItem, ctx: RunContext, resolvedSince = false): string {
  const { event: e, rule } = item;
  const lines: string[] = [];
  const name = `*${escapeSlack(e.alert)}*`;
  if (resolvedSince) {
    lines.push(`:white_check_mark: *RESOLVED* · ${name} was firing (${escapeSlack(e.severity)}); see the thread`);
  } else if (e.kind === 'resolved') {
    lines.push(`:white_check_mark: ${name} resolved (${escapeSlack(e.severity)})`);
  } else {
    const status = e.kind === 'reminder' ? 'is still firing' : 'is firing';
    lines.push(`${SEVERITY_ICON[e.severity]} *${e.severity.toUpperCase()}* · ${name} ${status}`);
  }
  if (rule?.message) lines.push(renderTemplate(rule.message, templateValues(e, rule, ctx), escapeSlack));
  lines.push(valueLine(e, rule));
  lines.push(`Experiment *${escapeSlack(e.experiment)}* · run ${link(e.runUrl ?? ctx.workflowRunUrl, e.run)}`);
  const spark = sparkline(item.recent);
  if (spark) lines.push(`Recent: ${spark}`);
  if (rule?.description) lines.push(`_${escapeSlack(rule.description)}_`);
  const extras: string[] = [];
  if (rule?.runbook) extras.push(link(rule.runbook, 'Runbook'));
  const labels = Object.entries(rule?.labels ?? {});
  if (labels.length) extras.push(labels.map(([k, v]) => `\`${escapeSlack(k)}=${escapeSlack(v)}\``).join(' '));
  if (extras.length) lines.push(extras.join(' · '));
  if (item.late) lines.push(`_Sent late: ${LATE_WORDS[item.late]} (event of ${escapeSlack(e.at)})._`);
  return truncate(lines.join('\n'), MAX_SECTION_TEXT);
}

/** One part of the run's context in mrkdwn: names in code spans, links escaped. */
function contextPart(p: ContextPart): string {
  if (p.code) return code(p.text);
  return p.url ? link(p.url, p.text) : escapeSlack(p.text);
}

/** The run's context (repository, branch, workflow run, commit, pull request) as one mrkdwn line. */
export function contextLine(ctx: RunContext): string {
  return renderContext(contextGroups(ctx), contextPart);
}

/** How a digest is drawn beyond the webhook's defaults (the Web API's messages). */
export interface DigestOptions {
  /**
   * eventIds among the items of fired events whose instance has resolved since: drawn as resolved, for the update
   * (chat.update) of the message that fired them.
   */
  resolved?: ReadonlySet<string>;
  /** Most characters of the event sections together (the Web API refuses longer blocks: msg_blocks_too_long). */
  maxSectionsText?: number;
  /** Words put before the run's context line ("Updated by"). */
  contextLead?: string;
}

export function buildDigest(
  items: readonly DigestItem[],
  channel: Pick<SlackChannel, 'mentions'>,
  ctx: RunContext,
  opts: DigestOptions = {},
): SlackMessage {
  const ordered = orderItems(items);
  const resolvedSince = (i: DigestItem): boolean => opts.resolved?.has(eventId(i.event)) ?? false;
  const counts = digestCounts(
    ordered.map((i) => (resolvedSince(i) ? { ...i, event: { ...i.event, kind: 'resolved' as const } } : i)),
  );
  // A pull request's run says so first thing: what it reports is that pull request's, not the main line's.
  const from = ctx.pullRequest !== undefined ? ` · PR #${ctx.pullRequest}` : '';
  const header = truncate(
    `${counts.firing ? '🚨' : '✅'} metric-alerts: ${countsText(counts)}${from}`,
    MAX_HEADER_TEXT,
  );

  const mentions = counts.firing > 0 ? channel.mentions : [];
  const reserved = 2 + (mentions.length ? 1 : 0); // header, context, mentions
  const sections = fitSections(
    ordered.map((i) => section(i, ctx, resolvedSince(i))),
    MAX_BLOCKS - reserved,
    opts.maxSectionsText ?? Infinity,
  );
  const blocks: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: header, emoji: true } }];
  for (const text of sections) blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
  if (mentions.length) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `cc ${mentions.join(' ')}` } });
  const context = [contextLine(ctx), 'metric-alerts'].filter(Boolean).join(' · ');
  const lead = opts.contextLead ? `${escapeSlack(opts.contextLead)} ` : '';
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(lead + context, MAX_SECTION_TEXT) }] });

  const line = (i: DigestItem): string => (resolvedSince(i) ? `${plainLine(i)}, now resolved` : plainLine(i));
  let text = `metric-alerts: ${ordered.slice(0, 10).map(line).join('; ')}`;
  if (ordered.length > 10) text += `; and ${ordered.length - 10} more`;
  text = truncate(escapeSlack(text), MAX_FALLBACK_TEXT);
  if (mentions.length) text = `${mentions.join(' ')} ${text}`;
  return { text, blocks };
}

/**
 * The event sections that fit in `maxBlocks` blocks and `maxChars` characters, the last one saying how many more
 * there are when some do not fit.
 */
function fitSections(sections: readonly string[], maxBlocks: number, maxChars: number): string[] {
  const more = (n: number): string => `…and ${n} more (see the job summary)`;
  let shown = sections.length > maxBlocks ? sections.slice(0, maxBlocks - 1) : [...sections];
  let total = shown.reduce((n, s) => n + s.length, 0);
  while (shown.length > 0 && total + (shown.length < sections.length ? more(sections.length).length : 0) > maxChars) {
    total -= shown[shown.length - 1]!.length;
    shown = shown.slice(0, -1);
  }
  const hidden = sections.length - shown.length;
  return hidden > 0 ? [...shown, more(hidden)] : shown;
}

const NOTE_ICON = { info: ':information_source:', warning: ':warning:', critical: ':rotating_light:' } as const;

/** A note (test-channels' "wired up", an ad-hoc message): its title and text, escaped, with the run's context. */
export function buildNote(channelName: string, note: Note, ctx: RunContext): SlackMessage {
  const text = truncate(escapeSlack(`${note.title}: ${note.text}`), MAX_FALLBACK_TEXT);
  const body = `${NOTE_ICON[note.level]} *${escapeSlack(note.title)}*\n${escapeSlack(note.text)}`;
  const blocks: SlackBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: truncate(body, MAX_SECTION_TEXT) } }];
  const context = [contextLine(ctx), `channel ${code(channelName)}`].filter(Boolean).join(' · ');
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(context, MAX_SECTION_TEXT) }] });
  return { text, blocks };
}
