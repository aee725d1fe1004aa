// Ad-hoc messages end to end: the bundled CLI (bin/metric-alerts.js) and the bundled action (dist/index.js) against
// the Slack stand-in, with a history file: sent, held back within wait-duration (and the message says when it was
// sent), sent again after it; a failed delivery is not held back; desktop channels run a real (fake) notify-send on
// PATH from the CLI and are skipped in the action.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fakeCommands, type FakeCommands } from '../helpers/fake-command.js';
import { runAction, tempDir, writeFiles } from '../helpers/run-action.js';
import { startSlack, type SlackStandIn } from '../helpers/slack-server.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RULES = `version: 1
channels:
  ml-alerts:
    type: slack
    url: \${HOOK}
  team:
    type: slack
    url: \${HOOK2}
alerts:
  - name: acc
    metric: accuracy
    op: "<"
    threshold: 0.9
    channels: [ml-alerts]
`;

interface NoteDoc {
  notes?: {
    title: string;
    text: string;
    level: string;
    at: string;
    deliveries: { channel: string; ok: boolean; at: string }[];
  }[];
}

function bin(args: string[], cwd: string, env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/metric-alerts.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const ledger = (ws: string, file = 'alerts-history.json') =>
  JSON.parse(readFileSync(path.join(ws, file), 'utf8')) as NoteDoc & Record<string, unknown>;

/** Moves every recorded note back by `ms`, as if that much time had passed. */
function age(ws: string, ms: number, file = 'alerts-history.json'): void {
  const doc = ledger(ws, file);
  const back = (iso: string) => new Date(Date.parse(iso) - ms).toISOString();
  doc.notes = doc.notes!.map((n) => ({
    ...n,
    at: back(n.at),
    deliveries: n.deliveries.map((d) => ({ ...d, at: back(d.at) })),
  }));
  writeFileSync(path.join(ws, file), JSON.stringify(doc));
}

let slack: SlackStandIn;
beforeAll(async () => {
  slack = await startSlack();
});
afterAll(() => slack.close());

describe('metric-alerts notify (bundled CLI)', () => {
  const NOTE = ['notify', '--title', 'Training done', '--text', 'model v12 is ready', '--wait-duration', '1h'];

  it('sends, holds back within wait-duration (saying when it was sent), sends again after it', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES });
    const env = { HOOK: slack.url('/n1/a'), HOOK2: slack.url('/n1/b') };
    const first = await bin(NOTE, ws, env);
    expect(first).toMatchObject({ code: 0, stdout: 'sent to channel ml-alerts\nsent to channel team\n' });
    const got = slack.received.filter((r) => r.path.startsWith('/n1/'));
    expect(got.map((r) => r.path).sort()).toEqual(['/n1/a', '/n1/b']);
    expect(got[0]!.body).toContain('Training done');
    expect(got[0]!.body).toContain('model v12 is ready');
    const notes = ledger(ws).notes!;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ title: 'Training done', text: 'model v12 is ready', level: 'info' });
    expect(notes[0]!.deliveries.map((d) => [d.channel, d.ok])).toEqual([
      ['ml-alerts', true],
      ['team', true],
    ]);
    const sentAt = notes[0]!.deliveries[0]!.at;

    const again = await bin(NOTE, ws, env);
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n')).toContain(
      `not sent to channel ml-alerts: a note with the same title was sent to it under 1 min ago, at ${sentAt} (wait-duration 1h)`,
    );
    expect(slack.received.filter((r) => r.path.startsWith('/n1/'))).toHaveLength(2);
    expect(ledger(ws).notes).toHaveLength(1); // held back everywhere: nothing written

    age(ws, 2 * 3_600_000);
    const later = await bin(NOTE, ws, env);
    expect(later).toMatchObject({ code: 0, stdout: 'sent to channel ml-alerts\nsent to channel team\n' });
    expect(slack.received.filter((r) => r.path.startsWith('/n1/'))).toHaveLength(4);
    expect(ledger(ws).notes).toHaveLength(2);
  });

  it('--channel picks channels; a failed delivery exits 1 and is not held back next time; no secret shown', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES });
    const env = { HOOK: slack.url('/n2/a'), HOOK2: slack.url('/n2/b') };
    slack.answer('/n2/b', { status: 404, body: 'channel_not_found' });
    const failed = await bin([...NOTE, '--level', 'critical'], ws, env);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe(
      'sent to channel ml-alerts\ndelivery to channel team failed: channel_not_found (1 attempt)\n',
    );
    const second = await bin([...NOTE, '--channel', 'team'], ws, env);
    expect(second).toMatchObject({ code: 0, stdout: 'sent to channel team\n' });
    expect(slack.received.filter((r) => r.path === '/n2/a')).toHaveLength(1);
    expect(slack.received.filter((r) => r.path === '/n2/b')).toHaveLength(2);
    const all = `${failed.stdout}${failed.stderr}${second.stdout}${second.stderr}${readFileSync(path.join(ws, 'alerts-history.json'), 'utf8')}`;
    expect(all).not.toContain('/n2/');
  });

  it('an unknown channel: exit 2 with did-you-mean, nothing sent', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES });
    const r = await bin([...NOTE, '--channel', 'teams'], ws, { HOOK: slack.url('/n3/a'), HOOK2: slack.url('/n3/b') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown channel "teams"; did you mean "team"?');
    expect(slack.received.filter((r) => r.path.startsWith('/n3/'))).toHaveLength(0);
  });
});

describe('desktop channels', () => {
  let fake: FakeCommands;
  beforeAll(() => {
    fake = fakeCommands(['notify-send']);
  });
  afterAll(() => fake.remove());
  const rules =
    'version: 1\nchannels:\n  laptop:\n    type: desktop\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n    channels: [laptop]\n';

  it('the CLI runs notify-send with the note; the action skips it with a notice', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': rules });
    const r = await bin(['notify', '--title', 'Done $(touch PWNED)', '--text', 'a\nb', '--level', 'warning'], ws, {
      PATH: fake.path,
    });
    expect(r).toMatchObject({ code: 0, stdout: 'sent to channel laptop\n' });
    expect(fake.calls().at(-1)!.argv).toEqual([
      '--app-name=metric-alerts',
      '--urgency=normal',
      '--',
      'Done $(touch PWNED)',
      'a\nb',
    ]);
    const calls = fake.calls().length;
    const a = await runAction({
      workspace: ws,
      inputs: { history: 'file', 'notify-title': 'Done', 'notify-text': 'x' },
      env: { PATH: fake.path },
    });
    expect(a.code).toBe(0);
    expect(a.stdout).toContain(
      '::notice::channel laptop: desktop notifications are for local use with the CLI: skipped in GitHub Actions',
    );
    expect(fake.calls()).toHaveLength(calls);
    expect(a.outputs['failed-deliveries']).toBe('0');
  });
  it('a check: the CLI shows one notification for the digest; the action and test-channels skip it', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'alerts.yml': rules,
      'm.json': JSON.stringify({ run_id: 'r1', experiment: '<b>iris</b>', metrics: { accuracy: 0.5 } }),
    });
    const before = fake.calls().length;
    const r = await bin(['check', '--metrics', 'm.json'], ws, { PATH: fake.path });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('sent 1 event(s) to channel laptop');
    const call = fake.calls()[before]!;
    expect(call.argv.slice(0, 4)).toEqual([
      '--app-name=metric-alerts',
      '--urgency=normal',
      '--',
      'metric-alerts: 1 firing',
    ]);
    expect(call.argv[4]).toContain(
      'WARNING acc firing on &lt;b&gt;iris&lt;/b&gt; (accuracy = 0.5, condition &lt; 0.9)',
    );

    const ws2 = tempDir();
    writeFiles(ws2, {
      'alerts.yml': rules,
      'm.json': JSON.stringify({ run_id: 'r1', experiment: 'iris', metrics: { accuracy: 0.5 } }),
    });
    const a = await runAction({
      workspace: ws2,
      inputs: { history: 'file', metrics: 'm.json' },
      env: { PATH: fake.path },
    });
    expect(a.code).toBe(0);
    expect(a.outputs.fired).toBe('1');
    expect(a.stdout).toContain(
      '::notice::channel laptop: desktop notifications are for local use with the CLI: skipped in GitHub Actions',
    );
    const results = JSON.parse(a.outputs.results!) as {
      deliveries: { channel: string; skipped?: boolean; ok: boolean }[];
    }[];
    expect(results[0]!.deliveries).toMatchObject([{ channel: 'laptop', ok: false, skipped: true }]);
    const t = await runAction({ workspace: ws2, inputs: { 'test-channels': 'true' }, env: { PATH: fake.path } });
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('::notice::channel laptop: desktop notifications are for local use with the CLI');
    expect(fake.calls()).toHaveLength(before + 1);
  });
});

describe('the action in note mode (dist/index.js)', () => {
  const inputs = {
    history: 'file',
    'notify-title': 'Nightly eval done',
    'notify-text': 'see the run',
    'notify-level': 'warning',
    'notify-channels': 'ml-alerts',
    'notify-wait-duration': '1h',
  };

  it('sends to the channels named, records it, holds it back on the next run, and evaluates nothing', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES });
    const env = { HOOK: slack.url('/a1/a'), HOOK2: slack.url('/a1/b') };
    const first = await runAction({ workspace: ws, inputs, env });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.outputs['failed-deliveries']).toBe('0');
    expect(first.outputs.checked).toBeUndefined();
    expect(first.summary).toContain('## metric-alerts: note');
    expect(first.summary).toContain('**Nightly eval done** (warning)');
    expect(first.summary).toContain('- sent to ml-alerts');
    expect(slack.received.filter((r) => r.path.startsWith('/a1/')).map((r) => r.path)).toEqual(['/a1/a']);
    expect(ledger(ws).notes).toHaveLength(1);

    const second = await runAction({ workspace: ws, inputs, env });
    expect(second.code).toBe(0);
    expect(second.summary).toMatch(
      /- not sent to ml-alerts: a note with the same title was sent to it under 1 min ago/,
    );
    expect(slack.received.filter((r) => r.path.startsWith('/a1/'))).toHaveLength(1);

    age(ws, 2 * 3_600_000);
    const third = await runAction({ workspace: ws, inputs, env });
    expect(third.summary).toContain('- sent to ml-alerts');
    expect(slack.received.filter((r) => r.path.startsWith('/a1/'))).toHaveLength(2);
  });

  it('a failed delivery: failed-deliveries 1, a warning, the step does not fail', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES });
    slack.answer('/a2/a', { status: 400, body: 'invalid_payload' });
    const r = await runAction({
      workspace: ws,
      inputs: { ...inputs, 'notify-channels': '' },
      env: { HOOK: slack.url('/a2/a'), HOOK2: slack.url('/a2/b') },
    });
    expect(r.code).toBe(0);
    expect(r.outputs['failed-deliveries']).toBe('1');
    expect(r.stdout).toContain(
      '::warning::delivery of the note to channel ml-alerts failed: invalid_payload (1 attempt)',
    );
    expect(r.summary).toContain('- sent to team');
    expect(r.summary).toContain('- failed: ml-alerts: invalid\\_payload');
  });

  it('a hostile title reaches the log and the summary as text; wait-duration without history warns', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES });
    const title = '::error::boom <img src=x> | **bold** \u202Eevil';
    const r = await runAction({
      workspace: ws,
      inputs: { ...inputs, history: 'none', 'notify-title': title },
      env: { HOOK: slack.url('/a4/a'), HOOK2: slack.url('/a4/b') },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^::error::boom/m);
    expect(r.stdout).not.toContain('\u202E');
    expect(r.stdout).toContain('::warning::wait-duration 1h holds nothing back without a history (history: none)');
    expect(r.summary).toContain('**::error::boom &lt;img src=x&gt; \\| \\*\\*bold\\*\\* evil** (warning)');
    expect(slack.received.filter((x) => x.path === '/a4/a')).toHaveLength(1);
  });

  it('an unknown notify-channels name fails the step with did-you-mean, sending nothing', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES });
    const r = await runAction({
      workspace: ws,
      inputs: { ...inputs, 'notify-channels': 'ml-alert' },
      env: { HOOK: slack.url('/a3/a'), HOOK2: slack.url('/a3/b') },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('unknown channel "ml-alert"; did you mean "ml-alerts"?');
    expect(slack.received.filter((x) => x.path.startsWith('/a3/'))).toHaveLength(0);
  });
});
