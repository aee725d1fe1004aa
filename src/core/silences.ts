// Silences (SPEC §4): which silence covers an alert instance at an instant. Pure: `now` is a parameter.
//
// Weekly windows are read in the zone's wall-clock time (Intl.DateTimeFormat, no dependency). A window opens at the
// first instant the zone's clock shows its start time and closes at the first instant it shows its end time (the end
// is exclusive), so every window is one continuous stretch of real time:
// - a wall time the clock skips (spring forward, 02:30 on 2026-03-08 in America/New_York) is reached when the clock
//   jumps past it: the edge falls on the jump (03:00 EDT);
// - a wall time the clock shows twice (fall back, 01:30 on 2026-11-01 in America/New_York) counts at its first
//   showing (01:30 EDT): a window ending then is over before the repeated hour; one starting then covers both.
import { describeValue, suggest } from './diagnostics.js';
import { utcMinute } from './format.js';
import { matchesExperiment } from './glob.js';
import type { Silence, WeeklyWindow } from './types.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEK_MINUTES = 7 * 1440;
export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const DEFAULT_TIME_ZONE = 'UTC';

/** The form of `every`, for the JSON Schema: "Sat 00:00 - Mon 06:00". */
export const EVERY_PATTERN =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01][0-9]|2[0-3]):[0-5][0-9] - (Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01][0-9]|2[0-3]):[0-5][0-9]$/;
/** The form of `until`: an ISO 8601 date and time with a zone (Z or ±HH:MM), seconds optional. */
export const UNTIL_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const EVERY_ALLOWED = `allowed: "DAY HH:MM - DAY HH:MM" with DAY one of ${DAYS.join(', ')} and a 24-hour time HH:MM (00:00 to 23:59), like "Sat 00:00 - Mon 06:00"`;

/** `every` as minutes of the week, or what is wrong with it (what was found and what is allowed). */
export function parseWeekly(text: string): { start: number; end: number } | { problem: string } {
  const m = /^\s*(\S+)\s+(\S+)\s*-\s*(\S+)\s+(\S+)\s*$/.exec(text);
  if (!m) return { problem: `${describeValue(text)} is not a weekly window; ${EVERY_ALLOWED}` };
  const edges = [edge(m[1]!, m[2]!), edge(m[3]!, m[4]!)];
  const problems = edges.flatMap((e) => ('problem' in e ? [e.problem] : []));
  if (problems.length) return { problem: `${describeValue(text)}: ${problems.join('; ')}` };
  const [start, end] = edges.map((e) => (e as { minutes: number }).minutes) as [number, number];
  if (start === end) {
    return {
      problem: `${describeValue(text)} starts and ends at the same time: the window would be empty; allowed: two different times (a window shorter than a week), or until for a one-off silence`,
    };
  }
  return { start, end };
}

function edge(day: string, time: string): { minutes: number } | { problem: string } {
  const d = (DAYS as readonly string[]).indexOf(day);
  const t = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(time);
  const problems: string[] = [];
  if (d < 0) {
    const hint = suggest(day.slice(0, 3), DAYS) ?? DAYS.find((x) => x.toLowerCase() === day.slice(0, 3).toLowerCase());
    problems.push(
      `${describeValue(day)} is not a day; allowed: ${DAYS.join(', ')}${hint ? `. Did you mean "${hint}"?` : ''}`,
    );
  }
  if (!t) problems.push(`${describeValue(time)} is not a 24-hour time; allowed: HH:MM from 00:00 to 23:59`);
  if (problems.length) return { problem: problems.join('; ') };
  return { minutes: d * 1440 + Number(t![1]) * 60 + Number(t![2]) };
}

/** `until` as epoch milliseconds, or undefined when it is not a real ISO 8601 time with a zone. */
export function parseUntil(text: string): number | undefined {
  if (!UNTIL_PATTERN.test(text)) return undefined;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return undefined;
  // Date.parse rolls 2026-02-30 over to March: the written date and time must be the ones read back.
  const [date, rest] = text.split('T') as [string, string];
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(rest)![1]!;
  const minutes =
    offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  if (Math.abs(minutes) > 18 * 60) return undefined;
  const local = new Date(ms + minutes * MINUTE).toISOString();
  return local.slice(0, 10) === date && local.slice(11, 16) === rest.slice(0, 5) ? ms : undefined;
}

/** Whether the runtime knows this IANA time zone name (its formatter, made once per zone, is the one wallClock uses). */
export function isTimeZone(name: string): boolean {
  try {
    formatterOf(name);
    return true;
  } catch {
    return false;
  }
}

/** The known zone name closest to `name` ("Europe/Berln" -> "Europe/Berlin", "berlin" -> "Europe/Berlin"). */
export function suggestTimeZone(name: string): string | undefined {
  const known = [DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf('timeZone')];
  const city = name.trim().replace(/ /g, '_').toLowerCase();
  return suggest(name, known) ?? known.find((z) => z.split('/').pop()!.toLowerCase() === city);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone for the process (creating one costs more than using it); throws for an unknown zone. */
function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's wall-clock time at instant `t`, as the epoch milliseconds of that date and time read as UTC. */
export function wallClock(t: number, timeZone: string): number {
  const f = formatterOf(timeZone);
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(t))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall + (((t % 1000) + 1000) % 1000);
}

/** The first instant at which the zone's clock shows `wall` or, when the clock skips it, the first after the skip. */
export function instantOf(wall: number, timeZone: string): number {
  const offsets = new Set([-DAY, 0, DAY].map((d) => wallClock(wall + d, timeZone) - (wall + d)));
  const candidates = [...offsets].map((o) => wall - o);
  const exact = candidates.filter((t) => wallClock(t, timeZone) === wall);
  if (exact.length) return Math.min(...exact);
  // Skipped (a spring-forward gap): the clock is before `wall` at lo and past it at hi; find the jump, to the minute.
  let lo = Math.min(...candidates);
  let hi = Math.max(...candidates);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (wallClock(mid, timeZone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The occurrence of a weekly window that holds `now` (from inclusive, to exclusive), or undefined. */
export function windowAt(w: WeeklyWindow, now: number): { from: number; to: number } | undefined {
  const today = Math.floor(wallClock(now, w.timeZone) / DAY) * DAY;
  const startDay = Math.floor(w.start / 1440);
  const length = (((w.end - w.start) % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
  // A window is shorter than a week: the one holding `now` began on one of the last 8 days (a margin for offsets).
  for (let k = 0; k <= 8; k++) {
    const day = today - k * DAY;
    if ((new Date(day).getUTCDay() + 6) % 7 !== startDay) continue;
    const startWall = day + (w.start % 1440) * MINUTE;
    const from = instantOf(startWall, w.timeZone);
    const to = instantOf(startWall + length * MINUTE, w.timeZone);
    if (from <= now && now < to) return { from, to };
  }
  return undefined;
}

/** When the silence stops holding events back, if it holds them at `now` (epoch ms); undefined when it does not. */
export function activeUntil(s: Silence, now: number): number | undefined {
  if (s.until !== undefined) {
    const until = Date.parse(s.until);
    return now < until ? until : undefined;
  }
  return s.every ? windowAt(s.every, now)?.to : undefined;
}

/** Whether a silence names this alert instance (globs as alert `experiment` reads them; absent: every one). */
export function silenceMatches(s: Silence, alert: string, experiment: string): boolean {
  return matchesExperiment(s.alerts, alert) && matchesExperiment(s.experiments, experiment);
}

/** The silences holding events back at `now`, each with when it stops. */
export interface ActiveSilence {
  silence: Silence;
  until: number;
}

export function activeSilences(silences: readonly Silence[], now: number): ActiveSilence[] {
  return silences.flatMap((silence) => {
    const until = activeUntil(silence, now);
    return until === undefined ? [] : [{ silence, until }];
  });
}

/** The first active silence that names the instance, or undefined. */
export function silenceFor(
  active: readonly ActiveSilence[],
  alert: string,
  experiment: string,
): ActiveSilence | undefined {
  return active.find((a) => silenceMatches(a.silence, alert, experiment));
}

/** A one-off silence whose `until` is past at `now`: it silences nothing any more. */
export function isExpired(s: Silence, now: number): boolean {
  return s.until !== undefined && Date.parse(s.until) <= now;
}

/** "alerts acc-*, experiments iris" / "every alert and experiment". */
export function describeMatch(s: Silence): string {
  const parts = [
    s.alerts === undefined ? 'every alert' : `alerts ${s.alerts}`,
    s.experiments === undefined ? 'every experiment' : `experiments ${s.experiments}`,
  ];
  return parts.join(', ');
}

/** "until 2026-03-09 06:00 UTC" / "every Sat 00:00 - Mon 06:00 (Europe/Berlin)". */
export function describeWhen(s: Silence): string {
  if (s.until !== undefined) return `until ${utcMinute(Date.parse(s.until))}`;
  return s.every ? `every ${s.every.text} (${s.every.timeZone})` : '';
}
