// Shows a notification with the platform's own command, run with execFile: never through a shell, the text only ever
// as an argument (notify-send, osascript) or an environment variable (PowerShell), never inside a script.
import { execFile } from 'node:child_process';
import { clip } from '../http-answer.js';
import type { Attempt } from '../types.js';
import type { DesktopRequest } from './render.js';

export interface DesktopCommand {
  file: string;
  args: string[];
  /** Variables added to the environment (the text, for PowerShell). */
  env?: Record<string, string>;
  /** Named in the error when the command is missing. */
  missing: string;
}

/** Markup a notification server may read in a body (the freedesktop spec's subset of HTML): shown as text instead. */
export function escapeMarkup(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Linux and the BSDs: libnotify's notify-send; `--` ends the options, so no text is read as a flag. */
function notifySend(r: DesktopRequest): DesktopCommand {
  return {
    file: 'notify-send',
    args: ['--app-name=metric-alerts', `--urgency=${r.urgency}`, '--', r.title, escapeMarkup(r.body)],
    missing: 'notify-send not found: install libnotify-bin (Debian, Ubuntu) or libnotify (Fedora, Arch)',
  };
}

/**
 * The AppleScript is constant: the text arrives as the run handler's argv. A fixed first argument comes before the
 * text, so osascript's option parsing has stopped before any text (which could start with "-") is reached.
 */
export const OSASCRIPT_LINES = [
  'on run argv',
  'display notification (item 3 of argv) with title (item 2 of argv)',
  'end run',
] as const;

function osascript(r: DesktopRequest): DesktopCommand {
  return {
    file: 'osascript',
    args: [...OSASCRIPT_LINES.flatMap((l) => ['-e', l]), 'metric-alerts', r.title, r.body],
    missing: 'osascript not found: it comes with macOS',
  };
}

export const TOAST_TITLE_VAR = 'METRIC_ALERTS_TOAST_TITLE';
export const TOAST_BODY_VAR = 'METRIC_ALERTS_TOAST_BODY';
/** Windows PowerShell's own app id: toasts of an unregistered app id are not shown. */
const POWERSHELL_APP_ID = '{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\\WindowsPowerShell\\v1.0\\powershell.exe';

/** A constant script: the text is read from the environment and added as XML text nodes, never parsed as XML. */
export const TOAST_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  '$m = [Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime]',
  '$xml = $m::GetTemplateContent([Windows.UI.Notifications.ToastTemplateType]::ToastText02)',
  "$texts = $xml.GetElementsByTagName('text')",
  `$null = $texts.Item(0).AppendChild($xml.CreateTextNode($env:${TOAST_TITLE_VAR}))`,
  `$null = $texts.Item(1).AppendChild($xml.CreateTextNode($env:${TOAST_BODY_VAR}))`,
  `$m::CreateToastNotifier('${POWERSHELL_APP_ID}').Show([Windows.UI.Notifications.ToastNotification]::new($xml))`,
].join('\n');

function powershell(r: DesktopRequest): DesktopCommand {
  return {
    file: 'powershell.exe',
    args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', TOAST_SCRIPT],
    env: { [TOAST_TITLE_VAR]: r.title, [TOAST_BODY_VAR]: r.body },
    missing: 'powershell.exe not found: it comes with Windows',
  };
}

/** The command that shows `request` on `platform` (process.platform). Pure. */
export function desktopCommand(platform: NodeJS.Platform, request: DesktopRequest): DesktopCommand {
  if (platform === 'darwin') return osascript(request);
  if (platform === 'win32') return powershell(request);
  return notifySend(request);
}

interface ExecError extends Error {
  code?: string | number | null;
}

/** Runs the command once: exit 0 is success; a missing command or another exit is final; a timeout is retried. */
export function runDesktopCommand(
  cmd: DesktopCommand,
  opts: { signal: AbortSignal; timeoutMs: number; env: NodeJS.ProcessEnv },
): Promise<Attempt> {
  return new Promise((resolve) => {
    execFile(
      cmd.file,
      cmd.args,
      {
        env: { ...opts.env, ...cmd.env },
        signal: opts.signal,
        timeout: opts.timeoutMs,
        windowsHide: true,
        maxBuffer: 64 * 1024,
      },
      (err: ExecError | null, _stdout, stderr) => {
        if (!err) return resolve({ outcome: 'success' });
        if (err.code === 'ENOENT') return resolve({ outcome: 'final', error: cmd.missing });
        if (err.name === 'AbortError' || opts.signal.aborted)
          return resolve({ outcome: 'retry', error: `${cmd.file} did not finish in time` });
        const why = clip(String(stderr)) || err.message;
        const exit = typeof err.code === 'number' ? `exited with ${err.code}` : 'failed';
        return resolve({ outcome: 'final', error: clip(`${cmd.file} ${exit}: ${why}`) });
      },
    );
  });
}
