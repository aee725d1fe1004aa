// Silences through the bundled action and CLI (bin/metric-alerts.js, which runs dist/cli): processes started at chosen instants (helpers/clock.mjs), history in a
// file, messages to a loopback Slack, as a user's workflow runs them over a weekend.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { clockArgs, runAction, tempDir, writeFiles, type ActionRun } from '../helpers/run-action.js';
import { messageText, slackForSuite, type Received } from '../helpers/slack-server.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const slack = slackForSuite();

const rules = (silences: string) => `version: 1
channels:
  ml-alerts:
    type: slack
    url: \${SLACK_WEBHOOK_URL}
alerts:
  - name: acc
    experiment: iris
    metric: accuracy
    op: "<"
    threshold: 0.9
    channels: [ml-alerts]
silences:
${silences}`;

const UNTIL = `  - alerts: acc
    experiments: "ir*"
    until: 2026-03-09T06:00:00Z
    reason: "retraining <b>|*x*"
`;

interface Step {
  run: ActionRun;
  result: Record<string, unknown>;
  sent: Received[];
}

/** One workflow run of experiment iris at `now`, sharing the workspace's history file. */
async function step(ws: string, now: string, value: number, runId: string): Promise<Step> {
  writeFiles(ws, { 'out/metrics.json': JSON.stringify({ accuracy: value }) });
  const before = slack.server.received.length;
  const run = await runAction({
    workspace: ws,
    runId,
    now,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file' },
    env: { SLACK_WEBHOOK_URL: slack.server.url() },
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { run, result: JSON.parse(run.outputs.results!)[0], sent: slack.server.received.slice(before) };
}

function cli(args: string[], cwd: string, now?: string) {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: cwd,
    SLACK_WEBHOOK_URL: slack.server.url(),
    ...(now ? { FAKE_NOW: now } : {}),
  };
  const r = spawnSync(process.execPath, [...clockArgs(now), path.join(ROOT, 'bin/metric-alerts.js'), ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('silences through dist/index.js', () => {
  it('holds back a fire until `until`, then sends it once saying since when, then nothing', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': rules(UNTIL) });

    const first = await step(ws, '2026-03-08T12:00:00Z', 0.8, '101');
    expect(first.sent).toEqual([]);
    expect(first.result).toMatchObject({ state: 'firing', event: 'fired', silenced: true, deliveries: [] });
    expect(first.run.outputs.fired).toBe('1');
    expect(first.run.summary).toContain('🔴 firing · fired · 🔕 silenced');
    expect(first.run.summary).toContain(
      [
        '### 🔕 Silences',
        '',
        '| Silenced | Until | Reason | Held back this run |',
        '|---|---|---|---|',
        '| alerts acc, experiments ir\\* | until 2026-03-09 06:00 UTC | retraining &lt;b&gt;\\|\\*x\\* | acc · iris (fired) |',
      ].join('\n'),
    );
    const history = cli(['history', '--json', '--history-file', 'alerts-history.json'], ws);
    expect(history.code).toBe(0);
    expect(JSON.parse(history.out)).toEqual([
      expect.objectContaining({ alert: 'acc', experiment: 'iris', event: 'fired', silenced: true, deliveries: [] }),
    ]);
    expect(cli(['history'], ws).out).toContain('silenced (not sent)');

    // Still inside the silence: a later run sends nothing either (the silenced event is not owed).
    const second = await step(ws, '2026-03-09T05:59:00Z', 0.82, '102');
    expect(second.sent).toEqual([]);
    expect(second.result).toMatchObject({ state: 'firing', event: null, silenced: true });

    // The silence is over: exactly one message, a fired event that says since when.
    const third = await step(ws, '2026-03-09T06:00:00Z', 0.81, '103');
    expect(third.sent).toHaveLength(1);
    const text = messageText(third.sent[0]!);
    expect(text).toContain('*acc* is firing');
    expect(text).toContain(
      '`accuracy = 0.81` · condition &lt; 0.9; firing since 2026-03-08 12:00 UTC (3 runs / 18 h), held back by a silence',
    );
    expect(third.result).toMatchObject({ event: 'fired', state: 'firing' });
    expect(third.result.silenced).toBeUndefined();
    expect(third.run.summary).toContain(
      '**Sent now that a silence is over** (fired while silenced, still firing): acc · iris (fired)',
    );
    expect(third.run.stdout).toContain('silence "retraining <b>|*x*" expired');

    const fourth = await step(ws, '2026-03-09T07:00:00Z', 0.8, '104');
    expect(fourth.sent).toEqual([]);
    expect(fourth.result).toMatchObject({ state: 'firing', event: null });
    const events = JSON.parse(cli(['history', '--json', '--history-file', 'alerts-history.json'], ws).out);
    expect(
      events.map((e: Record<string, unknown>) => [e.event, e.silenced ?? false, e.after_silence ?? false]),
    ).toEqual([
      ['fired', false, true],
      ['fired', true, false],
    ]);
  });

  it('a weekly window in America/New_York across the 2026-03-08 change: held back inside, sent outside', async () => {
    const weekly = `  - every: "Sun 01:00 - Sun 04:00"
    timezone: America/New_York
    reason: nightly maintenance
`;
    // 05:30Z is 00:30 EST, before the window (a fixed EDT offset would put it inside): sent at once.
    const before = tempDir();
    writeFiles(before, { 'alerts.yml': rules(weekly) });
    const early = await step(before, '2026-03-08T05:30:00Z', 0.8, '201');
    expect(early.sent).toHaveLength(1);
    expect(early.result.silenced).toBeUndefined();
    expect(early.run.summary).not.toContain('🔕 Silences');

    // 07:30Z is 03:30 EDT, just after the clock jumped from 02:00 to 03:00: inside the window.
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': rules(weekly) });
    const inside = await step(ws, '2026-03-08T07:30:00Z', 0.8, '202');
    expect(inside.sent).toEqual([]);
    expect(inside.result).toMatchObject({ event: 'fired', silenced: true });
    expect(inside.run.summary).toContain(
      '| every alert, every experiment | every Sun 01:00 - Sun 04:00 (America/New\\_York): now until 2026-03-08 08:00 UTC | nightly maintenance | acc · iris (fired) |',
    );

    // 08:30Z is 04:30 EDT, after the window (a fixed EST offset would put it inside): the held-back fire is sent.
    const after = await step(ws, '2026-03-08T08:30:00Z', 0.8, '203');
    expect(after.sent).toHaveLength(1);
    expect(messageText(after.sent[0]!)).toContain(
      'firing since 2026-03-08 07:30 UTC (2 runs / 1 h), held back by a silence',
    );
  });
});

describe('metric-alerts validate with silences', () => {
  it('an expired silence is a warning with its position; the file is valid (exit 0)', () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': rules(UNTIL) });
    const late = cli(['validate'], ws, '2026-03-10T00:00:00Z');
    expect(late).toMatchObject({ code: 0, out: 'alerts.yml: OK (1 alert, 1 channel, 1 silence)\n' });
    expect(late.err).toBe(
      'warning: alerts.yml:16:12: silence "retraining <b>|*x*" expired (until 2026-03-09 06:00 UTC, which is past): it silences nothing; remove it\n',
    );
    expect(cli(['validate'], ws, '2026-03-08T00:00:00Z')).toMatchObject({ code: 0, err: '' });
  });

  it('a bad window and an unknown time zone are errors with positions (exit 2)', () => {
    const ws = tempDir();
    writeFiles(ws, {
      'alerts.yml': rules('  - every: "Sat 00:00 - Mon 6:00"\n    timezone: America/NewYork\n    reason: r\n'),
    });
    const r = cli(['validate'], ws);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([
      'alerts.yml:14:12: silences[0].every: "Sat 00:00 - Mon 6:00": "6:00" is not a 24-hour time; allowed: HH:MM from 00:00 to 23:59',
      'alerts.yml:15:15: silences[0].timezone "America/NewYork" is not a known IANA time zone; allowed: a name like Europe/Berlin, America/New_York or UTC. Did you mean "America/New_York"?',
    ]);
  });
});
