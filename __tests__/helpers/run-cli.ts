// Runs the installed command (bin/metric-alerts.js over dist/cli) as a user's shell does: a bare environment plus
// the given variables, optionally with the process's clock started at `now` (helpers/clock.mjs).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { clockArgs } from './run-action.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: readonly string[],
  opts: { cwd: string; env?: Record<string, string>; now?: string },
): Promise<CliRun> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? opts.cwd };
  Object.assign(env, opts.env ?? {});
  if (opts.now !== undefined) env.FAKE_NOW = opts.now;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...clockArgs(opts.now), path.join(ROOT, 'bin/metric-alerts.js'), ...args], {
      cwd: opts.cwd,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
