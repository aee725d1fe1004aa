// test-channels: "metric-alerts is wired up" to every configured channel; evaluates and records nothing.
import { buildWiredUpMessage } from '../core/slack/message.js';
import type { SlackChannel } from '../core/types.js';
import type { DeliveryJob } from '../adapters/slack-webhook.js';
import type { CheckIO, CheckOptions } from './check.js';
import { Redactor } from './redactor.js';
import { loadRules } from './rules.js';

export interface TestChannelsOutcome {
  sent: number;
  failed: string[];
  skipped: string[];
}

/** Sends "metric-alerts is wired up" to every configured channel; evaluates and records nothing. */
export async function runTestChannels(
  io: Pick<CheckIO, 'readConfig' | 'mask' | 'log' | 'deliver'>,
  opts: Pick<CheckOptions, 'env' | 'defaultWebhookUrl' | 'ctx'>,
): Promise<TestChannelsOutcome> {
  const redactor = new Redactor();
  const { config } = await loadRules(io, opts, redactor);
  const jobs: DeliveryJob[] = [];
  const skipped: string[] = [];
  for (const ch of config.channels.values() as Iterable<SlackChannel>) {
    if (!ch.url) {
      skipped.push(ch.name);
      io.log.warning(`channel ${ch.name} is not configured (${ch.unconfiguredReason ?? 'no URL'}): not tested`);
      continue;
    }
    jobs.push({ channel: ch.name, url: ch.url, message: buildWiredUpMessage(ch.name, opts.ctx) });
  }
  const outcomes = await io.deliver(jobs);
  const failed: string[] = [];
  for (const o of outcomes) {
    if (o.ok) io.log.info(`channel ${o.channel}: wired up`);
    else {
      failed.push(o.channel);
      io.log.warning(redactor.apply(`channel ${o.channel}: the test message failed: ${o.error ?? 'unknown error'}`));
    }
  }
  return { sent: outcomes.length - failed.length, failed, skipped };
}
