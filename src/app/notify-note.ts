// An ad-hoc message (SPEC §5, W&B's wandb.alert): one note to the named channels (default: every channel), nothing
// evaluated. With history, a channel that received the same title within wait-duration is not sent it again, and the
// send is recorded in the history (one write, after sending: a run that only holds notes back writes nothing).
import type { ChannelJob } from '../channels/pipeline.js';
import { channelTypeOf } from '../channels/registry.js';
import type { Note } from '../channels/types.js';
import { suggest, UserError } from '../core/diagnostics.js';
import { emptyLedger, type Delivery, type Ledger } from '../core/history/ledger.js';
import { decideNote, heldReason, withNote, type Held, type NoteRecord } from '../core/notes.js';
import { parseDuration } from '../core/duration.js';
import { SEVERITIES, type ChannelConfig, type Config, type RunContext, type Severity } from '../core/types.js';
import type { CheckIO, CheckOptions } from './check.js';
import type { HistoryStore, Logger } from './ports.js';
import { Redactor } from './redactor.js';
import { loadRules } from './rules.js';

export type NoteIO = Pick<CheckIO, 'readConfig' | 'mask' | 'log' | 'deliver'>;

export interface NoteOptions extends Pick<CheckOptions, 'env' | 'defaultWebhookUrl' | 'github'> {
  note: Note;
  /** The channels asked for; empty: every channel of the rules. */
  channels: readonly string[];
  /** wait-duration: `text` as the user wrote it ("5m"). */
  wait?: { ms: number; text: string };
  /** Opens the history store (after the rules are loaded and their secrets masked); null: no history. */
  history: (() => Promise<HistoryStore>) | null;
  historyWrite: boolean;
  ctx: RunContext;
  now: number;
}

export interface NoteOutcome {
  /** One per channel picked, in the order of the rules: sent, failed, or skipped (held back, unconfigured). */
  deliveries: Delivery[];
  held: Held[];
  /** Deliveries that failed (not those skipped). */
  failed: number;
  /** The note was recorded in the history. */
  recorded: boolean;
}

/** A stored note's text is cut here: the history keeps what was said, not a log. */
const MAX_STORED_TEXT = 1000;
/** A title is what wait-duration compares, and a notification's first line. */
export const MAX_TITLE = 200;

/** The channels a note goes to: those named (each must exist), or every channel of the rules. */
export function pickChannels(config: Pick<Config, 'channels' | 'file'>, names: readonly string[]): ChannelConfig[] {
  const known = [...config.channels.keys()];
  if (known.length === 0)
    throw new UserError(`${config.file}: the rules define no channel to send the note to; add one under channels:`);
  if (names.length === 0) return [...config.channels.values()];
  const unknown = names.filter((n) => !config.channels.has(n));
  if (unknown.length) {
    const lines = unknown.map((n) => {
      const near = suggest(n, known);
      return `unknown channel "${n}"; ${near ? `did you mean "${near}"? ` : ''}channels of ${config.file}: ${known.join(', ')}`;
    });
    throw new UserError(lines.join('\n'));
  }
  const wanted = new Set(names);
  return [...config.channels.values()].filter((c) => wanted.has(c.name));
}

interface NoteRun {
  io: NoteIO;
  opts: NoteOptions;
  redactor: Redactor;
  at: string;
}

export async function runNote(io: NoteIO, opts: NoteOptions): Promise<NoteOutcome> {
  const redactor = new Redactor();
  const { config } = await loadRules(io, opts, redactor);
  const channels = pickChannels(config, opts.channels);
  const store = opts.history ? await opts.history() : null;
  if (opts.wait && !store)
    io.log.warning(`wait-duration ${opts.wait.text} holds nothing back without a history (history: none)`);
  try {
    const ledger = store ? await store.load() : undefined;
    const run: NoteRun = { io, opts, redactor, at: new Date(opts.now).toISOString() };
    const decision = decideNote({
      notes: ledger?.notes ?? [],
      title: redactor.apply(opts.note.title),
      channels: channels.map((c) => c.name),
      waitMs: opts.wait?.ms,
      now: opts.now,
    });
    const deliveries = await send(run, channels, decision.held);
    const recorded = await record(run, store, ledger, deliveries);
    const failed = deliveries.filter((d) => !d.ok && !d.skipped).length;
    return { deliveries, held: decision.held, failed, recorded };
  } finally {
    await store?.close?.();
  }
}

/** Sends to every channel not held back, configured and not skipped by its type; one delivery per channel, in order. */
async function send(run: NoteRun, channels: readonly ChannelConfig[], held: readonly Held[]): Promise<Delivery[]> {
  const byName = new Map<string, Delivery>();
  const jobs: ChannelJob[] = [];
  for (const channel of channels) {
    const job = await noteJob(run, channel, held);
    if ('messages' in job) jobs.push(job);
    else byName.set(channel.name, job);
  }
  const outcomes = jobs.length ? await run.io.deliver(jobs) : [];
  for (const { outcome } of outcomes) {
    const d: Delivery = {
      ...outcome,
      at: run.at,
      ...(outcome.error ? { error: run.redactor.apply(outcome.error) } : {}),
    };
    byName.set(d.channel, d);
    logDelivery(run.io.log, d);
  }
  return channels.map((c) => byName.get(c.name)!);
}

/** The channel's job, or the skipped delivery that says why it sends nothing (logged here). */
async function noteJob(run: NoteRun, channel: ChannelConfig, held: readonly Held[]): Promise<ChannelJob | Delivery> {
  const { io, opts } = run;
  const skip = (error: string): Delivery => ({
    channel: channel.name,
    ok: false,
    skipped: true,
    attempts: 0,
    error,
    at: run.at,
  });
  const h = held.find((x) => x.channel === channel.name);
  if (h) {
    const reason = heldReason(h, opts.wait!.text);
    io.log.notice(`the note is not sent to channel ${channel.name}: ${reason}`);
    return skip(reason);
  }
  if (channel.unconfiguredReason) {
    io.log.warning(`channel ${channel.name} is not configured (${channel.unconfiguredReason}): the note is not sent`);
    return skip('channel not configured');
  }
  const type = await channelTypeOf(channel);
  if (!type) {
    io.log.warning(`channel ${channel.name}: this version cannot send to a channel of type ${channel.type}`);
    return skip(`type ${channel.type} not available`);
  }
  const skipped = type.skip?.(channel, opts.env);
  if (skipped) {
    io.log.notice(`channel ${channel.name}: ${skipped}`);
    return skip(skipped);
  }
  const messages = [type.note(channel, opts.note, opts.ctx)];
  return { channel, type, messages, ...(opts.github ? { github: opts.github } : {}) };
}

function logDelivery(log: Logger, d: Delivery): void {
  if (d.ok) log.info(`note sent to channel ${d.channel}`);
  else {
    const tries = `${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`;
    log.warning(`delivery of the note to channel ${d.channel} failed: ${d.error ?? 'unknown error'} (${tries})`);
  }
}

/** Keeps the note in the history when something was tried; a run that only held the note back writes nothing. */
async function record(
  run: NoteRun,
  store: HistoryStore | null,
  loaded: Ledger | undefined,
  deliveries: readonly Delivery[],
): Promise<boolean> {
  if (!store || !run.opts.historyWrite || deliveries.every((d) => d.skipped)) return false;
  const { note } = run.opts;
  const entry: NoteRecord = {
    title: run.redactor.apply(note.title),
    text: run.redactor.apply(note.text).slice(0, MAX_STORED_TEXT),
    level: note.level,
    at: run.at,
    channels: deliveries.map((d) => d.channel),
    deliveries: [...deliveries],
  };
  try {
    await store.update(
      (current) => {
        const base = current ?? loaded ?? emptyLedger();
        return { ledger: { ...base, notes: withNote(base.notes ?? [], entry) }, result: undefined };
      },
      `metric-alerts: note "${entry.title.slice(0, 60)}"`,
    );
    return true;
  } catch (e) {
    run.io.log.warning(
      run.redactor.apply(
        `the note could not be recorded in the history: ${e instanceof Error ? e.message : String(e)}`,
      ),
    );
    return false;
  }
}

/** The note as given (flags or inputs), checked; `named` names a field as the user wrote it ("--level"). */
export function noteRequest(
  given: { title: string; text: string; level: string; wait: string },
  named: (field: 'title' | 'text' | 'level' | 'wait-duration') => string,
): { note: Note; wait?: { ms: number; text: string } } {
  const title = given.title.trim();
  if (!title) throw new UserError(`${named('title')} is required: the note's title`);
  if (title.length > MAX_TITLE)
    throw new UserError(`${named('title')} is ${title.length} characters long; at most ${MAX_TITLE} are allowed`);
  if (!given.text.trim()) throw new UserError(`${named('text')} is required: the note's text`);
  const level = given.level.trim() || 'info';
  if (!(SEVERITIES as readonly string[]).includes(level))
    throw new UserError(`${named('level')} "${level}" is not allowed; allowed: ${SEVERITIES.join(', ')}`);
  const note: Note = { title, text: given.text, level: level as Severity };
  const waitText = given.wait.trim();
  if (!waitText) return { note };
  const ms = parseDuration(waitText);
  if (ms === undefined)
    throw new UserError(
      `${named('wait-duration')} "${waitText}" is not a duration; allowed: a number and a unit, such as 30s, 5m, 6h, 1d, 2w`,
    );
  return { note, wait: { ms, text: waitText } };
}
