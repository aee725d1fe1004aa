// History in the Actions cache: the ledger file in the workspace, restored by the key prefix `<history-key>-` and
// saved under `<history-key>-<run id>-<attempt>`. Last writer wins across concurrent runs (use git for guarantees).
// @actions/cache loads only here.
import type { HistoryStore } from '../app/ports.js';
import type { Ledger } from '../core/history/ledger.js';
import { fileHistory } from './history-file.js';

export interface CacheHistoryOptions {
  workspace: string;
  /** Ledger path relative to the workspace: part of the cache version, so keep it stable. */
  ledgerPath: string;
  keyPrefix: string;
  runId: string;
  attempt: string;
  env: Readonly<Record<string, string | undefined>>;
  warn: (m: string) => void;
  info: (m: string) => void;
}

export async function cacheHistory(opts: CacheHistoryOptions): Promise<HistoryStore> {
  const cache = await import('@actions/cache');
  const file = fileHistory(opts.ledgerPath, opts.workspace);
  const paths = [opts.ledgerPath];
  const key = `${opts.keyPrefix}-${opts.runId}-${opts.attempt}`;
  const mode = (opts.env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  const readable = !['none', 'write-only'].includes(mode);
  const writable = !['none', 'read'].includes(mode);

  let restored: string | undefined;
  if (!cache.isFeatureAvailable()) {
    opts.warn(
      'history: cache: the Actions cache service is not available to this step (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL); starting from the history file in the workspace, if any, and nothing is saved',
    );
  } else if (!readable) {
    opts.warn(`history: cache: the cache is not readable here (ACTIONS_CACHE_MODE=${mode}); starting an empty history`);
  } else {
    try {
      restored = await cache.restoreCache(paths, key, [`${opts.keyPrefix}-`]);
    } catch (e) {
      opts.warn(
        `history: cache: could not restore the history (${e instanceof Error ? e.message : String(e)}); starting an empty history`,
      );
    }
    if (restored) opts.info(`history: restored from the cache entry ${restored}`);
  }
  const available = cache.isFeatureAvailable() && writable;

  /** The cache entry is written once, when the run is done (a key can be saved only once). */
  let dirty = false;
  const save = async (ledger: Ledger) => {
    await file.save(ledger);
    current = ledger;
    loaded = true;
    dirty = true;
  };

  let current: Ledger | undefined;
  let loaded = false;
  const store: HistoryStore = {
    describe: `the Actions cache (${opts.keyPrefix}-*)`,
    async load() {
      if (!loaded) {
        current = await file.load();
        loaded = true;
      }
      return current;
    },
    save,
    async update(change) {
      const { ledger, result } = change(await store.load());
      await save(ledger);
      return result;
    },
    async close() {
      if (!dirty || !available) return;
      try {
        // saveCache reports service failures as warnings and returns -1; the step goes on.
        await cache.saveCache(paths, key);
      } catch (e) {
        opts.warn(
          `history: cache: could not save the history under ${key} (${e instanceof Error ? e.message : String(e)})`,
        );
      }
    },
  };
  return store;
}
