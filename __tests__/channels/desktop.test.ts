// The desktop type: what it renders, and the real commands it runs (fake notify-send, osascript and powershell.exe
// executables on PATH that record what they were given).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { channelType, SKIPPED_IN_ACTIONS } from '../../src/channels/desktop/index.js';
import { MAX_BODY, MAX_LINES, MAX_TITLE, type DesktopRequest } from '../../src/channels/desktop/render.js';
import {
  desktopCommand,
  OSASCRIPT_LINES,
  runDesktopCommand,
  TOAST_BODY_VAR,
  TOAST_SCRIPT,
  TOAST_TITLE_VAR,
} from '../../src/channels/desktop/send.js';
import type { DigestItem, SendContext, HttpClient } from '../../src/channels/types.js';
import { eventId, type LedgerEvent } from '../../src/core/history/ledger.js';
import type { DesktopChannel, RunContext } from '../../src/core/types.js';
import { fakeCommands, type FakeCommands } from '../helpers/fake-command.js';
import { ledgerEvent } from '../helpers/fixtures.js';

const ctx: RunContext = { serverUrl: 'https://github.com', repository: 'acme/vision', ref: 'main', sha: 'abcdef1234' };
const channel: DesktopChannel = { name: 'laptop', type: 'desktop' };
const item = (over: Partial<LedgerEvent> = {}, extra: Partial<DigestItem> = {}): DigestItem => ({
  event: ledgerEvent(over),
  recent: [],
  ...extra,
});
/** Quotes, command substitution, backticks, a variable, newlines, markup, a bidi override, an option-looking start. */
const HOSTILE = `--help "x'; $(touch PWNED) \`touch PWNED\` $HOME\nline2\r\n<a href="https://evil">click</a> & \u202Egnp.exe`;

describe('desktop render', () => {
  it('one notification per batch: counts as the title, an event a line critical first, the run context last', () => {
    const out = channelType.render({
      channel,
      ctx,
      items: [item({ alert: 'loss', severity: 'warning' }), item({ alert: 'acc', severity: 'critical' })],
    });
    expect(out).toHaveLength(1);
    const [o] = out;
    expect(o!.destination).toBe('desktop');
    expect(o!.events).toEqual([
      eventId(ledgerEvent({ alert: 'acc', severity: 'critical' })),
      eventId(ledgerEvent({ alert: 'loss', severity: 'warning' })),
    ]);
    expect(o!.request).toEqual({
      title: 'metric-alerts: 2 firing',
      body: [
        'CRITICAL acc firing on iris (accuracy = 0.78, condition < 0.9)',
        'WARNING loss firing on iris (accuracy = 0.78, condition < 0.9)',
        'acme/vision · main · commit abcdef1',
      ].join('\n'),
      urgency: 'critical',
    });
  });

  it('a resolved event reads as resolved, at low urgency; a late event says why', () => {
    const [o] = channelType.render({
      channel,
      ctx: { serverUrl: 'https://github.com', pullRequest: 7 },
      items: [
        item({ kind: 'resolved', state: 'ok', value: 0.93, firingRuns: 3 }),
        item({ alert: 'loss' }, { late: 'failed' }),
      ],
    });
    expect(o!.request.title).toBe('metric-alerts: 1 firing, 1 resolved · PR #7');
    expect(o!.request.body).toContain('acc resolved on iris (accuracy = 0.93, back above 0.9 after 3 runs)');
    expect(o!.request.body).toContain('(sent late: its first delivery failed)');
    const [r] = channelType.render({ channel, ctx, items: [item({ kind: 'resolved', state: 'ok', value: 0.93 })] });
    expect(r!.request.urgency).toBe('low');
  });

  it(`lists at most ${MAX_LINES} events and counts the rest; stays within its limits with 200 events`, () => {
    const items = Array.from({ length: 200 }, (_, i) => item({ alert: `a${i}`, experiment: 'x'.repeat(300) }));
    const [o] = channelType.render({ channel, ctx, items });
    expect(o!.events).toHaveLength(200);
    expect(o!.request.body).toContain('…and 195 more');
    expect(o!.request.body.length).toBeLessThanOrEqual(MAX_BODY);
    expect(o!.request.title.length).toBeLessThanOrEqual(MAX_TITLE);
  });

  it('nothing to send: no notification', () => {
    expect(channelType.render({ channel, ctx, items: [] })).toEqual([]);
  });

  it('removes bidi and control characters from names; the title is one line', () => {
    const [o] = channelType.render({ channel, ctx, items: [item({ experiment: 'a\u202Eb\u0007c\nd' })] });
    expect(o!.request.body).toContain('firing on abc d (accuracy');
    const n = channelType.note(channel, { title: 'a\nb\u202E\u0000c', text: 't', level: 'info' }, ctx);
    expect(n.request.title).toBe('a bc');
  });

  it('a note: its title, its text and the context; urgency from its level', () => {
    const n = channelType.note(channel, { title: 'Training done', text: 'loss 0.1', level: 'warning' }, ctx);
    expect(n).toEqual({
      events: [],
      destination: 'desktop',
      request: { title: 'Training done', body: 'loss 0.1\nacme/vision · main · commit abcdef1', urgency: 'normal' },
    });
    expect(channelType.preview!(n.request)).toBe('Training done\nloss 0.1\nacme/vision · main · commit abcdef1');
  });

  it('is skipped in the action with a reason, sent elsewhere', () => {
    expect(channelType.skip!(channel, { GITHUB_ACTIONS: 'true' })).toBe(SKIPPED_IN_ACTIONS);
    expect(channelType.skip!(channel, {})).toBeUndefined();
    expect(channelType.skip!(channel, { GITHUB_ACTIONS: 'false' })).toBeUndefined();
  });
});

describe('desktop commands', () => {
  const r: DesktopRequest = { title: HOSTILE, body: HOSTILE, urgency: 'critical' };

  it('notify-send: urgency, app name, -- before the text, body markup escaped', () => {
    const c = desktopCommand('linux', r);
    expect(c.file).toBe('notify-send');
    expect(c.args.slice(0, 3)).toEqual(['--app-name=metric-alerts', '--urgency=critical', '--']);
    expect(c.args[3]).toBe(HOSTILE);
    expect(c.args[4]).toContain('&lt;a href="https://evil"&gt;click&lt;/a&gt; &amp;');
    expect(c.args[4]).not.toMatch(/[<>]/);
  });

  it('osascript: a constant script, the text only in argv after a fixed first argument', () => {
    const c = desktopCommand('darwin', r);
    expect(c.file).toBe('osascript');
    expect(c.args).toEqual([...OSASCRIPT_LINES.flatMap((l) => ['-e', l]), 'metric-alerts', HOSTILE, HOSTILE]);
    for (const line of OSASCRIPT_LINES) expect(line).not.toContain('PWNED');
  });

  it('PowerShell: a constant script, the text only in environment variables', () => {
    const c = desktopCommand('win32', r);
    expect(c.file).toBe('powershell.exe');
    expect(c.args).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', TOAST_SCRIPT]);
    expect(c.env).toEqual({ [TOAST_TITLE_VAR]: HOSTILE, [TOAST_BODY_VAR]: HOSTILE });
    expect(TOAST_SCRIPT).not.toContain('PWNED');
    expect(TOAST_SCRIPT).toContain(`CreateTextNode($env:${TOAST_TITLE_VAR})`);
  });
});

describe('desktop send (real executables on PATH)', () => {
  let fake: FakeCommands;
  let cwd: string;
  const savedPath = process.env.PATH;
  const savedCwd = process.cwd();
  const sx = (): SendContext<DesktopChannel> => ({
    channel,
    signal: AbortSignal.timeout(10_000),
    timeoutMs: 10_000,
    http: {} as HttpClient,
  });
  beforeAll(() => {
    fake = fakeCommands(['notify-send', 'osascript', 'powershell.exe'], [TOAST_TITLE_VAR, TOAST_BODY_VAR]);
    cwd = mkdtempSync(path.join(tmpdir(), 'desktop-cwd-'));
    process.chdir(cwd);
    process.env.PATH = fake.path;
  });
  afterAll(() => {
    process.env.PATH = savedPath;
    process.chdir(savedCwd);
    fake.remove();
    rmSync(cwd, { recursive: true, force: true });
  });
  beforeEach(() => rmSync(path.join(fake.dir, 'fail.json'), { force: true }));

  it('notify-send receives hostile text as one argument each, unchanged, and nothing is run by a shell', async () => {
    const before = fake.calls().length;
    const n = channelType.note(channel, { title: HOSTILE, text: HOSTILE, level: 'critical' }, ctx);
    const attempt = await runDesktopCommand(desktopCommand('linux', n.request), { ...sx(), env: process.env });
    expect(attempt).toEqual({ outcome: 'success' });
    const call = fake.calls()[before]!;
    expect(call.argv).toHaveLength(5);
    expect(call.argv[3]).toBe(n.request.title);
    expect(call.argv[3]).toContain('$(touch PWNED) `touch PWNED` $HOME');
    expect(call.argv[4]).toContain('line2\n&lt;a href=');
    expect(existsSync(path.join(cwd, 'PWNED'))).toBe(false);
  });

  it('osascript and PowerShell get the text as argv and environment, byte for byte', async () => {
    const req: DesktopRequest = { title: HOSTILE, body: `${HOSTILE}\n2`, urgency: 'low' };
    const before = fake.calls().length;
    await expect(runDesktopCommand(desktopCommand('darwin', req), { ...sx(), env: process.env })).resolves.toEqual({
      outcome: 'success',
    });
    await expect(runDesktopCommand(desktopCommand('win32', req), { ...sx(), env: process.env })).resolves.toEqual({
      outcome: 'success',
    });
    const [mac, win] = fake.calls().slice(before);
    expect(mac!.argv.slice(-3)).toEqual(['metric-alerts', HOSTILE, `${HOSTILE}\n2`]);
    expect(win!.env).toEqual({ [TOAST_TITLE_VAR]: HOSTILE, [TOAST_BODY_VAR]: `${HOSTILE}\n2` });
    expect(win!.argv.at(-1)).toBe(TOAST_SCRIPT);
    expect(existsSync(path.join(cwd, 'PWNED'))).toBe(false);
  });

  it('send (this platform): exit 0 is success', async () => {
    const [o] = channelType.render({ channel, ctx, items: [item()] });
    await expect(channelType.send(o!.request, sx())).resolves.toEqual({ outcome: 'success' });
  });

  it('another exit is final, with what the command printed', async () => {
    fake.fail(1, 'GDBus.Error: org.freedesktop.DBus.Error.ServiceUnknown: no notification daemon\n');
    const n = channelType.note(channel, { title: 't', text: 'x', level: 'info' }, ctx);
    await expect(runDesktopCommand(desktopCommand('linux', n.request), { ...sx(), env: process.env })).resolves.toEqual(
      {
        outcome: 'final',
        error:
          'notify-send exited with 1: GDBus.Error: org.freedesktop.DBus.Error.ServiceUnknown: no notification daemon',
      },
    );
  });

  it('a missing command is final and says what to install', async () => {
    const n = channelType.note(channel, { title: 't', text: 'x', level: 'info' }, ctx);
    const empty = mkdtempSync(path.join(tmpdir(), 'no-cmd-'));
    try {
      const attempt = await runDesktopCommand(desktopCommand('linux', n.request), {
        ...sx(),
        env: { ...process.env, PATH: empty },
      });
      expect(attempt).toEqual({
        outcome: 'final',
        error: 'notify-send not found: install libnotify-bin (Debian, Ubuntu) or libnotify (Fedora, Arch)',
      });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
