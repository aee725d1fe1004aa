// The slack channel type: an incoming webhook (url) or, with a token, the Web API (api.ts: threads).
import type { SlackChannel } from '../../core/types.js';
import { previewMessage } from '../../core/slack/preview.js';
import type { ChannelType } from '../types.js';
import { noteApi, previewApi, renderApi, sendApi, type ApiRequest } from './api.js';
import { noteWebhook, renderWebhook, sendWebhook, type WebhookRequest } from './webhook.js';

export type SlackRequest = WebhookRequest | ApiRequest;

const isApi = (request: SlackRequest): request is ApiRequest => 'post' in request;

export const channelType: ChannelType<SlackChannel, SlackRequest> = {
  type: 'slack',
  grouping: 'digest',
  render: (batch) => (batch.channel.token ? renderApi(batch) : renderWebhook(batch)),
  note: (channel, note, ctx) => (channel.token ? noteApi(channel, note, ctx) : noteWebhook(channel, note, ctx)),
  send: (request, sx) => (isApi(request) ? sendApi(request, sx) : sendWebhook(request, sx)),
  preview: (request) => (isApi(request) ? previewApi(request) : previewMessage(request.message)),
};
