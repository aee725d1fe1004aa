// The slack channel type: an incoming webhook (url) or, with a token, the Web API (api.ts: threads).
import type { SlackChannel } from '../../core/types.js';
import { previewMessage } from '../../core/slack/preview.js';
import type { ChannelType } from '../types.js';
import { noteWebhook, renderWebhook, sendWebhook, type WebhookRequest } from './webhook.js';

export const channelType: ChannelType<SlackChannel, WebhookRequest> = {
  type: 'slack',
  grouping: 'digest',
  render: renderWebhook,
  note: noteWebhook,
  send: sendWebhook,
  preview: (request) => previewMessage(request.message),
};
