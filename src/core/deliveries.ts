// Which events go to which channel in this run (SPEC §5, "Delivery guarantee"): the new events to notify, and earlier
// events whose delivery failed with a retryable error or was never recorded because the run that claimed them died.
// A silenced event is neither (silence-events.ts): it is recorded only, and no later run sends it.
// Pure: the shell says which claims are still live.
import { eventId, type Claim, type Delivery, type LedgerEvent } from './history/ledger.js';

/** Earlier events are sent again only while younger than this. */
export const RETRY_WINDOW_MS = 24 * 3_600_000;
/**
 * How long a claim with no delivery recorded is taken to belong to a run that is still sending. A run spends at most
 * 60 s per channel (channels run at once) and then records; five minutes leaves room for a slow ledger write.
 */
export const CLAIM_LEASE_MS = 5 * 60_000;

/** Why an earlier event is sent again. */
export type LateReason = 'failed' | 'unrecorded';

export interface PlannedItem {
  event: LedgerEvent;
  /** Sent again by this run (an event of an earlier run), and why. */
  late?: LateReason;
}

/** What this run may send. */
export type SendPolicy =
  /** Every new event, and earlier ones that are owed (needs a history this run writes: the claim). */
  | 'all'
  /** New events only: a run that cannot claim (its history is not written) must not send earlier ones again. */
  | 'new'
  /** New fired events only (a pull request's run with notify-pull-requests: true). */
  | 'fired'
  /** Nothing (a pull request's run by default): events are evaluated and reported only. */
  | 'none';

export interface PlanInput {
  /** Events created by this evaluation. */
  fresh: readonly LedgerEvent[];
  /** Events of earlier runs, as the history holds them. */
  earlier: readonly LedgerEvent[];
  now: number;
  policy: SendPolicy;
  /** Whether the process that claimed an event may still be sending it. */
  claimIsLive: (claim: Claim) => boolean;
}

/** Channel name -> what goes to it, in the order planned. */
export type DeliveryPlan = Map<string, PlannedItem[]>;

/**
 * Whether a failure with this HTTP status (undefined: no answer, a network error) may pass if sent again: 429 and 5xx
 * may; any other answer says the payload, the credentials or the destination is wrong, and is final (SPEC §5).
 */
export function retryableStatus(status: number | undefined): boolean {
  return status === undefined || status === 429 || status >= 500;
}

/** Whether a failed delivery may be repaired by sending again. Ledgers older than `retryable` are judged by status. */
export function isRetryable(d: Pick<Delivery, 'ok' | 'skipped' | 'status' | 'retryable'>): boolean {
  if (d.ok || d.skipped) return false;
  return d.retryable ?? retryableStatus(d.status);
}

/** Why an earlier event is owed to `channel`, or undefined when it is not. */
export function owed(
  event: LedgerEvent,
  channel: string,
  input: Pick<PlanInput, 'claimIsLive'>,
): LateReason | undefined {
  const d = event.deliveries.find((x) => x.channel === channel);
  if (d && !isRetryable(d)) return undefined; // delivered, skipped on purpose, or refused for good
  // Claimed after the last result (or with none) by a process that may still be sending: it is that run's to record.
  const claim = event.claim;
  if (claim && (!d || Date.parse(claim.at) > Date.parse(d.at)) && input.claimIsLive(claim)) return undefined;
  return d ? 'failed' : 'unrecorded';
}

export function planDeliveries(input: PlanInput): DeliveryPlan {
  const plan: DeliveryPlan = new Map();
  const add = (channel: string, item: PlannedItem) => {
    const list = plan.get(channel);
    if (list) list.push(item);
    else plan.set(channel, [item]);
  };
  if (input.policy === 'none') return plan;
  if (input.policy === 'all') {
    for (const e of input.earlier) {
      if (!e.notify || e.silenced || !(input.now - Date.parse(e.at) < RETRY_WINDOW_MS)) continue;
      for (const c of e.channels) {
        const late = owed(e, c, input);
        if (late) add(c, { event: e, late });
      }
    }
  }
  for (const e of input.fresh) {
    if (!e.notify || e.silenced || (input.policy === 'fired' && e.kind !== 'fired')) continue;
    for (const c of e.channels) add(c, { event: e });
  }
  return plan;
}

/** The ids of every event in a plan (each once). */
export function plannedIds(plan: DeliveryPlan): Set<string> {
  const ids = new Set<string>();
  for (const items of plan.values()) for (const i of items) ids.add(eventId(i.event));
  return ids;
}
