// The bundled action run as a process, for each input and each way it can be refused.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { messageText, slackForSuite } from '../helpers/slack-server.js';
import { seedRules as RULES } from '../helpers/fixtures.js';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';

const slack = slackForSuite();

function workspace(files: Record<string, string | undefined>): string {
  const ws = tempDir();
  const all: Record<string, string | undefined> = {
    'alerts.yml': RULES(),
    'out/metrics.json': '{"accuracy": 0.78}',
    ...files,
  };
  writeFiles(ws, Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined)));
  return ws;
}

const act = (ws: string, over: Partial<ActionOptions> & { inputs?: Record<string, string> } = {}) =>
  runAction({
    workspace: ws,
    ...over,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file', ...(over.inputs ?? {}) },
    env: { SLACK_WEBHOOK_URL: slack.server.url(), ...(over.env ?? {}) },
  });

const errors = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));
const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning'));
const HISTORY = 'alerts-history.json';

describe('refusals: nothing is sent and no history is written', () => {
  it('a bad rules file: every error annotated on its line, no stack trace', async () => {
    const ws = workspace({
      'alerts.yml': RULES('    treshold: 1\n    severity: critcal\n'),
      [HISTORY]: '{"version":1,"instances":[],"runs":[],"events":[]}\n',
    });
    const r = await act(ws);
    expect(r.code).toBe(1);
    expect(errors(r.stdout)).toEqual([
      '::error file=alerts.yml,line=13,col=5::alerts.yml:13:5: unknown key "treshold" in alerts[0]; allowed: name, metric, op, threshold, status, stale, description, runbook, experiment, severity, enabled, channels, for, repeat, notify-resolved, recover-threshold, on-missing, reduce, change, message, labels. Did you mean "threshold"?',
      '::error file=alerts.yml,line=14,col=15::alerts.yml:14:15: alerts[0].severity cannot be "critcal"; allowed: info, warning, critical. Did you mean "critical"?',
      '::error::metric-alerts: 2 problem(s), listed above. Nothing was sent and no history was written.',
    ]);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(slack.server.received).toHaveLength(0);
    expect(readFileSync(path.join(ws, HISTORY), 'utf8')).toBe('{"version":1,"instances":[],"runs":[],"events":[]}\n');
    expect(r.summary).toContain('## metric-alerts failed');
    expect(r.summary).toContain('alerts.yml:13:5: unknown key "treshold"');
  });

  it.each([
    ['a missing rules file', { 'alerts.yml': undefined }, {}, 'alerts.yml: the rules file does not exist'],
    ['a missing metrics file', {}, { metrics: 'out/nope.json' }, 'out/nope.json: the metrics file does not exist'],
    ['a glob matching nothing', {}, { metrics: 'runs/*.json' }, 'runs/*.json: no metrics file matches this pattern'],
    ['an empty metrics file', { 'out/metrics.json': '' }, {}, 'out/metrics.json: the metrics file is empty'],
    [
      'a truncated metrics file',
      { 'out/metrics.json': '{"accuracy": ' },
      {},
      'out/metrics.json:1:14: the JSON ends too early (truncated?)',
    ],
    ['no metrics input', {}, { metrics: '' }, 'input metrics is required'],
    [
      'a bad fail-on',
      {},
      { 'fail-on': 'sometimes' },
      'input fail-on: "sometimes" is not allowed; allowed: never, info, warning, critical',
    ],
    [
      'a bad history backend',
      {},
      { history: 'redis' },
      'input history: "redis" is not allowed; allowed: cache, git, file, none',
    ],
  ])('%s', async (_name, files, inputs, message) => {
    const ws = workspace(files as Record<string, string | undefined>);
    const r = await act(ws, { inputs });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(message);
    expect(slack.server.received).toHaveLength(0);
    expect(existsSync(path.join(ws, HISTORY))).toBe(false);
  });

  it.each([
    ['corrupt', '{"version": 1, "instances": [', 'the history file is unreadable: it is not valid JSON'],
    [
      'from a newer version',
      '{"version": 7, "instances": [], "runs": [], "events": []}',
      'written by a newer version of metric-alerts (ledger version 7; this version reads 1)',
    ],
  ])('a %s history file fails the step and is left untouched', async (_name, text, message) => {
    const ws = workspace({ [HISTORY]: text });
    const r = await act(ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error file=${HISTORY}::${HISTORY}: `);
    expect(r.stdout).toContain(message);
    expect(readFileSync(path.join(ws, HISTORY), 'utf8')).toBe(text);
    expect(slack.server.received).toHaveLength(0);
  });
});

describe('inputs', () => {
  it('dry-run: evaluates and reports, sends nothing, writes no history', async () => {
    const ws = workspace({});
    const r = await act(ws, { inputs: { 'dry-run': 'true' } });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ fired: '1', firing: '1', 'failed-deliveries': '0' });
    expect(JSON.parse(r.outputs.results!)[0].deliveries).toEqual([
      {
        channel: 'ml-alerts',
        ok: false,
        skipped: true,
        status: null,
        attempts: 0,
        error: 'dry run',
        retryable: null,
        late: false,
      },
    ]);
    expect(slack.server.received).toHaveLength(0);
    expect(existsSync(path.join(ws, HISTORY))).toBe(false);
    expect(r.summary).toContain('dry run: nothing sent, no history written');
  });

  it('test-channels: one "wired up" message per configured channel, evaluates and records nothing', async () => {
    const ws = workspace({
      'alerts.yml': RULES().replace(
        '\nalerts:',
        `\n  team:\n    type: slack\n    url: \${TEAM_URL}\n  unset:\n    type: slack\n    url: \${NOT_SET}\nalerts:`,
      ),
    });
    const r = await act(ws, { inputs: { 'test-channels': 'true' }, env: { TEAM_URL: slack.server.url('/team') } });
    expect(r.code).toBe(0);
    expect(slack.server.received.map((m) => m.path).sort()).toEqual(['/services/T000/B000/secret-token', '/team']);
    expect(messageText(slack.server.received[0]!)).toContain('metric-alerts is wired up');
    expect(messageText(slack.server.received[0]!)).toContain('acme/vision');
    expect(warnings(r.stdout).join('\n')).toContain('channel unset is not configured');
    expect(existsSync(path.join(ws, HISTORY))).toBe(false);
    expect(r.outputs.fired).toBeUndefined();
  });

  it('fail-on: fails the step only after sending and recording', async () => {
    const ws = workspace({ 'alerts.yml': RULES('    severity: critical\n') });
    const r = await act(ws, { inputs: { 'fail-on': 'warning' } });
    expect(r.code).toBe(1);
    expect(slack.server.received).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8')).events).toHaveLength(1);
    expect(r.stdout).toContain(
      '::error::fail-on: warning: 1 alert instance(s) firing at warning or above (accuracy-regression on iris)',
    );
    expect(errors(r.stdout)[0]).toContain(
      '::error title=metric-alerts%3A accuracy-regression::accuracy-regression is firing on iris',
    );
    expect(r.outputs.fired).toBe('1');
    const passes = await act(workspace({ 'alerts.yml': RULES('    severity: warning\n') }), {
      inputs: { 'fail-on': 'critical' },
    });
    expect(passes.code).toBe(0);
  });

  it('on-missing: fail fails the step after everything else is done', async () => {
    const ws = workspace({
      'alerts.yml': RULES(
        `  - name: loss\n    metric: loss\n    op: ">"\n    threshold: 1\n    on-missing: fail\n    channels: [ml-alerts]\n`,
      ),
    });
    const r = await act(ws);
    expect(r.code).toBe(1);
    expect(slack.server.received).toHaveLength(1);
    expect(r.stdout).toContain('on-missing: fail: loss is missing in run 1000 of iris (alert loss)');
    expect(existsSync(path.join(ws, HISTORY))).toBe(true);
  });

  it('slack-webhook-url defines the default channel for alerts with no channels, and is masked', async () => {
    const ws = workspace({
      'alerts.yml': 'version: 1\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n',
    });
    const url = slack.server.url('/default-secret');
    const r = await act(ws, { inputs: { 'slack-webhook-url': url, experiment: 'default' } });
    expect(r.code).toBe(0);
    expect(slack.server.received.map((m) => m.path)).toEqual(['/default-secret']);
    expect(r.stdout.split('\n').filter((l) => l.includes('default-secret'))).toEqual([
      `::add-mask::${url}`,
      '::add-mask::/default-secret',
      '::add-mask::default-secret',
    ]);
  });

  it('an unconfigured channel (no secret, as on a fork) is skipped with a warning; evaluation goes on', async () => {
    const ws = workspace({});
    const r = await act(ws, { env: { SLACK_WEBHOOK_URL: '' } });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ fired: '1', 'failed-deliveries': '0' });
    expect(warnings(r.stdout).join('\n')).toContain(
      'channel "ml-alerts" is not configured (${SLACK_WEBHOOK_URL} is unset or empty); its messages are skipped',
    );
    expect(slack.server.received).toHaveLength(0);
    const ledger = JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8'));
    expect(ledger.events[0].deliveries[0]).toMatchObject({
      channel: 'ml-alerts',
      ok: false,
      skipped: true,
      error: 'channel not configured',
    });
  });

  it('history-write: auto reads but does not write history on pull_request events', async () => {
    const ws = workspace({});
    const r = await act(ws, { event: { name: 'pull_request', payload: { number: 1 } } });
    expect(r.code).toBe(0);
    expect(slack.server.received).toHaveLength(0); // notify-pull-requests: false
    expect(existsSync(path.join(ws, HISTORY))).toBe(false);
    expect(r.summary).toContain('History is read but not written');
  });

  it('history: none is stateless: every breaching evaluation fires', async () => {
    const ws = workspace({});
    await act(ws, { inputs: { history: 'none' }, runId: '1' });
    await act(ws, { inputs: { history: 'none' }, runId: '1' });
    expect(slack.server.received).toHaveLength(2);
    expect(existsSync(path.join(ws, HISTORY))).toBe(false);
  });

  it('workflow_run: the triggering run gives the run id, sha and link', async () => {
    const ws = workspace({});
    const r = await act(ws, {
      event: {
        name: 'workflow_run',
        payload: {
          workflow_run: {
            id: 424242,
            run_attempt: 2,
            head_sha: 'feedface',
            html_url: 'https://github.com/acme/vision/actions/runs/424242',
          },
        },
      },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.results!)[0].run).toBe('424242');
    expect(messageText(slack.server.received[0]!)).toContain(
      '<https://github.com/acme/vision/actions/runs/424242|424242>',
    );
  });
});

describe('escaping per surface', () => {
  it('names from the artifact cannot inject workflow commands, Slack mentions or Markdown', async () => {
    const evil = 'x\n::error::injected %0A 100% | <b>bold</b> <!channel> `code`\r';
    const ws = workspace({
      'alerts.yml': RULES().replace('experiment: iris', 'experiment: "*"'),
      'out/metrics.json': JSON.stringify({ experiment: evil, run_id: 'r|1', metrics: { accuracy: 0.5 } }),
    });
    const r = await act(ws);
    expect(r.code).toBe(0);
    // Annotations: %, \r and \n escaped as the runner requires, so one line stays one command.
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::injected'))).toEqual([]);
    const warning = warnings(r.stdout).find((l) => l.includes('is firing on'))!;
    expect(warning).toContain('is firing on x%0A::error::injected %250A 100%25 | <b>bold</b> <!channel> `code`%0D:');
    // Slack: & < > escaped, so <!channel> pings no one.
    const text = messageText(slack.server.received[0]!);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toContain('<!channel>');
    // Summary: a table cell cannot be broken out of, no HTML gets through.
    const row = r.summary.split('\n').find((l) => l.includes('injected'))!;
    expect(row).toContain('x ::error::injected %0A 100% \\| &lt;b&gt;bold&lt;/b&gt; &lt;!channel&gt; \\`code\\`');
    expect(r.summary).not.toContain('<b>');
  });
});

describe('deliveries', () => {
  it('a final answer (400 invalid_payload) is a warning, recorded, and not sent again', async () => {
    const ws = workspace({});
    slack.server.answer('/services/T000/B000/secret-token', { status: 400, body: 'invalid_payload' });
    const first = await act(ws, { runId: '1' });
    expect(first.code).toBe(0);
    expect(first.outputs['failed-deliveries']).toBe('1');
    expect(warnings(first.stdout).join('\n')).toContain(
      'delivery to channel ml-alerts failed: invalid_payload (1 attempt); the answer is final, so it is not sent again: fix the channel',
    );
    expect(first.stdout).not.toContain('secret-token::');
    expect(JSON.parse(first.outputs.results!)[0].deliveries[0]).toMatchObject({ status: 400, retryable: false });
    const ledger = JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8'));
    expect(ledger.events[0].deliveries).toEqual([
      expect.objectContaining({
        channel: 'ml-alerts',
        ok: false,
        status: 400,
        attempts: 1,
        error: 'invalid_payload',
        retryable: false,
      }),
    ]);

    const second = await act(ws, { runId: '2' });
    expect(second.code).toBe(0);
    expect(slack.server.received).toHaveLength(1);
    expect(second.outputs['failed-deliveries']).toBe('0');
  });

  it('a retryable failure (500 on every attempt) is sent again, marked late, by the next run, once', async () => {
    const ws = workspace({});
    const fail = { status: 500, body: 'server_error' };
    slack.server.answer('/services/T000/B000/secret-token', fail, fail, fail, fail);
    const first = await act(ws, { runId: '1' });
    expect(first.outputs['failed-deliveries']).toBe('1');
    expect(warnings(first.stdout).join('\n')).toContain(
      'it is sent again, marked late, by the next run with history (within 24 h)',
    );
    expect(slack.server.received).toHaveLength(4);

    const second = await act(ws, { runId: '2' });
    expect(second.code).toBe(0);
    expect(slack.server.received).toHaveLength(5);
    expect(messageText(slack.server.received[4]!)).toContain('Sent late: its first delivery failed');
    const ledger = JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8'));
    expect(ledger.events[0].deliveries).toEqual([
      expect.objectContaining({ ok: true, status: 200, attempts: 5, late: true }),
    ]);

    await act(ws, { runId: '3' });
    expect(slack.server.received).toHaveLength(5);
  });

  it('all events of one evaluation for one channel go out as one digest', async () => {
    const ws = workspace({
      'alerts.yml': RULES(
        `  - name: loss-nan\n    experiment: "*"\n    metric: loss\n    op: ">"\n    threshold: 5\n    severity: critical\n    channels: [ml-alerts]\n`,
      ),
      'out/metrics.json':
        '[{"experiment": "iris", "run_id": "a", "metrics": {"accuracy": 0.5, "loss": NaN}}, {"experiment": "mnist", "run_id": "b", "metrics": {"loss": 9}}]',
    });
    const r = await act(ws);
    expect(r.code).toBe(0);
    expect(slack.server.received).toHaveLength(1);
    const text = messageText(slack.server.received[0]!);
    expect(text.indexOf('loss-nan')).toBeLessThan(text.indexOf('accuracy-regression'));
    expect(r.outputs).toMatchObject({ checked: '3', fired: '3' });
  });
});
