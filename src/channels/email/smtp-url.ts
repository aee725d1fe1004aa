// The `smtp` field of an email channel (SPEC §5): which server, which TLS, which credentials. Pure.
//   smtps://host[:465]          implicit TLS from the first byte
//   smtp://host[:587]           STARTTLS when the server offers it (plain text otherwise)
//   smtp+starttls://host[:587]  STARTTLS required: a server that does not offer it gets nothing
// User-info in the URL (smtp://user:pass@host) is the credentials when `username`/`password` are not set.

import { decoded } from '../../core/config/url.js';
export type TlsMode = 'implicit' | 'opportunistic' | 'required';

export interface SmtpTarget {
  host: string;
  port: number;
  tls: TlsMode;
  /** Percent-decoded user-info, when the URL has one. */
  user?: string;
  pass?: string;
}

const SCHEMES: Record<string, { tls: TlsMode; port: number }> = {
  'smtps:': { tls: 'implicit', port: 465 },
  'smtp:': { tls: 'opportunistic', port: 587 },
  'smtp+starttls:': { tls: 'required', port: 587 },
};

/** The server of an `smtp` URL, or a reason (that never repeats the URL: it may hold a password). */
export function parseSmtpUrl(url: string): SmtpTarget | { error: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { error: 'the smtp URL is not a URL (expected smtp://, smtps:// or smtp+starttls://HOST[:PORT])' };
  }
  const scheme = SCHEMES[u.protocol];
  if (!scheme) return { error: 'the smtp URL must start with smtp://, smtps:// or smtp+starttls://' };
  // A non-special scheme keeps IPv6 brackets in the hostname: net.connect wants them off.
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) return { error: 'the smtp URL names no host' };
  const target: SmtpTarget = { host, port: u.port ? Number(u.port) : scheme.port, tls: scheme.tls };
  if (u.username) target.user = decoded(u.username);
  if (u.password) target.pass = decoded(u.password);
  return target;
}

/** Where a mail goes, for spacing and ordering: the server without credentials ("smtp://mail.example.com:587"). */
export function destinationOf(url: string): string {
  const t = parseSmtpUrl(url);
  if ('error' in t) return 'smtp:invalid';
  return `smtp://${t.host.includes(':') ? `[${t.host}]` : t.host}:${t.port}`;
}
