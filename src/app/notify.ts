// Step 3 of a check: send what this run claimed, through each channel's type, and return each event's delivery results.
// Nothing is recorded here and no event is changed: the results go to the history and the report afterwards.
import type { DeliveryPlan, PlannedItem } from '../core/deliveries.js';
import { orderItems, type DigestItem } from '../core/digest.js';
import type { Evaluation } from '../core/evaluate.js';
import { eventId, instanceKey, type Delivery, type Ledger, type LedgerEvent } from '../core/history/ledger.js';
import type { ChannelConfig } from '../core/types.js';
import type { ChannelJob, MessageOutcome } from '../channels/pipeline.js';
import { channelTypeOf } from '../channels/registry.js';
import type { Batch, ChannelType, ThreadMessage } from '../channels/types.js';
import type { CheckRun } from './check.js';

export interface Sent {
  /** This run's delivery results, by event id (sent, failed, skipped). */
  results: Map<string, Delivery[]>;
  /** One per message sent (or skipped channel), for the log and the CLI. */
  deliveries: ChannelDelivery[];
}

/** What one message (or a skipped channel) carried: the result, and how many events (late ones among them). */
export interface ChannelDelivery {
  delivery: Delivery;
  events: number;
  late: number;
}

interface ChannelBatch {
  name: string;
  channel: ChannelConfig | undefined;
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
  if (batch.channel.unconfiguredReason) return 'channel not configured';
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

/**
 * The message of this channel that each item answers to: the ref recorded when the channel delivered the event that
 * fired the instance (the latest such; for a fired event, the instance's earlier firing), and what that message carried.
 */
function withThreads(ledger: Ledger, channel: string, items: readonly DigestItem[]): Pick<Batch, 'items' | 'threads'> {
  const firedRef = new Map<string, string>();
  const carried = new Map<string, LedgerEvent[]>();
  for (const e of ledger.events) {
    const ref = e.deliveries.find((d) => d.channel === channel && d.ok && d.ref)?.ref;
    if (!ref) continue;
    if (e.kind === 'fired') firedRef.set(instanceKey(e.alert, e.experiment), ref);
    carried.set(ref, [...(carried.get(ref) ?? []), e]);
  }
  if (firedRef.size === 0) return { items };
  const threads = new Map<string, ThreadMessage>();
  const out = items.map((item) => {
    // A fired event too: the instance fires again (github-issue reopens the issue of that number).
    const ref = firedRef.get(instanceKey(item.event.alert, item.event.experiment));
    if (!ref) return item;
    if (!threads.has(ref)) threads.set(ref, threadMessage(ledger, carried.get(ref) ?? []));
    return { ...item, thread: ref };
  });
  return threads.size ? { items: out, threads } : { items: out };
}

function threadMessage(ledger: Ledger, events: readonly LedgerEvent[]): ThreadMessage {
  const resolved = new Set<string>();
  for (const e of events) {
    const state = ledger.instances.get(instanceKey(e.alert, e.experiment))?.state;
    if (state !== 'firing' && state !== 'pending') resolved.add(eventId(e));
  }
  return { items: events.map((event) => ({ event, recent: [] })), resolved };
}

interface Rendered {
  jobs: ChannelJob[];
  /** Each channel's items by event id: a message's outcome is recorded on the items it carried. */
  items: Map<string, Map<string, DigestItem>>;
  /** Each channel's items its type sent no message for (ChannelType.leftOut), and why. */
  leftOut: Map<string, { items: DigestItem[]; why: string }>;
}

export async function notify(run: CheckRun, plan: DeliveryPlan, evaluation: Evaluation): Promise<Sent> {
  const at = new Date(run.opts.now).toISOString();
  const sent: Sent = { results: new Map(), deliveries: [] };
  const record = (items: readonly DigestItem[], d: Delivery) => {
    sent.deliveries.push({ delivery: d, events: items.length, late: items.filter((i) => i.late).length });
    for (const { event, late } of items) {
      const id = eventId(event);
      sent.results.set(id, [...(sent.results.get(id) ?? []), late && !d.skipped ? { ...d, late: true } : d]);
    }
  };
  const rendered: Rendered = { jobs: [], items: new Map(), leftOut: new Map() };
  for (const [name, planned] of plan) {
    const batch: ChannelBatch = {
      name,
      channel: run.config.channels.get(name),
      items: digestItems(run, planned, evaluation),
    };
    const skipped = await renderBatch(run, { batch, ledger: evaluation.ledger, rendered });
    if (skipped) record(batch.items, { channel: name, ok: false, skipped: true, attempts: 0, error: skipped, at });
    const leftOut = rendered.leftOut.get(name);
    if (leftOut) {
      run.io.log.info(`channel ${name}: ${leftOut.items.length} event(s) ${leftOut.why}`);
      record(leftOut.items, { channel: name, ok: false, skipped: true, attempts: 0, error: leftOut.why, at });
    }
  }
  const outcomes = await run.io.deliver(rendered.jobs);
  for (const o of outcomes) recordOutcome(run, { o, at, rendered, record });
  return sent;
}

interface RenderCx {
  batch: ChannelBatch;
  ledger: Ledger;
  rendered: Rendered;
}

/** Renders a channel's batch into a job; returns why it is skipped instead, when it is. */
async function renderBatch(run: CheckRun, { batch, ledger, rendered }: RenderCx): Promise<string | undefined> {
  const { name, channel } = batch;
  const count = `${batch.items.length} event(s) not sent`;
  const skipped = skipReason(run, batch);
  if (!channel) run.warn(`channel ${name} is no longer in the rules: ${count}`);
  else if (skipped === 'channel not configured')
    run.warn(`channel ${name} is not configured (${channel.unconfiguredReason}): ${count}`);
  if (!channel || (skipped && skipped !== 'dry run')) return skipped;
  const type = await channelTypeOf(channel);
  if (!type) {
    run.warn(`channel ${name}: this version cannot send to a channel of type ${channel.type}: ${count}`);
    return `type ${channel.type} not available`;
  }
  const typeSkips = type.skip?.(channel, run.opts.env);
  if (typeSkips) {
    run.io.log.notice(`channel ${name}: ${typeSkips}: ${count}`);
    return typeSkips;
  }
  const batchOf = { channel, ctx: run.opts.ctx, ...withThreads(ledger, name, orderItems(batch.items)) };
  const messages = type.render(batchOf);
  if (skipped === 'dry run') {
    for (const m of messages) run.io.preview?.(name, preview(type, m.request));
    return skipped;
  }
  rendered.items.set(name, new Map(batch.items.map((i) => [eventId(i.event), i])));
  if (type.leftOut) {
    const carried = new Set(messages.flatMap((m) => m.events));
    const items = batch.items.filter((i) => !carried.has(eventId(i.event)));
    if (items.length) rendered.leftOut.set(name, { items, why: type.leftOut });
  }
  rendered.jobs.push({ channel, type, messages, ...(run.opts.github ? { github: run.opts.github } : {}) });
  return undefined;
}

function preview(type: ChannelType, request: unknown): string {
  return type.preview ? type.preview(request) : JSON.stringify(request, null, 2);
}

interface OutcomeCx {
  o: MessageOutcome;
  at: string;
  rendered: Rendered;
  record: (items: readonly DigestItem[], d: Delivery) => void;
}

function recordOutcome(run: CheckRun, { o, at, rendered, record }: OutcomeCx): void {
  const d: Delivery = { ...o.outcome, at, ...(o.outcome.error ? { error: run.redactor.apply(o.outcome.error) } : {}) };
  const items = itemsOf(rendered, o);
  record(items, d);
  const late = items.filter((x) => x.late).length;
  if (!d.ok) run.warn(explainFailure(run, d));
  else run.io.log.info(`sent ${items.length} event(s) to channel ${d.channel}${late ? ` (${late} late)` : ''}`);
  if (o.note) run.io.log.info(run.redactor.apply(`channel ${d.channel}: ${o.note}`));
}

/** The items a message carried. */
function itemsOf(rendered: Rendered, o: MessageOutcome): DigestItem[] {
  const items = rendered.items.get(o.channel);
  return o.events.map((id) => items?.get(id)).filter((i): i is DigestItem => i !== undefined);
}
