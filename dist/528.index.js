export const id = 528;
export const ids = [528];
export const modules = {

/***/ 3618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KQ: () => (/* binding */ BodyTooLarge),
/* harmony export */   Tk: () => (/* binding */ keepAliveAgents),
/* harmony export */   aj: () => (/* binding */ httpRequest)
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
    const lib = await transport(target.protocol);
    req.signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
        const headers = { ...(req.headers ?? {}) };
        if (req.body !== undefined)
            headers['content-length'] = Buffer.byteLength(req.body);
        const r = lib.request(target, {
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
                    res.destroy();
                    reject(new BodyTooLarge(req.maxBytes));
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

/***/ 528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SLACK_POLICY: () => (/* binding */ SLACK_POLICY),
/* harmony export */   deliverAll: () => (/* binding */ deliverAll)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3618);
/* harmony import */ var _sleep_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5991);
/* harmony import */ var _core_deliveries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1375);



const SLACK_POLICY = {
    timeoutMs: 10_000,
    maxRetries: 3,
    backoffMs: 1_000,
    maxRetryAfterMs: 30_000,
    channelBudgetMs: 60_000,
    spacingMs: 1_000,
};
/** Delivers every job; channels run concurrently, messages to one URL in order and spaced. Never throws. */
async function deliverAll(jobs, policy = SLACK_POLICY) {
    if (jobs.length === 0)
        return [];
    const agents = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .keepAliveAgents */ .Tk)();
    const lastSent = new Map();
    const chains = new Map();
    try {
        return await Promise.all(jobs.map((job) => {
            const previous = chains.get(job.url) ?? Promise.resolve();
            const run = previous.then(async () => {
                const wait = (lastSent.get(job.url) ?? -Infinity) + policy.spacingMs - Date.now();
                if (wait > 0)
                    await (0,_sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .y)(wait);
                try {
                    return await deliverOne(job, policy, async (body, signal) => (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .httpRequest */ .aj)(job.url, {
                        method: 'POST',
                        headers: { 'content-type': 'application/json; charset=utf-8' },
                        body,
                        signal,
                        maxBytes: 65_536,
                        agent: await agents.for(job.url),
                    }).then((res) => ({
                        status: res.status,
                        retryAfter: header(res.headers['retry-after']),
                        body: res.body.toString('utf8'),
                    })));
                }
                finally {
                    lastSent.set(job.url, Date.now());
                }
            });
            chains.set(job.url, run);
            return run;
        }));
    }
    finally {
        agents.destroy();
    }
}
function header(v) {
    return Array.isArray(v) ? v[0] : v;
}
async function deliverOne(job, policy, post) {
    const body = JSON.stringify(job.message);
    const deadline = Date.now() + policy.channelBudgetMs;
    let attempts = 0;
    let failures = 0;
    for (;;) {
        attempts++;
        const left = deadline - Date.now();
        let answer;
        let networkError;
        try {
            answer = await post(body, AbortSignal.timeout(Math.min(policy.timeoutMs, Math.max(1, left))));
        }
        catch (e) {
            networkError = describeNetworkError(e, policy.timeoutMs);
        }
        let wait;
        if (answer) {
            const text = answer.body.trim();
            if (answer.status === 200 && text === 'ok')
                return { channel: job.channel, ok: true, status: 200, attempts };
            if (answer.status === 429) {
                const seconds = Number(answer.retryAfter);
                wait = Math.min(policy.maxRetryAfterMs, Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : policy.backoffMs);
                if (Date.now() + wait >= deadline)
                    return fail(job, attempts, 429, `rate limited (429); waiting Retry-After would pass the ${policy.channelBudgetMs / 1000} s budget for this channel`);
            }
            else if (answer.status >= 500) {
                failures++;
                if (failures > policy.maxRetries)
                    return fail(job, attempts, answer.status, `HTTP ${answer.status}${text ? `: ${clip(text)}` : ''}`);
                wait = backoff(policy, failures);
            }
            else {
                // Other answers are final: Slack names the problem in the body (invalid_payload, channel_not_found, ...).
                return fail(job, attempts, answer.status, text ? clip(text) : `HTTP ${answer.status}`);
            }
        }
        else {
            failures++;
            if (failures > policy.maxRetries)
                return fail(job, attempts, undefined, networkError ?? 'network error');
            wait = backoff(policy, failures);
        }
        if (Date.now() + wait >= deadline)
            return fail(job, attempts, answer?.status, `${answer ? `HTTP ${answer.status}` : networkError}; the ${policy.channelBudgetMs / 1000} s budget for this channel ran out`);
        await (0,_sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .y)(wait);
    }
}
function backoff(policy, failures) {
    const base = policy.backoffMs * 2 ** (failures - 1);
    return base / 2 + Math.random() * (base / 2);
}
function fail(job, attempts, status, error) {
    const out = { channel: job.channel, ok: false, attempts, error, retryable: (0,_core_deliveries_js__WEBPACK_IMPORTED_MODULE_1__/* .retryableStatus */ .Fd)(status) };
    if (status !== undefined)
        out.status = status;
    return out;
}
function clip(s) {
    const one = s.replace(/\s+/g, ' ');
    return one.length > 200 ? `${one.slice(0, 197)}...` : one;
}
/** A network error in words, without the URL (it is a secret). */
function describeNetworkError(e, timeoutMs) {
    const err = e;
    if (err?.name === 'TimeoutError' || err?.name === 'AbortError')
        return `no answer within ${timeoutMs / 1000} s`;
    if (err?.name === 'BodyTooLarge')
        return 'the answer was too large';
    const code = err?.code ?? err?.cause?.code;
    const words = {
        ECONNREFUSED: 'connection refused',
        ECONNRESET: 'connection reset',
        ENOTFOUND: 'host not found (DNS)',
        EAI_AGAIN: 'DNS lookup failed',
        EPIPE: 'connection closed by the server',
        ETIMEDOUT: `could not connect within ${timeoutMs / 1000} s`,
        EHOSTUNREACH: 'host unreachable',
        ENETUNREACH: 'network unreachable',
        CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
    };
    return code ? (words[code] ?? `network error ${code}`) : 'network error';
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
