// The compiled rules, kept in the history next to the state they produced: a later run whose alerts.yml is the same
// text, read by the same build, binds them to its environment without loading the YAML parser or the schema (issue 6:
// they are most of a quiet run's time). A memo is only a shortcut: any doubt about it means compiling the file again.
import { BUILD_ID } from '../../generated/build-id.js';
import { isRecord } from '../records.js';
import { isTimeZone } from '../silences.js';
import type { ChannelTypeName } from '../types.js';
import type { CompiledChannel } from './bind-channel.js';
import { CHANNEL_TYPES } from './channel-fields.js';
import type { CompiledRules } from './rules.js';

export interface RulesMemo {
  /** The build that compiled it and the text it was compiled from. */
  key: string;
  rules: CompiledRules;
}

/** Larger compiled rules are not kept: the history stays small (issue 6: under 1 MiB). */
export const MAX_MEMO_CHARS = 256 * 1024;

export function rulesKey(text: string): string {
  return `${BUILD_ID}:${text.length}:${hash53(text).toString(36)}`;
}

/**
 * The memo to keep for rules compiled from `text`, or undefined when they must not be kept: a webhook URL written in
 * the file is a secret and the history never holds one; very large rules are not worth the space.
 */
function holdsLiteralSecret(c: CompiledChannel): boolean {
  const spec = CHANNEL_TYPES[c.type];
  return Object.entries(c.fields).some(
    ([field, v]) => spec?.fields[field]?.secret === true && typeof v === 'string' && !v.includes('${'),
  );
}

export function memoFor(text: string, rules: CompiledRules): RulesMemo | undefined {
  if (rules.channels.some(holdsLiteralSecret)) return undefined;
  const memo = { key: rulesKey(text), rules };
  return JSON.stringify(memo).length <= MAX_MEMO_CHARS ? memo : undefined;
}

/**
 * A memo read from the history, when its rules were compiled by this build from exactly `text`.
 * The history can be written by others (a cache entry, a branch): a memo that does not have the right shape, or whose
 * channels read something that `text` does not say, is ignored, so it can never point a channel at another variable.
 */
export function usableMemo(memo: unknown, text: string): RulesMemo | undefined {
  if (!isRecord(memo) || memo.key !== rulesKey(text) || !isRecord(memo.rules)) return undefined;
  const { channels, alerts, history, silences } = memo.rules;
  if (!Array.isArray(channels) || !Array.isArray(alerts) || !isRecord(history)) return undefined;
  if (!Array.isArray(silences) || !silences.every((s) => usableSilence(s, text))) return undefined;
  if (typeof history.keepRuns !== 'number' || typeof history.keepEvents !== 'number') return undefined;
  if (!channels.every((c) => usableChannel(c, text))) return undefined;
  for (const a of alerts) {
    if (!isRecord(a) || !isRecord(a.at) || !isRecord(a.rule)) return undefined;
    const r = a.rule;
    if (
      typeof r.name !== 'string' ||
      !text.includes(r.name) ||
      !usableKind(r) ||
      !isRecord(r.repeat) ||
      !isRecord(r.labels)
    )
      return undefined;
    if (r.channels !== null && !(Array.isArray(r.channels) && r.channels.every((c) => typeof c === 'string')))
      return undefined;
  }
  return memo as unknown as RulesMemo;
}

/** A compiled silence read from the history: the shape compileSilences writes, a zone this runtime knows. */
function usableSilence(c: unknown, text: string): boolean {
  if (!isRecord(c) || !isRecord(c.at) || !isRecord(c.silence)) return false;
  const s = c.silence;
  if (typeof s.reason !== 'string' || !text.includes(s.reason)) return false;
  for (const glob of [s.alerts, s.experiments]) if (glob !== undefined && typeof glob !== 'string') return false;
  if (s.until !== undefined) return typeof s.until === 'string' && Number.isFinite(Date.parse(s.until));
  const w = s.every;
  if (!isRecord(w) || typeof w.timeZone !== 'string' || !isTimeZone(w.timeZone) || typeof w.text !== 'string')
    return false;
  return [w.start, w.end].every((m) => Number.isSafeInteger(m) && (m as number) >= 0 && (m as number) < 7 * 1440);
}

/** The fields a rule of its kind reads are there, with their types. */
function usableKind(r: Record<string, unknown>): boolean {
  if (r.kind === 'threshold') return typeof r.metric === 'string' && typeof r.threshold === 'number';
  if (r.kind === 'status') return Array.isArray(r.statuses) && r.statuses.every((s) => typeof s === 'string');
  return r.kind === 'stale' && typeof r.after === 'string' && typeof r.afterMs === 'number';
}

/** cyrb53: a fast 53-bit string hash (not cryptographic: the memo is checked against the text, see usableMemo). */
function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A compiled channel read from the history: a known type, and every name and value one that `text` says. */
function usableChannel(c: unknown, text: string): boolean {
  if (!isRecord(c) || typeof c.name !== 'string' || !text.includes(c.name)) return false;
  if (typeof c.type !== 'string' || !Object.hasOwn(CHANNEL_TYPES, c.type)) return false;
  if (!isRecord(c.fields) || !isRecord(c.at) || !isRecord(c.at.key) || !isRecord(c.at.fields)) return false;
  const spec = CHANNEL_TYPES[c.type as ChannelTypeName];
  return Object.entries(c.fields).every(([field, v]) => {
    if (!Object.hasOwn(spec.fields, field) || !text.includes(field)) return false;
    const values = Array.isArray(v) ? v : [v];
    return values.every((x) => typeof x === 'string' && text.includes(x));
  });
}
