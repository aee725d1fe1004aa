export const id = 776;
export const ids = [776];
export const modules = {

/***/ 1776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gitHistory: () => (/* binding */ gitHistory)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/history/ledger.ts
var ledger = __webpack_require__(355);
// EXTERNAL MODULE: ./src/adapters/sleep.ts
var sleep = __webpack_require__(5991);
// EXTERNAL MODULE: ./src/core/config/url.ts
var url = __webpack_require__(1383);
// EXTERNAL MODULE: ./src/app/redactor.ts
var app_redactor = __webpack_require__(8063);
;// CONCATENATED MODULE: ./src/adapters/git-remote.ts
// How the git ledger talks to `origin` without showing a credential: git configuration through the environment (never
// a command line, which every user of the machine can read in /proc/*/cmdline), a remote URL's user-info turned into
// configuration, and every text from git cleaned of user-info and known secrets before a person sees it.


/** Every git call: a redirect is never followed (it would carry the credentials to wherever it points). */
const ALWAYS = [['http.followRedirects', 'false']];
/**
 * The environment that gives git `entries` as configuration (GIT_CONFIG_COUNT, GIT_CONFIG_KEY_n, GIT_CONFIG_VALUE_n;
 * git ≥ 2.31), after the entries `base` already holds that way, so a caller's own ones are kept.
 */
function configEnv(entries, base) {
    const given = Number(base.GIT_CONFIG_COUNT ?? '0');
    const start = Number.isInteger(given) && given > 0 ? given : 0;
    const env = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([key, value], i) => {
        env[`GIT_CONFIG_KEY_${start + i}`] = key;
        env[`GIT_CONFIG_VALUE_${start + i}`] = value;
    });
    return env;
}
const USER_INFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi;
/** Text with the user-info (`user:token@`) of every URL in it removed: what may be shown of a URL. */
function withoutUserInfo(text) {
    return text.replace(USER_INFO, '$1');
}
/** A user-info secret at least this long with no password is taken for a token (`https://TOKEN@host/...`). */
const TOKEN_AS_USER = 20;
/** `origin`'s URL taken apart: what git gets, what is shown, the credentials as configuration, the secrets. */
function remoteOf(raw) {
    const shown = withoutUserInfo(raw);
    const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)@/i.exec(raw);
    if (!m)
        return { url: raw, shown, auth: [], hasPassword: false, secrets: [] };
    const info = m[2];
    const colon = info.indexOf(':');
    const user = colon < 0 ? info : info.slice(0, colon);
    const password = colon < 0 ? '' : info.slice(colon + 1);
    const secretParts = password ? [password] : user.length >= TOKEN_AS_USER ? [user] : [];
    const secrets = [...new Set(secretParts.flatMap((s) => [s, (0,url/* decoded */.DH)(s)]))];
    if (!/^https?$/i.test(m[1])) {
        // ssh and others: a password in the URL is never used by git; the user name is a login, not a secret.
        return { url: password ? raw.replace(`${info}@`, `${user}@`) : raw, shown, auth: [], hasPassword: false, secrets };
    }
    const auth = password
        ? [[headerKey(shown), basicAuthorization(`${(0,url/* decoded */.DH)(user)}:${(0,url/* decoded */.DH)(password)}`)]]
        : [['credential.username', (0,url/* decoded */.DH)(user)]];
    return { url: shown, shown, auth, hasPassword: password !== '', secrets };
}
/** The configuration key of an HTTP header sent to the host of `url` only. */
function headerKey(url) {
    return URL.canParse(url) ? `http.${new URL(url).origin}/.extraheader` : 'http.extraheader';
}
/** An extraheader value for HTTP basic authentication (what actions/checkout persists). */
function basicAuthorization(credentials) {
    return `AUTHORIZATION: basic ${Buffer.from(credentials).toString('base64')}`;
}
/** A function that cleans git's text for a person: no URL user-info, no known secret. */
function cleaner(secrets) {
    const redactor = new app_redactor/* Redactor */.p();
    for (const s of secrets)
        redactor.add(s);
    return (text) => redactor.apply(withoutUserInfo(text));
}

;// CONCATENATED MODULE: ./src/adapters/history-git.ts
// History as a ledger file on its own branch of the workspace's `origin`. It works in a private temporary repository
// (fetch of that one branch, commits built with plumbing, push), so the user's checkout, branch, index and working
// tree are never touched. Writes are optimistic: a rejected push is retried against the new remote state.
// Credentials reach git through the environment only (git-remote.ts); the temporary repository is removed on every
// exit path, including a failure while the store is being opened.








const IDENTITY = {
    GIT_AUTHOR_NAME: 'metric-alerts',
    GIT_AUTHOR_EMAIL: 'metric-alerts@users.noreply.github.com',
    GIT_COMMITTER_NAME: 'metric-alerts',
    GIT_COMMITTER_EMAIL: 'metric-alerts@users.noreply.github.com',
};
function runGit(ctx) {
    // No prompt of any kind: an empty GIT_ASKPASS also turns off core.askPass and SSH_ASKPASS.
    const env = { ...process.env, ...IDENTITY, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '' };
    const configured = { ...env, ...configEnv([...ALWAYS, ...ctx.config], process.env) };
    return (args, opts = {}) => new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)('git', args, { cwd: ctx.cwd, env: { ...configured, ...(opts.env ?? {}) }, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            const said = ctx.clean(stderr || (code !== 0 ? String(error?.message ?? '') : ''));
            if (code !== 0 && !opts.allowFail)
                reject(new GitError(args[0] ?? '', said));
            else
                resolve({ code, stdout, stderr: said });
        });
        if (opts.input !== undefined)
            child.stdin?.end(opts.input);
    });
}
class GitError extends Error {
    command;
    stderr;
    constructor(command, 
    /** Already cleaned of credentials. */
    stderr) {
        super(`git ${command} failed: ${lastLines(stderr)}`);
        this.command = command;
        this.stderr = stderr;
    }
}
function lastLines(text, n = 3) {
    return text.trim().split('\n').filter(Boolean).slice(-n).join(' ');
}
/** Authentication refused: no credentials, wrong ones, or ones without access (HTTP 401 / 403). */
const AUTH_FAILED = /Authentication failed|could not read (Username|Password)|terminal prompts disabled|returned error: 40[13]\b|\bHTTP 40[13]\b/i;
const REDIRECTED = /returned error: (30[0-8])\b/;
/** A failed fetch, for a person: the token cannot read, a redirect, or whatever git said. */
function fetchFailure(stderr, where) {
    const said = lastLines(stderr);
    if (AUTH_FAILED.test(stderr))
        return new diagnostics/* UserError */.yo(`history: git: could not read branch ${where.branch} of ${where.remote}: the credentials could not READ the repository. Keep github-token at its default (or give a token that can read this repository) and give the job read access (permissions: contents: read). git said: ${said}`);
    const redirect = REDIRECTED.exec(stderr);
    if (redirect)
        return new diagnostics/* UserError */.yo(`history: git: ${where.remote} answered with a redirect (HTTP ${redirect[1]}), which is not followed (it would take the credentials elsewhere). Set origin to the repository's real URL.`);
    return new diagnostics/* UserError */.yo(`history: git: could not fetch branch ${where.branch} of ${where.remote}: ${said}`);
}
/** A push refused for lack of permission, for a person. */
function pushRefusal(stderr, where) {
    return new diagnostics/* UserError */.yo(`history: git: pushing to branch ${where.branch} of ${where.remote} was refused for lack of permission. Give the job write access (permissions: contents: write) and keep github-token at its default. git said: ${lastLines(stderr)}`);
}
/** What git and GitHub say when a push is refused for lack of permission (final, never retried). */
function isPushRefusal(stderr) {
    return /denied|permission/i.test(stderr) || AUTH_FAILED.test(stderr);
}
/** origin of the workspace repository and the credentials to reach it. Creates nothing. */
async function inspectWorkspace(opts) {
    const inWorkspace = runGit({ cwd: opts.workspace, config: [], clean: withoutUserInfo });
    const top = await inWorkspace(['rev-parse', '--show-toplevel'], { allowFail: true });
    if (top.code !== 0)
        throw new diagnostics/* UserError */.yo(`history: git needs a git repository in the workspace (${opts.workspace}); add actions/checkout before this step, or use history: cache`);
    const origin = await inWorkspace(['remote', 'get-url', 'origin'], { allowFail: true });
    if (origin.code !== 0)
        throw new diagnostics/* UserError */.yo('history: git needs a remote named origin in the workspace repository; actions/checkout sets it');
    let url = origin.stdout.trim();
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^[^/]+@[^:]+:/.test(url))
        url = external_node_path_default().resolve(top.stdout.trim(), url);
    const remote = remoteOf(url);
    // The credentials actions/checkout persisted in the workspace repository's config.
    const found = await inWorkspace(['config', '--get-regexp', '^http\\..*\\.extraheader$'], { allowFail: true });
    const persisted = found.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]);
    return { remote, auth: credentials(remote, persisted, opts.token) };
}
/**
 * Which credentials go to origin, first found: the headers actions/checkout persisted, the password in origin's URL,
 * github-token for https remotes. A user name in origin's URL is kept beside any of them (git asks its credential
 * helpers for that user's password).
 */
function credentials(remote, persisted, token) {
    const userName = remote.auth.filter(([key]) => key === 'credential.username');
    if (persisted.length)
        return [...persisted, ...userName];
    if (remote.hasPassword)
        return remote.auth;
    if (token && /^https:\/\//i.test(remote.url))
        return [...userName, [headerKey(remote.url), basicAuthorization(`x-access-token:${token}`)]];
    return userName;
}
/** Fetches the branch; returns its commit, or undefined when the branch does not exist yet. */
async function fetchBranch(repo) {
    const ref = `refs/remotes/origin/${repo.branch}`;
    const refspec = `+refs/heads/${repo.branch}:${ref}`;
    const r = await repo.git(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', refspec], { allowFail: true });
    if (r.code !== 0) {
        if (/couldn't find remote ref|not our ref|no such ref/i.test(r.stderr))
            return undefined;
        throw fetchFailure(r.stderr, repo);
    }
    return (await repo.git(['rev-parse', ref])).stdout.trim();
}
async function readLedger(repo, commit) {
    if (!commit)
        return undefined;
    const r = await repo.git(['show', `${commit}:${repo.file}`], { allowFail: true });
    if (r.code !== 0)
        return undefined;
    return (0,ledger/* parseLedger */.h8)(r.stdout, `${repo.branch}:${repo.file}`);
}
/** Commits the ledger on top of `base` and pushes; `rejected` when the remote moved (someone else wrote first). */
async function pushLedger(repo, change) {
    const { git } = repo;
    const blob = (await git(['hash-object', '-w', '--stdin'], { input: (0,ledger/* serializeLedger */.CE)(change.ledger) })).stdout.trim();
    const env = { GIT_INDEX_FILE: external_node_path_default().join(repo.dir, '.git', 'metric-alerts-index') };
    await (0,promises_.rm)(env.GIT_INDEX_FILE, { force: true });
    if (change.base)
        await git(['read-tree', change.base], { env });
    await git(['update-index', '--add', '--cacheinfo', `100644,${blob},${repo.file}`], { env });
    const tree = (await git(['write-tree'], { env })).stdout.trim();
    const parents = change.base ? ['-p', change.base] : [];
    const commit = (await git(['commit-tree', tree, ...parents, '-m', change.message])).stdout.trim();
    const push = await git(['push', '--quiet', '--porcelain', 'origin', `${commit}:refs/heads/${repo.branch}`], {
        allowFail: true,
    });
    if (push.code === 0)
        return { commit };
    // A refusal for lack of permission is final. Anything else (non-fast-forward, a lost race to create the branch or
    // to lock the ref, whatever words this git version uses for them) is retried against a fresh fetch, bounded.
    if (isPushRefusal(push.stderr))
        throw pushRefusal(push.stderr, repo);
    return { rejected: lastLines(push.stderr || repo.clean(push.stdout), 2) };
}
async function gitHistory(opts) {
    const { remote, auth } = await inspectWorkspace(opts);
    for (const secret of remote.secrets)
        opts.mask?.(secret);
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'metric-alerts-ledger-'));
    try {
        const clean = cleaner(remote.secrets);
        const git = runGit({ cwd: dir, config: [['remote.origin.url', remote.url], ...auth], clean });
        await git(['init', '--quiet']);
        const repo = { git, dir, clean, branch: opts.branch, file: opts.path, remote: remote.shown };
        const base = await fetchBranch(repo);
        return ledgerStore(repo, opts, { base, current: await readLedger(repo, base) });
    }
    catch (e) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw e;
    }
}
function ledgerStore(repo, opts, initial) {
    let seen = initial;
    const maxAttempts = opts.maxAttempts ?? 20;
    const store = {
        describe: `git branch ${repo.branch} of ${repo.remote} (${repo.file})`,
        load: async () => seen.current,
        async save(ledger) {
            await store.update(() => ({ ledger, result: undefined }), 'metric-alerts: record');
        },
        async update(change, message) {
            for (let attempt = 1;; attempt++) {
                const { ledger, result } = change(seen.current);
                const pushed = await pushLedger(repo, { ledger, message, ...(seen.base ? { base: seen.base } : {}) });
                if ('commit' in pushed) {
                    seen = { base: pushed.commit, current: ledger };
                    return result;
                }
                if (attempt >= maxAttempts)
                    throw new diagnostics/* UserError */.yo(`history: git: could not write branch ${repo.branch} in ${maxAttempts} attempts (last answer: ${pushed.rejected || 'rejected'}). Re-run the job.`);
                opts.log?.(`history: branch ${repo.branch} moved; retrying against the new state (attempt ${attempt + 1})`);
                await (0,sleep/* sleep */.y)(Math.random() * 250 * Math.min(attempt, 8) + 20);
                const base = await fetchBranch(repo);
                seen = { base, current: await readLedger(repo, base) };
            }
        },
        async close() {
            await (0,promises_.rm)(repo.dir, { recursive: true, force: true });
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
