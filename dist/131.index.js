export const id = 131;
export const ids = [131];
export const modules = {

/***/ 7131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cacheHistory: () => (/* binding */ cacheHistory)
/* harmony export */ });
/* harmony import */ var _history_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3079);

async function cacheHistory(opts) {
    const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
    const file = (0,_history_file_js__WEBPACK_IMPORTED_MODULE_0__/* .fileHistory */ .Z)(opts.ledgerPath, opts.workspace);
    const paths = [opts.ledgerPath];
    const key = `${opts.keyPrefix}-${opts.runId}-${opts.attempt}`;
    const mode = (opts.env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    const readable = !['none', 'write-only'].includes(mode);
    const writable = !['none', 'read'].includes(mode);
    let restored;
    if (!cache.isFeatureAvailable()) {
        opts.warn('history: cache: the Actions cache service is not available to this step (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL); starting from the history file in the workspace, if any, and nothing is saved');
    }
    else if (!readable) {
        opts.warn(`history: cache: the cache is not readable here (ACTIONS_CACHE_MODE=${mode}); starting an empty history`);
    }
    else {
        try {
            restored = await cache.restoreCache(paths, key, [`${opts.keyPrefix}-`]);
        }
        catch (e) {
            opts.warn(`history: cache: could not restore the history (${e instanceof Error ? e.message : String(e)}); starting an empty history`);
        }
        if (restored)
            opts.info(`history: restored from the cache entry ${restored}`);
    }
    const available = cache.isFeatureAvailable() && writable;
    /** The cache entry is written once, when the run is done (a key can be saved only once). */
    let dirty = false;
    const save = async (ledger) => {
        await file.save(ledger);
        current = ledger;
        loaded = true;
        dirty = true;
    };
    let current;
    let loaded = false;
    const store = {
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
            if (!dirty || !available)
                return;
            try {
                // saveCache reports service failures as warnings and returns -1; the step goes on.
                await cache.saveCache(paths, key);
            }
            catch (e) {
                opts.warn(`history: cache: could not save the history under ${key} (${e instanceof Error ? e.message : String(e)})`);
            }
        },
    };
    return store;
}


/***/ })

};
