// `metric-alerts notify`: one ad-hoc message to the channels of the rules (SPEC §5), deduplicated by wait-duration
// through the history file.
import { noteRequest, runNote, type NoteOutcome } from '../app/notify-note.js';
import type { HistoryStore, Logger } from '../app/ports.js';
import { Redactor } from '../app/redactor.js';
import type { Delivery } from '../core/history/ledger.js';
import { UserError } from '../core/diagnostics.js';
import { fileHistory } from '../adapters/history-file.js';
import { githubFromEnv } from '../adapters/github-access.js';
import { readConfigFile } from '../adapters/config-file.js';
import { flagList, parseArgs } from './args.js';
import { commandUsage, NOTIFY } from './commands.js';

export interface NotifyShell {
  env: NodeJS.ProcessEnv;
  out: (s: string) => void;
  cwd: string;
  log: (redactor: Redactor) => Logger;
}

export async function notifyCommand(argv: readonly string[], shell: NotifyShell): Promise<number> {
  const { flags, positional, help } = parseArgs(argv, NOTIFY.flags, 'notify');
  if (help) {
    shell.out(commandUsage(NOTIFY));
    return 0;
  }
  const str = (name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : '');
  if (positional.length)
    throw new UserError(`notify: unexpected argument "${positional[0]}"; give the text with --text`);
  if (flags['no-history'] && flags['history-file'])
    throw new UserError('notify: --no-history and --history-file exclude each other');
  const given = { title: str('title'), text: str('text'), level: str('level'), wait: str('wait-duration') };
  const { note, wait } = noteRequest(given, (field) => `notify: --${field}`);
  if (wait && flags['no-history'])
    throw new UserError('notify: --wait-duration needs the history; it cannot be used with --no-history');
  const redactor = new Redactor();
  const github = githubFromEnv(shell.env);
  if (github) redactor.add(github.token);
  const log = shell.log(redactor);
  const local = flags['no-history'] ? undefined : fileHistory(str('history-file') || 'alerts-history.json', shell.cwd);
  const ctx = { serverUrl: 'https://github.com' };
  const webhook = str('slack-webhook-url');
  const outcome = await runNote(
    {
      readConfig: () => readConfigFile(str('config') || 'alerts.yml', shell.cwd),
      mask: (s) => redactor.add(s),
      log,
      deliver: async (jobs) => (jobs.length ? (await import('../channels/pipeline.js')).deliverAll(jobs) : []),
    },
    {
      env: shell.env,
      ...(webhook ? { defaultWebhookUrl: webhook } : {}),
      note,
      channels: flagList(flags.channel),
      ...(wait ? { wait } : {}),
      history: local ? async (): Promise<HistoryStore> => local : null,
      historyWrite: true,
      ctx,
      ...(github ? { github } : {}),
      now: Date.now(),
    },
  );
  for (const line of noteLines(outcome)) shell.out(redactor.apply(line));
  return outcome.failed ? 1 : 0;
}

/** One line per channel: sent, held back, skipped, or failed (and whether a later run can repair it). */
export function noteLines(outcome: NoteOutcome): string[] {
  return outcome.deliveries.map((d: Delivery) => {
    if (d.ok) return `sent to channel ${d.channel}`;
    if (d.skipped) return `not sent to channel ${d.channel}: ${d.error ?? 'skipped'}`;
    const attempts = `${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`;
    return `delivery to channel ${d.channel} failed: ${d.error ?? 'unknown error'} (${attempts})`;
  });
}
