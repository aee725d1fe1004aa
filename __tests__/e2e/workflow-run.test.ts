// A separate alerts workflow triggered by workflow_run reads the training run's artifact through the REST API:
// the bundled action as a process, a loopback GitHub API and a loopback Slack.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { seedRules as RULES } from '../helpers/fixtures.js';
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-api.js';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';
import { messageText, slackForSuite } from '../helpers/slack-server.js';
import { makeZip } from '../helpers/zip.js';

const slack = slackForSuite();
const TOKEN = 'ghs_faketoken'; // what runAction passes for github-token's ${{ github.token }} default
let api: GitHubApiStandIn;

beforeAll(async () => {
  api = await startGitHubApi({ repository: 'acme/vision', token: TOKEN, runs: ['424242', '77'] });
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
  api.forbid = false;
  api.artifacts = [
    {
      id: 900,
      runId: '424242',
      name: 'training-metrics',
      zip: makeZip([
        ['metrics.jsonl', '{"experiment": "iris", "metrics": {"accuracy": 0.78, "loss": 0.61}}\n'],
        ['eval/extra.json', '{"experiment": "iris-eval", "metrics": {"accuracy": 0.99}}'],
        ['model.pt', 'weights'],
      ]),
    },
    {
      id: 901,
      runId: '77',
      name: 'training-metrics',
      zip: makeZip([['metrics.json', '{"experiment": "iris", "metrics": {"accuracy": 0.95}}']]),
    },
  ];
});

const TRIGGER = {
  workflow_run: {
    id: 424242,
    run_attempt: 1,
    head_sha: 'feedface',
    html_url: 'https://github.com/acme/vision/actions/runs/424242',
    conclusion: 'success',
  },
};
const HISTORY = 'alerts-history.json';
/** The log without the runner's ::add-mask:: commands (which carry secrets to the runner on purpose). */
const unmasked = (log: string) =>
  log
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

function act(ws: string, inputs: Record<string, string>, over: Partial<ActionOptions> = {}) {
  return runAction({
    workspace: ws,
    runId: '5000',
    event: { name: 'workflow_run', payload: TRIGGER },
    ...over,
    inputs: { artifact: 'training-metrics', history: 'file', ...inputs },
    env: { SLACK_WEBHOOK_URL: slack.server.url(), GITHUB_API_URL: api.apiUrl },
  });
}

function workspace(): string {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': RULES() });
  return ws;
}

describe('workflow_run + artifact', () => {
  it("fires from the triggering run's artifact, with that run's id and link", async () => {
    const ws = workspace();
    const r = await act(ws, {});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(api.requests.map((q) => q.path)).toEqual([
      '/repos/acme/vision/actions/runs/424242/artifacts?per_page=100&name=training-metrics',
      '/repos/acme/vision/actions/artifacts/900/zip',
      '/storage/900?sig=presigned',
    ]);
    expect(r.outputs.fired).toBe('1');
    const results = JSON.parse(r.outputs.results!) as { experiment: string; run: string; value: number }[];
    expect(results.map((x) => [x.experiment, x.run, x.value])).toEqual([['iris', '424242', 0.78]]);
    expect(slack.server.received).toHaveLength(1);
    expect(messageText(slack.server.received[0]!)).toContain(
      '<https://github.com/acme/vision/actions/runs/424242|424242>',
    );
    expect(r.stdout).toContain(
      'Read 2 metrics file(s) from the artifact: training-metrics/eval/extra.json, training-metrics/metrics.jsonl',
    );
    expect(unmasked(r.stdout)).not.toContain(TOKEN);

    // The same triggering run again (a re-run of the alerts workflow): nothing new is sent.
    const again = await act(ws, {});
    expect(again.code).toBe(0);
    expect(slack.server.received).toHaveLength(1);
  });

  it('metrics filters the files inside the artifact; artifact-run-id picks another run', async () => {
    const ws = workspace();
    const only = await act(ws, { metrics: 'eval/*.json', history: 'none' });
    expect(only.code).toBe(0);
    expect(only.stdout).toContain('Read 1 metrics file(s) from the artifact: training-metrics/eval/extra.json');
    const other = await act(ws, { 'artifact-run-id': '77', history: 'none' });
    expect(other.code).toBe(0);
    expect(api.requests.some((q) => q.path.startsWith('/repos/acme/vision/actions/runs/77/artifacts'))).toBe(true);
    expect(JSON.parse(other.outputs.results!)[0]).toMatchObject({ value: 0.95, state: 'ok', run: '424242' });
  });

  it('on push, the artifact of this run is read', async () => {
    const ws = workspace();
    api.artifacts[0]!.runId = '5000';
    const r = await act(ws, { history: 'none' }, { event: { name: 'push', payload: {} } });
    expect(r.code).toBe(0);
    expect(api.requests[0]!.path).toBe(
      '/repos/acme/vision/actions/runs/5000/artifacts?per_page=100&name=training-metrics',
    );
    expect(JSON.parse(r.outputs.results!)[0].run).toBe('5000');
  });

  it.each([
    [
      'a missing artifact',
      { artifact: 'training-metrcs' },
      () => undefined,
      'artifact "training-metrcs" of run 424242 in acme/vision: not found; the run has "training-metrics".',
    ],
    [
      'a token without actions: read',
      {},
      () => (api.forbid = true),
      'the github-token may not read it (HTTP 403: Resource not accessible by integration); give the job `permissions: actions: read`',
    ],
    [
      'an expired artifact',
      {},
      () => (api.artifacts[0]!.expired = true),
      'artifact "training-metrics" of run 424242 in acme/vision: it has expired',
    ],
    [
      'a filter matching nothing',
      { metrics: 'results/*.json' },
      () => undefined,
      'training-metrics: no file in the artifact matches "results/*.json"; it holds 3 file(s)',
    ],
    [
      'a damaged archive',
      {},
      () => (api.artifacts[0]!.zip = Buffer.from('PK not really')),
      'training-metrics: not a ZIP archive',
    ],
  ])('%s fails the step clearly: nothing sent, no history', async (_name, inputs, arrange, message) => {
    const ws = workspace();
    arrange();
    const r = await act(ws, inputs);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(message);
    expect(r.stdout).toContain('Nothing was sent and no history was written.');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(unmasked(r.stdout)).not.toContain(TOKEN);
    expect(slack.server.received).toHaveLength(0);
    expect(existsSync(path.join(ws, HISTORY))).toBe(false);
    expect(r.summary).toContain('## metric-alerts failed');
  });

  it("a pull request's training run (workflow_run from pull_request): history is read, not written", async () => {
    const ws = workspace();
    const r = await act(
      ws,
      {},
      {
        event: { name: 'workflow_run', payload: { workflow_run: { ...TRIGGER.workflow_run, event: 'pull_request' } } },
      },
    );
    expect(r.code).toBe(0);
    expect(slack.server.received).toHaveLength(0); // notify-pull-requests: false
    expect(existsSync(path.join(ws, HISTORY))).toBe(false);
    expect(r.summary).toContain('History is read but not written');
  });
});
