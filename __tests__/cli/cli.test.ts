// The CLI in process (fast) and the bundled CLI as a process (what npx runs).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli } from '../../src/cli/main.js';
import { tempDir, writeFiles } from '../helpers/run-action.js';
import { startSlack, type SlackStandIn } from '../helpers/slack-server.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RULES =
  'version: 1\nchannels:\n  ml:\n    type: slack\n    url: ${HOOK}\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n    severity: critical\n    channels: [ml]\n';

async function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(argv, env, { out: (s) => out.push(s), err: (s) => err.push(s) }, cwd);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let slack: SlackStandIn;
beforeAll(async () => {
  slack = await startSlack();
});
afterAll(() => slack.close());

describe('metric-alerts validate', () => {
  it('exits 0 for a good file', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES });
    expect(await run(['validate'], ws)).toMatchObject({ code: 0, out: 'alerts.yml: OK (1 alert, 1 channel)' });
  });
  it('prints every error as FILE:LINE:COL: message and exits 2', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'rules.yml': RULES.replace('op: "<"', 'op: "=<"').replace('severity: critical', 'severity: high\n    every: 3'),
    });
    const r = await run(['validate', 'rules.yml'], ws);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toEqual([
      'rules.yml:9:9: alerts[0].op cannot be "=<"; allowed: <, >, <=, >=, ==, !=, =',
      'rules.yml:11:15: alerts[0].severity cannot be "high"; allowed: info, warning, critical',
      'rules.yml:12:5: unknown key "every" in alerts[0]; allowed: name, metric, op, threshold, status, stale, description, runbook, experiment, severity, enabled, channels, for, repeat, notify-resolved, recover-threshold, on-missing, reduce, change, message, labels',
    ]);
  });
});

describe('metric-alerts check and history', () => {
  it('a resolved line reads true: the new value, back above the threshold, after how many runs', async () => {
    const ws = tempDir();
    const metrics = (id: string, accuracy: number) =>
      writeFiles(ws, {
        'alerts.yml': RULES,
        'runs/a.json': JSON.stringify({ run_id: id, experiment: 'iris', metrics: { accuracy } }),
      });
    metrics('r1', 0.5);
    expect((await run(['check', '--metrics', 'runs/*.json'], ws, {})).out).toContain('-> fired');
    metrics('r2', 0.95);
    const resolved = await run(['check', '--metrics', 'runs/*.json'], ws, {});
    expect(resolved.out).toMatch(
      /^ok {10}acc \[iris\] accuracy = 0\.95, back above 0\.9 after 1 run \/ [\w ]+ -> resolved$/m,
    );
    expect(resolved.out).not.toContain('condition');
  });
  it('a fire held back by a silence says so on its line, and nothing is sent', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'alerts.yml': `${RULES}silences:\n  - until: 2099-01-01T00:00:00Z\n    reason: retraining\n`,
      'runs/a.json': '{"run_id": "r1", "experiment": "iris", "metrics": {"accuracy": 0.5}}',
    });
    const before = slack.received.length;
    const r = await run(['check', '--metrics', 'runs/*.json'], ws, { HOOK: slack.url('/quiet-hook') });
    expect(r.out).toContain('firing      acc [iris] accuracy = 0.5, condition < 0.9 -> fired (silenced: not sent)');
    expect(slack.received.length).toBe(before);
  });
  it('checks, sends, keeps history in a file; history lists events newest first', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'alerts.yml': RULES,
      'runs/a.json': '{"run_id": "r1", "experiment": "iris", "metrics": {"accuracy": 0.5}}',
    });
    const env = { HOOK: slack.url('/cli') };
    const first = await run(['check', '--metrics', 'runs/*.json', '--fail-on', 'critical'], ws, env);
    expect(first.code).toBe(1);
    expect(first.out).toContain('firing      acc [iris] accuracy = 0.5, condition < 0.9 -> fired');
    expect(first.err).toContain(
      'error: fail-on: critical: 1 alert instance(s) firing at critical or above (acc on iris)',
    );
    expect(first.out.split('\n').slice(-2)).toEqual([
      'sent 1 event(s) to channel ml',
      'checked 1, triggered 1, fired 1, resolved 0, firing 1',
    ]);
    expect(slack.received.filter((r) => r.path === '/cli')).toHaveLength(1);

    writeFiles(ws, { 'runs/a.json': '{"run_id": "r2", "experiment": "iris", "metrics": {"accuracy": 0.95}}' });
    const second = await run(['check', '--metrics', 'runs/*.json', '--json'], ws, env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out)[0]).toMatchObject({
      alert: 'acc',
      run: 'r2',
      state: 'ok',
      event: 'resolved',
      deliveries: [{ channel: 'ml', ok: true, skipped: false, status: 200, attempts: 1, error: null }],
    });

    const h = await run(['history', 'acc', '--json'], ws);
    expect(h.code).toBe(0);
    const events = JSON.parse(h.out);
    expect(events.map((e: { run: string; event: string }) => [e.run, e.event])).toEqual([
      ['r2', 'resolved'],
      ['r1', 'fired'],
    ]);
    expect(events[1]).toEqual({
      alert: 'acc',
      experiment: 'iris',
      run: 'r1',
      at: expect.any(String),
      event: 'fired',
      state: 'firing',
      metric: 'accuracy',
      value: 0.5,
      baseline: null,
      change: null,
      change_unit: null,
      op: '<',
      threshold: 0.9,
      severity: 'critical',
      deliveries: [{ channel: 'ml', ok: true, status: 200, attempts: 1, error: null }],
    });
    expect((await run(['history', '--experiment', 'mnist'], ws)).out).toBe('no events');
    expect(readFileSync(path.join(ws, 'alerts-history.json'), 'utf8')).not.toContain('/cli');
  });

  it('a dry run prints the message it would send and writes nothing', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES, 'm.json': '{"accuracy": 0.5}' });
    const r = await run(['check', '--metrics', 'm.json', '--experiment', 'iris', '--dry-run'], ws, {
      HOOK: slack.url('/never'),
    });
    expect(r.code).toBe(0);
    expect(r.out).toContain('── message for channel ml (dry run: not sent) ──');
    expect(r.out).toContain('🔴 *CRITICAL* · *acc* is firing');
    expect(r.out).toContain('dry run: 1 event(s) not sent to channel ml');
    expect(slack.received.filter((x) => x.path === '/never')).toHaveLength(0);
  });

  it('refuses unknown flags and commands by name, with "did you mean" and exit 2', async () => {
    expect(await run(['check', '--metric', 'x'], '/')).toMatchObject({
      code: 2,
      err: expect.stringContaining(
        'check: unknown flag --metric; did you mean --metrics? allowed: --config, --metrics,',
      ),
    });
    expect(await run(['history', '--experimnet', 'x'], '/')).toMatchObject({
      code: 2,
      err: expect.stringContaining('history: unknown flag --experimnet; did you mean --experiment?'),
    });
    expect(await run(['check', '--frobnicate'], '/')).toMatchObject({
      code: 2,
      err: expect.not.stringContaining('did you mean'),
    });
    expect(await run(['chek'], '/')).toMatchObject({
      code: 2,
      err: 'unknown command "chek"; did you mean "check"? allowed: check, validate, history, schema, notify, --help, --version',
    });
    expect(await run(['--verison'], '/')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown command "--verison"; did you mean "--version"?'),
    });
    expect(await run(['frobnicate'], '/')).toMatchObject({
      code: 2,
      err: 'unknown command "frobnicate"; allowed: check, validate, history, schema, notify, --help, --version',
    });
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES });
    expect(await run(['check'], ws)).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /\ncheck: --metrics is required \(paths or globs of metrics files; optional only with a stale rule\)$/,
      ),
    });
  });

  it('bad metrics are an input error: exit 2 with the position', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES, 'm.json': '{"accuracy": 0.5,,}' });
    const r = await run(['check', '--metrics', 'm.json'], ws);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').at(-1)).toBe('m.json:1:18: unexpected ","; expected a key in double quotes');
  });
});

describe('--help and --version', () => {
  const FLAGS: Record<string, string[]> = {
    check: [
      '--config FILE',
      '--metrics PATTERNS',
      '--experiment E',
      '--run-id R',
      '--history-file F',
      '--no-history',
      '--fail-on LEVEL',
      '--slack-webhook-url URL',
      '--dry-run',
      '--json',
      '-h, --help',
    ],
    validate: ['-h, --help'],
    history: ['--experiment E', '--history-file F', '--history-branch B', '--history-path P', '--json', '-h, --help'],
    schema: ['-h, --help'],
    notify: [
      '--title T',
      '--text X',
      '--level LEVEL',
      '--channel NAME',
      '--wait-duration D',
      '--config FILE',
      '--history-file F',
      '--no-history',
      '--slack-webhook-url URL',
      '-h, --help',
    ],
  };
  it.each(Object.entries(FLAGS))('%s --help prints its usage with every flag, exit 0', async (command, flags) => {
    const ws = tempDir();
    for (const help of ['--help', '-h']) {
      const r = await run([command, help], ws);
      expect(r).toMatchObject({ code: 0, err: '' });
      expect(r.out.split('\n')[0]).toMatch(new RegExp(`^Usage: metric-alerts ${command}\\b`));
      const listed = r.out
        .split('\n')
        .filter((l) => /^ {2}-/.test(l))
        .map((l) => l.trim().split(/ {2,}/)[0]);
      expect(listed).toEqual(flags);
    }
    expect((await run(['help', command], ws)).out).toBe((await run([command, '--help'], ws)).out);
    expect(readdirSync(ws)).toEqual([]); // help does nothing else
  });
  it('--help wins over anything else on the line; after -- it is an argument', async () => {
    expect(await run(['check', '--metric', 'x', '--help'], '/')).toMatchObject({ code: 0 });
    expect(await run(['validate', '--', '--help'], tempDir())).toMatchObject({
      code: 2,
      err: '--help: the rules file does not exist (set the config input or --config to its path)',
    });
  });
  it('metric-alerts --help lists the commands and the global flags', async () => {
    const r = await run(['--help'], '/');
    expect(r.code).toBe(0);
    const commands = r.out.split('Commands:\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(commands.map((l) => l.trim().split(/\s+/)[0])).toEqual(['check', 'validate', 'history', 'schema', 'notify']);
    expect(r.out).toContain('-V, --version');
    expect(await run(['-h'], '/')).toEqual(r);
    expect(await run([], '/')).toEqual({ ...r, code: 2 });
  });
  it('--version, -V and version print the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    for (const flag of ['--version', '-V', 'version'])
      expect(await run([flag], '/')).toEqual({ code: 0, out: version, err: '' });
  });
});

describe('paths that are not what was expected', () => {
  const isRoot = process.getuid?.() === 0;
  function workspace() {
    const ws = tempDir();
    writeFiles(ws, {
      'alerts.yml': RULES,
      'runs/a.json': '{"run_id": "r1", "experiment": "iris", "metrics": {"accuracy": 0.5}}',
      'some-dir/x': '',
    });
    return ws;
  }
  it('a directory as --config or validate names it and what was expected', async () => {
    const ws = workspace();
    const want = { code: 2, out: '', err: 'some-dir: is a directory; expected the rules file (alerts.yml)' };
    expect(await run(['check', '--config', 'some-dir', '--metrics', 'runs/*.json'], ws)).toEqual(want);
    expect(await run(['validate', 'some-dir'], ws)).toEqual(want);
  });
  it('a directory as --metrics is refused with the glob that reads it, and that glob works', async () => {
    const ws = workspace();
    const env = { HOOK: slack.url('/dir') };
    for (const given of ['runs', 'runs/']) {
      const r = await run(['check', '--metrics', given, '--no-history', '--dry-run'], ws, env);
      expect(r.code).toBe(2);
      expect(r.err.split('\n').at(-1)).toBe(
        `${given}: is a directory; expected the metrics file: give a glob of its files, such as runs/*.json`,
      );
    }
    expect((await run(['check', '--metrics', 'runs/*.json', '--no-history', '--dry-run'], ws, env)).code).toBe(0);
    expect(slack.received.filter((x) => x.path === '/dir')).toHaveLength(0);
  });
  it('a directory as --history-file, for check and history; nothing is sent', async () => {
    const ws = workspace();
    const msg = 'some-dir: is a directory; expected the history file (a JSON file such as alerts-history.json)';
    const r = await run(['check', '--metrics', 'runs/*.json', '--history-file', 'some-dir'], ws, {
      HOOK: slack.url('/hdir'),
    });
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err.split('\n').at(-1)).toBe(msg);
    expect(slack.received.filter((x) => x.path === '/hdir')).toHaveLength(0);
    expect(await run(['history', '--history-file', 'some-dir'], ws)).toEqual({ code: 2, out: '', err: msg });
  });
  it('a path through a file (ENOTDIR) and a history file in a missing folder are explained', async () => {
    const ws = workspace();
    const through = await run(['history', '--history-file', 'alerts.yml/h.json'], ws);
    expect(through).toEqual({
      code: 2,
      out: '',
      err: 'alerts.yml/h.json: cannot be read: a part of the path is a file, not a directory (ENOTDIR); expected the history file (a JSON file such as alerts-history.json)',
    });
    const missing = await run(['check', '--metrics', 'runs/*.json', '--history-file', 'nope/h.json'], ws, {
      HOOK: slack.url('/nope'),
    });
    expect(missing.code).toBe(2);
    expect(missing.err.split('\n').at(-1)).toBe(
      'nope/h.json: cannot be written: its directory does not exist; expected the history file (a JSON file such as alerts-history.json)',
    );
    expect(slack.received.filter((x) => x.path === '/nope')).toHaveLength(0);
  });
  // As root, chmod 000 does not stop a read: the EACCES message is then proven in __tests__/adapters/fs-errors.test.ts.
  (isRoot ? it.skip : it)('an unreadable rules file (chmod 000) names the cause', async () => {
    const ws = workspace();
    chmodSync(path.join(ws, 'alerts.yml'), 0o000);
    expect(await run(['validate'], ws)).toEqual({
      code: 2,
      out: '',
      err: 'alerts.yml: cannot be read: permission denied (EACCES); expected the rules file (alerts.yml)',
    });
  });
});

describe('what was sent', () => {
  it('one line per channel: sent, failed, or not configured; --json carries the deliveries', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'alerts.yml': RULES.replace('channels: [ml]', 'channels: [ml, ops]').replace(
        '\nalerts:',
        '\n  ops:\n    type: slack\n    url: ${OPS_HOOK}\nalerts:',
      ),
      'runs/a.json': '{"run_id": "r1", "experiment": "iris", "metrics": {"accuracy": 0.5}}',
      'runs/b.json': '{"run_id": "r1", "experiment": "mnist", "metrics": {"accuracy": 0.4}}',
    });
    slack.answer('/gone', { status: 404, body: 'channel_not_found' });
    const r = await run(['check', '--metrics', 'runs/*.json'], ws, { HOOK: slack.url('/gone') });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.slice(2)).toEqual([
      'delivery to channel ml failed: channel_not_found (1 attempt); 2 event(s) not sent',
      'not sent to channel ops: channel not configured (2 event(s))',
      'checked 2, triggered 2, fired 2, resolved 0, firing 2, failed deliveries 1',
    ]);
    expect(r.out).not.toContain(slack.url('/gone'));

    writeFiles(ws, { 'runs/a.json': '{"run_id": "r2", "experiment": "iris", "metrics": {"accuracy": 0.95}}' });
    const ok = await run(['check', '--metrics', 'runs/a.json', '--json'], ws, {
      HOOK: slack.url('/fine'),
      OPS_HOOK: slack.url('/ops'),
    });
    expect(JSON.parse(ok.out)[0]).toMatchObject({
      event: 'resolved',
      deliveries: [
        { channel: 'ml', ok: true, status: 200, attempts: 1, error: null },
        { channel: 'ops', ok: true, status: 200, attempts: 1, error: null },
      ],
    });
  });
});

describe('what was sent, late', () => {
  it('an event whose delivery failed with a retryable answer is sent by the next check, and the line says so', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'alerts.yml': RULES,
      'runs/a.json': '{"run_id": "r1", "experiment": "iris", "metrics": {"accuracy": 0.5}}',
    });
    const down = { status: 503, body: 'service_unavailable' };
    slack.answer('/flaky', down, down, down, down);
    const first = await run(['check', '--metrics', 'runs/a.json'], ws, { HOOK: slack.url('/flaky') });
    expect(first.out).toContain(
      'delivery to channel ml failed: HTTP 503: service_unavailable (4 attempts); 1 event(s) not sent',
    );
    writeFiles(ws, { 'runs/a.json': '{"run_id": "r2", "experiment": "iris", "metrics": {"accuracy": 0.5}}' });
    const next = await run(['check', '--metrics', 'runs/a.json'], ws, { HOOK: slack.url('/flaky') });
    expect(next.code).toBe(0);
    expect(next.out.split('\n')).toContain('sent 1 event(s) (1 late) to channel ml');
  }, 30_000);
});

describe('history of change rules', () => {
  const CHANGE_RULES =
    'version: 1\nalerts:\n  - name: drop\n    metric: accuracy\n    op: "<"\n    threshold: -5\n    change: { from: previous, unit: percent }\n  - name: dip\n    metric: accuracy\n    op: "<"\n    threshold: -0.05\n    change: { from: previous }\n';
  async function twoRuns() {
    const ws = tempDir();
    writeFiles(ws, {
      'alerts.yml': CHANGE_RULES,
      'm.jsonl':
        '{"run_id": "r1", "experiment": "iris", "metrics": {"accuracy": 0.8}}\n{"run_id": "r2", "experiment": "iris", "metrics": {"accuracy": 0.7}}\n',
    });
    expect((await run(['check', '--metrics', 'm.jsonl'], ws)).code).toBe(0);
    return ws;
  }
  it('shows the value with its change and baseline, and the condition as a change', async () => {
    const ws = await twoRuns();
    const text = await run(['history'], ws);
    expect(text.code).toBe(0);
    const lines = text.out.split('\n').sort();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\S+ {2}fired +dip \[iris\] run r2 {2}accuracy = 0\.7 \(-0\.1 vs 0\.8\), condition change < -0\.05 {2}warning/,
    );
    expect(lines[1]).toMatch(
      /^\S+ {2}fired +drop \[iris\] run r2 {2}accuracy = 0\.7 \(-12\.5% vs 0\.8\), condition change < -5% {2}warning/,
    );
    const json = JSON.parse((await run(['history', 'drop', '--json'], ws)).out);
    expect(json).toEqual([
      expect.objectContaining({
        alert: 'drop',
        metric: 'accuracy',
        value: 0.7,
        baseline: 0.8,
        change: expect.closeTo(-12.5, 9),
        change_unit: 'percent',
        op: '<',
        threshold: -5,
      }),
    ]);
    expect(JSON.parse((await run(['history', 'dip', '--json'], ws)).out)[0]).toMatchObject({
      baseline: 0.8,
      change: expect.closeTo(-0.1, 9),
      change_unit: 'absolute',
    });
  });
  it('an event recorded without its unit shows the change and says the unit is not recorded', async () => {
    const ws = await twoRuns();
    const file = path.join(ws, 'alerts-history.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    for (const e of doc.events) delete e.changeUnit;
    writeFileSync(file, JSON.stringify(doc));
    const out = (await run(['history', 'drop'], ws)).out;
    expect(out).toContain('accuracy = 0.7 (-12.5 vs 0.8), condition change < -5 (unit not recorded)');
    expect(JSON.parse((await run(['history', 'drop', '--json'], ws)).out)[0].change_unit).toBeNull();
  });
});

describe('the bundled CLI', () => {
  it('prints the schema committed in schema/alerts.schema.json', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/metric-alerts.js'), 'schema'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(readFileSync(path.join(ROOT, 'schema/alerts.schema.json'), 'utf8')),
    );
    const alert = JSON.parse(r.stdout).properties.alerts.items;
    expect(alert.required).toEqual(['name']);
    expect(alert.oneOf).toEqual([
      { required: ['metric', 'op', 'threshold'] },
      { required: ['status'] },
      { required: ['stale'] },
    ]);
  });
  it('--version, --help and "did you mean" from the bundle', () => {
    const bin = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'bin/metric-alerts.js'), ...args], { encoding: 'utf8' });
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(bin('--version')).toMatchObject({ status: 0, stdout: `${version}\n` });
    expect(bin('history', '--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('--history-branch B'),
    });
    expect(bin('chek')).toMatchObject({ status: 2, stderr: expect.stringContaining('did you mean "check"?') });
    expect(bin('check', '--metric', 'x')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('did you mean --metrics?'),
    });
  });
  it('validate exits 2 on a bad file without a stack trace', () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': 'version: 1\nalerts:\n  - name: "bad name"\n' });
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/metric-alerts.js'), 'validate'], {
      cwd: ws,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('alerts.yml:3:11: alerts[0].name "bad name" is not a valid name');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('npm run demo shows the message it would post', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/demo.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('accuracy-regression* is firing');
    expect(r.stdout).toContain('`loss = NaN` · condition > 5');
  });
});
