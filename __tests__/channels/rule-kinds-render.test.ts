// Issue 16 through every channel type: status, stale and sigma events, a fire sent once a silence ended and a resolve
// held back by one, rendered by each type of the registry (pure), each message read for what it says.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { channelTypeOf } from '../../src/channels/registry.js';
import type { ChannelType, Outgoing } from '../../src/channels/types.js';
import { loadConfig } from '../../src/core/config/load.js';
import type { DigestItem } from '../../src/core/digest.js';
import type { LedgerEvent } from '../../src/core/history/ledger.js';
import type { ChannelConfig, RunContext } from '../../src/core/types.js';
import { ledgerEvent } from '../helpers/fixtures.js';
import { closed, validateJsonSchema } from '../helpers/json-schema.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ctx: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/vision',
  workflowRunId: '123',
  workflowRunAttempt: '1',
  workflowRunUrl: 'https://github.com/acme/vision/actions/runs/123',
  workflow: 'Train',
  runNumber: '12',
  ref: 'main',
  sha: 'abcdef1234567890',
};

// One channel of every type of the registry (slack twice: incoming webhook and Web API).
const RULES = `version: 1
channels:
  slack-webhook: { type: slack, url: "https://hooks.slack.com/services/T/B/x" }
  slack-api: { type: slack, token: xoxb-1, channel: "#ml" }
  discord: { type: discord, url: "https://discord.com/api/webhooks/1/tok" }
  teams: { type: teams, url: "https://example.com/workflows/abc" }
  email: { type: email, smtp: "smtp://mail.example.com", from: alerts@example.com, to: [ml@example.com] }
  webhook: { type: webhook, url: "https://example.com/hook" }
  pagerduty: { type: pagerduty, routing-key: "0123456789abcdef0123456789abcdef" }
  github-issue: { type: github-issue }
  datadog: { type: datadog, api-key: k }
  sentry: { type: sentry, dsn: "https://key@o1.ingest.sentry.io/2" }
  desktop: { type: desktop }
alerts:
  - name: crashed
    status: [failed, crashed]
  - name: stale
    stale: 2d
  - name: loss-anomaly
    metric: loss
    op: "<"
    threshold: -3
    change: { from: mean, window: 5, unit: sigma }
  - name: acc
    metric: accuracy
    op: "<"
    threshold: 0.9
`;
const loaded = loadConfig({ text: RULES, file: 'alerts.yml', env: {} });
const config = loaded.config;
const channels = [...config.channels.values()];
const ruleOf = (name: string) => config.alerts.find((a) => a.name === name)!;

const STATUS: Partial<LedgerEvent> = {
  check: 'status',
  statuses: ['failed', 'crashed'],
  metric: null,
  value: null,
  op: null,
  threshold: null,
};
const STALE: Partial<LedgerEvent> = { check: 'stale', after: '2d', metric: null, op: null, threshold: null };
const RESOLVED = { kind: 'resolved', state: 'ok', previousState: 'firing' } as const;
const SINCE = { firingSince: '2026-11-18T06:30:00.000Z', firingRuns: 3 };

const item = (alert: string, over: Partial<LedgerEvent>, recent: number[] = []): DigestItem => ({
  event: ledgerEvent({ alert, ...over } as Partial<LedgerEvent>),
  rule: ruleOf(alert),
  recent,
});

/** Each case: its item, what every message carrying it must say, and whether it is a status or stale event. */
const CASES: Record<string, { item: DigestItem; says: (string | RegExp)[]; kind?: true }> = {
  'status fired': { item: item('crashed', { ...STATUS, status: 'failed' }), says: ['status = failed'], kind: true },
  'status resolved': {
    item: item('crashed', { ...STATUS, status: 'finished', ...RESOLVED, firingSince: '2026-11-19T10:00:00.000Z' }),
    says: ['status = finished', 'finished is not in the list'],
    kind: true,
  },
  'stale fired': { item: item('stale', { ...STALE, value: 72 }), says: ['newest run 3 d old'], kind: true },
  'stale resolved': {
    item: item('stale', { ...STALE, value: 2, ...RESOLVED, firingSince: '2026-11-18T10:00:00.000Z', firingRuns: 1 }),
    says: ['a run 2 h old arrived', 'back within 2d'],
    kind: true,
  },
  'sigma fired': {
    item: item(
      'loss-anomaly',
      { metric: 'loss', value: 0.2, baseline: 0.9, change: -24.5, changeUnit: 'sigma', op: '<', threshold: -3 },
      [0.9, 0.91, 0.2],
    ),
    says: ['loss = 0.2', '-24.5σ', /mean/],
  },
  'fired after a silence': {
    item: item('acc', { afterSilence: true, ...SINCE }),
    says: ['accuracy = 0.78', 'firing since 2026-11-18 06:30 UTC', 'held back by a silence'],
  },
  'status fired after a silence': {
    item: item('crashed', { ...STATUS, status: 'crashed', afterSilence: true, ...SINCE }),
    says: ['status = crashed', 'firing since 2026-11-18 06:30 UTC', 'held back by a silence'],
    kind: true,
  },
  'resolved during a silence': {
    item: item('acc', { ...RESOLVED, value: 0.95, afterSilence: true }),
    says: ['accuracy = 0.95', 'back above 0.9', 'resolved during a silence'],
  },
  'stale resolved during a silence': {
    item: item('stale', { ...STALE, value: 3, ...RESOLVED, afterSilence: true }),
    says: ['a run 3 h old arrived', 'resolved during a silence'],
    kind: true,
  },
};

/** Every string a message carries (its texts, titles, bodies; JSON bodies parsed), keys left out. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') {
    if (/^[[{]/.test(value.trim())) {
      try {
        return strings(JSON.parse(value));
      } catch {
        // not JSON: a text
      }
    }
    return [value];
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Markdown's backslash escapes (Discord, issue bodies) removed, so the words read as people see them. */
const readable = (text: string): string => text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

/** Paths of null leaves in a request (JSON bodies parsed): a missing number shown as `null`. */
function nulls(value: unknown, at = '$'): string[] {
  if (value === null) return [at];
  if (typeof value === 'string' && value.trim().startsWith('{')) return nulls(JSON.parse(value), at);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nulls(v, `${at}.${k}`));
  return [];
}

async function typeOf(channel: ChannelConfig): Promise<ChannelType> {
  return (await channelTypeOf(channel))!;
}

const render = async (channel: ChannelConfig, items: DigestItem[]): Promise<Outgoing[]> =>
  (await typeOf(channel)).render({ channel, items, ctx });

/** Types whose message for a resolved event carries no text: PagerDuty's resolve, Sentry's (not sent). */
const RESOLVE_SILENT = new Set(['pagerduty', 'sentry']);

describe.each(channels.map((c) => [c.name, c] as const))('%s', (_name, channel) => {
  it.each(Object.keys(CASES))('%s: says what happened, never null, undefined, NaN or an empty metric', async (name) => {
    const { item: it, says, kind } = CASES[name]!;
    const out = await render(channel, [it]);
    if (it.event.kind === 'resolved' && RESOLVE_SILENT.has(channel.type)) {
      if (channel.type === 'sentry') expect(out).toEqual([]);
      else
        expect(out.map((o) => (o.request as { event: { event_action: string } }).event.event_action)).toEqual([
          'resolve',
        ]);
      return;
    }
    expect(out).toHaveLength(1);
    const text = readable(strings(out[0]!.request).join('\n'));
    // A desktop notification clips each line (…): what it says is checked up to the clip.
    const clipped = channel.type === 'desktop' && text.includes('…');
    for (const s of clipped ? says.slice(0, 1) : says) expect(text).toMatch(s);
    if (clipped) expect(text).toContain('firing since 2026-11-18');
    expect(text).not.toMatch(/\bnull\b|undefined|NaN|metric =|= —|= (,|$)/m);
    if (!kind) return;
    // A status or stale rule has no threshold: nothing reads as one, no field holds a missing number as null.
    expect(text).not.toMatch(/condition |threshold| (<|>|&lt;|&gt;)=? -?\d/i);
    if (channel.type !== 'webhook' && channel.type !== 'teams') expect(nulls(out[0]!.request)).toEqual([]);
  });

  it('renders the whole batch, every event carried once', async () => {
    const items = Object.values(CASES).map((c, i) => ({ ...c.item, event: { ...c.item.event, experiment: `e${i}` } }));
    const out = await render(channel, items);
    const carried = out.flatMap((o) => o.events);
    expect(new Set(carried).size).toBe(carried.length);
    const left = channel.type === 'sentry' ? items.filter((i) => i.event.kind !== 'resolved') : items;
    expect(carried).toHaveLength(left.length);
    expect(strings(out.map((o) => o.request)).join('\n')).not.toMatch(/undefined|NaN/);
  });
});

describe('webhook payload', () => {
  const schema = closed(
    JSON.parse(readFileSync(path.join(ROOT, 'schema/webhook-payload.schema.json'), 'utf8')),
  ) as Record<string, unknown>;
  const webhook = channels.find((c) => c.type === 'webhook')!;

  it('validates against the committed schema and carries each kind as data', async () => {
    const [out] = await render(
      webhook,
      Object.values(CASES).map((c, i) => ({ ...c.item, event: { ...c.item.event, experiment: `e${i}` } })),
    );
    const payload = JSON.parse((out!.request as { body: string }).body) as { events: Record<string, unknown>[] };
    expect(validateJsonSchema(schema, payload)).toEqual([]);
    const byExperiment = (i: number) => payload.events.find((e) => e.experiment === `e${i}`)!;
    expect(byExperiment(0)).toMatchObject({ check: 'status', status: 'failed', statuses: ['failed', 'crashed'] });
    expect(byExperiment(0)).toMatchObject({ metric: null, value: null, op: null, threshold: null });
    expect(byExperiment(2)).toMatchObject({ check: 'stale', stale_after: '2d', value: 72 });
    expect(byExperiment(4)).toMatchObject({ change: -24.5, change_unit: 'sigma', baseline_from: 'mean' });
    expect(byExperiment(5)).toMatchObject({ firing_since: '2026-11-18T06:30:00.000Z', after_silence: true });
    expect(byExperiment(0)).toMatchObject({ after_silence: false });
  });
});

it('covers every type of the registry (slack both ways)', async () => {
  expect(new Set(channels.map((c) => c.type)).size).toBe(10);
  for (const c of channels) expect(await channelTypeOf(c)).toBeDefined();
  expect(channels.filter((c) => c.type === 'slack').map((c) => Boolean(c.token))).toEqual([false, true]);
});
