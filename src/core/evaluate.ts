// Evaluation: rules + runs + prior ledger -> new ledger, one result per alert instance, and events. Pure.
import { compareToBaseline } from './baseline.js';
import { breaches } from './compare.js';
import type { FiringSpan } from './format.js';
import { matchesExperiment } from './glob.js';
import {
  fromStored,
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
import { reduceValue } from './metrics/reduce.js';
import { defineOwn } from './records.js';
import { byExperiment, readMetric } from './metrics/runs.js';
import { boundedSuggester } from './metrics/suggest-metric.js';
import type { AlertRule, Config, Op, Run, Severity, Silence } from './types.js';

export type ResultState = InstanceStateName | 'no data' | 'no baseline';

/** One run's value of a metric. */
export interface Point {
  run: string;
  value: number;
}

export interface InstanceResult {
  alert: string;
  experiment: string;
  run: string;
  metric: string;
  value: number | null;
  baseline: number | null;
  change: number | null;
  op: Op;
  threshold: number;
  severity: Severity;
  state: ResultState;
  previousState: InstanceStateName;
  event: EventKind | null;
  /** The event this evaluation created for the instance, when there is one. */
  record?: LedgerEvent;
  /** The run was evaluated before (a re-run, or an older run): nothing changed. */
  rerun: boolean;
  /** Why there is no value: "absent", "a string", ... */
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
  /** Resolved and reminder events: since when, for how many runs and until when (this evaluation) it fired. */
  firing?: FiringSpan;
  /** The silence that holds the instance's events back in this evaluation (silence-events.ts). */
  silence?: Silence;
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
const SPARK_POINTS = 20;

/** The key a rule's value is stored under in a run: the metric path, plus the reducer when it is not `last`. */
export function valueKey(rule: Pick<AlertRule, 'metric' | 'reduce'>): string {
  return rule.reduce === 'last' ? rule.metric : `${rule.metric}@${rule.reduce}`;
}

function valueOf(run: Run, rule: AlertRule): { value?: number; missing?: string } {
  const v = readMetric(run.metrics, rule.metric);
  if (v === undefined) return { missing: 'absent' };
  if (typeof v === 'object' && !Array.isArray(v)) return { missing: v.invalid };
  return { value: reduceValue(v, rule.reduce) };
}

export function evaluate(input: EvaluateInput): Evaluation {
  const { config, ledger, now, stateless } = input;
  const nowIso = new Date(now).toISOString();
  const groups = byExperiment(input.runs);
  const instances = new Map(ledger.instances);
  const results: InstanceResult[] = [];
  const events: LedgerEvent[] = [];
  const notes: EvaluationNote[] = [];
  const failedMissing: InstanceResult[] = [];
  const enabled = config.alerts.filter((a) => a.enabled);
  const suggest = boundedSuggester();
  /** Value keys read per experiment, to record with its runs. */
  const keysRead = new Map<string, Map<string, AlertRule>>();

  for (const rule of enabled) {
    let matched = 0;
    for (const [experiment, group] of groups) {
      if (!matchesExperiment(rule.experiment, experiment)) continue;
      matched++;
      const keys = keysRead.get(experiment) ?? new Map<string, AlertRule>();
      keys.set(valueKey(rule), rule);
      keysRead.set(experiment, keys);

      const latest = group[group.length - 1]!;
      const key = instanceKey(rule.name, experiment);
      const prev: InstanceState = (!stateless && instances.get(key)) || {
        alert: rule.name,
        experiment,
        state: 'ok',
        streak: 0,
        since: nowIso,
        runs: [],
      };
      const earlier = earlierPoints(rule, group, stateless ? [] : (ledger.runs.get(experiment) ?? []));
      const read = valueOf(latest, rule);
      const base: InstanceResult = {
        alert: rule.name,
        experiment,
        run: latest.id,
        metric: rule.metric,
        value: read.value ?? null,
        baseline: null,
        change: null,
        op: rule.op,
        threshold: rule.threshold,
        severity: rule.severity,
        state: prev.state,
        previousState: prev.state,
        event: null,
        rerun: false,
        recent: [],
        rule,
      };
      if (rule.recoverThreshold !== undefined) base.recoverThreshold = rule.recoverThreshold;
      if (read.missing !== undefined) {
        base.missing = read.missing;
        // on-missing: ignore reports nothing, so nothing is looked for.
        const suggestions =
          rule.onMissing === 'ignore' ? [] : suggest({ missing: rule.metric, metrics: latest.metrics });
        if (suggestions.length) base.suggestions = suggestions;
      }

      const rerun =
        prev.runs.includes(latest.id) ||
        (latest.at !== undefined && prev.lastRunAt !== undefined && latest.at < prev.lastRunAt);

      // The quantity compared: the value, or its change against a baseline.
      let quantity = read.value;
      if (rule.change && read.value !== undefined) {
        const { baseline, change, spread } = compareToBaseline(
          earlier.map((p) => p.value),
          read.value,
          rule.change,
        );
        base.baseline = baseline ?? null;
        if (spread !== undefined) base.spread = spread;
        if (change === undefined) {
          results.push({ ...base, state: 'no baseline', recent: recentSeries(earlier, latest.id, read.value), rerun });
          continue;
        }
        base.change = change;
        quantity = change;
      }
      base.recent = recentSeries(earlier, latest.id, read.value);

      if (read.value === undefined && rule.onMissing !== 'alert') {
        if (rule.onMissing === 'ignore') continue;
        const result: InstanceResult = { ...base, state: 'no data', rerun };
        results.push(result);
        notes.push({ kind: 'missing', alert: rule.name, experiment, message: missingMessage(result) });
        if (rule.onMissing === 'fail') failedMissing.push(result);
        continue;
      }

      if (rerun) {
        results.push({ ...base, rerun: true });
        continue;
      }

      const breach = quantity === undefined ? true : breaches(quantity, rule.op, rule.threshold);
      const next = step({ rule, prev, breach, quantity, run: latest, now, nowIso, stateless });
      instances.set(key, next.state);
      const result: InstanceResult = { ...base, state: next.state.state, event: next.event };
      if (next.firing) result.firing = { ...next.firing, until: nowIso };
      if (next.event) {
        const record = toEvent(result, next.event, nowIso);
        result.record = input.runUrl ? { ...record, runUrl: input.runUrl } : record;
        events.push(result.record);
      }
      results.push(result);
    }
    if (matched === 0) {
      notes.push({
        kind: 'unmatched',
        alert: rule.name,
        message: `alert ${rule.name} matched no experiment in the metrics (${rule.experiment ? `experiment: ${rule.experiment}` : 'any experiment'}; experiments read: ${[...groups.keys()].join(', ') || 'none'})`,
      });
    }
  }

  const newLedger: Ledger = stateless
    ? { ...ledger, instances: new Map(), runs: new Map(), events }
    : pruneLedger(
        {
          ...ledger,
          instances,
          runs: recordRuns(ledger.runs, groups, keysRead),
          events: [...ledger.events, ...events],
        },
        config.history.keepRuns,
        config.history.keepEvents,
      );
  return {
    ledger: newLedger,
    results,
    events,
    notes,
    failedMissing,
    disabled: config.alerts.filter((a) => !a.enabled),
  };
}

/** "eval.mse is missing in run R of experiment E (alert A, on-missing: warn); did you mean `eval/mse`?" */
export function missingMessage(r: InstanceResult): string {
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
  run: Run;
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

function step({ rule, prev, breach, quantity, run, now, nowIso, stateless }: StepInput): Step {
  const runs = [...prev.runs.filter((r) => r !== run.id), run.id].slice(-REMEMBERED_RUNS);
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
  };
}

/** The rule's metric in the earlier runs (history, then the artifact's earlier runs), oldest first. */
function earlierPoints(rule: AlertRule, group: readonly Run[], stored: readonly StoredRun[]): Point[] {
  const inArtifact = new Set(group.map((r) => r.id));
  const k = valueKey(rule);
  const out: Point[] = [];
  for (const s of stored) {
    if (inArtifact.has(s.id) || !Object.hasOwn(s.values, k)) continue;
    out.push({ run: s.id, value: fromStored(s.values[k]!) });
  }
  for (let i = 0; i < group.length - 1; i++) {
    const v = valueOf(group[i]!, rule).value;
    if (v !== undefined) out.push({ run: group[i]!.id, value: v });
  }
  return out;
}

function recentSeries(earlier: readonly Point[], run: string, value: number | undefined): Point[] {
  const series = value === undefined ? [...earlier] : [...earlier, { run, value }];
  return series.slice(-SPARK_POINTS);
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
  keysRead: Map<string, Map<string, AlertRule>>,
): Map<string, StoredRun[]> {
  const runs = new Map(prior);
  for (const [experiment, group] of groups) {
    const keys = keysRead.get(experiment) ?? new Map<string, AlertRule>();
    const stored = [...(prior.get(experiment) ?? [])];
    const at = new Map(stored.map((s, i) => [s.id, i]));
    const fresh = new Map<string, StoredRun>();
    for (const r of group) {
      const read = storedRun(r, keys);
      const i = at.get(r.id);
      if (i !== undefined) stored[i] = withGainedValues(stored[i]!, read.values);
      else fresh.set(r.id, read);
    }
    runs.set(experiment, fresh.size ? mergeByTime(placeUntimed(stored, group, fresh), [...fresh.values()]) : stored);
  }
  return runs;
}

/** A run as stored: its id, time, and the values of the keys read (own properties only: no key reaches a prototype). */
function storedRun(r: Run, keys: Map<string, AlertRule>): StoredRun {
  const values: StoredRun['values'] = {};
  for (const [k, rule] of keys) {
    const v = valueOf(r, rule).value;
    if (v !== undefined) defineOwn(values, k, toStored(v));
  }
  const run: StoredRun = { id: r.id, values };
  if (r.at !== undefined) run.at = r.at;
  return run;
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
