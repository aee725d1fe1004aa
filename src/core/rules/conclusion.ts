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

/** Statuses a run reports while it is not over: a concluded workflow run says how it really ended. */
const NOT_OVER = new Set(['running', 'scheduled', 'pending', 'queued', 'preparing', 'starting']);

/**
 * The runs with the conclusion's status given to the runs of the identity's experiment (the `experiment` input's)
 * that name none of their own, or one that says the run is not over (MLflow leaves `RUNNING`, an older W&B client
 * `running`, when training is killed): the workflow concluded, so its conclusion is how the training ended. A status
 * that says how the run ended (finished, failed, killed...) wins. With no runs at all (the failed run left no
 * artifact), one run of that experiment with the `run-id` input's id: no metrics, the status only.
 */
export function withConclusion(runs: readonly Run[], identity: RunIdentity, status: string): Run[] {
  if (runs.length === 0) {
    return [{ experiment: identity.experiment, id: identity.runId, status, metrics: {}, source: 'the workflow run' }];
  }
  const open = (r: Run) => r.status === undefined || r.status === '' || NOT_OVER.has(r.status.toLowerCase());
  return runs.map((r) => (r.experiment === identity.experiment && open(r) ? { ...r, status } : r));
}
