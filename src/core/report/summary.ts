// The job summary: the alerts that read no value first, then a table a person reads at a glance, charts of firing
// alerts, then disabled alerts and warnings. Stays under 1 MiB.
import { truncate } from '../digest.js';
import { missingReason, type InstanceResult } from '../evaluate.js';
import { conditionText, formatValue, sparkline, subjectOf, utcMinute } from '../format.js';
import type { Delivery } from '../history/ledger.js';
import { contextGroups, renderContext } from '../run-context.js';
import { describeMatch, describeWhen, type ActiveSilence } from '../silences.js';
import type { AlertRule, RunContext } from '../types.js';
import { chartSection } from './chart.js';
import { mdCell, mdLink } from './markdown.js';
import { MAX_OUTPUT_BYTES, type Counts } from './results.js';

export interface SummaryInput {
  results: readonly InstanceResult[];
  counts: Counts;
  disabled: readonly AlertRule[];
  warnings: readonly string[];
  ctx: RunContext;
  dryRun: boolean;
  historyNote?: string;
  /** The silences holding events back at this run's time. */
  silences?: readonly ActiveSilence[];
}

/** Charts drawn for firing instances, most severe first. */
const MAX_CHARTS = 10;

const STATE_ICON: Record<string, string> = {
  firing: '🔴 firing',
  pending: '🟡 pending',
  ok: '🟢 ok',
  'no data': '⚪ no data',
  'no baseline': '⚪ no baseline',
};

function sentTo(deliveries: readonly Delivery[] | undefined): string {
  if (!deliveries || deliveries.length === 0) return '';
  return deliveries
    .map((d) => `${mdCell(d.channel)} ${d.ok ? '✅' : d.skipped ? '⏭️' : `❌${d.status ? ` ${d.status}` : ''}`}`)
    .join(', ');
}

function row(r: InstanceResult, ctx: RunContext): string {
  const unit = r.rule.change?.unit;
  const value = formatValue(r, unit);
  const silenced = r.silence !== undefined || r.record?.silenced === true ? ' · 🔕 silenced' : '';
  const state = `${STATE_ICON[r.state] ?? r.state}${r.event ? ` · ${r.event}` : ''}${r.rerun ? ' · seen before' : ''}${silenced}`;
  const cells = [
    state,
    mdCell(r.alert),
    mdCell(r.experiment),
    mdCell(subjectOf(r)),
    mdCell(value),
    mdCell(conditionText(r, unit)),
    mdLink(r.run, ctx.workflowRunUrl),
    sparkline(r.recent.map((p) => p.value)),
    sentTo(r.record?.deliveries),
  ];
  return `| ${cells.join(' | ')} |`;
}

export function buildSummary(input: SummaryInput, limit = MAX_OUTPUT_BYTES): string {
  const head = headLines(input, limit);
  const tail = tailLines(input);
  const order = [...input.results].sort((a, b) => rank(a) - rank(b));
  if (order.length === 0) return `${[...head, 'No alert instance was evaluated.', ...tail].join('\n')}\n`;
  const lines = [
    ...head,
    '| State | Alert | Experiment | Metric | Value | Condition | Run | Trend | Sent to |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  const budget = { size: Buffer.byteLength(lines.join('\n')) + Buffer.byteLength(tail.join('\n')) + 200, limit };
  let shown = 0;
  for (const r of order) {
    if (!fits(budget, lines, row(r, input.ctx), 1)) break;
    shown++;
  }
  if (shown < order.length)
    lines.push(
      '',
      `_…and ${order.length - shown} more instances (cut to stay within GitHub's 1 MiB summary limit; see the results output)._`,
    );
  const charts = order
    .filter((r) => r.state === 'firing')
    .slice(0, MAX_CHARTS)
    .map(chartSection)
    .filter((c) => c !== undefined);
  for (const [i, chart] of charts.entries()) {
    if (!fits(budget, lines, `${i === 0 ? '\n### Recent values of firing alerts\n\n' : ''}${chart}\n`)) break;
  }
  return `${[...lines, ...tail].join('\n')}\n`;
}

/** Adds `text` when it fits within the limit; `joiner` is the bytes it costs besides itself (the newline of a row). */
function fits(budget: { size: number; limit: number }, lines: string[], text: string, joiner = 0): boolean {
  const n = Buffer.byteLength(text) + joiner;
  if (budget.size + n > budget.limit) return false;
  lines.push(text);
  budget.size += n;
  return true;
}

/** The title, the instances that read no value, the counts and the run's context. */
function headLines(input: SummaryInput, limit: number): string[] {
  const { counts } = input;
  const head: string[] = [
    '## metric-alerts',
    '',
    ...noValueSection(input.results, Math.min(NO_VALUE_BYTES, limit / 4)),
  ];
  const stats = [
    `**${counts.firing} firing**`,
    `${counts.triggered} triggered`,
    `${counts.checked} checked`,
    `${counts.fired} fired`,
    `${counts.resolved} resolved`,
  ];
  if (counts.failedDeliveries) stats.push(`**${counts.failedDeliveries} failed deliveries**`);
  head.push(stats.join(' · ') + (input.dryRun ? ' · _dry run: nothing sent, no history written_' : ''), '');
  const context = contextMarkdown(input.ctx);
  if (context) head.push(context, '');
  return head;
}

/** Silences, disabled alerts, the history's note and the warnings. */
function tailLines(input: SummaryInput): string[] {
  const tail: string[] = silencesSection(input.results, input.silences ?? []);
  if (input.disabled.length)
    tail.push('', `**Disabled alerts:** ${input.disabled.map((a) => mdCell(a.name)).join(', ')}`);
  if (input.historyNote) tail.push('', mdCell(input.historyNote));
  if (input.warnings.length) {
    tail.push('', '### Warnings', '');
    for (const w of input.warnings.slice(0, 200)) tail.push(`- ${mdCell(w)}`);
    if (input.warnings.length > 200) tail.push(`- …and ${input.warnings.length - 200} more`);
  }
  return tail;
}

/** Silences listed, and instances named per silence, before the rest are counted. */
const MAX_SILENCES = 50;
const MAX_HELD_NAMED = 20;
const MAX_HELD_CHARS = 4000;

/**
 * The active silences (what they match, until when, why) and what each held back in this run; then the instances sent
 * now that a silence that held back their fire is over. Nothing when there is neither.
 */
export function silencesSection(results: readonly InstanceResult[], active: readonly ActiveSilence[]): string[] {
  const released = results.filter((r) => r.record?.afterSilence === true);
  if (active.length === 0 && released.length === 0) return [];
  const lines = ['', '### 🔕 Silences', ''];
  if (active.length) lines.push('| Silenced | Until | Reason | Held back this run |', '|---|---|---|---|');
  for (const { silence, until } of active.slice(0, MAX_SILENCES)) {
    const held = results.filter((r) => r.silence === silence && r.record?.silenced === true);
    const when = silence.every ? `${describeWhen(silence)}: now until ${utcMinute(until)}` : describeWhen(silence);
    const cells = [describeMatch(silence), when, silence.reason, heldText(held)].map(mdCell);
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (active.length > MAX_SILENCES) lines.push('', `_…and ${active.length - MAX_SILENCES} more silences._`);
  const fired = released.filter((r) => r.event === 'fired');
  const resolved = released.filter((r) => r.event === 'resolved');
  if (fired.length)
    lines.push(
      '',
      `**Sent now that a silence is over** (fired while silenced, still firing): ${mdCell(heldText(fired))}`,
    );
  if (resolved.length)
    lines.push('', `**Resolved during a silence, sent now that it is over:** ${mdCell(heldText(resolved))}`);
  return lines;
}

/** "acc · iris (fired), loss · mnist (reminder)", the first MAX_HELD_NAMED (cut to MAX_HELD_CHARS), or "nothing". */
function heldText(held: readonly InstanceResult[]): string {
  if (held.length === 0) return 'nothing';
  const named = held.slice(0, MAX_HELD_NAMED).map((r) => `${r.alert} · ${r.experiment} (${r.event ?? 'no event'})`);
  const more = held.length > MAX_HELD_NAMED ? `, …and ${held.length - MAX_HELD_NAMED} more` : '';
  return truncate(`${named.join(', ')}${more}`, MAX_HELD_CHARS);
}

/** The opening section's rows stay within this many bytes (a quarter of a smaller limit): the rest are counted. */
const NO_VALUE_BYTES = 64 * 1024;

/** The alerts that read no value in this run (SPEC §3, no silent misses), with what the run does have; none: nothing. */
export function noValueSection(results: readonly InstanceResult[], budget = NO_VALUE_BYTES): string[] {
  const missed = results.filter((r) => r.missing !== undefined);
  if (missed.length === 0) return [];
  const lines = [
    `### ⚠️ Alerts that read no value in this run (${missed.length})`,
    '',
    '| Alert | Experiment | Metric | Why | Did you mean |',
    '|---|---|---|---|---|',
  ];
  let size = 0;
  let shown = 0;
  for (const r of missed) {
    const line = noValueRow(r);
    size += Buffer.byteLength(line) + 1;
    if (size > budget) break;
    lines.push(line);
    shown++;
  }
  if (shown < missed.length)
    lines.push('', `_…and ${missed.length - shown} more (see the warnings and the results output)._`);
  lines.push('');
  return lines;
}

function noValueRow(r: InstanceResult): string {
  const why =
    r.check === 'stale' ? `no time on any run (newest: ${r.run})` : `${missingReason(r.missing)} in run ${r.run}`;
  const near = (r.suggestions ?? []).map(mdCell).join(', ');
  return `| ${[mdCell(r.alert), mdCell(r.experiment), mdCell(subjectOf(r)), mdCell(why), near].join(' | ')} |`;
}

/** The run's context (repository, branch, workflow run, commit, pull request), every name escaped. */
export function contextMarkdown(ctx: RunContext): string {
  return renderContext(contextGroups(ctx), (p) => (p.url ? mdLink(p.text, p.url) : mdCell(p.text)));
}

function rank(r: InstanceResult): number {
  return { firing: 0, pending: 1, 'no data': 2, 'no baseline': 3, ok: 4 }[r.state];
}
