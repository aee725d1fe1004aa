import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/core/config/load.js';
import { seedRules } from '../../helpers/fixtures.js';
import { UserError } from '../../../src/core/diagnostics.js';
import type { SlackChannel } from '../../../src/core/types.js';

const SEED = seedRules();
const env = { SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/secret' };

function errorsOf(text: string, extra: Partial<Parameters<typeof loadConfig>[0]> = {}): string[] {
  try {
    loadConfig({ text, file: 'alerts.yml', env, ...extra });
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).message.split('\n');
  }
  throw new Error('expected the file to be refused');
}

describe('loadConfig', () => {
  it('loads the seed scenario with defaults applied', () => {
    const { config, warnings, secrets } = loadConfig({ text: SEED, file: 'alerts.yml', env });
    expect(warnings).toEqual([]);
    expect(secrets).toEqual([env.SLACK_WEBHOOK_URL, '/services/T/B/secret']);
    expect((config.channels.get('ml-alerts') as SlackChannel | undefined)?.url).toBe(env.SLACK_WEBHOOK_URL);
    expect(config.alerts[0]).toMatchObject({
      name: 'accuracy-regression',
      experiment: 'iris',
      metric: 'accuracy',
      op: '<',
      threshold: 0.9,
      severity: 'warning',
      enabled: true,
      channels: ['ml-alerts'],
      for: 1,
      repeat: { kind: 'never' },
      notifyResolved: true,
      onMissing: 'warn',
      reduce: 'last',
      labels: {},
    });
    expect(config.history).toEqual({ keepRuns: 100, keepEvents: 200 });
  });

  it('reports an unknown key with its position and a suggestion', () => {
    const errs = errorsOf(SEED.replace('    threshold: 0.9', '    treshold: 0.9'));
    expect(errs).toContain(
      'alerts.yml:11:5: unknown key "treshold" in alerts[0]; allowed: name, metric, op, threshold, status, stale, description, runbook, experiment, severity, enabled, channels, for, repeat, notify-resolved, recover-threshold, on-missing, reduce, change, message, labels. Did you mean "threshold"?',
    );
    expect(errs).toContain('alerts.yml:7:5: alerts[0].threshold is required but missing');
  });

  it('reports every error of the file at once, in order', () => {
    const text = `version: 2
channels:
  ml-alerts:
    type: slack
    url: http://example.com/hook
alerts:
  - name: a
    metric: acc
    op: "=<"
    threshold: .nan
    channels: [ml-alert]
    repeat: 3 hours
  - name: a
    metric: acc
    op: "<"
    threshold: 1
    severity: critcal
`;
    const errs = errorsOf(text);
    expect(errs).toEqual([
      'alerts.yml:1:10: version must be 1 (the only version), found 2',
      'alerts.yml:5:10: channel "ml-alerts": url must use https: (http: is accepted only for localhost, 127.0.0.0/8 and [::1])',
      'alerts.yml:9:9: alerts[0].op cannot be "=<"; allowed: <, >, <=, >=, ==, !=, =',
      'alerts.yml:10:16: alerts[0].threshold must be a finite number, found NaN',
      'alerts.yml:11:16: unknown channel "ml-alert"; defined channels: ml-alerts. Did you mean "ml-alerts"?',
      'alerts.yml:12:13: alerts[0].repeat cannot be "3 hours"; allowed: never, every-run, or a duration like 30m, 6h, 1d',
      'alerts.yml:13:11: duplicate alert name "a" (first used by alerts[0] on line 7); names must be unique',
      'alerts.yml:17:15: alerts[1].severity cannot be "critcal"; allowed: info, warning, critical. Did you mean "critical"?',
    ]);
  });

  it('reports schema errors, unknown channels, duplicate names and template errors in one pass', () => {
    const text = `version: 1
channels:
  ml-alerts: {type: slack, url: "\${SLACK_WEBHOOK_URL}"}
alerts:
  - name: loss
    metric: loss
    op: "<<"
    threshold: 1
    channels: [ml-alert]
    message: "{{metirc}} is high"
  - name: acc
    metric: acc
    op: "<"
    threshold: 0.9
  - name: loss
    metric: loss
    op: ">"
    threshold: 2
    message: "{{value}} in {{runn}}"
`;
    expect(errorsOf(text)).toEqual([
      'alerts.yml:7:9: alerts[0].op cannot be "<<"; allowed: <, >, <=, >=, ==, !=, =',
      'alerts.yml:9:16: unknown channel "ml-alert"; defined channels: ml-alerts. Did you mean "ml-alerts"?',
      'alerts.yml:10:14: message: unknown template variable {{metirc}}; allowed: alert, description, experiment, run, run_url, metric, value, op, threshold, baseline, change, sigma, severity, state, repository, sha, status, age, labels.KEY',
      'alerts.yml:15:11: duplicate alert name "loss" (first used by alerts[0] on line 5); names must be unique',
      'alerts.yml:19:14: message: unknown template variable {{runn}}; allowed: alert, description, experiment, run, run_url, metric, value, op, threshold, baseline, change, sigma, severity, state, repository, sha, status, age, labels.KEY',
    ]);
  });

  it('checks the defaults and every alert while another part of the file has schema errors', () => {
    const text = `version: 1
channels:
  ml-alerts: {type: slack, url: "\${SLACK_WEBHOOK_URL}"}
  broken: {type: slak, url: "\${X}"}
defaults:
  severity: loud
  channels: [ml-alerts, ml-alrets]
history: {keep-runs: 0}
alerts:
  - name: a
    metric: acc
    op: "<"
    description: \${SECRET}
  - {name: b, metric: acc, op: "<", threshold: 1, channels: [broken, nowhere], runbook: ftp://x}
`;
    expect(errorsOf(text)).toEqual([
      'alerts.yml:4:18: channels.broken.type cannot be "slak"; allowed: slack, discord, teams, email, webhook, desktop, pagerduty, github-issue, datadog, sentry. Did you mean "slack"?',
      'alerts.yml:6:13: defaults.severity cannot be "loud"; allowed: info, warning, critical',
      'alerts.yml:7:25: unknown channel "ml-alrets"; defined channels: ml-alerts, broken. Did you mean "ml-alerts"?',
      'alerts.yml:8:22: history.keep-runs must be at least 1, found 0',
      'alerts.yml:10:5: alerts[0].threshold is required but missing',
      'alerts.yml:13:18: ${...} is allowed only in channel fields (channels.NAME.url, token, password...); found it in alerts[0].description',
      'alerts.yml:14:70: unknown channel "nowhere"; defined channels: ml-alerts, broken',
      'alerts.yml:14:89: runbook must be an https: URL, found the scheme "ftp"',
    ]);
  });

  it('reports a field with a schema error once, and an invalid name takes no part in the duplicate check', () => {
    const text = `version: 1
alerts:
  - name: "bad name"
    metric: acc
    op: "<"
    threshold: \${LIMIT}
    channels: [1, nowhere]
    message: "{{nope}}${'x'.repeat(2000)}"
  - {name: "bad name", metric: acc, op: "<", threshold: 1}
  - {name: ok, metric: acc, op: "<", threshold: 1, repeat: 400d}
  - {name: ok, metric: acc, op: "<", threshold: 1, repeat: 400d}
`;
    const invalidName = (line: number, col: number, i: number) =>
      `alerts.yml:${line}:${col}: alerts[${i}].name "bad name" is not a valid name; allowed: letters, digits, ".", "_", "-", starting with a letter or digit, at most 64 characters (^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$)`;
    const tooLong =
      'repeat must be at most 365d (a year), found "400d"; allowed: never, every-run, or a duration like 30m, 6h, 1d';
    expect(errorsOf(text).map((e) => e.replace(/"\{\{nope\}\}x+\.\.\."$/, '"{{nope}}x..."'))).toEqual([
      invalidName(3, 11, 0),
      'alerts.yml:6:16: alerts[0].threshold must be a number, found "${LIMIT}"',
      'alerts.yml:7:16: alerts[0].channels[0] must be a string, found 1',
      'alerts.yml:7:19: unknown channel "nowhere"; defined channels: (none: add a channels: section or the slack-webhook-url input)',
      'alerts.yml:8:14: alerts[0].message must be at most 2000 characters long, found "{{nope}}x..."',
      invalidName(9, 12, 1),
      `alerts.yml:10:60: ${tooLong}`,
      'alerts.yml:11:12: duplicate alert name "ok" (first used by alerts[2] on line 10); names must be unique',
      `alerts.yml:11:60: ${tooLong}`,
    ]);
  });

  it('reports semantic errors: duplicates, unknown channels, URLs, templates, ${} outside channels', () => {
    const text = `version: 1
channels:
  ml-alerts:
    type: slack
    url: http://example.com/hook
    mentions: ["@here"]
alerts:
  - name: a
    metric: acc
    op: "<"
    threshold: 1
    channels: [ml-alert]
    message: "{{metric}} is {{constructor.constructor}}"
    description: \${SECRET}
  - name: a
    metric: acc
    op: "<"
    threshold: 1
    runbook: ftp://x
`;
    const errs = errorsOf(text);
    expect(errs).toEqual([
      'alerts.yml:5:10: channel "ml-alerts": url must use https: (http: is accepted only for localhost, 127.0.0.0/8 and [::1])',
      'alerts.yml:6:16: channel "ml-alerts": mention "@here" is not a Slack mention; allowed: "<@U012AB3CD>" (user), "<!subteam^S0123>" (user group), "<!here>", "<!channel>"',
      'alerts.yml:12:16: unknown channel "ml-alert"; defined channels: ml-alerts. Did you mean "ml-alerts"?',
      'alerts.yml:13:14: message: unknown template variable {{constructor.constructor}}; allowed: alert, description, experiment, run, run_url, metric, value, op, threshold, baseline, change, sigma, severity, state, repository, sha, status, age, labels.KEY',
      'alerts.yml:14:18: ${...} is allowed only in channel fields (channels.NAME.url, token, password...); found it in alerts[0].description',
      'alerts.yml:15:11: duplicate alert name "a" (first used by alerts[0] on line 8); names must be unique',
      'alerts.yml:19:14: runbook must be an https: URL, found the scheme "ftp"',
    ]);
  });

  it('reports a bad slack-webhook-url input together with the errors of the file', () => {
    const text = SEED.replace('    channels: [ml-alerts]', '    channels: [ml-alerts, nowhere]');
    expect(errorsOf(text, { defaultWebhookUrl: 'ftp://hooks.example.com/x' })).toEqual([
      'slack-webhook-url: the slack-webhook-url input must be an https: URL, found the scheme "ftp"',
      'alerts.yml:12:27: unknown channel "nowhere"; defined channels: ml-alerts',
    ]);
  });

  it('refuses duplicate YAML keys, tabs and alias bombs with positions', () => {
    expect(errorsOf('version: 1\nversion: 1\nalerts: []\n')).toEqual([
      'alerts.yml:2:1: duplicate key "version": each key may appear once in a mapping',
    ]);
    expect(errorsOf('version: 1\nalerts:\n\t- name: a\n')[0]).toMatch(/^alerts\.yml:3:1: .*tab/i);
    const bomb = ['version: 1', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
      );
    bomb.push('alerts: []');
    expect(errorsOf(bomb.join('\n'))[0]).toMatch(/alias/i);
  });

  it('shows the first 5 YAML syntax errors and counts the echoes after them', () => {
    const errs = errorsOf(
      'version: 1\nchannels:\n  c: {type: slack, url: ${URL}}\nalerts:\n  - {name: a, metric: m, op: "<", threshold: 1}\n',
    );
    expect(errs).toHaveLength(6);
    expect(errs[0]).toMatch(/^alerts\.yml:3:\d+: /);
    expect(errs[5]).toMatch(
      /^alerts\.yml: and \d+ more YAML syntax errors after these, most likely caused by the first$/,
    );
  });

  it('refuses an empty file and a file that is not a mapping', () => {
    expect(errorsOf('')).toEqual([
      'alerts.yml:1:1: the file is empty; expected a mapping with "version: 1" and "alerts:"',
    ]);
    expect(errorsOf('- a\n- b\n')).toEqual(['alerts.yml:1:1: (top level) must be a mapping, found a list']);
  });

  it('keeps a channel whose variable is unset as unconfigured, with a warning', () => {
    const { config, warnings, secrets } = loadConfig({ text: SEED, file: 'alerts.yml', env: {} });
    expect((config.channels.get('ml-alerts') as SlackChannel | undefined)?.url).toBeUndefined();
    expect(secrets).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([
      'channel "ml-alerts" is not configured (${SLACK_WEBHOOK_URL} is unset or empty); its messages are skipped',
    ]);
  });

  it('never echoes a URL read from the environment in an error', () => {
    const errs = errorsOf(SEED, { env: { SLACK_WEBHOOK_URL: 'http://hooks.example.com/secret-token' } });
    expect(errs.join('\n')).not.toContain('secret-token');
    expect(errs[0]).toBe(
      'alerts.yml:5:10: channel "ml-alerts": the url read from ${SLACK_WEBHOOK_URL} must use https: (http: is accepted only for localhost, 127.0.0.0/8 and [::1])',
    );
  });

  it('warns on a literal webhook URL and accepts loopback http', () => {
    const text = SEED.replace('${SLACK_WEBHOOK_URL}', 'http://127.0.0.1:9/hook');
    const { config, warnings, secrets } = loadConfig({ text, file: 'alerts.yml', env: {} });
    expect((config.channels.get('ml-alerts') as SlackChannel | undefined)?.url).toBe('http://127.0.0.1:9/hook');
    expect(secrets).toEqual(['http://127.0.0.1:9/hook']);
    expect(warnings[0]?.message).toMatch(/repository now holds a secret/);
    expect(warnings[0]?.message).not.toContain('127.0.0.1');
  });

  it('applies defaults, the default channel and change defaults', () => {
    const text = `version: 1
defaults:
  severity: critical
  repeat: 6h
  labels: { team: vision }
alerts:
  - name: loss-nan
    metric: loss
    op: ">"
    threshold: 10
    change: { from: mean }
  - name: acc
    metric: eval.accuracy
    op: "="
    threshold: 1
    severity: info
    labels: { owner: me }
`;
    const { config } = loadConfig({ text, file: 'a.yml', env: {}, defaultWebhookUrl: 'https://hooks.slack.com/x' });
    expect(config.alerts[0]).toMatchObject({
      severity: 'critical',
      channels: ['default'],
      repeat: { kind: 'interval', ms: 21_600_000 },
      change: { from: 'mean', window: 10, unit: 'absolute' },
      labels: { team: 'vision' },
    });
    expect(config.alerts[1]).toMatchObject({ op: '==', severity: 'info', labels: { team: 'vision', owner: 'me' } });
  });
});

describe('change.unit: sigma', () => {
  const file = (change: string) =>
    `version: 1\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: -3\n    change: ${change}\n`;

  it('loads with from: mean (window 10 unless given)', () => {
    const { config } = loadConfig({ text: file('{ from: mean, unit: sigma }'), file: 'alerts.yml', env });
    expect(config.alerts[0]!.change).toEqual({ from: 'mean', window: 10, unit: 'sigma' });
  });

  it('refuses any other from, at its position, saying what is allowed', () => {
    expect(errorsOf(file('{ from: median, unit: sigma }'))).toEqual([
      'alerts.yml:7:21: change.from must be mean with unit: sigma (the deviation is measured from the mean of the window), found "median"; allowed: mean, or unit absolute or percent with "median"',
    ]);
  });

  it('refuses a window under 3 (a standard deviation needs 3 earlier runs): the rule could never evaluate', () => {
    expect(errorsOf(file('{ from: mean, window: 2, unit: sigma }'))).toEqual([
      'alerts.yml:7:35: change.window must be at least 3 with unit: sigma (a standard deviation needs 3 earlier runs), found 2; allowed: 3 to 1000 (default 10)',
    ]);
  });

  it('is checked in defaults too', () => {
    const text = `version: 1\ndefaults:\n  change: { from: previous, unit: sigma }\nalerts:\n  - name: a\n    metric: m\n    op: "<"\n    threshold: 1\n`;
    expect(errorsOf(text)[0]).toMatch(/^alerts\.yml:3:\d+: change\.from must be mean with unit: sigma/);
  });
});
