// Messages read true and carry the run's context; a re-run of an older run changes nothing: dist/index.js run as the
// runner runs it, against a loopback Slack.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedRules } from '../helpers/fixtures.js';
import { pullRequestEvent, workflowRunEvent } from '../helpers/github-events.js';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';
import { messageText, startSlack, type SlackStandIn } from '../helpers/slack-server.js';

const SHA = '0123456789abcdef0123456789abcdef01234567'; // runAction's GITHUB_SHA
const HISTORY = 'alerts-history.json';

describe('Slack messages and the history, through dist', () => {
  let slack: SlackStandIn;
  beforeAll(async () => {
    slack = await startSlack();
  });
  afterAll(() => slack.close());

  const step = (ws: string, accuracy: number, runId: string, over: Partial<ActionOptions> = {}) => {
    writeFiles(ws, { 'out/metrics.json': JSON.stringify({ accuracy }) });
    return runAction({
      workspace: ws,
      runId,
      inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file' },
      ...over,
      env: {
        SLACK_WEBHOOK_URL: slack.url(),
        GITHUB_WORKFLOW: 'Train',
        GITHUB_RUN_NUMBER: String(Number(runId) - 5000),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REF_NAME: 'main',
        GITHUB_REF_TYPE: 'branch',
        ...over.env,
      },
    });
  };

  it('fires, then resolves with a message that reads true and names the run; a re-run of an older run changes nothing', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': seedRules() });
    const sent = slack.received.length;
    expect((await step(ws, 0.78, '5001')).outputs).toMatchObject({ fired: '1' });
    const resolved = await step(ws, 0.95, '5002');
    expect(resolved.outputs).toMatchObject({ resolved: '1', firing: '0' });
    expect(slack.received).toHaveLength(sent + 2);

    const msg = slack.received[sent + 1]!;
    const text = messageText(msg);
    expect(text).toContain('accuracy-regression* resolved');
    expect(text).toMatch(/`accuracy = 0\.95` · back above 0\.9 after 1 run \/ [\w ]+\n/);
    expect(msg.json.text).toMatch(
      /accuracy-regression resolved on iris \(accuracy = 0\.95, back above 0\.9 after 1 run/,
    );
    // Never the breach condition as if it held.
    expect(msg.body).not.toMatch(/0\.95 (&lt;|<) 0\.9|condition/);
    // The context: repository, branch, workflow with run number and attempt (linked to the run), commit (linked).
    const context = msg.json.blocks.at(-1)!;
    expect(context.type).toBe('context');
    expect(context.elements![0]!.text).toBe(
      '<https://github.com/acme/vision|acme/vision> · `main` · workflow `Train` ' +
        '<https://github.com/acme/vision/actions/runs/5002|#2 (attempt 1)> · ' +
        `commit <https://github.com/acme/vision/commit/${SHA}|0123456> · metric-alerts`,
    );
    expect(resolved.summary).toContain(
      '[acme/vision](https://github.com/acme/vision) · main · workflow Train ' +
        '[#2 (attempt 1)](https://github.com/acme/vision/actions/runs/5002) · ' +
        `commit [0123456](https://github.com/acme/vision/commit/${SHA})`,
    );
    // The history records when the instance began firing and for how many runs.
    const ledger = JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8')) as {
      events: { kind: string; at: string; firingSince?: string; firingRuns?: number }[];
    };
    const [fired, back] = ledger.events;
    expect(back).toMatchObject({ kind: 'resolved', firingSince: fired!.at, firingRuns: 1 });

    // A later run, then a re-run of the older run 5002: nothing sent, the history byte for byte the same.
    expect((await step(ws, 0.96, '5003')).code).toBe(0);
    const before = readFileSync(path.join(ws, HISTORY));
    const rerun = await step(ws, 0.5, '5002', { runAttempt: '2' });
    expect(rerun.code).toBe(0);
    expect(rerun.outputs).toMatchObject({ fired: '0', resolved: '0' });
    expect(slack.received).toHaveLength(sent + 2);
    expect(readFileSync(path.join(ws, HISTORY)).equals(before)).toBe(true);
  });

  it('a branch name cannot ping, link or format in Slack, nor break the summary', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': seedRules() });
    const sent = slack.received.length;
    const r = await step(ws, 0.5, '5001', { env: { GITHUB_REF_NAME: 'x`<!channel>`_i_|\u202eb' } });
    expect(r.code).toBe(0);
    const context = slack.received[sent]!.json.blocks.at(-1)!.elements![0]!.text;
    expect(context).toContain(' · `xˋ&lt;!channel&gt;ˋ_i_|b` · ');
    expect(slack.received[sent]!.body).not.toContain('<!channel>');
    expect(r.summary).toContain(' · x\\`&lt;!channel&gt;\\`\\_i\\_\\|b · ');
  });

  it('a pull request gives its number (linked) and head branch; on workflow_run, the triggering run and its pull request', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': seedRules() });
    const pr = await step(ws, 0.95, '5001', {
      event: { name: 'pull_request', payload: pullRequestEvent(7, 'feature/lr') },
      env: { GITHUB_REF: 'refs/pull/7/merge', GITHUB_REF_NAME: '7/merge', GITHUB_HEAD_REF: 'feature/lr' },
    });
    expect(pr.code).toBe(0);
    expect(pr.summary).toContain(' · feature/lr · workflow Train ');
    expect(pr.summary).toContain(' · [PR #7](https://github.com/acme/vision/pull/7)');

    const wr = await step(ws, 0.95, '5002', {
      event: {
        name: 'workflow_run',
        payload: workflowRunEvent({
          id: 4242,
          name: 'Nightly training',
          headBranch: 'feature/lr',
          runNumber: 12,
          runAttempt: 3,
          event: 'pull_request',
          pr: 7,
        }),
      },
    });
    expect(wr.code).toBe(0);
    expect(wr.summary).toContain(
      ' · feature/lr · workflow Nightly training [#12 (attempt 3)](https://github.com/acme/vision/actions/runs/4242) · ',
    );
    expect(wr.summary).toContain(' · [PR #7](https://github.com/acme/vision/pull/7)');
  });
});
