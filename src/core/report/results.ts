// The `results` output and the counters: one object per alert instance, capped under GitHub's 1 MiB.
import { isRetryable } from '../deliveries.js';
import type { InstanceResult } from '../evaluate.js';
import { toStored, type Delivery, type StoredNumber } from '../history/ledger.js';

export const MAX_OUTPUT_BYTES = 1024 * 1024;

export interface ResultDelivery {
  channel: string;
  ok: boolean;
  skipped: boolean;
  /** A failure another run may repair by sending again (null when it did not fail). */
  retryable: boolean | null;
  /** Sent by a later run than the one that created the event. */
  late: boolean;
  status: number | null;
  attempts: number;
  error: string | null;
}

export interface ResultObject {
  alert: string;
  experiment: string;
  run: string;
  /** Null for status and stale rules. */
  metric: string | null;
  /** A stale rule: the newest run's age in hours; a status rule: null. */
  value: StoredNumber | null;
  baseline: number | null;
  change: StoredNumber | null;
  op: string | null;
  threshold: number | null;
  /** Status rules only: the latest run's status, lower-cased (null: it named none). */
  status?: string | null;
  severity: string;
  state: string;
  previous_state: string;
  event: string | null;
  labels: Record<string, string>;
  deliveries: ResultDelivery[];
  /** No value was read: the closest paths the run does read. */
  suggestions?: string[];
  /** A silence holds the instance's events back (present only then): recorded, not sent. */
  silenced?: true;
}

export interface Counts {
  checked: number;
  triggered: number;
  fired: number;
  resolved: number;
  firing: number;
  failedDeliveries: number;
}

export function toResultObject(r: InstanceResult): ResultObject {
  const deliveries: readonly Delivery[] = r.record?.deliveries ?? [];
  const object: ResultObject = {
    alert: r.alert,
    experiment: r.experiment,
    run: r.run,
    metric: r.metric,
    value: r.value === null ? null : toStored(r.value),
    baseline: r.baseline,
    change: r.change === null ? null : toStored(r.change),
    op: r.op,
    threshold: r.threshold,
    severity: r.severity,
    state: r.state,
    previous_state: r.previousState,
    event: r.event,
    labels: r.rule.labels,
    deliveries: deliveries.map((d) => ({
      channel: d.channel,
      ok: d.ok,
      skipped: d.skipped ?? false,
      retryable: d.ok || d.skipped ? null : isRetryable(d),
      late: d.late ?? false,
      status: d.status ?? null,
      attempts: d.attempts,
      error: d.error ?? null,
    })),
  };
  if (r.silence !== undefined || r.record?.silenced === true) object.silenced = true;
  const withStatus = r.check === 'status' ? { ...object, status: r.status ?? null } : object;
  return r.suggestions ? { ...withStatus, suggestions: [...r.suggestions] } : withStatus;
}

export function countResults(results: readonly InstanceResult[], failedDeliveries: number): Counts {
  return {
    checked: results.length,
    triggered: results.filter((r) => r.state === 'pending' || r.state === 'firing').length,
    fired: results.filter((r) => r.event === 'fired').length,
    resolved: results.filter((r) => r.event === 'resolved').length,
    firing: results.filter((r) => r.state === 'firing').length,
    failedDeliveries,
  };
}

/** JSON of the results, instances that are not ok first, cut to stay under `limit` bytes. */
export function resultsJson(
  objects: readonly ResultObject[],
  limit = MAX_OUTPUT_BYTES,
): { json: string; truncated: boolean } {
  const ordered = [...objects].sort((a, b) => Number(a.state === 'ok') - Number(b.state === 'ok'));
  const full = JSON.stringify(ordered);
  if (Buffer.byteLength(full) <= limit) return { json: full, truncated: false };
  const parts: string[] = [];
  let size = 2;
  for (const o of ordered) {
    const s = JSON.stringify(o);
    const add = Buffer.byteLength(s) + (parts.length ? 1 : 0);
    if (size + add > limit) break;
    parts.push(s);
    size += add;
  }
  return { json: `[${parts.join(',')}]`, truncated: true };
}
