// history: git with real git: a bare repository as origin, the bundled action as concurrent processes.
import { afterEach, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli } from '../../src/cli/main.js';
import { seedRules } from '../helpers/fixtures.js';
import {
  checkoutState,
  cloneOf,
  git,
  gitSpy,
  ledgerOn,
  originWith,
  selfSignedCertificate,
  startGitServer,
  type GitServer,
  type GitServerOptions,
} from '../helpers/git-repo.js';
import { runAction, tempDir, writeFiles } from '../helpers/run-action.js';
import { messageText, slackForSuite } from '../helpers/slack-server.js';

const ANY_EXPERIMENT =
  'version: 1\nchannels:\n  ml-alerts:\n    type: slack\n    url: ${SLACK_WEBHOOK_URL}\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n    channels: [ml-alerts]\n';

const slack = slackForSuite();

function step(
  ws: string,
  runId: string,
  metrics: unknown,
  extra: Record<string, string> = {},
  env: Record<string, string> = {},
) {
  writeFiles(ws, { 'out/metrics.json': JSON.stringify(metrics) });
  return runAction({
    workspace: ws,
    runId,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'git', ...extra },
    env: { SLACK_WEBHOOK_URL: slack.server.url(), ...env },
  });
}

describe('history: git', () => {
  it('creates the ledger branch as an orphan, keeps state across runs, never touches the checkout', async () => {
    const origin = originWith({ 'alerts.yml': seedRules() });
    const ws = cloneOf(origin);
    const before = checkoutState(ws);
    const first = await step(ws, '1', { accuracy: 0.5 });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('No history yet in git branch metric-alerts-history');
    expect(slack.server.received).toHaveLength(1);
    // An orphan branch holding only the ledger.
    expect(git(origin, 'rev-list', '--max-parents=0', 'metric-alerts-history').split('\n')).toHaveLength(1);
    expect(git(origin, 'ls-tree', '--name-only', 'metric-alerts-history')).toBe('alerts-history.json');
    // Still firing on a later run: nothing sent. Recovery: one resolved message.
    expect((await step(ws, '2', { accuracy: 0.6 })).outputs.fired).toBe('0');
    expect((await step(ws, '3', { accuracy: 0.95 })).outputs.resolved).toBe('1');
    expect(slack.server.received).toHaveLength(2);
    const ledger = ledgerOn(origin);
    expect(ledger.events.map((e) => [e.kind, e.deliveries[0]?.ok])).toEqual([
      ['fired', true],
      ['resolved', true],
    ]);
    expect(ledger.runs[0]!.runs.map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(checkoutState(ws)).toBe(before);
    expect(git(ws, 'status', '--porcelain', '--untracked-files=no')).toBe('');

    // metric-alerts history reads the ledger branch of the current repository.
    const out: string[] = [];
    const code = await cli(
      ['history', '--history-branch', 'metric-alerts-history', '--json'],
      {},
      { out: (s) => out.push(s), err: (s) => out.push(s) },
      ws,
    );
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n')).map((e: { run: string; event: string }) => [e.run, e.event])).toEqual([
      ['3', 'resolved'],
      ['1', 'fired'],
    ]);
  });

  // 8 bundled actions at once on a 2-core machine shared with other work: a generous bound.
  it('8 concurrent runs lose no run and no event; a shared transition is sent exactly once', async () => {
    const origin = originWith({ 'alerts.yml': ANY_EXPERIMENT });
    const checkouts = Array.from({ length: 8 }, () => cloneOf(origin));
    const before = checkouts.map(checkoutState);
    const runs = await Promise.all(
      checkouts.map((ws, i) => {
        const experiment = i < 4 ? `exp-${i}` : 'shared';
        return step(ws, String(100 + i), { experiment, run_id: `run-${i}`, metrics: { accuracy: 0.5 } });
      }),
    );
    for (const r of runs)
      expect({ code: r.code, err: r.stdout.split('\n').filter((l) => l.startsWith('::error')) }).toEqual({
        code: 0,
        err: [],
      });
    const texts = slack.server.received.map(messageText).join('\n');
    for (let i = 0; i < 4; i++) expect(texts.split(`Experiment *exp-${i}*`).length - 1).toBe(1);
    expect(texts.split('Experiment *shared*').length - 1).toBe(1);
    expect(runs.reduce((n, r) => n + Number(r.outputs.fired), 0)).toBe(5);

    const ledger = ledgerOn(origin);
    const runIds = ledger.runs.flatMap((e) => e.runs.map((r) => `${e.experiment}/${r.id}`)).sort();
    expect(runIds).toEqual([
      'exp-0/run-0',
      'exp-1/run-1',
      'exp-2/run-2',
      'exp-3/run-3',
      'shared/run-4',
      'shared/run-5',
      'shared/run-6',
      'shared/run-7',
    ]);
    expect(ledger.events.map((e) => e.experiment).sort()).toEqual(['exp-0', 'exp-1', 'exp-2', 'exp-3', 'shared']);
    expect(ledger.events.every((e) => e.kind === 'fired' && e.deliveries.length === 1 && e.deliveries[0]!.ok)).toBe(
      true,
    );
    expect(ledger.instances.filter((s) => s.state === 'firing')).toHaveLength(5);
    checkouts.forEach((ws, i) => expect(checkoutState(ws)).toBe(before[i]));
  }, 240_000);

  it('fails before sending anything without a repository, without origin, or without permission', async () => {
    const plain = tempDir();
    writeFiles(plain, { 'alerts.yml': seedRules() });
    const noRepo = await step(plain, '1', { accuracy: 0.5 });
    expect(noRepo.code).toBe(1);
    expect(noRepo.stdout).toContain('history: git needs a git repository in the workspace');

    git(plain, 'init', '--quiet');
    const noOrigin = await step(plain, '1', { accuracy: 0.5 });
    expect(noOrigin.code).toBe(1);
    expect(noOrigin.stdout).toContain('history: git needs a remote named origin');

    const origin = originWith({ 'alerts.yml': seedRules() });
    const hook = path.join(origin, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "Permission to acme/vision.git denied to github-actions[bot]." >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const denied = await step(cloneOf(origin), '1', { accuracy: 0.5 });
    expect(denied.code).toBe(1);
    expect(denied.stdout).toContain(
      'was refused for lack of permission. Give the job write access (permissions: contents: write)',
    );
    expect(slack.server.received).toHaveLength(0);
  });

  it('a corrupt ledger on the branch fails the step and is left as it is', async () => {
    const origin = originWith({ 'alerts.yml': seedRules() });
    const ws = cloneOf(origin);
    git(ws, 'checkout', '--quiet', '--orphan', 'metric-alerts-history');
    git(ws, 'rm', '-r', '--quiet', '--cached', '.');
    writeFileSync(path.join(ws, 'alerts-history.json'), '{"version": 1, "inst');
    git(ws, 'add', 'alerts-history.json');
    git(ws, 'commit', '--quiet', '-m', 'corrupt');
    git(ws, 'push', '--quiet', 'origin', 'metric-alerts-history');
    const head = git(origin, 'rev-parse', 'metric-alerts-history');
    const tmp = tempDir('tmpdir-');
    const r = await step(cloneOf(origin), '1', { accuracy: 0.5 }, {}, { TMPDIR: tmp });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('metric-alerts-history:alerts-history.json: the history file is unreadable');
    expect(git(origin, 'rev-parse', 'metric-alerts-history')).toBe(head);
    expect(slack.server.received).toHaveLength(0);
    // The temporary repository, made before the ledger was found corrupt, is gone.
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('history: git credentials and hygiene (a loopback smart-HTTP git server)', () => {
  const servers: GitServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  async function serve(opts: Omit<GitServerOptions, 'root'> = {}) {
    const origin = originWith({ 'alerts.yml': seedRules() });
    const server = await startGitServer({ root: path.dirname(origin), ...opts });
    servers.push(server);
    return { origin, server, url: `${server.base}/origin.git` };
  }
  /** A checkout whose origin is `url`, and a fresh TMPDIR for the run. */
  function checkout(origin: string, url: string) {
    const ws = cloneOf(origin);
    git(ws, 'remote', 'set-url', 'origin', url);
    return { ws, tmp: tempDir('tmpdir-') };
  }
  const basic = (credentials: string) => `basic ${Buffer.from(credentials).toString('base64')}`;
  /** Lines of the log other than the runner's own `::add-mask::` commands. */
  const shown = (stdout: string) =>
    stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');

  it('a token in the origin URL authenticates through the environment: on no command line, masked, stripped from messages; temp dirs removed', async () => {
    const token = `tok${Date.now()}SECRETpart`;
    const { origin, server, url } = await serve({ readers: [`x-access-token:${token}`] });
    const { ws, tmp } = checkout(origin, url.replace('://', `://x-access-token:${token}@`));
    const spy = gitSpy();
    const r = await step(
      ws,
      '1',
      { accuracy: 0.5 },
      {},
      {
        PATH: `${spy.bin}:${process.env.PATH}`,
        GIT_TRACE: spy.trace,
        TMPDIR: tmp,
      },
    );
    expect(r.code).toBe(0);
    expect(ledgerOn(origin).events.map((e) => e.kind)).toEqual(['fired']);
    // The server was asked with the token, for the fetch and for the push.
    const authorized = server.requests.filter((q) => q.credentials === `x-access-token:${token}`);
    expect(authorized.map((q) => q.path)).toEqual(
      expect.arrayContaining(['/origin.git/info/refs', '/origin.git/git-receive-pack']),
    );
    // Every git the action ran went through the spy, and no command line held the token, nor did any process git
    // started itself (GIT_TRACE records git-remote-http's command line, where a URL with user-info would be).
    const lines = spy.commandLines();
    expect(lines.some((l) => l.startsWith('git fetch'))).toBe(true);
    expect(lines.some((l) => l.startsWith('git push'))).toBe(true);
    expect(lines.filter((l) => l.includes(token))).toEqual([]);
    expect(readFileSync(spy.trace, 'utf8')).toContain('remote-http');
    expect(readFileSync(spy.trace, 'utf8')).not.toContain(token);
    // Masked with the runner before anything else, and shown nowhere else: the URL is shown without user-info.
    expect(r.stdout).toContain(`::add-mask::${token}`);
    expect(shown(r.stdout) + r.summary + r.stderr).not.toContain(token);
    expect(r.stdout).toContain(`No history yet in git branch metric-alerts-history of ${url} (alerts-history.json)`);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('github-token over https, and the header actions/checkout persisted, go to git through the environment', async () => {
    const tls = selfSignedCertificate();
    const token = `ghs_${Date.now()}githubtoken`;
    const persisted = `persisted${Date.now()}`;
    const { origin, server, url } = await serve({
      tls,
      readers: [`x-access-token:${token}`, `x-access-token:${persisted}`],
    });
    const { ws } = checkout(origin, url);
    const spy = gitSpy();
    const env = { PATH: `${spy.bin}:${process.env.PATH}`, GIT_SSL_CAINFO: tls.caFile, GIT_TRACE: spy.trace };
    const first = await step(ws, '1', { accuracy: 0.5 }, { 'github-token': token }, env);
    expect(first.code).toBe(0);
    expect(server.requests.filter((q) => q.credentials === `x-access-token:${token}`).length).toBeGreaterThan(1);
    // As actions/checkout leaves it: the header in the workspace repository's config wins over github-token.
    git(ws, 'config', `http.${server.base}/.extraheader`, `AUTHORIZATION: ${basic(`x-access-token:${persisted}`)}`);
    server.requests.length = 0;
    const second = await step(ws, '2', { accuracy: 0.95 }, { 'github-token': token }, env);
    expect(second.code).toBe(0);
    expect(second.outputs.resolved).toBe('1');
    expect(new Set(server.requests.map((q) => q.credentials))).toEqual(new Set([`x-access-token:${persisted}`]));
    const commandLines = spy.commandLines().join('\n') + readFileSync(spy.trace, 'utf8');
    for (const secret of [token, persisted, Buffer.from(`x-access-token:${token}`).toString('base64')])
      expect(commandLines).not.toContain(secret);
  });

  it('a fetch refused for authentication says the token could not READ; a push refused says it could not write', async () => {
    const good = 'x-access-token:reader-token-1234';
    const { origin, url } = await serve({ readers: [good], writers: [] });
    for (const remote of [url, url.replace('://', '://x-access-token:WRONGwrongWRONG@')]) {
      const { ws, tmp } = checkout(origin, remote);
      const r = await step(ws, '1', { accuracy: 0.5 }, {}, { TMPDIR: tmp });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        `history: git: could not read branch metric-alerts-history of ${url}: the credentials could not READ the repository.`,
      );
      expect(r.stdout).toContain('(permissions: contents: read)');
      expect(r.stdout).toMatch(/git said: fatal: (could not read Username|Authentication failed)/);
      expect(r.stdout).not.toContain('contents: write');
      expect(shown(r.stdout)).not.toContain('WRONGwrongWRONG');
      expect(readdirSync(tmp)).toEqual([]);
    }
    // The token reads but may not push (GitHub's 403 without contents: write).
    const { ws, tmp } = checkout(origin, url.replace('://', `://${good}@`));
    const refused = await step(ws, '1', { accuracy: 0.5 }, {}, { TMPDIR: tmp });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      `pushing to branch metric-alerts-history of ${url} was refused for lack of permission. Give the job write access (permissions: contents: write)`,
    );
    expect(refused.stdout).toContain('returned error: 403');
    expect(refused.stdout).not.toContain('could not READ');
    expect(readdirSync(tmp)).toEqual([]);
    expect(slack.server.received).toHaveLength(0);
  });

  it("git's own words are quoted without the user-info it echoes (a token given as the user name)", async () => {
    const { origin, url } = await serve({ readers: ['someone:else'] });
    const token = `ghp_${'A'.repeat(20)}${Date.now()}`;
    const { ws } = checkout(origin, url.replace('://', `://${token}@`));
    const r = await step(ws, '1', { accuracy: 0.5 });
    expect(r.code).toBe(1);
    // git says "could not read Password for 'http://TOKEN@127.0.0.1:PORT'": quoted with the user name removed.
    expect(r.stdout).toContain(`git said: fatal: could not read Password for '${new URL(url).origin}'`);
    expect(r.stdout).toContain(`::add-mask::${token}`);
    expect(shown(r.stdout) + r.summary).not.toContain(token);
  });

  it('a redirect is not followed: the credentials never reach where it points', async () => {
    const elsewhere = await serve();
    const token = 'x-access-token:redirect-secret-token';
    const { origin, server } = await serve({ readers: [token], redirectTo: elsewhere.server.base });
    const { ws, tmp } = checkout(origin, `${server.base.replace('://', `://${token}@`)}/moved/origin.git`);
    const r = await step(ws, '1', { accuracy: 0.5 }, {}, { TMPDIR: tmp });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`history: git: ${server.base}/moved/origin.git answered with a redirect (HTTP 302)`);
    expect(server.requests.map((q) => q.path)).toEqual(['/moved/origin.git/info/refs']);
    expect(elsewhere.server.requests).toEqual([]);
    expect(existsSync(tmp) && readdirSync(tmp)).toEqual([]);
    expect(slack.server.received).toHaveLength(0);
  });
});
