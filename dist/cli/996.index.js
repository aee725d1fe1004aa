export const id = 996;
export const ids = [996];
export const modules = {

/***/ 3618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tk: () => (/* binding */ keepAliveAgents),
/* harmony export */   aj: () => (/* binding */ httpRequest),
/* harmony export */   cv: () => (/* binding */ exchange)
/* harmony export */ });
/* unused harmony export BodyTooLarge */
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
        const proxy = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.bind(__webpack_require__, 7815));
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

/***/ 5991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
// Waiting, for retries and spacing.
/** Resolves after `ms` milliseconds (at once for zero or less). */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));


/***/ }),

/***/ 3996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_POLICY: () => (/* binding */ DEFAULT_POLICY),
  deliverAll: () => (/* binding */ deliverAll),
  describeNetworkError: () => (/* binding */ describeNetworkError)
});

// EXTERNAL MODULE: ./src/adapters/sleep.ts
var sleep = __webpack_require__(5991);
// EXTERNAL MODULE: ./src/adapters/http.ts
var http = __webpack_require__(3618);
;// CONCATENATED MODULE: ./src/channels/http-client.ts
// The HTTP client the pipeline hands to each send: Node's http/https (adapters/http.ts) with keep-alive agents for the
// run, bodies bounded, answers as text.

/** Longest answer body read (a service's error page, an API's JSON). */
const MAX_ANSWER_BYTES = 1024 * 1024;
function httpClient() {
    const agents = (0,http/* keepAliveAgents */.Tk)();
    return {
        async request(url, req, signal) {
            const answer = await (0,http/* httpRequest */.aj)(url, {
                method: req.method,
                ...(req.headers ? { headers: req.headers } : {}),
                ...(req.body !== undefined ? { body: req.body } : {}),
                signal,
                maxBytes: MAX_ANSWER_BYTES,
                agent: await agents.for(url),
            });
            return { status: answer.status, headers: answer.headers, body: answer.body.toString('utf8') };
        },
        destroy: () => agents.destroy(),
    };
}

;// CONCATENATED MODULE: ./src/channels/pipeline.ts


const DEFAULT_POLICY = {
    timeoutMs: 10_000,
    maxRetries: 3,
    backoffMs: 1_000,
    maxRetryAfterMs: 30_000,
    channelBudgetMs: 60_000,
    spacingMs: 1_000,
};
async function deliverAll(jobs, policy = DEFAULT_POLICY) {
    if (jobs.every((j) => j.messages.length === 0))
        return [];
    const client = httpClient();
    const shared = { policy, http: client, lastSent: new Map(), chains: new Map() };
    try {
        const perChannel = await Promise.all(jobs.map((job) => deliverChannel(job, shared)));
        return perChannel.flat();
    }
    finally {
        client.destroy();
    }
}
async function deliverChannel(job, shared) {
    const deadline = Date.now() + shared.policy.channelBudgetMs;
    const spacingMs = Math.min(shared.policy.spacingMs, job.type.spacingMs ?? Infinity);
    const out = [];
    for (const [i, message] of job.messages.entries()) {
        const turn = { destination: message.destination, spacingMs, deadline };
        const done = await inTurn(shared, turn, () => deliverOne({ job, message, shared, deadline }));
        out.push(done ?? unsent(job, message, { sent: i, of: job.messages.length, policy: shared.policy }));
    }
    return out;
}
/**
 * Runs `send` after every earlier send to the same destination, at least spacingMs after the last one; undefined
 * without sending when the channel's budget runs out before its turn.
 */
async function inTurn(shared, turn, send) {
    const { destination } = turn;
    const previous = shared.chains.get(destination) ?? Promise.resolve();
    const run = previous.then(async () => {
        const at = Math.max(Date.now(), (shared.lastSent.get(destination) ?? -Infinity) + turn.spacingMs);
        if (at >= turn.deadline)
            return undefined;
        if (at > Date.now())
            await (0,sleep/* sleep */.y)(at - Date.now());
        try {
            return await send();
        }
        finally {
            shared.lastSent.set(destination, Date.now());
        }
    });
    shared.chains.set(destination, run.catch(() => undefined));
    return run;
}
/** A message the channel's budget left no time for: owed, so the next run with history sends it, marked late. */
function unsent(job, message, n) {
    const error = `not sent in this run: ${budgetWords(n.policy)} after ${n.sent} of ${n.of} messages; the next run with history sends it, marked late`;
    return { channel: job.channel.name, events: message.events, outcome: failed(job, 0, undefined, error) };
}
async function deliverOne(m) {
    const { job, message, shared, deadline } = m;
    const { policy } = shared;
    const result = (outcome, note) => ({
        channel: job.channel.name,
        events: message.events,
        outcome,
        ...(note ? { note } : {}),
    });
    let attempts = 0;
    let failures = 0;
    for (;;) {
        const left = deadline - Date.now();
        if (left <= 0)
            return result(failed(job, attempts, undefined, budgetWords(policy)));
        attempts++;
        const attempt = await attemptOnce(m, job.type.manyRequests ? left : Math.min(policy.timeoutMs, left));
        if (attempt.outcome === 'success') {
            const ok = { channel: job.channel.name, ok: true, attempts };
            if (attempt.status !== undefined)
                ok.status = attempt.status;
            if (attempt.ref !== undefined)
                ok.ref = attempt.ref;
            return result(ok, attempt.note);
        }
        if (attempt.outcome === 'final')
            return result(failed(job, attempts, attempt.status, attempt.error, false));
        const next = nextTry(attempt, policy, failures);
        if (next.counted)
            failures++;
        if ('stop' in next)
            return result(failed(job, attempts, attempt.status, `${attempt.error}${next.stop}`));
        if (Date.now() + next.wait >= deadline) {
            const why = attempt.rateLimited
                ? `waiting Retry-After would pass the ${policy.channelBudgetMs / 1000} s budget for this channel`
                : budgetWords(policy);
            return result(failed(job, attempts, attempt.status, `${attempt.error}; ${why}`));
        }
        await (0,sleep/* sleep */.y)(next.wait);
    }
}
/**
 * After a retryable answer: how long to wait, or why not to try again in this run (left retryable: a later run sends
 * it). A rate limit with the service's wait is waited for, and is not a failure; a wait longer than the cap is never
 * cut short (retrying before the service allows it prolongs the limit: GitHub bans integrations that do). A rate limit
 * without a wait (PagerDuty sends none) backs off as a failure does, and counts as one.
 */
function nextTry(attempt, policy, failures) {
    const { afterMs } = attempt;
    if (attempt.rateLimited && afterMs !== undefined) {
        if (afterMs > policy.maxRetryAfterMs)
            return {
                stop: `; the service asks to wait ${Math.ceil(afterMs / 1000)} s, longer than the ${policy.maxRetryAfterMs / 1000} s a run waits`,
                counted: false,
            };
        return { wait: afterMs, counted: false };
    }
    if (failures + 1 > policy.maxRetries)
        return { stop: '', counted: true };
    return { wait: afterMs ?? backoff(policy, failures + 1), counted: true };
}
/** One send, stopped after `timeoutMs` (one request's timeout, or for a type of many requests the budget left). */
async function attemptOnce({ job, message, shared }, timeoutMs) {
    try {
        return await job.type.send(message.request, {
            channel: job.channel,
            ...(job.github ? { github: job.github } : {}),
            signal: AbortSignal.timeout(Math.max(1, timeoutMs)),
            timeoutMs: shared.policy.timeoutMs,
            http: shared.http,
        });
    }
    catch (e) {
        return { outcome: 'retry', error: describeNetworkError(e, shared.policy.timeoutMs) };
    }
}
function budgetWords(policy) {
    return `the ${policy.channelBudgetMs / 1000} s budget for this channel ran out`;
}
function backoff(policy, failures) {
    const base = policy.backoffMs * 2 ** (failures - 1);
    return base / 2 + Math.random() * (base / 2);
}
function failed(job, attempts, status, error, retryable = true) {
    const out = { channel: job.channel.name, ok: false, attempts, error, retryable };
    if (status !== undefined)
        out.status = status;
    return out;
}
/** A network error in words, without the URL (it is a secret). */
function describeNetworkError(e, timeoutMs) {
    const err = e;
    if (err?.name === 'TimeoutError' || err?.name === 'AbortError')
        return `no answer within ${timeoutMs / 1000} s`;
    if (err?.name === 'BodyTooLarge')
        return 'the answer was too large';
    // A proxy's own words name the proxy (never its password) and what it answered.
    if (err?.name === 'ProxyError' && e instanceof Error)
        return e.message;
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


/***/ })

};
