// History as a ledger file on its own branch of the workspace's `origin`. It works in a private temporary repository
// (fetch of that one branch, commits built with plumbing, push), so the user's checkout, branch, index and working
// tree are never touched. Writes are optimistic: a rejected push is retried against the new remote state.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../core/diagnostics.js';
import { parseLedger, serializeLedger, type Ledger } from '../core/history/ledger.js';
import type { HistoryStore } from '../app/ports.js';
import { sleep } from './sleep.js';

export interface GitHistoryOptions {
  workspace: string;
  branch: string;
  path: string;
  /** github-token: sent as an HTTP extra header to https remotes. */
  token?: string;
  /** Attempts of one update before giving up. */
  maxAttempts?: number;
  log?: (m: string) => void;
}

interface Git {
  (
    args: readonly string[],
    opts?: { input?: string; env?: NodeJS.ProcessEnv; allowFail?: boolean },
  ): Promise<{ code: number; stdout: string; stderr: string }>;
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'metric-alerts',
  GIT_AUTHOR_EMAIL: 'metric-alerts@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'metric-alerts',
  GIT_COMMITTER_EMAIL: 'metric-alerts@users.noreply.github.com',
};

function runGit(cwd: string, config: readonly string[]): Git {
  return (args, opts = {}) =>
    new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        [...config.flatMap((c) => ['-c', c]), ...args],
        {
          cwd,
          env: { ...process.env, ...IDENTITY, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', ...(opts.env ?? {}) },
          maxBuffer: 256 * 1024 * 1024,
        },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          if (code !== 0 && !opts.allowFail) reject(new GitError(args, stderr || String(error?.message ?? '')));
          else resolve({ code, stdout, stderr });
        },
      );
      if (opts.input !== undefined) child.stdin?.end(opts.input);
    });
}

class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
  ) {
    super(`git ${args[0]} failed: ${stderr.trim().split('\n').slice(-3).join(' ')}`);
  }
}

/** What git and GitHub say when they refuse for lack of permission (final, never retried). */
const PERMISSION_REFUSED = /denied|permission|403|Authentication failed|could not read Username/i;

/** Why a git failure happened and how to fix it, for a person. */
function explain(e: unknown, remote: string, branch: string): UserError {
  const text = e instanceof GitError ? e.stderr : e instanceof Error ? e.message : String(e);
  if (PERMISSION_REFUSED.test(text) || /not allowed|unable to access/i.test(text)) {
    return new UserError(
      `history: git: pushing to branch ${branch} of ${remote} was refused for lack of permission. Give the job write access (permissions: contents: write) and keep github-token at its default.`,
    );
  }
  return new UserError(`history: git: ${e instanceof Error ? e.message : String(e)}`);
}

export async function gitHistory(opts: GitHistoryOptions): Promise<HistoryStore> {
  const inWorkspace = runGit(opts.workspace, []);
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
  let remote = origin.stdout.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) && !/^[^/]+@[^:]+:/.test(remote))
    remote = path.resolve(top.stdout.trim(), remote);
  const config: string[] = [];
  // The credentials actions/checkout persisted, else github-token, for https remotes.
  const persisted = await inWorkspace(['config', '--get-regexp', '^http\\..*\\.extraheader$'], { allowFail: true });
  for (const line of persisted.stdout.split('\n').filter(Boolean)) {
    const i = line.indexOf(' ');
    config.push(`${line.slice(0, i)}=${line.slice(i + 1)}`);
  }
  if (persisted.stdout.trim() === '' && opts.token && /^https:\/\//i.test(remote)) {
    config.push(
      `http.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${opts.token}`).toString('base64')}`,
    );
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'metric-alerts-ledger-'));
  const git = runGit(dir, config);
  await git(['init', '--quiet']);
  await git(['remote', 'add', 'origin', remote]);
  const ref = `refs/remotes/origin/${opts.branch}`;
  const maxAttempts = opts.maxAttempts ?? 12;

  /** Fetches the branch; returns its commit, or undefined when the branch does not exist yet. */
  const fetch = async (): Promise<string | undefined> => {
    const r = await git(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+refs/heads/${opts.branch}:${ref}`], {
      allowFail: true,
    });
    if (r.code !== 0) {
      if (/couldn't find remote ref|not our ref|no such ref/i.test(r.stderr)) return undefined;
      throw explain(new GitError(['fetch'], r.stderr), remote, opts.branch);
    }
    return (await git(['rev-parse', ref])).stdout.trim();
  };

  const read = async (commit: string | undefined): Promise<Ledger | undefined> => {
    if (!commit) return undefined;
    const r = await git(['show', `${commit}:${opts.path}`], { allowFail: true });
    if (r.code !== 0) return undefined;
    return parseLedger(r.stdout, `${opts.branch}:${opts.path}`);
  };

  let lastRejection = '';
  /** Commits the ledger on top of `base` and pushes; undefined when the remote moved (someone else wrote first). */
  const write = async (ledger: Ledger, base: string | undefined, message: string): Promise<string | undefined> => {
    const blob = (await git(['hash-object', '-w', '--stdin'], { input: serializeLedger(ledger) })).stdout.trim();
    const env = { GIT_INDEX_FILE: path.join(dir, '.git', 'metric-alerts-index') };
    await rm(env.GIT_INDEX_FILE, { force: true });
    if (base) await git(['read-tree', base], { env });
    await git(['update-index', '--add', '--cacheinfo', `100644,${blob},${opts.path}`], { env });
    const tree = (await git(['write-tree'], { env })).stdout.trim();
    const commit = (await git(['commit-tree', tree, ...(base ? ['-p', base] : []), '-m', message])).stdout.trim();
    const push = await git(['push', '--quiet', '--porcelain', 'origin', `${commit}:refs/heads/${opts.branch}`], {
      allowFail: true,
    });
    if (push.code === 0) return commit;
    // A refusal for lack of permission is final. Anything else (non-fast-forward, a lost race to create the branch or
    // to lock the ref, whatever words this git version uses for them) is retried against a fresh fetch, bounded.
    if (PERMISSION_REFUSED.test(push.stderr)) throw explain(new GitError(['push'], push.stderr), remote, opts.branch);
    lastRejection = (push.stderr || push.stdout).trim().split('\n').slice(-2).join(' ');
    return undefined;
  };

  // The last state seen on the remote: updated by every fetch and every successful push.
  let base = await fetch();
  let current = await read(base);

  const store: HistoryStore = {
    describe: `git branch ${opts.branch} (${opts.path})`,
    load: async () => current,
    async save(ledger: Ledger) {
      await store.update(() => ({ ledger, result: undefined }), 'metric-alerts: record');
    },
    async update<T>(
      change: (current: Ledger | undefined) => { ledger: Ledger; result: T },
      message: string,
    ): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        const { ledger, result } = change(current);
        const commit = await write(ledger, base, message);
        if (commit) {
          base = commit;
          current = ledger;
          return result;
        }
        if (attempt >= maxAttempts) {
          throw new UserError(
            `history: git: could not write branch ${opts.branch} in ${maxAttempts} attempts (last answer: ${lastRejection || 'rejected'}). Re-run the job.`,
          );
        }
        opts.log?.(`history: branch ${opts.branch} moved; retrying against the new state (attempt ${attempt + 1})`);
        await sleep(Math.random() * 150 * Math.min(attempt, 6) + 20);
        base = await fetch();
        current = await read(base);
      }
    },
    async close() {
      await rm(dir, { recursive: true, force: true });
    },
  };
  return store;
}
