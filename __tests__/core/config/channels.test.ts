// Channels of every type in alerts.yml (SPEC §2, §5): fields per type, ${NAME}, unconfigured channels, secrets.
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/core/config/load.js';
import { UserError } from '../../../src/core/diagnostics.js';

const ALERT = 'alerts:\n  - {name: a, metric: m, op: "<", threshold: 1}\n';

function load(channels: string, env: Record<string, string> = {}) {
  const loaded = loadConfig({ text: `version: 1\nchannels:\n${channels}\n${ALERT}`, file: 'alerts.yml', env });
  // The alert names no channel: that warning is not what these tests are about.
  return { ...loaded, warnings: loaded.warnings.filter((w) => !w.message.includes('has no channels')) };
}

function errorsOf(channels: string, env: Record<string, string> = {}): string[] {
  try {
    load(channels, env);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).message.split('\n');
  }
  throw new Error('expected the file to be refused');
}

const ALL = `  s: {type: slack, token: "\${SLACK_TOKEN}", channel: C0123ABC, api-url: "http://127.0.0.1:9/api"}
  d: {type: discord, url: "\${DISCORD_URL}", mentions: ["<@123456789012345678>", "<@&223456789012345678>"]}
  t: {type: teams, url: "\${TEAMS_URL}"}
  e: {type: email, smtp: "\${SMTP_URL}", from: alerts@example.com, to: [a@example.com, "\${ONCALL}"], username: bot, password: "\${SMTP_PASSWORD}"}
  w: {type: webhook, url: "\${RECEIVER}", secret: "\${RECEIVER_SECRET}"}
  x: {type: desktop}`;

const ENV = {
  SLACK_TOKEN: 'xoxb-1234-5678-abcdefgh',
  DISCORD_URL: 'https://discord.com/api/webhooks/1/discord-token-abc',
  TEAMS_URL: 'https://prod.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=teams-signature',
  SMTP_URL: 'smtp+starttls://mailer:smtp-url-password@smtp.example.com:587',
  ONCALL: 'oncall@example.com',
  SMTP_PASSWORD: 'hunter2-smtp-password',
  RECEIVER: 'https://receiver.example.com/hooks/receiver-path-secret',
  RECEIVER_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
};

describe('channels of every type', () => {
  it('loads each type with its fields read from the environment', () => {
    const { config, warnings } = load(ALL, ENV);
    expect(warnings).toEqual([]);
    expect(config.channels.get('s')).toEqual({
      name: 's',
      type: 'slack',
      token: ENV.SLACK_TOKEN,
      channel: 'C0123ABC',
      apiUrl: 'http://127.0.0.1:9/api',
      mentions: [],
    });
    expect(config.channels.get('d')).toMatchObject({ type: 'discord', url: ENV.DISCORD_URL });
    expect(config.channels.get('t')).toEqual({ name: 't', type: 'teams', url: ENV.TEAMS_URL });
    expect(config.channels.get('e')).toEqual({
      name: 'e',
      type: 'email',
      smtp: ENV.SMTP_URL,
      from: 'alerts@example.com',
      to: ['a@example.com', 'oncall@example.com'],
      username: 'bot',
      password: ENV.SMTP_PASSWORD,
    });
    expect(config.channels.get('w')).toEqual({
      name: 'w',
      type: 'webhook',
      url: ENV.RECEIVER,
      secret: ENV.RECEIVER_SECRET,
    });
    expect(config.channels.get('x')).toEqual({ name: 'x', type: 'desktop' });
  });

  it('collects every secret for masking: tokens, passwords, signing secrets, URLs and their parts', () => {
    const { secrets } = load(ALL, ENV);
    for (const s of [
      ENV.SLACK_TOKEN,
      ENV.DISCORD_URL,
      ENV.TEAMS_URL,
      'teams-signature', // a Workflows URL's credential is its sig query value
      ENV.SMTP_URL,
      'smtp-url-password',
      ENV.SMTP_PASSWORD,
      ENV.RECEIVER,
      '/hooks/receiver-path-secret',
      ENV.RECEIVER_SECRET,
    ])
      expect(secrets).toContain(s);
    // Addresses and channel ids are not secrets.
    expect(secrets).not.toContain('oncall@example.com');
    expect(secrets).not.toContain('C0123ABC');
  });

  it('leaves a channel unconfigured when a variable it needs is unset, naming the variables', () => {
    const { config, warnings } = load(ALL, { ...ENV, SMTP_PASSWORD: '', ONCALL: '', RECEIVER_SECRET: '' });
    expect(config.channels.get('e')?.unconfiguredReason).toBe('${ONCALL}, ${SMTP_PASSWORD} is unset or empty');
    expect(config.channels.get('w')?.unconfiguredReason).toBe('${RECEIVER_SECRET} is unset or empty');
    expect(config.channels.get('t')?.unconfiguredReason).toBeUndefined();
    expect(warnings.map((w) => w.message)).toEqual([
      'channel "e" is not configured (${ONCALL}, ${SMTP_PASSWORD} is unset or empty); its messages are skipped',
      'channel "w" is not configured (${RECEIVER_SECRET} is unset or empty); its messages are skipped',
    ]);
  });

  it('warns when a secret is written in the file, without echoing it', () => {
    const { warnings } = load('  w: {type: webhook, url: "https://r.example.com/x", secret: literal-signing-secret}');
    expect(warnings.map((w) => `${w.line}:${w.col}: ${w.message}`)).toEqual([
      '3:27: channel "w": url is written in the file, so the repository now holds a secret; use url: ${W_URL} and a repository secret',
      '3:62: channel "w": secret is written in the file, so the repository now holds a secret; use secret: ${W_SECRET} and a repository secret',
    ]);
  });

  it('checks each field for its kind, with positions and without echoing what came from the environment', () => {
    expect(
      errorsOf(
        `  e: {type: email, smtp: "\${SMTP}", from: not-an-address, to: [a@example.com]}
  d: {type: discord, url: "https://discord.com/api/webhooks/1/x", mentions: ["@everyone"]}
  t: {type: teams, url: "http://teams.example.com/hook"}`,
        { SMTP: 'https://smtp.example.com' },
      ),
    ).toEqual([
      'alerts.yml:3:26: channel "e": the smtp read from ${SMTP} must be an smtp://, smtp+starttls:// or smtps:// URL, found the scheme "https"',
      'alerts.yml:3:43: channel "e": from "not-an-address" is not an email address; allowed: name@example.com',
      'alerts.yml:4:78: channel "d": mention "@everyone" is not a Discord mention; allowed: "<@123456789012345678>" (user), "<@&123456789012345678>" (role)',
      'alerts.yml:5:25: channel "t": url must use https: (http: is accepted only for localhost, 127.0.0.0/8 and [::1])',
    ]);
  });

  it('names the keys of the channel\'s own type, with "did you mean"', () => {
    expect(errorsOf('  e: {type: email, smtp: "smtp://h", from: a@b.co, to: [c@d.co], pasword: x}')).toEqual([
      'alerts.yml:3:66: unknown key "pasword" in channels.e; allowed: type, smtp, from, to, username, password. Did you mean "password"?',
    ]);
    expect(errorsOf('  d: {url: "https://discord.com/api/webhooks/1/x"}')[0]).toBe(
      'alerts.yml:3:6: channels.d.type is required but missing; allowed: slack, discord, teams, email, webhook, desktop, pagerduty, github-issue, datadog, sentry',
    );
  });

  it('a slack channel is an incoming webhook or the Web API, not both, and the Web API needs a channel', () => {
    expect(errorsOf('  s: {type: slack, url: "https://hooks.slack.com/x", token: "${T}"}')).toEqual([
      'alerts.yml:3:61: channel "s": set url (an incoming webhook) or token + channel (the Web API), not both',
    ]);
    expect(errorsOf('  s: {type: slack, token: "${T}"}')).toEqual([
      'alerts.yml:3:3: channel "s": token needs channel (the channel id, e.g. C0123ABC, or #name)',
    ]);
    expect(errorsOf('  s: {type: slack}')).toEqual([
      'alerts.yml:3:3: channel "s": a slack channel needs url (an incoming webhook) or token + channel (the Web API)',
    ]);
  });

  it('incident and GitHub types: PagerDuty, github-issue, Datadog, Sentry', () => {
    const { config, secrets } = load(
      `  p: {type: pagerduty, routing-key: "\${PD_KEY}"}
  g: {type: github-issue, labels: [ml-alert, "team: vision"], assignees: [octocat]}
  d: {type: datadog, api-key: "\${DD_KEY}", site: datadoghq.eu}
  s: {type: sentry, dsn: "\${SENTRY_DSN}"}`,
      {
        PD_KEY: 'R0UTINGKEY0123456789',
        DD_KEY: 'dd-api-key-0123456789',
        SENTRY_DSN: 'https://publickey0123@o1.ingest.sentry.io/42',
      },
    );
    expect(config.channels.get('p')).toEqual({
      name: 'p',
      type: 'pagerduty',
      routingKey: 'R0UTINGKEY0123456789',
      url: 'https://events.pagerduty.com/v2/enqueue',
    });
    expect(config.channels.get('g')).toEqual({
      name: 'g',
      type: 'github-issue',
      labels: ['ml-alert', 'team: vision'],
      assignees: ['octocat'],
    });
    expect(config.channels.get('d')).toEqual({
      name: 'd',
      type: 'datadog',
      apiKey: 'dd-api-key-0123456789',
      site: 'datadoghq.eu',
    });
    expect(config.channels.get('s')).toEqual({
      name: 's',
      type: 'sentry',
      dsn: 'https://publickey0123@o1.ingest.sentry.io/42',
    });
    for (const secret of ['R0UTINGKEY0123456789', 'dd-api-key-0123456789', 'publickey0123'])
      expect(secrets).toContain(secret);
    expect(
      errorsOf(
        `  d: {type: datadog, api-key: x, site: datadog.com}
  g: {type: github-issue, repository: not-a-repo}`,
      ),
    ).toEqual([
      'alerts.yml:3:40: channel "d": site "datadog.com" is not a Datadog site; allowed: datadoghq.com, us3.datadoghq.com, us5.datadoghq.com, datadoghq.eu, ap1.datadoghq.com, ap2.datadoghq.com, ddog-gov.com, us2.ddog-gov.com',
      'alerts.yml:4:39: channel "g": repository "not-a-repo" is not a repository; allowed: owner/name',
    ]);
  });

  it("github-issue: labels within GitHub's 50 characters, assignees GitHub logins, at most 10", () => {
    const long = 'x'.repeat(51);
    const eleven = Array.from({ length: 11 }, (_, i) => `u${i}`).join(', ');
    expect(
      errorsOf(
        `  g: {type: github-issue, labels: [ok, ${long}], assignees: [alice, -bob, "a b", ${'y'.repeat(40)}]}
  h: {type: github-issue, assignees: [${eleven}]}`,
      ),
    ).toEqual([
      `alerts.yml:3:40: channel "g": label "${long}" has 51 characters; GitHub allows at most 50 in a label`,
      'alerts.yml:3:113: channel "g": assignee "-bob" is not a GitHub login; allowed: letters, digits and hyphens, 1 to 39 characters, not starting with a hyphen',
      'alerts.yml:3:119: channel "g": assignee "a b" is not a GitHub login; allowed: letters, digits and hyphens, 1 to 39 characters, not starting with a hyphen',
      `alerts.yml:3:126: channel "g": assignee "${'y'.repeat(40)}" is not a GitHub login; allowed: letters, digits and hyphens, 1 to 39 characters, not starting with a hyphen`,
      'alerts.yml:4:79: channel "h": 11 assignees; GitHub assigns at most 10 to an issue',
    ]);
    const ok = load(`  g: {type: github-issue, labels: ["${'z'.repeat(50)}"], assignees: [a-b, Octo-Cat9]}`);
    expect(ok.config.channels.get('g')).toMatchObject({ assignees: ['a-b', 'Octo-Cat9'] });
  });
});
