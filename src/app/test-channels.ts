// test-channels: "metric-alerts is wired up" to every configured channel; evaluates and records nothing.
import type { ChannelJob } from '../channels/pipeline.js';
import { channelTypeOf } from '../channels/registry.js';
import type { ChannelConfig, RunContext } from '../core/types.js';
import type { CheckIO, CheckOptions } from './check.js';
import { Redactor } from './redactor.js';
import { loadRules } from './rules.js';

export interface TestChannelsOutcome {
  sent: number;
  failed: string[];
  skipped: string[];
}

function wiredUp(channel: ChannelConfig, ctx: RunContext) {
  const where = ctx.repository ? ` of ${ctx.repository}` : '';
  return {
    title: 'metric-alerts is wired up',
    text: `Channel ${channel.name}${where} will receive alerts.`,
    level: 'info' as const,
  };
}

/** Sends "metric-alerts is wired up" to every configured channel; evaluates and records nothing. */
export async function runTestChannels(
  io: Pick<CheckIO, 'readConfig' | 'mask' | 'log' | 'deliver'>,
  opts: Pick<CheckOptions, 'env' | 'defaultWebhookUrl' | 'ctx' | 'github'>,
): Promise<TestChannelsOutcome> {
  const redactor = new Redactor();
  const { config } = await loadRules(io, opts, redactor);
  const jobs: ChannelJob[] = [];
  const skipped: string[] = [];
  for (const channel of config.channels.values()) {
    const type = channel.unconfiguredReason ? undefined : await channelTypeOf(channel);
    if (!type) {
      skipped.push(channel.name);
      const why = channel.unconfiguredReason ?? `this version cannot send to type ${channel.type}`;
      io.log.warning(`channel ${channel.name} is not configured (${why}): not tested`);
      continue;
    }
    const typeSkips = type.skip?.(channel, opts.env);
    if (typeSkips) {
      skipped.push(channel.name);
      io.log.notice(`channel ${channel.name}: ${typeSkips}: not tested`);
      continue;
    }
    const messages = [type.note(channel, wiredUp(channel, opts.ctx), opts.ctx)];
    jobs.push({ channel, type, messages, ...(opts.github ? { github: opts.github } : {}) });
  }
  const outcomes = await io.deliver(jobs);
  const failed: string[] = [];
  for (const { outcome: o } of outcomes) {
    if (o.ok) io.log.info(`channel ${o.channel}: wired up`);
    else {
      failed.push(o.channel);
      io.log.warning(redactor.apply(`channel ${o.channel}: the test message failed: ${o.error ?? 'unknown error'}`));
    }
  }
  return { sent: outcomes.length - failed.length, failed, skipped };
}
