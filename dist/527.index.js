export const id = 527;
export const ids = [527];
export const modules = {

/***/ 1527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadArtifact: () => (/* binding */ downloadArtifact)
/* harmony export */ });
/* unused harmony export MAX_ARTIFACT_BYTES */
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3618);
// Downloads a named artifact of a workflow run through GitHub's REST API (GITHUB_API_URL, so GitHub Enterprise
// Server works): list the run's artifacts, then fetch the archive, whose endpoint redirects to short-lived storage.
// The token goes to the API only, never to the storage host, and never into a message. Loaded only for `artifact`.


const MAX_ARTIFACT_BYTES = 256 * 1024 * 1024;
/** The artifact's ZIP archive, or a UserError naming the artifact, the run and what to do. */
async function downloadArtifact(req) {
    const what = `artifact "${req.name}" of run ${req.runId} in ${req.repository}`;
    const d = {
        req,
        api: req.apiUrl.replace(/\/+$/, ''),
        timeout: req.timeoutMs ?? 60_000,
        maxBytes: req.maxBytes ?? MAX_ARTIFACT_BYTES,
        fail: (message) => {
            throw new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what}: ${message}`);
        },
        missing: (message) => {
            throw new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .MissingMetrics */ .Uh(`${what}: ${message}`);
        },
    };
    if (!req.token)
        d.fail('no github-token to call the API with; leave github-token at its default (${{ github.token }})');
    const chosen = await chooseArtifact(d);
    const zipUrl = chosen.archive_download_url ?? `${d.api}/repos/${req.repository}/actions/artifacts/${chosen.id}/zip`;
    let answer = await get(d, zipUrl, true, d.maxBytes);
    if (answer.status >= 300 && answer.status < 400 && answer.location) {
        // Storage URLs are pre-signed: the token must not travel there.
        answer = await get(d, new URL(answer.location, zipUrl).toString(), false, d.maxBytes);
        if (answer.status !== 200)
            d.fail(`the artifact storage answered HTTP ${answer.status} to the download`);
    }
    else if (answer.status !== 200)
        refused(d, answer, 'downloading the artifact');
    return answer.body;
}
/** The newest unexpired artifact of the name, within the size limit; refused with what the run has otherwise. */
async function chooseArtifact(d) {
    const { req } = d;
    const base = `${d.api}/repos/${req.repository}/actions/runs/${encodeURIComponent(req.runId)}/artifacts`;
    const listed = await get(d, `${base}?per_page=100&name=${encodeURIComponent(req.name)}`, true, 8 * 1048576);
    if (listed.status !== 200)
        refused(d, listed, "listing the run's artifacts");
    const named = artifactsOf(listed.body).filter((a) => a.name === req.name);
    if (named.length === 0) {
        const all = await get(d, `${base}?per_page=100`, true, 8 * 1048576);
        const names = all.status === 200 ? [...new Set(artifactsOf(all.body).map((a) => a.name))] : [];
        d.missing(`not found; ${names.length ? `the run has ${names.map((n) => JSON.stringify(n)).join(', ')}` : 'the run has no artifacts'}. Is the name right, and did the training job upload it (actions/upload-artifact) before this step?`);
    }
    const chosen = named.filter((a) => !a.expired).sort((a, b) => b.id - a.id)[0];
    if (!chosen)
        return d.fail(`it has expired${named[0]?.expires_at ? ` (on ${named[0].expires_at})` : ''}; artifacts are kept for the repository's retention period (retention-days on upload-artifact)`);
    if ((chosen.size_in_bytes ?? 0) > d.maxBytes)
        d.fail((0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .overLimit */ .W1)('it', chosen.size_in_bytes ?? 0, d.maxBytes, 'refused without downloading it'));
    return chosen;
}
/** A GET (with the token only when `auth`: never to the storage host), at most `limit` bytes. */
async function get(d, url, auth, limit) {
    const headers = {
        'user-agent': 'metric-alerts',
        accept: auth ? 'application/vnd.github+json' : '*/*',
    };
    if (auth) {
        headers.authorization = `Bearer ${d.req.token}`;
        headers['x-github-api-version'] = '2022-11-28';
    }
    let res;
    try {
        res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .httpRequest */ .aj)(url, { method: 'GET', headers, maxBytes: limit, signal: AbortSignal.timeout(d.timeout) });
    }
    catch (e) {
        if (e instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .BodyTooLarge */ .KQ)
            return d.fail(`the download is over the ${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(limit)} limit; refused`);
        const err = e;
        const why = err.name === 'TimeoutError'
            ? `no answer within ${d.timeout / 1000} s`
            : (err.code ?? err.message ?? 'network error');
        return d.fail(`could not reach ${new URL(url).origin} (${why})`);
    }
    return { status: res.status, location: res.headers.location, body: res.body };
}
/** An API refusal in words: what to fix for 401, 403 (a rate limit, or permissions), 404, 410. */
function refused(d, a, doing) {
    const message = apiMessage(a.body);
    if (a.status === 401)
        return d.fail(`the github-token was refused while ${doing} (HTTP 401${message}); pass a valid token in github-token`);
    if (a.status === 403 && /rate limit/i.test(message))
        return d.fail(`GitHub's API rate limit was hit while ${doing} (HTTP 403${message}); try again later`);
    if (a.status === 403)
        return d.fail(`the github-token may not read it (HTTP 403${message}); give the job \`permissions: actions: read\` (and for another repository's run, a token with access to it)`);
    if (a.status === 404)
        return d.missing(`the run was not found while ${doing} (HTTP 404${message}): check artifact-run-id, and that the token can see the repository (\`permissions: actions: read\`)`);
    if (a.status === 410)
        return d.fail(`the artifact has expired (HTTP 410${message}); artifacts are kept for the repository's retention period (retention-days on upload-artifact)`);
    return d.fail(`GitHub's API answered HTTP ${a.status}${message} while ${doing}`);
}
function artifactsOf(body) {
    try {
        const v = JSON.parse(body.toString('utf8'));
        return Array.isArray(v.artifacts)
            ? v.artifacts.filter((a) => a && typeof a.name === 'string' && typeof a.id === 'number')
            : [];
    }
    catch {
        return [];
    }
}
/** ": message" from a GitHub error body, cut short. */
function apiMessage(body) {
    try {
        const m = JSON.parse(body.toString('utf8')).message;
        return typeof m === 'string' && m ? `: ${m.slice(0, 200)}` : '';
    }
    catch {
        return '';
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
