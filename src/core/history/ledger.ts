// The history ledger: alert instance states, recent runs per experiment, events with their deliveries.
// One JSON document with a version. Keys that come from artifacts (experiment names) never become object keys,
// so no name can reach a prototype: the document holds arrays of records, the model holds Maps.
import { UserError } from '../diagnostics.js';
import type { NoteRecord } from '../notes.js';
import { isRecord } from '../records.js';
import type { ChangeUnit, KindReading, Op, Severity } from '../types.js';

export const LEDGER_VERSION = 1;

export type InstanceStateName = 'ok' | 'pending' | 'firing';
export type EventKind = 'fired' | 'resolved' | 'reminder';
/** JSON has no NaN or Infinity: they are kept as these strings. */
export type StoredNumber = number | 'NaN' | 'Infinity' | '-Infinity';

export interface InstanceState {
  alert: string;
  experiment: string;
  state: InstanceStateName;
  /** Consecutive breaching evaluations. */
  streak: number;
  /** When the current state began (ISO). */
  since: string;
  lastRun?: string;
  /** Time of the last evaluated run (epoch ms), when it had one. */
  lastRunAt?: number;
  /** Recently evaluated run ids: a run seen again (a re-run) changes nothing. */
  runs: string[];
  /** Time of the last fired or reminder event (ISO), for `repeat`. */
  lastNotifiedAt?: string;
  /** While firing: the runs evaluated since it fired, that one included (absent in ledgers of earlier versions). */
  firingRuns?: number;
  /** It fired while silenced and that fire is not sent yet: the first run after the silence sends it (silence-events.ts). */
  silencedFire?: boolean;
  /**
   * It resolved while silenced after its fire was sent: the first run after the silence that finds it still resolved
   * sends the resolve, so an incident it opened (PagerDuty, a GitHub issue) is not left open (silence-events.ts).
   */
  silencedResolve?: boolean;
}

export interface StoredRun {
  id: string;
  /** The run's own time (epoch ms), when it had one. */
  at?: number;
  /**
   * For a run with no time of its own: when this history first recorded it (epoch ms), so a stale rule can age it (a
   * flat metrics.json names no time). Never used to order runs.
   */
  seen?: number;
  /** The values the rules read, by value key (metric path, or path@reducer for lists). */
  values: Record<string, StoredNumber>;
}

export interface Delivery {
  channel: string;
  ok: boolean;
  /** Not attempted: the channel is unconfigured, a dry run, or a pull request's run that sends nothing. */
  skipped?: boolean;
  status?: number;
  /** Attempts over every run that tried this channel for this event. */
  attempts: number;
  error?: string;
  /**
   * A failure that a later run may repair by sending again (429, 5xx, a network error); false for a final answer
   * (other 4xx: the payload or the channel is wrong). Absent in ledgers written before 0.2: judged by `status`.
   */
  retryable?: boolean;
  /** Sent by a later run than the one that created the event (a retry, or a claim whose run died). */
  late?: boolean;
  /**
   * What the channel answered that later events of the instance answer to: a Slack message (`CHANNEL_ID:ts`), a
   * GitHub issue number. Kept as the channel type wrote it.
   */
  ref?: string;
  at: string;
}

/**
 * Who took an event to send it, written in the same ledger write that claims the event. A claim with no delivery
 * recorded after it belongs to a run that is still sending, or that died: see deliveries.ts (claimIsLive).
 */
export interface Claim {
  /** When it was claimed (ISO). */
  at: string;
  /** The run, for people: "run 123 attempt 1". */
  by: string;
  /** The machine and process namespace of the claiming process, so a later run on the same machine can tell it died. */
  host?: string;
  pid?: number;
}

/** An alert event; a status or stale rule's event says so in `check` (KindReading), with metric, op and threshold null. */
export interface LedgerEvent extends KindReading {
  alert: string;
  experiment: string;
  run: string;
  kind: EventKind;
  at: string;
  state: InstanceStateName;
  previousState: InstanceStateName;
  metric: string | null;
  value: StoredNumber | null;
  baseline: number | null;
  change: StoredNumber | null;
  /** Set for a change rule (its threshold is a change in this unit); absent on events recorded before it was kept. */
  changeUnit?: ChangeUnit;
  op: Op | null;
  threshold: number | null;
  severity: Severity;
  /** The rule's recover-threshold, when it has one: a resolved event names it. */
  recoverThreshold?: number;
  /** Resolved and reminder events: when the instance began firing (ISO). */
  firingSince?: string;
  /** Resolved and reminder events: how many runs it was firing (absent when an earlier version counted none). */
  firingRuns?: number;
  /** Link to the workflow run that evaluated it. */
  runUrl?: string;
  /** Whether the event is sent (a resolved event with notify-resolved: false is recorded only; a silenced one neither). */
  notify: boolean;
  /** Held back by a silence: recorded, never sent, never owed (absent when it was not). */
  silenced?: boolean;
  /** A fired event sent once its silence ended, for an instance that fired while silenced (`firingSince` says when). */
  afterSilence?: boolean;
  channels: string[];
  deliveries: Delivery[];
  /** The latest run that took this event to send it. */
  claim?: Claim;
}

export interface Ledger {
  version: typeof LEDGER_VERSION;
  instances: Map<string, InstanceState>;
  runs: Map<string, StoredRun[]>;
  events: LedgerEvent[];
  /**
   * Ad-hoc messages sent (notes.ts), oldest first, at most KEEP_NOTES: for wait-duration. Absent in ledgers written
   * before notes were kept, and in every ledger that never held one (the document keeps no empty list).
   */
  notes?: NoteRecord[];
  /** The compiled rules of the run that wrote it, checked before use (config/memo.ts). */
  rules?: unknown;
}

export function instanceKey(alert: string, experiment: string): string {
  return `${alert}\u0000${experiment}`;
}

export function emptyLedger(): Ledger {
  return { version: LEDGER_VERSION, instances: new Map(), runs: new Map(), events: [] };
}

export function toStored(n: number): StoredNumber {
  if (Number.isFinite(n)) return n;
  return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
}

export function fromStored(n: StoredNumber): number {
  return typeof n === 'number' ? n : Number(n);
}

interface LedgerDocument {
  version: number;
  instances: InstanceState[];
  runs: { experiment: string; runs: StoredRun[] }[];
  events: LedgerEvent[];
  notes?: NoteRecord[];
  rules?: unknown;
}

export function serializeLedger(ledger: Ledger): string {
  const doc: LedgerDocument = {
    version: ledger.version,
    instances: [...ledger.instances.values()],
    runs: [...ledger.runs].map(([experiment, runs]) => ({ experiment, runs })),
    events: ledger.events,
  };
  if (ledger.notes?.length) doc.notes = ledger.notes;
  if (ledger.rules !== undefined) doc.rules = ledger.rules;
  return `${JSON.stringify(doc)}\n`;
}

/** Parses a ledger; a corrupt one or one from a newer version is a UserError naming the file. */
export function parseLedger(text: string, file: string): Ledger {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw corrupt(file, `it is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw corrupt(file, 'it is not a JSON object');
  const d = doc as Partial<LedgerDocument>;
  if (typeof d.version !== 'number') throw corrupt(file, 'it has no version field');
  if (d.version > LEDGER_VERSION) {
    throw new UserError([
      {
        file,
        message: `the history was written by a newer version of metric-alerts (ledger version ${d.version}; this version reads ${LEDGER_VERSION}); upgrade the action. The file is left as it is.`,
      },
    ]);
  }
  if (!Array.isArray(d.instances) || !Array.isArray(d.runs) || !Array.isArray(d.events)) {
    throw corrupt(file, 'instances, runs and events must be lists');
  }
  const ledger = emptyLedger();
  for (const s of d.instances) {
    if (
      !isRecord(s) ||
      typeof s.alert !== 'string' ||
      typeof s.experiment !== 'string' ||
      !['ok', 'pending', 'firing'].includes(s.state as string)
    ) {
      throw corrupt(file, 'an instance entry is malformed');
    }
    const { silencedFire, silencedResolve, ...rest } = s;
    ledger.instances.set(instanceKey(s.alert, s.experiment), {
      ...rest,
      runs: Array.isArray(s.runs) ? s.runs : [],
      ...(silencedFire === true ? { silencedFire } : {}),
      ...(silencedResolve === true ? { silencedResolve } : {}),
    } as InstanceState);
  }
  for (const r of d.runs) {
    if (!isRecord(r) || typeof r.experiment !== 'string' || !Array.isArray(r.runs))
      throw corrupt(file, 'a runs entry is malformed');
    ledger.runs.set(r.experiment, r.runs as StoredRun[]);
  }
  for (const e of d.events) {
    if (!isRecord(e) || typeof e.alert !== 'string' || typeof e.kind !== 'string' || !Array.isArray(e.deliveries)) {
      throw corrupt(file, 'an event entry is malformed');
    }
  }
  ledger.events = d.events;
  if (d.notes !== undefined) ledger.notes = parseNotes(d.notes, file);
  if (d.rules !== undefined) ledger.rules = d.rules;
  return ledger;
}

/** The notes of a ledger (version 1 files written since notes are kept): each with a title, a time and deliveries. */
function parseNotes(notes: unknown, file: string): NoteRecord[] {
  if (!Array.isArray(notes)) throw corrupt(file, 'notes must be a list');
  for (const n of notes) {
    if (!isRecord(n) || typeof n.title !== 'string' || typeof n.at !== 'string' || !Array.isArray(n.deliveries))
      throw corrupt(file, 'a note entry is malformed');
  }
  return notes as NoteRecord[];
}

function corrupt(file: string, why: string): UserError {
  return new UserError([
    {
      file,
      message: `the history file is unreadable: ${why}. It is left as it is for a person to look at; move it away to start a new history.`,
    },
  ]);
}

/** Keeps at most keepRuns runs per experiment and keepEvents events per alert instance (the newest). */
export function pruneLedger(ledger: Ledger, keepRuns: number, keepEvents: number): Ledger {
  const runs = new Map<string, StoredRun[]>();
  for (const [exp, list] of ledger.runs)
    runs.set(exp, list.length > keepRuns ? list.slice(list.length - keepRuns) : list);
  const counts = new Map<string, number>();
  const kept: LedgerEvent[] = [];
  for (let i = ledger.events.length - 1; i >= 0; i--) {
    const e = ledger.events[i]!;
    const k = instanceKey(e.alert, e.experiment);
    const n = (counts.get(k) ?? 0) + 1;
    counts.set(k, n);
    if (n <= keepEvents) kept.push(e);
  }
  kept.reverse();
  return { ...ledger, runs, events: kept };
}

/** Identity of an event across reads of the ledger. */
export function eventId(e: Pick<LedgerEvent, 'alert' | 'experiment' | 'run' | 'kind' | 'at'>): string {
  return [e.alert, e.experiment, e.run, e.kind, e.at].join('\u0000');
}

/** The ledger with `change` applied to the events named in `ids` (those still kept); every other event as it was. */
function mapEvents(ledger: Ledger, ids: ReadonlySet<string>, change: (e: LedgerEvent) => LedgerEvent): Ledger {
  return { ...ledger, events: ledger.events.map((e) => (ids.has(eventId(e)) ? change(e) : e)) };
}

/** The ledger with the events named in `ids` claimed by `claim`. */
export function withClaims(ledger: Ledger, ids: ReadonlySet<string>, claim: Claim): Ledger {
  return mapEvents(ledger, ids, (e) => ({ ...e, claim }));
}

/**
 * An event with this run's delivery results: each replaces the channel's earlier result, its attempts added to the
 * earlier ones. A new object; the event given is not changed.
 */
export function addDeliveries(event: LedgerEvent, results: readonly Delivery[]): LedgerEvent {
  const deliveries = [...event.deliveries];
  for (const d of results) {
    const i = deliveries.findIndex((x) => x.channel === d.channel);
    const earlier = i >= 0 && !d.skipped ? deliveries[i]!.attempts : 0;
    const entry = { ...d, attempts: d.attempts + earlier };
    if (i >= 0) deliveries[i] = entry;
    else deliveries.push(entry);
  }
  return { ...event, deliveries };
}

/** The ledger with this run's delivery results, by event id, added to the same events (those still kept). */
export function withDeliveries(ledger: Ledger, results: ReadonlyMap<string, readonly Delivery[]>): Ledger {
  return mapEvents(ledger, new Set(results.keys()), (e) => addDeliveries(e, results.get(eventId(e))!));
}
