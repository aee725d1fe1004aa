// The silences stage (SPEC §4), applied to an evaluation right after evaluate(): the events of silenced instances are
// recorded with `silenced: true` and are neither sent nor owed; an instance that fired while silenced and is still
// firing once no silence covers it gets one `fired` event that says since when it fires. Pure.
import { toEvent, type Evaluation, type InstanceResult } from './evaluate.js';
import { eventId, instanceKey, pruneLedger, type InstanceState, type LedgerEvent } from './history/ledger.js';
import { activeSilences, silenceFor } from './silences.js';
import type { HistoryRetention, Silence } from './types.js';

export interface SilenceInput {
  silences: readonly Silence[];
  /** Epoch milliseconds. */
  now: number;
  /** history: none: nothing is remembered, silenced events are simply not sent. */
  stateless: boolean;
  history: HistoryRetention;
  /** Link to the workflow run that evaluates, kept on the events this stage creates. */
  runUrl?: string;
}

/** What the stage makes of one instance: its result, its new state, and the event that replaces its own. */
interface Outcome {
  result: InstanceResult;
  state?: InstanceState;
  /** The instance's event as it now is (replacing result.record of the evaluation, or added when it had none). */
  event?: LedgerEvent;
}

export function applySilences(ev: Evaluation, input: SilenceInput): Evaluation {
  const active = activeSilences(input.silences, input.now);
  const nowIso = new Date(input.now).toISOString();
  const instances = new Map(ev.ledger.instances);
  const replaced = new Map<string, LedgerEvent>();
  const added: LedgerEvent[] = [];
  let touched = false;
  const results = ev.results.map((r) => {
    const key = instanceKey(r.alert, r.experiment);
    const state = input.stateless ? undefined : instances.get(key);
    const covering = silenceFor(active, r.alert, r.experiment)?.silence;
    const out = covering ? silenced(r, covering, state) : released(r, state, { ...input, nowIso });
    if (out.state || out.event) touched = true;
    if (out.state) instances.set(key, out.state);
    if (out.event && r.record) replaced.set(eventId(r.record), out.event);
    else if (out.event) added.push(out.event);
    return out.result;
  });
  if (!touched) return { ...ev, results };
  const swap = (events: readonly LedgerEvent[]) => [...events.map((e) => replaced.get(eventId(e)) ?? e), ...added];
  const events = swap(ev.events);
  const ledger = input.stateless
    ? { ...ev.ledger, events }
    : pruneLedger(
        { ...ev.ledger, instances, events: swap(ev.ledger.events) },
        input.history.keepRuns,
        input.history.keepEvents,
      );
  return { ...ev, results, events, ledger };
}

/**
 * A silenced instance: its event is recorded as silenced. A fire held back is remembered; a resolve forgets it (no
 * one was told), or, when the fire had been sent, is remembered to be sent after the silence.
 */
function silenced(r: InstanceResult, silence: Silence, state: InstanceState | undefined): Outcome {
  if (!r.record) return { result: { ...r, silence } };
  const event: LedgerEvent = { ...r.record, silenced: true, notify: false };
  const result: InstanceResult = { ...r, silence, record: event };
  if (!state) return { result, event };
  if (r.event === 'fired') return { result, event, state: { ...withoutHeld(state), silencedFire: true } };
  if (r.event !== 'resolved') return { result, event };
  const told = !state.silencedFire && r.record.notify;
  return { result, event, state: told ? { ...withoutHeld(state), silencedResolve: true } : withoutHeld(state) };
}

/**
 * An instance no silence covers whose fire was held back: still firing (no event of its own, or a reminder), it fires
 * now, once, saying since when; resolved, nothing was ever sent, so its resolve is held back too.
 */
function released(
  r: InstanceResult,
  state: InstanceState | undefined,
  input: SilenceInput & { nowIso: string },
): Outcome {
  if (state?.silencedResolve && !r.rerun) return releasedResolve(r, state, input);
  if (!state?.silencedFire || r.rerun) return { result: r };
  if (r.event === 'resolved' && r.record) {
    const event: LedgerEvent = { ...r.record, silenced: true, notify: false };
    return { result: { ...r, record: event }, event, state: withoutHeld(state) };
  }
  if (r.state !== 'firing' || (r.event !== null && r.event !== 'reminder')) return { result: r };
  const firing = { since: state.since, until: input.nowIso, ...(state.firingRuns ? { runs: state.firingRuns } : {}) };
  const fired: InstanceResult = { ...r, event: 'fired', firing };
  const event = sentAfterSilence(fired, 'fired', input);
  const next = { ...withoutHeld(state), lastNotifiedAt: input.nowIso };
  return { result: { ...fired, record: event }, event, state: next };
}

/**
 * An instance whose resolve was held back after its fire had been sent: still resolved (ok, no event of its own), the
 * resolve goes out now, once; firing again, its own fired event goes out and the held resolve is forgotten.
 */
function releasedResolve(r: InstanceResult, state: InstanceState, input: SilenceInput & { nowIso: string }): Outcome {
  if (r.event !== null) return { result: r, state: withoutHeld(state) };
  if (r.state !== 'ok') return { result: r };
  const resolved: InstanceResult = { ...r, event: 'resolved' };
  const event = sentAfterSilence(resolved, 'resolved', input);
  return { result: { ...resolved, record: event }, event, state: withoutHeld(state) };
}

/** The event a silence held back, made now that it is over (its kind is the result's event). */
function sentAfterSilence(
  r: InstanceResult,
  kind: 'fired' | 'resolved',
  input: SilenceInput & { nowIso: string },
): LedgerEvent {
  const event: LedgerEvent = { ...toEvent(r, kind, input.nowIso), afterSilence: true };
  return input.runUrl ? { ...event, runUrl: input.runUrl } : event;
}

function withoutHeld(state: InstanceState): InstanceState {
  const { silencedFire: _fire, silencedResolve: _resolve, ...rest } = state;
  return rest;
}
