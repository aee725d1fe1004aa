export const id = 488;
export const ids = [488];
export const modules = {

/***/ 1488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertPrComment: () => (/* binding */ upsertPrComment)
/* harmony export */ });
/* unused harmony export nextLink */
/* harmony import */ var _core_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5033);
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
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
function api(req) {
    const timeout = req.timeoutMs ?? 30_000;
    return {
        req,
        async call(method, url, body) {
            const headers = {
                'user-agent': 'metric-alerts',
                accept: 'application/vnd.github+json',
                authorization: `Bearer ${req.token}`,
                'x-github-api-version': '2022-11-28',
            };
            if (body !== undefined)
                headers['content-type'] = 'application/json';
            let res;
            try {
                res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .httpRequest */ .aj)(url, {
                    method,
                    headers,
                    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
                    maxBytes: MAX_ANSWER_BYTES,
                    signal: AbortSignal.timeout(timeout),
                });
            }
            catch (e) {
                const err = e;
                const why = err.name === 'TimeoutError' ? `no answer within ${timeout / 1000} s` : (err.code ?? err.message ?? 'error');
                throw new Refused(`could not reach ${new URL(url).origin} (${why})`);
            }
            let json;
            try {
                json = JSON.parse(res.body.toString('utf8'));
            }
            catch {
                json = undefined;
            }
            const link = res.headers.link;
            return { status: res.status, json, link: typeof link === 'string' ? link : '' };
        },
    };
}
/** The URL of rel="next" in a Link header, when it stays on the API's origin (the token goes nowhere else). */
function nextLink(link, apiUrl) {
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (!m)
            continue;
        try {
            return new URL(m[1]).origin === new URL(apiUrl).origin ? m[1] : undefined;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/** What GitHub's error answer says, short, without the token. */
function refusal(req, status, json, doing) {
    const said = (0,_core_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(json) && typeof json.message === 'string' ? `: ${json.message.slice(0, 200)}` : '';
    const code = `HTTP ${status}${said}`.split(req.token).join('***');
    const where = `pull request #${req.pullRequest} of ${req.repository}`;
    const fix = status === 401
        ? 'pass a valid token in github-token'
        : status === 403 && /rate limit/i.test(said)
            ? "GitHub's API rate limit was hit; the next run updates the comment"
            : status === 403
                ? 'give the job `permissions: pull-requests: write` (a pull_request run from a fork gets a read-only token: comment from a workflow_run workflow instead)'
                : status === 404
                    ? 'the pull request was not found, or the token cannot see the repository (check github-token and `permissions: pull-requests: write`)'
                    : 'the next run tries again';
    return new Refused(`could not ${doing} on ${where} (${code}); ${fix}`, status);
}
function commentOf(v, marker) {
    if (!(0,_core_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(v) || typeof v.id !== 'number' || typeof v.body !== 'string')
        return undefined;
    if (v.body.split(/\r?\n/, 1)[0].trim() !== marker)
        return undefined;
    const user = (0,_core_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(v.user) ? v.user : {};
    return { id: v.id, login: typeof user.login === 'string' ? user.login : '', bot: user.type === 'Bot' };
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
            throw refusal(req, res.status, res.json, 'list the comments');
        for (const v of res.json) {
            const c = commentOf(v, req.marker);
            if (c)
                found.push(c);
        }
        url = nextLink(res.link, base);
    }
    return found;
}
/** The login of the token's user (a personal token); undefined for an app's token, which GET /user refuses. */
async function tokenLogin(a) {
    const res = await a.call('GET', `${a.req.apiUrl.replace(/\/+$/, '')}/user`);
    return res.status === 200 && (0,_core_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(res.json) && typeof res.json.login === 'string' ? res.json.login : undefined;
}
/** The comment this action wrote before: a bot's first, else the token's own user's. */
async function ownComment(a, marked) {
    const bot = marked.find((c) => c.bot);
    if (bot || marked.length === 0)
        return bot;
    const login = await tokenLogin(a);
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
        throw refusal(req, res.status, res.json, existing ? 'update the comment' : 'comment');
    const id = (0,_core_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(res.json) && typeof res.json.id === 'number' ? res.json.id : (existing?.id ?? 0);
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
            // Deleted between the listing and the update: written anew.
            if (existing && e instanceof Refused && e.status === 404)
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


/***/ })

};
