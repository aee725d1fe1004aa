// What every channel type shows of an event, whatever its surface: the items of a digest and their order, the words of
// a reading, template values, the counts of a digest's title. Pure; each surface escapes for itself.
import { formatAge, formatChange, formatNumber, formatReading, type Reading } from './format.js';
import { fromStored, type LedgerEvent } from './history/ledger.js';
import type { LateReason } from './deliveries.js';
import { SEVERITY_RANK, type AlertRule, type KindReading, type RunContext, type Severity } from './types.js';

/** A message that is not an evaluation: "metric-alerts is wired up" (test-channels), an ad-hoc notify (SPEC §5). */
export interface Note {
  title: string;
  text: string;
  level: Severity;
}

/** One event as a channel shows it. */
export interface DigestItem {
  event: LedgerEvent;
  rule?: AlertRule;
  /** Recent values (oldest first) for a sparkline. */
  recent: readonly number[];
  /** An event of an earlier run sent again: its delivery failed, or the run that claimed it died before recording. */
  late?: LateReason;
  /**
   * What this channel answered when it delivered the event that fired this instance (Delivery.ref: a Slack message
   * `ts`, an issue number): resolved events and reminders answer there. Absent when unknown.
   */
  thread?: string;
}

export const LATE_WORDS: Record<LateReason, string> = {
  failed: 'its first delivery failed',
  unrecorded: 'the run that was sending it stopped before it could record it',
};

const KIND_ORDER = { fired: 0, reminder: 1, resolved: 2 } as const;

export function orderItems(items: readonly DigestItem[]): DigestItem[] {
  return [...items].sort(
    (a, b) =>
      SEVERITY_RANK[b.event.severity] - SEVERITY_RANK[a.event.severity] ||
      KIND_ORDER[a.event.kind] - KIND_ORDER[b.event.kind] ||
      a.event.alert.localeCompare(b.event.alert) ||
      a.event.experiment.localeCompare(b.event.experiment),
  );
}

/** Cuts text to `max` characters, ending with … when cut. */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export function templateValues(
  e: LedgerEvent,
  rule: AlertRule | undefined,
  ctx: RunContext,
): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {
    alert: e.alert,
    description: rule?.description,
    experiment: e.experiment,
    run: e.run,
    run_url: e.runUrl ?? ctx.workflowRunUrl,
    metric: e.metric ?? undefined,
    value: formatNumber(e.value === null ? null : fromStored(e.value)),
    op: e.op ?? undefined,
    threshold: e.threshold === null ? undefined : formatNumber(e.threshold),
    status: e.check === 'status' ? (e.status ?? 'none') : undefined,
    age: e.check === 'stale' && e.value !== null ? formatAge(fromStored(e.value)) : undefined,
    baseline: formatNumber(e.baseline),
    change: formatChange(e.change === null ? null : fromStored(e.change), rule?.change?.unit),
    sigma: sigmaOf(e),
    severity: e.severity,
    state: e.state,
    repository: ctx.repository,
    sha: ctx.sha,
  };
  for (const [k, v] of Object.entries(rule?.labels ?? {})) values[`labels.${k}`] = v;
  return values;
}

/** {{sigma}}: a sigma rule's change ("-3.2σ"); "—" for every other rule. */
function sigmaOf(e: LedgerEvent): string {
  return formatChange(e.changeUnit === 'sigma' && e.change !== null ? fromStored(e.change) : null, 'sigma');
}

/** The event as the words of a reading (format.ts): the same for the blocks, the text fallback and the CLI. */
export function readingOf(e: LedgerEvent, rule: AlertRule | undefined): Reading {
  const r: Reading = {
    metric: e.metric,
    value: e.value === null ? null : fromStored(e.value),
    baseline: e.baseline,
    change: e.change === null ? null : fromStored(e.change),
    op: e.op,
    threshold: e.threshold,
    event: e.kind,
    state: e.state,
    ...kindReading(e),
  };
  if (e.value === null) r.missing = 'absent';
  if (e.afterSilence === true) r.afterSilence = true;
  const recover = e.recoverThreshold ?? rule?.recoverThreshold;
  if (recover !== undefined) r.recoverThreshold = recover;
  // Read from a ledger: only a time and a count are shown.
  const since = typeof e.firingSince === 'string' ? e.firingSince : undefined;
  const runs = Number.isSafeInteger(e.firingRuns) ? e.firingRuns : undefined;
  if (since !== undefined || runs !== undefined) {
    r.firing = { until: e.at };
    if (since !== undefined) r.firing.since = since;
    if (runs !== undefined) r.firing.runs = runs;
  }
  return r;
}

/** A status or stale event's own fields (none for a threshold rule's). */
export function kindReading(e: LedgerEvent): KindReading {
  const out: KindReading = {};
  if (e.check === 'status' || e.check === 'stale') out.check = e.check;
  if (e.status !== undefined) out.status = e.status;
  if (Array.isArray(e.statuses)) out.statuses = e.statuses;
  if (typeof e.after === 'string') out.after = e.after;
  return out;
}

/** "accuracy firing on iris (accuracy = 0.85 < 0.9)": one event in plain words (a text fallback, a mail's text part). */
export function plainLine({ event: e, rule }: DigestItem): string {
  const what = e.kind === 'resolved' ? 'resolved' : e.kind === 'reminder' ? 'still firing' : 'firing';
  return `${e.alert} ${what} on ${e.experiment} (${formatReading(readingOf(e, rule), rule?.change?.unit)})`;
}

/** How many events of a digest are firing (fired or reminder) and resolved, and the worst severity among them. */
export function digestCounts(items: readonly DigestItem[]): { firing: number; resolved: number; worst: Severity } {
  let firing = 0;
  let worst: Severity = 'info';
  for (const { event } of items) {
    if (event.kind !== 'resolved') firing++;
    if (SEVERITY_RANK[event.severity] > SEVERITY_RANK[worst]) worst = event.severity;
  }
  return { firing, resolved: items.length - firing, worst };
}

/** "2 firing, 1 resolved" */
export function countsText({ firing, resolved }: { firing: number; resolved: number }): string {
  const parts: string[] = [];
  if (firing) parts.push(`${firing} firing`);
  if (resolved) parts.push(`${resolved} resolved`);
  return parts.join(', ');
}
