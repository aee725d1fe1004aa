import { describe, expect, it } from '@jest/globals';
import {
  activeSilences,
  instantOf,
  isExpired,
  parseUntil,
  parseWeekly,
  silenceFor,
  suggestTimeZone,
  windowAt,
} from '../../src/core/silences.js';
import type { Silence, WeeklyWindow } from '../../src/core/types.js';

function weekly(text: string, timeZone = 'UTC'): WeeklyWindow {
  const parsed = parseWeekly(text);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return { ...parsed, timeZone, text };
}

/** The window occurrence holding `iso`, as "FROM..TO" in UTC, or "no". */
function at(w: WeeklyWindow, iso: string): string {
  const r = windowAt(w, Date.parse(iso));
  return r ? `${new Date(r.from).toISOString()}..${new Date(r.to).toISOString()}` : 'no';
}

const inside = (w: WeeklyWindow, iso: string) => windowAt(w, Date.parse(iso)) !== undefined;

describe('weekly windows', () => {
  it('a window within a day, in UTC: the start inclusive, the end exclusive', () => {
    const w = weekly('Wed 09:00 - Wed 17:30');
    // 2026-03-11 is a Wednesday.
    expect(inside(w, '2026-03-11T08:59:59.999Z')).toBe(false);
    expect(at(w, '2026-03-11T09:00:00Z')).toBe('2026-03-11T09:00:00.000Z..2026-03-11T17:30:00.000Z');
    expect(inside(w, '2026-03-11T17:29:59.999Z')).toBe(true);
    expect(inside(w, '2026-03-11T17:30:00Z')).toBe(false);
    expect(inside(w, '2026-03-12T10:00:00Z')).toBe(false);
    expect(inside(w, '2026-03-18T10:00:00Z')).toBe(true); // every week
  });

  it('windows that wrap the week: Fri 18:00 - Mon 06:00 and Sun 22:00 - Mon 02:00', () => {
    const weekend = weekly('Fri 18:00 - Mon 06:00');
    expect(inside(weekend, '2026-03-06T17:59:00Z')).toBe(false);
    expect(at(weekend, '2026-03-06T18:00:00Z')).toBe('2026-03-06T18:00:00.000Z..2026-03-09T06:00:00.000Z');
    expect(inside(weekend, '2026-03-08T12:00:00Z')).toBe(true);
    expect(inside(weekend, '2026-03-09T05:59:59Z')).toBe(true);
    expect(inside(weekend, '2026-03-09T06:00:00Z')).toBe(false);
    expect(inside(weekend, '2026-03-11T12:00:00Z')).toBe(false);
    const night = weekly('Sun 22:00 - Mon 02:00');
    expect(inside(night, '2026-03-08T21:59:00Z')).toBe(false);
    expect(inside(night, '2026-03-08T23:00:00Z')).toBe(true);
    expect(inside(night, '2026-03-09T01:59:00Z')).toBe(true);
    expect(inside(night, '2026-03-09T02:00:00Z')).toBe(false);
  });

  it("a zone's wall-clock time: Sat 00:00 - Mon 06:00 in Europe/Berlin is Fri 23:00 - Mon 05:00 UTC in winter", () => {
    const w = weekly('Sat 00:00 - Mon 06:00', 'Europe/Berlin');
    expect(at(w, '2026-03-07T12:00:00Z')).toBe('2026-03-06T23:00:00.000Z..2026-03-09T05:00:00.000Z');
    expect(inside(w, '2026-03-06T22:59:00Z')).toBe(false);
    expect(inside(w, '2026-03-09T05:00:00Z')).toBe(false);
    // Across Berlin's spring change (2026-03-29 02:00 CET -> 03:00 CEST): the window is an hour shorter in real time.
    expect(at(w, '2026-03-29T12:00:00Z')).toBe('2026-03-27T23:00:00.000Z..2026-03-30T04:00:00.000Z');
  });

  it('America/New_York spring forward (2026-03-08): Sun 01:00 - Sun 04:00 spans 2 real hours, the skipped hour in none', () => {
    const w = weekly('Sun 01:00 - Sun 04:00', 'America/New_York');
    expect(inside(w, '2026-03-08T05:59:00Z')).toBe(false); // 00:59 EST
    expect(at(w, '2026-03-08T06:00:00Z')).toBe('2026-03-08T06:00:00.000Z..2026-03-08T08:00:00.000Z'); // 01:00 EST
    expect(inside(w, '2026-03-08T06:59:59Z')).toBe(true); // 01:59:59 EST, then the clock shows 03:00 EDT
    expect(inside(w, '2026-03-08T07:00:00Z')).toBe(true); // 03:00 EDT
    expect(inside(w, '2026-03-08T07:59:59Z')).toBe(true);
    expect(inside(w, '2026-03-08T08:00:00Z')).toBe(false); // 04:00 EDT: the end is exclusive
  });

  it('America/New_York fall back (2026-11-01): Sun 01:00 - Sun 04:00 spans 4 real hours, the repeated hour twice', () => {
    const w = weekly('Sun 01:00 - Sun 04:00', 'America/New_York');
    expect(inside(w, '2026-11-01T04:59:00Z')).toBe(false); // 00:59 EDT
    expect(at(w, '2026-11-01T05:00:00Z')).toBe('2026-11-01T05:00:00.000Z..2026-11-01T09:00:00.000Z'); // 01:00 EDT
    expect(inside(w, '2026-11-01T06:30:00Z')).toBe(true); // 01:30 EST, the second 01:30
    expect(inside(w, '2026-11-01T08:59:00Z')).toBe(true); // 03:59 EST
    expect(inside(w, '2026-11-01T09:00:00Z')).toBe(false); // 04:00 EST
  });

  it('a start the clock skips opens at the jump; an end the clock shows twice closes at its first showing', () => {
    const skipped = weekly('Sun 02:30 - Sun 05:00', 'America/New_York');
    expect(inside(skipped, '2026-03-08T06:59:00Z')).toBe(false); // 01:59 EST
    expect(at(skipped, '2026-03-08T07:00:00Z')).toBe('2026-03-08T07:00:00.000Z..2026-03-08T09:00:00.000Z'); // 03:00 EDT
    expect(new Date(instantOf(Date.UTC(2026, 2, 8, 2, 30), 'America/New_York')).toISOString()).toBe(
      '2026-03-08T07:00:00.000Z',
    );
    const twice = weekly('Sun 00:00 - Sun 01:30', 'America/New_York');
    expect(at(twice, '2026-11-01T05:29:00Z')).toBe('2026-11-01T04:00:00.000Z..2026-11-01T05:30:00.000Z'); // 01:29 EDT
    expect(inside(twice, '2026-11-01T05:30:00Z')).toBe(false); // 01:30 EDT
    expect(inside(twice, '2026-11-01T06:15:00Z')).toBe(false); // 01:15 EST: the repeated hour is after the end
    const fromTwice = weekly('Sun 01:30 - Sun 03:00', 'America/New_York');
    expect(at(fromTwice, '2026-11-01T06:45:00Z')).toBe('2026-11-01T05:30:00.000Z..2026-11-01T08:00:00.000Z');
  });

  it('a zone east of UTC across midnight: Asia/Tokyo Mon 08:00 - Mon 09:00 is Sun 23:00 - Mon 00:00 UTC', () => {
    const w = weekly('Mon 08:00 - Mon 09:00', 'Asia/Tokyo');
    expect(at(w, '2026-03-08T23:30:00Z')).toBe('2026-03-08T23:00:00.000Z..2026-03-09T00:00:00.000Z');
    expect(inside(w, '2026-03-09T00:00:00Z')).toBe(false);
  });
});

describe('parsing', () => {
  it('every: days Mon..Sun, 24-hour times, what was found and what is allowed', () => {
    expect(parseWeekly('Sat 00:00 - Mon 06:00')).toEqual({ start: 5 * 1440, end: 360 });
    expect(parseWeekly('Sun 23:59 - Mon 00:00')).toEqual({ start: 6 * 1440 + 1439, end: 0 });
    expect(parseWeekly('Sat 00:00 to Mon 06:00')).toEqual({
      problem:
        '"Sat 00:00 to Mon 06:00" is not a weekly window; allowed: "DAY HH:MM - DAY HH:MM" with DAY one of Mon, Tue, Wed, Thu, Fri, Sat, Sun and a 24-hour time HH:MM (00:00 to 23:59), like "Sat 00:00 - Mon 06:00"',
    });
    expect(parseWeekly('Saturday 00:00 - Mon 24:00')).toEqual({
      problem:
        '"Saturday 00:00 - Mon 24:00": "Saturday" is not a day; allowed: Mon, Tue, Wed, Thu, Fri, Sat, Sun. Did you mean "Sat"?; "24:00" is not a 24-hour time; allowed: HH:MM from 00:00 to 23:59',
    });
    expect(parseWeekly('mon 6:00 - Tue 07:00')).toEqual({
      problem:
        '"mon 6:00 - Tue 07:00": "mon" is not a day; allowed: Mon, Tue, Wed, Thu, Fri, Sat, Sun. Did you mean "Mon"?; "6:00" is not a 24-hour time; allowed: HH:MM from 00:00 to 23:59',
    });
    expect(parseWeekly('Sat 00:00 - Sat 00:00')).toMatchObject({ problem: expect.stringContaining('would be empty') });
  });

  it('until: an ISO 8601 time with a zone, a real date', () => {
    expect(parseUntil('2026-03-09T06:00:00Z')).toBe(Date.parse('2026-03-09T06:00:00Z'));
    expect(parseUntil('2026-03-09T08:00+02:00')).toBe(Date.parse('2026-03-09T06:00:00Z'));
    expect(parseUntil('2026-03-09T06:00:00.5Z')).toBe(Date.parse('2026-03-09T06:00:00.500Z'));
    expect(parseUntil('2026-03-09')).toBeUndefined(); // no time
    expect(parseUntil('2026-03-09T06:00:00')).toBeUndefined(); // no zone
    expect(parseUntil('2026-02-30T06:00Z')).toBeUndefined();
    expect(parseUntil('2026-03-09T25:00Z')).toBeUndefined();
    expect(parseUntil('next monday')).toBeUndefined();
  });

  it('time zones: the closest known name is suggested', () => {
    expect(suggestTimeZone('Europe/Berln')).toBe('Europe/Berlin');
    expect(suggestTimeZone('berlin')).toBe('Europe/Berlin');
    expect(suggestTimeZone('America/NewYork')).toBe('America/New_York');
    expect(suggestTimeZone('utc')).toBe('UTC');
    expect(suggestTimeZone('Mars/Olympus_Mons_Base')).toBeUndefined();
  });
});

describe('which silence covers an instance', () => {
  const until: Silence = {
    alerts: 'acc-*',
    experiments: 'iris',
    reason: 'retraining',
    until: '2026-03-09T06:00:00.000Z',
  };
  const weekend: Silence = { reason: 'weekend', every: weekly('Sat 00:00 - Mon 06:00', 'Europe/Berlin') };

  it('globs on alert and experiment, absent = every one; until exclusive; the first active silence wins', () => {
    const friday = activeSilences([until, weekend], Date.parse('2026-03-06T12:00:00Z'));
    expect(friday.map((a) => a.silence.reason)).toEqual(['retraining']);
    expect(silenceFor(friday, 'acc-top1', 'iris')?.silence).toBe(until);
    expect(silenceFor(friday, 'acc-top1', 'iris-v2')).toBeUndefined();
    expect(silenceFor(friday, 'loss', 'iris')).toBeUndefined();
    const saturday = activeSilences([until, weekend], Date.parse('2026-03-07T12:00:00Z'));
    expect(silenceFor(saturday, 'acc-top1', 'iris')?.silence).toBe(until);
    expect(silenceFor(saturday, 'loss', 'mnist')).toEqual({
      silence: weekend,
      until: Date.parse('2026-03-09T05:00:00Z'),
    });
    expect(activeSilences([until], Date.parse('2026-03-09T05:59:59.999Z'))).toHaveLength(1);
    expect(activeSilences([until], Date.parse('2026-03-09T06:00:00Z'))).toEqual([]);
  });

  it('an until in the past is expired; a weekly window never is', () => {
    expect(isExpired(until, Date.parse('2026-03-09T06:00:00Z'))).toBe(true);
    expect(isExpired(until, Date.parse('2026-03-09T05:00:00Z'))).toBe(false);
    expect(isExpired(weekend, Date.parse('2030-01-01T00:00:00Z'))).toBe(false);
  });
});
