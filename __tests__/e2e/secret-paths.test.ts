// SPEC §5 Secrets, through dist/index.js: Slack answers 400 with the webhook's path in its body. The path and its last
// segment are registered with the runner's mask and appear nowhere a user or a script can read.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedRules } from '../helpers/fixtures.js';
import { runAction, tempDir, writeFiles } from '../helpers/run-action.js';
import { slackForSuite } from '../helpers/slack-server.js';

const slack = slackForSuite();

describe('a receiver that echoes only the path of the webhook URL', () => {
  it('never shows the path or its last segment in the log, outputs, summary or history', async () => {
    const hookPath = '/services/T0SECRET/B0SECRET/path-only-secret';
    const echo = `invalid_payload: no hook at ${hookPath}; check path-only-secret`;
    slack.server.answer(hookPath, { status: 400, body: echo });
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': seedRules(), 'm.json': '{"accuracy": 0.5}' });
    const r = await runAction({
      workspace: ws,
      inputs: { metrics: 'm.json', experiment: 'iris', history: 'file' },
      env: { SLACK_WEBHOOK_URL: slack.server.url(hookPath) },
    });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(slack.server.received.map((m) => m.path)).toEqual([hookPath]);
    // The runner is told to mask the whole URL, its path and its last segment before anything else is logged.
    const lines = r.stdout.split('\n');
    const masks = lines.slice(
      0,
      lines.findIndex((l) => !l.startsWith('::add-mask::')),
    );
    expect(masks).toEqual(
      expect.arrayContaining([
        `::add-mask::${slack.server.url(hookPath)}`,
        `::add-mask::${hookPath}`,
        '::add-mask::path-only-secret',
      ]),
    );
    expect(r.outputs['failed-deliveries']).toBe('1');
    expect(r.stdout).toContain(
      '::warning::delivery to channel ml-alerts failed: invalid_payload: no hook at ***; check *** (1 attempt)',
    );
    const logged = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const history = readFileSync(path.join(ws, 'alerts-history.json'), 'utf8');
    expect(history).toContain('no hook at ***; check ***');
    for (const text of [logged, JSON.stringify(r.outputs), r.summary, history]) {
      expect(text).not.toContain('path-only-secret');
      expect(text).not.toContain('T0SECRET');
    }
  });
});
