// One attempt against a loopback Teams Workflows webhook that answers as documented, and how each answer is classified.
import { describe, expect, it } from '@jest/globals';
import { channelType } from '../../../src/channels/teams/index.js';
import type { TeamsRequest } from '../../../src/channels/teams/render.js';
import type { DigestItem, SendContext } from '../../../src/channels/types.js';
import type { RunContext, TeamsChannel } from '../../../src/core/types.js';
import { loopbackHttp } from '../../helpers/chat-http.js';
import { ledgerEvent } from '../../helpers/fixtures.js';
import { SIGNATURE, teamsForSuite, throttled } from '../../helpers/teams-server.js';

const teams = teamsForSuite();
const ctx: RunContext = { serverUrl: 'https://github.com', repository: 'acme/vision' };

function setup(url: string, items?: DigestItem[]): { request: TeamsRequest; sx: SendContext<TeamsChannel> } {
  const channel: TeamsChannel = { name: 'tm', type: 'teams', url };
  const [out] = channelType.render({ channel, items: items ?? [{ event: ledgerEvent(), recent: [] }], ctx });
  const sx = { channel, signal: AbortSignal.timeout(10_000), timeoutMs: 10_000, http: loopbackHttp };
  return { request: out!.request, sx };
}

describe('teams send', () => {
  it('202 Accepted is a success, and the flow posts the card as rendered', async () => {
    const { request, sx } = setup(teams.server.url());
    expect(await channelType.send(request, sx)).toEqual({ outcome: 'success', status: 202 });
    expect(teams.server.received).toHaveLength(1);
    expect(teams.server.received[0]!.json).toEqual(request.payload);
    expect(teams.server.received[0]!.flowError).toBeUndefined();
  });

  it('200 is a success too (a flow that answers with a Response action)', async () => {
    teams.server.answer({ status: 200, body: '' });
    const { request, sx } = setup(teams.server.url());
    expect(await channelType.send(request, sx)).toEqual({ outcome: 'success', status: 200 });
  });

  it('200 firing alerts with hostile names: one card the flow can post (within 28 KB)', async () => {
    const long = '**[x](https://evil.example)** <at>all</at> {{DATE(2017-02-14T06:08:00Z)}} '.repeat(60);
    const items = Array.from({ length: 200 }, (_, i) => ({
      event: ledgerEvent({ alert: `a${i}`, experiment: long, run: long, metric: `m.${long}` }),
      recent: [1, 2, 3],
    }));
    const { request, sx } = setup(teams.server.url(), items);
    expect(await channelType.send(request, sx)).toEqual({ outcome: 'success', status: 202 });
    const got = teams.server.received[0]!;
    expect(got.flowError).toBeUndefined();
    expect(got.bytes).toBeLessThanOrEqual(28_000);
  });

  it('429: retried after Retry-After', async () => {
    teams.server.answer(throttled(7));
    const { request, sx } = setup(teams.server.url());
    expect(await channelType.send(request, sx)).toEqual({
      outcome: 'retry',
      status: 429,
      afterMs: 7000,
      rateLimited: true,
      error: 'rate limited (429)',
    });
  });

  it('5xx is retried', async () => {
    teams.server.answer({
      status: 503,
      body: JSON.stringify({ error: { code: 'ServiceUnavailable', message: 'The service is unavailable.' } }),
    });
    const { request, sx } = setup(teams.server.url());
    expect(await channelType.send(request, sx)).toEqual({
      outcome: 'retry',
      status: 503,
      error: 'HTTP 503: ServiceUnavailable: The service is unavailable.',
    });
  });

  it('a bad signature, an unknown workflow or a body that is not JSON is final, with the code and message', async () => {
    const wrong = setup(teams.server.url({ sig: 'nope' }));
    expect(await channelType.send(wrong.request, wrong.sx)).toEqual({
      outcome: 'final',
      status: 401,
      error: 'DirectApiInvalidAuthorizationSignature: The provided authorization signature is not valid.',
    });
    const unknown = setup(teams.server.url({ workflow: 'ffff' }));
    const a = await channelType.send(unknown.request, unknown.sx);
    expect(a).toEqual({
      outcome: 'final',
      status: 404,
      error: "WorkflowNotFound: The workflow 'ffff' could not be found.",
    });
    teams.server.answer({ status: 400, body: 'not an envelope' });
    const plain = setup(teams.server.url());
    expect(await channelType.send(plain.request, plain.sx)).toEqual({
      outcome: 'final',
      status: 400,
      error: 'not an envelope',
    });
    expect(JSON.stringify(a)).not.toContain(SIGNATURE);
  });

  it('a dropped connection throws (a network error, retried by the pipeline)', async () => {
    teams.server.answer('reset');
    const { request, sx } = setup(teams.server.url());
    await expect(channelType.send(request, sx)).rejects.toThrow();
  });

  it('a note is accepted and posted', async () => {
    const channel: TeamsChannel = { name: 'tm', type: 'teams', url: teams.server.url() };
    const out = channelType.note(channel, { title: 'metric-alerts is wired up', text: 'hello', level: 'info' }, ctx);
    const sx = { channel, signal: AbortSignal.timeout(10_000), timeoutMs: 10_000, http: loopbackHttp };
    expect(await channelType.send(out.request, sx)).toEqual({ outcome: 'success', status: 202 });
    expect(teams.server.received[0]!.flowError).toBeUndefined();
  });
});
