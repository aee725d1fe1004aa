// One SMTP attempt with nodemailer (loaded here, on the first mail of a run, never by a run that sends none), and
// what its answer means: a 250 to the message is success; a 4xx reply or a network error is retried; a 5xx reply
// (550 mailbox unavailable, 535 authentication failed), a refused STARTTLS that the URL required and a certificate
// that does not verify are final. Errors name the SMTP code and the server's text, never the password or the URL.
import { Redactor } from '../../app/redactor.js';
import type { EmailChannel } from '../../core/types.js';
import { clip } from '../http-answer.js';
import type { Attempt, SendContext } from '../types.js';
import type { EmailMessage } from './render.js';
import { parseSmtpUrl, type SmtpTarget } from './smtp-url.js';

export interface EmailRequest extends EmailMessage {
  /** Message-IDs of the earlier mails these events answer to (the mail that fired them), for mail clients' threads. */
  references: string[];
}

/** What nodemailer attaches to its errors (NodemailerError), read defensively. */
interface SmtpError {
  code?: string;
  /** The system or TLS code under nodemailer's own (ECONNREFUSED, DEPTH_ZERO_SELF_SIGNED_CERT). */
  originalCode?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
  timeoutType?: string;
}

export async function sendMail(request: EmailRequest, sx: SendContext<EmailChannel>): Promise<Attempt> {
  const { channel } = sx;
  const redactor = secretsOf(channel);
  const target = parseSmtpUrl(channel.smtp);
  if ('error' in target) return { outcome: 'final', error: target.error };
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(transportOptions(target, channel, sx.timeoutMs));
  try {
    const info = await transport.sendMail({
      from: channel.from,
      to: channel.to,
      subject: request.subject,
      text: request.text,
      html: request.html,
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
      ...threading(request.references),
      disableFileAccess: true,
      disableUrlAccess: true,
      signal: sx.signal,
    });
    return accepted(info, redactor);
  } catch (err) {
    return classify(err as SmtpError, { target, redactor });
  } finally {
    transport.close();
  }
}

function transportOptions(target: SmtpTarget, channel: EmailChannel, timeoutMs: number) {
  const user = channel.username ?? target.user;
  const pass = channel.password ?? target.pass;
  return {
    host: target.host,
    port: target.port,
    secure: target.tls === 'implicit',
    requireTLS: target.tls === 'required',
    ...(user !== undefined || pass !== undefined ? { auth: { user: user ?? '', pass: pass ?? '' } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
    logger: false,
    debug: false,
  };
}

function threading(references: readonly string[]): { inReplyTo?: string; references?: string[] } {
  if (references.length === 0) return {};
  return { inReplyTo: references[references.length - 1]!, references: [...references] };
}

/** Everything an error could leak: the URL, its user-info, the password (as written and percent-decoded). */
function secretsOf(channel: EmailChannel): Redactor {
  const r = new Redactor();
  r.add(channel.smtp);
  if (channel.password) r.add(channel.password);
  const target = parseSmtpUrl(channel.smtp);
  if (!('error' in target) && target.pass) r.add(target.pass);
  try {
    const u = new URL(channel.smtp);
    if (u.password) r.add(`${u.username}:${u.password}`);
    if (u.password) r.add(u.password);
  } catch {
    // Not a URL: parseSmtpUrl already said so.
  }
  return r;
}

function accepted(info: { response?: string; messageId?: string; rejected?: unknown[] }, r: Redactor): Attempt {
  const status = replyCode(info.response) ?? 250;
  const attempt: Attempt = { outcome: 'success', status };
  if (typeof info.messageId === 'string' && info.messageId) attempt.ref = info.messageId;
  const rejected = (info.rejected ?? []).map(String);
  if (rejected.length) attempt.note = r.apply(clip(`not accepted for ${rejected.join(', ')}`));
  return attempt;
}

function replyCode(response: string | undefined): number | undefined {
  const m = /^([2-5]\d\d)\b/.exec(response ?? '');
  return m ? Number(m[1]) : undefined;
}

/** Network and protocol failures that a later attempt can get past. */
const TRANSIENT = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EPROXY', 'EABORT', 'ESTREAM', 'EPROTOCOL']);

/** What `classify` needs besides the error: the server as the URL gives it, and the secrets to keep out. */
interface ClassifyContext {
  target: SmtpTarget;
  redactor: Redactor;
}

function classify(err: SmtpError, { target, redactor: r }: ClassifyContext): Attempt {
  const status = err.responseCode ?? replyCode(err.response);
  const tls = tlsProblem(err, target);
  if (tls) return { outcome: 'final', error: r.apply(clip(tls)) };
  if (err.command === 'STARTTLS' && status !== undefined) return starttlsRefused(err, status, { target, redactor: r });
  if (status !== undefined && status >= 400) {
    const error = r.apply(clip(`SMTP ${err.response ?? status}${stageOf(err.command)}`));
    return status < 500 ? { outcome: 'retry', status, error } : { outcome: 'final', status, error };
  }
  const code = err.originalCode ?? err.code ?? 'error';
  const what =
    err.code === 'EABORT'
      ? 'aborted (the request timed out)'
      : err.code === 'ETIMEDOUT'
        ? `no answer in time${err.timeoutType ? ` (${err.timeoutType})` : ''}`
        : firstClause(err.message ?? 'failed');
  const error = r.apply(clip(`SMTP ${code}: ${what}`));
  // EAUTH/ENOAUTH without a reply, EENVELOPE (no valid recipient), EMESSAGE, ECONFIG, ETLS: the same mail fails again.
  return err.code === undefined || TRANSIENT.has(err.code) ? { outcome: 'retry', error } : { outcome: 'final', error };
}

/** " (to RCPT TO)", " (greeting)": the step the server refused, never a command's arguments (AUTH PLAIN carries the
 *  credentials). */
function stageOf(command: string | undefined): string {
  if (!command) return '';
  if (command === 'CONN') return ' (greeting)';
  const words = command.split(/[\s:]+/);
  const step = /^(MAIL|RCPT|AUTH)$/i.test(words[0] ?? '') ? words.slice(0, 2).join(' ') : (words[0] ?? '');
  return /^[A-Za-z0-9 -]{1,20}$/.test(step) ? ` (to ${step})` : '';
}

/** Node's TLS verification codes: a certificate that does not verify stays so until someone changes it. */
const CERTIFICATE_CODE = /CERT|SELF_SIGNED|VERIFY|ALTNAME|HOSTNAME_MISMATCH|ISSUER/;
const CERTIFICATE_TEXT = /certificate|self[- ]signed|altname|unable to verify|issuer/i;

/** A certificate that does not verify, or a server that does not speak TLS where the URL says it does: final. */
function tlsProblem(err: SmtpError, target: SmtpTarget): string | undefined {
  const code = err.originalCode ?? '';
  const detail = firstClause((err.message ?? '').replace(/^Error initiating TLS - /, ''));
  if (CERTIFICATE_CODE.test(code) || (err.code === 'ETLS' && CERTIFICATE_TEXT.test(err.message ?? '')))
    return `TLS failed: the server's certificate does not verify (${code ? `${code}: ` : ''}${detail}); a private CA is trusted through NODE_EXTRA_CA_CERTS`;
  if (/^ERR_SSL_/.test(code) && target.tls === 'implicit')
    return `TLS failed: the server does not speak TLS on port ${target.port} (${code}); smtps:// is TLS from the first byte, use smtp+starttls:// for a server that offers STARTTLS`;
  return undefined;
}

function starttlsRefused(err: SmtpError, status: number, { target, redactor: r }: ClassifyContext): Attempt {
  // The server answered STARTTLS with an error, or does not know it (smtp+starttls:// sends it even when not offered).
  const why =
    target.tls === 'required'
      ? 'TLS was required (smtp+starttls://) but the server refused STARTTLS'
      : 'the server offered STARTTLS, then refused it';
  const error = r.apply(clip(`${why}: SMTP ${err.response ?? status}`));
  return status >= 400 && status < 500 ? { outcome: 'retry', status, error } : { outcome: 'final', status, error };
}

/** Node's messages add advice after a semicolon ("...; try running Node.js with --use-system-ca"): the fact only. */
function firstClause(message: string): string {
  return message.split(';')[0]!.trim();
}
