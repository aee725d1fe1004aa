import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/core/config/load.js';
import { evaluate } from '../../../src/core/evaluate.js';
import { emptyLedger } from '../../../src/core/history/ledger.js';
import { buildPrComment, MAX_COMMENT_CHARS, prCell, prCommentMarker } from '../../../src/core/report/pr-comment.js';
import { countResults } from '../../../src/core/report/results.js';

const { config } = loadConfig({
  text: 'version: 1\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n',
  file: 'a.yml',
  env: {},
});

function input(experiments: string[], over: { ref?: string } = {}) {
  const results = evaluate({
    config,
    runs: experiments.map((e, i) => ({
      experiment: e,
      id: `r${i}`,
      metrics: { accuracy: i % 2 ? 0.95 : 0.5 },
      source: 't',
    })),
    ledger: emptyLedger(),
    now: 0,
    stateless: false,
  }).results;
  return {
    results,
    counts: countResults(results, 0),
    ctx: { serverUrl: 'https://github.com', repository: 'acme/vision', pullRequest: 12, ...over },
    config: 'alerts.yml',
  };
}

describe('pr-comment body', () => {
  it('starts with the marker of its config, then the heading, counts, context and the table, firing first', () => {
    const body = buildPrComment(input(['ok-exp', 'bad-exp'].reverse()));
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- metric-alerts:pr-comment config=alerts.yml -->');
    expect(lines[1]).toBe('### metric-alerts: what would fire once merged');
    const onBase = buildPrComment({ ...input(['ok-exp']), baseRef: 'release/@v2|x' }).split('\n')[1];
    expect(onBase).toBe('### metric-alerts: what would fire on release/@\u200Bv2\\|x');
    expect(body).toContain('**1 firing** · 1 triggered · 2 checked');
    expect(body).toContain('[PR #12](https://github.com/acme/vision/pull/12)');
    expect(body).toContain('| State | Alert | Experiment | Metric | Value | Condition |');
    const rows = lines.filter((l) => l.startsWith('| 🔴') || l.startsWith('| 🟢'));
    expect(rows).toEqual([
      '| 🔴 firing · fired | acc | bad-exp | accuracy | 0.5 | &lt; 0.9 |',
      '| 🟢 ok | acc | ok-exp | accuracy | 0.95 | &lt; 0.9 |',
    ]);
  });

  it('one marker per config path, with nothing that could end the HTML comment', () => {
    expect(prCommentMarker('alerts.yml')).not.toBe(prCommentMarker('ci/alerts-prod.yml'));
    const odd = prCommentMarker('a--> <b>x</b>\n.yml');
    expect(odd.slice(4, -3)).not.toMatch(/--|>|</);
    expect(odd.startsWith('<!-- metric-alerts:pr-comment config=')).toBe(true);
  });

  it('escapes untrusted names: no HTML, table break-out, link, mention or issue reference', () => {
    const hostile = '@octocat @acme/team #12 GH-7 https://evil.example www.evil.example <img src=x> a|b [x](y)';
    const cell = prCell(hostile);
    expect(cell).not.toMatch(/@[A-Za-z]/);
    expect(cell).not.toMatch(/#\d/);
    expect(cell).not.toMatch(/GH-\d/);
    expect(cell).not.toMatch(/https:\/\//);
    expect(cell).not.toMatch(/www\./);
    expect(cell).not.toContain('<img');
    expect(cell).not.toMatch(/(^|[^\\])\|/);
    expect(cell).toContain('\\[x\\]');
    const body = buildPrComment(input([hostile], { ref: '@octocat/#1' }));
    expect(body).not.toMatch(/@octocat|#1\b|https:\/\/evil|<img/);
  });

  it('stays within GitHub 65,536-character limit, cut with "…and N more"', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `experiment-with-a-long-name-${i}-${'x'.repeat(20)}`);
    const body = buildPrComment(input(many));
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    const shown = body.split('\n').filter((l) => /^\| [🔴🟢]/u.test(l)).length;
    expect(shown).toBeGreaterThan(100);
    expect(body).toContain(`_…and ${3000 - shown} more (cut to stay within GitHub's comment limit)._`);
    // A smaller limit is honoured too; a small table is not cut.
    expect(buildPrComment(input(many), 5000).length).toBeLessThanOrEqual(5000);
    expect(buildPrComment(input(['a', 'b']))).not.toContain('more (cut');
  });
});
