// A real executable on PATH that stands in for a platform command (notify-send, osascript, powershell.exe): it records
// its argv and the environment variables asked for, one JSON line per call, then exits as told. Not a mock of
// execFile: the command is found on PATH and run as the real one would be.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface FakeCall {
  argv: string[];
  env: Record<string, string | undefined>;
}

export interface FakeCommands {
  /** The folder to put first on PATH. */
  dir: string;
  /** PATH with the folder first. */
  path: string;
  /** Every call so far, in order. */
  calls(): FakeCall[];
  /** The next calls exit with `code` and print `stderr`. */
  fail(code: number, stderr: string): void;
  remove(): void;
}

/** Makes `names` (each one fake command) in a new folder; `envNames` are the variables each call records. */
export function fakeCommands(names: readonly string[], envNames: readonly string[] = []): FakeCommands {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-cmd-'));
  const log = path.join(dir, 'calls.jsonl');
  const failFile = path.join(dir, 'fail.json');
  const script = `#!${process.execPath}
const fs = require('node:fs');
const env = {};
for (const n of ${JSON.stringify(envNames)}) env[n] = process.env[n];
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ argv: process.argv.slice(2), env }) + '\\n');
if (fs.existsSync(${JSON.stringify(failFile)})) {
  const f = JSON.parse(fs.readFileSync(${JSON.stringify(failFile)}, 'utf8'));
  process.stderr.write(f.stderr);
  process.exit(f.code);
}
`;
  for (const name of names) {
    const file = path.join(dir, name);
    writeFileSync(file, script);
    chmodSync(file, 0o755);
  }
  return {
    dir,
    path: `${dir}${path.delimiter}${process.env.PATH ?? ''}`,
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as FakeCall)
        : [],
    fail: (code, stderr) => writeFileSync(failFile, JSON.stringify({ code, stderr })),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
