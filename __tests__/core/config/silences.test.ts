import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/core/config/load.js';
import { UserError } from '../../../src/core/diagnostics.js';
import { formatDiagnostic } from '../../../src/core/diagnostics.js';

const HEAD = `version: 1
alerts:
  - name: acc-top1
    metric: accuracy
    op: "<"
    threshold: 0.9
silences:
`;

function load(silences: string, now?: number) {
  const defaultWebhookUrl = 'https://hooks.slack.com/services/T/B/x';
  return loadConfig({ text: HEAD + silences, file: 'alerts.yml', env: {}, defaultWebhookUrl, ...(now ? { now } : {}) });
}

function errorsOf(silences: string): string[] {
  try {
    load(silences);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).message.split('\n');
  }
  throw new Error('expected the file to be refused');
}

describe('silences in alerts.yml', () => {
  it('compiles a one-off and a weekly silence', () => {
    const { config, warnings } = load(
      `  - alerts: "acc-*"
    experiments: iris
    until: 2026-03-09T08:00+02:00
    reason: retraining
  - every: "Sat 00:00 - Mon 06:00"
    timezone: Europe/Berlin
    reason: weekend
`,
      Date.parse('2026-03-01T00:00:00Z'),
    );
    expect(warnings).toEqual([]);
    expect(config.silences).toEqual([
      { alerts: 'acc-*', experiments: 'iris', reason: 'retraining', until: '2026-03-09T06:00:00.000Z' },
      {
        reason: 'weekend',
        every: { start: 5 * 1440, end: 360, timeZone: 'Europe/Berlin', text: 'Sat 00:00 - Mon 06:00' },
      },
    ]);
    expect(load('  - every: "Sun 22:00 - Mon 02:00"\n    reason: r\n').config.silences[0]!.every!.timeZone).toBe('UTC');
    expect(loadConfig({ text: HEAD.replace('silences:\n', ''), file: 'alerts.yml', env: {} }).config.silences).toEqual(
      [],
    );
  });

  it('reports every problem with its position, what was found and what is allowed', () => {
    const errs = errorsOf(`  - alert: acc-top1
    until: 2026-03-09
    reason: a
  - every: "Saturday 00:00 - Mon 6:00"
    timezone: Europe/Berln
    reason: b
  - until: 2026-02-30T06:00:00Z
    every: "Sat 00:00 - Mon 06:00"
    reason: c
  - until: 2026-03-09T06:00:00Z
    timezone: UTC
    reason: d
  - reason: e
  - every: "Sat 00:00 - Mon 06:00"
    timezone: berlin
`);
    expect(errs).toEqual([
      'alerts.yml:8:5: unknown key "alert" in silences[0]; allowed: alerts, experiments, until, every, timezone, reason. Did you mean "alerts"?',
      'alerts.yml:9:12: silences[0].until: "2026-03-09" is not an ISO 8601 time with a zone; allowed: an ISO 8601 date and time with a zone, like 2026-03-09T06:00:00Z or 2026-03-09T08:00+02:00',
      'alerts.yml:11:12: silences[1].every: "Saturday 00:00 - Mon 6:00": "Saturday" is not a day; allowed: Mon, Tue, Wed, Thu, Fri, Sat, Sun. Did you mean "Sat"?; "6:00" is not a 24-hour time; allowed: HH:MM from 00:00 to 23:59',
      'alerts.yml:12:15: silences[1].timezone "Europe/Berln" is not a known IANA time zone; allowed: a name like Europe/Berlin, America/New_York or UTC. Did you mean "Europe/Berlin"?',
      'alerts.yml:14:12: silences[2].until "2026-02-30T06:00:00Z" is not a real date and time; allowed: an ISO 8601 date and time with a zone, like 2026-03-09T06:00:00Z or 2026-03-09T08:00+02:00',
      'alerts.yml:15:12: silences[2]: set until (a one-off silence) or every (a weekly window), not both',
      'alerts.yml:18:15: silences[3].timezone applies to every only; until carries its own zone (Z or +02:00)',
      'alerts.yml:20:5: silences[4] needs until (an ISO 8601 time, like 2026-03-09T06:00:00Z) or every (a weekly window, like "Sat 00:00 - Mon 06:00")',
      'alerts.yml:21:5: silences[5].reason is required but missing',
      'alerts.yml:22:15: silences[5].timezone "berlin" is not a known IANA time zone; allowed: a name like Europe/Berlin, America/New_York or UTC. Did you mean "Europe/Berlin"?',
    ]);
  });

  it('an expired silence and one that names no alert are warnings with their positions', () => {
    const { config, warnings } = load(
      `  - alerts: acc-top1
    until: 2026-03-01T00:00:00Z
    reason: retraining
  - alerts: "acc-top5*"
    every: "Sat 00:00 - Mon 06:00"
    reason: weekend
`,
      Date.parse('2026-03-08T12:00:00Z'),
    );
    expect(config.silences).toHaveLength(2);
    expect(warnings.map(formatDiagnostic)).toEqual([
      'alerts.yml:9:12: silence "retraining" expired (until 2026-03-01 00:00 UTC, which is past): it silences nothing; remove it',
      'alerts.yml:11:5: silence "weekend": alerts "acc-top5*" matches no alert of the file. Did you mean "acc-top1"?',
    ]);
    // Without a time (compiling only) nothing is expired.
    expect(load('  - until: 2026-03-01T00:00:00Z\n    reason: r\n').warnings).toEqual([]);
  });
});
