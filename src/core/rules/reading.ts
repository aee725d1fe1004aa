// What one rule reads for one alert instance, whatever its kind: the run it read, the value or status, and whether it
// breaches. One reader per kind (threshold.ts, status.ts, stale.ts); evaluate.ts runs the shared state machine on it.
import type { StoredRun } from '../history/ledger.js';
import type { SuggestInput } from '../metrics/suggest-metric.js';
import type { KindReading, Run } from '../types.js';

/** One run's value of a metric. */
export interface Point {
  run: string;
  value: number;
}

/**
 * breach / clear: the state machine steps on it; `no data` and `no baseline`: shown, not stepped; `skip`: no result
 * at all (on-missing: ignore, or a stale instance with no run left to read).
 */
export type Verdict = 'breach' | 'clear' | 'no data' | 'no baseline' | 'skip';

export interface RuleReading extends KindReading {
  /** The run read: the latest run in the metrics, or for a stale rule the newest run known. */
  run: { id: string; at?: number };
  verdict: Verdict;
  value: number | null;
  baseline: number | null;
  change: number | null;
  /** A sigma rule's sample standard deviation of the window. */
  spread?: number;
  /** The quantity compared (the value, or its change): a recover-threshold is checked against it. */
  quantity?: number;
  /** Why there is no value: "absent", "a string", "no time" (stale), ... */
  missing?: string;
  suggestions?: string[];
  /** Recent values, oldest first, this run last, for sparklines and charts. */
  recent: Point[];
  /**
   * Evaluated once per run: reading a run already evaluated (a re-run) changes nothing. False for a stale rule, whose
   * reading changes as time passes.
   */
  oncePerRun: boolean;
  /**
   * How the instance knows the run again, when not by its id alone: a status rule's run id and status, so that a
   * re-run attempt of a failed workflow run that succeeded ("Re-run failed jobs": the same run id) is read anew.
   */
  seenAs?: string;
}

/** What a reader gets for one instance. */
export interface ReadInput {
  experiment: string;
  /** The experiment's runs in the metrics, oldest first (none for an experiment known only from the history). */
  group: readonly Run[];
  /** Its runs in the history (none with history: none). */
  stored: readonly StoredRun[];
  /** Epoch milliseconds. */
  now: number;
  /** "Did you mean" paths for a missing metric, within a budget shared by the whole evaluation. */
  suggest: (input: SuggestInput) => string[];
}

export const NO_NUMBERS = { value: null, baseline: null, change: null } as const;
