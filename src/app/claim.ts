// Step 2 of a check: evaluate against the history and claim what this run sends. With a history this run writes, the
// new state, the events and the claims go in one write; with a shared store (git) the write that wins decides which
// events this run sends, so one transition is notified once even when two runs see it at once.
import { plannedIds, planDeliveries, type DeliveryPlan, type SendPolicy } from '../core/deliveries.js';
import { evaluate, type Evaluation } from '../core/evaluate.js';
import { applySilences } from '../core/silence-events.js';
import {
  emptyLedger,
  eventId,
  withClaims,
  withDeliveries,
  type Delivery,
  type Ledger,
  type LedgerEvent,
} from '../core/history/ledger.js';
import { claimIsLive, claimOf } from '../adapters/liveness.js';
import type { CheckRun } from './check.js';

export interface Claimed {
  /** The evaluation; its ledger holds the claims and what was held back. */
  evaluation: Evaluation;
  plan: DeliveryPlan;
  /** Events not sent by this run's policy (a pull request's run), with the skipped delivery that says why. */
  heldBack: Map<string, Delivery[]>;
  /** There was no history yet. */
  fresh: boolean;
}

/** What this run may send: a pull request's run sends by `notify-pull-requests`; a run that cannot claim, new events. */
export function sendPolicy(run: Pick<CheckRun, 'opts' | 'writes'>): SendPolicy {
  const pr = run.opts.pullRequestRun;
  if (pr) return pr.notify ? 'fired' : 'none';
  return run.writes ? 'all' : 'new';
}

const HELD_BACK: Partial<Record<SendPolicy, string>> = {
  none: "not sent: a pull request's run (notify-pull-requests: false)",
  fired: "not sent: a pull request's run sends fired events only",
};

/** Skipped deliveries for the new events the policy does not send, so that no later run takes them as owed. */
function heldBackBy(events: readonly LedgerEvent[], plan: DeliveryPlan, policy: SendPolicy, at: string) {
  const held = new Map<string, Delivery[]>();
  const error = HELD_BACK[policy];
  if (!error) return held;
  const planned = plannedIds(plan);
  for (const e of events) {
    if (!e.notify || planned.has(eventId(e))) continue;
    held.set(
      eventId(e),
      e.channels.map((channel) => ({ channel, ok: false, skipped: true, attempts: 0, error, at })),
    );
  }
  return held;
}

/** Pure: the evaluation of this run against `prior`, and what it sends and claims. */
export function evaluateAndPlan(run: CheckRun, prior: Ledger | undefined): Claimed {
  const { opts, config } = run;
  const stateless = run.history === null;
  const runUrl = opts.ctx.workflowRunUrl ? { runUrl: opts.ctx.workflowRunUrl } : {};
  const evaluated = evaluate({
    config,
    runs: run.runs,
    ledger: prior ?? emptyLedger(),
    now: opts.now,
    stateless,
    ...runUrl,
  });
  // Silenced events are recorded and not sent; a fire a silence held back is sent once it ends.
  const ev = applySilences(evaluated, {
    silences: config.silences,
    now: opts.now,
    stateless,
    history: config.history,
    ...runUrl,
  });
  const policy = sendPolicy(run);
  const plan = planDeliveries({
    fresh: ev.events,
    earlier: stateless || !prior ? [] : prior.events,
    now: opts.now,
    policy,
    claimIsLive: claimIsLive(opts.now),
  });
  const heldBack = heldBackBy(ev.events, plan, policy, new Date(opts.now).toISOString());
  const ledger = run.memo ? { ...ev.ledger, rules: run.memo } : ev.ledger;
  const fresh = prior === undefined;
  if (!run.writes) return { evaluation: { ...ev, ledger }, plan, heldBack, fresh };
  const claimedLedger = withDeliveries(
    withClaims(ledger, plannedIds(plan), claimOf(opts.claimant ?? `run ${opts.identity.runId}`, opts.now)),
    heldBack,
  );
  const byId = new Map(claimedLedger.events.map((e) => [eventId(e), e]));
  const claimedPlan: DeliveryPlan = new Map(
    [...plan].map(([channel, items]) => [
      channel,
      items.map((i) => ({ ...i, event: byId.get(eventId(i.event)) ?? i.event })),
    ]),
  );
  return { evaluation: { ...ev, ledger: claimedLedger }, plan: claimedPlan, heldBack, fresh };
}

/** Evaluates and, when this run writes the history, claims in one write (re-evaluated if another run wrote first). */
export async function claim(run: CheckRun): Promise<Claimed> {
  const { history } = run;
  if (!history) return evaluateAndPlan(run, undefined);
  if (!run.writes) return evaluateAndPlan(run, await history.load());
  return history.update((prior) => {
    const claimed = evaluateAndPlan(run, prior);
    return { ledger: claimed.evaluation.ledger, result: claimed };
  }, `metric-alerts: evaluate run ${run.opts.identity.runId}`);
}
