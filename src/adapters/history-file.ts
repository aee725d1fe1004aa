// History in a JSON file, written atomically (temp file, then rename): a killed process never leaves half a file.
import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile, unlink } from 'node:fs/promises';
import { parseLedger, serializeLedger, type Ledger } from '../core/history/ledger.js';
import type { HistoryStore } from '../app/ports.js';

export function fileHistory(path: string): HistoryStore {
  const store: HistoryStore = {
    describe: `file ${path}`,
    async load(): Promise<Ledger | undefined> {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
      return parseLedger(text, path);
    },
    async save(ledger: Ledger): Promise<void> {
      const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await writeFile(tmp, serializeLedger(ledger));
        await rename(tmp, path);
      } catch (e) {
        await unlink(tmp).catch(() => undefined);
        throw e;
      }
    },
    async update(change) {
      const { ledger, result } = change(await store.load());
      await store.save(ledger);
      return result;
    },
  };
  return store;
}
