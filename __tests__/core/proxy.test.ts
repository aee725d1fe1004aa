// SPEC §5: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) are honoured as @actions/http-client honours them.
// core/proxy.ts is that decision as a pure function: its behaviour case by case, then a conformance check against
// http-client's own getProxyUrl (node_modules/@actions/http-client/lib/proxy.js) on a table and on generated cases.
import { afterEach, describe, expect, it } from '@jest/globals';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import fc from 'fast-check';
import { ProxyConfigError, proxyFor, type ProxyEnv } from '../../src/core/proxy.js';

const P = 'http://proxy.corp:3128';
const via = (target: string, env: ProxyEnv) => proxyFor(target, env)?.href;

describe('which variable', () => {
  it('https: targets read HTTPS_PROXY, http: targets HTTP_PROXY, never the other', () => {
    const env = { HTTPS_PROXY: 'http://tls-proxy:1', HTTP_PROXY: 'http://plain-proxy:2' };
    expect(via('https://hooks.slack.com/x', env)).toBe('http://tls-proxy:1/');
    expect(via('http://example.com/x', env)).toBe('http://plain-proxy:2/');
    expect(via('https://hooks.slack.com/x', { HTTP_PROXY: P })).toBeUndefined();
    expect(via('http://example.com/x', { HTTPS_PROXY: P })).toBeUndefined();
  });

  it('the lowercase variable wins; an empty one counts as unset', () => {
    expect(proxyFor('https://a.com', { https_proxy: 'http://low:1', HTTPS_PROXY: 'http://up:2' })).toMatchObject({
      href: 'http://low:1/',
      variable: 'https_proxy',
    });
    expect(proxyFor('https://a.com', { https_proxy: '', HTTPS_PROXY: 'http://up:2' })).toMatchObject({
      href: 'http://up:2/',
      variable: 'HTTPS_PROXY',
    });
    expect(via('http://a.com', { http_proxy: 'http://low:1', HTTP_PROXY: 'http://up:2' })).toBe('http://low:1/');
  });

  it('nothing set, or only NO_PROXY: no proxy', () => {
    expect(via('https://a.com', {})).toBeUndefined();
    expect(via('https://a.com', { NO_PROXY: 'b.com' })).toBeUndefined();
  });
});

describe('the proxy URL', () => {
  it('host, port (defaulted by the proxy scheme) and scheme', () => {
    expect(proxyFor('https://a.com', { HTTPS_PROXY: P })).toEqual({
      variable: 'HTTPS_PROXY',
      href: 'http://proxy.corp:3128/',
      protocol: 'http:',
      host: 'proxy.corp',
      port: 3128,
    });
    expect(proxyFor('https://a.com', { HTTPS_PROXY: 'http://proxy.corp' })).toMatchObject({ port: 80 });
    expect(proxyFor('https://a.com', { HTTPS_PROXY: 'https://proxy.corp' })).toMatchObject({
      protocol: 'https:',
      port: 443,
    });
    expect(proxyFor('https://a.com', { HTTPS_PROXY: 'http://[fd00::1]:3128' })).toMatchObject({
      host: 'fd00::1',
      port: 3128,
    });
  });

  it('without a scheme: `http://` is put in front when the value is not a URL; `name:port` reads as a scheme (no proxy)', () => {
    expect(via('https://a.com', { HTTPS_PROXY: '10.0.0.1:3128' })).toBe('http://10.0.0.1:3128/');
    // As in http-client: new URL('proxy.corp:3128') is the scheme "proxy.corp:" with no host, so no proxy at all.
    expect(via('https://a.com', { HTTPS_PROXY: 'proxy.corp:3128' })).toBeUndefined();
    expect(via('https://a.com', { HTTPS_PROXY: 'proxy.corp' })).toBe('http://proxy.corp/');
  });

  it('user-info becomes Proxy-Authorization (percent-decoded) and never shows in href', () => {
    const route = proxyFor('https://a.com', { HTTPS_PROXY: 'http://me%40corp:p%3Ass%20w@proxy.corp:3128' })!;
    expect(route.href).toBe('http://proxy.corp:3128/');
    expect(route.credentials).toEqual({ username: 'me@corp', password: 'p:ss w' });
    expect(route.authorization).toBe(`Basic ${Buffer.from('me@corp:p:ss w').toString('base64')}`);
    expect(proxyFor('https://a.com', { HTTPS_PROXY: 'http://token@proxy.corp' })!.authorization).toBe(
      `Basic ${Buffer.from('token:').toString('base64')}`,
    );
  });

  it('a value that is no URL even with http:// in front is an error that does not show the value', () => {
    const env = { HTTPS_PROXY: '9user:s3cret@exa mple:1' };
    expect(() => proxyFor('https://a.com', env)).toThrow(ProxyConfigError);
    expect(() => proxyFor('https://a.com', env)).toThrow('HTTPS_PROXY is not a proxy URL');
    try {
      proxyFor('https://a.com', env);
    } catch (e) {
      expect(String(e)).not.toContain('s3cret');
    }
    // With a scheme, an unparsable value is ignored (no proxy), as in http-client.
    expect(via('https://a.com', { HTTPS_PROXY: 'http://exa mple:1' })).toBeUndefined();
  });
});

describe('what bypasses the proxy', () => {
  it('loopback targets never go through it', () => {
    for (const target of ['https://localhost:8443/x', 'https://127.0.0.1/x', 'https://127.9.9.9/x', 'https://[::1]/x'])
      expect(via(target, { HTTPS_PROXY: P })).toBeUndefined();
    expect(via('https://localhost.corp/x', { HTTPS_PROXY: P })).toBe('http://proxy.corp:3128/');
    expect(via('https://10.0.0.1/x', { HTTPS_PROXY: P })).toBe('http://proxy.corp:3128/');
  });

  const bypassed = (target: string, noProxy: string) =>
    via(target, { HTTPS_PROXY: P, NO_PROXY: noProxy }) === undefined;

  it('NO_PROXY entries: *, a host, a dot-suffix, host:port, case-insensitive, spaces and empty entries', () => {
    expect(bypassed('https://hooks.slack.com/x', '*')).toBe(true);
    expect(bypassed('https://hooks.slack.com/x', 'other.com, *')).toBe(true);
    expect(bypassed('https://hooks.slack.com/x', 'hooks.slack.com')).toBe(true);
    expect(bypassed('https://hooks.slack.com/x', 'HOOKS.Slack.COM')).toBe(true);
    // A name covers its subdomains; a leading dot covers only the subdomains.
    expect(bypassed('https://hooks.slack.com/x', 'slack.com')).toBe(true);
    expect(bypassed('https://hooks.slack.com/x', '.slack.com')).toBe(true);
    expect(bypassed('https://slack.com/x', '.slack.com')).toBe(false);
    expect(bypassed('https://notslack.com/x', 'slack.com')).toBe(false);
    // host:port, with the scheme's default port.
    expect(bypassed('https://hooks.slack.com/x', 'hooks.slack.com:443')).toBe(true);
    expect(bypassed('https://hooks.slack.com:8443/x', 'hooks.slack.com:443')).toBe(false);
    expect(bypassed('https://hooks.slack.com:8443/x', 'hooks.slack.com:8443')).toBe(true);
    expect(bypassed('https://hooks.slack.com/x', ' , other.com ,, hooks.slack.com ')).toBe(true);
    expect(bypassed('https://hooks.slack.com/x', 'other.com')).toBe(false);
  });

  it('no CIDR or wildcard-prefix forms (http-client has none)', () => {
    expect(bypassed('https://10.1.2.3/x', '10.0.0.0/8')).toBe(false);
    expect(bypassed('https://10.1.2.3/x', '10.1.2.3')).toBe(true);
    // "*.example.com" is not a wildcard: it matches nothing but a host named that.
    expect(bypassed('https://api.example.com/x', '*.example.com')).toBe(false);
  });

  it('no_proxy wins over NO_PROXY; an empty no_proxy falls back to NO_PROXY', () => {
    const env = (lower: string, upper: string) => ({ HTTPS_PROXY: P, no_proxy: lower, NO_PROXY: upper });
    expect(via('https://a.com', env('b.com', 'a.com'))).toBe('http://proxy.corp:3128/');
    expect(via('https://a.com', env('', 'a.com'))).toBeUndefined();
  });
});

// ---- conformance: the same decision as @actions/http-client's getProxyUrl ----------------------------------------

const VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY'] as const;
const saved = Object.fromEntries(VARIABLES.map((v) => [v, process.env[v]]));
afterEach(() => {
  for (const v of VARIABLES) {
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  }
});

type Decision = { host: string; port: number; protocol: string; username: string; password: string } | 'error' | 'none';

/** http-client's answer, normalised as its agent uses it (no proxy when the URL has no host; default ports). */
function httpClient(target: string, env: ProxyEnv): Decision {
  for (const v of VARIABLES) {
    if (env[v] === undefined) delete process.env[v];
    else process.env[v] = env[v];
  }
  let url: URL | undefined;
  try {
    url = getProxyUrl(new URL(target));
  } catch {
    return 'error';
  }
  if (!url?.hostname) return 'none';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return { host, port, protocol: url.protocol, username: url.username, password: url.password };
}

function ours(target: string, env: ProxyEnv): Decision {
  try {
    const r = proxyFor(target, env);
    if (!r) return 'none';
    const { username = '', password = '' } = r.credentials ?? {};
    return { host: r.host, port: r.port, protocol: r.protocol, username, password };
  } catch (e) {
    if (e instanceof ProxyConfigError) return 'error';
    throw e;
  }
}

const TARGETS = [
  'https://hooks.slack.com/services/T/B/x',
  'https://api.github.com/repos/a/b',
  'https://API.GitHub.com:8443/x',
  'http://example.com/x',
  'http://example.com:8080/x',
  'https://localhost/x',
  'http://127.0.0.1:9000/x',
  'https://[::1]:8443/x',
  'https://[fd00::2]/x',
  'https://10.1.2.3/x',
  'https://sub.internal.corp/x',
  'https://internal.corp/x',
];
const PROXIES = [
  undefined,
  '',
  'http://proxy.corp:3128',
  'https://proxy.corp',
  'HTTP://Proxy.Corp:8080/',
  'http://u%40x:p%3Aw@proxy.corp:3128',
  'http://token@proxy.corp',
  '10.0.0.1:3128',
  'proxy.corp:3128',
  'proxy.corp',
  'http://[fd00::1]:3128',
  'socks5://proxy.corp:1080',
  'http://exa mple:1',
  'u:p@exa mple:1',
  '9u:s3cret@exa mple:1',
  'http://u:%zz@proxy.corp',
];
const NO_PROXIES = [
  undefined,
  '',
  '*',
  'slack.com',
  '.slack.com',
  'hooks.slack.com:443',
  'api.github.com:8443',
  'example.com:80, internal.corp',
  '.internal.corp',
  'EXAMPLE.COM',
  '10.0.0.0/8',
  '10.1.2.3',
  '[fd00::2]',
  '*.internal.corp',
];

describe('conformance with @actions/http-client getProxyUrl', () => {
  it('agrees on a table of targets × proxy values × NO_PROXY values, in either case', () => {
    let compared = 0;
    for (const target of TARGETS)
      for (const proxy of PROXIES)
        for (const noProxy of NO_PROXIES)
          for (const lower of [false, true]) {
            const env: Record<string, string | undefined> = lower
              ? { https_proxy: proxy, http_proxy: proxy, no_proxy: noProxy }
              : { HTTPS_PROXY: proxy, HTTP_PROXY: proxy, NO_PROXY: noProxy };
            expect({ target, env, decision: ours(target, env) }).toEqual({
              target,
              env,
              decision: httpClient(target, env),
            });
            compared++;
          }
    expect(compared).toBe(TARGETS.length * PROXIES.length * NO_PROXIES.length * 2);
  });

  it('agrees on generated environments (both cases set, differing)', () => {
    const value = <T>(pool: readonly T[]) => fc.constantFrom(...pool);
    fc.assert(
      fc.property(
        value(TARGETS),
        fc.record({
          https_proxy: value(PROXIES),
          HTTPS_PROXY: value(PROXIES),
          http_proxy: value(PROXIES),
          HTTP_PROXY: value(PROXIES),
          no_proxy: value(NO_PROXIES),
          NO_PROXY: value(NO_PROXIES),
        }),
        (target, env) => {
          expect(ours(target, env)).toEqual(httpClient(target, env));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
