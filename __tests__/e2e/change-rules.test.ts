// Regression rules and pictures through the bundled action: one process per training run, history in a file,
// messages to a loopback Slack, as a user's workflow runs them day after day.
import { describe, expect, it } from '@jest/globals';
import { runAction, tempDir, writeFiles, type ActionRun } from '../helpers/run-action.js';
import { messageText, slackForSuite, type Received } from '../helpers/slack-server.js';

const slack = slackForSuite();

const rules = (alert: string) => `version: 1
channels:
  ml-alerts:
    type: slack
    url: \${SLACK_WEBHOOK_URL}
alerts:
  - name: acc
    experiment: iris
    metric: accuracy
    channels: [ml-alerts]
${alert}`;

interface Step {
  run: ActionRun;
  result: { state: string; event: string | null; value: number; baseline: number | null; change: number | null };
  sent: Received[];
}

/** Runs the action once per value, each a new workflow run of experiment iris, sharing the history file. */
async function series(alert: string, values: number[]): Promise<Step[]> {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': rules(alert) });
  const steps: Step[] = [];
  for (const [i, v] of values.entries()) {
    writeFiles(ws, { 'out/metrics.json': JSON.stringify({ accuracy: v }) });
    const before = slack.server.received.length;
    const run = await runAction({
      workspace: ws,
      runId: String(100 + i),
      inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file' },
      env: { SLACK_WEBHOOK_URL: slack.server.url() },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    steps.push({ run, result: JSON.parse(run.outputs.results!)[0], sent: slack.server.received.slice(before) });
  }
  return steps;
}

const events = (steps: Step[]) => steps.map((s) => s.result.event);
const states = (steps: Step[]) => steps.map((s) => s.result.state);

describe('change rules through dist/index.js', () => {
  it('a percent drop against the previous run fires, and the next run that does not drop resolves', async () => {
    const steps = await series(
      '    op: "<"\n    threshold: -5\n    change: { from: previous, unit: percent }\n    message: "{{metric}} moved {{change}} from {{baseline}} to {{value}}"\n',
      [0.9, 0.91, 0.85, 0.86],
    );
    expect(states(steps)).toEqual(['no baseline', 'ok', 'firing', 'ok']);
    expect(events(steps)).toEqual([null, null, 'fired', 'resolved']);
    expect(steps[2]!.result).toMatchObject({ value: 0.85, baseline: 0.91 });
    expect(steps[2]!.result.change).toBeCloseTo(-6.593, 3);
    expect(steps.map((s) => s.sent.length)).toEqual([0, 0, 1, 1]);
    const fired = messageText(steps[2]!.sent[0]!);
    expect(fired).toContain('accuracy moved -6.59% from 0.91 to 0.85');
    expect(fired).toContain('`accuracy = 0.85` · baseline 0.91 (previous) · change -6.59% · condition change &lt; -5%');
    expect(messageText(steps[3]!.sent[0]!)).toContain('*acc* resolved');
    expect(steps[0]!.run.summary).toContain('⚪ no baseline');
    expect(steps[2]!.run.summary).toContain('| 0.85 (-6.59% vs 0.91) | change &lt; -5% |');
  });

  it('sigma: an outlier 3 standard deviations below the mean fires; fewer than 3 earlier runs is no baseline', async () => {
    const steps = await series(
      '    op: "<"\n    threshold: -3\n    change: { from: mean, window: 4, unit: sigma }\n    message: "{{metric}} is {{sigma}} from the mean {{baseline}}"\n',
      [0.9, 0.91, 0.89, 0.9, 0.7, 0.9],
    );
    expect(states(steps)).toEqual(['no baseline', 'no baseline', 'no baseline', 'ok', 'firing', 'ok']);
    expect(events(steps)).toEqual([null, null, null, null, 'fired', 'resolved']);
    // Run 4: the mean of 0.9, 0.91, 0.89, 0.9 is 0.9, their sample standard deviation 0.0081650.
    expect(steps[4]!.result.baseline).toBeCloseTo(0.9, 12);
    expect(steps[4]!.result.change).toBeCloseTo(-0.2 / Math.sqrt(0.0002 / 3), 9);
    expect(steps[2]!.result).toMatchObject({ state: 'no baseline', baseline: 0.905, change: null });
    expect(steps.map((s) => s.sent.length)).toEqual([0, 0, 0, 0, 1, 1]);
    const fired = messageText(steps[4]!.sent[0]!);
    expect(fired).toContain('accuracy is -24.5σ from the mean 0.9');
    expect(fired).toContain('change -24.5σ · condition change &lt; -3σ');
    expect(steps[4]!.run.summary).toContain('| 0.7 (-24.5σ vs mean 0.9) | change &lt; -3σ |');
    expect(steps[2]!.run.summary).toContain('⚪ no baseline');
  });

  it('sigma: a flat history (no deviation) is no baseline, not a division by zero', async () => {
    const steps = await series(
      '    op: "<"\n    threshold: -3\n    change: { from: mean, unit: sigma }\n',
      [0.9, 0.9, 0.9, 0.9, 0.5],
    );
    expect(states(steps)).toEqual(['no baseline', 'no baseline', 'no baseline', 'no baseline', 'no baseline']);
    expect(steps.map((s) => s.sent.length)).toEqual([0, 0, 0, 0, 0]);
  });

  it('mean of the window: fires when the value falls 0.05 below the mean of the last 3 runs', async () => {
    const steps = await series(
      '    op: "<"\n    threshold: -0.05\n    change: { from: mean, window: 3, unit: absolute }\n',
      [0.5, 0.9, 0.92, 0.91, 0.85, 0.9],
    );
    // Baselines: -, 0.5, 0.7, 0.773, 0.91 (mean of 0.9, 0.92, 0.91: the 0.5 left the window), 0.893
    expect(steps[4]!.result.baseline).toBeCloseTo(0.91, 12);
    expect(states(steps)).toEqual(['no baseline', 'ok', 'ok', 'ok', 'firing', 'ok']);
    expect(events(steps)).toEqual([null, null, null, null, 'fired', 'resolved']);
  });

  it('max of the window: keeps firing until the metric is back near its best', async () => {
    const steps = await series(
      '    op: "<"\n    threshold: -3\n    change: { from: max, window: 5, unit: percent }\n',
      [0.9, 0.95, 0.93, 0.91, 0.915, 0.94],
    );
    // Against 0.95: 0.93 is -2.1%, 0.91 is -4.2% (fires), 0.915 -3.7% (still firing), 0.94 -1.05% (resolves)
    expect(states(steps)).toEqual(['no baseline', 'ok', 'ok', 'firing', 'firing', 'ok']);
    expect(events(steps)).toEqual([null, null, null, 'fired', null, 'resolved']);
    expect(steps.map((s) => s.sent.length)).toEqual([0, 0, 0, 1, 0, 1]);
  });

  it('for: 3 with recover-threshold: fires on the third breaching run, resolves only above the recover threshold', async () => {
    const steps = await series(
      '    op: "<"\n    threshold: 0.9\n    for: 3\n    recover-threshold: 0.92\n',
      [0.85, 0.86, 0.87, 0.91, 0.93],
    );
    expect(states(steps)).toEqual(['pending', 'pending', 'firing', 'firing', 'ok']);
    expect(events(steps)).toEqual([null, null, 'fired', null, 'resolved']);
    expect(steps.map((s) => s.sent.length)).toEqual([0, 0, 1, 0, 1]);
    expect(steps.map((s) => s.run.outputs.triggered)).toEqual(['1', '1', '1', '1', '0']); // still firing counts as triggered
  });

  it("the metric's recent values: a sparkline in the Slack message and the summary, a chart in the summary", async () => {
    const steps = await series('    op: "<"\n    threshold: 0.8\n', [0.96, 0.92, 0.88, 0.78]);
    const last = steps[3]!;
    expect(messageText(last.sent[0]!)).toContain('Recent: █▇▅▁');
    expect(last.run.summary).toContain('| █▇▅▁ |');
    expect(last.run.summary).toContain(
      [
        '### Recent values of firing alerts',
        '',
        '#### acc · iris',
        '',
        '```mermaid',
        'xychart-beta',
        '    title "accuracy · iris"',
        '    x-axis ["100", "101", "102", "103"]',
        '    y-axis "accuracy" 0.762 --> 0.978',
        '    line [0.96, 0.92, 0.88, 0.78]',
        '    line [0.8, 0.8, 0.8, 0.8]',
        '```',
      ].join('\n'),
    );
    expect(steps[2]!.run.summary).not.toContain('```mermaid');
  });

  it('history: none: the baseline comes from earlier runs in the artifact itself', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'alerts.yml': rules('    op: "<"\n    threshold: -5\n    change: { from: mean, window: 10, unit: percent }\n'),
      'runs.jsonl': [
        '{"experiment": "iris", "run_id": "a", "metrics": {"accuracy": 0.9}}',
        '{"experiment": "iris", "run_id": "b", "metrics": {"accuracy": 0.92}}',
        '{"experiment": "iris", "run_id": "c", "metrics": {"accuracy": 0.8}}',
      ].join('\n'),
    });
    const run = await runAction({
      workspace: ws,
      inputs: { metrics: 'runs.jsonl', history: 'none' },
      env: { SLACK_WEBHOOK_URL: slack.server.url() },
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs.results!)[0]).toMatchObject({
      run: 'c',
      value: 0.8,
      baseline: 0.91,
      state: 'firing',
      event: 'fired',
    });
    expect(messageText(slack.server.received[0]!)).toContain('baseline 0.91 (mean) · change -12.1%');
  });
});
