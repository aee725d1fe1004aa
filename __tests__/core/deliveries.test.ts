// The re-send planning of SPEC §5's delivery guarantee: what each run owes each channel.
import { describe, expect, it } from '@jest/globals';
import {
  CLAIM_LEASE_MS,
  isRetryable,
  owed,
  planDeliveries,
  plannedIds,
  RETRY_WINDOW_MS,
  type PlanInput,
} from '../../src/core/deliveries.js';
import { eventId, type Claim, type Delivery, type LedgerEvent } from '../../src/core/history/ledger.js';
import { ledgerEvent } from '../helpers/fixtures.js';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const iso = (msAgo: number) => new Date(NOW - msAgo).toISOString();

const event = (over: Partial<LedgerEvent> = {}): LedgerEvent =>
  ledgerEvent({ run: 'r1', at: iso(60_000), value: 0.5, channels: ['slack'], ...over });
const delivery = (over: Partial<Delivery>): Delivery => ({
  channel: 'slack',
  ok: false,
  attempts: 4,
  at: iso(50_000),
  ...over,
});
const claim = (msAgo: number): Claim => ({ at: iso(msAgo), by: 'run 1 attempt 1' });
const live = () => true;
const dead = () => false;

function plan(over: Partial<PlanInput>) {
  const p = planDeliveries({ fresh: [], earlier: [], now: NOW, policy: 'all', claimIsLive: dead, ...over });
  return Object.fromEntries([...p].map(([c, items]) => [c, items.map((i) => [i.event.run, i.late ?? 'new'])]));
}

describe('isRetryable', () => {
  it.each([
    [{ status: 500 }, true],
    [{ status: 503 }, true],
    [{ status: 429 }, true],
    [{}, true], // no answer: a network error
    [{ status: 400 }, false],
    [{ status: 404 }, false],
    [{ status: 410 }, false],
    [{ status: 500, retryable: false }, false], // the channel's own word wins
    [{ status: 400, retryable: true }, true],
    [{ ok: true, status: 200 }, false],
    [{ skipped: true }, false],
  ] as const)('%j -> %s', (d, expected) => {
    expect(isRetryable(delivery(d))).toBe(expected);
  });
});

describe('owed: why an earlier event is sent again', () => {
  it('a retryable failure is owed as "failed"; a final one, a success or a skip is not', () => {
    expect(owed(event({ deliveries: [delivery({ status: 500 })] }), 'slack', { claimIsLive: dead })).toBe('failed');
    expect(owed(event({ deliveries: [delivery({ status: 404 })] }), 'slack', { claimIsLive: dead })).toBeUndefined();
    expect(owed(event({ deliveries: [delivery({ ok: true, status: 200 })] }), 'slack', { claimIsLive: dead })).toBe(
      undefined,
    );
    expect(owed(event({ deliveries: [delivery({ skipped: true })] }), 'slack', { claimIsLive: dead })).toBeUndefined();
  });

  it('a claim with nothing recorded: owed as "unrecorded" once its run is gone, not while it may be sending', () => {
    const claimed = event({ claim: claim(30_000) });
    expect(owed(claimed, 'slack', { claimIsLive: dead })).toBe('unrecorded');
    expect(owed(claimed, 'slack', { claimIsLive: live })).toBeUndefined();
  });

  it('a retry claimed after the failure is left to the run that claimed it while it lives', () => {
    const retrying = event({ deliveries: [delivery({ status: 500, at: iso(50_000) })], claim: claim(10_000) });
    expect(owed(retrying, 'slack', { claimIsLive: live })).toBeUndefined();
    expect(owed(retrying, 'slack', { claimIsLive: dead })).toBe('failed');
    // The claim that came before the failure was recorded is that failure's own: the failure decides.
    const old = event({ deliveries: [delivery({ status: 500, at: iso(50_000) })], claim: claim(55_000) });
    expect(owed(old, 'slack', { claimIsLive: live })).toBe('failed');
  });

  it('an event never claimed nor delivered (a ledger of an older version, or a lost record) is owed', () => {
    expect(owed(event(), 'slack', { claimIsLive: live })).toBe('unrecorded');
  });

  it('each channel on its own: delivered to one, failed for good on another, owed to a third', () => {
    const e = event({
      channels: ['a', 'b', 'c'],
      deliveries: [delivery({ channel: 'a', ok: true }), delivery({ channel: 'b', status: 400 })],
    });
    expect(['a', 'b', 'c'].map((c) => owed(e, c, { claimIsLive: dead }))).toEqual([undefined, undefined, 'unrecorded']);
  });
});

describe('planDeliveries', () => {
  const failed = event({ run: 'failed', deliveries: [delivery({ status: 502 })] });
  const final = event({ run: 'final', deliveries: [delivery({ status: 404 })] });
  const unrecorded = event({ run: 'unrecorded', claim: claim(20_000) });
  const fresh = event({ run: 'fresh', at: iso(0) });

  it('new events and owed earlier ones, the earlier first and marked late', () => {
    expect(plan({ fresh: [fresh], earlier: [failed, final, unrecorded] })).toEqual({
      slack: [
        ['failed', 'failed'],
        ['unrecorded', 'unrecorded'],
        ['fresh', 'new'],
      ],
    });
  });

  it('the 24 h window: an owed event of 24 h ago or more is not sent again', () => {
    const day = RETRY_WINDOW_MS;
    const justIn = event({ run: 'in', at: iso(day - 1), deliveries: [delivery({ status: 500 })] });
    const justOut = event({ run: 'out', at: iso(day), deliveries: [delivery({ status: 500 })] });
    const unrecordedOld = event({ run: 'old', at: iso(day + 1) });
    expect(plan({ earlier: [justIn, justOut, unrecordedOld] })).toEqual({ slack: [['in', 'failed']] });
  });

  it('an event that is not to be sent (resolved with notify-resolved: false) is never owed', () => {
    expect(plan({ earlier: [event({ notify: false })], fresh: [event({ run: 'n', notify: false })] })).toEqual({});
  });

  it("a run that cannot claim ('new') sends its new events only", () => {
    expect(plan({ policy: 'new', fresh: [fresh], earlier: [failed, unrecorded] })).toEqual({
      slack: [['fresh', 'new']],
    });
  });

  it("a pull request's run: 'fired' sends new fired events only, 'none' nothing", () => {
    const resolved = event({ run: 'resolved', kind: 'resolved', state: 'ok', previousState: 'firing' });
    const reminder = event({ run: 'reminder', kind: 'reminder' });
    expect(plan({ policy: 'fired', fresh: [fresh, resolved, reminder], earlier: [failed] })).toEqual({
      slack: [['fresh', 'new']],
    });
    expect(plan({ policy: 'none', fresh: [fresh, resolved], earlier: [failed] })).toEqual({});
  });

  it('groups by channel, and plannedIds names each event once', () => {
    const two = event({ run: 'two', channels: ['a', 'b'], at: iso(0) });
    const p = planDeliveries({ fresh: [two], earlier: [], now: NOW, policy: 'all', claimIsLive: dead });
    expect([...p.keys()]).toEqual(['a', 'b']);
    expect([...plannedIds(p)]).toEqual([eventId(two)]);
  });

  it('the lease is a few minutes: long enough for a run to send and record', () => {
    expect(CLAIM_LEASE_MS).toBeGreaterThanOrEqual(2 * 60_000);
    expect(CLAIM_LEASE_MS).toBeLessThan(RETRY_WINDOW_MS / 24);
  });
});
