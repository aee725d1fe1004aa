// A stale rule: breaches when the experiment's newest run (the greatest time among its runs in the metrics and in the
// history) is older than the rule's duration at evaluation time. Read at every evaluation: time passes.
import type { StaleRule } from '../types.js';
import { NO_NUMBERS, type ReadInput, type RuleReading } from './reading.js';

export const HOUR_MS = 3_600_000;

export function readStale(rule: StaleRule, input: ReadInput): RuleReading {
  const kind = { check: 'stale' as const, after: rule.after, recent: [], oncePerRun: false };
  const newest = newestRun(input);
  if (newest === undefined) {
    // Runs whose age is unknown (stored by an earlier version without a time, or dated in the future). No run at all
    // (pruned from the history): nothing to show.
    const last = input.group[input.group.length - 1] ?? input.stored[input.stored.length - 1];
    if (last === undefined) return { ...NO_NUMBERS, ...kind, run: { id: '' }, verdict: 'skip' };
    return { ...NO_NUMBERS, ...kind, run: { id: last.id }, verdict: 'no data', missing: 'no time' };
  }
  const age = input.now - newest.at;
  return {
    ...NO_NUMBERS,
    ...kind,
    run: newest,
    value: age / HOUR_MS,
    quantity: age / HOUR_MS,
    verdict: age > rule.afterMs ? 'breach' : 'clear',
  };
}

/** A run dated more than this after the evaluation is a wrong clock, not a fresh run: it cannot keep a rule quiet. */
export const FUTURE_SLACK_MS = HOUR_MS;

/**
 * The run with the greatest time, in the metrics or the history (the metrics' reading wins a tie). A run with no time
 * of its own counts from when the history first saw it (`seen`; a run in this evaluation not seen before: now), so a
 * re-read of an old file does not make the experiment fresh. Runs dated in the future are passed over.
 */
function newestRun({ group, stored, now }: ReadInput): { id: string; at: number } | undefined {
  const seen = new Map(stored.map((s) => [s.id, s.at ?? s.seen]));
  const times = [
    ...stored.map((s) => ({ id: s.id, at: s.at ?? s.seen })),
    ...group.map((r) => ({ id: r.id, at: r.at ?? (seen.has(r.id) ? seen.get(r.id) : now) })),
  ];
  let newest: { id: string; at: number } | undefined;
  for (const r of times) {
    if (r.at === undefined || r.at > now + FUTURE_SLACK_MS) continue;
    if (newest === undefined || r.at >= newest.at) newest = { id: r.id, at: r.at };
  }
  return newest;
}
