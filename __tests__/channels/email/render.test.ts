import { describe, expect, it } from '@jest/globals';
import { channelType } from '../../../src/channels/email/index.js';
import {
  escapeHtml,
  MAX_ITEMS,
  MAX_SUBJECT,
  renderDigest,
  renderNote,
  safeHref,
} from '../../../src/channels/email/render.js';
import { loadConfig } from '../../../src/core/config/load.js';
import type { DigestItem } from '../../../src/core/digest.js';
import { eventId, type LedgerEvent } from '../../../src/core/history/ledger.js';
import type { AlertRule, EmailChannel, RunContext } from '../../../src/core/types.js';
import { ledgerEvent } from '../../helpers/fixtures.js';

const ctx: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/vision',
  workflowRunUrl: 'https://github.com/acme/vision/actions/runs/9',
  workflow: 'Train',
  runNumber: '12',
  workflowRunAttempt: '2',
  ref: 'main',
  sha: 'abcdef1234567',
};

const item = (over: Partial<LedgerEvent> = {}, extra: Partial<DigestItem> = {}): DigestItem => ({
  event: ledgerEvent(over),
  recent: [],
  ...extra,
});

/** One rule as the loader makes it, from the YAML of its fields. */
function rule(fields: string): AlertRule {
  const { config } = loadConfig({
    text: `version: 1\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n${fields}`,
    file: 'a.yml',
    env: {},
  });
  return config.alerts[0]!;
}

/** Every href of the HTML part. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
/** Every tag name of the HTML part. */
const tags = (html: string) =>
  new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
const OUR_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'body',
  'h2',
  'div',
  'strong',
  'code',
  'a',
  'span',
  'em',
  'p',
]);

describe('email render: the subject', () => {
  it('carries the counts, the worst severity and the repository', () => {
    const m = renderDigest(
      [
        item({ alert: 'a', severity: 'warning' }),
        item({ alert: 'b', severity: 'critical' }),
        item({ alert: 'c', kind: 'resolved', state: 'ok', severity: 'info' }),
      ],
      ctx,
    );
    expect(m.subject).toBe('metric-alerts: 2 firing, 1 resolved (critical) · acme/vision');
  });

  it('names the pull request a run belongs to', () => {
    expect(renderDigest([item()], { ...ctx, pullRequest: 12 }).subject).toBe(
      'metric-alerts: 1 firing (warning) · acme/vision · PR #12',
    );
  });

  it('holds no CR or LF whatever the names hold (no header injection), and stays short', () => {
    const m = renderDigest([item()], { ...ctx, repository: 'acme/x\r\nBcc: victim@example.com\r\n' + 'y'.repeat(500) });
    expect(m.subject).not.toMatch(/[\r\n]/);
    expect(m.subject.length).toBeLessThanOrEqual(MAX_SUBJECT);
    const note = renderNote({ title: 'hi\r\nBcc: x@example.com', text: 't', level: 'info' }, ctx);
    expect(note.subject).not.toMatch(/[\r\n]/);
    expect(note.subject).toBe('metric-alerts: hi Bcc: x@example.com (info) · acme/vision');
  });
});

describe('email render: the parts', () => {
  it('shows severity, name, state, experiment, run (linked), the reading, a sparkline, description, runbook, labels', () => {
    const r = rule(
      '    severity: critical\n    description: Held-out accuracy\n    runbook: https://wiki.example.com/acc\n    labels: { team: vision }\n',
    );
    const m = renderDigest([item({ severity: 'critical' }, { rule: r, recent: [0.95, 0.94, 0.78] })], ctx);
    expect(m.text).toContain('[CRITICAL] acc is firing');
    expect(m.text).toContain('accuracy = 0.78 · condition < 0.9');
    expect(m.text).toContain('Experiment: iris · run 9 <https://github.com/acme/vision/actions/runs/9>');
    expect(m.text).toContain('Recent: ██▁');
    expect(m.text).toContain('Held-out accuracy');
    expect(m.text).toContain('Runbook: <https://wiki.example.com/acc>');
    expect(m.text).toContain('Labels: team=vision');
    expect(m.html).toContain('<strong>acc</strong> is firing');
    expect(m.html).toContain('accuracy = 0.78</code> · condition &lt; 0.9');
    expect(m.html).toContain('run <a href="https://github.com/acme/vision/actions/runs/9">9</a>');
    expect(m.html).toContain('██▁');
    expect(m.html).toContain('<a href="https://wiki.example.com/acc">Runbook</a>');
    expect(m.html).toContain('team=vision</code>');
  });

  it('words a resolved event as a recovery, never as the breach', () => {
    const m = renderDigest(
      [
        item({
          kind: 'resolved',
          state: 'ok',
          value: 0.93,
          firingSince: '2026-11-20T08:00:00.000Z',
          firingRuns: 3,
        }),
      ],
      ctx,
    );
    expect(m.subject).toBe('metric-alerts: 1 resolved (warning) · acme/vision');
    expect(m.text).toContain('[RESOLVED (warning)] acc resolved');
    expect(m.text).toContain('accuracy = 0.93 · back above 0.9 after 3 runs / 2 h');
    expect(m.text).not.toContain('0.93 < 0.9');
    expect(m.html).toContain('back above 0.9 after 3 runs / 2 h');
  });

  it('shows a change rule with its baseline and change', () => {
    const r = rule('    change: { from: mean, window: 5, unit: percent }\n');
    const m = renderDigest([item({ value: 0.702, baseline: 0.763, change: -7.99, threshold: -5 }, { rule: r })], ctx);
    expect(m.text).toContain('accuracy = 0.702 · baseline 0.763 (mean) · change -7.99% · condition change < -5%');
  });

  it('says "Sent late" for an event sent again', () => {
    const m = renderDigest([item({}, { late: 'failed' })], ctx);
    expect(m.text).toContain('Sent late: its first delivery failed (event of 2026-11-20T10:00:00.000Z).');
    expect(m.html).toContain('Sent late: its first delivery failed');
  });

  it('carries the run context: repository, branch, workflow run and attempt, commit (linked), pull request', () => {
    const m = renderDigest([item()], { ...ctx, pullRequest: 7 });
    expect(m.text).toContain(
      'acme/vision <https://github.com/acme/vision> · main · workflow Train #12 (attempt 2) <https://github.com/acme/vision/actions/runs/9> · commit abcdef1 <https://github.com/acme/vision/commit/abcdef1234567> · PR #7 <https://github.com/acme/vision/pull/7>',
    );
    expect(hrefs(m.html)).toEqual(
      expect.arrayContaining([
        'https://github.com/acme/vision',
        'https://github.com/acme/vision/actions/runs/9',
        'https://github.com/acme/vision/commit/abcdef1234567',
        'https://github.com/acme/vision/pull/7',
      ]),
    );
  });

  it('orders critical first', () => {
    const m = renderDigest(
      [item({ alert: 'w', severity: 'warning' }), item({ alert: 'c', severity: 'critical' })],
      ctx,
    );
    expect(m.text.indexOf('[CRITICAL] c')).toBeLessThan(m.text.indexOf('[WARNING] w'));
  });

  it(`shows at most ${MAX_ITEMS} events and counts the rest`, () => {
    const items = Array.from({ length: MAX_ITEMS + 50 }, (_, i) => item({ alert: `a${i}` }));
    const m = renderDigest(items, ctx);
    expect(m.subject).toBe(`metric-alerts: ${MAX_ITEMS + 50} firing (warning) · acme/vision`);
    expect(m.text.match(/^\[WARNING\]/gm)).toHaveLength(MAX_ITEMS);
    expect(m.text).toContain('...and 50 more (see the job summary)');
    expect(m.html).toContain('...and 50 more (see the job summary)');
    expect(Buffer.byteLength(m.html)).toBeLessThan(1024 * 1024);
  });
});

describe('email render: hostile names', () => {
  const hostile = {
    alert: 'acc',
    experiment: '<script>alert(1)</script>',
    run: '<a href="https://evil.example/">click</a>',
    metric: 'loss\r\nX-Injected: yes\r\n\r\n<b>bold</b>',
  };

  it('escapes every untrusted value in the HTML part: no tag, attribute or link of theirs', () => {
    const r = rule(
      '    message: "<img src=x onerror=alert(1)> {{experiment}} {{labels.team}}"\n    labels: { team: "<i>t</i>" }\n',
    );
    const m = renderDigest([item(hostile, { rule: r })], { ...ctx, ref: '<b>branch</b>' });
    expect(m.html).not.toContain('<script');
    expect(m.html).not.toContain('<img');
    expect(m.html).not.toContain('<b>');
    expect(m.html).not.toContain('<i>');
    expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(m.html).toContain('&lt;a href=&quot;https://evil.example/&quot;&gt;click&lt;/a&gt;');
    expect(m.html).toContain('&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;');
    expect([...tags(m.html)].filter((t) => !OUR_TAGS.has(t))).toEqual([]);
    expect(hrefs(m.html).every((u) => u!.startsWith('https://github.com/acme/vision'))).toBe(true);
  });

  it('keeps a name on its own line in the text part: CR/LF cannot forge a line', () => {
    const m = renderDigest([item(hostile)], ctx);
    expect(m.text).not.toMatch(/^X-Injected/m);
    expect(m.text).toContain('loss X-Injected: yes <b>bold</b> = 0.78');
    expect(m.text).not.toMatch(/\r/);
  });

  it('removes bidirectional controls from both parts and the subject', () => {
    const bidi = 'iris\u202Egnp.exe\u2066x\u2069\u200F';
    const m = renderDigest([item({ experiment: bidi, alert: 'a\u202Eb' })], { ...ctx, repository: 'acme/\u202Ev' });
    for (const part of [m.subject, m.text, m.html])
      expect(part).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
    expect(m.text).toContain('Experiment: irisgnp.exex');
  });

  it('links a runbook only when it is http(s)', () => {
    const r = rule('    runbook: https://wiki.example.com/acc\n');
    const js = { ...r, runbook: 'javascript:alert(1)' };
    const m = renderDigest([item({}, { rule: js })], ctx);
    expect(m.html).not.toContain('javascript:');
    expect(m.text).not.toContain('javascript:');
    expect(m.html).not.toContain('Runbook');
    expect(safeHref('https://a.example/x?y="z"')).toBe('https://a.example/x?y=%22z%22');
    expect(safeHref('data:text/html,hi')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });

  it('escapes the five characters of HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes a note: its title and text are shown, never run', () => {
    const m = renderNote(
      { title: '<b>deploy</b>', text: 'line 1\n<script>x</script>\nline 3', level: 'critical' },
      ctx,
    );
    expect(m.text).toContain('[CRITICAL] <b>deploy</b>');
    expect(m.text).toContain('line 1\n<script>x</script>\nline 3');
    expect(m.html).toContain('&lt;b&gt;deploy&lt;/b&gt;');
    expect(m.html).toContain('line 1<br>\n&lt;script&gt;x&lt;/script&gt;<br>\nline 3');
    expect([...tags(m.html)].filter((t) => !OUR_TAGS.has(t) && t !== 'br')).toEqual([]);
  });
});

describe('email channel type', () => {
  const channel: EmailChannel = {
    name: 'mail',
    type: 'email',
    smtp: 'smtp://alerts:hunter2@mail.example.com',
    from: 'alerts@example.com',
    to: ['ml@example.com'],
  };

  it('renders one mail per digest carrying every event, to the server without its credentials', () => {
    const items = [item({ alert: 'a' }), item({ alert: 'b', kind: 'resolved', state: 'ok' }, { thread: '<m1@x>' })];
    const out = channelType.render({ channel, items, ctx });
    expect(out).toHaveLength(1);
    expect(out[0]!.events).toEqual(items.map((i) => eventId(i.event)));
    expect(out[0]!.destination).toBe('smtp://mail.example.com:587');
    expect(out[0]!.request.references).toEqual(['<m1@x>']);
    expect(channelType.render({ channel, items: [], ctx })).toEqual([]);
  });

  it('answers only real Message-IDs: a ref that could break a header is dropped', () => {
    const items = [item({}, { thread: '<a@x>\r\nBcc: y@z' }), item({ alert: 'b' }, { thread: '1700000000.0001' })];
    expect(channelType.render({ channel, items, ctx })[0]!.request.references).toEqual([]);
  });

  it('renders a note, and previews a mail as log-safe text', () => {
    const out = channelType.note(channel, { title: 'metric-alerts is wired up', text: 'hi', level: 'info' }, ctx);
    expect(out.events).toEqual([]);
    expect(out.request.subject).toBe('metric-alerts is wired up (info) · acme/vision');
    const preview = channelType.preview!({ ...out.request, text: '::error::x\n##[group]y' });
    expect(preview).not.toMatch(/^::/m);
    expect(preview).not.toContain('##[');
  });
});
