// SPEC §6, pr-comment: the bundled action, run as a runner runs it, comments on the pull request through a loopback
// GitHub API: one comment, updated in place on every run; a workflow_run from a pull request comments on that pull
// request; without pull-requests: write a warning, and the step passes; outside a pull request, a notice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedRules as RULES } from '../helpers/fixtures.js';
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-api.js';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';
import { slackForSuite } from '../helpers/slack-server.js';

const slack = slackForSuite();
const TOKEN = 'ghs_faketoken'; // what runAction passes for github-token's ${{ github.token }} default
const MARKER = '<!-- metric-alerts:pr-comment config=alerts.yml -->';
const SHA = '9f2c1e0d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e';
let api: GitHubApiStandIn;

beforeAll(async () => {
  api = await startGitHubApi({ repository: 'acme/vision', token: TOKEN, pullRequests: [12] });
});
afterAll(() => api.close());
beforeEach(() => {
  api.comments = [];
  api.requests.length = 0;
  api.forbidCommentWrites = false;
});

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
      head: { ref: 'lr-sweep', sha: SHA, repo: { full_name: 'acme/vision', fork: false } },
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
  writeFiles(ws, { 'alerts.yml': TWO_RULES });
  return ws;
}

const act = (ws: string, metrics: string, over: Partial<ActionOptions> = {}) => {
  writeFiles(ws, { 'out/metrics.json': metrics });
  return runAction({
    workspace: ws,
    event: PULL_REQUEST_EVENT,
    ...over,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file', 'pr-comment': 'true', ...over.inputs },
    env: { SLACK_WEBHOOK_URL: slack.server.url(), GITHUB_API_URL: api.apiUrl },
  });
};

const rowOf = (body: string, alert: string) => body.split('\n').find((l) => l.includes(`| ${alert} |`));

describe('pr-comment', () => {
  it('a pull request: three runs, one comment, updated in place with the values of each run', async () => {
    const ws = workspace();
    const first = await act(ws, '{"accuracy": 0.95, "loss": 3}', { runId: '200' });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('pr-comment: created the comment on pull request #12');
    expect(api.comments).toHaveLength(1);
    const id = api.comments[0]!.id;
    const body1 = api.comments[0]!.body;
    expect(body1.split('\n')[0]).toBe(MARKER);
    expect(body1).toContain('### metric-alerts: what would fire on main');
    expect(body1).toContain('**1 firing** · 1 triggered · 2 checked');
    expect(rowOf(body1, 'loss-high')).toBe('| 🔴 firing · fired | loss-high | iris | loss | 3 | &gt; 1 |');
    expect(body1).toContain('[PR #12](https://github.com/acme/vision/pull/12)');

    const second = await act(ws, '{"accuracy": 0.95, "loss": 2.5}', { runId: '201' });
    const third = await act(ws, '{"accuracy": 0.95, "loss": 0.25}', { runId: '202' });
    for (const r of [second, third]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('pr-comment: updated the comment on pull request #12');
    }
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.id).toBe(id);
    const body3 = api.comments[0]!.body;
    expect(body3).not.toBe(body1);
    expect(rowOf(body3, 'loss-high')).toBe('| 🟢 ok | loss-high | iris | loss | 0.25 | &gt; 1 |');
    expect(body3).toContain('**0 firing**');
    const writes = api.requests.filter((q) => !q.path.includes('?'));
    expect(writes).toHaveLength(3); // one POST, two PATCHes
    expect(api.requests.every((q) => q.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('a workflow_run triggered by a pull request comments on that pull request, from the event', async () => {
    const ws = workspace();
    const run = await act(ws, '{"accuracy": 0.78, "loss": 0.5}', { event: WORKFLOW_RUN_FROM_PR });
    expect(run.code).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.pullRequest).toBe(12);
    expect(rowOf(api.comments[0]!.body, 'accuracy-regression')).toContain('🔴 firing');
    expect(api.comments[0]!.body).toContain('[#88 (attempt 1)](https://github.com/acme/vision/actions/runs/31337)');
  });

  it('without pull-requests: write (403): a warning naming the fix, the step passes, outputs as usual', async () => {
    api.forbidCommentWrites = true;
    const ws = workspace();
    const run = await act(ws, '{"accuracy": 0.95, "loss": 3}');
    expect(run.code).toBe(0);
    expect(run.outputs.fired).toBe('1');
    expect(api.comments).toHaveLength(0);
    expect(run.stdout).toMatch(
      /::warning::pr-comment: could not comment on pull request #12 of acme\/vision \(HTTP 403/,
    );
    expect(run.stdout).toContain('permissions: pull-requests: write');
    const logged = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(logged.join('\n')).not.toContain(TOKEN);
  });

  it('without a github-token: a warning, the step passes, no request to GitHub', async () => {
    const ws = workspace();
    const run = await act(ws, '{"accuracy": 0.95, "loss": 3}', { inputs: { 'github-token': '' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::warning::pr-comment: no github-token');
    expect(api.requests).toHaveLength(0);
  });

  it('a dry run: a notice, nothing commented', async () => {
    const ws = workspace();
    const run = await act(ws, '{"accuracy": 0.95, "loss": 3}', { inputs: { 'dry-run': 'true' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::pr-comment: a dry run comments nothing');
    expect(api.requests).toHaveLength(0);
  });

  it('not a pull request run: a notice, and no request to GitHub', async () => {
    const ws = workspace();
    const run = await act(ws, '{"accuracy": 0.95, "loss": 3}', { event: { name: 'push', payload: {} } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::pr-comment: not a pull request run');
    expect(api.requests).toHaveLength(0);
  });

  it('off by default: a pull request run makes no request to GitHub', async () => {
    const ws = workspace();
    const run = await act(ws, '{"accuracy": 0.95, "loss": 3}', { inputs: { 'pr-comment': 'false' } });
    expect(run.code).toBe(0);
    expect(api.requests).toHaveLength(0);
  });
});
