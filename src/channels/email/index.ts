// The `email` channel type (SPEC §5): one mail per digest over SMTP, with a text and an HTML part. Rendering is pure
// (render.ts); sending loads nodemailer only when a mail goes out (send.ts).
import { eventId } from '../../core/history/ledger.js';
import { safeLogText } from '../../core/safe-text.js';
import type { EmailChannel } from '../../core/types.js';
import type { ChannelType, DigestItem } from '../types.js';
import { renderDigest, renderNote } from './render.js';
import type { EmailRequest } from './send.js';
import { destinationOf } from './smtp-url.js';

export type { EmailRequest };

/** Message-IDs a mail answers to: at most this many, newest kept. */
const MAX_REFERENCES = 20;
const MESSAGE_ID = /^<[^<>\s]{1,250}>$/;

/** The earlier mails (their Message-IDs, kept as the deliveries' ref) that fired the instances of these events. */
function referencesOf(items: readonly DigestItem[]): string[] {
  const ids = [...new Set(items.map((i) => i.thread).filter((t): t is string => !!t && MESSAGE_ID.test(t)))];
  return ids.slice(-MAX_REFERENCES);
}

export const channelType: ChannelType<EmailChannel, EmailRequest> = {
  type: 'email',
  grouping: 'digest',
  render({ channel, items, ctx }) {
    if (items.length === 0) return [];
    return [
      {
        events: items.map((i) => eventId(i.event)),
        destination: destinationOf(channel.smtp),
        request: { ...renderDigest(items, ctx), references: referencesOf(items) },
      },
    ];
  },
  note(channel, note, ctx) {
    return {
      events: [],
      destination: destinationOf(channel.smtp),
      request: { ...renderNote(note, ctx), references: [] },
    };
  },
  async send(request, sx) {
    const { sendMail } = await import('./send.js');
    return sendMail(request, sx);
  },
  preview(request) {
    return safeLogText(`Subject: ${request.subject}\n\n${request.text}`.trimEnd());
  },
};
