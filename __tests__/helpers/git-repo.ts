// Real git repositories in a temp folder: a bare `origin` and clones of it, as actions/checkout leaves them; a loopback
// smart-HTTP git server (`git http-backend`) that asks for credentials; a `git` on PATH that logs its command lines.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { tempDir, writeFiles } from './run-action.js';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args],
    { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).trim();
}

/** A bare origin holding one commit on main with the given files. */
export function originWith(files: Record<string, string>): string {
  const root = tempDir('git-');
  const origin = path.join(root, 'origin.git');
  git(root, 'init', '--quiet', '--bare', origin);
  const seed = path.join(root, 'seed');
  git(root, 'clone', '--quiet', origin, seed);
  writeFiles(seed, files);
  git(seed, 'add', '-A');
  git(seed, 'commit', '--quiet', '-m', 'initial');
  git(seed, 'push', '--quiet', 'origin', 'HEAD:main');
  return origin;
}

/**
 * Holds every push to a bare origin for `seconds` before git takes it (a pre-receive hook), so two runs started
 * together both read the ledger before either's write lands: the race a concurrency test must have, not hope for.
 */
export function holdPushes(origin: string, seconds: number): void {
  const hook = path.join(origin, 'hooks', 'pre-receive');
  writeFileSync(hook, `#!/bin/sh\ncat >/dev/null\nsleep ${seconds}\nexit 0\n`);
  chmodSync(hook, 0o755);
}

/** How many of the runs found the ledger's branch moved under their write (and evaluated again on the new state). */
export function racedWrites(stdouts: readonly string[]): number {
  return stdouts.filter((s) => /moved; retrying against the new state/.test(s)).length;
}

export function cloneOf(origin: string): string {
  const ws = tempDir('checkout-');
  git(ws, 'clone', '--quiet', origin, '.');
  return ws;
}

/** The ledger on the branch of the origin, parsed. */
export function ledgerOn(
  origin: string,
  branch = 'metric-alerts-history',
  file = 'alerts-history.json',
): {
  instances: { alert: string; experiment: string; state: string }[];
  runs: { experiment: string; runs: { id: string }[] }[];
  events: { alert: string; experiment: string; kind: string; deliveries: { ok: boolean }[] }[];
} {
  return JSON.parse(git(origin, 'show', `${branch}:${file}`));
}

/** What a checkout looks like to its user: HEAD, branch, branches, index and tracked files. */
export function checkoutState(ws: string): string {
  return [
    git(ws, 'rev-parse', 'HEAD'),
    git(ws, 'symbolic-ref', 'HEAD'),
    git(ws, 'branch', '--list'),
    git(ws, 'diff', '--cached', '--stat'),
    git(ws, 'diff', '--stat'),
    git(ws, 'stash', 'list'),
  ].join('\n');
}

export interface GitRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  /** The basic credentials (`user:password`) of the Authorization header. */
  credentials: string | undefined;
}

export interface GitServer {
  /** `http(s)://127.0.0.1:PORT` */
  base: string;
  requests: GitRequest[];
  close(): Promise<void>;
}

export interface GitServerOptions {
  /** Serves the bare repositories under this folder (`/NAME.git/...`). */
  root: string;
  /** Basic credentials (`user:password`) that may read; anything else gets 401 (none) or 403 (wrong). */
  readers?: string[];
  /** Of the readers, those that may also push (receive-pack); the others get 403. Default: every reader. */
  writers?: string[];
  /** Requests under `/moved/` are answered `302` to this base with the rest of the path. */
  redirectTo?: string;
  /** A self-signed certificate and key (PEM) to serve https. */
  tls?: { cert: string; key: string };
}

function basicCredentials(header: string | undefined): string | undefined {
  const m = /^basic (.+)$/i.exec(header ?? '');
  return m ? Buffer.from(m[1]!, 'base64').toString('utf8') : undefined;
}

/** Why a request is refused (401 / 403), or undefined when it may go on. */
function refusal(req: http.IncomingMessage, url: URL, opts: GitServerOptions): number | undefined {
  if (!opts.readers) return undefined;
  const who = basicCredentials(req.headers.authorization);
  if (who === undefined) return 401;
  if (!opts.readers.includes(who)) return 401;
  const pushing = url.searchParams.get('service') === 'git-receive-pack' || url.pathname.endsWith('/git-receive-pack');
  return pushing && !(opts.writers ?? opts.readers).includes(who) ? 403 : undefined;
}

/** Runs `git http-backend` as a CGI for one request. */
function backend(req: http.IncomingMessage, res: http.ServerResponse, url: URL, root: string): void {
  const cgi = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH ?? '',
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: url.pathname,
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
      REMOTE_USER: 'tester',
      REMOTE_ADDR: '127.0.0.1',
    },
  });
  req.pipe(cgi.stdin);
  let head = Buffer.alloc(0);
  let started = false;
  cgi.stdout.on('data', (d: Buffer) => {
    if (started) return void res.write(d);
    head = Buffer.concat([head, d]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    started = true;
    let status = 200;
    const headers: Record<string, string> = {};
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const i = line.indexOf(':');
      const [name, value] = [line.slice(0, i).trim(), line.slice(i + 1).trim()];
      if (/^status$/i.test(name)) status = parseInt(value, 10);
      else headers[name] = value;
    }
    res.writeHead(status, headers);
    res.write(head.subarray(end + 4));
  });
  cgi.stdout.on('end', () => res.end());
}

/** A loopback git server over smart HTTP, the way GitHub answers: 401 without credentials, 403 without permission. */
export async function startGitServer(opts: GitServerOptions): Promise<GitServer> {
  const requests: GitRequest[] = [];
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://loopback');
    requests.push({
      method: req.method ?? '',
      path: url.pathname,
      authorization: req.headers.authorization,
      credentials: basicCredentials(req.headers.authorization),
    });
    if (opts.redirectTo && url.pathname.startsWith('/moved/')) {
      res.writeHead(302, { location: `${opts.redirectTo}${url.pathname.slice('/moved'.length)}${url.search}` }).end();
      return;
    }
    const refused = refusal(req, url, opts);
    if (refused === 401) res.writeHead(401, { 'www-authenticate': 'Basic realm="git"' }).end('Authentication required');
    else if (refused === 403) res.writeHead(403).end('Permission denied');
    else backend(req, res, url, opts.root);
  };
  const server = opts.tls ? https.createServer(opts.tls, handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A self-signed certificate for 127.0.0.1, or for a host name (openssl), and the file it is trusted from
 * (GIT_SSL_CAINFO for git, NODE_EXTRA_CA_CERTS for node).
 */
export function selfSignedCertificate(host = '127.0.0.1'): { cert: string; key: string; caFile: string } {
  const dir = tempDir('tls-');
  const [keyFile, certFile] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  const san = /^[\d.]+$/.test(host) ? `IP:${host}` : `DNS:${host}`;
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${host}`],
      ...['-addext', `subjectAltName=${san}`, '-keyout', keyFile, '-out', certFile],
    ],
    { stdio: 'ignore' },
  );
  return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8'), caFile: certFile };
}

export interface GitSpy {
  /** Put first on PATH: a `git` that appends its command line to `argvLog`, then runs the real git. */
  bin: string;
  argvLog: string;
  /** For GIT_TRACE: every process git itself starts (git-remote-http, ...) with its command line. */
  trace: string;
  /** Every command line the `git` on PATH was run with. */
  commandLines(): string[];
}

export function gitSpy(): GitSpy {
  const dir = tempDir('git-spy-');
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const argvLog = path.join(dir, 'argv.log');
  writeFileSync(argvLog, '');
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nprintf 'git %s\\n' "$*" >> '${argvLog}'\nexec '${realGit}' "$@"\n`);
  chmodSync(path.join(bin, 'git'), 0o755);
  return {
    bin,
    argvLog,
    trace: path.join(dir, 'trace.log'),
    commandLines: () => readFileSync(argvLog, 'utf8').split('\n').filter(Boolean),
  };
}
