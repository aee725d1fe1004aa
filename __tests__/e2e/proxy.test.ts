// SPEC §5: HTTPS_PROXY / https_proxy and NO_PROXY honoured as @actions/http-client honours them, through dist/index.js
// run as a runner runs it. The Slack webhook's host resolves nowhere (.invalid): only the loopback forward proxy
// can reach it (it routes the tunnel to a TLS stand-in whose self-signed certificate names that host and is trusted
// through NODE_EXTRA_CA_CERTS). With NO_PROXY naming the host, the proxy is not used and the delivery fails on DNS.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedRules } from '../helpers/fixtures.js';
import { startForwardProxy, startTlsFront, type ForwardProxy } from '../helpers/forward-proxy.js';
import { selfSignedCertificate } from '../helpers/git-repo.js';
import { runAction, tempDir, writeFiles } from '../helpers/run-action.js';
import { messageText, startSlack, type SlackStandIn } from '../helpers/slack-server.js';

const HOST = 'hooks.slack.invalid';
const HOOK = `https://${HOST}/services/T000/B000/secret-token`;
const PASSWORD = 'pr0xy-s3cret';
const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning'));

describe('Slack through a forward proxy, through dist', () => {
  let slack: SlackStandIn;
  let front: Awaited<ReturnType<typeof startTlsFront>>;
  let proxy: ForwardProxy;
  let authProxy: ForwardProxy;
  let caFile: string;
  beforeAll(async () => {
    const cert = selfSignedCertificate(HOST);
    caFile = cert.caFile;
    slack = await startSlack();
    front = await startTlsFront(cert, Number(new URL(slack.url()).port));
    const routes = { [`${HOST}:443`]: front.port };
    proxy = await startForwardProxy({ routes });
    authProxy = await startForwardProxy({
      routes,
      authorization: `Basic ${Buffer.from(`ci-bot:${PASSWORD}`).toString('base64')}`,
    });
  });
  afterAll(() => Promise.all([proxy.close(), authProxy.close(), front.close(), slack.close()]));

  const fire = (env: Record<string, string>) => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': seedRules(), 'out/metrics.json': '{"accuracy": 0.78}' });
    return runAction({
      workspace: ws,
      inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'none' },
      env: { SLACK_WEBHOOK_URL: HOOK, NODE_EXTRA_CA_CERTS: caFile, ...env },
    });
  };

  it('HTTPS_PROXY: the message arrives through the tunnel; the proxy saw only the host', async () => {
    const before = slack.received.length;
    const r = await fire({ HTTPS_PROXY: proxy.url() });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ fired: '1', 'failed-deliveries': '0' });
    expect(slack.received).toHaveLength(before + 1);
    expect(slack.received.at(-1)!.path).toBe('/services/T000/B000/secret-token');
    expect(messageText(slack.received.at(-1)!)).toContain('accuracy-regression');
    expect(proxy.asked).toEqual([{ method: 'CONNECT', target: `${HOST}:443`, host: HOST }]);
  });

  it('lowercase https_proxy with user-info: authenticated to the proxy, the password shown nowhere', async () => {
    const before = slack.received.length;
    const r = await fire({ https_proxy: authProxy.url({ user: 'ci-bot', password: PASSWORD }) });
    expect(r.outputs).toMatchObject({ fired: '1', 'failed-deliveries': '0' });
    expect(slack.received).toHaveLength(before + 1);
    expect(authProxy.hosts()).toEqual([HOST]);
    for (const surface of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)])
      expect(surface).not.toContain(PASSWORD);
  });

  it('NO_PROXY naming the host: the proxy is not used, and the delivery fails on DNS, reported', async () => {
    const asked = proxy.asked.length;
    const before = slack.received.length;
    const r = await fire({ HTTPS_PROXY: proxy.url(), NO_PROXY: `localhost,${HOST}` });
    expect(r.code).toBe(0);
    expect(proxy.asked).toHaveLength(asked);
    expect(slack.received).toHaveLength(before);
    expect(r.outputs).toMatchObject({ fired: '1', 'failed-deliveries': '1' });
    expect(warnings(r.stdout).join('\n')).toMatch(
      /delivery to channel ml-alerts failed: (host not found \(DNS\)|DNS lookup failed)/,
    );
  });
});
