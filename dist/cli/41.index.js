export const id = 41;
export const ids = [41];
export const modules = {

/***/ 6041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitHistory: () => (/* binding */ gitHistory)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7135);
/* harmony import */ var _core_history_ledger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(355);
/* harmony import */ var _sleep_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5991);
// History as a ledger file on its own branch of the workspace's `origin`. It works in a private temporary repository
// (fetch of that one branch, commits built with plumbing, push), so the user's checkout, branch, index and working
// tree are never touched. Writes are optimistic: a rejected push is retried against the new remote state.







const IDENTITY = {
    GIT_AUTHOR_NAME: 'metric-alerts',
    GIT_AUTHOR_EMAIL: 'metric-alerts@users.noreply.github.com',
    GIT_COMMITTER_NAME: 'metric-alerts',
    GIT_COMMITTER_EMAIL: 'metric-alerts@users.noreply.github.com',
};
function runGit(cwd, config) {
    return (args, opts = {}) => new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', [...config.flatMap((c) => ['-c', c]), ...args], {
            cwd,
            env: { ...process.env, ...IDENTITY, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', ...(opts.env ?? {}) },
            maxBuffer: 256 * 1024 * 1024,
        }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            if (code !== 0 && !opts.allowFail)
                reject(new GitError(args, stderr || String(error?.message ?? '')));
            else
                resolve({ code, stdout, stderr });
        });
        if (opts.input !== undefined)
            child.stdin?.end(opts.input);
    });
}
class GitError extends Error {
    args;
    stderr;
    constructor(args, stderr) {
        super(`git ${args[0]} failed: ${stderr.trim().split('\n').slice(-3).join(' ')}`);
        this.args = args;
        this.stderr = stderr;
    }
}
/** What git and GitHub say when they refuse for lack of permission (final, never retried). */
const PERMISSION_REFUSED = /denied|permission|403|Authentication failed|could not read Username/i;
/** Why a git failure happened and how to fix it, for a person. */
function explain(e, remote, branch) {
    const text = e instanceof GitError ? e.stderr : e instanceof Error ? e.message : String(e);
    if (PERMISSION_REFUSED.test(text) || /not allowed|unable to access/i.test(text)) {
        return new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`history: git: pushing to branch ${branch} of ${remote} was refused for lack of permission. Give the job write access (permissions: contents: write) and keep github-token at its default.`);
    }
    return new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`history: git: ${e instanceof Error ? e.message : String(e)}`);
}
async function gitHistory(opts) {
    const inWorkspace = runGit(opts.workspace, []);
    const top = await inWorkspace(['rev-parse', '--show-toplevel'], { allowFail: true });
    if (top.code !== 0)
        throw new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`history: git needs a git repository in the workspace (${opts.workspace}); add actions/checkout before this step, or use history: cache`);
    const origin = await inWorkspace(['remote', 'get-url', 'origin'], { allowFail: true });
    if (origin.code !== 0)
        throw new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo('history: git needs a remote named origin in the workspace repository; actions/checkout sets it');
    let remote = origin.stdout.trim();
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) && !/^[^/]+@[^:]+:/.test(remote))
        remote = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(top.stdout.trim(), remote);
    const config = [];
    // The credentials actions/checkout persisted, else github-token, for https remotes.
    const persisted = await inWorkspace(['config', '--get-regexp', '^http\\..*\\.extraheader$'], { allowFail: true });
    for (const line of persisted.stdout.split('\n').filter(Boolean)) {
        const i = line.indexOf(' ');
        config.push(`${line.slice(0, i)}=${line.slice(i + 1)}`);
    }
    if (persisted.stdout.trim() === '' && opts.token && /^https:\/\//i.test(remote)) {
        config.push(`http.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${opts.token}`).toString('base64')}`);
    }
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'metric-alerts-ledger-'));
    const git = runGit(dir, config);
    await git(['init', '--quiet']);
    await git(['remote', 'add', 'origin', remote]);
    const ref = `refs/remotes/origin/${opts.branch}`;
    const maxAttempts = opts.maxAttempts ?? 12;
    /** Fetches the branch; returns its commit, or undefined when the branch does not exist yet. */
    const fetch = async () => {
        const r = await git(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+refs/heads/${opts.branch}:${ref}`], {
            allowFail: true,
        });
        if (r.code !== 0) {
            if (/couldn't find remote ref|not our ref|no such ref/i.test(r.stderr))
                return undefined;
            throw explain(new GitError(['fetch'], r.stderr), remote, opts.branch);
        }
        return (await git(['rev-parse', ref])).stdout.trim();
    };
    const read = async (commit) => {
        if (!commit)
            return undefined;
        const r = await git(['show', `${commit}:${opts.path}`], { allowFail: true });
        if (r.code !== 0)
            return undefined;
        return (0,_core_history_ledger_js__WEBPACK_IMPORTED_MODULE_5__/* .parseLedger */ .h8)(r.stdout, `${opts.branch}:${opts.path}`);
    };
    let lastRejection = '';
    /** Commits the ledger on top of `base` and pushes; undefined when the remote moved (someone else wrote first). */
    const write = async (ledger, base, message) => {
        const blob = (await git(['hash-object', '-w', '--stdin'], { input: (0,_core_history_ledger_js__WEBPACK_IMPORTED_MODULE_5__/* .serializeLedger */ .CE)(ledger) })).stdout.trim();
        const env = { GIT_INDEX_FILE: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, '.git', 'metric-alerts-index') };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(env.GIT_INDEX_FILE, { force: true });
        if (base)
            await git(['read-tree', base], { env });
        await git(['update-index', '--add', '--cacheinfo', `100644,${blob},${opts.path}`], { env });
        const tree = (await git(['write-tree'], { env })).stdout.trim();
        const commit = (await git(['commit-tree', tree, ...(base ? ['-p', base] : []), '-m', message])).stdout.trim();
        const push = await git(['push', '--quiet', '--porcelain', 'origin', `${commit}:refs/heads/${opts.branch}`], {
            allowFail: true,
        });
        if (push.code === 0)
            return commit;
        // A refusal for lack of permission is final. Anything else (non-fast-forward, a lost race to create the branch or
        // to lock the ref, whatever words this git version uses for them) is retried against a fresh fetch, bounded.
        if (PERMISSION_REFUSED.test(push.stderr))
            throw explain(new GitError(['push'], push.stderr), remote, opts.branch);
        lastRejection = (push.stderr || push.stdout).trim().split('\n').slice(-2).join(' ');
        return undefined;
    };
    // The last state seen on the remote: updated by every fetch and every successful push.
    let base = await fetch();
    let current = await read(base);
    const store = {
        describe: `git branch ${opts.branch} (${opts.path})`,
        load: async () => current,
        async save(ledger) {
            await store.update(() => ({ ledger, result: undefined }), 'metric-alerts: record');
        },
        async update(change, message) {
            for (let attempt = 1;; attempt++) {
                const { ledger, result } = change(current);
                const commit = await write(ledger, base, message);
                if (commit) {
                    base = commit;
                    current = ledger;
                    return result;
                }
                if (attempt >= maxAttempts) {
                    throw new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`history: git: could not write branch ${opts.branch} in ${maxAttempts} attempts (last answer: ${lastRejection || 'rejected'}). Re-run the job.`);
                }
                opts.log?.(`history: branch ${opts.branch} moved; retrying against the new state (attempt ${attempt + 1})`);
                await (0,_sleep_js__WEBPACK_IMPORTED_MODULE_6__/* .sleep */ .y)(Math.random() * 150 * Math.min(attempt, 6) + 20);
                base = await fetch();
                current = await read(base);
            }
        },
        async close() {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
        },
    };
    return store;
}


/***/ }),

/***/ 5991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
// Waiting, for retries and spacing.
/** Resolves after `ms` milliseconds (at once for zero or less). */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));


/***/ })

};
