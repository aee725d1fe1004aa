// Status rules ("alert when training crashes") and stale rules ("alert when nightly training stops") through the
// bundled action (dist/index.js) as a runner runs it: workflow_run events served by a loopback GitHub API, a loopback
// Slack, the history in a file, and the process clock set where time matters.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-api.js';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';
import { messageText, slackForSuite } from '../helpers/slack-server.js';
import { makeZip } from '../helpers/zip.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const slack = slackForSuite();
const TOKEN = 'ghs_faketoken';
let api: GitHubApiStandIn;

beforeAll(async () => {
  api = await startGitHubApi({ repository: 'acme/vision', token: TOKEN, runs: ['424242', '424243'] });
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
  api.artifacts = [];
});

const rules = (alerts: string) => `version: 1
channels:
  ml:
    type: slack
    url: \${SLACK_WEBHOOK_URL}
defaults:
  channels: [ml]
alerts:
${alerts}`;

const CRASH = `  - name: training-crashed
    status: [failed, crashed]
    severity: critical
`;

function workspace(alerts: string, files: Record<string, string> = {}): string {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': rules(alerts), ...files });
  return ws;
}

function triggered(id: number, conclusion: string): ActionOptions['event'] {
  return {
    name: 'workflow_run',
    payload: {
      workflow_run: {
        id,
        run_attempt: 1,
        name: 'train',
        head_sha: 'feedface',
        html_url: `https://github.com/acme/vision/actions/runs/${id}`,
        conclusion,
      },
    },
  };
}

function onWorkflowRun(ws: string, id: number, conclusion: string, inputs: Record<string, string> = {}) {
  return runAction({
    workspace: ws,
    runId: '5000',
    event: triggered(id, conclusion),
    inputs: { artifact: 'training-metrics', experiment: 'nightly', history: 'file', ...inputs },
    env: { SLACK_WEBHOOK_URL: slack.server.url(), GITHUB_API_URL: api.apiUrl },
  });
}

const results = (r: { outputs: Record<string, string> }) =>
  JSON.parse(r.outputs.results!) as {
    alert: string;
    experiment: string;
    run: string;
    state: string;
    event: string | null;
    value: number | null;
    status?: string | null;
  }[];

describe('status rules: alert when training crashes', () => {
  it('a failed run that left no artifact fires (a warning, exit 0); the next finished run resolves it', async () => {
    const ws = workspace(CRASH);
    const failed = await onWorkflowRun(ws, 424242, 'failure');
    expect(failed.stderr).toBe('');
    expect(failed.code).toBe(0);
    expect(failed.stdout).toMatch(
      /::warning::artifact "training-metrics" of run 424242 in acme\/vision: not found; the run has no artifacts\..*the triggering run's conclusion: failure/,
    );
    expect(results(failed)).toEqual([
      expect.objectContaining({
        alert: 'training-crashed',
        experiment: 'nightly',
        run: '424242',
        state: 'firing',
        event: 'fired',
        value: null,
        status: 'failed',
      }),
    ]);
    expect(slack.server.received).toHaveLength(1);
    const text = messageText(slack.server.received[0]!);
    expect(text).toContain('status = failed');
    expect(text).toContain('rule: status in failed, crashed');
    expect(failed.summary).toContain('status in failed, crashed');

    api.artifacts = [
      { id: 901, runId: '424243', name: 'training-metrics', zip: makeZip([['metrics.json', '{"loss": 0.4}']]) },
    ];
    const finished = await onWorkflowRun(ws, 424243, 'success');
    expect(finished.code).toBe(0);
    expect(finished.stdout).not.toContain('::warning::');
    expect(results(finished)).toEqual([
      expect.objectContaining({ run: '424243', state: 'ok', event: 'resolved', status: 'finished' }),
    ]);
    expect(slack.server.received).toHaveLength(2);
    expect(messageText(slack.server.received[1]!)).toContain('status = finished');
  });

  it('without a status rule the missing artifact still fails the step, sending nothing', async () => {
    const ws = workspace('  - name: loss\n    metric: loss\n    op: ">"\n    threshold: 1\n');
    const r = await onWorkflowRun(ws, 424242, 'failure');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('not found; the run has no artifacts');
    expect(slack.server.received).toHaveLength(0);
    expect(existsSync(path.join(ws, 'alerts-history.json'))).toBe(false);
  });

  it("an envelope's FAILED and an MLflow run's KILLED fire, case-insensitively; a run's own status wins", async () => {
    const ws = workspace(`  - name: training-killed\n    status: [failed, killed]\n`, {
      'out/envelope.json': '{"experiment": "iris", "run_id": "r1", "status": "FAILED", "metrics": {"loss": 1}}',
      'out/mlflow.json':
        '{"run": {"info": {"run_id": "m1", "experiment_name": "mnist", "status": "KILLED"}, "data": {"metrics": [{"key": "loss", "value": 2, "step": 0, "timestamp": 1}]}}}',
      'out/ok.json': '{"experiment": "cifar", "run_id": "c1", "status": "FINISHED", "metrics": {"loss": 1}}',
    });
    const r = await runAction({
      workspace: ws,
      event: { name: 'push', payload: {} },
      inputs: { metrics: 'out/*.json', history: 'file' },
      env: { SLACK_WEBHOOK_URL: slack.server.url() },
    });
    expect(r.code).toBe(0);
    const rows = results(r).map((x) => [x.experiment, x.status, x.state]);
    expect(rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['cifar', 'finished', 'ok'],
      ['iris', 'failed', 'firing'],
      ['mnist', 'killed', 'firing'],
    ]);
    expect(slack.server.received).toHaveLength(1);
  });
});

/** A training run's metrics at a time, as the training step writes them. */
const runAt = (experiment: string, id: string, at: string) =>
  JSON.stringify({ experiment, run_id: id, timestamp: at, metrics: { loss: 0.5 } });

function scheduled(ws: string, now: string, inputs: Record<string, string> = {}) {
  return runAction({
    workspace: ws,
    now,
    event: { name: 'schedule', payload: { schedule: '30 6 * * *' } },
    inputs: { history: 'file', ...inputs },
    env: { SLACK_WEBHOOK_URL: slack.server.url() },
  });
}

function trained(ws: string, now: string, file: string, text: string) {
  writeFiles(ws, { [file]: text });
  return runAction({
    workspace: ws,
    now,
    event: { name: 'push', payload: {} },
    inputs: { metrics: file, history: 'file' },
    env: { SLACK_WEBHOOK_URL: slack.server.url() },
  });
}

describe('stale rules: alert when nightly training stops', () => {
  const STALE = `  - name: nightly-stopped\n    stale: 2d\n    experiment: "nightly*"\n`;

  it('a scheduled check with no metrics fires for an experiment whose newest run is 3 days old; a new run resolves it', async () => {
    const ws = workspace(STALE);
    const seeded = await trained(
      ws,
      '2026-03-05T07:00:00Z',
      'runs.jsonl',
      `${runAt('nightly', 'n1', '2026-03-05T06:30:00Z')}\n${runAt('nightly-big', 'b1', '2026-03-07T06:30:00Z')}\n`,
    );
    expect(seeded.code).toBe(0);
    expect(slack.server.received).toHaveLength(0);

    // Both experiments are known only from the history here: the check reads no metrics at all.
    const check = await scheduled(ws, '2026-03-08T06:30:00Z');
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(
      'No metrics or artifact input: the stale rules are evaluated from the history alone.',
    );
    const rows = results(check).map((x) => [x.experiment, x.run, x.state, x.event, Math.round(x.value! * 10) / 10]);
    expect(rows).toEqual([
      ['nightly', 'n1', 'firing', 'fired', 72],
      ['nightly-big', 'b1', 'ok', null, 24],
    ]);
    expect(slack.server.received).toHaveLength(1);
    const text = messageText(slack.server.received[0]!);
    expect(text).toContain('newest run 3 d old');
    expect(text).toContain('rule: stale after 2d');

    const arrived = await trained(
      ws,
      '2026-03-08T09:00:00Z',
      'tonight.json',
      runAt('nightly', 'n2', '2026-03-08T07:00:00Z'),
    );
    expect(arrived.code).toBe(0);
    expect(results(arrived).find((x) => x.experiment === 'nightly')).toMatchObject({
      run: 'n2',
      state: 'ok',
      event: 'resolved',
    });
    expect(slack.server.received).toHaveLength(2);
    expect(messageText(slack.server.received[1]!)).toContain('a run 2 h old arrived');
  });

  it('for: 2 waits for a second stale check; repeat reminds while it stays stale', async () => {
    const ws = workspace(`  - name: nightly-stopped\n    stale: 2d\n    for: 2\n    repeat: 12h\n`);
    await trained(ws, '2026-03-05T07:00:00Z', 'runs.json', runAt('nightly', 'n1', '2026-03-05T06:30:00Z'));
    const events: (string | null)[] = [];
    for (const now of [
      '2026-03-08T06:30:00Z',
      '2026-03-08T12:30:00Z',
      '2026-03-08T18:30:00Z',
      '2026-03-09T01:30:00Z',
    ]) {
      const r = await scheduled(ws, now);
      expect(r.code).toBe(0);
      events.push(results(r)[0]!.event);
    }
    expect(events).toEqual([null, 'fired', null, 'reminder']);
    expect(slack.server.received).toHaveLength(2);
  });

  it('history: none with a stale rule fails with a message naming the alert and what to set', async () => {
    const ws = workspace(STALE);
    const r = await scheduled(ws, '2026-03-08T06:30:00Z', { history: 'none' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'alert "nightly-stopped" uses stale, which needs history (the newest run of each experiment is kept there), but the history input is none; set history to cache, git or file',
    );
    expect(slack.server.received).toHaveLength(0);
  });

  it('without a stale rule, a check with no metrics is still refused', async () => {
    const ws = workspace(CRASH);
    const r = await scheduled(ws, '2026-03-08T06:30:00Z');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('input metrics is required');
  });
});

describe('metric-alerts validate', () => {
  it('reports the rule-kind errors of a file, each with its position', () => {
    const ws = workspace(`  - name: both
    status: [failed]
    stale: 2d
  - name: crash
    status: [Failed, crashd]
    metric: loss
  - name: none
    severity: info
`);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/metric-alerts.js'), 'validate'], {
      cwd: ws,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/x' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'alerts.yml:11:12: alert "both": status and stale are two kinds of rule; give one of them (or make two alerts)',
      'alerts.yml:13:22: unknown status "crashd"; allowed (in any case): failed, crashed, killed, cancelled, timed_out. Did you mean "crashed"?',
      'alerts.yml:14:5: alert "crash": metric is not used by a status rule (it breaches on the latest run\'s status); remove it, or make a separate alert for the metric',
      'alerts.yml:15:5: alert "none" names no rule: give metric + op + threshold (a value against a threshold), status: [failed, crashed] (a run\'s status) or stale: DURATION (no new run for that long)',
    ]);
  });
});
