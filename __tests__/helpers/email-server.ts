// A real SMTP server on loopback (the `smtp-server` package) standing in for a mail service: plain, STARTTLS (offered,
// with a self-signed certificate) or implicit TLS; AUTH PLAIN/LOGIN with one user; and the replies a test chooses at
// each stage (421 at the greeting, 451 or 550 to RCPT, 554 to DATA...), as RFC 5321 servers answer. It records every
// message it accepted: the envelope, whether the session was encrypted, who logged in, and the message parsed into its
// subject, headers, text and HTML parts (a small MIME reader: multipart/alternative, quoted-printable, base64).
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';

export type Stage = 'connect' | 'mail' | 'rcpt' | 'data';

/** A reply to give instead of accepting: `code` and its text ("550", "5.1.1 Mailbox unavailable"). */
export interface Reply {
  code: number;
  text: string;
}

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The session was encrypted (implicit TLS or after STARTTLS). */
  secure: boolean;
  /** The user that logged in, if any. */
  user?: string;
  raw: string;
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
}

export interface EmailServerOptions {
  /** 'starttls': offered (the default); 'implicit': TLS from the first byte; 'none': no STARTTLS at all. */
  tls?: 'starttls' | 'implicit' | 'none';
  /** The certificate for TLS (selfSignedCertificate in git-repo.ts). */
  cert?: { cert: string; key: string };
  /** One account: AUTH is then required before MAIL. */
  auth?: { user: string; pass: string };
}

export interface EmailStandIn {
  port: number;
  /** `smtp://127.0.0.1:PORT` with the scheme asked for. */
  url(scheme?: 'smtp' | 'smtps' | 'smtp+starttls', userInfo?: string): string;
  received: ReceivedMail[];
  /** Replies for the next sessions reaching a stage (default: accept). */
  answer(stage: Stage, ...replies: Reply[]): void;
  /** Every reply given instead of accepting, in order ("550 5.1.1 ..."). */
  refused: string[];
  close(): Promise<void>;
}

function smtpError(reply: Reply): Error {
  return Object.assign(new Error(reply.text), { responseCode: reply.code });
}

export async function startEmailServer(opts: EmailServerOptions = {}): Promise<EmailStandIn> {
  const received: ReceivedMail[] = [];
  const refused: string[] = [];
  const queues = new Map<Stage, Reply[]>();
  const users = new Map<string, string>();
  const mode = opts.tls ?? 'starttls';
  /** Gives the queued reply for a stage, if any, as the error smtp-server answers with. */
  const refuse = (stage: Stage): Error | null => {
    const reply = queues.get(stage)?.shift();
    if (!reply) return null;
    refused.push(`${reply.code} ${reply.text}`);
    return smtpError(reply);
  };
  const options: SMTPServerOptions = {
    secure: mode === 'implicit',
    ...(opts.cert ? { key: opts.cert.key, cert: opts.cert.cert } : {}),
    disabledCommands: [...(mode === 'none' ? ['STARTTLS'] : []), ...(opts.auth ? [] : ['AUTH'])],
    authOptional: !opts.auth,
    allowInsecureAuth: mode === 'none',
    disableReverseLookup: true,
    logger: false,
    onConnect: (_session, cb) => cb(refuse('connect')),
    onAuth: (auth, session, cb) => {
      if (opts.auth && auth.username === opts.auth.user && auth.password === opts.auth.pass) {
        users.set(session.id, auth.username!);
        return cb(null, { user: auth.username });
      }
      return cb(smtpError({ code: 535, text: '5.7.8 Authentication credentials invalid' }));
    },
    onMailFrom: (_address, _session, cb) => cb(refuse('mail')),
    onRcptTo: (_address, _session, cb) => cb(refuse('rcpt')),
    onData: (stream, session: SMTPServerSession, cb) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const error = refuse('data');
        if (error) return cb(error);
        received.push(parseMail(Buffer.concat(chunks).toString('utf8'), session, users.get(session.id)));
        cb(null, 'OK: queued as 1');
      });
    },
  };
  const server = new SMTPServer(options);
  server.on('error', () => {
    // A client that goes away mid-session (a test's timeout, a refused certificate) is not the test's failure.
  });
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    url: (scheme = 'smtp', userInfo) => `${scheme}://${userInfo ? `${userInfo}@` : ''}127.0.0.1:${port}`,
    received,
    refused,
    answer: (stage, ...replies) => queues.set(stage, [...(queues.get(stage) ?? []), ...replies]),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parseMail(raw: string, session: SMTPServerSession, user: string | undefined): ReceivedMail {
  const { headers, body } = splitHeaders(raw);
  const parts = mimeParts(headers, body);
  const mail: ReceivedMail = {
    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
    to: session.envelope.rcptTo.map((a) => a.address),
    secure: session.secure,
    raw,
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    text: parts.find((p) => p.type === 'text/plain')?.body ?? '',
    html: parts.find((p) => p.type === 'text/html')?.body ?? '',
  };
  if (user !== undefined) mail.user = user;
  return mail;
}

/** Headers (unfolded, names lower-cased) and the body after the first empty line. */
export function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

interface Part {
  type: string;
  body: string;
}

function mimeParts(headers: Map<string, string>, body: string): Part[] {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/^multipart\//i.test(type) || !boundary) {
    return [{ type: type.split(';')[0]!.trim().toLowerCase(), body: decodeBody(headers, body) }];
  }
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((p) => !p.startsWith('--'))
    .flatMap((p) => {
      const part = splitHeaders(p.replace(/^\r?\n/, ''));
      return mimeParts(part.headers, part.body);
    });
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const trimmed = body.replace(/\r?\n$/, '');
  if (encoding === 'base64') return Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return quotedPrintable(trimmed);
  return trimmed.replace(/\r\n/g, '\n');
}

function quotedPrintable(s: string): string {
  const soft = s.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n');
}

/** RFC 2047 encoded words (=?UTF-8?Q?...?= and =?UTF-8?B?...?=), with the space between two of them dropped. */
export function decodeWords(s: string): string {
  return s
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_m, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : quotedPrintable(text.replace(/_/g, ' ')),
    );
}
