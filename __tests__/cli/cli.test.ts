// The CLI in process (fast) and the bundled CLI as a process (what npx runs).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
      'rules.yml:12:5: unknown key "every" in alerts[0]; allowed: name, metric, op, threshold, description, runbook, experiment, severity, enabled, channels, for, repeat, notify-resolved, recover-threshold, on-missing, reduce, change, message, labels',
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
    expect(slack.received.filter((r) => r.path === '/cli')).toHaveLength(1);

    writeFiles(ws, { 'runs/a.json': '{"run_id": "r2", "experiment": "iris", "metrics": {"accuracy": 0.95}}' });
    const second = await run(['check', '--metrics', 'runs/*.json', '--json'], ws, env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out)[0]).toMatchObject({ alert: 'acc', run: 'r2', state: 'ok', event: 'resolved' });

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
      value: 0.5,
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
    expect(slack.received.filter((x) => x.path === '/never')).toHaveLength(0);
  });

  it('refuses unknown flags and commands by name, with exit 2', async () => {
    expect(await run(['check', '--metric', 'x'], '/')).toMatchObject({
      code: 2,
      err: expect.stringContaining('check: unknown flag --metric; allowed: --config, --metrics,'),
    });
    expect(await run(['frobnicate'], '/')).toMatchObject({
      code: 2,
      err: 'unknown command "frobnicate"; allowed: check, validate, history, schema, --help',
    });
    expect(await run(['check'], '/')).toMatchObject({
      code: 2,
      err: 'check: --metrics is required (paths or globs of metrics files)',
    });
    expect(await run(['--help'], '/')).toMatchObject({ code: 0, out: expect.stringContaining('Usage:') });
  });

  it('bad metrics are an input error: exit 2 with the position', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES, 'm.json': '{"accuracy": 0.5,,}' });
    const r = await run(['check', '--metrics', 'm.json'], ws);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').at(-1)).toBe('m.json:1:18: unexpected ","; expected a key in double quotes');
  });
});

describe('the bundled CLI', () => {
  it('prints the schema committed in schema/alerts.schema.json', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/metric-alerts.js'), 'schema'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(readFileSync(path.join(ROOT, 'schema/alerts.schema.json'), 'utf8')),
    );
    expect(JSON.parse(r.stdout).properties.alerts.items.required).toEqual(['name', 'metric', 'op', 'threshold']);
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
