export const id = 131;
export const ids = [131];
export const modules = {

/***/ 7131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cacheHistory: () => (/* binding */ cacheHistory)
/* harmony export */ });
/* unused harmony export uniqueSuffix */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cache_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4196);
/* harmony import */ var _history_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3079);
// History in the Actions cache: the ledger file in the workspace, restored by the key prefix `<history-key>-` (the
// newest entry wins) and saved once, at the end, under a key no other job or step can hold:
// `<history-key>-<run id>-<attempt>-<job>-<step>-<unique suffix>`. Concurrent jobs are last-writer-wins: a save that
// is refused, or a history that another job overtook, is a warning naming the fix (use git for guarantees).
// @actions/cache loads only here.



/** Unique across jobs and steps: time in base 36 and 48 random bits. */
function uniqueSuffix() {
    return `${Date.now().toString(36)}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
}
/** A key from the cache service, safe to put in a log line. */
function shown(key) {
    return key.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '?');
}
async function restore(c) {
    const { opts } = c;
    let restored;
    try {
        restored = await c.cache.restoreCache(c.paths, c.key, [c.prefix]);
    }
    catch (e) {
        opts.warn(`history: cache: could not restore the history (${e instanceof Error ? e.message : String(e)}); starting an empty history`);
    }
    if (restored)
        opts.info(`history: restored from the cache entry ${shown(restored)}`);
    return restored;
}
/**
 * The newest entry under the prefix now, without downloading it; undefined when none or when the lookup fails. The
 * primary key is the prefix itself, which no entry has: an exact match (this job's own entry) must not win.
 */
async function newest(c) {
    try {
        return await c.cache.restoreCache(c.paths, c.prefix, [c.prefix], { lookupOnly: true });
    }
    catch {
        return undefined;
    }
}
/** Before saving: has another job saved under the prefix since this one restored? */
async function warnIfOvertakenBefore(c, restored) {
    const latest = await newest(c);
    if (!latest || latest === restored || latest === c.key)
        return;
    c.opts.warn(`history: cache: the history was overtaken: another job saved the cache entry ${shown(latest)} after this job restored ${restored ? shown(restored) : 'no entry'}; this job's save replaces it, so the runs and events that job recorded are lost (last writer wins). If jobs of one workflow share this history, ${_cache_key_js__WEBPACK_IMPORTED_MODULE_2__/* .CACHE_FIX */ .Jq}.`);
}
/** After saving: did another job save a newer entry meanwhile, which the next run restores instead of this one? */
async function warnIfOvertakenAfter(c) {
    const latest = await newest(c);
    if (!latest || latest === c.key)
        return;
    c.opts.warn(`history: cache: the history was overtaken: another job saved the newer cache entry ${shown(latest)} while this job saved ${shown(c.key)}; the next run restores that one, without the runs and events of this job (last writer wins). If jobs of one workflow share this history, ${_cache_key_js__WEBPACK_IMPORTED_MODULE_2__/* .CACHE_FIX */ .Jq}.`);
}
/** Saves the ledger file under the job's own key; a refused or failed save is a warning, never a step failure. */
async function save(c, restored) {
    await warnIfOvertakenBefore(c, restored);
    const lost = `this run's alerts and events are not kept, and the next run may notify them again. If jobs of one workflow share this history, ${_cache_key_js__WEBPACK_IMPORTED_MODULE_2__/* .CACHE_FIX */ .Jq}`;
    let id;
    try {
        id = await c.cache.saveCache(c.paths, c.key);
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        c.opts.warn(`history: cache: could not save the history under ${shown(c.key)} (${why}); ${lost}.`);
        return;
    }
    // saveCache swallows service errors (a reservation conflict, a read-only token, …): it logs them and returns -1.
    if (id === -1) {
        c.opts.warn(`history: cache: the cache service did not save the history under ${shown(c.key)} (the reason is in the log above; a read-only cache token cannot save); ${lost}.`);
        return;
    }
    c.opts.info(`history: saved to the cache entry ${shown(c.key)}`);
    await warnIfOvertakenAfter(c);
}
/** Restores the history when the cache can be read here (the entry restored), and says why not otherwise. */
async function open(c, mode) {
    if (!c.cache.isFeatureAvailable()) {
        c.opts.warn('history: cache: the Actions cache service is not available to this step (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL); starting from the history file in the workspace, if any, and nothing is saved');
        return undefined;
    }
    if (['none', 'write-only'].includes(mode)) {
        c.opts.warn(`history: cache: the cache is not readable here (ACTIONS_CACHE_MODE=${mode}); starting an empty history`);
        return undefined;
    }
    return restore(c);
}
async function cacheHistory(opts) {
    const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
    const file = (0,_history_file_js__WEBPACK_IMPORTED_MODULE_1__/* .fileHistory */ .Z)(opts.ledgerPath, opts.workspace);
    const prefix = `${opts.keyPrefix}-`;
    const key = (0,_cache_key_js__WEBPACK_IMPORTED_MODULE_2__/* .cacheSaveKey */ .xf)({ ...opts, prefix: opts.keyPrefix, suffix: uniqueSuffix() });
    const c = { cache, opts, paths: [opts.ledgerPath], prefix, key };
    const mode = (opts.env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    const writable = !['none', 'read'].includes(mode);
    const restored = await open(c, mode);
    const available = cache.isFeatureAvailable();
    /** The cache entry is written once, when the run is done (a key can be saved only once). */
    let dirty = false;
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
        async save(ledger) {
            await file.save(ledger);
            current = ledger;
            loaded = true;
            dirty = true;
        },
        async update(change) {
            const { ledger, result } = change(await store.load());
            await store.save(ledger);
            return result;
        },
        async close() {
            if (!dirty || !available)
                return;
            if (!writable) {
                opts.warn(`history: cache: the cache is not writable here (ACTIONS_CACHE_MODE=${mode}): this run's history is not saved, and the next run may notify its alerts again`);
                return;
            }
            await save(c, restored);
        },
    };
    return store;
}


/***/ })

};
