import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileRules, loadConfig } from '../../../src/core/config/load.js';
import { MAX_MEMO_CHARS, memoFor, usableMemo, rulesKey } from '../../../src/core/config/memo.js';
import { bindRules } from '../../../src/core/config/rules.js';
import { UserError } from '../../../src/core/diagnostics.js';
import { seedRules } from '../../helpers/fixtures.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const EXAMPLES = readdirSync(path.join(ROOT, 'examples/alerts')).map((f) =>
  readFileSync(path.join(ROOT, 'examples/alerts', f), 'utf8'),
);
const SEED = seedRules();
const URL_ = 'https://hooks.slack.com/services/T/B/secret';

/** What loading gives, or the messages it refuses with. */
function outcome(load: () => unknown): unknown {
  try {
    return load();
  } catch (e) {
    if (e instanceof UserError) return e.message;
    throw e;
  }
}

describe('compiled rules kept in the history', () => {
  const texts = [
    ...EXAMPLES,
    SEED,
    seedRules(
      '    for: 3\n    repeat: 6h\n    change: {from: mean, window: 5, unit: percent}\n    labels: {team: vision}\n    runbook: https://wiki.example.com/x\n',
    ),
    SEED.replace('channels: [ml-alerts]', 'channels: [nope]'),
    `version: 1\nchannels:\n  default:\n    type: slack\n    url: \${HOOK}\n    mentions: ["\${WHO}"]\nalerts:\n  - {name: a, metric: m, op: "<", threshold: 1}\n  - {name: b, metric: m, op: "<", threshold: 1, enabled: false}\n`,
    `version: 1\nalerts:\n  - {name: a, metric: m, op: "<", threshold: 1, labels: {team: x}}\n`,
  ];
  const envs = [
    {},
    { SLACK_WEBHOOK_URL: URL_, HOOK: URL_, WHO: '<@U012AB3CD>' },
    { SLACK_WEBHOOK_URL: 'http://example.com/x', HOOK: 'ftp://x', WHO: 'bob' },
  ];
  const defaults = [undefined, URL_, 'http://not-loopback.example.com/x'];

  it('bind(JSON round trip of compile) is exactly loadConfig, for every file, environment and slack-webhook-url', () => {
    let compared = 0;
    for (const text of texts) {
      const { rules, errors } = compileRules(text, 'alerts.yml');
      const kept = JSON.parse(JSON.stringify(memoFor(text, rules) ?? { key: rulesKey(text), rules })) as unknown;
      const back = usableMemo(kept, text)?.rules;
      expect(back).toEqual(rules);
      for (const env of envs) {
        for (const defaultWebhookUrl of defaults) {
          const extra = defaultWebhookUrl ? { defaultWebhookUrl } : {};
          const direct = outcome(() => loadConfig({ text, file: 'alerts.yml', env, ...extra }));
          const viaMemo = outcome(() => bindRules(back!, { file: 'alerts.yml', env, ...extra }, errors));
          expect(viaMemo).toEqual(direct);
          compared++;
        }
      }
    }
    expect(compared).toBe(texts.length * envs.length * defaults.length);
  });

  it('is used only for the same text compiled by the same build', () => {
    const { rules } = compileRules(SEED, 'alerts.yml');
    const memo = memoFor(SEED, rules)!;
    expect(usableMemo(memo, SEED)).toBe(memo);
    expect(usableMemo(memo, SEED.replace('0.9', '0.8'))).toBeUndefined();
    expect(usableMemo({ ...memo, key: memo.key.replace(/^[^:]+/, 'another-build') }, SEED)).toBeUndefined();
    for (const bad of [
      null,
      'x',
      [],
      { key: memo.key },
      { key: memo.key, rules: { channels: {}, alerts: [], history: {} } },
    ])
      expect(usableMemo(bad, SEED)).toBeUndefined();
  });

  it('a tampered memo cannot point a channel at a variable the file does not name', () => {
    const { rules } = compileRules(SEED, 'alerts.yml');
    const memo = JSON.parse(JSON.stringify(memoFor(SEED, rules))) as {
      rules: { channels: { fields: { url: string } }[] };
    };
    memo.rules.channels[0]!.fields.url = 'https://collector.example.com/${GITHUB_TOKEN}';
    expect(usableMemo(memo, SEED)).toBeUndefined();
  });

  it('is not kept when the file holds a webhook URL (a secret) or when it is very large', () => {
    const literal = SEED.replace('${SLACK_WEBHOOK_URL}', URL_);
    expect(memoFor(literal, compileRules(literal, 'alerts.yml').rules)).toBeUndefined();
    const many = `version: 1\nalerts:\n${Array.from({ length: 3000 }, (_, i) => `  - {name: alert-${i}, metric: m${i}, op: "<", threshold: ${i}, description: "${'d'.repeat(60)}"}\n`).join('')}`;
    const big = compileRules(many, 'alerts.yml').rules;
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_MEMO_CHARS);
    expect(memoFor(many, big)).toBeUndefined();
    expect(memoFor(SEED, compileRules(SEED, 'alerts.yml').rules)).toBeDefined();
  });
});
