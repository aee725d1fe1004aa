// The `teams` channel type (SPEC §5): an Adaptive Card per digest to a Teams Workflows webhook ("When a Teams webhook
// request is received"), 200 or 202 success, 429 with Retry-After, 5xx retried, other answers final with the reason
// Power Automate gives (`{"error": {"code", "message"}}`).
import type { TeamsChannel } from '../../core/types.js';
import { safeLogText } from '../../core/safe-text.js';
import { classifyHttp, clip, postJson } from '../http-answer.js';
import type { Attempt, ChannelType, HttpAnswer, SendContext } from '../types.js';
import { renderDigest, renderNote, type CardElement, type TeamsRequest, type TextRun } from './render.js';

/** The workflow's reason for a failure: "WorkflowTriggerIsNotEnabled: The workflow ... is disabled." */
export function teamsReason(answer: HttpAnswer): string | undefined {
  try {
    const body = JSON.parse(answer.body) as { error?: { code?: unknown; message?: unknown } } | null;
    const code = typeof body?.error?.code === 'string' ? body.error.code : undefined;
    const message = typeof body?.error?.message === 'string' ? body.error.message : undefined;
    if (code === undefined && message === undefined) return undefined;
    return clip([code, message].filter(Boolean).join(': '));
  } catch {
    return undefined;
  }
}

export function classifyTeams(answer: HttpAnswer): Attempt {
  return classifyHttp(answer, { ok: (a) => a.status === 200 || a.status === 202, reason: teamsReason });
}

async function send(request: TeamsRequest, sx: SendContext<TeamsChannel>): Promise<Attempt> {
  const answer = await postJson(sx, request.url, request.payload);
  return classifyTeams(answer);
}

function runText(r: TextRun): string {
  const url = r.selectAction?.url;
  return url && url !== r.text ? `${r.text} (${url})` : r.text;
}

function elementText(e: CardElement): string[] {
  if (e.type === 'TextBlock') return [e.text];
  if (e.type === 'RichTextBlock') return [e.inlines.map(runText).join('')];
  return [...e.items.flatMap(elementText), ''];
}

/** The card as plain text for a terminal (the CLI's preview of a dry run). */
export function previewTeams({ payload }: TeamsRequest): string {
  const card = payload.attachments[0].content;
  const lines = card.body.flatMap(elementText);
  return safeLogText(
    lines
      .join('\n')
      .replace(/\u200B/g, '')
      .trimEnd(),
  );
}

export const channelType: ChannelType<TeamsChannel, TeamsRequest> = {
  type: 'teams',
  grouping: 'digest',
  render: renderDigest,
  note: renderNote,
  send,
  preview: previewTeams,
};
