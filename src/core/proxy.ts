// Which proxy, if any, a request to a URL goes through: the decision @actions/http-client makes (its lib/proxy.js
// getProxyUrl and checkBypass, and `proxyUrl.hostname` in _getAgent), written as a pure function of the environment so
// that every HTTP request of ours (channels, the GitHub API) is routed as the runner's own tooling routes it (SPEC §5).
//
// - https: targets read `https_proxy`, then `HTTPS_PROXY`; http: targets `http_proxy`, then `HTTP_PROXY` (the
//   lowercase one wins; an empty one counts as unset). No fallback from one protocol's variable to the other's.
// - A value that does not parse as a URL and has no scheme gets `http://` in front (`10.0.0.1:3128`). A value that
//   parses but has no host (`proxy.corp:3128` reads as the scheme `proxy.corp:`) means no proxy, as in http-client.
// - Loopback targets (`localhost`, `127.*`, `[::1]`) never go through a proxy.
// - `no_proxy`, then `NO_PROXY`: comma-separated, case-insensitive entries; `*` bypasses everything; an entry matches
//   the target's host or `host:port` (port defaulted to 80/443), exactly or as a dot-suffix (`example.com` covers
//   `api.example.com`; `.example.com` covers the subdomains only). No CIDR ranges, no IP ranges.
// - User-info in the proxy URL (percent-decoded) becomes `Proxy-Authorization: Basic ...`.

export type ProxyEnv = Readonly<Record<string, string | undefined>>;

export interface ProxyRoute {
  /** The variable it came from (`HTTPS_PROXY`, `https_proxy`, ...), to name in errors. */
  variable: string;
  /** The proxy's URL without its user-info: safe to name in an error. */
  href: string;
  /** The proxy URL's scheme: `http:` and `https:` (TLS to the proxy) are spoken; another is refused by the adapter. */
  protocol: string;
  /** Host to connect to (IPv6 without brackets). */
  host: string;
  port: number;
  /** The proxy URL's user-info, percent-decoded. Secrets. */
  credentials?: { username: string; password: string };
  /** `Basic base64(username:password)`, the Proxy-Authorization sent, when the proxy URL carries user-info. A secret. */
  authorization?: string;
}

/** The proxy a request to `target` goes through, or undefined to connect directly. Throws a ProxyConfigError when
 * the variable is neither a URL nor `host:port` (http-client throws there too); the message never shows the value. */
export function proxyFor(target: string | URL, env: ProxyEnv): ProxyRoute | undefined {
  const url = typeof target === 'string' ? new URL(target) : target;
  if (bypassed(url, env)) return undefined;
  const names =
    url.protocol === 'https:' ? (['https_proxy', 'HTTPS_PROXY'] as const) : (['http_proxy', 'HTTP_PROXY'] as const);
  const variable = env[names[0]] ? names[0] : names[1];
  const value = env[variable];
  if (!value) return undefined;
  const proxy = parseProxyUrl(value, variable);
  if (!proxy?.url.hostname) return undefined;
  return route(proxy, variable);
}

export class ProxyConfigError extends Error {
  constructor(readonly variable: string) {
    super(`${variable} is not a proxy URL (write it as http://host:port)`);
    this.name = 'ProxyConfigError';
  }
}

interface Parsed {
  url: URL;
  username: string;
  password: string;
}

/** http-client's `new DecodedURL(value)`, then `http://` + value when that throws and the value has no http(s) scheme. */
function parseProxyUrl(value: string, variable: string): Parsed | undefined {
  try {
    return decoded(value);
  } catch {
    if (value.startsWith('http://') || value.startsWith('https://')) return undefined;
    try {
      return decoded(`http://${value}`);
    } catch {
      throw new ProxyConfigError(variable);
    }
  }
}

function decoded(value: string): Parsed {
  const url = new URL(value);
  return { url, username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
}

function route({ url, username, password }: Parsed, variable: string): ProxyRoute {
  const bare = new URL(url.href);
  bare.username = '';
  bare.password = '';
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return {
    variable,
    href: bare.href,
    protocol: url.protocol,
    host,
    port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80,
    ...(username || password
      ? {
          credentials: { username, password },
          authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
        }
      : {}),
  };
}

/** http-client's checkBypass: loopback always; else the NO_PROXY list. */
export function bypassed(url: URL, env: ProxyEnv): boolean {
  const host = url.hostname;
  if (!host) return false;
  if (isLoopback(host)) return true;
  const list = env.no_proxy || env.NO_PROXY || '';
  if (!list) return false;
  const port = url.port
    ? Number(url.port)
    : url.protocol === 'http:'
      ? 80
      : url.protocol === 'https:'
        ? 443
        : undefined;
  const upper = host.toUpperCase();
  const names = port === undefined ? [upper] : [upper, `${upper}:${port}`];
  return list
    .split(',')
    .map((entry) => entry.trim().toUpperCase())
    .filter((entry) => entry)
    .some((entry) => entry === '*' || names.some((name) => matches(name, entry)));
}

function matches(name: string, entry: string): boolean {
  return name === entry || name.endsWith(`.${entry}`) || (entry.startsWith('.') && name.endsWith(entry));
}

function isLoopback(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h.startsWith('127.') || h.startsWith('[::1]') || h.startsWith('[0:0:0:0:0:0:0:1]');
}
