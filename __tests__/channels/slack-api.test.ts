// Slack's Web API mode, rendered and sent over real HTTP to a loopback stand-in of the Web API.
import { describe, expect, it } from '@jest/globals';
import { httpRequest } from '../../src/adapters/http.js';
import { loadConfig } from '../../src/core/config/load.js';
import {
  MAX_THREADS,
  noteApi,
  parseRef,
  previewApi,
  renderApi,
  sendApi,
  type ApiRequest,
  type PostMessageBody,
} from '../../src/channels/slack/api.js';
import type { Batch, HttpClient, Outgoing, SendContext, ThreadMessage } from '../../src/channels/types.js';
import type { DigestItem } from '../../src/core/digest.js';
import { eventId, type LedgerEvent } from '../../src/core/history/ledger.js';
import type { RunContext, SlackChannel } from '../../src/core/types.js';
import { ledgerEvent } from '../helpers/fixtures.js';
import { blocksText, rateLimited, slackApiForSuite, slackError, TOKEN } from '../helpers/slack-api-server.js';

const stand = slackApiForSuite({
  channels: [
    { id: 'C0ALERTS', name: 'ml-alerts' },
    { id: 'C0OTHER', name: 'elsewhere', member: false },
  ],
});

const ctx: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/vision',
  workflowRunUrl: 'https://github.com/acme/vision/actions/runs/9',
  sha: 'abcdef1234',
};

/** The pipeline's HTTP client, as a thin adapter over the project's own request. */
const http: HttpClient = {
  async request(url, req, signal) {
    const a = await httpRequest(url, { ...req, method: req.method as 'POST', signal, maxBytes: 65_536 });
    return { status: a.status, headers: a.headers, body: a.body.toString('utf8') };
  },
};

const channelOf = (over: Partial<SlackChannel> = {}): SlackChannel => ({
  type: 'slack',
  name: 'ml',
  token: TOKEN,
  channel: '#ml-alerts',
  apiUrl: stand.server.url,
  mentions: [],
  ...over,
});
const sx = (channel = channelOf(), signal = AbortSignal.timeout(10_000)): SendContext<SlackChannel> => ({
  channel,
  signal,
  timeoutMs: 10_000,
  http,
});
const item = (over: Partial<LedgerEvent> = {}, extra: Partial<DigestItem> = {}): DigestItem => ({
  event: ledgerEvent(over),
  recent: [],
  ...extra,
});
const fired = (alert: string, experiment = 'iris'): DigestItem => item({ alert, experiment });
const resolvedOf = (f: DigestItem, thread: string): DigestItem =>
  item(
    {
      ...f.event,
      kind: 'resolved',
      state: 'ok',
      previousState: 'firing',
      value: 0.95,
      run: '10',
      at: '2026-11-20T11:00:00.000Z',
    },
    { thread },
  );
const reminderOf = (f: DigestItem, thread: string): DigestItem =>
  item({ ...f.event, kind: 'reminder', run: '10', at: '2026-11-20T11:00:00.000Z' }, { thread });
const batchOf = (
  items: DigestItem[],
  threads?: Map<string, ThreadMessage>,
  channel = channelOf(),
): Batch<SlackChannel> => (threads ? { channel, items, ctx, threads } : { channel, items, ctx });
const post = (o: Outgoing<ApiRequest>): PostMessageBody => {
  return o.request.post;
};

/** Sends every message of a batch in order, as the pipeline does (one attempt each: the stand-in answers at once). */
async function sendAll(outgoing: Outgoing<ApiRequest>[], channel = channelOf()) {
  const results = [];
  for (const o of outgoing) results.push(await sendApi(o.request, sx(channel)));
  return results;
}

describe('the thread scenario: fired, then resolved as a reply in its thread, and the message that fired updated', () => {
  it('posts the firing digest, answers in its thread on resolve and redraws it with the resolved event marked', async () => {
    const acc = fired('acc');
    const loss = fired('loss');
    const first = renderApi(batchOf([acc, loss]));
    expect(first).toHaveLength(1);
    expect(first[0]!.events).toEqual([eventId(acc.event), eventId(loss.event)].sort((a, b) => (a < b ? -1 : 1)));
    const [sent] = await sendAll(first);
    expect(sent).toMatchObject({ outcome: 'success', status: 200 });
    const ref = sent!.outcome === 'success' ? sent!.ref : undefined;
    const channel = stand.server.channels.get('C0ALERTS')!;
    expect(channel.messages).toHaveLength(1);
    expect(ref).toBe(`C0ALERTS:${channel.messages[0]!.ts}`);

    // Next run: acc resolved, loss still firing (repeat never: no reminder).
    const threads = new Map<string, ThreadMessage>([
      [ref!, { items: [acc, loss], resolved: new Set([eventId(acc.event)]) }],
    ]);
    const resolved = resolvedOf(acc, ref!);
    const second = renderApi(batchOf([resolved], threads));
    expect(second).toHaveLength(1);
    expect(second[0]!.events).toEqual([eventId(resolved.event)]);
    expect(second[0]!.request.update).toMatchObject({ channel: 'C0ALERTS', ts: channel.messages[0]!.ts });
    expect(post(second[0]!)).toMatchObject({ channel: 'C0ALERTS', thread_ts: channel.messages[0]!.ts });
    expect(post(second[0]!)).not.toHaveProperty('reply_broadcast');

    const results = await sendAll(second);
    // The reply's delivery names the thread it lives in; the update went well (no note).
    expect(results).toEqual([{ outcome: 'success', status: 200, ref }]);
    expect(stand.server.calls.map((c) => c.method)).toEqual(['chat.postMessage', 'chat.postMessage', 'chat.update']);
    expect(channel.messages).toHaveLength(1);
    const [original] = channel.messages;
    expect(original!.replies).toHaveLength(1);
    expect(blocksText(original!.replies[0]!)).toContain('*acc* resolved');
    expect(blocksText(original!.replies[0]!)).toContain('back above 0.9');
    expect(original!.edits).toBe(1);
    const updated = blocksText(original!);
    expect(updated).toContain('1 firing, 1 resolved');
    expect(updated).toContain(':white_check_mark: *RESOLVED* · *acc* was firing (warning); see the thread');
    expect(updated).toContain('*loss* is firing');
    expect(updated).not.toMatch(/RESOLVED\* · \*loss\*/);
    expect(updated).toContain('Updated by');
    expect(original!.text).toContain('acc firing on iris (accuracy = 0.78, condition &lt; 0.9), now resolved');
  });

  it('a reminder is a reply also shown in the channel; a resolved-only reply stays in the thread', async () => {
    const a = fired('a');
    const b = fired('b');
    const out = renderApi(batchOf([reminderOf(a, 'C0ALERTS:1.000001'), resolvedOf(b, 'C0ALERTS:1.000002')]));
    const replies = out.map(post);
    expect(replies).toEqual([
      expect.objectContaining({ thread_ts: '1.000001', reply_broadcast: true }),
      expect.not.objectContaining({ reply_broadcast: expect.anything() }),
    ]);
    // No update without the history of the message that fired.
    expect(out.map((o) => o.request.update)).toEqual([undefined, undefined]);
  });

  it('a reminder alone leaves the message that fired as it is', () => {
    const a = fired('a');
    const threads = new Map([['C0ALERTS:1.000001', { items: [a], resolved: new Set<string>() }]]);
    const out = renderApi(batchOf([reminderOf(a, 'C0ALERTS:1.000001')], threads));
    expect(out).toHaveLength(1);
    expect(out[0]!.request.update).toBeUndefined();
  });

  it('one reply per thread, carrying every event of that thread; fired events and unknown threads go in the digest', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => fired(n));
    const out = renderApi(
      batchOf([
        fired('new'),
        resolvedOf(a!, 'C0ALERTS:1.000001'),
        resolvedOf(b!, 'C0ALERTS:1.000001'),
        resolvedOf(c!, 'not-a-slack-ref'),
        { ...resolvedOf(d!, 'x'), thread: undefined },
        { ...fired('refired'), thread: 'C0ALERTS:1.000001' },
      ]),
    );
    expect(out).toHaveLength(2);
    const digest = blocksText(post(out[0]!));
    for (const n of ['new', 'c', 'd', 'refired']) expect(digest).toContain(`*${n}*`);
    expect(post(out[0]!)).not.toHaveProperty('thread_ts');
    expect(post(out[1]!).thread_ts).toBe('1.000001');
    expect(out[1]!.events).toHaveLength(2);
  });

  it(`answers at most ${MAX_THREADS} threads in a run; the events of further threads are told in the digest`, () => {
    const items = Array.from({ length: MAX_THREADS + 3 }, (_, n) =>
      resolvedOf(fired(`a${n}`), `C0ALERTS:1.${String(n).padStart(6, '0')}`),
    );
    const out = renderApi(batchOf(items));
    const replies = out.filter((o) => post(o).thread_ts !== undefined);
    expect(replies).toHaveLength(MAX_THREADS);
    expect(out[0]!.events).toHaveLength(3);
    expect(new Set(out.flatMap((o) => o.events)).size).toBe(items.length);
  });

  it('refs are CHANNEL_ID:ts and nothing else', () => {
    expect(parseRef('C0ALERTS:1700000001.000001')).toEqual({ channel: 'C0ALERTS', ts: '1700000001.000001' });
    for (const bad of [undefined, '', '12', 'C0:abc', 'c0alerts:1.2', 'C0:1.2:3'])
      expect(parseRef(bad)).toBeUndefined();
  });
});

describe('the request', () => {
  it('carries the token only as a Bearer header, JSON in UTF-8, no link previews; the token is in no request', async () => {
    const [o] = renderApi(batchOf([fired('acc')]));
    expect(JSON.stringify(o)).not.toContain(TOKEN);
    expect(o!.destination).toBe(`${stand.server.url}/chat.postMessage`);
    await sendAll([o!]);
    const [call] = stand.server.calls;
    expect(call).toMatchObject({
      method: 'chat.postMessage',
      authorization: `Bearer ${TOKEN}`,
      contentType: 'application/json; charset=utf-8',
    });
    expect(call!.json).toMatchObject({ channel: '#ml-alerts', unfurl_links: false, unfurl_media: false });
    expect(call!.body).not.toContain(TOKEN);
  });

  it('an api-url with a trailing slash is the same base', () => {
    const [o] = renderApi(batchOf([fired('acc')], undefined, channelOf({ apiUrl: `${stand.server.url}/` })));
    expect(o!.destination).toBe(`${stand.server.url}/chat.postMessage`);
  });

  it('escapes hostile names: nothing pings, links or reorders, in the digest, the reply and the update', async () => {
    const hostile = item({
      alert: 'acc',
      experiment: '<!channel> \u202Eevil',
      run: '<https://evil.example|click>',
      metric: '<@U123>&x',
    });
    const [o] = renderApi(batchOf([hostile]));
    const [sent] = await sendAll([o!]);
    const ref = sent!.outcome === 'success' ? sent!.ref! : '';
    const threads = new Map([[ref, { items: [hostile], resolved: new Set([eventId(hostile.event)]) }]]);
    await sendAll(renderApi(batchOf([resolvedOf(hostile, ref)], threads)));
    const all = stand.server.calls.map((c) => c.body).join('\n');
    expect(all).not.toMatch(/<!channel>|<@U123>|<https:\/\/evil|\u202E/);
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).toContain('&lt;@U123&gt;&amp;x');
  });

  it('200 firing alerts fit in one message the Web API accepts: 50 blocks, the blocks text within its limit', async () => {
    const { config } = loadConfig({
      text: [
        'version: 1',
        'alerts:',
        '  - name: acc',
        '    metric: accuracy',
        '    op: "<"',
        '    threshold: 0.9',
        `    description: "${'Accuracy on the held-out set of the nightly evaluation. '.repeat(3)}"`,
        '    runbook: https://wiki.example.com/ml/runbooks/accuracy-regression',
        '    message: "{{metric}} fell to {{value}} on {{experiment}} (run {{run}}, commit {{sha}})"',
        '    labels: { team: vision, tier: production, owner: ml-platform }',
        '',
      ].join('\n'),
      file: 'a.yml',
      env: {},
    });
    const many = Array.from({ length: 200 }, (_, n) =>
      item(
        { alert: `alert-${n}`, experiment: `experiment-${n}`, severity: n % 3 ? 'warning' : 'critical' },
        { recent: [0.95, 0.94, 0.93, 0.91, 0.78], rule: config.alerts[0]! },
      ),
    );
    const out = renderApi(batchOf(many, undefined, channelOf({ mentions: ['<@U012AB3CD>'] })));
    expect(out).toHaveLength(1);
    expect(out[0]!.events).toHaveLength(200);
    const [result] = await sendAll(out);
    expect(result).toMatchObject({ outcome: 'success' });
    const [message] = stand.server.channels.get('C0ALERTS')!.messages;
    expect(message!.blocks.length).toBeLessThanOrEqual(50);
    expect(blocksText(message!)).toMatch(/…and \d+ more \(see the job summary\)/);
    expect(blocksText(message!)).toContain('200 firing');
    expect(blocksText(message!)).toContain('cc <@U012AB3CD>');
  });

  it('a note (wired up, ad-hoc) is one chat.postMessage with no events, escaped', async () => {
    const o = noteApi(channelOf(), { title: 'Deploy <!here>', text: 'model *v2* <@U1> shipped', level: 'info' }, ctx);
    expect(o.events).toEqual([]);
    expect(await sendApi(o.request, sx())).toMatchObject({ outcome: 'success' });
    const [message] = stand.server.channels.get('C0ALERTS')!.messages;
    expect(blocksText(message!)).toContain('Deploy &lt;!here&gt;');
    expect(blocksText(message!)).toContain('&lt;@U1&gt;');
    expect(blocksText(message!)).toContain('acme/vision');
  });

  it('a dry run shows where each call goes', () => {
    const a = fired('a');
    const threads = new Map([['C0ALERTS:1.000001', { items: [a], resolved: new Set([eventId(a.event)]) }]]);
    const out = renderApi(
      batchOf([reminderOf(a, 'C0ALERTS:1.000001'), resolvedOf(fired('b'), 'C0ALERTS:1.000001')], threads),
    );
    const shown = previewApi(out[0]!.request);
    expect(shown).toMatch(
      /^\(reply in the thread of 1\.000001, also sent to the channel, then that message updated\)\n/,
    );
    expect(shown).toContain('── the message 1.000001, updated ──\n✅ metric-alerts: 1 resolved');
    expect(previewApi(renderApi(batchOf([a]))[0]!.request)).toMatch(/^🚨 metric-alerts: 1 firing/);
  });
});

describe('the answer', () => {
  /** One attempt of the digest of one fired event, rendered and sent for `channel`. */
  const once = async (channel = channelOf()) =>
    sendApi(renderApi(batchOf([fired('acc')], undefined, channel))[0]!.request, sx(channel));

  it("ok: false is final, naming Slack's error and what to do about it", async () => {
    expect(await once(channelOf({ channel: '#nowhere' }))).toEqual({
      outcome: 'final',
      status: 200,
      error: 'channel_not_found: use the channel ID (C0...) of a channel the app can see',
    });
    expect(await once(channelOf({ channel: 'C0OTHER' }))).toMatchObject({
      outcome: 'final',
      error: expect.stringMatching(/^not_in_channel: invite the app .*chat:write\.public/),
    });
    stand.server.answer('chat.postMessage', {
      status: 200,
      json: { ok: false, error: 'missing_scope', needed: 'chat:write', provided: 'channels:read' },
    });
    expect(await once()).toMatchObject({
      outcome: 'final',
      error: expect.stringMatching(/^missing_scope \(needs chat:write\)/),
    });
    stand.server.answer('chat.postMessage', slackError('msg_too_long'));
    expect(await once()).toEqual({ outcome: 'final', status: 200, error: 'msg_too_long' });
    expect(stand.server.channels.get('C0ALERTS')!.messages).toHaveLength(0);
  });

  it('a wrong token is final and the token is never in the error, even when the answer echoes it', async () => {
    const wrong = 'xoxb-9999-wrong';
    const answer = await once(channelOf({ token: wrong }));
    expect(answer).toMatchObject({ outcome: 'final', error: expect.stringMatching(/^invalid_auth/) });
    stand.server.answer('chat.postMessage', { status: 400, json: { ok: false, detail: `bad token ${TOKEN}` } });
    const echoed = await once();
    expect(echoed).toMatchObject({ outcome: 'final', status: 400 });
    expect(JSON.stringify(echoed)).not.toContain(TOKEN);
    expect(JSON.stringify(echoed)).toContain('***');
  });

  it("429 is retried after Retry-After; 5xx and Slack's own transient errors are retried", async () => {
    stand.server.answer('chat.postMessage', rateLimited(2));
    expect(await once()).toEqual({
      outcome: 'retry',
      status: 429,
      afterMs: 2000,
      rateLimited: true,
      error: 'rate limited (429)',
    });
    stand.server.answer('chat.postMessage', { status: 503, json: { ok: false, error: 'service_unavailable' } });
    expect(await once()).toMatchObject({ outcome: 'retry', status: 503 });
    for (const error of ['internal_error', 'fatal_error', 'request_timeout']) {
      stand.server.answer('chat.postMessage', slackError(error));
      expect(await once()).toEqual({ outcome: 'retry', status: 200, error: `Slack answered ${error}` });
    }
    expect(stand.server.channels.get('C0ALERTS')!.messages).toHaveLength(0);
    expect(await once()).toMatchObject({ outcome: 'success' });
  });

  it("an answer that is not Slack's JSON is not a success", async () => {
    stand.server.answer('chat.postMessage', { status: 200, json: { something: 'else' } });
    expect(await once()).toMatchObject({ outcome: 'final', status: 200 });
    stand.server.answer('chat.postMessage', { status: 404, json: {} });
    expect(await once()).toMatchObject({ outcome: 'final', status: 404 });
  });

  it('no answer: the request is aborted by its signal and throws (a network error: the pipeline retries)', async () => {
    stand.server.answer('chat.postMessage', 'hang');
    const [o] = renderApi(batchOf([fired('acc')]));
    await expect(sendApi(o!.request, sx(channelOf(), AbortSignal.timeout(300)))).rejects.toThrow();
  });

  it('an update that fails leaves the reply delivered: a success with a note, never a failure (a retry would repeat the reply)', async () => {
    const a = fired('a');
    const [firstSent] = await sendAll(renderApi(batchOf([a])));
    const ref = firstSent!.outcome === 'success' ? firstSent!.ref! : '';
    const ts = parseRef(ref)!.ts;
    const threads = new Map([[ref, { items: [a], resolved: new Set([eventId(a.event)]) }]]);
    const resolve = () => renderApi(batchOf([resolvedOf(a, ref)], threads));

    stand.server.answer('chat.update', slackError('edit_window_closed'));
    expect(await sendAll(resolve())).toEqual([
      {
        outcome: 'success',
        status: 200,
        ref,
        note: `the message that fired (${ts}) was not updated: edit_window_closed`,
      },
    ]);
    stand.server.answer('chat.update', rateLimited(5));
    expect(await sendAll(resolve())).toEqual([
      expect.objectContaining({ outcome: 'success', ref, note: expect.stringContaining('rate limited (429)') }),
    ]);
    stand.server.answer('chat.update', 'reset');
    expect(await sendAll(resolve())).toEqual([
      expect.objectContaining({
        outcome: 'success',
        ref,
        note: expect.stringMatching(/was not updated: (network error|connection reset)/),
      }),
    ]);
    const channel = stand.server.channels.get('C0ALERTS')!;
    expect(channel.messages[0]!.replies).toHaveLength(3);
    expect(channel.messages[0]!.edits).toBe(0);

    // A reply that is not delivered updates nothing.
    stand.server.answer('chat.postMessage', { status: 503, json: { ok: false, error: 'service_unavailable' } });
    expect(await sendAll(resolve())).toEqual([expect.objectContaining({ outcome: 'retry', status: 503 })]);
    expect(stand.server.calls.at(-1)!.method).toBe('chat.postMessage');
    expect(channel.messages[0]!.edits).toBe(0);
  });

  it('a channel without a token sends nothing', async () => {
    expect(await once(channelOf({ token: undefined }))).toEqual({
      outcome: 'final',
      error: 'the channel has no token',
    });
    expect(stand.server.calls).toHaveLength(0);
  });
});
