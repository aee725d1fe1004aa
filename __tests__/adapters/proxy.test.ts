// adapters/http.ts through the proxy the environment names (SPEC §5), against a real loopback forward proxy: an https:
// target through a CONNECT tunnel with TLS to the target inside it, an http: target as an absolute-URI request, for
// host names that resolve nowhere (the proxy routes them to loopback stand-ins), and what bypasses the proxy.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import tls from 'node:tls';
import { downloadArtifact } from '../../src/adapters/github-artifacts.js';
import { BodyTooLarge, httpRequest, keepAliveAgents } from '../../src/adapters/http.js';
import { startForwardProxy, startTlsFront, type ForwardProxy } from '../helpers/forward-proxy.js';
import { selfSignedCertificate } from '../helpers/git-repo.js';
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-api.js';
import { startSlack, type SlackStandIn } from '../helpers/slack-server.js';
import { makeZip } from '../helpers/zip.js';

const HOST = 'hooks.slack.invalid';
const HOOK = `https://${HOST}/services/T000/B000/secret-token`;
const VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY'] as const;
const saved = Object.fromEntries(VARIABLES.map((v) => [v, process.env[v]]));
const setEnv = (env: Partial<Record<(typeof VARIABLES)[number], string>>) => {
  for (const v of VARIABLES) delete process.env[v];
  Object.assign(process.env, env);
};
afterEach(() => {
  for (const v of VARIABLES) {
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  }
});

const post = (url: string, signal?: AbortSignal) =>
  httpRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"text":"hello through the proxy"}',
    ...(signal ? { signal } : {}),
  });

describe('httpRequest through a forward proxy', () => {
  let slack: SlackStandIn;
  let front: Awaited<ReturnType<typeof startTlsFront>>;
  let proxy: ForwardProxy;
  let slackPort: number;
  const defaultCAs = tls.getCACertificates('default');
  beforeAll(async () => {
    const cert = selfSignedCertificate(HOST);
    tls.setDefaultCACertificates([...defaultCAs, cert.cert]);
    slack = await startSlack();
    slackPort = Number(new URL(slack.url()).port);
    front = await startTlsFront(cert, slackPort);
    proxy = await startForwardProxy({
      routes: { [`${HOST}:443`]: front.port, 'plain.invalid:8080': slackPort },
    });
  });
  afterAll(async () => {
    tls.setDefaultCACertificates(defaultCAs);
    await Promise.all([proxy.close(), front.close(), slack.close()]);
  });
  const fresh = () => {
    proxy.asked.length = 0;
    slack.received.length = 0;
  };

  it('HTTPS_PROXY: https through a CONNECT tunnel, TLS checked against the target name, for a name that does not resolve', async () => {
    fresh();
    setEnv({ HTTPS_PROXY: proxy.url() });
    const answer = await post(HOOK);
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe('ok');
    expect(slack.received.map((r) => [r.path, r.json.text])).toEqual([
      ['/services/T000/B000/secret-token', 'hello through the proxy'],
    ]);
    // The proxy saw only host:port; the path (a secret) travelled inside TLS.
    expect(proxy.asked).toEqual([{ method: 'CONNECT', target: `${HOST}:443`, host: HOST }]);
  });

  it('lowercase https_proxy with user-info: Proxy-Authorization sent, percent-decoded', async () => {
    const auth = await startForwardProxy({
      routes: { [`${HOST}:443`]: front.port },
      authorization: `Basic ${Buffer.from('ci@corp:p:ss w').toString('base64')}`,
    });
    try {
      setEnv({ https_proxy: auth.url({ user: 'ci@corp', password: 'p:ss w' }), HTTPS_PROXY: 'http://127.0.0.1:9' });
      expect((await post(HOOK)).status).toBe(200);
      expect(auth.hosts()).toEqual([HOST]);

      // Wrong password: the proxy's 407, with the proxy named but never the password.
      setEnv({ https_proxy: auth.url({ user: 'ci@corp', password: 'wrong-s3cret' }) });
      const refused = await post(HOOK).catch((e: Error) => e);
      expect(String(refused)).toContain(
        `the proxy http://127.0.0.1:${new URL(auth.url()).port}/ (https_proxy) refused the tunnel to ${HOST}:443: 407`,
      );
      expect(String(refused)).not.toContain('wrong-s3cret');
    } finally {
      await auth.close();
    }
  });

  it('a keep-alive agent the caller passes (as Slack delivery does) does not take the request around the proxy', async () => {
    fresh();
    setEnv({ HTTPS_PROXY: proxy.url() });
    const agents = keepAliveAgents();
    try {
      const agent = await agents.for(HOOK);
      const answer = await httpRequest(HOOK, { method: 'POST', body: '{"text":"a"}', agent });
      expect(answer.status).toBe(200);
      expect(proxy.hosts()).toEqual([HOST]);
    } finally {
      agents.destroy();
    }
  });

  it('HTTP_PROXY: http as an absolute-URI request to the proxy', async () => {
    fresh();
    setEnv({ HTTP_PROXY: proxy.url(), HTTPS_PROXY: 'http://127.0.0.1:9' });
    const answer = await post('http://plain.invalid:8080/services/T000/B000/secret-token');
    expect(answer.status).toBe(200);
    expect(proxy.asked).toEqual([
      { method: 'POST', target: 'http://plain.invalid:8080/services/T000/B000/secret-token', host: 'plain.invalid' },
    ]);
    expect(slack.received).toHaveLength(1);
  });

  it('NO_PROXY naming the host: the proxy is not asked, and the name does not resolve', async () => {
    fresh();
    for (const env of [
      { HTTPS_PROXY: proxy.url(), NO_PROXY: HOST },
      { https_proxy: proxy.url(), no_proxy: 'other.example, .slack.invalid' },
    ]) {
      setEnv(env);
      const failed = (await post(HOOK).catch((e: unknown) => e)) as NodeJS.ErrnoException;
      expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(failed.code);
    }
    expect(proxy.asked).toEqual([]);
  });

  it('loopback targets go direct even with a proxy set', async () => {
    fresh();
    setEnv({ HTTP_PROXY: proxy.url(), HTTPS_PROXY: proxy.url() });
    expect((await post(slack.url())).status).toBe(200);
    expect(proxy.asked).toEqual([]);
  });

  it('a host the proxy cannot reach: its 502 named, no request sent', async () => {
    fresh();
    setEnv({ HTTPS_PROXY: proxy.url() });
    const failed = await post('https://unrouted.invalid/x').catch((e: Error) => e);
    expect(String(failed)).toMatch(/refused the tunnel to unrouted\.invalid:443: 502 Bad Gateway/);
    expect(failed).toMatchObject({ name: 'ProxyError', code: 'ERR_PROXY_TUNNEL' });
    expect(slack.received).toEqual([]);
  });

  it('a proxy that cannot be reached: named, with the system error code', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    setEnv({ HTTPS_PROXY: `http://user:pw-s3cret@127.0.0.1:${port}` });
    const failed = await post(HOOK).catch((e: Error) => e);
    expect(failed).toMatchObject({
      name: 'ProxyError',
      code: 'ECONNREFUSED',
      message: `could not reach the proxy http://127.0.0.1:${port}/ (HTTPS_PROXY): ECONNREFUSED`,
    });
  });

  it('the answer is bounded through the tunnel as it is directly', async () => {
    setEnv({ HTTPS_PROXY: proxy.url() });
    slack.answer('/big', { status: 200, body: 'x'.repeat(5000) });
    const failed = await httpRequest(`https://${HOST}/big`, { method: 'POST', body: '{}', maxBytes: 1000 }).catch(
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(BodyTooLarge);
  });

  it('a proxy that never answers CONNECT: the abort signal ends the request and closes the connection', async () => {
    const abort = new AbortController();
    let closed: Promise<void> | undefined;
    // Aborts once the CONNECT has reached the proxy, which never answers.
    const silent = net.createServer((s) => {
      closed = new Promise((resolve) => s.on('close', () => resolve()));
      s.once('data', () => abort.abort(new Error('the 10 s request timeout')));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      setEnv({ HTTPS_PROXY: `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}` });
      await expect(post(HOOK, abort.signal)).rejects.toThrow('the 10 s request timeout');
      await closed; // we closed the connection to the proxy (else this test times out)
    } finally {
      silent.close();
    }
  });

  it('an already aborted request opens no connection to the proxy', async () => {
    fresh();
    setEnv({ HTTPS_PROXY: proxy.url() });
    await expect(post(HOOK, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
    expect(proxy.asked).toEqual([]);
  });

  it('a proxy URL of another scheme is refused by name, not bypassed', async () => {
    setEnv({ HTTPS_PROXY: 'socks5://127.0.0.1:1080' });
    await expect(post(HOOK)).rejects.toThrow(
      'HTTPS_PROXY names a socks5 proxy; only http:// and https:// proxies are supported',
    );
  });
});

describe('the GitHub API (artifact download) through the proxy', () => {
  const API_HOST = 'api.github.invalid';
  const TOKEN = 'ghs_artifacttoken';
  const ZIP = makeZip([['metrics.json', '{"accuracy":0.9}']]);
  let api: GitHubApiStandIn;
  let front: Awaited<ReturnType<typeof startTlsFront>>;
  let proxy: ForwardProxy;
  const defaultCAs = tls.getCACertificates('default');
  beforeAll(async () => {
    const cert = selfSignedCertificate(API_HOST);
    tls.setDefaultCACertificates([...defaultCAs, cert.cert]);
    api = await startGitHubApi({ repository: 'acme/vision', token: TOKEN, prefix: '/api/v3' });
    api.artifacts = [{ id: 12, runId: '42', name: 'metrics', zip: ZIP }];
    front = await startTlsFront(cert, Number(new URL(api.apiUrl).port));
    proxy = await startForwardProxy({ routes: { [`${API_HOST}:443`]: front.port } });
  });
  afterAll(async () => {
    tls.setDefaultCACertificates(defaultCAs);
    await Promise.all([proxy.close(), front.close(), api.close()]);
  });

  it('lists and downloads through the tunnel (the token inside TLS); the loopback storage redirect goes direct', async () => {
    setEnv({ HTTPS_PROXY: proxy.url() });
    const zip = await downloadArtifact({
      apiUrl: `https://${API_HOST}/api/v3`,
      repository: 'acme/vision',
      runId: '42',
      name: 'metrics',
      token: TOKEN,
    });
    expect(zip.equals(ZIP)).toBe(true);
    // The listing goes through the tunnel, with the token inside TLS; the stand-in's archive_download_url and its
    // storage redirect name its loopback origin, which goes direct.
    expect(proxy.asked).toEqual([{ method: 'CONNECT', target: `${API_HOST}:443`, host: API_HOST }]);
    expect(api.requests[0]).toEqual({
      path: '/api/v3/repos/acme/vision/actions/runs/42/artifacts?per_page=100&name=metrics',
      authorization: `Bearer ${TOKEN}`,
    });
    expect(api.requests.at(-1)).toEqual({ path: '/storage/12?sig=presigned', authorization: undefined });
  });
});
