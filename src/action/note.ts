// The action's ad-hoc message mode (notify-title set, SPEC §5): send one note, evaluate nothing. Outputs
// failed-deliveries; the summary says where the note went, what wait-duration held back, and what failed.
import { runNote, type NoteOutcome } from '../app/notify-note.js';
import type { HistoryStore } from '../app/ports.js';
import type { CheckIO } from '../app/check.js';
import type { GitHubAccess } from '../channels/types.js';
import { mdCell } from '../core/report/markdown.js';
import type { RunContext } from '../core/types.js';
import type { NotifyInputs } from './inputs.js';
import { runner } from './runner.js';

export interface NoteStep {
  io: Pick<CheckIO, 'readConfig' | 'mask' | 'log' | 'deliver'>;
  env: NodeJS.ProcessEnv;
  ctx: RunContext;
  defaultWebhookUrl?: string;
  github?: GitHubAccess;
  history: (() => Promise<HistoryStore>) | null;
  historyWrite: boolean;
}

export async function runNoteStep(notify: NotifyInputs, step: NoteStep): Promise<void> {
  const { io, env, ctx } = step;
  const outcome = await runNote(io, {
    env,
    ...(step.defaultWebhookUrl ? { defaultWebhookUrl: step.defaultWebhookUrl } : {}),
    ...(step.github ? { github: step.github } : {}),
    note: notify.note,
    channels: notify.channels,
    ...(notify.wait ? { wait: notify.wait } : {}),
    history: step.history,
    historyWrite: step.historyWrite,
    ctx,
    now: Date.now(),
  });
  runner.setOutput('failed-deliveries', outcome.failed);
  runner.appendSummary(noteSummary(notify, outcome));
  runner.info(`note "${notify.note.title}": ${noteCounts(outcome)}`);
}

function names(list: readonly { channel: string }[]): string {
  return list.map((d) => mdCell(d.channel)).join(', ');
}

/** "sent 2, held back 1, failed 0" */
function noteCounts(o: NoteOutcome): string {
  const sent = o.deliveries.filter((d) => d.ok).length;
  const skipped = o.deliveries.filter((d) => d.skipped).length;
  return `sent ${sent}, not sent ${skipped}, failed ${o.failed}`;
}

/** The summary: one line for the note, then one per outcome. */
export function noteSummary(notify: NotifyInputs, o: NoteOutcome): string {
  const lines = [`## metric-alerts: note`, '', `**${mdCell(notify.note.title)}** (${notify.note.level})`, ''];
  const sent = o.deliveries.filter((d) => d.ok);
  const failed = o.deliveries.filter((d) => !d.ok && !d.skipped);
  if (sent.length) lines.push(`- sent to ${names(sent)}`);
  for (const d of o.deliveries.filter((x) => x.skipped))
    lines.push(`- not sent to ${mdCell(d.channel)}: ${mdCell(d.error ?? 'skipped')}`);
  for (const d of failed) lines.push(`- failed: ${mdCell(d.channel)}: ${mdCell(d.error ?? 'unknown error')}`);
  return `${lines.join('\n')}\n`;
}
