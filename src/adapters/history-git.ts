// History as a ledger file on its own branch of the workspace's `origin`. It works in a private temporary repository
// (fetch of that one branch, commits built with plumbing, push), so the user's checkout, branch, index and working
// tree are never touched. Writes are optimistic: a rejected push is retried against the new remote state.
// Credentials reach git through the environment only (git-remote.ts); the temporary repository is removed on every
// exit path, including a failure while the store is being opened.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../core/diagnostics.js';
import { parseLedger, serializeLedger, type Ledger } from '../core/history/ledger.js';
import type { HistoryStore } from '../app/ports.js';
import { sleep } from './sleep.js';
import {
  ALWAYS,
  basicAuthorization,
  cleaner,
  configEnv,
  headerKey,
  remoteOf,
  withoutUserInfo,
  type ConfigEntry,
  type Remote,
} from './git-remote.js';

export interface GitHistoryOptions {
  workspace: string;
  branch: string;
  path: string;
  /** github-token: sent as an HTTP extra header to https remotes (through the environment, never a command line). */
  token?: string;
  /** Attempts of one update before giving up. */
  maxAttempts?: number;
  log?: (m: string) => void;
  /** Registers a secret with the runner's masking: the password (or token) in the user-info of origin's URL. */
  mask?: (secret: string) => void;
}

interface Git {
  (
    args: readonly string[],
    opts?: { input?: string; env?: NodeJS.ProcessEnv; allowFail?: boolean },
  ): Promise<{ code: number; stdout: string; stderr: string }>;
}

interface GitContext {
  cwd: string;
  /** Configuration of every call, given through the environment. */
  config: readonly ConfigEntry[];
  /** Cleans git's text (URL user-info, known secrets) before an error keeps it. */
  clean: (text: string) => string;
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'metric-alerts',
  GIT_AUTHOR_EMAIL: 'metric-alerts@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'metric-alerts',
  GIT_COMMITTER_EMAIL: 'metric-alerts@users.noreply.github.com',
};

function runGit(ctx: GitContext): Git {
  // No prompt of any kind: an empty GIT_ASKPASS also turns off core.askPass and SSH_ASKPASS.
  const env = { ...process.env, ...IDENTITY, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '' };
  const configured = { ...env, ...configEnv([...ALWAYS, ...ctx.config], process.env) };
  return (args, opts = {}) =>
    new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        args,
        { cwd: ctx.cwd, env: { ...configured, ...(opts.env ?? {}) }, maxBuffer: 256 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          const said = ctx.clean(stderr || (code !== 0 ? String(error?.message ?? '') : ''));
          if (code !== 0 && !opts.allowFail) reject(new GitError(args[0] ?? '', said));
          else resolve({ code, stdout, stderr: said });
        },
      );
      if (opts.input !== undefined) child.stdin?.end(opts.input);
    });
}

class GitError extends Error {
  constructor(
    readonly command: string,
    /** Already cleaned of credentials. */
    readonly stderr: string,
  ) {
    super(`git ${command} failed: ${lastLines(stderr)}`);
  }
}

function lastLines(text: string, n = 3): string {
  return text.trim().split('\n').filter(Boolean).slice(-n).join(' ');
}

/** Authentication refused: no credentials, wrong ones, or ones without access (HTTP 401 / 403). */
const AUTH_FAILED =
  /Authentication failed|could not read (Username|Password)|terminal prompts disabled|returned error: 40[13]\b|\bHTTP 40[13]\b/i;
const REDIRECTED = /returned error: (30[0-8])\b/;

interface Where {
  branch: string;
  /** origin's URL as it may be shown. */
  remote: string;
}

/** A failed fetch, for a person: the token cannot read, a redirect, or whatever git said. */
function fetchFailure(stderr: string, where: Where): UserError {
  const said = lastLines(stderr);
  if (AUTH_FAILED.test(stderr))
    return new UserError(
      `history: git: could not read branch ${where.branch} of ${where.remote}: the credentials could not READ the repository. Keep github-token at its default (or give a token that can read this repository) and give the job read access (permissions: contents: read). git said: ${said}`,
    );
  const redirect = REDIRECTED.exec(stderr);
  if (redirect)
    return new UserError(
      `history: git: ${where.remote} answered with a redirect (HTTP ${redirect[1]}), which is not followed (it would take the credentials elsewhere). Set origin to the repository's real URL.`,
    );
  return new UserError(`history: git: could not fetch branch ${where.branch} of ${where.remote}: ${said}`);
}

/** A push refused for lack of permission, for a person. */
function pushRefusal(stderr: string, where: Where): UserError {
  return new UserError(
    `history: git: pushing to branch ${where.branch} of ${where.remote} was refused for lack of permission. Give the job write access (permissions: contents: write) and keep github-token at its default. git said: ${lastLines(stderr)}`,
  );
}

/** What git and GitHub say when a push is refused for lack of permission (final, never retried). */
function isPushRefusal(stderr: string): boolean {
  return /denied|permission/i.test(stderr) || AUTH_FAILED.test(stderr);
}

interface Workspace {
  remote: Remote;
  /** The credentials for origin, as configuration. */
  auth: ConfigEntry[];
}

/** origin of the workspace repository and the credentials to reach it. Creates nothing. */
async function inspectWorkspace(opts: GitHistoryOptions): Promise<Workspace> {
  const inWorkspace = runGit({ cwd: opts.workspace, config: [], clean: withoutUserInfo });
  const top = await inWorkspace(['rev-parse', '--show-toplevel'], { allowFail: true });
  if (top.code !== 0)
    throw new UserError(
      `history: git needs a git repository in the workspace (${opts.workspace}); add actions/checkout before this step, or use history: cache`,
    );
  const origin = await inWorkspace(['remote', 'get-url', 'origin'], { allowFail: true });
  if (origin.code !== 0)
    throw new UserError(
      'history: git needs a remote named origin in the workspace repository; actions/checkout sets it',
    );
  let url = origin.stdout.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[^/]+@[^:]+:/.test(url)) url = path.resolve(top.stdout.trim(), url);
  const remote = remoteOf(url);
  // The credentials actions/checkout persisted in the workspace repository's config.
  const found = await inWorkspace(['config', '--get-regexp', '^http\\..*\\.extraheader$'], { allowFail: true });
  const persisted = found.stdout
    .split('\n')
    .filter(Boolean)
    .map((line): ConfigEntry => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]);
  return { remote, auth: credentials(remote, persisted, opts.token) };
}

/**
 * Which credentials go to origin, first found: the headers actions/checkout persisted, the password in origin's URL,
 * github-token for https remotes. A user name in origin's URL is kept beside any of them (git asks its credential
 * helpers for that user's password).
 */
function credentials(remote: Remote, persisted: ConfigEntry[], token: string | undefined): ConfigEntry[] {
  const userName = remote.auth.filter(([key]) => key === 'credential.username');
  if (persisted.length) return [...persisted, ...userName];
  if (remote.hasPassword) return remote.auth;
  if (token && /^https:\/\//i.test(remote.url))
    return [...userName, [headerKey(remote.url), basicAuthorization(`x-access-token:${token}`)]];
  return userName;
}

interface LedgerRepo extends Where {
  git: Git;
  dir: string;
  /** The ledger's path on the branch. */
  file: string;
  clean: (text: string) => string;
}

/** Fetches the branch; returns its commit, or undefined when the branch does not exist yet. */
async function fetchBranch(repo: LedgerRepo): Promise<string | undefined> {
  const ref = `refs/remotes/origin/${repo.branch}`;
  const refspec = `+refs/heads/${repo.branch}:${ref}`;
  const r = await repo.git(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', refspec], { allowFail: true });
  if (r.code !== 0) {
    if (/couldn't find remote ref|not our ref|no such ref/i.test(r.stderr)) return undefined;
    throw fetchFailure(r.stderr, repo);
  }
  return (await repo.git(['rev-parse', ref])).stdout.trim();
}

async function readLedger(repo: LedgerRepo, commit: string | undefined): Promise<Ledger | undefined> {
  if (!commit) return undefined;
  const r = await repo.git(['show', `${commit}:${repo.file}`], { allowFail: true });
  if (r.code !== 0) return undefined;
  return parseLedger(r.stdout, `${repo.branch}:${repo.file}`);
}

type Pushed = { commit: string } | { rejected: string };

/** Commits the ledger on top of `base` and pushes; `rejected` when the remote moved (someone else wrote first). */
async function pushLedger(
  repo: LedgerRepo,
  change: { ledger: Ledger; base?: string; message: string },
): Promise<Pushed> {
  const { git } = repo;
  const blob = (await git(['hash-object', '-w', '--stdin'], { input: serializeLedger(change.ledger) })).stdout.trim();
  const env = { GIT_INDEX_FILE: path.join(repo.dir, '.git', 'metric-alerts-index') };
  await rm(env.GIT_INDEX_FILE, { force: true });
  if (change.base) await git(['read-tree', change.base], { env });
  await git(['update-index', '--add', '--cacheinfo', `100644,${blob},${repo.file}`], { env });
  const tree = (await git(['write-tree'], { env })).stdout.trim();
  const parents = change.base ? ['-p', change.base] : [];
  const commit = (await git(['commit-tree', tree, ...parents, '-m', change.message])).stdout.trim();
  const push = await git(['push', '--quiet', '--porcelain', 'origin', `${commit}:refs/heads/${repo.branch}`], {
    allowFail: true,
  });
  if (push.code === 0) return { commit };
  // A refusal for lack of permission is final. Anything else (non-fast-forward, a lost race to create the branch or
  // to lock the ref, whatever words this git version uses for them) is retried against a fresh fetch, bounded.
  if (isPushRefusal(push.stderr)) throw pushRefusal(push.stderr, repo);
  return { rejected: lastLines(push.stderr || repo.clean(push.stdout), 2) };
}

export async function gitHistory(opts: GitHistoryOptions): Promise<HistoryStore> {
  const { remote, auth } = await inspectWorkspace(opts);
  for (const secret of remote.secrets) opts.mask?.(secret);
  const dir = await mkdtemp(path.join(tmpdir(), 'metric-alerts-ledger-'));
  try {
    const clean = cleaner(remote.secrets);
    const git = runGit({ cwd: dir, config: [['remote.origin.url', remote.url], ...auth], clean });
    await git(['init', '--quiet']);
    const repo: LedgerRepo = { git, dir, clean, branch: opts.branch, file: opts.path, remote: remote.shown };
    const base = await fetchBranch(repo);
    return ledgerStore(repo, opts, { base, current: await readLedger(repo, base) });
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

/** The last state seen on the remote: updated by every fetch and every successful push. */
interface Seen {
  base: string | undefined;
  current: Ledger | undefined;
}

function ledgerStore(repo: LedgerRepo, opts: GitHistoryOptions, initial: Seen): HistoryStore {
  let seen = initial;
  const maxAttempts = opts.maxAttempts ?? 20;
  const store: HistoryStore = {
    describe: `git branch ${repo.branch} of ${repo.remote} (${repo.file})`,
    load: async () => seen.current,
    async save(ledger: Ledger) {
      await store.update(() => ({ ledger, result: undefined }), 'metric-alerts: record');
    },
    async update<T>(change: (current: Ledger | undefined) => { ledger: Ledger; result: T }, message: string) {
      for (let attempt = 1; ; attempt++) {
        const { ledger, result } = change(seen.current);
        const pushed = await pushLedger(repo, { ledger, message, ...(seen.base ? { base: seen.base } : {}) });
        if ('commit' in pushed) {
          seen = { base: pushed.commit, current: ledger };
          return result;
        }
        if (attempt >= maxAttempts)
          throw new UserError(
            `history: git: could not write branch ${repo.branch} in ${maxAttempts} attempts (last answer: ${pushed.rejected || 'rejected'}). Re-run the job.`,
          );
        opts.log?.(`history: branch ${repo.branch} moved; retrying against the new state (attempt ${attempt + 1})`);
        await sleep(Math.random() * 250 * Math.min(attempt, 8) + 20);
        const base = await fetchBranch(repo);
        seen = { base, current: await readLedger(repo, base) };
      }
    },
    async close() {
      await rm(repo.dir, { recursive: true, force: true });
    },
  };
  return store;
}
