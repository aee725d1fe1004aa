// When the step fails after everything was recorded and sent: fail-on (a firing instance at a severity or above)
// and on-missing: fail.
import type { Evaluation } from '../core/evaluate.js';
import { SEVERITY_RANK, type FAIL_ON } from '../core/types.js';

export type FailOn = (typeof FAIL_ON)[number];

/** Reasons the step fails; empty when it passes. */
export function stepFailures(evaluation: Pick<Evaluation, 'results' | 'failedMissing'>, failOn: FailOn): string[] {
  const failures: string[] = [];
  if (failOn !== 'never') {
    const threshold = SEVERITY_RANK[failOn];
    const bad = evaluation.results.filter((r) => r.state === 'firing' && SEVERITY_RANK[r.severity] >= threshold);
    if (bad.length) {
      const named = bad.slice(0, 5).map((r) => `${r.alert} on ${r.experiment}`);
      failures.push(
        `fail-on: ${failOn}: ${bad.length} alert instance(s) firing at ${failOn} or above (${named.join(', ')}${bad.length > 5 ? ', ...' : ''})`,
      );
    }
  }
  for (const r of evaluation.failedMissing)
    failures.push(`on-missing: fail: ${r.metric} is missing in run ${r.run} of ${r.experiment} (alert ${r.alert})`);
  return failures;
}
