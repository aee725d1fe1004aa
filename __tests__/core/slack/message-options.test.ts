// buildDigest's options (the Web API's messages) and buildNote; the webhook's defaults are message.test.ts's.
import { describe, expect, it } from '@jest/globals';
import { eventId, type LedgerEvent } from '../../../src/core/history/ledger.js';
import { buildDigest, type DigestItem } from '../../../src/core/slack/message.js';
import type { RunContext } from '../../../src/core/types.js';
import { ledgerEvent } from '../../helpers/fixtures.js';

const ctx: RunContext = { serverUrl: 'https://github.com', repository: 'acme/vision', sha: 'abcdef1234' };
const item = (over: Partial<LedgerEvent> = {}): DigestItem => ({ event: ledgerEvent(over), recent: [] });
const sections = (m: ReturnType<typeof buildDigest>): string[] =>
  m.blocks.filter((b) => b.type === 'section').map((b) => (b.text as { text: string }).text);

describe('buildDigest options', () => {
  it('draws the events named as resolved as resolved, and counts them so; the others as they were', () => {
    const a = item({ alert: 'a' });
    const b = item({ alert: 'b', severity: 'critical' });
    const m = buildDigest([a, b], { mentions: ['<@U1>'] }, ctx, { resolved: new Set([eventId(a.event)]) });
    expect(m.blocks[0]).toMatchObject({ text: { text: '🚨 metric-alerts: 1 firing, 1 resolved' } });
    const [first, second] = sections(m);
    expect(first).toMatch(/^:red_circle: \*CRITICAL\* · \*b\* is firing/);
    expect(second).toMatch(/^:white_check_mark: \*RESOLVED\* · \*a\* was firing \(warning\); see the thread\n/);
    expect(m.text).toContain('a firing on iris (accuracy = 0.78, condition &lt; 0.9), now resolved');
    expect(sections(m)).toContain('cc <@U1>');

    const all = buildDigest([a, b], { mentions: ['<@U1>'] }, ctx, {
      resolved: new Set([eventId(a.event), eventId(b.event)]),
    });
    expect(all.blocks[0]).toMatchObject({ text: { text: '✅ metric-alerts: 2 resolved' } });
    expect(JSON.stringify(all)).not.toContain('<@U1>');
  });

  it('keeps the sections within a text budget, counting the events left out', () => {
    const items = Array.from({ length: 40 }, (_, n) => item({ alert: `alert-${n}` }));
    const whole = sections(buildDigest(items, { mentions: [] }, ctx));
    expect(whole).toHaveLength(40);
    const size = whole[0]!.length;
    const cut = sections(buildDigest(items, { mentions: [] }, ctx, { maxSectionsText: size * 10 }));
    expect(cut.join('').length).toBeLessThanOrEqual(size * 10);
    const shown = cut.length - 1;
    expect(cut[shown]).toBe(`…and ${40 - shown} more (see the job summary)`);
    expect(shown).toBeGreaterThanOrEqual(8);
  });

  it('puts words before the context line', () => {
    const m = buildDigest([item()], { mentions: [] }, ctx, { contextLead: 'Updated by <!here>' });
    const context = m.blocks.at(-1) as unknown as { elements: { text: string }[] };
    expect(context.elements[0]!.text).toMatch(
      /^Updated by &lt;!here&gt; <https:\/\/github.com\/acme\/vision\|acme\/vision>/,
    );
  });
});
