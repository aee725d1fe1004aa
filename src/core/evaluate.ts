// Evaluation: rules + runs + prior ledger -> new ledger, one result per alert instance, and events. Pure.
// Each kind of rule reads its instance (rules/*.ts); the state machine (step) is shared by all of them.
import { breaches } from './compare.js';
import type { FiringSpan } from './format.js';
import { matchesExperiment } from './glob.js';
import {
  instanceKey,
  pruneLedger,
  toStored,
  type EventKind,
  type InstanceState,
  type InstanceStateName,
  type Ledger,
  type LedgerEvent,
  type StoredRun,
} from './history/ledger.js';
import { defineOwn } from './records.js';
import { byExperiment } from './metrics/runs.js';
import { boundedSuggester } from './metrics/suggest-metric.js';
import type { Point, ReadInput, RuleReading } from './rules/reading.js';
import { readStale } from './rules/stale.js';
import { readStatus } from './rules/status.js';
import { readThreshold, valueKey, valueOf } from './rules/threshold.js';
import type { AlertRule, Config, KindReading, Op, Run, Severity, Silence, ThresholdRule } from './types.js';

export { valueKey } from './rules/threshold.js';
export type { Point } from './rules/reading.js';

export type ResultState = InstanceStateName | 'no data' | 'no baseline';

export interface InstanceResult extends KindReading {
  alert: string;
  experiment: string;
  run: string;
  /** A threshold rule's metric, op and threshold; null for status and stale rules (see `check`). */
  metric: string | null;
  /** The value read; a stale rule: the newest run's age in hours; a status rule: null. */
  value: number | null;
  baseline: number | null;
  change: number | null;
  op: Op | null;
  threshold: number | null;
  severity: Severity;
  state: ResultState;
  previousState: InstanceStateName;
  event: EventKind | null;
  /** The event this evaluation created for the instance, when there is one. */
  record?: LedgerEvent;
  /** The run was evaluated before (a re-run, or an older run): nothing changed. */
  rerun: boolean;
  /** Why there is no value: "absent", "a string", "no time" (a stale rule whose runs have no time)... */
  missing?: string;
  /** When there is no value: the closest paths the run does read ("did you mean"), closest first. */
  suggestions?: string[];
  /** Recent values of the metric, with their runs (oldest first, this run last), for sparklines and charts. */
  recent: Point[];
  rule: AlertRule;
  /** The rule's recover-threshold, when it has one. */
  recoverThreshold?: number;
  /** A sigma rule's sample standard deviation of the window (the change is in units of it). */
  spread?: number;
  /** The silence that holds the instance's events back in this evaluation (silence-events.ts). */
  silence?: Silence;
  /** Resolved and reminder events: since when, for how many runs and until when (this evaluation) it fired. */
  firing?: FiringSpan;
}

export interface EvaluationNote {
  kind: 'missing' | 'unmatched';
  alert: string;
  experiment?: string;
  message: string;
}

export interface Evaluation {
  ledger: Ledger;
  results: InstanceResult[];
  /** Events created by this evaluation (also appended to ledger.events). */
  events: LedgerEvent[];
  notes: EvaluationNote[];
  /** Instances whose metric was missing under on-missing: fail. */
  failedMissing: InstanceResult[];
  disabled: AlertRule[];
}

export interface EvaluateInput {
  config: Pick<Config, 'alerts' | 'history'>;
  runs: readonly Run[];
  ledger: Ledger;
  /** Epoch milliseconds. */
  now: number;
  /** history: none: no memory, every breaching evaluation fires. */
  stateless: boolean;
  /** Link to the workflow run that evaluates, kept on its events. */
  runUrl?: string;
}

const REMEMBERED_RUNS = 20;

/** What the instances of one evaluation share; `instances` and the output lists grow as instances are evaluated. */
interface Pass {
  input: EvaluateInput;
  nowIso: string;
  groups: Map<string, Run[]>;
  instances: Map<string, InstanceState>;
  results: InstanceResult[];
  events: LedgerEvent[];
  notes: EvaluationNote[];
  failedMissing: InstanceResult[];
  suggest: ReadInput['suggest'];
}

export function evaluate(input: EvaluateInput): Evaluation {
  const { config, ledger, stateless } = input;
  const pass: Pass = {
    input,
    nowIso: new Date(input.now).toISOString(),
    groups: byExperiment(input.runs),
    instances: new Map(ledger.instances),
    results: [],
    events: [],
    notes: [],
    failedMissing: [],
    suggest: boundedSuggester(),
  };
  for (const rule of config.alerts.filter((a) => a.enabled)) {
    const experiments = experimentsOf(rule, pass);
    for (const experiment of experiments) evaluateInstance(pass, rule, experiment);
    // With no metrics at all (a scheduled stale check), only a stale rule can match: the others say nothing.
    const quiet = pass.groups.size === 0 && rule.kind !== 'stale';
    if (experiments.length === 0 && !quiet) pass.notes.push(unmatchedNote(rule, pass.groups));
  }
  const { events } = pass;
  const newLedger: Ledger = stateless
    ? { ...ledger, instances: new Map(), runs: new Map(), events }
    : pruneLedger(
        {
          ...ledger,
          instances: pass.instances,
          runs: recordRuns(ledger.runs, pass.groups, keysRead(config.alerts, pass.groups), input.now),
          events: [...ledger.events, ...events],
        },
        config.history.keepRuns,
        config.history.keepEvents,
      );
  const { results, notes, failedMissing } = pass;
  return {
    ledger: newLedger,
    results,
    events,
    notes,
    failedMissing,
    disabled: config.alerts.filter((a) => !a.enabled),
  };
}

/**
 * The experiments a rule has an instance for: those in the metrics that match its `experiment`; for a stale rule also
 * those in the history (stored runs, and its own instances), so an experiment that stopped producing runs is read.
 */
function experimentsOf(rule: AlertRule, { groups, input }: Pass): string[] {
  const names = new Set(groups.keys());
  if (rule.kind === 'stale' && !input.stateless) {
    for (const experiment of input.ledger.runs.keys()) names.add(experiment);
    for (const s of input.ledger.instances.values()) if (s.alert === rule.name) names.add(s.experiment);
  }
  return [...names].filter((experiment) => matchesExperiment(rule.experiment, experiment));
}

function unmatchedNote(rule: AlertRule, groups: Map<string, Run[]>): EvaluationNote {
  const where = rule.kind === 'stale' ? 'the metrics or the history' : 'the metrics';
  const pattern = rule.experiment ? `experiment: ${rule.experiment}` : 'any experiment';
  return {
    kind: 'unmatched',
    alert: rule.name,
    message: `alert ${rule.name} matched no experiment in ${where} (${pattern}; experiments read: ${[...groups.keys()].join(', ') || 'none'})`,
  };
}

/** The rule's reading of one instance, by its kind. */
function readInstance(rule: AlertRule, read: ReadInput): RuleReading {
  switch (rule.kind) {
    case 'threshold':
      return readThreshold(rule, read);
    case 'status':
      return readStatus(rule, read);
    case 'stale':
      return readStale(rule, read);
  }
}

function evaluateInstance(pass: Pass, rule: AlertRule, experiment: string): void {
  const { input, nowIso } = pass;
  const group = pass.groups.get(experiment) ?? [];
  const stored = input.stateless ? [] : (input.ledger.runs.get(experiment) ?? []);
  const reading = readInstance(rule, { experiment, group, stored, now: input.now, suggest: pass.suggest });
  if (reading.verdict === 'skip') return;
  const key = instanceKey(rule.name, experiment);
  const prev: InstanceState = (!input.stateless && pass.instances.get(key)) || {
    alert: rule.name,
    experiment,
    state: 'ok',
    streak: 0,
    since: nowIso,
    runs: [],
  };
  const run = reading.run;
  const seenAs = reading.seenAs ?? run.id;
  const rerun =
    reading.oncePerRun &&
    (prev.runs.includes(seenAs) || (run.at !== undefined && prev.lastRunAt !== undefined && run.at < prev.lastRunAt));
  const base = { ...resultOf(rule, experiment, reading, prev.state), rerun };
  if (reading.verdict === 'no baseline') return void pass.results.push({ ...base, state: 'no baseline' });
  if (reading.verdict === 'no data') return noData(pass, { ...base, state: 'no data' });
  if (rerun) return void pass.results.push(base);

  const breach = reading.verdict === 'breach';
  const next = step({
    rule,
    prev,
    breach,
    quantity: reading.quantity,
    run,
    seenAs,
    now: input.now,
    nowIso,
    stateless: input.stateless,
  });
  pass.instances.set(key, next.state);
  const result: InstanceResult = { ...base, state: next.state.state, event: next.event };
  if (next.firing) result.firing = { ...next.firing, until: nowIso };
  if (next.event) {
    const record = toEvent(result, next.event, nowIso);
    result.record = input.runUrl ? { ...record, runUrl: input.runUrl } : record;
    pass.events.push(result.record);
  }
  pass.results.push(result);
}

/** The result of an instance before the state machine steps: what its rule read, in the state it was in. */
function resultOf(
  rule: AlertRule,
  experiment: string,
  reading: RuleReading,
  state: InstanceStateName,
): Omit<InstanceResult, 'rerun'> {
  const result: Omit<InstanceResult, 'rerun'> = {
    alert: rule.name,
    experiment,
    run: reading.run.id,
    metric: rule.kind === 'threshold' ? rule.metric : null,
    value: reading.value,
    baseline: reading.baseline,
    change: reading.change,
    op: rule.kind === 'threshold' ? rule.op : null,
    threshold: rule.kind === 'threshold' ? rule.threshold : null,
    severity: rule.severity,
    state,
    previousState: state,
    event: null,
    recent: reading.recent,
    rule,
  };
  const extra = {
    check: reading.check,
    status: reading.status,
    statuses: reading.statuses,
    after: reading.after,
    missing: reading.missing,
    suggestions: reading.suggestions,
    spread: reading.spread,
    recoverThreshold: rule.recoverThreshold,
  };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (result as Record<string, unknown>)[k] = v;
  return result;
}

/** A result with no value: a note (and the step's failure under on-missing: fail), unless the rule ignores it. */
function noData(pass: Pass, result: InstanceResult): void {
  pass.results.push(result);
  pass.notes.push({
    kind: 'missing',
    alert: result.alert,
    experiment: result.experiment,
    message: missingMessage(result),
  });
  if (result.rule.onMissing === 'fail') pass.failedMissing.push(result);
}

/** Value keys read per experiment (by the threshold rules that match it), to record with its runs. */
function keysRead(rules: readonly AlertRule[], groups: Map<string, Run[]>): Map<string, Map<string, ThresholdRule>> {
  const keys = new Map<string, Map<string, ThresholdRule>>();
  for (const rule of rules) {
    if (!rule.enabled || rule.kind !== 'threshold') continue;
    for (const experiment of groups.keys()) {
      if (!matchesExperiment(rule.experiment, experiment)) continue;
      const read = keys.get(experiment) ?? new Map<string, ThresholdRule>();
      read.set(valueKey(rule), rule);
      keys.set(experiment, read);
    }
  }
  return keys;
}

/** "eval.mse is missing in run R of experiment E (alert A, on-missing: warn); did you mean `eval/mse`?" */
export function missingMessage(r: InstanceResult): string {
  if (r.check === 'stale')
    return `no run of experiment ${r.experiment} has a time, so alert ${r.alert} (stale after ${r.after}) cannot tell its age; runs need a timestamp (a run envelope's timestamp, _timestamp, an MLflow start time)`;
  const message = `${r.metric} is ${missingReason(r.missing)} in run ${r.run} of experiment ${r.experiment} (alert ${r.alert}, on-missing: ${r.rule.onMissing})`;
  return r.suggestions?.length ? `${message}; did you mean ${didYouMean(r.suggestions)}?` : message;
}

/** "missing", or "not a number (found a string)". */
export function missingReason(missing: string | undefined): string {
  return missing === undefined || missing === 'absent' ? 'missing' : `not a number (found ${missing})`;
}

/** "`a`", "`a` or `b`", "`a`, `b` or `c`". */
export function didYouMean(paths: readonly string[]): string {
  const quoted = paths.map((p) => `\`${p}\``);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : (quoted[0] ?? '');
}

interface StepInput {
  rule: AlertRule;
  prev: InstanceState;
  breach: boolean;
  /** The quantity compared (the value, or its change); undefined when missing. */
  quantity: number | undefined;
  run: { id: string; at?: number };
  /** What the instance remembers of the run to know it again (RuleReading.seenAs): its id, or id and status. */
  seenAs: string;
  now: number;
  nowIso: string;
  stateless: boolean;
}

interface Step {
  state: InstanceState;
  event: EventKind | null;
  /** Resolved and reminder events: since when and for how many runs the instance fired. */
  firing?: { since: string; runs?: number };
}

function step({ rule, prev, breach, quantity, run, seenAs, now, nowIso, stateless }: StepInput): Step {
  const runs = [...prev.runs.filter((r) => r !== seenAs), seenAs].slice(-REMEMBERED_RUNS);
  const common: InstanceState = { ...prev, lastRun: run.id, runs };
  delete common.firingRuns;
  if (run.at !== undefined) common.lastRunAt = run.at;
  const to = (state: InstanceStateName, streak: number, firingRuns?: number): InstanceState => ({
    ...common,
    state,
    streak,
    since: state === prev.state ? prev.since : nowIso,
    ...(firingRuns === undefined ? {} : { firingRuns }),
  });
  // Still firing: one more run, counted when the ledger counted the earlier ones.
  const stillFiring = (streak: number): Step => {
    const before = counted(prev);
    const firingRuns = before === undefined ? undefined : before + 1;
    const next = remind(rule, to('firing', streak, firingRuns), now, nowIso);
    return next.event ? { ...next, firing: span(prev.since, firingRuns) } : next;
  };

  if (breach) {
    const streak = prev.streak + 1;
    if (prev.state === 'firing' && !stateless) return stillFiring(streak);
    if (streak >= rule.for || stateless) {
      return { state: { ...to('firing', streak, 1), lastNotifiedAt: nowIso }, event: 'fired' };
    }
    return { state: to('pending', streak), event: null };
  }
  if (prev.state === 'firing') {
    const recovered =
      rule.recoverThreshold === undefined ||
      quantity === undefined ||
      !breaches(quantity, rule.op, rule.recoverThreshold);
    if (!recovered) return stillFiring(0);
    return { state: to('ok', 0), event: 'resolved', firing: span(prev.since, counted(prev)) };
  }
  return { state: to('ok', 0), event: null };
}

/** The firing runs a ledger counted: none in ledgers of earlier versions (or a count that is not a count). */
function counted(s: InstanceState): number | undefined {
  return Number.isSafeInteger(s.firingRuns) && s.firingRuns! > 0 ? s.firingRuns : undefined;
}

function span(since: string, runs: number | undefined): { since: string; runs?: number } {
  return runs === undefined ? { since } : { since, runs };
}

function remind(rule: AlertRule, state: InstanceState, now: number, nowIso: string): Step {
  const last = state.lastNotifiedAt ? Date.parse(state.lastNotifiedAt) : -Infinity;
  const due = rule.repeat.kind === 'every-run' || (rule.repeat.kind === 'interval' && now - last >= rule.repeat.ms);
  return due ? { state: { ...state, lastNotifiedAt: nowIso }, event: 'reminder' } : { state, event: null };
}

export function toEvent(r: InstanceResult, kind: EventKind, at: string): LedgerEvent {
  return {
    alert: r.alert,
    experiment: r.experiment,
    run: r.run,
    kind,
    at,
    state: r.state as InstanceStateName,
    previousState: r.previousState,
    metric: r.metric,
    value: r.value === null ? null : toStored(r.value),
    baseline: r.baseline,
    change: r.change === null ? null : toStored(r.change),
    ...(r.rule.change ? { changeUnit: r.rule.change.unit } : {}),
    op: r.op,
    threshold: r.threshold,
    severity: r.severity,
    notify: kind !== 'resolved' || r.rule.notifyResolved,
    channels: r.rule.channels,
    deliveries: [],
    ...(r.recoverThreshold === undefined ? {} : { recoverThreshold: r.recoverThreshold }),
    ...(r.firing?.since === undefined ? {} : { firingSince: r.firing.since }),
    ...(r.firing?.runs === undefined ? {} : { firingRuns: r.firing.runs }),
    ...kindOf(r),
  };
}

/** A status or stale result's own fields, for its event. */
function kindOf(r: KindReading): KindReading {
  if (r.check === 'status') return { check: 'status', status: r.status ?? null, statuses: [...(r.statuses ?? [])] };
  if (r.check === 'stale') return { check: 'stale', ...(r.after === undefined ? {} : { after: r.after }) };
  return {};
}

/**
 * Every run read is recorded (for baselines and sparklines) with the values the rules read. A run already stored keeps
 * its place and its values, only gaining value keys it lacked, so re-reading a run reorders and changes nothing. New
 * runs go by their time among the stored runs that have one; a new run without a time goes before the stored run that
 * follows it in the metrics (an artifact that holds older runs, some pruned from the history), else last.
 */
function recordRuns(
  prior: Map<string, StoredRun[]>,
  groups: Map<string, Run[]>,
  keysRead: Map<string, Map<string, ThresholdRule>>,
  now: number,
): Map<string, StoredRun[]> {
  const runs = new Map(prior);
  for (const [experiment, group] of groups) {
    const keys = keysRead.get(experiment) ?? new Map<string, ThresholdRule>();
    const stored = [...(prior.get(experiment) ?? [])];
    const at = new Map(stored.map((s, i) => [s.id, i]));
    const fresh = new Map<string, StoredRun>();
    for (const r of group) {
      const read = storedRun(r, keys, now);
      const i = at.get(r.id);
      if (i !== undefined) stored[i] = withGainedValues(stored[i]!, read.values);
      else fresh.set(r.id, read);
    }
    runs.set(experiment, fresh.size ? mergeByTime(placeUntimed(stored, group, fresh), [...fresh.values()]) : stored);
  }
  return runs;
}

/**
 * A run as stored: its id, its time (or, without one, when it was first seen), and the values of the keys read (own
 * properties only: no key reaches a prototype).
 */
function storedRun(r: Run, keys: Map<string, ThresholdRule>, now: number): StoredRun {
  const values: StoredRun['values'] = {};
  for (const [k, rule] of keys) {
    const v = valueOf(r, rule).value;
    if (v !== undefined) defineOwn(values, k, toStored(v));
  }
  return r.at !== undefined ? { id: r.id, at: r.at, values } : { id: r.id, seen: now, values };
}

/** The stored run as it was, plus the values of keys it lacked (a rule added since): never a value changed. */
function withGainedValues(s: StoredRun, read: StoredRun['values']): StoredRun {
  const gained = Object.keys(read).filter((k) => !Object.hasOwn(s.values, k));
  if (gained.length === 0) return s;
  const values: StoredRun['values'] = {};
  for (const k of Object.keys(s.values)) defineOwn(values, k, s.values[k]!);
  for (const k of gained) defineOwn(values, k, read[k]!);
  return { ...s, values };
}

/** The stored runs with the new runs that have no time, each before the stored run that follows it in `group`. */
function placeUntimed(stored: readonly StoredRun[], group: readonly Run[], fresh: Map<string, StoredRun>): StoredRun[] {
  const before = new Map<string, StoredRun[]>();
  let pending: StoredRun[] = [];
  for (const r of group) {
    const f = fresh.get(r.id);
    if (f === undefined && pending.length) {
      before.set(r.id, pending);
      pending = [];
    } else if (f !== undefined && f.at === undefined) pending.push(f);
  }
  return [...stored.flatMap((s) => [...(before.get(s.id) ?? []), s]), ...pending];
}

/** The runs in their order, with the new runs that have a time placed before the first run with a later time. */
function mergeByTime(runs: readonly StoredRun[], fresh: readonly StoredRun[]): StoredRun[] {
  const timed = fresh.filter((r) => r.at !== undefined).sort((a, b) => a.at! - b.at!);
  if (timed.length === 0) return [...runs];
  const out: StoredRun[] = [];
  let j = 0;
  for (const s of runs) {
    if (s.at !== undefined) while (j < timed.length && timed[j]!.at! < s.at) out.push(timed[j++]!);
    out.push(s);
  }
  while (j < timed.length) out.push(timed[j++]!);
  return out;
}
