// A status rule: breaches when the latest run's status (lower-cased) is in the rule's list. A run with no status, or
// one not in the list, does not breach.
import type { StatusRule } from '../types.js';
import { NO_NUMBERS, type ReadInput, type RuleReading } from './reading.js';

export function readStatus(rule: StatusRule, input: ReadInput): RuleReading {
  const latest = input.group[input.group.length - 1]!;
  const status = latest.status === undefined || latest.status === '' ? null : latest.status.toLowerCase();
  const breach = status !== null && (rule.statuses as readonly string[]).includes(status);
  const run = latest.at === undefined ? { id: latest.id } : { id: latest.id, at: latest.at };
  return {
    ...NO_NUMBERS,
    run,
    verdict: breach ? 'breach' : 'clear',
    check: 'status',
    status,
    statuses: rule.statuses,
    recent: [],
    oncePerRun: true,
    // The same run id with another status is a new reading (a re-run attempt that ended otherwise).
    seenAs: `${latest.id} status=${status ?? ''}`,
  };
}
