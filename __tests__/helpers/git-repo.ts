// Real git repositories in a temp folder: a bare `origin` and clones of it, as actions/checkout leaves them.
import { execFileSync } from 'node:child_process';
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
