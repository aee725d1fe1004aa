// History in a JSON file, written atomically (temp file, then rename): a killed process never leaves half a file.
// Synchronous I/O: one file, read once and written once, by a short-lived process (and no fs/promises at start-up).
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import nodePath from 'node:path';
import { parseLedger, serializeLedger, type Ledger } from '../core/history/ledger.js';
import type { HistoryStore } from '../app/ports.js';
import { fsUserError, type PathContext } from './fs-errors.js';

/** A history file can also be read before the check opens it, without a side effect. */
export interface FileHistoryStore extends HistoryStore {
  /** The ledger as it is now; undefined when there is none or it cannot be read (load() then says why). */
  peek(): Ledger | undefined;
}

/** `path` is resolved against `cwd`; messages and annotations name it relative to `cwd` when it lies inside. */
export function fileHistory(file: string, cwd = process.cwd()): FileHistoryStore {
  const path = nodePath.resolve(cwd, file);
  const relative = nodePath.relative(cwd, path);
  const shown = relative && !relative.startsWith('..') && !nodePath.isAbsolute(relative) ? relative : path;
  const ctx = (action: 'read' | 'written'): PathContext => ({
    shown,
    action,
    expected: { noun: 'the history file', example: 'a JSON file such as alerts-history.json' },
  });
  let saves = 0;
  /** What this store last wrote: a follow-up update (delivery results) need not read and parse it again. */
  let written: Ledger | undefined;
  /** What peek() read, handed to the first load() so the file is read and parsed once. */
  let peeked: Ledger | undefined;
  const read = (): Ledger | undefined => readLedgerFile(path, shown, ctx('read'));
  const store: FileHistoryStore = {
    describe: `file ${shown}`,
    async load(): Promise<Ledger | undefined> {
      const ledger = peeked ?? read();
      peeked = undefined;
      return ledger;
    },
    peek(): Ledger | undefined {
      try {
        peeked = read();
      } catch {
        // A ledger that cannot be read is reported by load(), in its turn.
        peeked = undefined;
      }
      return peeked;
    },
    async save(ledger: Ledger): Promise<void> {
      // Unique among live processes (pid) and across this process's saves (the counter).
      writeAtomically(path, `${path}.${process.pid}.${++saves}.tmp`, serializeLedger(ledger), ctx('written'));
    },
    async update(change) {
      const { ledger, result } = change(written ?? (await store.load()));
      await store.save(ledger);
      written = ledger;
      return result;
    },
  };
  return store;
}

/** The ledger in the file, or undefined when there is no file. */
function readLedgerFile(path: string, shown: string, ctx: PathContext): Ledger | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw fsUserError(e, ctx);
  }
  return parseLedger(text, shown);
}

/** Writes `tmp`, then renames it over `path`: a reader sees the old file or the new one, never half of one. */
function writeAtomically(path: string, tmp: string, text: string, ctx: PathContext): void {
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing was written.
    }
    throw fsUserError(e, ctx);
  }
}
