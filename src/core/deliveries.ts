// Which events go to which channel in this run: the new events to notify, and failed deliveries to retry.
import type { LedgerEvent } from './history/ledger.js';

export const RETRY_WINDOW_MS = 24 * 3_600_000;

export interface PlannedItem {
  event: LedgerEvent;
  retry: boolean;
}

export function planDeliveries(
  newEvents: readonly LedgerEvent[],
  earlierEvents: readonly LedgerEvent[],
  now: number,
): Map<string, PlannedItem[]> {
  const plan = new Map<string, PlannedItem[]>();
  const add = (channel: string, item: PlannedItem) => {
    const list = plan.get(channel);
    if (list) list.push(item);
    else plan.set(channel, [item]);
  };
  for (const e of earlierEvents) {
    if (!e.notify || now - Date.parse(e.at) >= RETRY_WINDOW_MS) continue;
    for (const d of e.deliveries) if (!d.ok && !d.skipped) add(d.channel, { event: e, retry: true });
  }
  for (const e of newEvents) if (e.notify) for (const c of e.channels) add(c, { event: e, retry: false });
  return plan;
}
