// The sentry type: the DSN read into its envelope endpoint, an event per fired or reminder event (none for resolved),
// one fingerprint per instance; one attempt against a loopback Sentry that reads the envelope as Sentry documents.
import { describe, expect, it } from '@jest/globals';
import { channelType, classifySentry, envelope, SENTRY_CLIENT } from '../../src/channels/sentry/index.js';
import { parseDsn } from '../../src/channels/sentry/dsn.js';
import { LIMITS, type SentryRequest } from '../../src/channels/sentry/render.js';
import type { DigestItem, SendContext } from '../../src/channels/types.js';
import type { RunContext, SentryChannel } from '../../src/core/types.js';
import { loopbackHttp } from '../helpers/chat-http.js';
import { ledgerEvent } from '../helpers/fixtures.js';
import { judge, parseEnvelope, PUBLIC_KEY, rateLimited, sentryForSuite } from '../helpers/sentry-server.js';

const sentry = sentryForSuite();
const ctx: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/vision',
  workflowRunUrl: 'https://github.com/acme/vision/actions/runs/5',
  ref: 'main',
};
const channel = (dsn = sentry.server.dsn()): SentryChannel => ({ name: 'se', type: 'sentry', dsn });
const item = (over: Parameters<typeof ledgerEvent>[0] = {}, extra: Partial<DigestItem> = {}): DigestItem => ({
  event: ledgerEvent(over),
  recent: [],
  ...extra,
});
const render = (items: DigestItem[], ch = channel()) => channelType.render({ channel: ch, items, ctx });
const sx = (ch = channel()): SendContext<SentryChannel> => ({
  channel: ch,
  signal: AbortSignal.timeout(10_000),
  timeoutMs: 10_000,
  http: loopbackHttp,
});
const HOSTILE = '\u202Eevil @here [x](https://evil.example) www.evil.example\n::error::pwn';

describe('sentry DSN', () => {
  it('reads the key, the host and the project, with or without a path prefix', () => {
    expect(parseDsn('https://abc123@o1.ingest.sentry.io/42')).toEqual({
      publicKey: 'abc123',
      projectId: '42',
      envelopeUrl: 'https://o1.ingest.sentry.io/api/42/envelope/',
    });
    expect(parseDsn('https://abc:legacysecret@sentry.example.com:8443/sentry/7')).toMatchObject({
      publicKey: 'abc',
      envelopeUrl: 'https://sentry.example.com:8443/sentry/api/7/envelope/',
    });
  });

  it('says what is wrong without the DSN or its key', () => {
    for (const dsn of [
      'not a url secretkey',
      'https://sentry.io/1',
      'https://secretkey@sentry.io/',
      'ftp://secretkey@h/1',
    ]) {
      const r = parseDsn(dsn);
      expect(r).toHaveProperty('error');
      expect(JSON.stringify(r)).not.toContain('secretkey');
    }
  });
});

describe('sentry render', () => {
  it('fired and reminder events only: a resolved event renders nothing, and the type says why', () => {
    const out = render([item(), item({ alert: 'b', kind: 'reminder' }), item({ alert: 'c', kind: 'resolved' })]);
    expect(out).toHaveLength(2);
    expect(out.map((o) => o.events.length)).toEqual([1, 1]);
    expect(channelType.leftOut).toMatch(/Sentry resolves issues in its own UI/);
  });

  it('level from severity (critical is error), one fingerprint per instance, a stable event id', () => {
    const [c, w, i] = render([
      item({ severity: 'critical' }),
      item({ severity: 'warning' }),
      item({ severity: 'info' }),
    ]);
    expect([c, w, i].map((o) => o!.request.event.level)).toEqual(['error', 'warning', 'info']);
    const fp = (o: { request: SentryRequest }) => o.request.event.fingerprint;
    const reminder = render([item({ kind: 'reminder', run: '12', severity: 'critical' })])[0]!;
    expect(fp(reminder)).toEqual(fp(c!));
    expect(fp(render([item({ experiment: 'mnist' })])[0]!)).not.toEqual(fp(c!));
    expect(c!.request.event.event_id).toMatch(/^[0-9a-f]{32}$/);
    expect(render([item({ severity: 'critical' })])[0]!.request.event.event_id).toBe(c!.request.event.event_id);
    expect(reminder.request.event.event_id).not.toBe(c!.request.event.event_id);
  });

  it('tags from labels within Sentry limits, plus alert, experiment, severity, repository', () => {
    const rule = { labels: { team: 'vision', 'a key with spaces and far too long to keep': 'v\nw' } };
    const [o] = render([item({ experiment: 'x'.repeat(500) }, { rule: rule as unknown as DigestItem['rule'] })]);
    const tags = o!.request.event.tags;
    expect(tags).toMatchObject({ team: 'vision', alert: 'acc', severity: 'warning', repository: 'acme/vision' });
    expect(tags.a_key_with_spaces_and_far_too_lo).toBe('v w');
    expect(tags.experiment!.length).toBeLessThanOrEqual(LIMITS.tagValue);
  });

  it('hostile names: nothing notifies, links or reorders; the envelope is one Sentry reads', () => {
    const [o] = render([item({ alert: HOSTILE, experiment: HOSTILE.repeat(100), run: HOSTILE })]);
    const text = o!.request.event.message.formatted;
    expect(text).not.toMatch(/@(?!\u200B)|:\/\/evil|www\.evil|[\u202A-\u202E\u2066-\u2069]/);
    expect(text).not.toMatch(/^::/m);
    expect(text).toContain('Run link: https://github.com/acme/vision/actions/runs/5');
    const raw = envelope({ event: o!.request.event, dsn: channel().dsn, sentAt: new Date().toISOString() });
    const env = parseEnvelope(Buffer.from(raw));
    expect(env.event).toEqual(o!.request.event);
    expect(judge(env)).toBeUndefined();
  });

  it('200 firing alerts with long hostile names: 200 envelopes Sentry reads, 200 distinct fingerprints', () => {
    const items = Array.from({ length: 200 }, (_, i) =>
      item({ alert: `${HOSTILE.repeat(30)}${i}`, run: HOSTILE.repeat(50) }),
    );
    const out = render(items);
    expect(out).toHaveLength(200);
    for (const o of out) {
      const raw = envelope({ event: o.request.event, dsn: channel().dsn, sentAt: '2026-11-20T10:00:00.000Z' });
      expect(judge(parseEnvelope(Buffer.from(raw)))).toBeUndefined();
    }
    expect(new Set(out.map((o) => JSON.stringify(o.request.event.fingerprint))).size).toBe(200);
  });

  it("a note's retries carry one event id (a retry after a lost answer is no second event); a new note, a new id", async () => {
    const note = { title: 'wired up', text: 'hi', level: 'info' as const };
    const n = channelType.note(channel(), note, ctx);
    expect(n.events).toEqual([]);
    await channelType.send(n.request, sx());
    await channelType.send(n.request, sx());
    await channelType.send(channelType.note(channel(), note, ctx).request, sx());
    const ids = sentry.server.accepted().map((e) => e.event_id);
    expect(ids).toHaveLength(3);
    expect(ids[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });
});

describe('sentry send', () => {
  it('200 is a success: the envelope arrives with X-Sentry-Auth, the event id kept as the ref', async () => {
    const [o] = render([item()]);
    const attempt = await channelType.send(o!.request, sx());
    expect(attempt).toEqual({ outcome: 'success', status: 200, ref: o!.request.event.event_id });
    const got = sentry.server.received[0]!;
    expect(got.auth).toEqual({ sentry_version: '7', sentry_key: PUBLIC_KEY, sentry_client: SENTRY_CLIENT });
    expect(got.envelope!.header.event_id).toBe(o!.request.event.event_id);
    expect(sentry.server.accepted()).toEqual([o!.request.event]);
  });

  it('a DSN with a path prefix reaches the prefixed endpoint', async () => {
    const ch = channel(sentry.server.dsn({ prefix: '/sentry' }));
    const [o] = render([item()], ch);
    expect(await channelType.send(o!.request, sx(ch))).toMatchObject({ outcome: 'success' });
    expect(sentry.server.received[0]!.path).toMatch(/^\/sentry\/api\/\d+\/envelope\/$/);
  });

  it('401 for a wrong key and 400 for a bad event are final with Sentry detail, never the key', async () => {
    const ch = channel(sentry.server.dsn({ key: 'wrongsecretkey' }));
    const wrong = await channelType.send(render([item()], ch)[0]!.request, sx(ch));
    expect(wrong).toEqual({ outcome: 'final', status: 401, error: 'missing or invalid authentication' });
    expect(JSON.stringify(wrong)).not.toContain('wrongsecretkey');
    const [o] = render([item()]);
    const bad = { ...o!.request, event: { ...o!.request.event, level: 'loud' as never } };
    expect(await channelType.send(bad, sx())).toEqual({ outcome: 'final', status: 400, error: 'invalid level' });
  });

  it('413 is final; 429 is retried after X-Sentry-Rate-Limits; 5xx and a reset connection are retried', async () => {
    sentry.server.answer(
      { status: 413, body: '{"detail":"envelope exceeded size limits"}' },
      rateLimited(9),
      { status: 502, body: 'bad gateway' },
      'reset',
    );
    const request = render([item()])[0]!.request;
    expect(await channelType.send(request, sx())).toMatchObject({ outcome: 'final', status: 413 });
    expect(await channelType.send(request, sx())).toMatchObject({ outcome: 'retry', status: 429, afterMs: 9000 });
    expect(await channelType.send(request, sx())).toMatchObject({ outcome: 'retry', status: 502 });
    await expect(channelType.send(request, sx())).rejects.toThrow();
  });

  it('reads the longest limit that applies to events, else Retry-After', () => {
    const at = (h: Record<string, string>) => classifySentry({ status: 429, headers: h, body: '' });
    expect(at({ 'x-sentry-rate-limits': '60:transaction:key, 30:error:project, 120::organization' })).toMatchObject({
      afterMs: 120_000,
    });
    expect(at({ 'x-sentry-rate-limits': '60:transaction:key', 'retry-after': '5' })).toMatchObject({ afterMs: 5000 });
  });

  it('a DSN that cannot be read is a final failure naming what is wrong, not the DSN', async () => {
    const ch = channel('https://secretkey@sentry.io/notanumber');
    const [o] = render([item()], ch);
    const attempt = await channelType.send(o!.request, sx(ch));
    expect(attempt).toEqual({ outcome: 'final', error: 'the DSN does not end with a numeric project id' });
    expect(sentry.server.received).toHaveLength(0);
  });
});
