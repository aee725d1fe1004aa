// Runs the bundled action (dist/index.js) as a process with the environment a GitHub runner gives it:
// INPUT_* for every input (defaults from action.yml), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ACTION = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionOptions {
  workspace: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  event?: { name: string; payload: unknown };
  runId?: string;
  runAttempt?: string;
  /** Another build of the action to run instead of dist/index.js. */
  entry?: string;
  /** Called with the action's process once it is started (to kill it mid-run, say). */
  onSpawn?: (child: ChildProcess) => void;
  /** The process's clock starts at this instant (ISO 8601) and runs on: helpers/clock.mjs, as libfaketime would. */
  now?: string;
}

/** Node arguments that start a process's clock at `now` (helpers/clock.mjs); none without it. */
export function clockArgs(now: string | undefined): string[] {
  return now === undefined ? [] : ['--import', pathToFileURL(path.join(ROOT, '__tests__/helpers/clock.mjs')).href];
}

export function tempDir(prefix = 'metric-alerts-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

export async function runAction(opts: ActionOptions): Promise<ActionRun> {
  const runner = tempDir('runner-');
  const outputFile = path.join(runner, 'output');
  const summaryFile = path.join(runner, 'summary');
  const eventFile = path.join(runner, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event?.payload ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runner,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'acme/vision',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: opts.runId ?? '1000',
    GITHUB_RUN_ATTEMPT: opts.runAttempt ?? '1',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    RUNNER_TEMP: runner,
  };
  for (const [name, spec] of Object.entries(ACTION.inputs)) {
    const given = opts.inputs?.[name];
    const value = given ?? (spec.default?.includes('${{') ? 'ghs_faketoken' : (spec.default ?? ''));
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  Object.assign(env, opts.env ?? {});
  if (opts.now !== undefined) env.FAKE_NOW = opts.now;
  const entry = opts.entry ?? path.join(ROOT, 'dist/index.js');
  const child = spawn(process.execPath, [...clockArgs(opts.now), entry], {
    cwd: opts.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  opts.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
  };
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}
