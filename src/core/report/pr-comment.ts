// The pull request comment (SPEC §6, pr-comment): what this run's metrics would fire on the base branch, as one comment that
// every run of the same `config` updates in place. Found again by a hidden marker on its first line. Pure.
// Every untrusted value is escaped for GitHub Markdown: no HTML, no table break-out, no link, no @mention, no issue
// reference (a PR comment notifies and cross-references, unlike the job summary).
import type { InstanceResult } from '../evaluate.js';
import { conditionText, formatValue, subjectOf } from '../format.js';
import { contextGroups, renderContext } from '../run-context.js';
import type { RunContext } from '../types.js';
import { mdCell, mdLink } from './markdown.js';
import type { Counts } from './results.js';

/** GitHub refuses comment bodies over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536;

export interface PrCommentInput {
  results: readonly InstanceResult[];
  counts: Counts;
  ctx: RunContext;
  /** The `config` input: one comment per rules file, so two steps with two files keep two comments. */
  config: string;
  /** The pull request's base branch (from the event), when known: "what would fire on <base>". */
  baseRef?: string;
}

const ZWSP = '\u200B';

/** The hidden first line that finds the comment again: one per `config` path (percent-encoded: no `--` or `>`). */
export function prCommentMarker(config: string): string {
  const key = encodeURIComponent(config).replace(/[-!']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `<!-- metric-alerts:pr-comment config=${key} -->`;
}

/**
 * A table cell of untrusted text: mdCell's escaping, then nothing GitHub would turn into a notification or a link:
 * `@name` (mentions, team mentions), `#12`/`GH-12`/`owner/repo#12` (references), `https://…` and `www.` (autolinks).
 */
export function prCell(s: string): string {
  return mdCell(s)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
    .replace(/:(?=\/\/)/g, `:${ZWSP}`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

const STATE: Record<InstanceResult['state'], string> = {
  firing: '🔴 firing',
  pending: '🟡 pending',
  ok: '🟢 ok',
  'no data': '⚪ no data',
  'no baseline': '⚪ no baseline',
};

function row(r: InstanceResult): string {
  const unit = r.rule.change?.unit;
  const state = `${STATE[r.state]}${r.event ? ` · ${r.event}` : ''}`;
  const cells = [
    state,
    prCell(r.alert),
    prCell(r.experiment),
    prCell(subjectOf(r)),
    prCell(formatValue(r, unit)),
    prCell(conditionText(r, unit)),
  ];
  return `| ${cells.join(' | ')} |`;
}

function rank(r: InstanceResult): number {
  return { firing: 0, pending: 1, 'no data': 2, 'no baseline': 3, ok: 4 }[r.state];
}

/**
 * The run's context: names (branch, workflow) escaped as cells; linked parts are the action's own labels (repository,
 * run number, commit, "PR #12") for URLs built from the server, repository and run, so they keep their text.
 */
function contextLine(ctx: RunContext): string {
  return renderContext(contextGroups(ctx), (p) => (p.url ? mdLink(p.text, p.url) : prCell(p.text)));
}

function headLines(input: PrCommentInput): string[] {
  const c = input.counts;
  const stats = [`**${c.firing} firing**`, `${c.triggered} triggered`, `${c.checked} checked`];
  const lines = [
    prCommentMarker(input.config),
    input.baseRef
      ? `### metric-alerts: what would fire on ${prCell(input.baseRef)}`
      : '### metric-alerts: what would fire once merged',
    '',
    stats.join(' · '),
    '',
  ];
  const context = contextLine(input.ctx);
  if (context) lines.push(context, '');
  lines.push(`Rules: \`${input.config.replace(/`/g, "'").replace(/[\r\n]/g, ' ')}\` · updated on every run.`, '');
  return lines;
}

/** The comment's body, within `limit` characters (UTF-16 units, never fewer than GitHub counts): rows cut with "…and N more". */
export function buildPrComment(input: PrCommentInput, limit = MAX_COMMENT_CHARS): string {
  const lines = headLines(input);
  const order = [...input.results].sort((a, b) => rank(a) - rank(b));
  if (order.length === 0) return `${[...lines, 'No alert instance was evaluated.'].join('\n')}\n`;
  lines.push('| State | Alert | Experiment | Metric | Value | Condition |', '|---|---|---|---|---|---|');
  // Room kept for the "…and N more" line.
  let size = lines.join('\n').length + 120;
  let shown = 0;
  for (const r of order) {
    const line = row(r);
    if (size + line.length + 1 > limit) break;
    lines.push(line);
    size += line.length + 1;
    shown++;
  }
  if (shown < order.length)
    lines.push('', `_…and ${order.length - shown} more (cut to stay within GitHub's comment limit)._`);
  return `${lines.join('\n')}\n`;
}
