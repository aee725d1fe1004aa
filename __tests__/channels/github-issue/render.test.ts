// The github-issue renderer: one request per event keyed by its alert instance's marker, and every untrusted value
// unable to mention, link, reference or inject HTML in GitHub Markdown.
import { describe, expect, it } from '@jest/globals';
import { channelType } from '../../../src/channels/github-issue/index.js';
import { code, DEFAULT_LABEL, LIMITS, titleText } from '../../../src/channels/github-issue/render.js';
import type { GithubIssueChannel, RunContext } from '../../../src/core/types.js';
import { ledgerEvent } from '../../helpers/fixtures.js';

const ctx: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/vision',
  workflowRunUrl: 'https://github.com/acme/vision/actions/runs/1',
  runNumber: '12',
  workflow: 'Train',
};
const channel: GithubIssueChannel = { name: 'gh', type: 'github-issue', labels: [], assignees: [] };
const HOSTILE =
  '@octocat #1 GH-2 <img src=x onerror=alert(1)> https://evil.example [x](https://evil.example) `tick`\u202E';

/** Markdown with every code span removed: what GitHub would interpret. */
function outsideCode(md: string): string {
  return md.replace(/(`+) [\s\S]*? \1/g, '');
}

describe('github-issue render', () => {
  it('one request per event, the same instance marker for every event of an instance, another for another', () => {
    const items = [
      { event: ledgerEvent({ kind: 'fired' }), recent: [] },
      { event: ledgerEvent({ kind: 'resolved', state: 'ok', at: '2026-11-20T11:00:00.000Z' }), recent: [] },
      { event: ledgerEvent({ experiment: 'mnist' }), recent: [] },
    ];
    const out = channelType.render({ channel, items, ctx });
    expect(out).toHaveLength(3);
    expect(out.every((o) => o.events.length === 1)).toBe(true);
    expect(out[0]!.request.marker).toBe(out[1]!.request.marker);
    expect(out[0]!.request.marker).not.toBe(out[2]!.request.marker);
    expect(out[0]!.request.marker).toMatch(/^<!-- metric-alerts:instance=[0-9a-f]{64} -->$/);
    expect(out[0]!.request.eventMarker).not.toBe(out[1]!.request.eventMarker);
    expect(out[0]!.request.body.split('\n').slice(0, 2)).toEqual([out[0]!.request.marker, out[0]!.request.eventMarker]);
    expect(out[1]!.request.comment.split('\n')[0]).toBe(out[1]!.request.eventMarker);
    expect(out[0]!.request.label).toBe(DEFAULT_LABEL);
    expect(out[0]!.request.repository).toBe('acme/vision');
  });

  it("the channel's repository, labels (the first finds the issue) and assignees", () => {
    const ch = { ...channel, repository: 'acme/ops', labels: ['ml-alert', 'p1'], assignees: ['alice'] };
    const [o] = channelType.render({ channel: ch, items: [{ event: ledgerEvent(), recent: [] }], ctx });
    expect(o!.request).toMatchObject({
      repository: 'acme/ops',
      label: 'ml-alert',
      labels: ['ml-alert', 'p1'],
      assignees: ['alice'],
    });
  });

  it('hostile names cannot mention, link, reference or write HTML; bidi controls are removed', () => {
    const rule = {
      name: HOSTILE,
      metric: HOSTILE,
      op: '<' as const,
      threshold: 0.9,
      severity: 'critical' as const,
      enabled: true,
      channels: [],
      description: HOSTILE,
      labels: { team: HOSTILE },
    } as never;
    const event = ledgerEvent({
      alert: HOSTILE,
      experiment: HOSTILE,
      run: HOSTILE,
      metric: HOSTILE,
      runUrl: 'javascript:alert(1)',
    });
    const [o] = channelType.render({
      channel,
      items: [{ event, rule, recent: [1, 2, 3] }],
      ctx: { ...ctx, ref: HOSTILE },
    });
    for (const md of [o!.request.body, o!.request.comment]) {
      expect(md).not.toContain('\u202E');
      const outside = outsideCode(md);
      expect(outside).not.toMatch(/@\w/);
      expect(outside).not.toMatch(/#\d/);
      expect(outside).not.toMatch(/GH-\d/i);
      expect(outside).not.toContain('evil.example');
      expect(outside).not.toContain('javascript:');
      expect(outside).not.toMatch(/<(?!!-- metric-alerts:)/);
      expect(md.match(/<!--/g)).toHaveLength(md === o!.request.body ? 2 : 1);
    }
    expect(o!.request.title).not.toMatch(/[@#]\w/);
    expect(o!.request.title).not.toMatch(/GH-\d/);
  });

  it('a code span holds backticks and cannot be closed early', () => {
    expect(code('a `b` c')).toBe('`` a `b` c ``');
    expect(code('``')).toBe('``` `` ```');
    expect(code('')).toBe('` `');
    expect(code('<!-- metric-alerts:instance=x -->')).not.toContain('<!--');
  });

  it('a title stays within 256 characters', () => {
    expect(titleText('x'.repeat(1000))).toHaveLength(LIMITS.title);
  });

  it('a title is never cut within a surrogate pair', () => {
    const t = titleText(`${'x'.repeat(LIMITS.title - 2)}😀😀`);
    expect(t.length).toBeLessThanOrEqual(LIMITS.title);
    expect(t).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(t.endsWith('…')).toBe(true);
  });

  it('experiment, run and alert names are clipped to 200 characters (as every incident type clips them)', () => {
    const long = (c: string) => `${c.repeat(199)}😀${c.repeat(800)}`;
    const event = ledgerEvent({ alert: long('a'), experiment: long('e'), run: long('r') });
    const [o] = channelType.render({ channel, items: [{ event, recent: [] }], ctx });
    const spans = (o!.request.body.match(/` [^`]+ `/g) ?? []).filter((sp) => /aaaa|eeee|rrrr/.test(sp));
    expect(spans).toHaveLength(3);
    for (const sp of spans) {
      expect(sp.length).toBeLessThanOrEqual(200 + 4);
      expect(sp).toMatch(/^` (a|e|r){199}… `$/);
    }
    expect(o!.request.title).toMatch(/^\[warning\] a{199}… on e+…$/);
    expect(o!.request.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(o!.request.comment).not.toContain('a'.repeat(201));
  });

  it('a body stays within 65,536 characters', () => {
    const long = 'd'.repeat(70_000);
    const rule = {
      name: 'a',
      metric: 'm',
      op: '<',
      threshold: 1,
      severity: 'info',
      enabled: true,
      channels: [],
      description: long,
    } as never;
    const [o] = channelType.render({ channel, items: [{ event: ledgerEvent(), rule, recent: [] }], ctx });
    expect(o!.request.body.length).toBeLessThanOrEqual(LIMITS.body);
    expect(o!.request.body.startsWith(o!.request.marker)).toBe(true);
  });

  it('the reading is worded as every channel words it (resolved: back above after)', () => {
    const event = ledgerEvent({ kind: 'resolved', state: 'ok', value: 0.95, firingRuns: 3 });
    const [o] = channelType.render({ channel, items: [{ event, recent: [] }], ctx });
    expect(o!.request.comment).toContain('accuracy = 0.95, back above 0.9 after 3 runs');
    expect(o!.request.comment).toContain('is **resolved**');
  });

  it('a note opens an issue of its own, with the same marker on a retry', () => {
    const n = { title: 'metric-alerts is wired up', text: 'hello @team', level: 'info' as const };
    const a = channelType.note(channel, n, ctx);
    expect(a.events).toEqual([]);
    expect(a.request.marker).toMatch(/^<!-- metric-alerts:note=[0-9a-f]{64} -->$/);
    expect(channelType.note(channel, n, ctx).request.marker).toBe(a.request.marker);
    expect(outsideCode(a.request.body)).not.toMatch(/@\w/);
  });
});
