// History in a JSON file, written atomically (temp file, then rename): a killed process never leaves half a file.
// Synchronous I/O: one file, read once and written once, by a short-lived process (and no fs/promises at start-up).
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { parseLedger, serializeLedger, type Ledger } from '../core/history/ledger.js';
import type { HistoryStore } from '../app/ports.js';

export function fileHistory(path: string): HistoryStore {
  let saves = 0;
  /** What this store last wrote: a follow-up update (delivery results) need not read and parse it again. */
  let written: Ledger | undefined;
  const store: HistoryStore = {
    describe: `file ${path}`,
    async load(): Promise<Ledger | undefined> {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
      return parseLedger(text, path);
    },
    async save(ledger: Ledger): Promise<void> {
      // Unique among live processes (pid) and across this process's saves (the counter).
      const tmp = `${path}.${process.pid}.${++saves}.tmp`;
      try {
        writeFileSync(tmp, serializeLedger(ledger));
        renameSync(tmp, path);
      } catch (e) {
        try {
          unlinkSync(tmp);
        } catch {
          // Nothing was written.
        }
        throw e;
      }
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
