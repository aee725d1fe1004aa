// The email channel against a real SMTP server on loopback (smtp-server): what it sends, over which TLS, and how each
// answer is classified. The test CA is trusted the way a runner would be told to (NODE_EXTRA_CA_CERTS), here through
// tls.setDefaultCACertificates for this process: the channel has no option to skip verification.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import tls from 'node:tls';
import { channelType, type EmailRequest } from '../../../src/channels/email/index.js';
import type { Attempt, SendContext } from '../../../src/channels/types.js';
import type { EmailChannel, RunContext } from '../../../src/core/types.js';
import { startEmailServer, type EmailStandIn } from '../../helpers/email-server.js';
import { ledgerEvent } from '../../helpers/fixtures.js';
import { selfSignedCertificate } from '../../helpers/git-repo.js';

const ctx: RunContext = {
  serverUrl: 'https://github.com',
  repository: 'acme/vision',
  workflowRunUrl: 'https://github.com/acme/vision/actions/runs/9',
  sha: 'abcdef1234567',
};

const PASSWORD = 'pa:ss/w@rd%-7Qx';
const cert = selfSignedCertificate();
const defaultCAs = tls.getCACertificates('default');

beforeAll(() => tls.setDefaultCACertificates([...defaultCAs, cert.cert]));
afterAll(() => tls.setDefaultCACertificates(defaultCAs));

function channel(smtp: string, over: Partial<EmailChannel> = {}): EmailChannel {
  return { name: 'mail', type: 'email', smtp, from: 'alerts@example.com', to: ['ml@example.com'], ...over };
}

function mail(ch: EmailChannel): EmailRequest {
  const items = [
    { event: ledgerEvent({ experiment: '<b>iris</b>', severity: 'critical' }), recent: [0.95, 0.9, 0.78] },
    {
      event: ledgerEvent({
        alert: 'loss',
        metric: 'loss',
        kind: 'resolved',
        state: 'ok',
        value: 0.2,
        op: '>',
        threshold: 0.5,
      }),
      recent: [],
    },
  ];
  return channelType.render({ channel: ch, items, ctx })[0]!.request;
}

const noHttp = {
  request: () => Promise.reject(new Error('the email channel makes no HTTP request')),
};

function send(ch: EmailChannel, timeoutMs = 10_000, request = mail(ch)): Promise<Attempt> {
  const sx: SendContext<EmailChannel> = {
    channel: ch,
    signal: AbortSignal.timeout(timeoutMs * 3),
    timeoutMs,
    http: noHttp,
  };
  return channelType.send(request, sx);
}

const servers: EmailStandIn[] = [];
async function server(opts: Parameters<typeof startEmailServer>[0] = {}): Promise<EmailStandIn> {
  const s = await startEmailServer({ cert, ...opts });
  servers.push(s);
  return s;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('email send: a 250 is success', () => {
  it('delivers one mail over STARTTLS when the server offers it, with its subject, text and HTML parts', async () => {
    const s = await server();
    const ch = channel(s.url('smtp'));
    const request = mail(ch);
    const attempt = await send(ch, 10_000, request);
    expect(attempt).toMatchObject({ outcome: 'success', status: 250 });
    expect(attempt.outcome === 'success' && attempt.ref).toMatch(/^<[^<>\s]+@[^<>\s]+>$/);
    expect(s.received).toHaveLength(1);
    const got = s.received[0]!;
    expect(got.secure).toBe(true);
    expect(got.from).toBe('alerts@example.com');
    expect(got.to).toEqual(['ml@example.com']);
    expect(got.subject).toBe('metric-alerts: 1 firing, 1 resolved (critical) · acme/vision');
    expect(got.subject).toBe(request.subject);
    expect(got.headers.get('content-type')).toMatch(/^multipart\/alternative/);
    expect(got.headers.get('auto-submitted')).toBe('auto-generated');
    expect(got.text.trimEnd()).toBe(request.text.trimEnd());
    expect(got.text).toContain('[CRITICAL] acc is firing');
    expect(got.text).toContain('loss = 0.2 · back below 0.5');
    expect(got.html).toContain('Experiment <strong>&lt;b&gt;iris&lt;/b&gt;</strong>');
    expect(got.html.trimEnd()).toBe(request.html.trimEnd());
  });

  it('smtps:// speaks TLS from the first byte', async () => {
    const s = await server({ tls: 'implicit' });
    expect(await send(channel(s.url('smtps')))).toMatchObject({ outcome: 'success', status: 250 });
    expect(s.received[0]!.secure).toBe(true);
  });

  it('smtp+starttls:// sends over STARTTLS', async () => {
    const s = await server();
    expect(await send(channel(s.url('smtp+starttls')))).toMatchObject({ outcome: 'success', status: 250 });
    expect(s.received[0]!.secure).toBe(true);
  });

  it('smtp:// to a server that offers no STARTTLS sends in plain text (STARTTLS is only used when offered)', async () => {
    const s = await server({ tls: 'none' });
    expect(await send(channel(s.url('smtp')))).toMatchObject({ outcome: 'success', status: 250 });
    expect(s.received[0]!.secure).toBe(false);
  });

  it('answers the mail that fired an instance: In-Reply-To and References name its Message-ID', async () => {
    const s = await server();
    const ch = channel(s.url('smtp'));
    const first = await send(ch);
    const ref = first.outcome === 'success' ? first.ref! : '';
    const items = [{ event: ledgerEvent({ kind: 'resolved', state: 'ok', value: 0.95 }), recent: [], thread: ref }];
    const resolved = channelType.render({ channel: ch, items, ctx })[0]!.request;
    expect(await send(ch, 10_000, resolved)).toMatchObject({ outcome: 'success' });
    expect(s.received[1]!.headers.get('in-reply-to')).toBe(ref);
    expect(s.received[1]!.headers.get('references')).toBe(ref);
  });

  it('is a success when the server takes the mail for some recipients, and notes the others', async () => {
    const s = await server();
    s.answer('rcpt', { code: 550, text: '5.1.1 <gone@example.com>: Mailbox unavailable' });
    const ch = channel(s.url('smtp'), { to: ['gone@example.com', 'ml@example.com'] });
    const attempt = await send(ch);
    expect(attempt).toMatchObject({ outcome: 'success', status: 250, note: 'not accepted for gone@example.com' });
    expect(s.received[0]!.to).toEqual(['ml@example.com']);
  });
});

describe('email send: 4xx replies and network errors are retried', () => {
  it('421 at the greeting (service not available)', async () => {
    const s = await server();
    s.answer('connect', { code: 421, text: '4.3.2 Service not available, closing transmission channel' });
    const attempt = await send(channel(s.url('smtp')));
    expect(attempt).toMatchObject({ outcome: 'retry', status: 421 });
    expect(attempt.outcome === 'retry' && attempt.error).toBe(
      'SMTP 421 4.3.2 Service not available, closing transmission channel (greeting)',
    );
    expect(s.received).toHaveLength(0);
  });

  it('451 to RCPT (local error in processing, greylisting)', async () => {
    const s = await server();
    s.answer('rcpt', { code: 451, text: '4.7.1 Greylisted, try again later' });
    const attempt = await send(channel(s.url('smtp')));
    expect(attempt).toMatchObject({ outcome: 'retry', status: 451 });
    expect(attempt.outcome === 'retry' && attempt.error).toContain('SMTP 451 4.7.1 Greylisted, try again later');
  });

  it('a refused connection', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const attempt = await send(channel(`smtp://127.0.0.1:${port}`));
    expect(attempt.outcome).toBe('retry');
    expect(attempt.outcome === 'retry' && attempt.error).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
  });

  /** A TCP server that accepts and never says a word. */
  async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    return {
      port: (silent.address() as net.AddressInfo).port,
      close: async () => {
        for (const socket of sockets) socket.destroy();
        await new Promise<void>((resolve) => silent.close(() => resolve()));
      },
    };
  }

  it('a server that never greets, within the timeout the pipeline gives', async () => {
    const silent = await silentServer();
    try {
      const attempt = await send(channel(`smtp://127.0.0.1:${silent.port}`), 500);
      expect(attempt.outcome).toBe('retry');
      expect(attempt.outcome === 'retry' && attempt.error).toMatch(/^SMTP ETIMEDOUT: no answer in time/);
    } finally {
      await silent.close();
    }
  });

  it("the pipeline's abort signal ends a hanging attempt", async () => {
    const silent = await silentServer();
    try {
      const ch = channel(`smtp://127.0.0.1:${silent.port}`);
      const sx = { channel: ch, signal: AbortSignal.timeout(300), timeoutMs: 60_000, http: noHttp };
      const attempt = await channelType.send(mail(ch), sx);
      expect(attempt).toEqual({ outcome: 'retry', error: 'SMTP EABORT: aborted (the request timed out)' });
    } finally {
      await silent.close();
    }
  });
});

describe('email send: 5xx replies are final', () => {
  it('550 to RCPT (mailbox unavailable), naming the code and the text', async () => {
    const s = await server();
    s.answer('rcpt', { code: 550, text: '5.1.1 Mailbox unavailable' });
    const attempt = await send(channel(s.url('smtp')));
    expect(attempt).toMatchObject({ outcome: 'final', status: 550 });
    expect(attempt.outcome === 'final' && attempt.error).toBe('SMTP 550 5.1.1 Mailbox unavailable (to RCPT TO)');
  });

  it('554 to DATA (transaction failed)', async () => {
    const s = await server();
    s.answer('data', { code: 554, text: '5.7.1 Message rejected as spam' });
    const attempt = await send(channel(s.url('smtp')));
    expect(attempt).toMatchObject({ outcome: 'final', status: 554 });
    expect(s.received).toHaveLength(0);
  });

  it('smtp+starttls:// against a server without STARTTLS: nothing sent, the error says TLS was required', async () => {
    const s = await server({ tls: 'none' });
    const attempt = await send(channel(s.url('smtp+starttls')));
    expect(attempt.outcome).toBe('final');
    expect(attempt.outcome === 'final' && attempt.error).toMatch(
      /^TLS was required \(smtp\+starttls:\/\/\) but the server refused STARTTLS: SMTP 5\d\d /,
    );
    expect(s.received).toHaveLength(0);
  });

  it('smtps:// to a port that speaks plain SMTP: the error says so', async () => {
    const s = await server();
    const attempt = await send(channel(s.url('smtps')));
    expect(attempt.outcome).toBe('final');
    expect(attempt.outcome === 'final' && attempt.error).toMatch(
      /^TLS failed: the server does not speak TLS on port \d+ \(ERR_SSL_[A-Z_]+\); smtps:\/\/ is TLS from the first byte/,
    );
    expect(s.received).toHaveLength(0);
  });

  it('a certificate that does not verify (no option turns verification off)', async () => {
    const s = await server({ tls: 'implicit', cert: selfSignedCertificate() });
    const attempt = await send(channel(s.url('smtps')));
    expect(attempt.outcome).toBe('final');
    expect(attempt.outcome === 'final' && attempt.error).toMatch(
      /^TLS failed: the server's certificate does not verify \(DEPTH_ZERO_SELF_SIGNED_CERT: self-signed certificate\)/,
    );
    expect(s.received).toHaveLength(0);
  });
});

describe('email send: AUTH', () => {
  const auth = { user: 'alerts@example.com', pass: PASSWORD };

  it('logs in with username and password (after STARTTLS)', async () => {
    const s = await server({ auth });
    const attempt = await send(channel(s.url('smtp'), { username: auth.user, password: PASSWORD }));
    expect(attempt).toMatchObject({ outcome: 'success', status: 250 });
    expect(s.received[0]).toMatchObject({ user: auth.user, secure: true });
  });

  it("logs in with the URL's user-info, percent-decoded", async () => {
    const s = await server({ auth, tls: 'implicit' });
    const userInfo = `${encodeURIComponent(auth.user)}:${encodeURIComponent(PASSWORD)}`;
    expect(await send(channel(s.url('smtps', userInfo)))).toMatchObject({ outcome: 'success' });
    expect(s.received[0]).toMatchObject({ user: auth.user, secure: true });
  });

  it('535 is final, and the error never shows the password or the URL user-info', async () => {
    const s = await server({ auth });
    const wrong = 'wr0ng-Secret-9z';
    const userInfo = `${encodeURIComponent(auth.user)}:${encodeURIComponent(wrong)}`;
    for (const ch of [
      channel(s.url('smtp'), { username: auth.user, password: wrong }),
      channel(s.url('smtp+starttls', userInfo)),
    ]) {
      const attempt = await send(ch);
      expect(attempt).toMatchObject({ outcome: 'final', status: 535 });
      const error = attempt.outcome === 'final' ? attempt.error : '';
      expect(error).toBe('SMTP 535 5.7.8 Authentication credentials invalid (to AUTH PLAIN)');
      const plain = Buffer.from(`\0${auth.user}\0${wrong}`).toString('base64');
      for (const secret of [wrong, encodeURIComponent(wrong), userInfo, ch.smtp, plain])
        expect(error).not.toContain(secret);
    }
    expect(s.received).toHaveLength(0);
  });

  it('a server that requires AUTH refuses a mail sent without it: 530 is final', async () => {
    const s = await server({ auth });
    const attempt = await send(channel(s.url('smtp')));
    expect(attempt).toMatchObject({ outcome: 'final', status: 530 });
  });
});
