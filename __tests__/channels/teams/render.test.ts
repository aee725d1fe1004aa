import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { channelType } from '../../../src/channels/teams/index.js';
import { buildDigest, jsonBytes, MAX_BYTES, teamsText } from '../../../src/channels/teams/render.js';
import type { Batch, DigestItem } from '../../../src/channels/types.js';
import type { LedgerEvent } from '../../../src/core/history/ledger.js';
import type { ThresholdRule, RunContext, TeamsChannel } from '../../../src/core/types.js';
import { ledgerEvent } from '../../helpers/fixtures.js';
import { cardTexts, flowError, type AdaptiveCardJson } from '../../helpers/teams-server.js';

const ctx: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/vision',
  workflow: 'Train',
  runNumber: '12',
  ref: 'main',
  workflowRunUrl: 'https://github.com/acme/vision/actions/runs/9',
  sha: 'abcdef1234567890',
};
const channel: TeamsChannel = {
  name: 'tm',
  type: 'teams',
  url: 'https://example.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=s3cret',
};
const rule = (over: Partial<ThresholdRule> = {}): ThresholdRule => ({
  kind: 'threshold',
  name: 'acc',
  metric: 'accuracy',
  op: '<',
  threshold: 0.9,
  severity: 'warning',
  enabled: true,
  channels: ['tm'],
  for: 1,
  repeat: { kind: 'never' },
  notifyResolved: true,
  onMissing: 'warn',
  reduce: 'last',
  labels: {},
  ...over,
});
const item = (over: Partial<LedgerEvent> = {}, extra: Partial<DigestItem> = {}): DigestItem => ({
  event: ledgerEvent(over),
  recent: [],
  ...extra,
});
const batch = (items: DigestItem[], over: Partial<Batch<TeamsChannel>> = {}): Batch<TeamsChannel> => ({
  channel,
  items,
  ctx,
  ...over,
});
const cardOf = (m: ReturnType<typeof buildDigest>) => m.attachments[0].content as unknown as AdaptiveCardJson;
/** The card's lines as a person reads them. */
const lines = (m: ReturnType<typeof buildDigest>) => {
  const out: string[] = [];
  const walk = (e: { type: string; text?: string; inlines?: { text: string }[]; items?: unknown[] }) => {
    if (e.text !== undefined) out.push(e.text);
    if (e.inlines) out.push(e.inlines.map((r) => r.text).join(''));
    for (const i of e.items ?? []) walk(i as typeof e);
  };
  for (const e of cardOf(m).body ?? []) walk(e as Parameters<typeof walk>[0]);
  return out;
};
/** Our own words in a TextBlock (which reads Markdown): the header and "...and N more". */
const OWN_TEXTBLOCK =
  /^(?:(?:🚨|✅) metric-alerts: [0-9a-z, ]+(?: · PR #\d+)?|\.\.\.and \d+ more, see the job summary)$/;

describe('teamsText', () => {
  it('breaks links and DATE()/TIME() functions, removes bidi and line ends; keeps the rest as written', () => {
    const s = teamsText('**b** [x](https://evil.example) www.evil.example {{DATE(2017-02-14T06:08:00Z)}}\u202E\nz');
    expect(s).not.toMatch(/https:\/\/|www\.|\{\{|[\u202A-\u202E\n]/);
    expect(s.replace(/\u200B/g, '')).toBe(
      '**b** [x](https://evil.example) www.evil.example {{DATE(2017-02-14T06:08:00Z)}} z',
    );
  });

  it('never lets a link, function, bidi control or line end through, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        expect(teamsText(raw)).not.toMatch(/:\/\/|\bwww\.|\{\{|[\u202A-\u202E\u2066-\u2069\n\r]/i);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Teams digest', () => {
  it('is an Adaptive Card 1.5 in the attachments envelope, full width', () => {
    const m = buildDigest(batch([item()]));
    expect(m.type).toBe('message');
    expect(m.attachments).toHaveLength(1);
    expect(m.attachments[0]).toMatchObject({
      contentType: 'application/vnd.microsoft.card.adaptive',
      contentUrl: null,
    });
    expect(m.attachments[0].content).toMatchObject({
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      version: '1.5',
      msteams: { width: 'Full' },
      actions: [{ type: 'Action.OpenUrl', title: 'Open the workflow run', url: ctx.workflowRunUrl }],
    });
    expect(flowError(m, jsonBytes(m))).toBeUndefined();
  });

  it('shows severity, name, state, reading, experiment, linked run, sparkline, description, runbook, labels', () => {
    const m = buildDigest(
      batch([
        item(
          {},
          {
            rule: rule({
              description: 'Held-out accuracy',
              runbook: 'https://wiki.example/acc',
              labels: { team: 'vision' },
            }),
            recent: [0.95, 0.94, 0.78],
          },
        ),
      ]),
    );
    expect(lines(m)).toEqual([
      '🚨 metric-alerts: 1 firing',
      'WARNING · acc is firing',
      'accuracy = 0.78 · condition < 0.9',
      'Experiment iris · run 9',
      'Recent: ██▁',
      'Held-out accuracy',
      'Runbook · team=vision',
      'acme/vision · main · workflow Train #12 · commit abcdef1',
    ]);
    const links = cardTexts(cardOf(m)).filter((t) => t.url);
    expect(links.map((l) => [l.text, l.url])).toEqual([
      ['9', 'https://github.com/acme/vision/actions/runs/9'],
      ['Runbook', 'https://wiki.example/acc'],
      ['acme/vision', 'https://github.com/acme/vision'],
      ['#12', 'https://github.com/acme/vision/actions/runs/9'],
      ['abcdef1', 'https://github.com/acme/vision/commit/abcdef1234567890'],
    ]);
    expect(cardOf(m).body![1]).toMatchObject({ type: 'Container', style: 'warning' });
  });

  it('words a resolved event as a recovery, in green, and marks one sent late', () => {
    const m = buildDigest(
      batch([
        item(
          { kind: 'resolved', state: 'ok', value: 0.93, firingSince: '2026-11-20T08:00:00.000Z', firingRuns: 3 },
          { late: 'unrecorded' },
        ),
      ]),
    );
    expect(lines(m)).toContain('accuracy = 0.93 · back above 0.9 after 3 runs / 2 h');
    expect(lines(m)).toContain('✅ acc resolved (warning)');
    expect(lines(m)[0]).toBe('✅ metric-alerts: 1 resolved');
    expect(lines(m).some((l) => l.startsWith('Sent late: the run that was sending it stopped'))).toBe(true);
    expect(cardOf(m).body![1]).toMatchObject({ style: 'good' });
  });

  it('orders critical first; a pull request says so', () => {
    const m = buildDigest(
      batch(
        [
          item({ alert: 'r', kind: 'resolved', severity: 'critical' }),
          item({ alert: 'w', severity: 'warning' }),
          item({ alert: 'c', severity: 'critical', kind: 'reminder' }),
        ],
        { ctx: { ...ctx, pullRequest: 12 } },
      ),
    );
    const heads = lines(m).filter((l) => / (is|resolved)/.test(l) && !l.startsWith('🚨'));
    expect(heads).toEqual(['CRITICAL · c is still firing', '✅ r resolved (critical)', 'WARNING · w is firing']);
    expect(lines(m)[0]).toBe('🚨 metric-alerts: 2 firing, 1 resolved · PR #12');
  });

  it('with 200 firing alerts stays within 28 KB and says how many more there are', () => {
    const long = 'x'.repeat(5000);
    const items = Array.from({ length: 200 }, (_, i) =>
      item(
        { alert: `alert-${i}`, experiment: `exp-${i}-${long}`, run: long, severity: i % 3 ? 'warning' : 'critical' },
        {
          rule: rule({ description: long, message: `{{experiment}} ${long}`, labels: { k: long } }),
          recent: [1, 2, 3],
        },
      ),
    );
    const m = buildDigest(batch(items));
    const bytes = jsonBytes(m);
    expect(bytes).toBeLessThanOrEqual(MAX_BYTES);
    expect(flowError(m, bytes)).toBeUndefined();
    const shown = cardOf(m).body!.filter((e) => e.type === 'Container').length;
    expect(shown).toBeGreaterThan(3);
    expect(lines(m)).toContain(`...and ${200 - shown} more, see the job summary`);
    expect(lines(m)[0]).toBe('🚨 metric-alerts: 200 firing');
    // The summary fills the space: one more event would not have fitted.
    expect(MAX_BYTES - bytes).toBeLessThan(jsonBytes(cardOf(m).body![1]));
  });

  it('sends everything when it fits, with no "more" line', () => {
    const m = buildDigest(batch(Array.from({ length: 10 }, (_, i) => item({ alert: `a${i}` }))));
    expect(cardOf(m).body!.filter((e) => e.type === 'Container')).toHaveLength(10);
    expect(lines(m).some((l) => l.includes('more'))).toBe(false);
  });

  it('puts hostile names only where Markdown is not read, and nothing links, pings, formats or reorders', () => {
    const hostile =
      '**x** _i_ [click](https://evil.example/a) <at>Boss</at> # H\n- item {{DATE(2017-02-14T06:08:00Z, SHORT)}} \u202Egnp';
    const m = buildDigest(
      batch([
        item(
          { alert: 'acc', experiment: hostile, run: hostile, metric: hostile, runUrl: 'javascript:alert(1)' },
          {
            rule: rule({
              message: '{{experiment}} / {{labels.team}}',
              description: hostile,
              labels: { team: hostile },
            }),
          },
        ),
      ]),
    );
    const texts = cardTexts(cardOf(m));
    for (const t of texts.filter((t) => t.element === 'TextBlock')) expect(t.text).toMatch(OWN_TEXTBLOCK);
    expect(texts.every((t) => t.element === 'TextBlock' || t.element === 'TextRun')).toBe(true);
    const all = JSON.stringify(m);
    expect(all).not.toMatch(/https:\/\/evil|javascript:|\{\{|[\u202A-\u202E\u2066-\u2069]/);
    expect(
      texts.some((t) => t.text.includes('**x** _i_ [click](https:\u200B//evil.example/a) <at>Boss</at> # H - item')),
    ).toBe(true);
    expect(texts.filter((t) => t.url).map((t) => t.url)).not.toContain('javascript:alert(1)');
    expect(cardOf(m).msteams).toEqual({ width: 'Full' });
  });

  it('renders one Outgoing per batch, to the URL without its query as destination', () => {
    const out = channelType.render(batch([item({ alert: 'a' }), item({ alert: 'b' })]));
    expect(out).toHaveLength(1);
    expect(out[0]!.events).toHaveLength(2);
    expect(out[0]!.request.url).toBe(channel.url);
    expect(out[0]!.destination).not.toContain('sig=');
    expect(channelType.render(batch([]))).toEqual([]);
  });
});

describe('Teams notes and preview', () => {
  it('a note is a card with its title and every line of its text as written', () => {
    const out = channelType.note(
      channel,
      { title: 'metric-alerts is wired up', text: 'line *1*\nline 2', level: 'critical' },
      ctx,
    );
    expect(out.events).toEqual([]);
    const m = out.request.payload;
    expect(lines(m).slice(0, 3)).toEqual(['metric-alerts is wired up', 'line *1*', 'line 2']);
    expect(cardOf(m).body![0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(flowError(m, jsonBytes(m))).toBeUndefined();
  });

  it('previews the card as a person reads it, safe for a log', () => {
    const out = channelType.render(batch([item({ experiment: 'e' }, { rule: rule({ description: '::error::x' }) })]));
    const text = channelType.preview!(out[0]!.request);
    expect(text).toContain('WARNING · acc is firing');
    expect(text).toContain('Experiment e · run 9 (https://github.com/acme/vision/actions/runs/9)');
    expect(text).toContain('\n\\::error::x\n');
  });
});
