// Where the github-issue channel gets its token: the action's github-token for ad-hoc notes (test-channels: in
// github-issue.test.ts); the CLI's GITHUB_TOKEN (or GH_TOKEN) with GITHUB_API_URL and GITHUB_REPOSITORY. Against the
// loopback GitHub API stand-in; the token never shows in the output.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-api.js';
import { runAction, tempDir, writeFiles } from '../helpers/run-action.js';
import { runCli } from '../helpers/run-cli.js';

const TOKEN = 'ghs_faketoken'; // what runAction passes for github-token's ${{ github.token }} default
const RULES = `version: 1
channels:
  issues:
    type: github-issue
    labels: [ml-alert]
alerts:
  - name: accuracy-regression
    metric: accuracy
    op: "<"
    threshold: 0.9
    channels: [issues]
`;

let api: GitHubApiStandIn;
beforeAll(async () => {
  api = await startGitHubApi({ repository: 'acme/vision', token: TOKEN, prefix: '/api/v3' });
});
afterAll(() => api.close());
beforeEach(() => {
  api.issues = [];
  api.labels = [];
  api.calls.length = 0;
});

function workspace(): string {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': RULES, 'out/metrics.json': JSON.stringify({ accuracy: 0.78 }) });
  return ws;
}

describe('the CLI', () => {
  const cliEnv = (over: Record<string, string> = {}) => ({
    GITHUB_API_URL: api.apiUrl,
    GITHUB_REPOSITORY: 'acme/vision',
    ...over,
  });

  it('check: GITHUB_TOKEN opens the issue in GITHUB_REPOSITORY; the token is never printed', async () => {
    const ws = workspace();
    const run = await runCli(['check', '--metrics', 'out/metrics.json', '--experiment', 'iris'], {
      cwd: ws,
      env: cliEnv({ GITHUB_TOKEN: TOKEN }),
    });
    expect(run.stderr).not.toContain(TOKEN);
    expect(run.stdout).not.toContain(TOKEN);
    expect(run.code).toBe(0);
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]).toMatchObject({ title: '[warning] accuracy-regression on iris', labels: ['ml-alert'] });
    expect(run.stdout).toContain('issues');
  });

  it('notify: GH_TOKEN (as the gh CLI reads it) sends the note', async () => {
    const ws = workspace();
    const run = await runCli(['notify', '--title', 'Retraining started', '--text', 'nightly'], {
      cwd: ws,
      env: cliEnv({ GH_TOKEN: TOKEN }),
    });
    expect(run.stdout).toContain('sent to channel issues');
    expect(run.code).toBe(0);
    expect(api.calls.some((c) => c.method === 'POST' && c.path.endsWith('/issues'))).toBe(true);
  });

  it('without a token the delivery fails, saying what is missing, and nothing is called', async () => {
    const ws = workspace();
    const run = await runCli(['check', '--metrics', 'out/metrics.json'], { cwd: ws, env: cliEnv() });
    expect(run.stderr).toContain('no GitHub token');
    expect(api.calls).toHaveLength(0);
  });
});

describe('the action', () => {
  it('an ad-hoc note (notify-title) reaches a github-issue channel with the github-token', async () => {
    const ws = workspace();
    const run = await runAction({
      workspace: ws,
      inputs: { 'notify-title': 'Retraining started', 'notify-text': 'nightly', history: 'none' },
      env: { GITHUB_API_URL: api.apiUrl },
    });
    expect(run.code).toBe(0);
    expect(run.outputs['failed-deliveries']).toBe('0');
    expect(api.calls.some((c) => c.method === 'POST' && c.path.endsWith('/issues'))).toBe(true);
  });
});
