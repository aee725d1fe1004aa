// SPEC §6: untrusted text never starts a workflow command. An artifact whose entry names, experiment, run and metric
// names are workflow commands (`::stop-commands::`, `::warning::`, `##[error]`, an escaped newline, bidi controls) goes
// through dist/index.js; its stdout is read as actions/runner reads it (__tests__/helpers/runner-log.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { commandsOf, parseLog } from '../helpers/runner-log.js';
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-api.js';
import { runAction, tempDir, writeFiles, type ActionRun } from '../helpers/run-action.js';
import { messageText, startSlack, type SlackStandIn } from '../helpers/slack-server.js';
import { makeZip } from '../helpers/zip.js';

const TOKEN = 'ghs_faketoken';
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const HOSTILE_METRIC = '::stop-commands::m';

const run = (experiment: string, id: string, metrics: Record<string, number>) =>
  JSON.stringify({ experiment, run_id: id, metrics });
const ARCHIVE = makeZip([
  ['a\n::stop-commands::abc.json', run('::stop-commands::abc', '::warning::forged-run', { accuracy: 0.5 })],
  ['##[error]x.json', run('##[error]x', '%0A::error::x', { accuracy: 0.95, [HOSTILE_METRIC]: 1 })],
  ['b\r::warning::forged.jsonl', run('::warning::forged', '##[warning]r', { accuracy: 0.4, [HOSTILE_METRIC]: 5 })],
  ['c\r\n  ::error::forged\u202Egnp.json', run('iris\u202E\u2066x\u2069', 'r\u200F1', { accuracy: 0.3 })],
]);

const RULES = `version: 1
channels:
  ml-alerts:
    type: slack
    url: \${SLACK_WEBHOOK_URL}
alerts:
  - name: accuracy-regression
    metric: accuracy
    op: "<"
    threshold: 0.9
    channels: [ml-alerts]
    message: "{{experiment}} run {{run}}: {{metric}} = {{value}}"
  - name: hostile-metric
    metric: "${HOSTILE_METRIC}"
    op: ">"
    threshold: 2
    channels: [ml-alerts]
`;

let api: GitHubApiStandIn;
let slack: SlackStandIn;
let r: ActionRun;

beforeAll(async () => {
  slack = await startSlack();
  api = await startGitHubApi({ repository: 'acme/vision', token: TOKEN, runs: ['424242'] });
  api.artifacts = [{ id: 900, runId: '424242', name: 'training-metrics', zip: ARCHIVE }];
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': RULES });
  r = await runAction({
    workspace: ws,
    runId: '5000',
    event: { name: 'workflow_run', payload: { workflow_run: { id: 424242, run_attempt: 1, conclusion: 'success' } } },
    inputs: { artifact: 'training-metrics', history: 'file' },
    env: { SLACK_WEBHOOK_URL: slack.url(), GITHUB_API_URL: api.apiUrl },
  });
});
afterAll(() => Promise.all([api.close(), slack.close()]));

describe('hostile names from an artifact', () => {
  it('the run succeeds and reads every file', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Read 4 metrics file(s) from the artifact: ');
    expect(JSON.parse(r.outputs.results!).length).toBeGreaterThanOrEqual(6);
  });

  it('the runner sees only the commands we intend, none paused, and our warnings after the names were logged', () => {
    const log = parseLog(r.stdout);
    expect(log.filter((e) => e.kind === 'text' && e.paused)).toEqual([]);
    const commands = commandsOf(r.stdout);
    expect(commands.every((c) => c.syntax === 'v2' && !c.lenient)).toBe(true);
    const seen = commands.map((c) => [c.command, c.properties.title ?? '', c.data]);
    const firing = (alert: string, what: string) => [
      'warning',
      `metric-alerts: ${alert}`,
      `${alert} is firing on ${what}`,
    ];
    const missing = (run: string, experiment: string) => [
      'warning',
      '',
      `${HOSTILE_METRIC} is missing in run ${run} of experiment ${experiment} (alert hostile-metric, on-missing: warn)`,
    ];
    // Exactly ours: the masks, the history notice, the missing-metric and firing warnings (bidi controls removed).
    expect(seen.sort()).toEqual(
      [
        ['add-mask', '', TOKEN],
        ['add-mask', '', slack.url()],
        // The URL's path and last segment are secrets too (SPEC §5).
        ['add-mask', '', '/services/T000/B000/secret-token'],
        ['add-mask', '', 'secret-token'],
        ['notice', '', 'No history yet in file alerts-history.json: starting an empty one.'],
        missing('::warning::forged-run', '::stop-commands::abc'),
        missing('r1', 'irisx'),
        firing(
          'accuracy-regression',
          '::stop-commands::abc: accuracy = 0.5, condition < 0.9, run ::warning::forged-run',
        ),
        firing('accuracy-regression', '::warning::forged: accuracy = 0.4, condition < 0.9, run ##[warning]r'),
        firing('accuracy-regression', 'irisx: accuracy = 0.3, condition < 0.9, run r1'),
        firing('hostile-metric', `::warning::forged: ${HOSTILE_METRIC} = 5, condition > 2, run ##[warning]r`),
      ].sort(),
    );
    // The real warnings come after the line that listed the hostile entry names.
    const read = log.findIndex((e) => e.kind === 'text' && e.text.startsWith('Read 4 metrics file(s)'));
    const first = log.findIndex((e) => e.kind === 'command' && e.cmd.command === 'warning');
    expect(read).toBeGreaterThanOrEqual(0);
    expect(first).toBeGreaterThan(read);
  });

  it('the hostile names are still in the log, visibly escaped', () => {
    expect(r.stdout).toContain('\n\\::stop-commands::abc.json');
    expect(r.stdout).toContain('##\\[error]x.json');
    expect(r.stdout).toContain('\r\\::warning::forged.jsonl');
    expect(r.stdout).toContain('\r\n\\  ::error::forgedgnp.json');
  });

  it('no bidi control reaches the log, the summary or Slack; the results output keeps the data', () => {
    expect(r.stdout).not.toMatch(BIDI);
    expect(r.summary).not.toMatch(BIDI);
    expect(r.summary).toContain('iris');
    expect(slack.received.length).toBeGreaterThan(0);
    for (const m of slack.received) {
      expect(m.body).not.toMatch(BIDI);
      expect(m.body).not.toMatch(/\\u(061c|200e|200f|202[a-e]|206[6-9])/i);
      expect(messageText(m)).not.toMatch(BIDI);
    }
    const results = JSON.parse(r.outputs.results!) as { experiment: string; run: string }[];
    expect(results.some((x) => x.experiment === 'iris\u202E\u2066x\u2069' && x.run === 'r\u200F1')).toBe(true);
  });

  it('a failure naming a hostile file: only our error annotations, no bidi in the log or the failure summary', async () => {
    const name = 'bad\u202Egnp\n::stop-commands::z\r##[warning]w.json';
    api.artifacts = [{ id: 901, runId: '424242', name: 'training-metrics', zip: makeZip([[name, '{"acc": ']]) }];
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES });
    const failed = await runAction({
      workspace: ws,
      runId: '5000',
      event: { name: 'workflow_run', payload: { workflow_run: { id: 424242, run_attempt: 1, conclusion: 'success' } } },
      inputs: { artifact: 'training-metrics', history: 'file' },
      env: { SLACK_WEBHOOK_URL: slack.url(), GITHUB_API_URL: api.apiUrl },
    });
    expect(failed.code).toBe(1);
    expect(parseLog(failed.stdout).filter((e) => e.kind === 'text' && e.paused)).toEqual([]);
    const commands = commandsOf(failed.stdout);
    expect(commands.every((c) => c.syntax === 'v2' && !c.lenient)).toBe(true);
    expect([...new Set(commands.map((c) => c.command))].sort()).toEqual(['add-mask', 'error']);
    const errors = commands.filter((c) => c.command === 'error');
    expect(
      errors.some((c) => c.properties.file === 'training-metrics/badgnp\n::stop-commands::z\r##[warning]w.json'),
    ).toBe(true);
    expect(failed.stdout).not.toMatch(BIDI);
    expect(failed.summary).toContain('## metric-alerts failed');
    expect(failed.summary).not.toMatch(BIDI);
  });
});
