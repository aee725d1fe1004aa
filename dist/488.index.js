export const id = 488;
export const ids = [488];
export const modules = {

/***/ 1488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertPrComment: () => (/* binding */ upsertPrComment)
/* harmony export */ });
/* harmony import */ var _core_records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5033);
/* harmony import */ var _github_rest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4896);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3618);
// The pull request comment of pr-comment (SPEC §6) through GitHub's REST API (GITHUB_API_URL, so GitHub Enterprise
// Server works): list the pull request's issue comments (paginated by Link), find the one whose first line is the
// marker, PATCH it, else POST a new one. Whose comment is edited: one written by a bot (github-actions[bot] for the
// workflow's GITHUB_TOKEN, or an app), else one written by the token's own user (a personal token, learnt from
// GET /user); a comment anyone else wrote is never edited, even with the marker. Nothing here throws: a refusal is
// a message naming the fix, and the token never appears in it. Loaded only when pr-comment is on in a PR's run.



/** Pages of 100 comments read at most (10,000 comments). */
const MAX_PAGES = 100;
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
class Refused extends Error {
    status;
    writeAnew;
    constructor(message, status, 
    /** A 404 or a 403 that is no rate limit: the comment is not this token's to edit. */
    writeAnew = false) {
        super(message);
        this.status = status;
        this.writeAnew = writeAnew;
    }
}
/** Node's http/https as github-rest's transport (the comment is written once per run: no keep-alive). */
const transport = {
    async request(url, req, signal) {
        const res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .httpRequest */ .aj)(url, { ...req, signal, maxBytes: MAX_ANSWER_BYTES });
        return { status: res.status, headers: res.headers, body: res.body.toString('utf8') };
    },
};
function api(req) {
    const timeoutMs = req.timeoutMs ?? 30_000;
    return {
        req,
        async call(method, url, body) {
            let res;
            try {
                const c = { token: req.token, method, url, timeoutMs };
                res = await (0,_github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .githubCall */ .Mc)(transport, body === undefined ? c : { ...c, body });
            }
            catch (e) {
                const err = e;
                const why = err.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (err.code ?? err.message ?? 'error');
                throw new Refused(`could not reach ${new URL(url).origin} (${why})`);
            }
            let json;
            try {
                json = JSON.parse(res.body);
            }
            catch {
                json = undefined;
            }
            return { ...res, json };
        },
    };
}

/** What GitHub's error answer says, short, without the token. */
function refusal(req, res, doing) {
    const { status } = res;
    const message = (0,_github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .githubMessage */ .hg)(res.body);
    const said = message ? `: ${message}` : '';
    const code = `HTTP ${status}${said}`.split(req.token).join('***');
    const where = `pull request #${req.pullRequest} of ${req.repository}`;
    const kind = (0,_github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .refusalOf */ .Of)(res).kind;
    const fix = status === 401
        ? 'pass a valid token in github-token'
        : kind === 'rate-limited'
            ? "GitHub's API rate limit was hit; the next run updates the comment"
            : kind === 'locked'
                ? 'the pull request is locked; unlock it to let the comment be written'
                : status === 403
                    ? 'give the job `permissions: pull-requests: write` (a pull_request run from a fork gets a read-only token: comment from a workflow_run workflow instead)'
                    : status === 404
                        ? 'the pull request was not found, or the token cannot see the repository (check github-token and `permissions: pull-requests: write`)'
                        : 'the next run tries again';
    const anew = status === 404 || (status === 403 && kind === 'forbidden');
    return new Refused(`could not ${doing} on ${where} (${code}); ${fix}`, status, anew);
}
function commentOf(v, marker) {
    if (!(0,_core_records_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(v) || typeof v.id !== 'number' || typeof v.body !== 'string')
        return undefined;
    if (v.body.split(/\r?\n/, 1)[0].trim() !== marker)
        return undefined;
    return { id: v.id, ...(0,_github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .authorOf */ .rM)(v) };
}
/** Every comment of the pull request that starts with the marker, oldest first. */
async function markedComments(a) {
    const { req } = a;
    const base = req.apiUrl.replace(/\/+$/, '');
    let url = `${base}/repos/${req.repository}/issues/${req.pullRequest}/comments?per_page=100`;
    const found = [];
    for (let page = 0; url && page < MAX_PAGES; page++) {
        const res = await a.call('GET', url);
        if (res.status !== 200 || !Array.isArray(res.json))
            throw refusal(req, res, 'list the comments');
        for (const v of res.json) {
            const c = commentOf(v, req.marker);
            if (c)
                found.push(c);
        }
        url = (0,_github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .nextLink */ .IX)(res.headers.link, base);
    }
    return found;
}
/**
 * The comment this action wrote before: the newest a bot wrote (after a switch of token, from GITHUB_TOKEN to an app's,
 * the new bot's own comment is the newest once written), else one the token's own user wrote.
 */
async function ownComment(a, marked) {
    const bot = marked.filter((c) => c.bot).at(-1);
    if (bot || marked.length === 0)
        return bot;
    const { apiUrl, token } = a.req;
    const login = await (0,_github_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenLogin */ .nu)(transport, { apiUrl, token, timeoutMs: a.req.timeoutMs ?? 30_000 }).catch(() => undefined);
    return login ? marked.find((c) => c.login === login) : undefined;
}
async function write(a, existing) {
    const { req } = a;
    const base = req.apiUrl.replace(/\/+$/, '');
    const url = existing
        ? `${base}/repos/${req.repository}/issues/comments/${existing.id}`
        : `${base}/repos/${req.repository}/issues/${req.pullRequest}/comments`;
    const res = await a.call(existing ? 'PATCH' : 'POST', url, { body: req.body });
    const ok = existing ? res.status === 200 : res.status === 201;
    if (!ok)
        throw refusal(req, res, existing ? 'update the comment' : 'comment');
    const id = (0,_core_records_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(res.json) && typeof res.json.id === 'number' ? res.json.id : (existing?.id ?? 0);
    return { ok: true, action: existing ? 'updated' : 'created', id };
}
/** Creates the pull request's comment, or updates the one an earlier run wrote. Never throws. */
async function upsertPrComment(req) {
    const a = api(req);
    try {
        const existing = await ownComment(a, await markedComments(a));
        try {
            return await write(a, existing);
        }
        catch (e) {
            // Deleted between the listing and the update, or written by another bot (the token changed from GITHUB_TOKEN to
            // an app's, which may not edit it): written anew.
            if (existing && e instanceof Refused && e.writeAnew)
                return await write(a, undefined);
            throw e;
        }
    }
    catch (e) {
        const message = e instanceof Refused ? e.message : `could not comment (${e.message})`;
        return { ok: false, message: message.split(req.token).join('***') };
    }
}


/***/ }),

/***/ 4896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ nextLink),
/* harmony export */   Mc: () => (/* binding */ githubCall),
/* harmony export */   Of: () => (/* binding */ refusalOf),
/* harmony export */   X_: () => (/* binding */ trustedAuthor),
/* harmony export */   hg: () => (/* binding */ githubMessage),
/* harmony export */   nu: () => (/* binding */ tokenLogin),
/* harmony export */   rM: () => (/* binding */ authorOf)
/* harmony export */ });
/* unused harmony exports GITHUB_TIMEOUT_MS, SECONDARY_WAIT_MS, githubHeaders, requestSignal */
/* harmony import */ var _core_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5033);
/* harmony import */ var _channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4857);
// The GitHub REST API as both its callers use it (the github-issue channel, the pr-comment): the headers GitHub asks
// for, one request with its own timeout (inside the caller's signal), the next page of a Link header (only on the
// API's own origin: the token goes nowhere else), what an error answer says, and how a refusal reads (a rate limit
// and its wait, a locked issue, a missing permission). Never shows the token.


/** Each request's own timeout (SPEC §5: 10 s per request). */
const GITHUB_TIMEOUT_MS = 10_000;
/** A rate limit with neither retry-after nor x-ratelimit-remaining: 0: GitHub asks for at least a minute. */
const SECONDARY_WAIT_MS = 60_000;
/** The headers of every GitHub REST request. */
function githubHeaders(token, json) {
    return {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'metric-alerts',
        ...(json ? { 'content-type': 'application/json' } : {}),
    };
}
/** A signal that ends with `outer` or after `timeoutMs`, whichever comes first. */
function requestSignal(outer, timeoutMs = GITHUB_TIMEOUT_MS) {
    const own = AbortSignal.timeout(Math.max(1, timeoutMs));
    return outer ? AbortSignal.any([outer, own]) : own;
}
/** One request with its own timeout; throws what the transport throws (a network error, a timeout). */
function githubCall(t, c) {
    const headers = githubHeaders(c.token, c.body !== undefined);
    const req = c.body === undefined ? { method: c.method, headers } : { method: c.method, headers, body: JSON.stringify(c.body) };
    return t.request(c.url, req, requestSignal(c.signal, c.timeoutMs));
}
/** The URL of rel="next" in a Link header, when it stays on the API's origin. */
function nextLink(link, apiUrl) {
    const value = Array.isArray(link) ? link.join(',') : (link ?? '');
    for (const part of value.split(',')) {
        const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)?.[1];
        if (!next)
            continue;
        try {
            return new URL(next).origin === new URL(apiUrl).origin ? next : undefined;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/** GitHub's `message` of an error answer (one line, at most 200 characters), or undefined. */
function githubMessage(body) {
    const message = (0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonObject */ .o$)(body)?.message;
    return typeof message === 'string' ? (0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(message) : undefined;
}
/**
 * GitHub's documented order for a rate limit (403 or 429): retry-after; else x-ratelimit-remaining: 0 waits until
 * x-ratelimit-reset; else at least one minute.
 */
function refusalOf(answer, now = Date.now()) {
    const { status } = answer;
    if (status !== 403 && status !== 429)
        return { kind: 'other' };
    const message = githubMessage(answer.body) ?? '';
    const secondary = /secondary rate limit/i.test(message);
    const after = (0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .retryAfterHeader */ .W8)((0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValue */ .Z)(answer, 'retry-after'), now);
    if (after !== undefined)
        return { kind: 'rate-limited', afterMs: after, secondary };
    const reset = Number((0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValue */ .Z)(answer, 'x-ratelimit-reset'));
    if ((0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValue */ .Z)(answer, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset))
        return { kind: 'rate-limited', afterMs: Math.max(0, reset * 1000 - now), secondary };
    if (status === 429 || /rate limit/i.test(message))
        return { kind: 'rate-limited', afterMs: SECONDARY_WAIT_MS, secondary };
    if (/\bis locked\b/i.test(message))
        return { kind: 'locked', message };
    return { kind: 'forbidden', message, integration: /resource not accessible by integration/i.test(message) };
}
function authorOf(v) {
    const user = (0,_core_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(v) && (0,_core_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(v.user) ? v.user : {};
    return { login: typeof user.login === 'string' ? user.login : '', bot: user.type === 'Bot' };
}
/**
 * Whose markers are believed (anyone who can write a comment could copy one): a bot's (github-actions[bot] for the
 * workflow's GITHUB_TOKEN, an app), or the token's own user's (a personal token). `login` asks GET /user once.
 */
async function trustedAuthor(a, login) {
    if (a.bot)
        return true;
    const own = await login();
    return own !== undefined && own !== '' && a.login === own;
}
/** The login of the token's user (a personal token); undefined for an app's token, which GET /user refuses. */
async function tokenLogin(t, c) {
    const url = `${c.apiUrl.replace(/\/+$/, '')}/user`;
    const res = await githubCall(t, { ...c, method: 'GET', url });
    if (res.status !== 200)
        return undefined;
    const login = (0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonObject */ .o$)(res.body)?.login;
    return typeof login === 'string' ? login : undefined;
}


/***/ }),

/***/ 3618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KQ: () => (/* binding */ BodyTooLarge),
/* harmony export */   Tk: () => (/* binding */ keepAliveAgents),
/* harmony export */   aj: () => (/* binding */ httpRequest),
/* harmony export */   cv: () => (/* binding */ exchange)
/* harmony export */ });
class BodyTooLarge extends Error {
    limit;
    constructor(limit) {
        super(`the answer is over ${limit} bytes`);
        this.limit = limit;
        this.name = 'BodyTooLarge';
    }
}
const modules = {};
function transport(protocol) {
    if (protocol !== 'http:' && protocol !== 'https:')
        return Promise.reject(new Error(`unsupported protocol ${protocol}`));
    return (modules[protocol] ??=
        protocol === 'https:' ? Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23)));
}
/** Keep-alive agents for a series of requests, one per protocol, made when first needed; destroy() when done. */
function keepAliveAgents() {
    const agents = new Map();
    const made = [];
    return {
        for(url) {
            const protocol = new URL(url).protocol;
            let agent = agents.get(protocol);
            if (!agent) {
                agent = transport(protocol).then((lib) => {
                    const a = new lib.Agent({ keepAlive: true });
                    made.push(a);
                    return a;
                });
                agents.set(protocol, agent);
            }
            return agent;
        },
        destroy() {
            for (const a of made)
                a.destroy();
        },
    };
}
async function httpRequest(url, req) {
    const target = new URL(url);
    const env = process.env;
    if (env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY) {
        const proxy = await __webpack_require__.e(/* import() */ 196).then(__webpack_require__.bind(__webpack_require__, 7815));
        const route = proxy.proxyFor(target, env);
        if (route)
            return proxy.viaProxy({ target, route, req });
    }
    const lib = await transport(target.protocol);
    req.signal?.throwIfAborted();
    return exchange({ req, start: (options, onAnswer) => lib.request(target, options, onAnswer) });
}
/** Sends the request and reads the bounded answer. */
function exchange({ req, start }) {
    return new Promise((resolve, reject) => {
        const headers = { ...(req.headers ?? {}) };
        if (req.body !== undefined)
            headers['content-length'] = Buffer.byteLength(req.body);
        const r = start({
            method: req.method,
            headers,
            ...(req.agent ? { agent: req.agent } : {}),
            ...(req.signal ? { signal: req.signal } : {}),
        }, (res) => {
            const chunks = [];
            let length = 0;
            res.on('data', (c) => {
                length += c.length;
                if (req.maxBytes !== undefined && length > req.maxBytes) {
                    // Before destroy(), which may emit 'aborted' at once (seen through a proxy tunnel).
                    reject(new BodyTooLarge(req.maxBytes));
                    res.destroy();
                    return;
                }
                chunks.push(c);
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
            res.on('error', reject);
            res.on('aborted', () => reject(req.signal?.reason ?? new Error('the answer was cut off')));
        });
        r.on('error', (e) => reject(req.signal?.aborted ? req.signal.reason : e));
        r.end(req.body);
    });
}


/***/ }),

/***/ 4857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   B2: () => (/* binding */ postJson),
/* harmony export */   W8: () => (/* binding */ retryAfterHeader),
/* harmony export */   Z: () => (/* binding */ headerValue),
/* harmony export */   d3: () => (/* binding */ classifyHttp),
/* harmony export */   o$: () => (/* binding */ jsonObject)
/* harmony export */ });
/* harmony import */ var _core_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5033);
// An HTTP answer as one attempt's outcome (SPEC §5): success as the type says, 429 and 5xx retried, other answers final
// with the service's reason. Shared by every HTTP channel type.

function classifyHttp(answer, rules) {
    const { status } = answer;
    if (rules.ok(answer)) {
        const ref = rules.ref?.(answer);
        return ref === undefined ? { outcome: 'success', status } : { outcome: 'success', status, ref };
    }
    const error = describe(answer, rules);
    if (status === 429) {
        const afterMs = rules.retryAfterMs?.(answer) ?? retryAfterHeader(answer.headers['retry-after']);
        return afterMs === undefined
            ? { outcome: 'retry', status, error, rateLimited: true }
            : { outcome: 'retry', status, error, afterMs, rateLimited: true };
    }
    if (status >= 500 || status === 408)
        return { outcome: 'retry', status, error };
    return { outcome: 'final', status, error };
}
function describe(answer, rules) {
    if (answer.status === 429)
        return 'rate limited (429)';
    const reason = rules.reason?.(answer) ?? clip(answer.body);
    return reason ? (answer.status >= 500 ? `HTTP ${answer.status}: ${reason}` : reason) : `HTTP ${answer.status}`;
}
/** Retry-After as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
function retryAfterHeader(value, now = Date.now()) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v === undefined || v.trim() === '')
        return undefined;
    const seconds = Number(v);
    if (Number.isFinite(seconds))
        return seconds >= 0 ? seconds * 1000 : undefined;
    const at = Date.parse(v);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** An answer's body as a JSON object, or undefined when it is not one (an HTML error page, empty, an array). */
function jsonObject(body) {
    try {
        const v = JSON.parse(body);
        return (0,_core_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** A header's value (the first, when it came more than once). */
function headerValue(answer, name) {
    const v = answer.headers[name];
    return Array.isArray(v) ? v[0] : v;
}
/** One line of at most 200 characters (an answer's body in a warning). */
function clip(s) {
    const one = s.replace(/\s+/g, ' ').trim();
    return one.length > 200 ? `${one.slice(0, 197)}...` : one;
}
/** POSTs `body` as JSON (UTF-8) with the send's client and signal: what every JSON-over-HTTP type sends. */
function postJson(sx, url, body, headers = {}) {
    return sx.http.request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
        body: JSON.stringify(body),
    }, sx.signal);
}


/***/ })

};
