// A Sentry DSN (`https://PUBLIC_KEY@HOST/PROJECT_ID`, optionally with a path prefix before the project id) and the
// envelope endpoint it names. What is wrong with a DSN is said without the DSN: its key is a secret.

export interface Dsn {
  publicKey: string;
  /** https://HOST[:PORT][/PREFIX]/api/PROJECT_ID/envelope/ */
  envelopeUrl: string;
  projectId: string;
}

export function parseDsn(dsn: string): Dsn | { error: string } {
  let u: URL;
  try {
    u = new URL(dsn);
  } catch {
    return { error: 'the DSN is not a URL; allowed: https://PUBLIC_KEY@HOST/PROJECT_ID' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { error: 'the DSN is not an http(s) URL' };
  if (!u.username) return { error: 'the DSN has no public key (https://PUBLIC_KEY@HOST/PROJECT_ID)' };
  const parts = u.pathname.split('/').filter(Boolean);
  const projectId = parts.pop();
  if (!projectId || !/^\d+$/.test(projectId)) return { error: 'the DSN does not end with a numeric project id' };
  const prefix = parts.length ? `/${parts.join('/')}` : '';
  return {
    publicKey: decodeURIComponent(u.username),
    projectId,
    envelopeUrl: `${u.protocol}//${u.host}${prefix}/api/${projectId}/envelope/`,
  };
}
