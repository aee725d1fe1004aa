// On workflow_run, the triggering run's conclusion is the status of the run it produced (SPEC §4, status rules).
import type { RunIdentity } from '../metrics/model.js';
import type { Run } from '../types.js';

/**
 * A workflow run's conclusion as a run status: failure (and startup_failure) -> failed, timed_out, cancelled;
 * success -> finished. skipped, neutral, action_required and stale say nothing of the training: no status.
 */
export function statusOfConclusion(conclusion: string | undefined): string | undefined {
  switch (conclusion) {
    case 'failure':
    case 'startup_failure':
      return 'failed';
    case 'timed_out':
    case 'cancelled':
      return conclusion;
    case 'success':
      return 'finished';
    default:
      return undefined;
  }
}

/**
 * The runs with the conclusion's status given to the identity's run (the `experiment` input's, with the `run-id`
 * input's id) when it names none of its own. With no runs at all (the failed run left no artifact), that run alone:
 * no metrics, the status only.
 */
export function withConclusion(runs: readonly Run[], identity: RunIdentity, status: string): Run[] {
  if (runs.length === 0) {
    return [{ experiment: identity.experiment, id: identity.runId, status, metrics: {}, source: 'the workflow run' }];
  }
  return runs.map((r) =>
    r.experiment === identity.experiment && r.id === identity.runId && r.status === undefined ? { ...r, status } : r,
  );
}
