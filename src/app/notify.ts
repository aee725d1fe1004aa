// Step 3 of a check: send what this run claimed, one digest per channel, and return each event's delivery results.
// Nothing is recorded here and no event is changed: the results go to the history and the report afterwards.
import type { DeliveryPlan, PlannedItem } from '../core/deliveries.js';
import type { Evaluation } from '../core/evaluate.js';
import { eventId, type Delivery } from '../core/history/ledger.js';
import { buildDigest, type DigestItem } from '../core/slack/message.js';
import type { SlackChannel } from '../core/types.js';
import type { DeliveryJob } from '../adapters/slack-webhook.js';
import type { CheckRun } from './check.js';

export interface Sent {
  /** This run's delivery results, by event id (sent, failed, skipped). */
  results: Map<string, Delivery[]>;
  /** One per channel that had something to send. */
  deliveries: ChannelDelivery[];
}

/** What one channel was sent in this run: the result, and how many events it carried (late ones among them). */
export interface ChannelDelivery {
  delivery: Delivery;
  events: number;
  late: number;
}

interface ChannelBatch {
  channel: SlackChannel | undefined;
  name: string;
  items: DigestItem[];
}

function digestItems(run: CheckRun, planned: readonly PlannedItem[], evaluation: Evaluation): DigestItem[] {
  const recent = new Map<string, readonly number[]>();
  for (const r of evaluation.results)
    if (r.record)
      recent.set(
        eventId(r.record),
        r.recent.map((p) => p.value),
      );
  const rules = new Map(run.config.alerts.map((a) => [a.name, a]));
  return planned.map((p) => {
    const rule = rules.get(p.event.alert);
    return {
      event: p.event,
      recent: recent.get(eventId(p.event)) ?? [],
      ...(p.late ? { late: p.late } : {}),
      ...(rule ? { rule } : {}),
    };
  });
}

/** Why a channel's batch is not sent, or undefined when it is. */
function skipReason(run: CheckRun, batch: ChannelBatch): string | undefined {
  if (run.opts.dryRun) return 'dry run';
  if (!batch.channel) return 'channel no longer configured';
  if (!batch.channel.url) return 'channel not configured';
  return undefined;
}

function explainFailure(run: CheckRun, d: Delivery): string {
  const tries = `${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`;
  const next = !d.retryable
    ? 'the answer is final, so it is not sent again: fix the channel'
    : run.writes
      ? 'it is sent again, marked late, by the next run with history (within 24 h)'
      : 'this run writes no history, so no later run sends it again';
  return `delivery to channel ${d.channel} failed: ${d.error ?? 'unknown error'} (${tries}); ${next}`;
}

export async function notify(run: CheckRun, plan: DeliveryPlan, evaluation: Evaluation): Promise<Sent> {
  const at = new Date(run.opts.now).toISOString();
  const results = new Map<string, Delivery[]>();
  const deliveries: ChannelDelivery[] = [];
  const record = (items: readonly DigestItem[], d: Delivery) => {
    deliveries.push({ delivery: d, events: items.length, late: items.filter((i) => i.late).length });
    for (const { event, late } of items) {
      const id = eventId(event);
      results.set(id, [...(results.get(id) ?? []), late && !d.skipped ? { ...d, late: true } : d]);
    }
  };
  const jobs: { job: DeliveryJob; items: DigestItem[] }[] = [];
  for (const [name, planned] of plan) {
    const batch: ChannelBatch = {
      name,
      channel: run.config.channels.get(name) as SlackChannel | undefined,
      items: digestItems(run, planned, evaluation),
    };
    const message = buildDigest(batch.items, batch.channel ?? { mentions: [] }, run.opts.ctx);
    const skipped = skipReason(run, batch);
    const count = `${batch.items.length} event(s) not sent`;
    if (skipped === 'dry run') run.io.preview?.(name, message);
    else if (!batch.channel) run.warn(`channel ${name} is no longer in the rules: ${count}`);
    else if (skipped)
      run.warn(`channel ${name} is not configured (${batch.channel.unconfiguredReason ?? 'no URL'}): ${count}`);
    if (skipped) record(batch.items, { channel: name, ok: false, skipped: true, attempts: 0, error: skipped, at });
    else jobs.push({ job: { channel: name, url: batch.channel!.url!, message }, items: batch.items });
  }
  const outcomes = await run.io.deliver(jobs.map((j) => j.job));
  outcomes.forEach((o, i) => {
    const d: Delivery = { ...o, at, ...(o.error ? { error: run.redactor.apply(o.error) } : {}) };
    const { items } = jobs[i]!;
    record(items, d);
    const late = items.filter((x) => x.late).length;
    if (!d.ok) run.warn(explainFailure(run, d));
    else run.io.log.info(`sent ${items.length} event(s) to channel ${d.channel}${late ? ` (${late} late)` : ''}`);
  });
  return { results, deliveries };
}
