import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/core/config/load.js';
import type { LedgerEvent } from '../../../src/core/history/ledger.js';
import {
  buildDigest,
  buildNote,
  contextLine,
  escapeSlack,
  MAX_BLOCKS,
  MAX_HEADER_TEXT,
  MAX_SECTION_TEXT,
  type DigestItem,
} from '../../../src/core/slack/message.js';
import type { RunContext } from '../../../src/core/types.js';
import { ledgerEvent } from '../../helpers/fixtures.js';

const ctx: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/vision',
  workflowRunUrl: 'https://github.com/acme/vision/actions/runs/9',
  sha: 'abcdef1234',
};

const event = ledgerEvent;
const item = (over: Partial<LedgerEvent> = {}, extra: Partial<DigestItem> = {}): DigestItem => ({
  event: event(over),
  recent: [],
  ...extra,
});
const textOf = (b: unknown): string => (b as { text?: { text: string } }).text?.text ?? '';
const allText = (m: ReturnType<typeof buildDigest>) => JSON.stringify(m);

describe('buildDigest', () => {
  it('names the alert, experiment, run (linked), value and condition, with a text fallback', () => {
    const m = buildDigest([item({}, { recent: [0.95, 0.94, 0.78] })], { mentions: [] }, ctx);
    const section = textOf(m.blocks[1]);
    expect(section).toContain('*acc* is firing');
    expect(section).toContain('Experiment *iris* · run <https://github.com/acme/vision/actions/runs/9|9>');
    expect(section).toContain('`accuracy = 0.78` · condition &lt; 0.9');
    expect(section).toContain('Recent: ██▁');
    expect(m.text).toBe('metric-alerts: acc firing on iris (accuracy = 0.78, condition &lt; 0.9)');
    expect(m.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '🚨 metric-alerts: 1 firing', emoji: true },
    });
  });

  it('escapes every interpolated value, so <!channel> in a name pings no one', () => {
    const m = buildDigest([item({ experiment: '<!channel>', run: '<@U123>|x', metric: 'a&b' })], { mentions: [] }, ctx);
    const s = allText(m);
    expect(s).not.toMatch(/<!channel>|<@U123>/);
    expect(s).toContain('&lt;!channel&gt;');
    expect(s).toContain('a&amp;b');
    expect(m).not.toHaveProperty('parse');
    expect(m).not.toHaveProperty('link_names');
  });

  it('escapes template text and values alike', () => {
    const { config } = loadConfig({
      text: 'version: 1\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n    message: "<!here> {{experiment}} at {{value}} ({{labels.team}})"\n    labels: { team: "<b>" }\n',
      file: 'a.yml',
      env: {},
    });
    const m = buildDigest([item({ experiment: '<!everyone>' }, { rule: config.alerts[0]! })], { mentions: [] }, ctx);
    const s = textOf(m.blocks[1]);
    expect(s).toContain('&lt;!here&gt; &lt;!everyone&gt; at 0.78 (&lt;b&gt;)');
  });

  it('adds the channel mentions to firing digests only', () => {
    expect(allText(buildDigest([item()], { mentions: ['<@U012AB3CD>'] }, ctx))).toContain('cc <@U012AB3CD>');
    expect(
      allText(buildDigest([item({ kind: 'resolved', state: 'ok' })], { mentions: ['<@U012AB3CD>'] }, ctx)),
    ).not.toContain('U012AB3CD');
  });

  it('orders critical first, then fired, reminder, resolved', () => {
    const m = buildDigest(
      [
        item({ alert: 'r', kind: 'resolved', severity: 'critical' }),
        item({ alert: 'w', severity: 'warning' }),
        item({ alert: 'c', severity: 'critical' }),
        item({ alert: 'i', severity: 'info' }),
      ],
      { mentions: [] },
      ctx,
    );
    const names = m.blocks
      .filter((b) => b.type === 'section')
      .map((b) => /\*([a-z])\*/.exec(textOf(b))?.[1] ?? /\*([a-z])\* resolved/.exec(textOf(b))?.[1]);
    expect(names).toEqual(['c', 'r', 'w', 'i']);
  });

  it('stays within Slack limits: 50 blocks with "and N more", 3,000-character sections, 150-character header', () => {
    const many = Array.from({ length: 120 }, (_, i) => item({ alert: `a${i}` }));
    const m = buildDigest(many, { mentions: ['<@U012AB3CD>'] }, ctx);
    expect(m.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    const texts = m.blocks.map((b) => (b as { text?: { text: string } }).text?.text ?? '');
    expect(texts.some((t) => /…and \d+ more/.test(t))).toBe(true);
    const shown = m.blocks.filter((b) => b.type === 'section' && /is firing/.test(textOf(b))).length;
    expect(texts.find((t) => t.includes('more'))).toBe(`…and ${120 - shown} more (see the job summary)`);
    const { config } = loadConfig({
      text: `version: 1\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n    description: "${'x'.repeat(2000)}"\n    message: "${'{{experiment}}'.repeat(100)}"\n`,
      file: 'a.yml',
      env: {},
    });
    const long = buildDigest(
      [item({ experiment: 'e'.repeat(500) }, { rule: config.alerts[0]! })],
      { mentions: [] },
      ctx,
    );
    for (const b of long.blocks)
      if (b.type === 'section') expect(textOf(b).length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(textOf(long.blocks[0]).length).toBeLessThanOrEqual(MAX_HEADER_TEXT);
  });

  it('shows resolved events with the new value, and retried ones as such', () => {
    const m = buildDigest(
      [
        item({ kind: 'resolved', state: 'ok', value: 0.95 }),
        item({ alert: 'b' }, { late: 'failed' }),
        item({ alert: 'c' }, { late: 'unrecorded' }),
      ],
      { mentions: [] },
      ctx,
    );
    const s = allText(m);
    expect(s).toContain(':white_check_mark: *acc* resolved');
    expect(s).toContain('`accuracy = 0.95`');
    expect(s).toContain('Sent late: its first delivery failed (event of 2026-11-20T10:00:00.000Z).');
    expect(s).toContain(
      'Sent late: the run that was sending it stopped before it could record it (event of 2026-11-20T10:00:00.000Z).',
    );
  });

  it('escapeSlack escapes exactly & < >, and removes bidirectional overrides', () => {
    expect(escapeSlack('a & <b> *c*')).toBe('a &amp; &lt;b&gt; *c*');
    expect(escapeSlack('ab\u202ecd\u2066e')).toBe('abcde');
  });
});

describe('resolved events read true on their face', () => {
  const resolved = (over: Partial<LedgerEvent> = {}, rule?: DigestItem['rule']) =>
    item(
      {
        kind: 'resolved',
        state: 'ok',
        previousState: 'firing',
        value: 0.93,
        at: '2026-11-20T12:00:00.000Z',
        firingSince: '2026-11-20T10:00:00.000Z',
        firingRuns: 3,
        ...over,
      },
      rule ? { rule } : {},
    );
  const sectionOf = (m: ReturnType<typeof buildDigest>) => textOf(m.blocks[1]);

  it('says the new value, that it is back on the good side, and for how long it fired; never the breach', () => {
    const m = buildDigest([resolved()], { mentions: [] }, ctx);
    expect(sectionOf(m)).toContain(':white_check_mark: *acc* resolved');
    expect(sectionOf(m)).toContain('`accuracy = 0.93` · back above 0.9 after 3 runs / 2 h');
    expect(m.text).toBe('metric-alerts: acc resolved on iris (accuracy = 0.93, back above 0.9 after 3 runs / 2 h)');
    expect(allText(m)).not.toMatch(/&lt; 0\.9|< 0\.9|condition/);
  });

  it('the blocks and the text fallback use the same words, for every kind of event', () => {
    const m = buildDigest(
      [resolved(), item({ alert: 'b', value: 0.5 }), item({ alert: 'c', kind: 'reminder', value: 0.6 })],
      { mentions: [] },
      ctx,
    );
    for (const phrase of ['back above 0.9 after 3 runs / 2 h', 'accuracy = 0.5`', 'accuracy = 0.6`']) {
      const words = phrase.replace('`', '');
      expect(m.text).toContain(words);
      expect(m.blocks.some((b) => textOf(b).replace(/`/g, '').includes(words))).toBe(true);
    }
    expect(m.text).toContain('b firing on iris (accuracy = 0.5, condition &lt; 0.9)');
    expect(m.text).toContain('c still firing on iris (accuracy = 0.6, condition &lt; 0.9)');
  });

  it('names the recover threshold, and a change rule is worded on its change', () => {
    const { config } = loadConfig({
      text: 'version: 1\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: -5\n    change: { from: previous, unit: percent }\n    recover-threshold: -2\n',
      file: 'a.yml',
      env: {},
    });
    const rule = config.alerts[0]!;
    const m = buildDigest(
      [resolved({ threshold: -5, value: 0.9, baseline: 0.91, change: -1.1, recoverThreshold: -2 }, rule)],
      { mentions: [] },
      ctx,
    );
    expect(sectionOf(m)).toContain(
      '`accuracy = 0.9` · baseline 0.91 (previous) · change -1.1% · change back above -2% (recover threshold) after 3 runs / 2 h',
    );
    expect(m.text).toContain(
      '(accuracy = 0.9 (-1.1% vs 0.91), change back above -2% (recover threshold) after 3 runs / 2 h)',
    );
  });

  it('a reminder held by the recover threshold does not claim the condition holds', () => {
    const m = buildDigest([item({ kind: 'reminder', value: 0.91, recoverThreshold: 0.92 })], { mentions: [] }, ctx);
    expect(sectionOf(m)).toContain('`accuracy = 0.91` · not yet back above 0.92 (recover threshold)');
    expect(allText(m)).not.toContain('&lt; 0.9');
  });

  it('an event of an older ledger (no firing count or start) leaves that part out', () => {
    const m = buildDigest([resolved({ firingSince: undefined, firingRuns: undefined })], { mentions: [] }, ctx);
    expect(m.text).toContain('(accuracy = 0.93, back above 0.9)');
    const since = buildDigest([resolved({ firingRuns: undefined })], { mentions: [] }, ctx);
    expect(since.text).toContain('(accuracy = 0.93, back above 0.9 after 2 h)');
  });
});

describe("the run's context", () => {
  const full: RunContext = {
    serverUrl: 'https://github.example.com',
    repository: 'acme/vision',
    ref: 'feature/x',
    workflow: 'Train',
    runNumber: '12',
    workflowRunAttempt: '2',
    workflowRunUrl: 'https://github.example.com/acme/vision/actions/runs/77',
    sha: '0123456789abcdef0123456789abcdef01234567',
    pullRequest: 7,
  };
  const contextOf = (m: ReturnType<typeof buildDigest>) =>
    (m.blocks.at(-1) as { type: string; elements: { text: string }[] }).elements[0]!.text;

  it('every digest carries repository, branch, workflow, run number and attempt, commit and pull request, linked', () => {
    const m = buildDigest([item()], { mentions: [] }, full);
    expect(m.blocks.at(-1)!.type).toBe('context');
    expect(contextOf(m)).toBe(
      '<https://github.example.com/acme/vision|acme/vision> · `feature/x` · workflow `Train` ' +
        '<https://github.example.com/acme/vision/actions/runs/77|#12 (attempt 2)> · ' +
        'commit <https://github.example.com/acme/vision/commit/0123456789abcdef0123456789abcdef01234567|0123456> · ' +
        '<https://github.example.com/acme/vision/pull/7|PR #7> · metric-alerts',
    );
    expect(
      JSON.stringify(buildNote('c', { title: 'metric-alerts is wired up', text: 'x', level: 'info' }, full)),
    ).toContain(contextLine(full));
  });

  it('escapes names: a branch or workflow can neither ping, link, break out of its code span nor reorder text', () => {
    const line = contextLine({
      ...full,
      ref: 'x`<!channel>`*b*',
      workflow: '<https://evil|click> \u202eyes',
    });
    expect(line).not.toMatch(/<!channel>|<https:\/\/evil/);
    expect(line).toContain('`xˋ&lt;!channel&gt;ˋ*b*`');
    expect(line).toContain('workflow `&lt;https://evil|click&gt; yes`');
  });

  it('shows what is known: without a repository nothing is linked to it, without a run number the run is still linked', () => {
    expect(contextLine({ serverUrl: 'https://github.com' })).toBe('');
    expect(
      contextLine({ serverUrl: 'https://github.com', workflowRunUrl: 'https://github.com/a/b/actions/runs/1' }),
    ).toBe('<https://github.com/a/b/actions/runs/1|workflow run>');
    expect(contextLine({ serverUrl: 'https://github.com', sha: 'abcdef1234', pullRequest: 3 })).toBe(
      'commit abcdef1 · PR #3',
    );
  });
});
