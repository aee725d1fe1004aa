// The github-issue channel through dist/index.js, run as a runner runs it, against the loopback GitHub API stand-in
// (__tests__/helpers/github-api.ts): one issue per alert instance for its whole life (opened, commented, closed
// completed, reopened), found again by its marker through the issues list, never through /search/issues.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-api.js';
import { cloneOf, holdPushes, originWith, racedWrites } from '../helpers/git-repo.js';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';

const TOKEN = 'ghs_faketoken'; // what runAction passes for github-token's ${{ github.token }} default
const HISTORY = 'alerts-history.json';
const RULES = `version: 1
channels:
  issues:
    type: github-issue
    labels: [ml-alert, p1]
    assignees: [alice]
alerts:
  - name: accuracy-regression
    metric: accuracy
    op: "<"
    threshold: 0.9
    severity: critical
    repeat: every-run
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
  api.faults = [];
  api.calls.length = 0;
  api.pageSize = 2;
  api.issuesDisabled = false;
  api.dropLabels = false;
});

function workspace(rules = RULES, ws = tempDir()): string {
  writeFiles(ws, { 'alerts.yml': rules });
  return ws;
}

function step(ws: string, runId: string, metrics: unknown, over: Partial<ActionOptions> = {}) {
  writeFiles(ws, { 'out/metrics.json': JSON.stringify(metrics) });
  return runAction({
    workspace: ws,
    runId,
    ...over,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file', ...(over.inputs ?? {}) },
    env: { GITHUB_API_URL: api.apiUrl, ...(over.env ?? {}) },
  });
}

const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning'));
const writes = () => api.calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`);
type Ledger = { events: { kind: string; deliveries: Record<string, unknown>[] }[] };
const ledger = (ws: string): Ledger => JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8')) as Ledger;
/** Markdown with its code spans removed: what GitHub would interpret. */
const outsideCode = (md: string) => md.replace(/(`+) [\s\S]*? \1/g, '');

describe('github-issue through dist', () => {
  it('one issue for the instance: opened, a re-run sends nothing, commented, closed completed, reopened', async () => {
    const ws = workspace();
    const first = await step(ws, '1', { accuracy: 0.78 });
    expect(first.code).toBe(0);
    expect(first.outputs['failed-deliveries']).toBe('0');
    expect(api.issues).toHaveLength(1);
    const issue = api.issues[0]!;
    expect(issue).toMatchObject({ labels: ['ml-alert', 'p1'], assignees: ['alice'], state: 'open' });
    expect(issue.title).toBe('[critical] accuracy-regression on iris');
    expect(issue.body).toMatch(/^<!-- metric-alerts:instance=[0-9a-f]{64} -->\n/);
    expect(issue.body).toContain('accuracy = 0.78, condition < 0.9');
    expect(api.labels).toEqual(['ml-alert', 'p1']);
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'issues', ok: true, ref: '1' }),
    ]);

    api.calls.length = 0;
    expect((await step(ws, '1', { accuracy: 0.78 })).code).toBe(0);
    expect(api.calls).toHaveLength(0);

    expect((await step(ws, '2', { accuracy: 0.7 })).code).toBe(0);
    expect(api.issues[0]!.comments).toHaveLength(1);
    expect(api.issues[0]!.comments[0]!.body).toContain('is **still firing**');

    expect((await step(ws, '3', { accuracy: 0.95 })).outputs.resolved).toBe('1');
    expect(api.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(api.issues[0]!.comments[1]!.body).toContain('back above 0.9');

    api.calls.length = 0;
    expect((await step(ws, '4', { accuracy: 0.5 })).outputs.fired).toBe('1');
    // Fired again: the issue recorded on the earlier firing is looked at first (no label listing).
    expect(api.calls[0]).toMatchObject({ method: 'GET', path: '/api/v3/repos/acme/vision/issues/1' });
    expect(api.calls.some((c) => c.path.includes('/issues?'))).toBe(false);
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]!.state).toBe('open');
    expect(api.issues[0]!.comments).toHaveLength(3);
    expect(api.calls.some((c) => c.path.includes('/search/issues'))).toBe(false);
    expect(api.calls.every((c) => c.authorization === `Bearer ${TOKEN}`)).toBe(true);
  }, 120_000);

  it('labels refused: the issue opened without them is found by its number for its whole life, never opened again', async () => {
    const ws = workspace();
    api.dropLabels = true;
    const first = await step(ws, '1', { accuracy: 0.78 });
    expect(first.stdout).toContain('issue #1 was opened without the label ml-alert');
    expect((await step(ws, '2', { accuracy: 0.7 })).code).toBe(0);
    expect((await step(ws, '3', { accuracy: 0.95 })).outputs.resolved).toBe('1');
    expect((await step(ws, '4', { accuracy: 0.5 })).outputs.fired).toBe('1');
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]).toMatchObject({ labels: [], state: 'open' });
    expect(api.issues[0]!.comments).toHaveLength(3);
  }, 120_000);

  it('test-channels opens an issue and closes it at once (completed): notes do not pile up open', async () => {
    const ws = workspace();
    const r = await runAction({
      workspace: ws,
      inputs: { 'test-channels': 'true' },
      env: { GITHUB_API_URL: api.apiUrl },
    });
    expect(r.code).toBe(0);
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]).toMatchObject({ labels: ['ml-alert', 'p1'], state: 'closed', state_reason: 'completed' });
  }, 60_000);

  it('a secondary rate limit (403 + retry-after) is retried within the run', async () => {
    const ws = workspace();
    api.faults.push({
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    const r = await step(ws, '1', { accuracy: 0.78 });
    expect(r.code).toBe(0);
    expect(r.outputs['failed-deliveries']).toBe('0');
    expect(api.issues).toHaveLength(1);
    expect(ledger(ws).events[0]!.deliveries).toEqual([expect.objectContaining({ ok: true, attempts: 2 })]);
  }, 60_000);

  it('410 (issues disabled) is final: a warning saying so, and the next run does not send it again', async () => {
    const ws = workspace();
    api.issuesDisabled = true;
    const first = await step(ws, '1', { accuracy: 0.78 });
    expect(first.code).toBe(0);
    expect(first.outputs['failed-deliveries']).toBe('1');
    expect(warnings(first.stdout).join('\n')).toContain('issues are disabled in acme/vision');
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ ok: false, status: 410, retryable: false }),
    ]);
    api.issuesDisabled = false;
    api.calls.length = 0;
    const repeat = RULES.replace('    repeat: every-run\n', '');
    workspace(repeat, ws);
    expect((await step(ws, '2', { accuracy: 0.7 })).code).toBe(0);
    expect(writes()).toEqual([]);
  }, 60_000);

  it('without a token: a warning saying to give the job issues: write', async () => {
    const ws = workspace();
    const r = await step(ws, '1', { accuracy: 0.78 }, { inputs: { 'github-token': '' } });
    expect(r.code).toBe(0);
    expect(warnings(r.stdout).join('\n')).toContain('issues: write');
    expect(api.calls).toHaveLength(0);
  }, 60_000);

  it('hostile names cannot mention, link, reference or write HTML in the issue', async () => {
    const evil =
      '@octocat #1 <img src=x onerror=alert(1)> https://evil.example [x](https://evil.example) `b` \u202Egnp';
    const ws = workspace(RULES.replace('metric: accuracy', 'experiment: "*"\n    metric: accuracy'));
    const r = await step(ws, '1', { experiment: evil, run_id: '@admin <b>run</b>', metrics: { accuracy: 0.5 } });
    expect(r.code).toBe(0);
    const issue = api.issues[0]!;
    const outside = outsideCode(issue.body);
    expect(issue.body).not.toContain('\u202E');
    expect(outside).not.toMatch(/@\w|#\d|evil\.example|<(?!!-- metric-alerts:)/);
    expect(issue.title).not.toMatch(/[@#]\w/);
  }, 60_000);
});

describe('github-issue with history: git', () => {
  it('two concurrent runs seeing the same transition open ONE issue', async () => {
    const origin = originWith({ 'alerts.yml': RULES });
    const checkouts = [cloneOf(origin), cloneOf(origin)];
    holdPushes(origin, 2);
    const runs = await Promise.all(
      checkouts.map((ws, i) =>
        step(
          ws,
          String(500 + i),
          { experiment: 'iris', run_id: `r-${i}`, metrics: { accuracy: 0.5 } },
          {
            inputs: { history: 'git' },
          },
        ),
      ),
    );
    for (const r of runs) expect(r.code).toBe(0);
    // The race happened: one run's claim lost, it evaluated again on the winner's ledger and sent nothing.
    expect(racedWrites(runs.map((r) => r.stdout))).toBe(1);
    expect(api.issues).toHaveLength(1);
    expect(api.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/issues'))).toHaveLength(1);
    // The loser read its own run (r-1 or r-0) on the winner's ledger: still firing, and with repeat: every-run a
    // reminder, a comment on the one issue, not a second issue.
    expect(api.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/comments'))).toHaveLength(1);
  }, 240_000);
});
