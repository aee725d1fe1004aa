// No silent misses (SPEC §3): a rule whose metric is misspelled names the path the file does have, in its warning, in
// the results output and at the top of the job summary. The bundled action run as a runner runs it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, tempDir, writeFiles, type ActionRun } from '../helpers/run-action.js';
import { commandsOf } from '../helpers/runner-log.js';
import { startSlack, type SlackStandIn } from '../helpers/slack-server.js';

const RULES = `version: 1
channels:
  ml-alerts:
    type: slack
    url: \${SLACK_WEBHOOK_URL}
defaults:
  channels: [ml-alerts]
alerts:
  - name: eval-mse
    metric: eval.mse
    op: ">"
    threshold: 0.5
  - name: accuracy-floor
    metric: accuracy
    op: "<"
    threshold: 0.9
`;

let slack: SlackStandIn;
let r: ActionRun;
beforeAll(async () => {
  slack = await startSlack();
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': RULES, 'out/metrics.json': '{"eval/mse": 0.2, "accuracy": 0.95}' });
  r = await runAction({
    workspace: ws,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file' },
    env: { SLACK_WEBHOOK_URL: slack.url() },
  });
});
afterAll(() => slack.close());

describe('a misspelled metric (eval.mse where the file has eval/mse)', () => {
  it('the step passes (on-missing: warn) with a warning naming the path the file has', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const warnings = commandsOf(r.stdout).filter((c) => c.command === 'warning');
    expect(warnings.map((c) => c.data)).toEqual([
      'eval.mse is missing in run 1000 of experiment iris (alert eval-mse, on-missing: warn); did you mean `eval/mse`?',
    ]);
    // Nothing fired: nothing sent.
    expect(slack.received).toHaveLength(0);
  });

  it('the results output carries the suggestion', () => {
    const results = JSON.parse(r.outputs.results!) as { alert: string; state: string; suggestions?: string[] }[];
    expect(results.find((o) => o.alert === 'eval-mse')).toMatchObject({ state: 'no data', suggestions: ['eval/mse'] });
    expect(results.find((o) => o.alert === 'accuracy-floor')).toMatchObject({ state: 'ok' });
    expect(results.find((o) => o.alert === 'accuracy-floor')!.suggestions).toBeUndefined();
  });

  it('the job summary opens with it, before the table', () => {
    const lines = r.summary.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '## metric-alerts',
      '',
      '### ⚠️ Alerts that read no value in this run (1)',
      '',
      '| Alert | Experiment | Metric | Why | Did you mean |',
      '|---|---|---|---|---|',
      '| eval-mse | iris | eval.mse | missing in run 1000 | eval/mse |',
    ]);
    expect(r.summary.indexOf('| State | Alert |')).toBeGreaterThan(r.summary.indexOf('| eval-mse | iris |'));
  });
});
