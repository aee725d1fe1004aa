// Ad-hoc messages (SPEC §5, W&B's wandb.alert): the record a sent note leaves in the history, and the wait-duration
// decision: a note whose title a channel received within the wait is not sent to that channel again. Pure.
import type { Delivery } from './history/ledger.js';
import { formatDuration } from './format.js';
import type { Severity } from './types.js';

/** A note as the ledger keeps it. */
export interface NoteRecord {
  title: string;
  text: string;
  level: Severity;
  /** When it was sent (ISO). */
  at: string;
  /** The channels it was meant for (those held back by wait-duration included). */
  channels: string[];
  /** One per channel it was meant for: sent, failed, or skipped (held back, unconfigured). */
  deliveries: Delivery[];
}

/** Notes kept in the ledger (the newest). */
export const KEEP_NOTES = 100;

/** A channel the note is not sent to: it received the same title `ago` ms before, within the wait. */
export interface Held {
  channel: string;
  /** When it last received it (ISO). */
  lastAt: string;
  agoMs: number;
}

export interface NoteDecision {
  send: string[];
  held: Held[];
}

/** When `channel` last received a note titled `title` (a successful delivery), or undefined. */
export function lastDelivered(notes: readonly NoteRecord[], title: string, channel: string): string | undefined {
  let last: string | undefined;
  for (const n of notes) {
    if (n.title !== title) continue;
    for (const d of n.deliveries) if (d.channel === channel && d.ok && (last === undefined || d.at > last)) last = d.at;
  }
  return last;
}

/**
 * Which channels get the note: every one, unless `waitMs` is set and a channel received the same title within it
 * (then it is held, with when it last got it). A channel whose earlier delivery failed gets it again.
 */
export function decideNote(ctx: {
  notes: readonly NoteRecord[];
  title: string;
  channels: readonly string[];
  waitMs: number | undefined;
  now: number;
}): NoteDecision {
  const send: string[] = [];
  const held: Held[] = [];
  for (const channel of ctx.channels) {
    const lastAt = ctx.waitMs === undefined ? undefined : lastDelivered(ctx.notes, ctx.title, channel);
    const agoMs = lastAt === undefined ? Infinity : ctx.now - Date.parse(lastAt);
    if (lastAt !== undefined && agoMs >= 0 && agoMs < ctx.waitMs!) held.push({ channel, lastAt, agoMs });
    else send.push(channel);
  }
  return { send, held };
}

/** Why a channel is not sent the note: "a note with the same title was sent to it 3 min ago, at … (wait-duration 5m)". */
export function heldReason(h: Held, wait: string): string {
  return `a note with the same title was sent to it ${formatDuration(h.agoMs)} ago, at ${h.lastAt} (wait-duration ${wait})`;
}

/** The notes with `record` added, the oldest dropped beyond KEEP_NOTES. */
export function withNote(notes: readonly NoteRecord[], record: NoteRecord): NoteRecord[] {
  const all = [...notes, record];
  return all.length > KEEP_NOTES ? all.slice(all.length - KEEP_NOTES) : all;
}
