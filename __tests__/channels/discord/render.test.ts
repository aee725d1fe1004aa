import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { channelType } from '../../../src/channels/discord/index.js';
import {
  buildDigest,
  buildNote,
  COLORS,
  embedChars,
  escapeDiscord,
  LIMITS,
  webhookUrl,
  type DiscordMessage,
} from '../../../src/channels/discord/render.js';
import type { Batch, DigestItem } from '../../../src/channels/types.js';
import type { LedgerEvent } from '../../../src/core/history/ledger.js';
import type { ThresholdRule, DiscordChannel, RunContext } from '../../../src/core/types.js';
import { judge, pings } from '../../helpers/discord-server.js';
import { ledgerEvent } from '../../helpers/fixtures.js';

const ctx: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/vision',
  workflow: 'Train',
  runNumber: '12',
  ref: 'main',
  workflowRunUrl: 'https://github.com/acme/vision/actions/runs/9',
  sha: 'abcdef1234567890',
};
const channel: DiscordChannel = {
  name: 'dc',
  type: 'discord',
  url: 'https://discord.com/api/webhooks/1/tok',
  mentions: ['<@111>', '<@&222>'],
};
const rule = (over: Partial<ThresholdRule> = {}): ThresholdRule => ({
  kind: 'threshold',
  name: 'acc',
  metric: 'accuracy',
  op: '<',
  threshold: 0.9,
  severity: 'warning',
  enabled: true,
  channels: ['dc'],
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
const batch = (items: DigestItem[], over: Partial<Batch<DiscordChannel>> = {}): Batch<DiscordChannel> => ({
  channel,
  items,
  ctx,
  ...over,
});

/** Every piece of text Discord would show. */
const texts = (m: DiscordMessage): string[] => [
  m.content ?? '',
  ...m.embeds.flatMap((e) => [
    e.title ?? '',
    e.description ?? '',
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    e.footer?.text ?? '',
  ]),
];

/** The characters Discord Markdown acts on, outside a backslash escape. */
const SPECIAL = new Set(['*', '_', '~', '`', '>', '|', '[', ']', '(', ')', '#', '-', '+', '<', '\\']);
function unescapedSpecials(s: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (SPECIAL.has(s[i]!)) found.push(s[i]!);
  }
  return found;
}
/** What Discord shows for escaped text: the backslashes gone. */
const shown = (s: string) => s.replace(/\\(.)/g, '$1');

describe('escapeDiscord', () => {
  it('escapes Markdown, mentions, tags and links so each shows as written', () => {
    const s = escapeDiscord('**b** _i_ ~~s~~ `c` > q ||sp|| [x](https://evil.example) <@1> <#2> <:e:3> <t:4> # h -# s');
    expect(unescapedSpecials(s)).toEqual([]);
    expect(s).not.toContain('https://');
    expect(shown(s).replace(/\u200B/g, '')).toBe(
      '**b** _i_ ~~s~~ `c` > q ||sp|| [x](https://evil.example) <@1> <#2> <:e:3> <t:4> # h -# s',
    );
  });

  it('breaks @everyone, @here and bare links, removes bidi controls and line ends', () => {
    const s = escapeDiscord('@everyone @here www.evil.example http://x.example\u202Egnp.exe\nline');
    expect(s).not.toMatch(/@everyone|@here|www\.|http:\/\//);
    expect(s).not.toMatch(/[\u202A-\u202E\u2066-\u2069\n]/);
    expect(s.replace(/\u200B/g, '')).toBe('@everyone @here www.evil.example http://x.examplegnp.exe line');
  });

  it('escapes a numbered-list start, and keeps line ends only where asked', () => {
    expect(escapeDiscord('1. first')).toBe('1\\. first');
    expect(escapeDiscord('a\n2. b', true)).toBe('a\n2\\. b');
  });

  it('leaves no Markdown character unescaped, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const s = escapeDiscord(raw);
        expect(unescapedSpecials(s)).toEqual([]);
        expect(s).not.toMatch(/(?<!\\)<[@#:t/]|@(everyone|here)|:\/\/|[\u202A-\u202E\u2066-\u2069]/i);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Discord digest', () => {
  it('shows the alert, its state and severity colour, the reading, experiment and linked run', () => {
    const m = buildDigest(
      batch([item({}, { rule: rule({ labels: { team: 'vision' } }), recent: [0.95, 0.94, 0.78] })]),
    );
    const [e] = m.embeds;
    expect(e!.title).toBe('🟠 WARNING · acc is firing');
    expect(e!.color).toBe(COLORS.warning);
    expect(e!.url).toBe('https://github.com/acme/vision/actions/runs/9');
    expect(e!.timestamp).toBe('2026-11-20T10:00:00.000Z');
    expect(e!.description).toContain('**accuracy = 0.78** · condition \\< 0.9');
    expect(e!.description).toContain('Recent: ██▁');
    expect(e!.fields).toEqual([
      { name: 'Experiment', value: 'iris', inline: true },
      { name: 'Run', value: '[9](<https://github.com/acme/vision/actions/runs/9>)', inline: true },
      { name: 'Labels', value: 'team=vision', inline: true },
    ]);
    expect(m.content).toContain('🚨 **metric-alerts**: 1 firing');
    expect(m.content).toContain('[acme/vision](<https://github.com/acme/vision>)');
    expect(m.content).toContain('[abcdef1](<https://github.com/acme/vision/commit/abcdef1234567890>)');
    expect(judge(m)).toBeUndefined();
  });

  it('pings only the channel mentions, and only when something fires', () => {
    const firing = buildDigest(batch([item()]));
    expect(firing.content).toContain('<@111> <@&222>');
    expect(firing.allowed_mentions).toEqual({ parse: [], users: ['111'], roles: ['222'] });
    expect(pings(firing)).toEqual(['users:111', 'roles:222']);
    const resolved = buildDigest(batch([item({ kind: 'resolved', state: 'ok' })]));
    expect(resolved.allowed_mentions).toEqual({ parse: [] });
    expect(pings(resolved)).toEqual([]);
    expect(resolved.content).not.toMatch(/111|222/);
  });

  it('ignores mentions that are not user or role ids', () => {
    const m = buildDigest(
      batch([item()], { channel: { ...channel, mentions: ['@everyone', '<#5>', '<@!333>', 'x'] } }),
    );
    expect(m.allowed_mentions).toEqual({ parse: [], users: ['333'] });
    expect(pings(m)).toEqual(['users:333']);
  });

  it('with 200 firing alerts stays within every Discord limit and says how many more there are', () => {
    const long = 'x'.repeat(5000);
    const items = Array.from({ length: 200 }, (_, i) =>
      item(
        {
          alert: `alert-${i}`,
          experiment: i % 2 ? long : `exp-${i}`,
          run: long,
          severity: i % 3 ? 'warning' : 'critical',
        },
        { rule: rule({ description: long, message: `{{experiment}} ${long}`, labels: { k: long } }) },
      ),
    );
    const m = buildDigest(
      batch(items, { channel: { ...channel, mentions: Array.from({ length: 300 }, (_, i) => `<@${i + 1}>`) } }),
    );
    expect(judge(m)).toBeUndefined();
    expect(m.embeds).toHaveLength(LIMITS.embeds);
    expect(m.embeds.reduce((n, e) => n + embedChars(e), 0)).toBeLessThanOrEqual(LIMITS.total);
    expect(m.content!.length).toBeLessThanOrEqual(LIMITS.content);
    expect(m.content).toContain('…and 190 more, see the job summary');
    expect(m.content).toContain('200 firing');
    expect(m.allowed_mentions.users!.length).toBeLessThanOrEqual(100);
    expect(pings(m).length).toBe(m.allowed_mentions.users!.length);
    // 67 of the 200 are critical: the 10 shown are critical ones.
    expect(m.embeds.every((e) => e.color === COLORS.critical)).toBe(true);
  });

  it('fits one long event in one embed within the field limits', () => {
    const long = 'y'.repeat(9000);
    const m = buildDigest(batch([item({ experiment: long, metric: long }, { rule: rule({ description: long }) })]));
    expect(judge(m)).toBeUndefined();
    expect(m.embeds[0]!.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(m.embeds[0]!.description!.endsWith('…')).toBe(true);
  });

  it('escapes hostile names everywhere: nothing formats, links, pings or reorders', () => {
    const hostile = '**x** [click](https://evil.example/a) <@999> <@&888> @everyone @here <#7> `c` # H\u202Egnp';
    const items = [
      item(
        { alert: 'acc', experiment: hostile, run: hostile, metric: `m${hostile}`, runUrl: 'javascript:alert(1)' },
        {
          rule: rule({
            message: '{{experiment}} / {{run}} / {{labels.team}}',
            description: hostile,
            labels: { team: hostile },
          }),
        },
      ),
    ];
    const m = buildDigest(batch(items));
    const all = texts(m).join('\n');
    expect(all).not.toMatch(/https:\/\/evil|www\.|javascript:|[\u202A-\u202E\u2066-\u2069]/);
    expect(all).not.toMatch(/(?<!\\)<@(999|&888)>|(?<!\\)<#7>|@everyone|@here/);
    expect(all).not.toContain('**x**');
    expect(pings(m)).toEqual(['users:111', 'roles:222']);
    expect(m.embeds[0]!.url).toBeUndefined();
    expect(m.embeds[0]!.fields![1]!.value).not.toContain('](');
    expect(m.embeds[0]!.fields![0]!.value).toContain('\\*\\*x\\*\\* \\[click\\]\\(https:\u200B//evil.example/a\\)');
    expect(judge(m)).toBeUndefined();
  });

  it('words a resolved event as a recovery, in green, and marks one sent late', () => {
    const m = buildDigest(
      batch([
        item(
          { kind: 'resolved', state: 'ok', value: 0.93, firingSince: '2026-11-20T08:00:00.000Z', firingRuns: 3 },
          { late: 'failed' },
        ),
      ]),
    );
    const e = m.embeds[0]!;
    expect(e.title).toBe('✅ acc resolved (warning)');
    expect(e.color).toBe(COLORS.resolved);
    expect(e.description).toContain('**accuracy = 0.93** · back above 0.9 after 3 runs / 2 h');
    expect(e.description).not.toContain('\\<');
    expect(e.description).toContain('*Sent late: its first delivery failed (event of 2026\\-11\\-20T10:00:00.000Z).*');
    expect(m.content).toContain('✅ **metric-alerts**: 1 resolved');
  });

  it('orders critical first, then fired, reminder, resolved; a pull request says so', () => {
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
    expect(m.embeds.map((e) => e.title)).toEqual([
      '🔴 CRITICAL · c is still firing',
      '✅ r resolved (critical)',
      '🟠 WARNING · w is firing',
    ]);
    expect(m.content!.split('\n')[0]).toBe('🚨 **metric-alerts**: 2 firing, 1 resolved · PR #12');
    expect(m.content).toContain('[PR \\#12](<https://github.com/acme/vision/pull/12>)');
  });

  it('renders one Outgoing carrying every event, to the channel pinned to API v10', () => {
    const out = channelType.render(batch([item({ alert: 'a' }), item({ alert: 'b' })]));
    expect(out).toHaveLength(1);
    expect(out[0]!.events).toHaveLength(2);
    expect(out[0]!.request.url).toBe('https://discord.com/api/v10/webhooks/1/tok');
    expect(out[0]!.destination).toBe('https://discord.com/api/v10/webhooks/1/tok');
    expect(channelType.render(batch([]))).toEqual([]);
  });
});

describe('webhookUrl', () => {
  it('pins an unversioned Discord webhook URL to v10 and keeps its query; leaves others alone', () => {
    expect(webhookUrl('https://discord.com/api/webhooks/1/t?wait=true&thread_id=5')).toBe(
      'https://discord.com/api/v10/webhooks/1/t?wait=true&thread_id=5',
    );
    expect(webhookUrl('https://discordapp.com/api/webhooks/1/t')).toBe('https://discordapp.com/api/v10/webhooks/1/t');
    expect(webhookUrl('https://ptb.discord.com/api/webhooks/1/t')).toBe('https://ptb.discord.com/api/v10/webhooks/1/t');
    expect(webhookUrl('https://discord.com/api/v9/webhooks/1/t')).toBe('https://discord.com/api/v9/webhooks/1/t');
    expect(webhookUrl('http://127.0.0.1:9/api/webhooks/1/t')).toBe('http://127.0.0.1:9/api/webhooks/1/t');
  });
});

describe('Discord notes and preview', () => {
  it('a note is one embed in its level colour, escaped, with no mentions', () => {
    const out = channelType.note(
      channel,
      { title: 'metric-alerts is wired up', text: 'Channel *dc* <@5>', level: 'info' },
      ctx,
    );
    expect(out.events).toEqual([]);
    const m = out.request.payload;
    expect(m.embeds).toEqual([
      { title: 'metric\\-alerts is wired up', description: 'Channel \\*dc\\* \\<@5\\>', color: COLORS.info },
    ]);
    expect(m.allowed_mentions).toEqual({ parse: [] });
    expect(pings(m)).toEqual([]);
    expect(
      judge(buildNote({ title: 't'.repeat(999), text: 'x'.repeat(9999), level: 'critical' }, ctx)),
    ).toBeUndefined();
  });

  it('previews the message as a person reads it, safe for a log', () => {
    const out = channelType.render(
      batch([
        item(
          { experiment: '**b** [x](y)', run: '7' },
          { rule: rule({ runbook: 'https://wiki.example/rb', description: '::error::x' }) },
        ),
      ]),
    );
    const text = channelType.preview!(out[0]!.request);
    expect(text).toContain('🟠 WARNING · acc is firing');
    expect(text).toContain('Experiment: **b** [x](y)');
    expect(text).toContain('\n\\::error::x\n');
    expect(text).toContain('Run: 7 (https://github.com/acme/vision/actions/runs/9)');
    expect(text).toContain('Runbook (https://wiki.example/rb)');
    expect(text).toContain('accuracy = 0.78 · condition < 0.9');
    expect(text).not.toMatch(/^::/m);
  });
});
