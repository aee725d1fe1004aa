// A Slack message as plain text for a terminal: what a person would see in the channel.
import type { SlackMessage } from './message.js';

function unmrkdwn(s: string): string {
  return s
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/:red_circle:/g, '🔴')
    .replace(/:large_orange_circle:/g, '🟠')
    .replace(/:large_blue_circle:/g, '🔵')
    .replace(/:white_check_mark:/g, '✅')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function previewMessage(message: SlackMessage): string {
  const out: string[] = [];
  for (const b of message.blocks) {
    if (b.type === 'header') out.push(String((b.text as { text: string }).text), '');
    else if (b.type === 'section') out.push(unmrkdwn((b.text as { text: string }).text), '');
    else if (b.type === 'context') out.push(unmrkdwn((b.elements as { text: string }[]).map((e) => e.text).join(' ')));
  }
  return out.join('\n').trimEnd();
}
