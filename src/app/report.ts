// Step 5 of a check: counts, the `results` output, annotations for firing alerts, the job summary and the reasons the
// step fails. Reads what the earlier steps returned; changes nothing.
import type { Evaluation, InstanceResult } from '../core/evaluate.js';
import { formatReading } from '../core/format.js';
import { addDeliveries, eventId, type Delivery } from '../core/history/ledger.js';
import { countResults, resultsJson, toResultObject } from '../core/report/results.js';
import { buildSummary } from '../core/report/summary.js';
import { activeSilences } from '../core/silences.js';
import type { CheckOutcome, CheckRun } from './check.js';
import type { Claimed } from './claim.js';
import { stepFailures } from './fail-on.js';
import type { Sent } from './notify.js';

/** Each result with its event as it stands after this run: what was held back, sent, failed or skipped. */
function withOutcomes(results: readonly InstanceResult[], ...maps: ReadonlyMap<string, readonly Delivery[]>[]) {
  return results.map((r) => {
    if (!r.record) return r;
    const id = eventId(r.record);
    const deliveries = maps.flatMap((m) => m.get(id) ?? []);
    return deliveries.length ? { ...r, record: addDeliveries(r.record, deliveries) } : r;
  });
}

function annotateFiring(run: CheckRun, results: readonly InstanceResult[]): void {
  for (const r of results) {
    if (r.state !== 'firing' || r.rerun) continue;
    const text = run.redactor.apply(
      `${r.alert} is firing on ${r.experiment}: ${formatReading(r, r.rule.change?.unit)}, run ${r.run}`,
    );
    const where = { title: `metric-alerts: ${r.alert}` };
    if (r.severity === 'critical') run.io.log.error(text, where);
    else run.io.log.warning(text, where);
  }
}

/** What the summary says about the history this run used, if anything. */
export function historyNote(run: CheckRun, claimed: Claimed): string | undefined {
  const { history, opts } = run;
  if (!history) return undefined;
  if (!opts.dryRun && !opts.historyWrite) {
    const why = opts.pullRequestRun ? "a pull request's run" : 'history-write is off for this event';
    return `History is read but not written (${why}).`;
  }
  return claimed.fresh ? `No history yet in ${history.describe}: starting an empty one.` : undefined;
}

export function report(run: CheckRun, claimed: Claimed, sent: Sent): CheckOutcome {
  const { redactor, opts } = run;
  const results = withOutcomes(claimed.evaluation.results, claimed.heldBack, sent.results);
  const evaluation: Evaluation = { ...claimed.evaluation, results };
  const failedDeliveries = sent.deliveries.filter(({ delivery: d }) => !d.ok && !d.skipped).length;
  const counts = countResults(results, failedDeliveries);
  const { json, truncated } = resultsJson(results.map(toResultObject));
  annotateFiring(run, results);
  const note = historyNote(run, claimed);
  const summary = buildSummary({
    results,
    counts,
    disabled: evaluation.disabled,
    warnings: run.warnings,
    ctx: opts.ctx,
    dryRun: opts.dryRun,
    ...(note ? { historyNote: note } : {}),
    silences: activeSilences(run.config.silences, opts.now),
  });
  return {
    counts,
    results: redactor.apply(json),
    resultsTruncated: truncated,
    summary: redactor.apply(summary),
    failures: stepFailures(evaluation, opts.failOn).map((f) => redactor.apply(f)),
    evaluation,
    deliveries: sent.deliveries,
    redact: (text) => redactor.apply(text),
  };
}
