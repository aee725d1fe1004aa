// How the git ledger talks to `origin` without showing a credential: git configuration through the environment (never
// a command line, which every user of the machine can read in /proc/*/cmdline), a remote URL's user-info turned into
// configuration, and every text from git cleaned of user-info and known secrets before a person sees it.
import { decoded } from '../core/config/url.js';
import { Redactor } from '../app/redactor.js';

/** One git configuration entry: `[key, value]`. */
export type ConfigEntry = readonly [key: string, value: string];

/** Every git call: a redirect is never followed (it would carry the credentials to wherever it points). */
export const ALWAYS: readonly ConfigEntry[] = [['http.followRedirects', 'false']];

/**
 * The environment that gives git `entries` as configuration (GIT_CONFIG_COUNT, GIT_CONFIG_KEY_n, GIT_CONFIG_VALUE_n;
 * git ≥ 2.31), after the entries `base` already holds that way, so a caller's own ones are kept.
 */
export function configEnv(entries: readonly ConfigEntry[], base: NodeJS.ProcessEnv): Record<string, string> {
  const given = Number(base.GIT_CONFIG_COUNT ?? '0');
  const start = Number.isInteger(given) && given > 0 ? given : 0;
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(start + entries.length) };
  entries.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${start + i}`] = key;
    env[`GIT_CONFIG_VALUE_${start + i}`] = value;
  });
  return env;
}

const USER_INFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi;

/** Text with the user-info (`user:token@`) of every URL in it removed: what may be shown of a URL. */
export function withoutUserInfo(text: string): string {
  return text.replace(USER_INFO, '$1');
}

/** A user-info secret at least this long with no password is taken for a token (`https://TOKEN@host/...`). */
const TOKEN_AS_USER = 20;

export interface Remote {
  /** The URL git is given: for http(s), without user-info. */
  url: string;
  /** The URL as it may be shown. */
  shown: string;
  /** Configuration that carries the user-info: an Authorization header for a password, else the user name. */
  auth: ConfigEntry[];
  /** Whether `auth` holds a password (it then replaces the github-token fallback). */
  hasPassword: boolean;
  /** What of the user-info is secret: the password, or a user name that looks like a token. */
  secrets: string[];
}

/** `origin`'s URL taken apart: what git gets, what is shown, the credentials as configuration, the secrets. */
export function remoteOf(raw: string): Remote {
  const shown = withoutUserInfo(raw);
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)@/i.exec(raw);
  if (!m) return { url: raw, shown, auth: [], hasPassword: false, secrets: [] };
  const info = m[2]!;
  const colon = info.indexOf(':');
  const user = colon < 0 ? info : info.slice(0, colon);
  const password = colon < 0 ? '' : info.slice(colon + 1);
  const secretParts = password ? [password] : user.length >= TOKEN_AS_USER ? [user] : [];
  const secrets = [...new Set(secretParts.flatMap((s) => [s, decoded(s)]))];
  if (!/^https?$/i.test(m[1]!)) {
    // ssh and others: a password in the URL is never used by git; the user name is a login, not a secret.
    return { url: password ? raw.replace(`${info}@`, `${user}@`) : raw, shown, auth: [], hasPassword: false, secrets };
  }
  const auth: ConfigEntry[] = password
    ? [[headerKey(shown), basicAuthorization(`${decoded(user)}:${decoded(password)}`)]]
    : [['credential.username', decoded(user)]];
  return { url: shown, shown, auth, hasPassword: password !== '', secrets };
}

/** The configuration key of an HTTP header sent to the host of `url` only. */
export function headerKey(url: string): string {
  return URL.canParse(url) ? `http.${new URL(url).origin}/.extraheader` : 'http.extraheader';
}

/** An extraheader value for HTTP basic authentication (what actions/checkout persists). */
export function basicAuthorization(credentials: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(credentials).toString('base64')}`;
}

/** A function that cleans git's text for a person: no URL user-info, no known secret. */
export function cleaner(secrets: readonly string[]): (text: string) => string {
  const redactor = new Redactor();
  for (const s of secrets) redactor.add(s);
  return (text) => redactor.apply(withoutUserInfo(text));
}
