// The `silences` of alerts.yml (SPEC §4): checked beyond the schema (a real time, a weekly window, a known time zone,
// until or every), compiled to plain JSON with their positions; warnings that depend on the time or the alerts.
import { describeValue, suggest, type Diagnostic } from '../diagnostics.js';
import { globToRegExp } from '../glob.js';
import { isRecord } from '../records.js';
import {
  DEFAULT_TIME_ZONE,
  describeWhen,
  isExpired,
  isTimeZone,
  parseUntil,
  parseWeekly,
  suggestTimeZone,
  UNTIL_PATTERN,
} from '../silences.js';
import type { AlertRule, Silence } from '../types.js';
import type { Check } from './load.js';
import type { RawSilence } from './schema.js';
import type { Position } from './url.js';
import type { Path } from './yaml-positions.js';

/** A silence as compiled, with where it is (its `until`, else the entry) for warnings about it. */
export interface CompiledSilence {
  silence: Silence;
  at: Position;
}

const UNTIL_ALLOWED =
  'allowed: an ISO 8601 date and time with a zone, like 2026-03-09T06:00:00Z or 2026-03-09T08:00+02:00';

/** What is wrong with an `until` (what was found and what is allowed). */
export function untilProblem(text: string): string {
  const why = UNTIL_PATTERN.test(text) ? 'is not a real date and time' : 'is not an ISO 8601 time with a zone';
  return `${describeValue(text)} ${why}; ${UNTIL_ALLOWED}`;
}

/** What is wrong with an `every`. */
export function everyProblem(text: string): string {
  const parsed = parseWeekly(text);
  return 'problem' in parsed ? parsed.problem : `${describeValue(text)} is not a weekly window`;
}

/** Every entry of `silences` checked; the ones without a problem compiled. */
export function compileSilences(ctx: Check): CompiledSilence[] {
  const { raw } = ctx;
  if (!Array.isArray(raw.silences)) return [];
  const out: CompiledSilence[] = [];
  raw.silences.forEach((s: unknown, i) => {
    if (!isRecord(s)) return;
    const compiled = compileSilence(ctx, s as Partial<RawSilence>, ['silences', i]);
    if (compiled) out.push(compiled);
  });
  return out;
}

function compileSilence(ctx: Check, s: Partial<RawSilence>, path: Path): CompiledSilence | undefined {
  const { at, valid } = ctx;
  let problems = 0;
  const err = (p: Path, message: string, key = false) => {
    problems++;
    ctx.err(p, message, key);
  };
  const where = `silences[${String(path[1])}]`;
  const ok = (field: string) => typeof s[field as keyof RawSilence] === 'string' && valid([...path, field]);
  if (s.until !== undefined && s.every !== undefined) {
    err([...path, 'every'], `${where}: set until (a one-off silence) or every (a weekly window), not both`);
  } else if (s.until === undefined && s.every === undefined) {
    err(
      path,
      `${where} needs until (an ISO 8601 time, like 2026-03-09T06:00:00Z) or every (a weekly window, like "Sat 00:00 - Mon 06:00")`,
    );
  }
  if (s.timezone !== undefined && s.every === undefined) {
    err([...path, 'timezone'], `${where}.timezone applies to every only; until carries its own zone (Z or +02:00)`);
  }
  const until = ok('until') ? parseUntil(s.until!) : undefined;
  if (ok('until') && until === undefined) err([...path, 'until'], `${where}.until ${untilProblem(s.until!)}`);
  const window = ok('every') ? parseWeekly(s.every!) : undefined;
  if (window && 'problem' in window) err([...path, 'every'], `${where}.every ${window.problem}`);
  if (ok('timezone') && !isTimeZone(s.timezone!)) {
    const hint = suggestTimeZone(s.timezone!);
    err(
      [...path, 'timezone'],
      `${where}.timezone ${describeValue(s.timezone)} is not a known IANA time zone; allowed: a name like Europe/Berlin, America/New_York or UTC${hint ? `. Did you mean "${hint}"?` : ''}`,
    );
  }
  for (const field of ['alerts', 'experiments'] as const) {
    if (ok(field) && /\s/.test(s[field]!))
      err(
        [...path, field],
        `${where}.${field} ${describeValue(s[field])} contains white space; allowed: a name or a glob with * and ?`,
      );
  }
  if (problems > 0 || !valid(path)) return undefined;
  const silence: Silence = { reason: s.reason! };
  if (s.alerts !== undefined) silence.alerts = s.alerts;
  if (s.experiments !== undefined) silence.experiments = s.experiments;
  if (until !== undefined) silence.until = new Date(until).toISOString();
  if (window && !('problem' in window))
    silence.every = { ...window, timeZone: s.timezone ?? DEFAULT_TIME_ZONE, text: s.every! };
  return { silence, at: at(until !== undefined ? [...path, 'until'] : path) };
}

/**
 * Warnings about silences that are well formed but do nothing: one whose `until` is past at `now` (expired), one whose
 * `alerts` names no alert of the file.
 */
export function silenceWarnings(
  silences: readonly CompiledSilence[],
  alerts: readonly Pick<AlertRule, 'name'>[],
  file: string,
  now: number | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { silence, at } of silences) {
    if (now !== undefined && isExpired(silence, now)) {
      out.push({
        file,
        ...at,
        message: `silence "${silence.reason}" expired (${describeWhen(silence)}, which is past): it silences nothing; remove it`,
      });
    }
    const pattern = silence.alerts;
    if (pattern !== undefined && !alerts.some((a) => globToRegExp(pattern).test(a.name))) {
      const hint = suggest(
        pattern,
        alerts.map((a) => a.name),
      );
      out.push({
        file,
        ...at,
        message: `silence "${silence.reason}": alerts ${describeValue(pattern)} matches no alert of the file${hint ? `. Did you mean "${hint}"?` : ''}`,
      });
    }
  }
  return out;
}
