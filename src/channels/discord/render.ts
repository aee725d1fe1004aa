// Discord webhook messages (SPEC §5): one digest per channel per evaluation as embeds within every documented limit,
// every interpolated value escaped for Discord Markdown, and only the channel's own `mentions` able to ping. Pure.
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
import { contextGroups, renderContext, type ContextPart } from '../../core/run-context.js';
import { renderTemplate } from '../../core/template.js';
import type { DiscordChannel, RunContext, Severity } from '../../core/types.js';
import { breakAutoLinks, clipText, linkable, multiLine, oneLine } from '../chat-text.js';
import type { Batch, Note, Outgoing } from '../types.js';

/** Discord's documented limits (Message resource, "Embed Limits"; Execute Webhook). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  total: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** allowed_mentions.users and .roles hold at most 100 ids each. */
  mentionIds: 100,
} as const;

export interface DiscordEmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface DiscordEmbed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  timestamp?: string;
  fields?: DiscordEmbedField[];
  footer?: { text: string };
  author?: { name: string };
}

export interface AllowedMentions {
  parse: [];
  users?: string[];
  roles?: string[];
}

export interface DiscordMessage {
  content?: string;
  embeds: DiscordEmbed[];
  allowed_mentions: AllowedMentions;
}

export interface DiscordRequest {
  url: string;
  payload: DiscordMessage;
}

/** The colour of an embed's bar: the severity of a firing event, green for a resolved one. */
export const COLORS: Record<Severity | 'resolved', number> = {
  critical: 0xe01e5a,
  warning: 0xf2a33a,
  info: 0x1d9bd1,
  resolved: 0x2eb67d,
};

const ICON: Record<Severity, string> = { critical: '🔴', warning: '🟠', info: '🔵' };

/**
 * Text safe for Discord Markdown: bidirectional controls removed; every Markdown character (`\ * _ ~ \` > | [ ] ( )
 * # - + < : .` where they format) escaped with a backslash, so nothing formats, links (`[x](y)`), quotes, or forms a
 * mention, channel, emoji or timestamp tag (`<@…>`, `<#…>`, `<:…>`, `<t:…>`); `@everyone`/`@here` broken with a
 * zero-width space; `scheme://` and `www.` broken so nothing auto-links.
 */
export function escapeDiscord(s: string, lines = false): string {
  const text = lines ? multiLine(s) : oneLine(s);
  const escaped = text
    .replace(/[\\*_~`>|[\]()#\-+<]/g, '\\$&')
    .replace(/^(\s*\d+)\./gm, '$1\\.')
    .replace(/@(everyone|here)/gi, '@\u200B$1');
  return breakAutoLinks(escaped);
}

/** A masked link whose preview Discord does not unfold (`[label](<url>)`); the label alone when the URL is unusable. */
function link(url: string | undefined, label: string): string {
  const safe = linkable(url);
  if (!safe) return label;
  return `[${label}](<${safe.replace(/[<>()\s]/g, (c) => encodeURIComponent(c))}>)`;
}

function parseMentions(mentions: readonly string[]): { users: string[]; roles: string[] } {
  const users: string[] = [];
  const roles: string[] = [];
  for (const m of mentions) {
    const found = /^<@(!|&)?(\d{1,20})>$/.exec(m.trim());
    if (!found) continue;
    const list = found[1] === '&' ? roles : users;
    if (!list.includes(found[2]!)) list.push(found[2]!);
  }
  return { users: users.slice(0, LIMITS.mentionIds), roles: roles.slice(0, LIMITS.mentionIds) };
}

/** Longest mention text in a message's content (the rest of its 2,000 characters hold the header and context). */
const MAX_MENTION_TEXT = 1500;

/** `allowed_mentions` naming only the channel's own `mentions` (and none at all without them), with their text. */
export function mentionsOf(mentions: readonly string[]): { text: string; allowed: AllowedMentions } {
  const { users, roles } = parseMentions(mentions);
  const allowed: AllowedMentions = { parse: [] };
  const tags: string[] = [];
  let length = 0;
  const take = (id: string, tag: string, into: string[]): void => {
    if (length + tag.length + 1 > MAX_MENTION_TEXT) return;
    length += tag.length + 1;
    tags.push(tag);
    into.push(id);
  };
  const keptUsers: string[] = [];
  const keptRoles: string[] = [];
  for (const id of users) take(id, `<@${id}>`, keptUsers);
  for (const id of roles) take(id, `<@&${id}>`, keptRoles);
  if (keptUsers.length) allowed.users = keptUsers;
  if (keptRoles.length) allowed.roles = keptRoles;
  return { text: tags.join(' '), allowed };
}

function contextPart(p: ContextPart): string {
  const text = escapeDiscord(p.text);
  return p.url ? link(p.url, text) : text;
}

/** The run's context (repository, branch, workflow run, commit, pull request) as one Markdown line. */
export function contextLine(ctx: RunContext): string {
  return renderContext(contextGroups(ctx), contextPart);
}

/** The Discord URL to post to: an unversioned Discord webhook URL is pinned to API v10 (seconds in `retry_after`). */
export function webhookUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!/^(?:(?:ptb|canary)\.)?discord(?:app)?\.com$/i.test(u.hostname)) return url;
    if (!u.pathname.startsWith('/api/webhooks/')) return url;
    u.pathname = `/api/v10${u.pathname.slice(4)}`;
    return u.href;
  } catch {
    return url;
  }
}

/** Where a request goes, for spacing: the URL without its query (never shown). */
export function destinationOf(url: string): string {
  return url.split('?')[0]!;
}

/** "`accuracy = 0.78` · condition < 0.9" as Markdown; change rules also show the baseline and the change. */
function readingLine(item: DigestItem): string {
  const { event: e, rule } = item;
  const reading = readingOf(e, rule);
  const { outcome } = wordReading(reading, rule?.change?.unit);
  const value = `**${escapeDiscord(valueText(reading))}**`;
  const unit = e.baseline === null ? undefined : rule?.change?.unit;
  if (unit === undefined) return `${value} · ${escapeDiscord(outcome)}`;
  const change = escapeDiscord(formatChange(reading.change, unit));
  const from = escapeDiscord(rule?.change?.from ?? '');
  return `${value} · baseline ${formatNumber(e.baseline)} (${from}) · change ${change} · ${escapeDiscord(outcome)}`;
}

function titleOf({ event: e }: DigestItem): string {
  const name = escapeDiscord(e.alert);
  if (e.kind === 'resolved') return `✅ ${name} resolved (${e.severity})`;
  const status = e.kind === 'reminder' ? 'is still firing' : 'is firing';
  return `${ICON[e.severity]} ${e.severity.toUpperCase()} · ${name} ${status}`;
}

function descriptionOf(item: DigestItem, ctx: RunContext): string {
  const { event: e, rule } = item;
  const lines: string[] = [];
  if (rule?.message)
    lines.push(breakAutoLinks(renderTemplate(rule.message, templateValues(e, rule, ctx), (s) => escapeDiscord(s))));
  lines.push(readingLine(item));
  const spark = sparkline(item.recent);
  if (spark) lines.push(`Recent: ${spark}`);
  if (rule?.description) lines.push(`*${escapeDiscord(rule.description, true)}*`);
  if (rule?.runbook) lines.push(link(rule.runbook, 'Runbook'));
  if (item.late) lines.push(`*Sent late: ${LATE_WORDS[item.late]} (event of ${escapeDiscord(e.at)}).*`);
  return lines.join('\n');
}

function fieldsOf(item: DigestItem, ctx: RunContext, max: number): DiscordEmbedField[] {
  const { event: e, rule } = item;
  const runUrl = e.runUrl ?? ctx.workflowRunUrl;
  const runLabel = clipText(escapeDiscord(e.run), Math.min(max, 200));
  const runLink = link(runUrl, runLabel);
  const fields: DiscordEmbedField[] = [
    { name: 'Experiment', value: clipText(escapeDiscord(e.experiment), max), inline: true },
    { name: 'Run', value: runLink.length <= max ? runLink : runLabel, inline: true },
  ];
  const labels = Object.entries(rule?.labels ?? {});
  if (labels.length) {
    const text = labels.map(([k, v]) => `${escapeDiscord(k)}=${escapeDiscord(v)}`).join(' · ');
    fields.push({ name: 'Labels', value: clipText(text, max), inline: true });
  }
  return fields;
}

/** The characters of an embed that count toward Discord's 6,000 (title, description, fields, footer, author). */
export function embedChars(e: DiscordEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
}

/** One event as an embed of at most `budget` counted characters (and within every field's own limit). */
export function eventEmbed(item: DigestItem, ctx: RunContext, budget: number): DiscordEmbed {
  const { event: e } = item;
  const part = Math.floor(budget / 5);
  const title = clipText(titleOf(item), Math.min(LIMITS.title, part));
  const fields = fieldsOf(item, ctx, Math.min(LIMITS.fieldValue, part));
  const embed: DiscordEmbed = { title, color: e.kind === 'resolved' ? COLORS.resolved : COLORS[e.severity] };
  const url = linkable(e.runUrl ?? ctx.workflowRunUrl);
  if (url) embed.url = url;
  if (!Number.isNaN(Date.parse(e.at))) embed.timestamp = e.at;
  embed.fields = fields;
  const room = Math.max(0, Math.min(LIMITS.description, budget - embedChars(embed)));
  embed.description = clipText(descriptionOf(item, ctx), room);
  return embed;
}

/** Header, mentions, what was left out, and the run's context: the message's content, within 2,000 characters. */
function contentOf(c: { header: string; mentions: string; hidden: number; ctx: RunContext }): string {
  const lines = [c.header];
  if (c.mentions) lines.push(c.mentions);
  if (c.hidden > 0) lines.push(`…and ${c.hidden} more, see the job summary`);
  const context = contextLine(c.ctx);
  const head = lines.join('\n');
  if (!context) return head;
  return `${head}\n${clipText(context, LIMITS.content - head.length - 1)}`;
}

/** The digest of a batch: one message, an embed per event (at most 10), the rest counted in the content. */
export function buildDigest(batch: Batch<DiscordChannel>): DiscordMessage {
  const ordered = orderItems(batch.items);
  const counts = digestCounts(ordered);
  const shown = ordered.slice(0, LIMITS.embeds);
  const budget = Math.floor(LIMITS.total / Math.max(1, shown.length));
  const embeds = shown.map((item) => eventEmbed(item, batch.ctx, budget));
  const { text, allowed } = counts.firing > 0 ? mentionsOf(batch.channel.mentions) : mentionsOf([]);
  const from = batch.ctx.pullRequest !== undefined ? ` · PR #${batch.ctx.pullRequest}` : '';
  const header = `${counts.firing ? '🚨' : '✅'} **metric-alerts**: ${countsText(counts)}${from}`;
  const content = contentOf({ header, mentions: text, hidden: ordered.length - shown.length, ctx: batch.ctx });
  return { content, embeds, allowed_mentions: allowed };
}

export function renderDigest(batch: Batch<DiscordChannel>): Outgoing<DiscordRequest>[] {
  if (batch.items.length === 0) return [];
  const url = webhookUrl(batch.channel.url);
  return [
    {
      events: batch.items.map((i) => eventId(i.event)),
      destination: destinationOf(url),
      request: { url, payload: buildDigest(batch) },
    },
  ];
}

/** A note (test-channels' "wired up", an ad-hoc message): one embed, no mentions. */
export function buildNote(note: Note, ctx: RunContext): DiscordMessage {
  const title = clipText(escapeDiscord(note.title), LIMITS.title);
  const description = clipText(escapeDiscord(note.text, true), LIMITS.description);
  const embed: DiscordEmbed = { title, description, color: COLORS[note.level] };
  const context = contextLine(ctx);
  const content = clipText(context ? `**metric-alerts** · ${context}` : '**metric-alerts**', LIMITS.content);
  return { content, embeds: [embed], allowed_mentions: { parse: [] } };
}

export function renderNote(channel: DiscordChannel, note: Note, ctx: RunContext): Outgoing<DiscordRequest> {
  const url = webhookUrl(channel.url);
  return { events: [], destination: destinationOf(url), request: { url, payload: buildNote(note, ctx) } };
}
