// Keys of the Actions cache entries that hold the history: within the cache service's limits (at most 512 characters,
// no comma), and unique to a job and step of a run. No I/O: the action checks `history-key` with it at start-up.

/** The cache service refuses longer keys. */
const MAX_CACHE_KEY = 512;
/** The longest `history-key` accepted: the rest of the 512 is kept for the run, job, step and suffix. */
export const MAX_HISTORY_KEY = 300;
/** What to do about a history that jobs of one run share. */
export const CACHE_FIX = 'set a different `history-key` per matrix cell, or use `history: git`';

export interface SaveKeyParts {
  prefix: string;
  runId: string;
  attempt: string;
  job: string;
  step: string;
  suffix: string;
}

/** One part of a key: characters a job or step id may hold (no comma), at most `max` of them; `_` when empty. */
function keyPart(s: string, max: number): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, max) || '_';
}

/** `<prefix>-<run id>-<attempt>-<job>-<step>-<suffix>`, within the service's limit when the prefix is. */
export function cacheSaveKey(p: SaveKeyParts): string {
  const run = [keyPart(p.runId, 24), keyPart(p.attempt, 8)];
  const suffix = keyPart(p.suffix, 32);
  // What is left for the job and the step (and their two separators), shared evenly; at most 100 each.
  const rest = MAX_CACHE_KEY - [p.prefix, ...run, suffix].join('-').length - 2;
  const each = Math.min(100, Math.max(1, Math.floor(rest / 2)));
  return [p.prefix, ...run, keyPart(p.job, each), keyPart(p.step, each), suffix].join('-');
}

/** `history-key` as the cache can use it, or why not (for the input's error message). */
export function historyKeyProblem(key: string): string | undefined {
  if (key.includes(',')) return 'a comma is not allowed (the Actions cache refuses keys with commas)';
  if (key.length > MAX_HISTORY_KEY)
    return `${key.length} characters is too long; at most ${MAX_HISTORY_KEY} (the Actions cache allows ${MAX_CACHE_KEY} for the whole key)`;
  return undefined;
}
