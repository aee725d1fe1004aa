// Issue 16 through incident and chat types: a status rule and a stale rule through PagerDuty (one incident per instance,
// trigger then resolve), a webhook (every payload valid against the committed schema) and Discord, with `for: 2`,
// `repeat` and `notify-resolved: false`, by the bundled action (dist/index.js) with processes started at their instants.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { discordForSuite } from '../helpers/discord-server.js';
import { closed, validateJsonSchema } from '../helpers/json-schema.js';
import { startPagerDuty, type PagerDutyStandIn } from '../helpers/pagerduty-server.js';
import { runAction, tempDir, writeFiles } from '../helpers/run-action.js';
import { PATH, startReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const discord = discordForSuite();
let pd: PagerDutyStandIn;
let hooks: WebhookReceiver;
beforeAll(async () => {
  pd = await startPagerDuty();
  hooks = await startReceiver();
});
afterAll(async () => {
  await pd.close();
  await hooks.close();
});

const RULES = `version: 1
channels:
  oncall: { type: pagerduty, routing-key: "\${PD_ROUTING_KEY}", url: "\${PD_URL}" }
  hooks: { type: webhook, url: "\${HOOK_URL}" }
  chat: { type: discord, url: "\${DISCORD_WEBHOOK_URL}" }
alerts:
  - name: training-crashed
    status: [failed, crashed]
    for: 2
    severity: critical
    channels: [oncall, hooks, chat]
  - name: nightly-stopped
    stale: 2d
    repeat: 12h
    channels: [oncall, hooks, chat]
  - name: training-killed
    status: [killed]
    notify-resolved: false
    channels: [hooks, chat]
`;

const schema = closed(
  JSON.parse(readFileSync(path.join(ROOT, 'schema/webhook-payload.schema.json'), 'utf8')),
) as Record<string, unknown>;

interface Sent {
  results: { alert: string; event: string | null; state: string; deliveries: unknown[] }[];
  pd: { action: unknown; alert: unknown; details: Record<string, unknown> | undefined }[];
  hooks: { alert: string; kind: string; check: string; status: string | null; reading: { value: string } }[];
  discord: string[];
}

/** One workflow run at `now`: a push with one training run's envelope, or a scheduled check reading no metrics. */
async function step(
  ws: string,
  now: string,
  run: { id: string; status: string; at: string } | 'schedule',
): Promise<Sent> {
  const before = { pd: pd.received.length, hooks: hooks.received.length, discord: discord.server.received.length };
  if (run !== 'schedule')
    writeFiles(ws, {
      'out/run.json': JSON.stringify({
        experiment: 'nightly',
        run_id: run.id,
        status: run.status,
        timestamp: run.at,
        metrics: { loss: 0.5 },
      }),
    });
  const r = await runAction({
    workspace: ws,
    now,
    event:
      run === 'schedule' ? { name: 'schedule', payload: { schedule: '30 6 * * *' } } : { name: 'push', payload: {} },
    inputs: { history: 'file', ...(run === 'schedule' ? {} : { metrics: 'out/run.json' }) },
    env: {
      PD_URL: pd.url(),
      PD_ROUTING_KEY: 'R0123456789abcdef0123456789abcde',
      HOOK_URL: hooks.url(PATH),
      DISCORD_WEBHOOK_URL: discord.server.url(),
    },
  });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const payloads = hooks.received.slice(before.hooks).map((h) => h.json as { events: Sent['hooks'] });
  for (const p of payloads) expect(validateJsonSchema(schema, p)).toEqual([]);
  return {
    results: JSON.parse(r.outputs.results!),
    pd: pd.received.slice(before.pd).map((x) => {
      expect(x.status).toBe(202);
      return { action: x.json.event_action, alert: x.json.payload?.group, details: x.json.payload?.custom_details };
    }),
    hooks: payloads.flatMap((p) => p.events),
    // Discord's embeds as JSON text, Markdown's backslash escapes removed.
    discord: discord.server.received
      .slice(before.discord)
      .map((d) => JSON.stringify(d.json.embeds).replace(/\\\\/g, '')),
  };
}

const eventOf = (s: Sent, alert: string) => s.results.find((r) => r.alert === alert)?.event ?? null;

describe('status and stale rules through PagerDuty, a webhook and Discord', () => {
  it('for: 2, repeat and notify-resolved: false, one incident per instance', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES });

    // A first failed run: for: 2 waits.
    const first = await step(ws, '2026-03-05T07:00:00Z', { id: 'n1', status: 'failed', at: '2026-03-05T06:30:00Z' });
    expect(first.results.find((r) => r.alert === 'training-crashed')).toMatchObject({ state: 'pending', event: null });
    expect([first.pd, first.hooks, first.discord]).toEqual([[], [], []]);

    // The second: it fires on every channel; PagerDuty opens one incident with the status as its details.
    const second = await step(ws, '2026-03-05T08:00:00Z', { id: 'n2', status: 'FAILED', at: '2026-03-05T07:30:00Z' });
    expect(eventOf(second, 'training-crashed')).toBe('fired');
    expect(second.pd).toEqual([
      {
        action: 'trigger',
        alert: 'training-crashed',
        details: expect.objectContaining({ check: 'status', status: 'failed', statuses: ['failed', 'crashed'] }),
      },
    ]);
    expect(second.pd[0]!.details).not.toHaveProperty('threshold');
    expect(second.hooks).toEqual([
      expect.objectContaining({ alert: 'training-crashed', kind: 'fired', check: 'status', status: 'failed' }),
    ]);
    expect(second.discord).toHaveLength(1);
    expect(second.discord[0]).toContain('status = failed');

    // Three days without a run: the scheduled check fires the stale rule (the status rule has no new run to read).
    const stale = await step(ws, '2026-03-08T06:30:00Z', 'schedule');
    expect(eventOf(stale, 'nightly-stopped')).toBe('fired');
    expect(eventOf(stale, 'training-crashed')).toBeNull();
    expect(stale.pd).toEqual([
      {
        action: 'trigger',
        alert: 'nightly-stopped',
        details: expect.objectContaining({ check: 'stale', stale_after: '2d' }),
      },
    ]);
    expect(stale.hooks).toEqual([expect.objectContaining({ alert: 'nightly-stopped', kind: 'fired', check: 'stale' })]);
    expect(stale.discord[0]).toContain('**newest run 3 d old** · rule: stale after 2d');

    // Still stale 12.5 h later: repeat reminds, on the same incident.
    const reminder = await step(ws, '2026-03-08T19:00:00Z', 'schedule');
    expect(eventOf(reminder, 'nightly-stopped')).toBe('reminder');
    expect(reminder.pd.map((p) => [p.action, p.alert])).toEqual([['trigger', 'nightly-stopped']]);
    expect(reminder.hooks.map((h) => [h.alert, h.kind])).toEqual([['nightly-stopped', 'reminder']]);
    expect(reminder.discord).toHaveLength(1);

    // A killed run: the stale and crash instances resolve (both incidents resolved), the killed rule fires.
    const killed = await step(ws, '2026-03-09T07:00:00Z', { id: 'n3', status: 'killed', at: '2026-03-09T06:45:00Z' });
    expect(killed.results.map((r) => [r.alert, r.event]).sort()).toEqual([
      ['nightly-stopped', 'resolved'],
      ['training-crashed', 'resolved'],
      ['training-killed', 'fired'],
    ]);
    expect(killed.pd.map((p) => [p.action]).sort()).toEqual([['resolve'], ['resolve']]);
    expect(killed.hooks.map((h) => [h.alert, h.kind]).sort()).toEqual([
      ['nightly-stopped', 'resolved'],
      ['training-crashed', 'resolved'],
      ['training-killed', 'fired'],
    ]);
    expect(killed.hooks.find((h) => h.alert === 'training-crashed')!.reading.value).toBe('status = killed');
    expect(killed.discord).toHaveLength(1);
    expect(killed.discord[0]).toContain('status = killed');
    const incidents = [...pd.incidents.values()];
    expect(incidents.map((i) => [i.actions, i.opened, i.open])).toEqual([
      [['trigger', 'resolve'], 1, false],
      [['trigger', 'trigger', 'resolve'], 1, false],
    ]);

    // A finished run resolves the killed rule: recorded, sent nowhere (notify-resolved: false).
    const finished = await step(ws, '2026-03-09T09:00:00Z', {
      id: 'n4',
      status: 'finished',
      at: '2026-03-09T08:45:00Z',
    });
    expect(finished.results.find((r) => r.alert === 'training-killed')).toMatchObject({
      state: 'ok',
      event: 'resolved',
      deliveries: [],
    });
    expect([finished.pd, finished.hooks, finished.discord]).toEqual([[], [], []]);
  });
});
