// SPEC §5 Secrets: a webhook URL is a secret, and so is its path: a receiver that echoes only the path (or only the
// last segment) in its error body must not put it in a warning, the summary, the results or the history.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileHistory } from '../../../src/adapters/history-file.js';
import { deliverAll } from '../../../src/channels/pipeline.js';
import { runCheck, type CheckIO } from '../../../src/app/check.js';
import { Redactor } from '../../../src/app/redactor.js';
import { loadConfig } from '../../../src/core/config/load.js';
import { urlSecrets } from '../../../src/core/config/rules.js';
import { seedRules } from '../../helpers/fixtures.js';
import { tempDir } from '../../helpers/run-action.js';
import { startSlack, type SlackStandIn } from '../../helpers/slack-server.js';

describe('urlSecrets', () => {
  it('gives the URL, its path with and without the query, its last segment and its user-info', () => {
    expect(urlSecrets('https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX')).toEqual([
      'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX',
      '/services/T000/B000/XXXXXXXXXXXX',
      'XXXXXXXXXXXX',
    ]);
    expect(urlSecrets('https://bot:hunter2hunter2@example.com/api/hook/tok%20en12345?sig=abcdef')).toEqual([
      'https://bot:hunter2hunter2@example.com/api/hook/tok%20en12345?sig=abcdef',
      '/api/hook/tok%20en12345?sig=abcdef',
      '/api/hook/tok%20en12345',
      'tok%20en12345',
      'tok en12345',
      'bot:hunter2hunter2',
      'hunter2hunter2',
    ]);
  });

  it('leaves parts shorter than 8 characters to the whole URL, so "/" or "api" is not masked everywhere', () => {
    expect(urlSecrets('https://example.com/')).toEqual(['https://example.com/']);
    expect(urlSecrets('https://example.com/api')).toEqual(['https://example.com/api']);
    expect(urlSecrets('https://example.com/v1/api')).toEqual(['https://example.com/v1/api']);
    expect(urlSecrets('not a url')).toEqual(['not a url']);
  });

  it('is what loadConfig registers for every channel URL and the slack-webhook-url input', () => {
    const { secrets } = loadConfig({
      text: seedRules(),
      file: 'alerts.yml',
      env: { SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T1/B1/channel-secret' },
      defaultWebhookUrl: 'https://hooks.slack.com/services/T2/B2/input-secret',
    });
    expect(secrets).toEqual([
      'https://hooks.slack.com/services/T1/B1/channel-secret',
      '/services/T1/B1/channel-secret',
      'channel-secret',
      'https://hooks.slack.com/services/T2/B2/input-secret',
      '/services/T2/B2/input-secret',
      'input-secret',
    ]);
  });
});

describe('Redactor', () => {
  it('replaces the longest secret first, so no part of a URL is left beside the mask', () => {
    const r = new Redactor();
    r.add('XXXXXXXXXXXX');
    r.add('/services/T000/B000/XXXXXXXXXXXX');
    r.add('https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX');
    expect(r.apply('posted to https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX')).toBe('posted to ***');
    expect(r.apply('no route for /services/T000/B000/XXXXXXXXXXXX')).toBe('no route for ***');
    expect(r.apply('token XXXXXXXXXXXX revoked')).toBe('token *** revoked');
  });
});

describe('a delivery error that echoes the path', () => {
  let slack: SlackStandIn;
  beforeAll(async () => {
    slack = await startSlack();
  });
  afterAll(() => slack.close());

  it('is redacted in the warning, the summary, the results and the history', async () => {
    const hookPath = '/services/T000/B000/echoed-path-secret';
    slack.answer(hookPath, {
      status: 400,
      body: `invalid_token: no webhook at ${hookPath} (token echoed-path-secret)`,
    });
    const ws = tempDir();
    const logged: string[] = [];
    const log = (m: string) => logged.push(m);
    const io: CheckIO = {
      readConfig: async () => ({ file: 'alerts.yml', text: seedRules() }),
      readMetrics: async () => [{ file: 'm.json', text: '{"accuracy": 0.5}' }],
      mask: () => undefined,
      deliver: (jobs) => deliverAll(jobs),
      log: { info: log, notice: log, warning: log, error: log, debug: log },
    };
    const store = fileHistory('alerts-history.json', ws);
    const outcome = await runCheck(io, {
      env: { SLACK_WEBHOOK_URL: slack.url(hookPath) },
      identity: { experiment: 'iris', runId: '1' },
      history: async () => store,
      historyWrite: true,
      dryRun: false,
      failOn: 'never',
      ctx: { serverUrl: 'https://github.com' },
      now: Date.now(),
    });
    // The receiver did echo the path: the test is about what happens to it.
    expect(slack.received.map((m) => m.path)).toEqual([hookPath]);
    expect(outcome.counts.failedDeliveries).toBe(1);
    const warning = logged.find((l) => l.startsWith('delivery to channel ml-alerts failed'));
    expect(warning).toBe(
      'delivery to channel ml-alerts failed: invalid_token: no webhook at *** (token ***) (1 attempt); the answer is final, so it is not sent again: fix the channel',
    );
    const history = readFileSync(path.join(ws, 'alerts-history.json'), 'utf8');
    expect(history).toContain('invalid_token: no webhook at *** (token ***)');
    for (const text of [logged.join('\n'), outcome.summary, outcome.results, history]) {
      expect(text).not.toContain('echoed-path-secret');
      expect(text).not.toContain('/services/T000/B000');
    }
  });
});
