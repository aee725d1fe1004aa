// A path that cannot be used, explained for a person: what it is, and what was expected there.
// One helper for the rules file, the metrics files and the history file.
import { statSync, type Stats } from 'node:fs';
import { UserError, type Diagnostic } from '../core/diagnostics.js';

/** What a path should have been: "the rules file" with its usual name and what to do when it is missing. */
export interface Expected {
  /** "the rules file", "a metrics file", "the history file". */
  noun: string;
  /** "alerts.yml": shown with the noun when the path is something else. */
  example?: string;
  /** Appended when the path does not exist: "(set the config input or --config to its path)". */
  whenMissing?: string;
  /** Appended when the path is a directory: "give a glob such as runs/*.json". */
  whenDirectory?: string;
}

export interface PathContext {
  /** The path as the user gave it (relative to the workspace): the message names it. */
  shown: string;
  expected: Expected;
  /** What was being done: "read" (the default) or "written". */
  action?: 'read' | 'written';
}

const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is a file, not a directory',
  ELOOP: 'too many symbolic links (a link loop)',
  ENAMETOOLONG: 'the name is too long',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy',
  EIO: 'an input/output error',
};

function expectedText(e: Expected): string {
  return `expected ${e.noun}${e.example ? ` (${e.example})` : ''}`;
}

/** The message for a path that is a directory where a file was expected. */
export function directoryMessage(e: Expected): string {
  return `is a directory; ${expectedText(e)}${e.whenDirectory ? `: ${e.whenDirectory}` : ''}`;
}

/** A file system error on `ctx.shown` as a positioned problem; the code is kept for whoever needs to look it up. */
export function explainFsError(error: unknown, ctx: PathContext): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const { expected } = ctx;
  const action = ctx.action ?? 'read';
  if (code === 'ENOENT' && action === 'read')
    return { file: ctx.shown, message: `${expected.noun} does not exist${spaced(expected.whenMissing)}` };
  if (code === 'ENOENT')
    return { file: ctx.shown, message: `cannot be ${action}: its directory does not exist; ${expectedText(expected)}` };
  if (code === 'EISDIR') return { file: ctx.shown, message: directoryMessage(expected) };
  const cause = (code && CAUSES[code]) ?? (error instanceof Error ? error.message : String(error));
  return {
    file: ctx.shown,
    message: `cannot be ${action}: ${cause}${code ? ` (${code})` : ''}; ${expectedText(expected)}`,
  };
}

/** The same, thrown as the user error it is. */
export function fsUserError(error: unknown, ctx: PathContext): UserError {
  return new UserError([explainFsError(error, ctx)]);
}

/**
 * The stats of a path that must be a regular file, or the problem with it (missing, a directory, something else,
 * or not reachable).
 */
export function statFile(full: string, ctx: PathContext): { stats: Stats } | { problem: Diagnostic } {
  let stats: Stats | undefined;
  try {
    stats = statSync(full, { throwIfNoEntry: false });
  } catch (e) {
    return { problem: explainFsError(e, ctx) };
  }
  if (!stats) return { problem: explainFsError({ code: 'ENOENT' }, ctx) };
  if (stats.isDirectory()) return { problem: { file: ctx.shown, message: directoryMessage(ctx.expected) } };
  if (!stats.isFile())
    return { problem: { file: ctx.shown, message: `is not a regular file; ${expectedText(ctx.expected)}` } };
  return { stats };
}

function spaced(s: string | undefined): string {
  return s ? ` ${s}` : '';
}
