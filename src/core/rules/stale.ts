// A stale rule: breaches when the experiment's newest run (the greatest time among its runs in the metrics and in the
// history) is older than the rule's duration at evaluation time. Read at every evaluation: time passes.
import type { StaleRule } from '../types.js';
import { NO_NUMBERS, type ReadInput, type RuleReading } from './reading.js';

export const HOUR_MS = 3_600_000;

export function readStale(rule: StaleRule, input: ReadInput): RuleReading {
  const kind = { check: 'stale' as const, after: rule.after, recent: [], oncePerRun: false };
  const newest = newestRun(input);
  if (newest === undefined) {
    // Runs without a time: their age is unknown. No run at all (pruned from the history): nothing to show.
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

/** The run with the greatest time, in the metrics or the history (the metrics' reading wins a tie). */
function newestRun({ group, stored }: ReadInput): { id: string; at: number } | undefined {
  let newest: { id: string; at: number } | undefined;
  for (const r of [...stored, ...group]) {
    if (r.at !== undefined && (newest === undefined || r.at >= newest.at)) newest = { id: r.id, at: r.at };
  }
  return newest;
}
