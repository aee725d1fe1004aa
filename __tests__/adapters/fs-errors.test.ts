// One explanation of a path that cannot be used, for the rules file, the metrics files and the history file.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { explainFsError, statFile, type Expected } from '../../src/adapters/fs-errors.js';
import { tempDir } from '../helpers/run-action.js';

const RULES: Expected = { noun: 'the rules file', example: 'alerts.yml', whenMissing: '(set --config)' };

function errorOf(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('explainFsError', () => {
  it('explains the errors a read meets, with the code and what was expected', () => {
    const ws = tempDir();
    writeFileSync(path.join(ws, 'file'), 'x');
    const ctx = { shown: 'x.yml', expected: RULES };
    // Real errors from the file system.
    expect(
      explainFsError(
        errorOf(() => readFileSync(path.join(ws, 'nope'))),
        ctx,
      ),
    ).toEqual({
      file: 'x.yml',
      message: 'the rules file does not exist (set --config)',
    });
    expect(
      explainFsError(
        errorOf(() => readFileSync(ws)),
        ctx,
      ).message,
    ).toBe('is a directory; expected the rules file (alerts.yml)');
    expect(
      explainFsError(
        errorOf(() => readFileSync(path.join(ws, 'file', 'x'))),
        ctx,
      ).message,
    ).toBe(
      'cannot be read: a part of the path is a file, not a directory (ENOTDIR); expected the rules file (alerts.yml)',
    );
    // EACCES as Node reports it (a real one needs a user that is not root: see cli.test.ts).
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x.yml'"), { code: 'EACCES' });
    expect(explainFsError(denied, ctx).message).toBe(
      'cannot be read: permission denied (EACCES); expected the rules file (alerts.yml)',
    );
    // An error without a known code keeps its own message.
    expect(explainFsError(Object.assign(new Error('odd'), { code: 'EXDEV' }), ctx).message).toBe(
      'cannot be read: odd (EXDEV); expected the rules file (alerts.yml)',
    );
  });
  it('says "written" for a write and names a missing folder', () => {
    const ws = tempDir();
    const e = errorOf(() => writeFileSync(path.join(ws, 'no', 'h.json'), '{}'));
    expect(
      explainFsError(e, { shown: 'no/h.json', action: 'written', expected: { noun: 'the history file' } }).message,
    ).toBe('cannot be written: its directory does not exist; expected the history file');
  });
});

describe('statFile', () => {
  it('a regular file passes; a directory, a missing path and a FIFO are problems', () => {
    const ws = tempDir();
    writeFileSync(path.join(ws, 'ok.json'), '{}');
    const ctx = (shown: string) => ({
      shown,
      expected: { noun: 'the metrics file', whenDirectory: `give a glob such as ${shown}/*.json` },
    });
    const ok = statFile(path.join(ws, 'ok.json'), ctx('ok.json'));
    expect('stats' in ok && ok.stats.size).toBe(2);
    expect(statFile(ws, ctx('runs'))).toEqual({
      problem: {
        file: 'runs',
        message: 'is a directory; expected the metrics file: give a glob such as runs/*.json',
      },
    });
    expect(statFile(path.join(ws, 'nope'), ctx('nope'))).toEqual({
      problem: { file: 'nope', message: 'the metrics file does not exist' },
    });
    execFileSync('mkfifo', [path.join(ws, 'pipe')]);
    expect(statFile(path.join(ws, 'pipe'), ctx('pipe'))).toEqual({
      problem: { file: 'pipe', message: 'is not a regular file; expected the metrics file' },
    });
  });
});
