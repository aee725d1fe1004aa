// An email digest (SPEC §5): one mail per channel per evaluation, a subject with the counts and the worst severity, a
// text part and an HTML part. Pure. Every untrusted value (alert, experiment, run and metric names, labels, the
// rule's message) is made one line, cleared of bidirectional controls and clipped, then HTML-escaped for the HTML part;
// the only links are the ones built from our own context (the workflow run, the commit, the pull request, the
// repository) and a rule's runbook when it is an http(s) URL.
import { formatChange, formatNumber, sparkline, valueText, wordReading } from '../../core/format.js';
import {
  countsText,
  digestCounts,
  LATE_WORDS,
  orderItems,
  readingOf,
  templateValues,
  truncate,
  type DigestItem,
} from '../../core/digest.js';
import { contextGroups, renderContext, type ContextPart } from '../../core/run-context.js';
import { stripBidi } from '../../core/safe-text.js';
import { renderTemplate } from '../../core/template.js';
import type { RunContext, Severity } from '../../core/types.js';
import type { Note } from '../types.js';

/** Events shown in one mail; the rest are counted ("...and N more"). */
export const MAX_ITEMS = 200;
/** Characters of a subject (RFC 5322 recommends lines of at most 78; a subject is folded, but stays short). */
export const MAX_SUBJECT = 200;
/** Characters of one untrusted name (alert, experiment, run, metric, label) as shown. */
export const MAX_NAME = 200;
/** Characters of a description, a rendered message template or a note's text. */
export const MAX_PROSE = 2000;

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
}

/** One line: control characters (CR, LF, tab, NUL...) and line/paragraph separators become spaces, bidirectional
 *  controls go, and the result is clipped. What a header or a single line of a mail may hold. */
export function oneLine(s: string, max = MAX_NAME): string {
  return truncate(stripBidi(s).replace(/[\p{Cc}\u2028\u2029]+/gu, ' '), max);
}

/** Text for HTML, in element content and in quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** An untrusted name for the HTML part: one line, clipped, escaped. */
const h = (s: string, max = MAX_NAME): string => escapeHtml(oneLine(s, max));

/** A URL we may link to: http(s) only, as the URL parser normalises it; undefined for anything else. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const SEVERITY_COLOR: Record<Severity, string> = { critical: '#d1242f', warning: '#bf8700', info: '#0969da' };
const RESOLVED_COLOR = '#1a7f37';

/** What a digest item says, before a surface renders it: every field is plain (unescaped, untrusted) text. */
interface ItemView {
  severity: Severity;
  color: string;
  /** "CRITICAL" or "RESOLVED (critical)". */
  badge: string;
  alert: string;
  status: string;
  message?: string;
  value: string;
  details: string[];
  experiment: string;
  run: string;
  runUrl?: string;
  spark: string;
  description?: string;
  runbook?: string;
  labels: string[];
  late?: string;
}

function viewOf(item: DigestItem, ctx: RunContext): ItemView {
  const { event: e, rule } = item;
  const resolved = e.kind === 'resolved';
  const unit = e.baseline === null ? undefined : rule?.change?.unit;
  const reading = readingOf(e, rule);
  const { outcome } = wordReading(reading, rule?.change?.unit);
  const details =
    unit === undefined
      ? [outcome]
      : [
          `baseline ${formatNumber(e.baseline)} (${rule?.change?.from ?? ''})`,
          `change ${formatChange(reading.change, unit)}`,
          outcome,
        ];
  const view: ItemView = {
    severity: e.severity,
    color: resolved ? RESOLVED_COLOR : SEVERITY_COLOR[e.severity],
    badge: resolved ? `RESOLVED (${e.severity})` : e.severity.toUpperCase(),
    alert: e.alert,
    status: resolved ? 'resolved' : e.kind === 'reminder' ? 'is still firing' : 'is firing',
    value: valueText(reading),
    details,
    experiment: e.experiment,
    run: e.run,
    spark: sparkline(item.recent),
    labels: Object.entries(rule?.labels ?? {}).map(([k, v]) => `${k}=${v}`),
  };
  const runUrl = safeHref(e.runUrl ?? ctx.workflowRunUrl);
  if (runUrl) view.runUrl = runUrl;
  if (rule?.message) view.message = renderTemplate(rule.message, templateValues(e, rule, ctx), (s) => s);
  if (rule?.description) view.description = rule.description;
  const runbook = safeHref(rule?.runbook);
  if (runbook) view.runbook = runbook;
  if (item.late) view.late = `Sent late: ${LATE_WORDS[item.late]} (event of ${e.at}).`;
  return view;
}

function itemText(v: ItemView): string {
  const lines = [`[${v.badge}] ${oneLine(v.alert)} ${v.status}`];
  if (v.message !== undefined) lines.push(oneLine(v.message, MAX_PROSE));
  lines.push([oneLine(v.value), ...v.details.map((d) => oneLine(d))].join(' · '));
  lines.push(`Experiment: ${oneLine(v.experiment)} · run ${oneLine(v.run)}${v.runUrl ? ` <${v.runUrl}>` : ''}`);
  if (v.spark) lines.push(`Recent: ${v.spark}`);
  if (v.description !== undefined) lines.push(oneLine(v.description, MAX_PROSE));
  if (v.runbook) lines.push(`Runbook: <${v.runbook}>`);
  if (v.labels.length) lines.push(`Labels: ${v.labels.map((l) => oneLine(l)).join(', ')}`);
  if (v.late) lines.push(oneLine(v.late));
  return lines.join('\n');
}

const STYLE = {
  body: 'font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f2328',
  code: 'font-family:SFMono-Regular,Consolas,Menlo,monospace;background:#f6f8fa;padding:0 3px;border-radius:3px',
  muted: 'color:#59636e;font-size:12px',
} as const;

function link(href: string | undefined, label: string): string {
  return href ? `<a href="${escapeHtml(href)}">${label}</a>` : label;
}

function itemHtml(v: ItemView): string {
  const rows = [
    `<strong style="color:${v.color}">${escapeHtml(v.badge)}</strong> · <strong>${h(v.alert)}</strong> ${v.status}`,
  ];
  if (v.message !== undefined) rows.push(h(v.message, MAX_PROSE));
  rows.push([`<code style="${STYLE.code}">${h(v.value)}</code>`, ...v.details.map((d) => h(d))].join(' · '));
  rows.push(`Experiment <strong>${h(v.experiment)}</strong> · run ${link(v.runUrl, h(v.run))}`);
  if (v.spark) rows.push(`Recent: <span style="font-family:monospace">${v.spark}</span>`);
  if (v.description !== undefined) rows.push(`<em>${h(v.description, MAX_PROSE)}</em>`);
  const extras: string[] = [];
  if (v.runbook) extras.push(link(v.runbook, 'Runbook'));
  for (const l of v.labels) extras.push(`<code style="${STYLE.code}">${h(l)}</code>`);
  if (extras.length) rows.push(extras.join(' · '));
  if (v.late) rows.push(`<em>${h(v.late)}</em>`);
  const style = `border-left:4px solid ${v.color};padding:6px 12px;margin:12px 0`;
  return `<div style="${style}">\n${rows.map((r) => `<div>${r}</div>`).join('\n')}\n</div>`;
}

/** The run's context as one plain line: a linked part reads "text <url>". */
export function contextText(ctx: RunContext): string {
  return renderContext(contextGroups(ctx), (p: ContextPart) => {
    const href = safeHref(p.url);
    return href ? `${oneLine(p.text)} <${href}>` : oneLine(p.text);
  });
}

/** The run's context as one HTML line: names in code, links only to our own URLs. */
export function contextHtml(ctx: RunContext): string {
  return renderContext(contextGroups(ctx), (p: ContextPart) => {
    const text = p.code ? `<code style="${STYLE.code}">${h(p.text)}</code>` : h(p.text);
    return link(safeHref(p.url), text);
  });
}

/** "metric-alerts: 2 firing, 1 resolved (critical) · acme/vision · PR #12": one line, never a header break. */
export function subjectOf(what: string, ctx: RunContext): string {
  const parts = [/^metric-alerts\b/.test(what) ? what : `metric-alerts: ${what}`];
  if (ctx.repository) parts.push(ctx.repository);
  if (ctx.pullRequest !== undefined) parts.push(`PR #${ctx.pullRequest}`);
  return oneLine(parts.join(' · '), MAX_SUBJECT);
}

function page(title: string, heading: string, body: string[], ctx: RunContext): string {
  const context = contextHtml(ctx);
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body style="${STYLE.body}">`,
    `<h2 style="font-size:18px;margin:0 0 4px">${heading}</h2>`,
    ...(context ? [`<div style="${STYLE.muted}">${context}</div>`] : []),
    ...body,
    `<p style="${STYLE.muted}">Sent by metric-alerts${context ? ` · ${context}` : ''}</p>`,
    '</body></html>',
    '',
  ].join('\n');
}

/** The mail for a digest: every event of the batch, critical first, at most MAX_ITEMS of them. */
export function renderDigest(items: readonly DigestItem[], ctx: RunContext): EmailMessage {
  const ordered = orderItems(items);
  const counts = digestCounts(ordered);
  const subject = subjectOf(`${countsText(counts)} (${counts.worst})`, ctx);
  const shown = ordered.slice(0, MAX_ITEMS).map((item) => viewOf(item, ctx));
  const hidden = ordered.length - shown.length;
  const more = hidden > 0 ? `...and ${hidden} more (see the job summary)` : undefined;
  const heading = `${counts.firing ? '🚨' : '✅'} metric-alerts: ${countsText(counts)}`;
  const context = contextText(ctx);
  const text = [
    heading,
    ...(context ? [context] : []),
    '',
    shown.map(itemText).join('\n\n'),
    ...(more ? ['', more] : []),
    '',
    '-- ',
    'Sent by metric-alerts',
    '',
  ].join('\n');
  const body = [...shown.map(itemHtml), ...(more ? [`<p>${escapeHtml(more)}</p>`] : [])];
  return { subject, text, html: page(subject, escapeHtml(heading), body, ctx) };
}

/** The mail for a note: "metric-alerts is wired up", an ad-hoc message. Its text keeps its lines. */
export function renderNote(note: Note, ctx: RunContext): EmailMessage {
  const subject = subjectOf(`${oneLine(note.title)} (${note.level})`, ctx);
  const lines = truncate(stripBidi(note.text), MAX_PROSE)
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => oneLine(l, MAX_PROSE));
  const context = contextText(ctx);
  const text = [
    `[${note.level.toUpperCase()}] ${oneLine(note.title)}`,
    ...(context ? [context] : []),
    '',
    ...lines,
    '',
    '-- ',
    'Sent by metric-alerts',
    '',
  ].join('\n');
  const badge = `<strong style="color:${SEVERITY_COLOR[note.level]}">${note.level.toUpperCase()}</strong>`;
  const body = [`<p>${lines.map((l) => escapeHtml(l)).join('<br>\n')}</p>`];
  return { subject, text, html: page(subject, `${badge} · ${h(note.title)}`, body, ctx) };
}
