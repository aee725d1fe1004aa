// SPEC §1 end to end: dist/index.js run as the runner runs it, against a loopback Slack.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { messageText, startSlack, type SlackStandIn } from '../helpers/slack-server.js';
import { seedRules } from '../helpers/fixtures.js';
import { runAction, tempDir, writeFiles } from '../helpers/run-action.js';

describe('the seed scenario', () => {
  let slack: SlackStandIn;
  let ws: string;
  beforeAll(async () => {
    slack = await startSlack();
    ws = tempDir();
    writeFiles(ws, { 'alerts.yml': seedRules() });
  });
  afterAll(() => slack.close());

  const step = (accuracy: number, runId: string, runAttempt = '1') => {
    writeFiles(ws, { 'out/metrics.json': JSON.stringify({ accuracy }) });
    return runAction({
      workspace: ws,
      runId,
      runAttempt,
      inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file' },
      env: { SLACK_WEBHOOK_URL: slack.url() },
    });
  };

  it('fires once, stays quiet on a re-run and while still firing, and resolves once', async () => {
    // 1. accuracy 0.78: one message.
    const first = await step(0.78, '5001');
    expect(first.code).toBe(0);
    expect(slack.received).toHaveLength(1);
    const msg = slack.received[0]!;
    const text = messageText(msg);
    expect(text).toContain('accuracy-regression');
    expect(text).toContain('*iris*');
    expect(text).toContain('`accuracy = 0.78` · condition &lt; 0.9');
    expect(text).toContain('<https://github.com/acme/vision/actions/runs/5001|5001>');
    expect(msg.json.text).toContain('accuracy-regression firing on iris');
    expect(msg.json).not.toHaveProperty('link_names');
    expect(msg.json).not.toHaveProperty('parse');
    expect(first.outputs).toMatchObject({
      checked: '1',
      triggered: '1',
      fired: '1',
      resolved: '0',
      firing: '1',
      'failed-deliveries': '0',
      'results-truncated': 'false',
    });
    const results = JSON.parse(first.outputs.results!) as Record<string, unknown>[];
    expect(results).toEqual([
      expect.objectContaining({
        alert: 'accuracy-regression',
        experiment: 'iris',
        run: '5001',
        metric: 'accuracy',
        value: 0.78,
        op: '<',
        threshold: 0.9,
        severity: 'warning',
        state: 'firing',
        previous_state: 'ok',
        event: 'fired',
        deliveries: [
          {
            channel: 'ml-alerts',
            ok: true,
            skipped: false,
            status: 200,
            attempts: 1,
            error: null,
            retryable: null,
            late: false,
          },
        ],
      }),
    ]);
    expect(first.summary).toContain(
      '| State | Alert | Experiment | Metric | Value | Condition | Run | Trend | Sent to |',
    );
    expect(first.summary).toMatch(
      /🔴 firing · fired \| accuracy-regression \| iris \| accuracy \| 0\.78 \| &lt; 0\.9 \|/,
    );
    const ledger = JSON.parse(readFileSync(path.join(ws, 'alerts-history.json'), 'utf8')) as {
      events: { kind: string; deliveries: { ok: boolean }[] }[];
    };
    expect(ledger.events.map((e) => [e.kind, e.deliveries[0]?.ok])).toEqual([['fired', true]]);

    // 2. The same workflow run again (a re-run): nothing new.
    const rerun = await step(0.78, '5001', '2');
    expect(rerun.code).toBe(0);
    expect(slack.received).toHaveLength(1);
    expect(rerun.outputs).toMatchObject({ fired: '0', firing: '1', resolved: '0' });

    // 3. A later run still below 0.9: already firing, nothing sent.
    const still = await step(0.8, '5002');
    expect(still.code).toBe(0);
    expect(slack.received).toHaveLength(1);
    expect(still.outputs).toMatchObject({ checked: '1', triggered: '1', fired: '0', firing: '1' });

    // 4. A later run at 0.95: one resolved message.
    const recovered = await step(0.95, '5003');
    expect(recovered.code).toBe(0);
    expect(slack.received).toHaveLength(2);
    const resolvedText = messageText(slack.received[1]!);
    expect(resolvedText).toContain('accuracy-regression* resolved');
    expect(resolvedText).toContain('`accuracy = 0.95` · back above 0.9 after 2 runs');
    expect(resolvedText).not.toContain('&lt; 0.9');
    expect(recovered.outputs).toMatchObject({ triggered: '0', fired: '0', resolved: '1', firing: '0' });

    // The webhook URL (a secret) is registered as a mask first, then appears in no log, output, summary or history.
    for (const r of [first, rerun, still, recovered]) {
      const lines = r.stdout.split('\n');
      const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'));
      expect(lines.slice(0, firstOther)).toContain(`::add-mask::${slack.url()}`);
      const log = r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      for (const s of [log, r.stderr, r.summary, JSON.stringify(r.outputs)]) expect(s).not.toContain('secret-token');
    }
    expect(readFileSync(path.join(ws, 'alerts-history.json'), 'utf8')).not.toContain('secret-token');
  });
});
