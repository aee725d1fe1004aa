// SPEC §6, notify-pull-requests: a pull request's run is evaluated against the history and reported, and by default
// sends nothing; with notify-pull-requests: true it sends fired events labelled with the pull request, never a
// resolved one. The history is not written (history-write: auto), so it stays byte for byte as main left it.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedRules as RULES } from '../helpers/fixtures.js';
import { messageText, slackForSuite } from '../helpers/slack-server.js';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';

const slack = slackForSuite();
const HISTORY = 'alerts-history.json';
const SHA = '9f2c1e0d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e';

/** A `pull_request` payload as GitHub sends it (the fields metric-alerts and the runner read). */
const PULL_REQUEST_EVENT = {
  name: 'pull_request',
  payload: {
    action: 'synchronize',
    number: 12,
    pull_request: {
      number: 12,
      title: 'Try a smaller learning rate',
      html_url: 'https://github.com/acme/vision/pull/12',
      head: { ref: 'lr-sweep', sha: SHA, repo: { full_name: 'contributor/vision', fork: true } },
      base: { ref: 'main', sha: '0123456789abcdef0123456789abcdef01234567', repo: { full_name: 'acme/vision' } },
    },
    repository: { full_name: 'acme/vision' },
  },
};

/** A `workflow_run` payload whose triggering run was a pull request's training run. */
const WORKFLOW_RUN_FROM_PR = {
  name: 'workflow_run',
  payload: {
    action: 'completed',
    workflow_run: {
      id: 31337,
      name: 'train',
      run_number: 88,
      run_attempt: 1,
      event: 'pull_request',
      status: 'completed',
      conclusion: 'success',
      head_branch: 'lr-sweep',
      head_sha: SHA,
      html_url: 'https://github.com/acme/vision/actions/runs/31337',
      pull_requests: [{ number: 12, head: { ref: 'lr-sweep', sha: SHA }, base: { ref: 'main' } }],
    },
    repository: { full_name: 'acme/vision' },
  },
};

const TWO_RULES = RULES(
  '  - name: loss-high\n    experiment: iris\n    metric: loss\n    op: ">"\n    threshold: 1\n    channels: [ml-alerts]\n',
);

function workspace(): string {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': TWO_RULES, 'out/metrics.json': '{"accuracy": 0.78, "loss": 0.5}' });
  return ws;
}

const act = (ws: string, metrics: string, over: Partial<ActionOptions> & { inputs?: Record<string, string> } = {}) => {
  writeFiles(ws, { 'out/metrics.json': metrics });
  return runAction({
    workspace: ws,
    ...over,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file', ...(over.inputs ?? {}) },
    env: { SLACK_WEBHOOK_URL: slack.server.url() },
  });
};

/** main fires accuracy-regression; returns the history as main left it. */
async function mainFiring(ws: string): Promise<string> {
  const main = await act(ws, '{"accuracy": 0.78, "loss": 0.5}', { runId: '100' });
  expect(main.outputs.fired).toBe('1');
  expect(slack.server.received).toHaveLength(1);
  return readFileSync(path.join(ws, HISTORY), 'utf8');
}

describe('pull requests (notify-pull-requests)', () => {
  it.each([
    ['pull_request', PULL_REQUEST_EVENT],
    ['workflow_run from a pull request', WORKFLOW_RUN_FROM_PR],
  ])('%s, by default: evaluated and reported, nothing sent, the history unchanged', async (_name, event) => {
    const ws = workspace();
    const before = await mainFiring(ws);
    // The PR recovers accuracy and breaks the loss: a resolve and a fire, judged against main's history.
    const pr = await act(ws, '{"accuracy": 0.95, "loss": 3}', { runId: '200', event });
    expect(pr.code).toBe(0);
    expect(slack.server.received).toHaveLength(1); // main's message only
    expect(readFileSync(path.join(ws, HISTORY), 'utf8')).toBe(before);
    expect(pr.outputs).toMatchObject({ checked: '2', fired: '1', resolved: '1', 'failed-deliveries': '0' });
    const results = JSON.parse(pr.outputs.results!) as { alert: string; event: string; deliveries: unknown[] }[];
    results.sort((a, b) => a.alert.localeCompare(b.alert));
    expect(results.map((r) => [r.alert, r.event, r.deliveries])).toEqual([
      [
        'accuracy-regression',
        'resolved',
        [
          expect.objectContaining({
            skipped: true,
            error: "not sent: a pull request's run (notify-pull-requests: false)",
          }),
        ],
      ],
      [
        'loss-high',
        'fired',
        [
          expect.objectContaining({
            skipped: true,
            error: "not sent: a pull request's run (notify-pull-requests: false)",
          }),
        ],
      ],
    ]);
    expect(pr.summary).toContain("History is read but not written (a pull request's run).");
    expect(pr.stdout).toMatch(/::warning title=metric-alerts%3A loss-high::loss-high is firing on iris/);

    // main carries on as if the PR never ran: still firing, so a later main run at 0.78 sends nothing.
    await act(ws, '{"accuracy": 0.78, "loss": 0.5}', { runId: '101' });
    expect(slack.server.received).toHaveLength(1);
  });

  it('notify-pull-requests: true sends the fired event, labelled with the pull request, and never the resolved one', async () => {
    const ws = workspace();
    const before = await mainFiring(ws);
    const pr = await act(ws, '{"accuracy": 0.95, "loss": 3}', {
      runId: '200',
      event: PULL_REQUEST_EVENT,
      inputs: { 'notify-pull-requests': 'true' },
    });
    expect(pr.code).toBe(0);
    expect(slack.server.received).toHaveLength(2);
    const text = messageText(slack.server.received[1]!);
    expect(text).toContain('*loss-high* is firing');
    expect(text).not.toContain('accuracy-regression');
    expect(text.split('\n')[0]).toBe('🚨 metric-alerts: 1 firing · PR #12');
    expect(JSON.stringify(slack.server.received[1]!.json)).toContain('https://github.com/acme/vision/pull/12');
    const results = JSON.parse(pr.outputs.results!) as { alert: string; deliveries: { error: string | null }[] }[];
    expect(results.find((r) => r.alert === 'accuracy-regression')!.deliveries).toEqual([
      expect.objectContaining({ skipped: true, error: "not sent: a pull request's run sends fired events only" }),
    ]);
    expect(readFileSync(path.join(ws, HISTORY), 'utf8')).toBe(before);
  });

  it('history-write: true on a pull request: what was held back is recorded as such and never sent late', async () => {
    const ws = workspace();
    await mainFiring(ws);
    await act(ws, '{"accuracy": 0.95, "loss": 3}', {
      runId: '200',
      event: PULL_REQUEST_EVENT,
      inputs: { 'history-write': 'true' },
    });
    expect(slack.server.received).toHaveLength(1);
    const ledger = JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8')) as {
      events: { alert: string; kind: string; deliveries: { skipped?: boolean }[] }[];
    };
    expect(ledger.events.map((e) => [e.alert, e.kind, e.deliveries[0]?.skipped])).toEqual([
      ['accuracy-regression', 'fired', undefined],
      ['accuracy-regression', 'resolved', true],
      ['loss-high', 'fired', true],
    ]);
    // The next main run owes nothing: the held-back events are not taken for lost deliveries.
    const next = await act(ws, '{"accuracy": 0.95, "loss": 3}', { runId: '101' });
    expect(next.code).toBe(0);
    expect(slack.server.received).toHaveLength(1);
  });
});
