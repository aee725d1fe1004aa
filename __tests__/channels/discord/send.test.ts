// One attempt against a loopback Discord that answers as Discord documents, and how each answer is classified.
import { describe, expect, it } from '@jest/globals';
import { channelType } from '../../../src/channels/discord/index.js';
import type { DiscordRequest } from '../../../src/channels/discord/render.js';
import type { DigestItem, SendContext } from '../../../src/channels/types.js';
import type { DiscordChannel, RunContext } from '../../../src/core/types.js';
import { loopbackHttp } from '../../helpers/chat-http.js';
import { discordForSuite, rateLimited, WEBHOOK_TOKEN } from '../../helpers/discord-server.js';
import { ledgerEvent } from '../../helpers/fixtures.js';

const discord = discordForSuite();
const ctx: RunContext = { serverUrl: 'https://github.com', repository: 'acme/vision' };

function setup(url: string, items?: DigestItem[]): { request: DiscordRequest; sx: SendContext<DiscordChannel> } {
  const channel: DiscordChannel = { name: 'dc', type: 'discord', url, mentions: ['<@111>'] };
  const [out] = channelType.render({
    channel,
    items: items ?? [{ event: ledgerEvent(), recent: [] }],
    ctx,
  });
  const sx = { channel, signal: AbortSignal.timeout(10_000), timeoutMs: 10_000, http: loopbackHttp };
  return { request: out!.request, sx };
}

describe('discord send', () => {
  it('204 No Content is a success, and the message arrives as rendered', async () => {
    const { request, sx } = setup(discord.server.url());
    expect(await channelType.send(request, sx)).toEqual({ outcome: 'success', status: 204 });
    expect(discord.server.received).toHaveLength(1);
    expect(discord.server.received[0]!.json).toEqual(request.payload);
  });

  it('with ?wait=true, 200 and the message id kept as the ref', async () => {
    const { request, sx } = setup(discord.server.url({ query: '?wait=true' }));
    const attempt = await channelType.send(request, sx);
    expect(attempt).toMatchObject({ outcome: 'success', status: 200 });
    expect((attempt as { ref?: string }).ref).toMatch(/^\d{19}$/);
  });

  it('200 firing alerts with hostile names go through in one message Discord accepts', async () => {
    const long = '**[x](https://evil.example)** <@9> @everyone '.repeat(60);
    const items = Array.from({ length: 200 }, (_, i) => ({
      event: ledgerEvent({ alert: `a${i}`, experiment: long, run: long, metric: `m.${long}` }),
      recent: [1, 2, 3],
    }));
    const { request, sx } = setup(discord.server.url(), items);
    expect(await channelType.send(request, sx)).toEqual({ outcome: 'success', status: 204 });
    expect(discord.server.received[0]!.status).toBe(204);
  });

  it('429: retried after the body retry_after (seconds, a float), not the rounded header', async () => {
    discord.server.answer(rateLimited(1.25));
    const { request, sx } = setup(discord.server.url());
    expect(await channelType.send(request, sx)).toEqual({
      outcome: 'retry',
      status: 429,
      afterMs: 1250,
      rateLimited: true,
      error: 'rate limited (429)',
    });
  });

  it('429 without a body field: the Retry-After header', async () => {
    discord.server.answer({ status: 429, body: '', headers: { 'retry-after': '3' } });
    const { request, sx } = setup(discord.server.url());
    expect(await channelType.send(request, sx)).toMatchObject({ outcome: 'retry', afterMs: 3000 });
  });

  it('5xx is retried, with the reason', async () => {
    discord.server.answer(
      { status: 500, body: JSON.stringify({ message: '500: Internal Server Error', code: 0 }) },
      { status: 502, body: '<html><body>Bad gateway</body></html>' },
    );
    const { request, sx } = setup(discord.server.url());
    expect(await channelType.send(request, sx)).toEqual({
      outcome: 'retry',
      status: 500,
      error: 'HTTP 500: 500: Internal Server Error (code 0)',
    });
    expect(await channelType.send(request, sx)).toEqual({
      outcome: 'retry',
      status: 502,
      error: 'HTTP 502: <html><body>Bad gateway</body></html>',
    });
  });

  it('400 is final, naming Discord message, code and the first field error', async () => {
    const { request, sx } = setup(discord.server.url());
    const bad: DiscordRequest = {
      ...request,
      payload: { ...request.payload, embeds: [{ ...request.payload.embeds[0]!, title: 't'.repeat(300) }] },
    };
    expect(await channelType.send(bad, sx)).toEqual({
      outcome: 'final',
      status: 400,
      error: 'Invalid Form Body (code 50035): embeds.0.title: Must be 256 or fewer in length.',
    });
  });

  it('an unknown webhook or a wrong token is final, and the error never holds the token', async () => {
    const unknown = setup(discord.server.url({ id: '42' }));
    const a = await channelType.send(unknown.request, unknown.sx);
    expect(a).toEqual({ outcome: 'final', status: 404, error: 'Unknown Webhook (code 10015)' });
    const wrong = setup(discord.server.url({ token: 'nope' }));
    const b = await channelType.send(wrong.request, wrong.sx);
    expect(b).toEqual({ outcome: 'final', status: 401, error: 'Invalid Webhook Token (code 50027)' });
    expect(JSON.stringify([a, b])).not.toContain(WEBHOOK_TOKEN);
  });

  it('a dropped connection throws (a network error, retried by the pipeline)', async () => {
    discord.server.answer('reset');
    const { request, sx } = setup(discord.server.url());
    await expect(channelType.send(request, sx)).rejects.toThrow();
  });

  it('a note is accepted as sent', async () => {
    const channel: DiscordChannel = { name: 'dc', type: 'discord', url: discord.server.url(), mentions: [] };
    const out = channelType.note(channel, { title: 'metric-alerts is wired up', text: 'hello', level: 'info' }, ctx);
    const sx = { channel, signal: AbortSignal.timeout(10_000), timeoutMs: 10_000, http: loopbackHttp };
    expect(await channelType.send(out.request, sx)).toEqual({ outcome: 'success', status: 204 });
  });
});
