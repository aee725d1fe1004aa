// What the incident types that take plain text (datadog, sentry) show of one event: the instance's stable key, the
// lines of an event, and untrusted text made inert for a surface that notifies on `@handle` and links bare URLs. Pure.
import { hashParts } from './hash.js';
import { LATE_WORDS, readingOf, type DigestItem } from '../core/digest.js';
import { sparkline, wordReading } from '../core/format.js';
import { contextGroups, renderContext } from '../core/run-context.js';
import type { RunContext } from '../core/types.js';
import { breakAutoLinks, clipText, linkable, multiLine, oneLine } from './chat-text.js';

const ZWSP = '\u200B';

/**
 * Untrusted text as inert plain text: bidirectional controls removed, control characters made spaces (line ends kept
 * with `lines`), a zero-width space after every `@` (no `@handle` notifies) and in every `scheme://` and `www.` (nothing
 * links).
 */
export function inert(s: string, lines = false): string {
  const text = lines ? multiLine(s) : oneLine(s);
  return breakAutoLinks(text.replace(/@/g, `@${ZWSP}`));
}

/** Longest a name (experiment, run, label) may take in a line, so one long name cannot crowd out the rest. */
export const NAME_MAX = 200;

/** An untrusted name clipped to NAME_MAX (never within a surrogate pair), for surfaces that escape it themselves. */
export function clipName(s: string): string {
  return clipText(s, NAME_MAX);
}

/** An untrusted name made inert and clipped to NAME_MAX. */
export function inertName(s: string): string {
  return clipName(inert(s));
}

/** The alert instance (alert, experiment, and the repository: one service may hold alerts of many repositories). */
export function instanceHash(c: { alert: string; experiment: string; repository?: string | undefined }): string {
  return hashParts([c.repository ?? '', c.alert, c.experiment]);
}

/** "is firing", "is still firing", "resolved". */
export function stateWords(kind: DigestItem['event']['kind']): string {
  return kind === 'resolved' ? 'resolved' : kind === 'reminder' ? 'is still firing' : 'is firing';
}

/** "[WARNING] acc is firing on iris", inert, within `max` characters. */
export function titleOf({ event: e }: DigestItem, max: number): string {
  const head = e.kind === 'resolved' ? '[RESOLVED]' : `[${e.severity.toUpperCase()}]`;
  const alert = inertName(e.alert);
  return clipText(`${head} ${alert} ${stateWords(e.kind)} on ${inertName(e.experiment)}`, max);
}

/** The run's context as plain inert text. */
export function contextText(ctx: RunContext): string {
  return renderContext(contextGroups(ctx), (p) => inert(p.text));
}

/** The event's lines: reading, sparkline, experiment, run, description, runbook, labels, lateness, context. */
export function eventLines(item: DigestItem, ctx: RunContext): string[] {
  const { event: e, rule } = item;
  const w = wordReading(readingOf(e, rule), rule?.change?.unit);
  const lines = [clipText(`${inert(w.value)}, ${inert(w.outcome)}`, 2 * NAME_MAX)];
  const spark = sparkline(item.recent);
  if (spark) lines.push(`Recent: ${spark}`);
  lines.push(`Severity: ${e.severity}`, `Experiment: ${inertName(e.experiment)}`, `Run: ${inertName(e.run)}`);
  // The workflow run and the runbook come from the run and the rules file, not an artifact: they stay links.
  const runUrl = linkable(e.runUrl ?? ctx.workflowRunUrl);
  if (runUrl) lines.push(`Run link: ${runUrl}`);
  if (rule?.description) lines.push(clipText(inert(rule.description, true), 1000));
  const runbook = linkable(rule?.runbook);
  if (runbook) lines.push(`Runbook: ${runbook}`);
  const labels = Object.entries(rule?.labels ?? {});
  if (labels.length) lines.push(`Labels: ${labels.map(([k, v]) => `${inertName(k)}=${inertName(v)}`).join(', ')}`);
  if (item.late) lines.push(`Sent late: ${LATE_WORDS[item.late]} (event of ${inert(e.at)}).`);
  const context = contextText(ctx);
  if (context) lines.push(context);
  return lines;
}
