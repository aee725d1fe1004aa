// Channel types by `type`: a type's module is loaded only when a channel of that type has something to send.
import type { ChannelConfig, ChannelTypeName } from '../core/types.js';
import type { ChannelType } from './types.js';

type Loader = () => Promise<ChannelType>;

const LOADERS: Partial<Record<ChannelTypeName, Loader>> = {
  slack: async () => (await import('./slack/index.js')).channelType as unknown as ChannelType,
  discord: async () => (await import('./discord/index.js')).channelType as unknown as ChannelType,
  teams: async () => (await import('./teams/index.js')).channelType as unknown as ChannelType,
  webhook: async () => (await import('./webhook/index.js')).channelType as unknown as ChannelType,
  desktop: async () => (await import('./desktop/index.js')).channelType as unknown as ChannelType,
  email: async () => (await import('./email/index.js')).channelType as unknown as ChannelType,
  datadog: async () => (await import('./datadog/index.js')).channelType as unknown as ChannelType,
  sentry: async () => (await import('./sentry/index.js')).channelType as unknown as ChannelType,
  'github-issue': async () => (await import('./github-issue/index.js')).channelType as unknown as ChannelType,
  pagerduty: async () => (await import('./pagerduty/index.js')).channelType as unknown as ChannelType,
};

const loaded = new Map<string, Promise<ChannelType>>();

/** The module of a channel's type, or undefined when this build has none for it. */
export function channelTypeOf(channel: Pick<ChannelConfig, 'type'>): Promise<ChannelType> | undefined {
  const load = Object.hasOwn(LOADERS, channel.type) ? LOADERS[channel.type] : undefined;
  if (!load) return undefined;
  let module = loaded.get(channel.type);
  if (!module) {
    module = load();
    loaded.set(channel.type, module);
  }
  return module;
}
