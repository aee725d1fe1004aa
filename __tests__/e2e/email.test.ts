// The email channel through dist/index.js, as a runner runs it, against a real SMTP server on loopback (smtp-server
// with STARTTLS on a self-signed certificate the step trusts through NODE_EXTRA_CA_CERTS, and AUTH): fire, a re-run
// sends nothing, resolve in the thread of the mail that fired; 4xx retried, 5xx final and not re-sent by the next
// run; hostile names escaped; 200 firing alerts in one mail; the password nowhere.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startEmailServer, type EmailStandIn } from '../helpers/email-server.js';
import { seedRules } from '../helpers/fixtures.js';
import { selfSignedCertificate } from '../helpers/git-repo.js';
import { runAction, tempDir, writeFiles, type ActionRun } from '../helpers/run-action.js';
import { startSlack } from '../helpers/slack-server.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const USER = 'alerts@example.com';
const PASSWORD = 'Sm7p-pa55:w/rd@x';
const cert = selfSignedCertificate();

const RULES = (extra = '') => `version: 1
channels:
  ml-mail:
    type: email
    smtp: \${SMTP_URL}
    from: alerts@example.com
    to: [ml-team@example.com]
    username: \${SMTP_USERNAME}
    password: \${SMTP_PASSWORD}
alerts:
  - name: accuracy-regression
    metric: accuracy
    op: "<"
    threshold: 0.9
    severity: critical
    channels: [ml-mail]
${extra}`;

let smtp: EmailStandIn;
beforeAll(async () => {
  smtp = await startEmailServer({ cert, auth: { user: USER, pass: PASSWORD } });
});
afterAll(() => smtp.close());

function workspace(rules = RULES()): string {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': rules });
  return ws;
}

/** One check of `metrics` (the file's text) as run `runId`, with history in the workspace. */
function check(ws: string, runId: string, metrics: string, env: Record<string, string> = {}): Promise<ActionRun> {
  writeFiles(ws, { 'out/metrics.json': metrics });
  return runAction({
    workspace: ws,
    runId,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file' },
    env: {
      SMTP_URL: smtp.url('smtp+starttls'),
      SMTP_USERNAME: USER,
      SMTP_PASSWORD: PASSWORD,
      NODE_EXTRA_CA_CERTS: cert.caFile,
      ...env,
    },
  });
}

interface Delivery {
  channel: string;
  ok: boolean;
  status?: number;
  attempts: number;
  error?: string;
  retryable?: boolean;
  late?: boolean;
}
const deliveries = (r: ActionRun) =>
  (JSON.parse(r.outputs.results!) as { alert: string; event: string | null; deliveries: Delivery[] }[]).flatMap(
    (x) => x.deliveries,
  );

function noSecrets(r: ActionRun, ws: string): void {
  const history = readFileSync(path.join(ws, 'alerts-history.json'), 'utf8');
  for (const text of [
    r.stdout.replace(/^::add-mask::.*$/gm, ''),
    r.stderr,
    r.summary,
    JSON.stringify(r.outputs),
    history,
  ])
    expect(text).not.toContain(PASSWORD);
}

describe('email through dist', () => {
  it('fires one mail, a re-run sends nothing, a recovery sends one resolved mail in the thread of the first', async () => {
    const ws = workspace();
    const start = smtp.received.length;
    const fired = await check(ws, '1000', '{"accuracy": 0.78}');
    expect(fired.stderr).toBe('');
    expect(fired.code).toBe(0);
    expect(fired.outputs).toMatchObject({ fired: '1', 'failed-deliveries': '0' });
    expect(smtp.received).toHaveLength(start + 1);
    const first = smtp.received[start]!;
    expect(first).toMatchObject({ secure: true, user: USER, to: ['ml-team@example.com'] });
    expect(first.subject).toBe('metric-alerts: 1 firing (critical) · acme/vision');
    expect(first.text).toContain('[CRITICAL] accuracy-regression is firing');
    expect(first.text).toContain('accuracy = 0.78 · condition < 0.9');
    expect(first.html).toContain('<strong>accuracy-regression</strong> is firing');
    expect(deliveries(fired)).toEqual([
      expect.objectContaining({ channel: 'ml-mail', ok: true, status: 250, attempts: 1 }),
    ]);
    noSecrets(fired, ws);

    const rerun = await check(ws, '1000', '{"accuracy": 0.78}');
    expect(rerun.code).toBe(0);
    expect(smtp.received).toHaveLength(start + 1);

    const resolved = await check(ws, '1001', '{"accuracy": 0.95}');
    expect(resolved.outputs).toMatchObject({ resolved: '1' });
    expect(smtp.received).toHaveLength(start + 2);
    const second = smtp.received[start + 1]!;
    expect(second.subject).toBe('metric-alerts: 1 resolved (critical) · acme/vision');
    expect(second.text).toContain('accuracy = 0.95 · back above 0.9 after 1 run');
    expect(second.headers.get('in-reply-to')).toBe(first.headers.get('message-id'));
  });

  it('a 4xx reply is retried within the run', async () => {
    const ws = workspace();
    const start = smtp.received.length;
    smtp.answer('rcpt', { code: 451, text: '4.7.1 Greylisted, try again later' });
    const r = await check(ws, '1000', '{"accuracy": 0.78}');
    expect(smtp.received).toHaveLength(start + 1);
    expect(deliveries(r)).toEqual([expect.objectContaining({ ok: true, status: 250, attempts: 2 })]);
  });

  it('a 421 that lasts fails the delivery as retryable; the next run sends it late', async () => {
    const ws = workspace();
    const start = smtp.received.length;
    const busy = { code: 421, text: '4.3.2 Service not available' };
    smtp.answer('connect', busy, busy, busy, busy);
    const r = await check(ws, '1000', '{"accuracy": 0.78}');
    expect(smtp.received).toHaveLength(start);
    expect(r.outputs['failed-deliveries']).toBe('1');
    expect(deliveries(r)).toEqual([expect.objectContaining({ ok: false, status: 421, attempts: 4, retryable: true })]);
    const next = await check(ws, '1001', '{"accuracy": 0.78}');
    expect(smtp.received).toHaveLength(start + 1);
    expect(smtp.received[start]!.text).toContain('Sent late: its first delivery failed');
    expect(next.outputs['failed-deliveries']).toBe('0');
  });

  it('a 550 is final: reported, not retried, not sent again by the next run', async () => {
    const ws = workspace();
    const start = smtp.received.length;
    smtp.answer('rcpt', { code: 550, text: '5.1.1 Mailbox unavailable' });
    const r = await check(ws, '1000', '{"accuracy": 0.78}');
    expect(deliveries(r)).toEqual([expect.objectContaining({ ok: false, status: 550, attempts: 1, retryable: false })]);
    expect(r.stdout).toContain('SMTP 550 5.1.1 Mailbox unavailable');
    await check(ws, '1001', '{"accuracy": 0.78}');
    expect(smtp.received).toHaveLength(start);
  });

  it('a wrong password is final, and neither password shows anywhere', async () => {
    const ws = workspace();
    const wrong = 'Wr0ng-pa55-Zq9';
    const r = await check(ws, '1000', '{"accuracy": 0.78}', { SMTP_PASSWORD: wrong });
    expect(deliveries(r)).toEqual([expect.objectContaining({ ok: false, status: 535, retryable: false })]);
    for (const text of [r.stdout.replace(/^::add-mask::.*$/gm, ''), r.summary, JSON.stringify(r.outputs)])
      expect(text).not.toContain(wrong);
    expect(r.stdout).toContain(`::add-mask::${wrong}`);
    noSecrets(r, ws);
  });

  it('hostile names are escaped: no markup, no header, no bidi', async () => {
    const ws = workspace();
    const start = smtp.received.length;
    const runs = [
      {
        experiment: '<script>alert(1)</script>',
        run_id: '<a href="https://evil.example/">x</a>',
        metrics: { accuracy: 0.1 },
      },
      { experiment: 'iris\r\nBcc: victim@example.com', run_id: 'r\u202E1', metrics: { accuracy: 0.2 } },
      { experiment: '::warning::forged', run_id: '##[error]r', metrics: { accuracy: 0.3 } },
    ];
    const r = await check(ws, '1000', runs.map((x) => JSON.stringify(x)).join('\n'));
    expect(r.code).toBe(0);
    expect(smtp.received).toHaveLength(start + 1);
    const m = smtp.received[start]!;
    expect(m.to).toEqual(['ml-team@example.com']);
    expect(m.headers.has('bcc')).toBe(false);
    expect(m.subject).toBe('metric-alerts: 3 firing (critical) · acme/vision');
    expect(m.html).not.toMatch(/<script|<a href="https:\/\/evil/);
    expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(m.text).toContain('Experiment: iris Bcc: victim@example.com');
    expect(m.raw).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('test-channels sends one "wired up" mail and records nothing', async () => {
    const ws = workspace();
    const start = smtp.received.length;
    const r = await runAction({
      workspace: ws,
      inputs: { 'test-channels': 'true' },
      env: {
        SMTP_URL: smtp.url('smtp'),
        SMTP_USERNAME: USER,
        SMTP_PASSWORD: PASSWORD,
        NODE_EXTRA_CA_CERTS: cert.caFile,
      },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('channel ml-mail: wired up');
    expect(smtp.received).toHaveLength(start + 1);
    const m = smtp.received[start]!;
    expect(m).toMatchObject({ secure: true, user: USER, subject: 'metric-alerts is wired up (info) · acme/vision' });
    expect(m.text).toContain('Channel ml-mail of acme/vision will receive alerts.');
    expect(m.html).toContain('Channel ml-mail of acme/vision will receive alerts.');
    expect(existsSync(path.join(ws, 'alerts-history.json'))).toBe(false);
  });

  it('200 firing alerts: one mail, every one shown, within the limits', async () => {
    const ws = workspace();
    const start = smtp.received.length;
    const runs = Array.from({ length: 200 }, (_, i) =>
      JSON.stringify({ experiment: `exp-${i}`, run_id: 'r1', metrics: { accuracy: 0.5 } }),
    );
    const r = await check(ws, '1000', runs.join('\n'));
    expect(r.outputs.fired).toBe('200');
    expect(smtp.received).toHaveLength(start + 1);
    const m = smtp.received[start]!;
    expect(m.subject).toBe('metric-alerts: 200 firing (critical) · acme/vision');
    expect(m.text.match(/^\[CRITICAL\] accuracy-regression is firing$/gm)).toHaveLength(200);
    expect(Buffer.byteLength(m.raw)).toBeLessThan(2 * 1024 * 1024);
  });

  it('a run with no email channel never loads nodemailer (its chunks removed from a copy of dist)', async () => {
    const copy = tempDir('dist-');
    cpSync(path.join(ROOT, 'dist'), copy, { recursive: true });
    const emailChunks = readdirSync(copy).filter(
      (f) => /^\d+\.index\.js$/.test(f) && readFileSync(path.join(copy, f), 'utf8').includes('createTransport'),
    );
    expect(emailChunks.length).toBeGreaterThan(0);
    for (const f of emailChunks) rmSync(path.join(copy, f));
    const entry = path.join(copy, 'index.js');
    const slack = await startSlack();
    try {
      const ws = tempDir();
      writeFiles(ws, { 'alerts.yml': seedRules(), 'out/metrics.json': '{"accuracy": 0.78}' });
      const r = await runAction({
        workspace: ws,
        entry,
        inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file' },
        env: { SLACK_WEBHOOK_URL: slack.url() },
      });
      expect(r.stderr).toBe('');
      expect(r.outputs).toMatchObject({ fired: '1', 'failed-deliveries': '0' });
      expect(slack.received).toHaveLength(1);
    } finally {
      await slack.close();
    }
    // The same copy cannot send mail: the chunks removed were the email code.
    const start = smtp.received.length;
    const ws = workspace();
    writeFiles(ws, { 'out/metrics.json': '{"accuracy": 0.78}' });
    const r = await runAction({
      workspace: ws,
      entry,
      inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file' },
      env: {
        SMTP_URL: smtp.url('smtp'),
        SMTP_USERNAME: USER,
        SMTP_PASSWORD: PASSWORD,
        NODE_EXTRA_CA_CERTS: cert.caFile,
      },
    });
    expect(r.outputs['failed-deliveries']).toBe('1');
    expect(smtp.received).toHaveLength(start);
  });
});
