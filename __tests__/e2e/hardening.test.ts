// Issue 7 through dist/index.js, as a user meets it: every bad input of the README's "What happens when…" catalogue
// fails the step with a message naming the file (and the position where there is one), sends nothing, writes no
// history, prints no stack trace, and shows the stack only with step debug logging on.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { slackForSuite, type Answer } from '../helpers/slack-server.js';
import { seedRules } from '../helpers/fixtures.js';
import { runAction, tempDir, writeFiles, type ActionRun } from '../helpers/run-action.js';

const slack = slackForSuite();
const HISTORY = 'alerts-history.json';
const STACK = /\n\s+at .+:\d+:\d+\)?/;

interface Case {
  /** Files of the workspace; alerts.yml defaults to the seed rules. */
  files: Record<string, string | Buffer>;
  /** The metrics input (default m.json). */
  metrics?: string;
  /** Prepares what plain text cannot (a sparse 101 MiB file). */
  prepare?: (ws: string) => void;
  /** The message the user reads; a RegExp where a part is not worth pinning. */
  says: string | RegExp;
}

const BILLION_LAUGHS = (() => {
  const lines = ['version: 1', 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    const prev = String.fromCharCode(96 + i);
    lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\nalerts: []\n`;
})();

const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

const CASES: Record<string, Case> = {
  // SPEC §6 limits
  'a metrics file over 100 MiB': {
    files: {},
    metrics: 'big.json',
    prepare: (ws) => {
      writeFileSync(path.join(ws, 'big.json'), '');
      truncateSync(path.join(ws, 'big.json'), 101 * 1024 * 1024);
    },
    says: 'big.json: the metrics file is 101 MiB, over the 100 MiB limit; refused without reading it',
  },
  'metrics nested deeper than 64 levels': {
    files: { 'm.json': nested(65) },
    says: /^m\.json:1:\d+: .*nested deeper than the limit of 64/m,
  },
  'metrics nested 100,000 levels (no stack overflow)': {
    files: { 'm.json': nested(100_000) },
    says: /^m\.json:1:\d+: .*nested deeper than the limit of 64/m,
  },
  'a rules file over 1 MiB': {
    files: { 'alerts.yml': `${seedRules()}# ${'x'.repeat(1024 * 1024)}\n` },
    says: /^alerts\.yml: the rules file is 1(\.\d+)? MiB, over the 1 MiB limit; refused without reading it/m,
  },
  'YAML aliases that expand (billion laughs)': {
    files: { 'alerts.yml': BILLION_LAUGHS },
    says: /^alerts\.yml:\d+:\d+: .*YAML aliases expand too far/m,
  },
  'a threshold of .inf': {
    files: { 'alerts.yml': seedRules().replace('threshold: 0.9', 'threshold: .inf') },
    says: 'alerts.yml:11:16: alerts[0].threshold must be a finite number, found Infinity',
  },
  'a threshold of .nan': {
    files: { 'alerts.yml': seedRules().replace('threshold: 0.9', 'threshold: .nan') },
    says: /^alerts\.yml:11:16: alerts\[0\]\.threshold must be a finite number, found NaN/m,
  },
  'a threshold too large for a double': {
    files: { 'alerts.yml': seedRules().replace('threshold: 0.9', 'threshold: 1e400') },
    says: /^alerts\.yml:11:16: alerts\[0\]\.threshold must be a finite number, found Infinity/m,
  },

  // Broken and odd metrics
  'an empty metrics file': { files: { 'm.json': '' }, says: 'm.json: the metrics file is empty' },
  'a whitespace-only metrics file': { files: { 'm.json': ' \n\t\r\n ' }, says: 'm.json: the metrics file is empty' },
  'a truncated metrics file': {
    files: { 'm.json': '{"accuracy": 0.7, "loss": ' },
    says: 'm.json:1:27: the JSON ends too early (truncated?)',
  },
  'a binary metrics file': {
    files: { 'm.json': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
    says: 'm.json: the metrics file is binary (it contains NUL bytes); expected JSON or JSON Lines',
  },
  'a top-level number': {
    files: { 'm.json': '0.93\n' },
    says: 'm.json: the file holds a number; expected a JSON object of metrics, a run, or an array of runs',
  },
  'a top-level string': {
    files: { 'm.json': '"accuracy"\n' },
    says: /^m\.json: the file holds a string; expected a JSON object of metrics/m,
  },
  'a JSON Lines file with one broken line': {
    files: {
      'runs.jsonl':
        '{"run_id": "1", "accuracy": 0.95}\n{"run_id": "2", "accuracy": }\n{"run_id": "3", "accuracy": 0.96}\n',
    },
    metrics: 'runs.jsonl',
    says: 'runs.jsonl:2:29: unexpected "}"; expected a value (object, array, string, number, true, false, null, NaN, Infinity)',
  },
  'a metrics file with no metrics (metadata only)': {
    files: { 'm.json': '{"_timestamp": 1763800000, "_step": 3}' },
    says: 'm.json: no runs found: the file holds no metrics',
  },
  'an empty JSON object': { files: { 'm.json': '{}' }, says: 'm.json: no runs found: the file holds no metrics' },
  'an empty array of runs': { files: { 'm.json': '[]' }, says: 'm.json: no runs found: the file holds no metrics' },

  // Rules files
  'a rules file indented with tabs': {
    files: { 'alerts.yml': seedRules().replace('  - name: accuracy-regression', '\t- name: accuracy-regression') },
    says: /^alerts\.yml:7:1: .*[Tt]ab/m,
  },
  'an empty rules file': {
    files: { 'alerts.yml': '' },
    says: 'alerts.yml:1:1: the file is empty; expected a mapping with "version: 1" and "alerts:"',
  },
  'a rules file that is only a comment': {
    files: { 'alerts.yml': '# TODO\n' },
    says: /^alerts\.yml:1:1: the file is empty/m,
  },
  'a rules file that is a list': {
    files: { 'alerts.yml': '- name: a\n- name: b\n' },
    says: 'alerts.yml:1:1: (top level) must be a mapping, found a list',
  },
  'a rules file that is a scalar': {
    files: { 'alerts.yml': 'alerts\n' },
    says: 'alerts.yml:1:1: (top level) must be a mapping, found "alerts"',
  },
  'a template reaching for the constructor': {
    files: { 'alerts.yml': seedRules('    message: "{{constructor.constructor(\'return process\')()}}"\n') },
    says: "alerts.yml:13:14: message: unknown template variable {{constructor.constructor('return process'...}}; allowed: alert, description,",
  },
  'a template naming a prototype key': {
    files: { 'alerts.yml': seedRules('    message: "{{__proto__}}"\n') },
    says: /^alerts\.yml:13:\d+: message: unknown template variable \{\{__proto__\}\}; allowed: /m,
  },
  'a huge alert name': {
    files: { 'alerts.yml': seedRules().replace('name: accuracy-regression', `name: ${'a'.repeat(100_000)}`) },
    says: /^alerts\.yml:7:\d+: alerts\[0\]\.name /m,
  },
  'a description of 300,000 characters': {
    files: { 'alerts.yml': seedRules(`    description: ${'x'.repeat(300_000)}\n`) },
    says: /^alerts\.yml:13:18: alerts\[0\]\.description must be at most 2000 characters long, found "x{77}\.\.\."$/m,
  },
  'a label value of 300 characters': {
    files: { 'alerts.yml': seedRules(`    labels: {team: ${'y'.repeat(300)}}\n`) },
    says: /^alerts\.yml:13:20: alerts\[0\]\.labels\.team must be at most 200 characters long/m,
  },
  'a for of 10^20 runs': {
    files: { 'alerts.yml': seedRules('    for: 99999999999999999999\n') },
    says: 'alerts.yml:13:10: alerts[0].for must be at most 1000, found 100000000000000000000',
  },
  'a repeat of 10^11 days': {
    files: { 'alerts.yml': seedRules('    repeat: 99999999999d\n') },
    says: 'alerts.yml:13:13: repeat must be at most 365d (a year), found "99999999999d"',
  },
};

function workspaceFor(c: Case): string {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': seedRules() });
  for (const [name, content] of Object.entries(c.files)) writeFileSync(path.join(ws, name), content);
  c.prepare?.(ws);
  return ws;
}

const run = (ws: string, c: Case, env: Record<string, string> = {}) =>
  runAction({
    workspace: ws,
    inputs: { metrics: c.metrics ?? 'm.json', experiment: 'iris', history: 'file' },
    env: { SLACK_WEBHOOK_URL: slack.server.url(), ...env },
  });

function expectRefused(r: ActionRun, ws: string, says: string | RegExp): void {
  expect(r.code).toBe(1);
  const shown = r.stdout.replace(/^::(error|warning)[^:]*::/gm, '');
  if (typeof says === 'string') expect(shown).toContain(says);
  else expect(shown).toMatch(says);
  expect(r.stdout).toMatch(/Nothing was sent and no history was written\./);
  expect(r.summary).toContain('## metric-alerts failed');
  expect(slack.server.received).toHaveLength(0);
  expect(existsSync(path.join(ws, HISTORY))).toBe(false);
}

describe('every bad input of the catalogue, through dist/index.js', () => {
  it.each(Object.entries(CASES))('%s: refused clearly, no stack trace', async (_name, c) => {
    const ws = workspaceFor(c);
    const r = await run(ws, c);
    expectRefused(r, ws, c.says);
    expect(r.stdout + r.stderr).not.toMatch(STACK);
    expect(r.stderr).toBe('');
  });

  it.each(Object.entries(CASES))('%s: step debug logging shows the stack', async (_name, c) => {
    const debugOn: Record<string, string>[] = [{ RUNNER_DEBUG: '1' }, { ACTIONS_STEP_DEBUG: 'true' }];
    for (const env of debugOn) {
      const ws = workspaceFor(c);
      const r = await run(ws, c, env);
      expectRefused(r, ws, c.says);
      expect(r.stdout).toMatch(STACK);
    }
  });
});

describe('odd input that is read as meant, through dist/index.js', () => {
  it('a byte-order mark, CRLF, unicode keys, prototype-named keys and experiments, extreme and non-finite numbers', async () => {
    const ws = tempDir();
    const rules = `version: 1
channels:
  ml-alerts: {type: slack, url: "\${SLACK_WEBHOOK_URL}"}
defaults:
  channels: [ml-alerts]
alerts:
  - {name: unicode, experiment: iris, metric: 精度, op: "<", threshold: 0.9}
  - {name: ctor, experiment: iris, metric: constructor.prototype, op: "==", threshold: 2}
  - {name: to-string, experiment: iris, metric: toString, op: ">", threshold: 0}
  - {name: big, experiment: iris, metric: big, op: ">=", threshold: 1e308}
  - {name: tiny, experiment: iris, metric: tiny, op: ">", threshold: 0}
  - {name: loss, experiment: iris, metric: loss, op: "<", threshold: 10}
  - {name: proto-experiment, experiment: "__proto__", metric: 精度, op: "<", threshold: 0.9}
`;
    const lines = [
      '\uFEFF{"experiment": "iris", "run_id": "r1", "metrics": {"精度": 0.95, "constructor": {"prototype": 2}, "toString": 1, "big": 1e308, "tiny": 5e-324, "loss": -Infinity, "__proto__": {"polluted": 1}}}',
      '{"experiment": "__proto__", "run_id": "r2", "metrics": {"精度": 0.5}}',
    ];
    writeFiles(ws, { 'alerts.yml': rules.replace(/\n/g, '\r\n'), 'runs.jsonl': `${lines.join('\r\n')}\r\n` });
    const step = () =>
      runAction({
        workspace: ws,
        inputs: { metrics: 'runs.jsonl', history: 'file' },
        env: { SLACK_WEBHOOK_URL: slack.server.url() },
      });
    const r = await step();
    expect([r.code, r.stderr, r.code ? r.stdout : '']).toEqual([0, '', '']);
    const results = JSON.parse(r.outputs.results!) as {
      alert: string;
      experiment: string;
      value: unknown;
      state: string;
    }[];
    const by = Object.fromEntries(results.map((x) => [x.alert, x]));
    expect(by.unicode).toMatchObject({ experiment: 'iris', value: 0.95, state: 'ok' });
    expect(by.ctor).toMatchObject({ value: 2, state: 'firing' });
    expect(by['to-string']).toMatchObject({ value: 1, state: 'firing' });
    expect(by.big).toMatchObject({ value: 1e308, state: 'firing' });
    expect(by.tiny).toMatchObject({ value: 5e-324, state: 'firing' });
    expect(by.loss).toMatchObject({ value: '-Infinity', state: 'firing' });
    expect(by['proto-experiment']).toMatchObject({ experiment: '__proto__', value: 0.5, state: 'firing' });
    expect(slack.server.received).toHaveLength(1);
    const ledger = readFileSync(path.join(ws, HISTORY), 'utf8');
    expect(ledger).toContain('"__proto__"');
    // The ledger reads back: the same runs again change nothing and send nothing.
    const again = await step();
    expect(again.code).toBe(0);
    expect(again.outputs.fired).toBe('0');
    expect(again.outputs.firing).toBe('6');
    expect(slack.server.received).toHaveLength(1);
  });
});

describe('a process killed while writing history, through dist/index.js', () => {
  it('leaves the ledger as it was; the next run carries on from it', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': seedRules(), 'm.json': '{"accuracy": 0.95}' });
    const step = (runId: string, env: Record<string, string> = {}) =>
      runAction({
        workspace: ws,
        runId,
        inputs: { metrics: 'm.json', experiment: 'iris', history: 'file' },
        env: { SLACK_WEBHOOK_URL: slack.server.url(), ...env },
      });
    expect((await step('1')).code).toBe(0);
    const before = readFileSync(path.join(ws, HISTORY), 'utf8');
    writeFiles(ws, { 'm.json': '{"accuracy": 0.5}' });
    const killer = path.resolve(import.meta.dirname, '../helpers/kill-while-writing.mjs');
    const killed = await step('2', { NODE_OPTIONS: `--import=${killer}`, KILL_WHILE_WRITING: HISTORY });
    expect(killed.code).not.toBe(0);
    expect(readFileSync(path.join(ws, HISTORY), 'utf8')).toBe(before);
    expect(slack.server.received).toHaveLength(0);
    const next = await step('2');
    expect(next.code).toBe(0);
    expect(next.outputs.fired).toBe('1');
    expect(slack.server.received).toHaveLength(1);
  });
});

describe('Slack and network faults, through dist/index.js', () => {
  interface Fault {
    answers?: Answer[];
    /** A URL of its own instead of the stand-in's. */
    url?: string;
    delivery: Record<string, unknown>;
  }
  const FAULTS: Record<string, Fault> = {
    '429 with Retry-After': {
      answers: [{ status: 429, body: 'rate_limited', headers: { 'retry-after': '1' } }],
      delivery: { ok: true, status: 200, attempts: 2 },
    },
    '5xx on every attempt': {
      answers: Array<Answer>(4).fill({ status: 503, body: 'service_unavailable' }),
      delivery: { ok: false, status: 503, attempts: 4, error: 'HTTP 503: service_unavailable', retryable: true },
    },
    '4xx invalid_payload': {
      answers: [{ status: 400, body: 'invalid_payload' }],
      delivery: { ok: false, status: 400, attempts: 1, error: 'invalid_payload', retryable: false },
    },
    '4xx channel_not_found': {
      answers: [{ status: 404, body: 'channel_not_found' }],
      delivery: { ok: false, status: 404, attempts: 1, error: 'channel_not_found', retryable: false },
    },
    'a reset connection': { answers: ['reset'], delivery: { ok: true, status: 200, attempts: 2 } },
    'no answer': { answers: ['hang'], delivery: { ok: true, status: 200, attempts: 2 } },
    'a host that does not resolve (DNS)': {
      url: 'https://hooks.slack.invalid/services/T000/B000/dns-secret',
      delivery: { ok: false, attempts: 4, error: 'host not found (DNS)', retryable: true },
    },
  };
  const RULES = `version: 1
channels:
  flaky: {type: slack, url: "\${FLAKY_URL}"}
  steady: {type: slack, url: "\${STEADY_URL}"}
alerts:
  - {name: accuracy-regression, experiment: iris, metric: accuracy, op: "<", threshold: 0.9, channels: [flaky, steady]}
`;

  it('each is bounded, recorded on the event, a warning, and never holds up the other channel', async () => {
    const cases = Object.entries(FAULTS).map(async ([name, fault], i) => {
      const ws = tempDir();
      writeFiles(ws, { 'alerts.yml': RULES, 'm.json': '{"accuracy": 0.5}' });
      const flakyPath = `/services/T${i}/FLAKY/flaky-secret`;
      const steadyPath = `/services/T${i}/STEADY/steady-secret`;
      if (fault.answers) slack.server.answer(flakyPath, ...fault.answers);
      const flakyUrl = fault.url ?? slack.server.url(flakyPath);
      const r = await runAction({
        workspace: ws,
        inputs: { metrics: 'm.json', experiment: 'iris', history: 'file' },
        env: { FLAKY_URL: flakyUrl, STEADY_URL: slack.server.url(steadyPath) },
      });
      return { name, fault, ws, r, flakyPath, steadyPath };
    });
    for (const { name, fault, ws, r, flakyPath, steadyPath } of await Promise.all(cases)) {
      expect([name, r.code, r.stderr]).toEqual([name, 0, '']);
      const [result] = JSON.parse(r.outputs.results!) as { deliveries: Record<string, unknown>[] }[];
      expect(result!.deliveries).toEqual([
        expect.objectContaining({ channel: 'flaky', ...fault.delivery }),
        expect.objectContaining({ channel: 'steady', ok: true, status: 200, attempts: 1 }),
      ]);
      // Recorded on the event in the history, as the results say.
      const ledger = JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8')) as {
        events: { deliveries: Record<string, unknown>[] }[];
      };
      expect(ledger.events[0]!.deliveries).toEqual([
        expect.objectContaining({ channel: 'flaky', ...fault.delivery }),
        expect.objectContaining({ channel: 'steady', ok: true }),
      ]);
      const warned = r.stdout.split('\n').filter((l) => l.startsWith('::warning::delivery to channel'));
      if (fault.delivery.ok) expect(warned).toEqual([]);
      else
        expect(warned).toEqual([
          `::warning::delivery to channel flaky failed: ${String(fault.delivery.error)} (${String(fault.delivery.attempts)} attempt${fault.delivery.attempts === 1 ? '' : 's'}); ${fault.delivery.retryable ? 'it is sent again, marked late, by the next run with history (within 24 h)' : 'the answer is final, so it is not sent again: fix the channel'}`,
        ]);
      expect(r.outputs['failed-deliveries']).toBe(fault.delivery.ok ? '0' : '1');
      // The steady channel got its message before the flaky one's last attempt: one never waits for the other.
      const steady = slack.server.received.filter((m) => m.path === steadyPath);
      const flaky = slack.server.received.filter((m) => m.path === flakyPath);
      expect(steady).toHaveLength(1);
      if (flaky.length > 1) expect(steady[0]!.at).toBeLessThan(flaky.at(-1)!.at);
      // No secret anywhere the user or a script can read (::add-mask:: is how the runner learns to hide them).
      const logged = r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      for (const text of [logged, r.summary, JSON.stringify(r.outputs), readFileSync(path.join(ws, HISTORY), 'utf8')]) {
        expect(text).not.toMatch(/flaky-secret|steady-secret|dns-secret/);
      }
    }
  }, 90_000);
});
