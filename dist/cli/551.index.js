export const id = 551;
export const ids = [551,996];
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


/***/ }),

/***/ 2551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  channelType: () => (/* binding */ channelType)
});

;// CONCATENATED MODULE: ./src/core/slack/preview.ts
function unmrkdwn(s) {
    return s
        .replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)')
        .replace(/:red_circle:/g, '🔴')
        .replace(/:large_orange_circle:/g, '🟠')
        .replace(/:large_blue_circle:/g, '🔵')
        .replace(/:white_check_mark:/g, '✅')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}
function previewMessage(message) {
    const out = [];
    for (const b of message.blocks) {
        if (b.type === 'header')
            out.push(String(b.text.text), '');
        else if (b.type === 'section')
            out.push(unmrkdwn(b.text.text), '');
        else if (b.type === 'context')
            out.push(unmrkdwn(b.elements.map((e) => e.text).join(' ')));
    }
    return out.join('\n').trimEnd();
}

// EXTERNAL MODULE: ./src/core/history/ledger.ts
var ledger = __webpack_require__(355);
// EXTERNAL MODULE: ./src/core/records.ts
var records = __webpack_require__(5033);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/run-context.ts
var run_context = __webpack_require__(4448);
// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
// EXTERNAL MODULE: ./src/core/template.ts
var template = __webpack_require__(9153);
;// CONCATENATED MODULE: ./src/core/slack/message.ts
// Slack Block Kit digests: one message per channel per evaluation, within Slack's limits, every value escaped.







const MAX_BLOCKS = 50;
const MAX_SECTION_TEXT = 3000;
const MAX_HEADER_TEXT = 150;
const MAX_FALLBACK_TEXT = 3000;
/** Escapes text for Slack mrkdwn and plain text: & < > become entities, so nothing pings or links; bidirectional
 *  overrides are removed. */
function escapeSlack(s) {
    return (0,safe_text/* stripBidi */.J)(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Text shown literally in a code span: escaped, and a backtick (which would end the span) becomes a look-alike. */
function code(s) {
    return `\`${escapeSlack(s).replace(/`/g, 'ˋ')}\``;
}
function message_link(url, label) {
    if (!url)
        return escapeSlack(label);
    const safe = url.replace(/[<>|\s]/g, (c) => encodeURIComponent(c));
    return `<${safe}|${escapeSlack(label)}>`;
}
const SEVERITY_ICON = {
    critical: ':red_circle:',
    warning: ':large_orange_circle:',
    info: ':large_blue_circle:',
};
/** "`accuracy = 0.93` · back above 0.9 after 3 runs / 2 h"; change rules also show the baseline and the change. */
function valueLine(e, rule) {
    const unit = e.baseline === null ? undefined : rule?.change?.unit;
    const reading = (0,digest/* readingOf */.MU)(e, rule);
    const { outcome } = (0,format/* wordReading */.lD)(reading, rule?.change?.unit);
    const value = (0,format/* valueText */.Ru)(reading);
    if (unit === undefined)
        return `${code(value)} · ${escapeSlack(outcome)}`;
    const change = (0,format/* formatChange */.eD)(reading.change, unit);
    return `${code(value)} · baseline ${(0,format/* formatNumber */.ZV)(e.baseline)} (${escapeSlack(rule?.change?.from ?? '')}) · change ${escapeSlack(change)} · ${escapeSlack(outcome)}`;
}
function section(item, ctx, resolvedSince = false) {
    const { event: e, rule } = item;
    const lines = [];
    const name = `*${escapeSlack(e.alert)}*`;
    if (resolvedSince) {
        lines.push(`:white_check_mark: *RESOLVED* · ${name} was firing (${escapeSlack(e.severity)}); see the thread`);
    }
    else if (e.kind === 'resolved') {
        lines.push(`:white_check_mark: ${name} resolved (${escapeSlack(e.severity)})`);
    }
    else {
        const status = e.kind === 'reminder' ? 'is still firing' : 'is firing';
        lines.push(`${SEVERITY_ICON[e.severity]} *${e.severity.toUpperCase()}* · ${name} ${status}`);
    }
    if (rule?.message)
        lines.push((0,template/* renderTemplate */.Xm)(rule.message, (0,digest/* templateValues */.nX)(e, rule, ctx), escapeSlack));
    lines.push(valueLine(e, rule));
    lines.push(`Experiment *${escapeSlack(e.experiment)}* · run ${message_link(e.runUrl ?? ctx.workflowRunUrl, e.run)}`);
    const spark = (0,format/* sparkline */.KM)(item.recent);
    if (spark)
        lines.push(`Recent: ${spark}`);
    if (rule?.description)
        lines.push(`_${escapeSlack(rule.description)}_`);
    const extras = [];
    if (rule?.runbook)
        extras.push(message_link(rule.runbook, 'Runbook'));
    const labels = Object.entries(rule?.labels ?? {});
    if (labels.length)
        extras.push(labels.map(([k, v]) => `\`${escapeSlack(k)}=${escapeSlack(v)}\``).join(' '));
    if (extras.length)
        lines.push(extras.join(' · '));
    if (item.late)
        lines.push(`_Sent late: ${digest/* LATE_WORDS */.HM[item.late]} (event of ${escapeSlack(e.at)})._`);
    return (0,digest/* truncate */.xv)(lines.join('\n'), MAX_SECTION_TEXT);
}
/** One part of the run's context in mrkdwn: names in code spans, links escaped. */
function contextPart(p) {
    if (p.code)
        return code(p.text);
    return p.url ? message_link(p.url, p.text) : escapeSlack(p.text);
}
/** The run's context (repository, branch, workflow run, commit, pull request) as one mrkdwn line. */
function contextLine(ctx) {
    return (0,run_context/* renderContext */.w)((0,run_context/* contextGroups */._)(ctx), contextPart);
}
function buildDigest(items, channel, ctx, opts = {}) {
    const ordered = (0,digest/* orderItems */.TT)(items);
    const resolvedSince = (i) => opts.resolved?.has((0,ledger/* eventId */.Q6)(i.event)) ?? false;
    const counts = (0,digest/* digestCounts */.Zw)(ordered.map((i) => (resolvedSince(i) ? { ...i, event: { ...i.event, kind: 'resolved' } } : i)));
    // A pull request's run says so first thing: what it reports is that pull request's, not the main line's.
    const from = ctx.pullRequest !== undefined ? ` · PR #${ctx.pullRequest}` : '';
    const header = (0,digest/* truncate */.xv)(`${counts.firing ? '🚨' : '✅'} metric-alerts: ${(0,digest/* countsText */.WN)(counts)}${from}`, MAX_HEADER_TEXT);
    const mentions = counts.firing > 0 ? channel.mentions : [];
    const reserved = 2 + (mentions.length ? 1 : 0); // header, context, mentions
    const sections = fitSections(ordered.map((i) => section(i, ctx, resolvedSince(i))), MAX_BLOCKS - reserved, opts.maxSectionsText ?? Infinity);
    const blocks = [{ type: 'header', text: { type: 'plain_text', text: header, emoji: true } }];
    for (const text of sections)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
    if (mentions.length)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `cc ${mentions.join(' ')}` } });
    const context = [contextLine(ctx), 'metric-alerts'].filter(Boolean).join(' · ');
    const lead = opts.contextLead ? `${escapeSlack(opts.contextLead)} ` : '';
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: (0,digest/* truncate */.xv)(lead + context, MAX_SECTION_TEXT) }] });
    const line = (i) => (resolvedSince(i) ? `${(0,digest/* plainLine */.h0)(i)}, now resolved` : (0,digest/* plainLine */.h0)(i));
    let text = `metric-alerts: ${ordered.slice(0, 10).map(line).join('; ')}`;
    if (ordered.length > 10)
        text += `; and ${ordered.length - 10} more`;
    text = (0,digest/* truncate */.xv)(escapeSlack(text), MAX_FALLBACK_TEXT);
    if (mentions.length)
        text = `${mentions.join(' ')} ${text}`;
    return { text, blocks };
}
/**
 * The event sections that fit in `maxBlocks` blocks and `maxChars` characters, the last one saying how many more
 * there are when some do not fit.
 */
function fitSections(sections, maxBlocks, maxChars) {
    const more = (n) => `…and ${n} more (see the job summary)`;
    let shown = sections.length > maxBlocks ? sections.slice(0, maxBlocks - 1) : [...sections];
    let total = shown.reduce((n, s) => n + s.length, 0);
    while (shown.length > 0 && total + (shown.length < sections.length ? more(sections.length).length : 0) > maxChars) {
        total -= shown[shown.length - 1].length;
        shown = shown.slice(0, -1);
    }
    const hidden = sections.length - shown.length;
    return hidden > 0 ? [...shown, more(hidden)] : shown;
}
const NOTE_ICON = { info: ':information_source:', warning: ':warning:', critical: ':rotating_light:' };
/** A note (test-channels' "wired up", an ad-hoc message): its title and text, escaped, with the run's context. */
function buildNote(channelName, note, ctx) {
    const text = (0,digest/* truncate */.xv)(escapeSlack(`${note.title}: ${note.text}`), MAX_FALLBACK_TEXT);
    const body = `${NOTE_ICON[note.level]} *${escapeSlack(note.title)}*\n${escapeSlack(note.text)}`;
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: (0,digest/* truncate */.xv)(body, MAX_SECTION_TEXT) } }];
    const context = [contextLine(ctx), `channel ${code(channelName)}`].filter(Boolean).join(' · ');
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: (0,digest/* truncate */.xv)(context, MAX_SECTION_TEXT) }] });
    return { text, blocks };
}

// EXTERNAL MODULE: ./src/channels/http-answer.ts
var http_answer = __webpack_require__(4857);
// EXTERNAL MODULE: ./src/channels/pipeline.ts + 1 modules
var pipeline = __webpack_require__(3996);
;// CONCATENATED MODULE: ./src/channels/slack/api.ts
// Slack's Web API (a channel with `token` + `channel`, SPEC §5): the digest as chat.postMessage; resolved events and
// reminders as one reply per thread under the message that fired them, and that message redrawn (chat.update) with
// the resolved ones marked. The blocks are the webhook's (core/slack/message.ts); only the envelope differs.






/**
 * Most characters of event sections in one message. Slack documents 50 blocks and 3,000 characters a section, and
 * refuses blocks of ~13,000 characters in all (msg_blocks_too_long, slackapi/bolt-js#2509): events past this budget
 * are counted in an "…and N more" line.
 */
const MAX_API_SECTIONS_TEXT = 11_000;
/** Threads answered in one run (a reply and an update each); the items of any further thread go in the digest. */
const MAX_THREADS = 10;
function formatRef(ref) {
    return `${ref.channel}:${ref.ts}`;
}
/** The message a ref names; undefined for anything else (a ref of another type, an unreadable one). */
function parseRef(ref) {
    const m = /^([A-Z0-9]+):(\d+\.\d+)$/.exec(ref ?? '');
    return m ? { channel: m[1], ts: m[2] } : undefined;
}
/** The Web API's messages for a batch: the digest of the new events first, then a reply per thread. */
function renderApi(batch) {
    const { channel, ctx } = batch;
    const { loose, threads } = splitByThread(batch.items);
    const out = [];
    if (loose.length) {
        const digest = buildDigest(loose, channel, ctx, { maxSectionsText: MAX_API_SECTIONS_TEXT });
        out.push(outgoing(channel, loose, { post: postBody(channel.channel ?? '', digest) }));
    }
    for (const [ref, items] of threads) {
        const at = parseRef(ref);
        const reply = buildDigest(items, channel, ctx, { maxSectionsText: MAX_API_SECTIONS_TEXT });
        const post = { ...postBody(at.channel, reply), thread_ts: at.ts };
        if (items.some((i) => i.event.kind === 'reminder'))
            post.reply_broadcast = true;
        // The message that fired is redrawn when this run resolves some of its events (a reminder changes nothing there).
        const original = batch.threads?.get(ref);
        const resolves = original !== undefined && items.some((i) => i.event.kind === 'resolved');
        const request = resolves ? { post, update: updateBody({ at, original, channel, ctx }) } : { post };
        out.push(outgoing(channel, items, request));
    }
    return out;
}
/**
 * Items with a thread (resolved events and reminders whose firing message is known), by thread in order of first
 * appearance, at most MAX_THREADS of them; every other item (fired events, or no known thread) is `loose`.
 */
function splitByThread(items) {
    const loose = [];
    const threads = new Map();
    for (const item of items) {
        const ref = item.event.kind === 'fired' ? undefined : item.thread;
        const known = ref !== undefined && parseRef(ref) !== undefined;
        const list = known ? (threads.get(ref) ?? (threads.size < MAX_THREADS ? [] : undefined)) : undefined;
        if (list === undefined) {
            loose.push(item);
            continue;
        }
        list.push(item);
        threads.set(ref, list);
    }
    return { loose, threads };
}
/** The message that fired, drawn again from the history: the events it carried, the resolved ones marked. */
function updateBody({ at, original, channel, ctx }) {
    const message = buildDigest(original.items, channel, ctx, {
        resolved: original.resolved,
        maxSectionsText: MAX_API_SECTIONS_TEXT,
        contextLead: 'Updated by',
    });
    return { channel: at.channel, ts: at.ts, ...message };
}
function postBody(channel, message) {
    return { channel, ...message, unfurl_links: false, unfurl_media: false };
}
function outgoing(channel, items, request) {
    return { events: items.map((i) => (0,ledger/* eventId */.Q6)(i.event)), destination: methodUrl(channel, 'chat.postMessage'), request };
}
function methodUrl(channel, method) {
    return `${channel.apiUrl.replace(/\/+$/, '')}/${method}`;
}
/** A note (test-channels' wired-up message, an ad-hoc notify) as one chat.postMessage. */
function noteApi(channel, note, ctx) {
    const post = postBody(channel.channel ?? '', buildNote(channel.name, note, ctx));
    return { events: [], destination: methodUrl(channel, 'chat.postMessage'), request: { post } };
}
/**
 * One attempt: the chat.postMessage, classified (classifyApi). After a delivered reply, its update: if that fails,
 * the reply stays delivered (a success with a note), since sending the reply again would repeat it.
 */
async function sendApi(request, sx) {
    const token = sx.channel.token;
    if (!token)
        return { outcome: 'final', error: 'the channel has no token' };
    const posted = withoutSecret(await call({ sx, token, method: 'chat.postMessage', body: request.post }), token);
    if (posted.outcome !== 'success' || request.update === undefined)
        return posted;
    let updated;
    try {
        updated = withoutSecret(await call({ sx, token, method: 'chat.update', body: request.update }), token);
    }
    catch (e) {
        updated = { outcome: 'retry', error: (0,pipeline.describeNetworkError)(e, sx.timeoutMs) };
    }
    if (updated.outcome === 'success')
        return posted;
    return { ...posted, note: `the message that fired (${request.update.ts}) was not updated: ${updated.error}` };
}
/** One Web API call with the token as a Bearer header; throws on a network error. */
async function call({ sx, token, method, body }) {
    const answer = await (0,http_answer/* postJson */.B2)(sx, methodUrl(sx.channel, method), body, { authorization: `Bearer ${token}` });
    return classifyApi(answer, { method, body });
}
/** Errors that Slack names as its own transient trouble: tried again, as a 5xx is. */
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);
/** What a person can do about a final error. */
const HINTS = {
    not_in_channel: 'invite the app to the channel (/invite @app) or give it the chat:write.public scope',
    channel_not_found: 'use the channel ID (C0...) of a channel the app can see',
    invalid_auth: 'the token is not valid (use the bot token, xoxb-...)',
    not_authed: 'no token was sent',
    token_revoked: 'the token was revoked: install the app again and update the secret',
    account_inactive: 'the token belongs to a deleted app or user',
    missing_scope: 'the app lacks a scope (chat:write)',
    is_archived: 'the channel is archived',
};
/** A Web API answer as an attempt: 200 with `"ok": true` succeeds, Slack's transient errors are retried. */
function classifyApi(answer, request) {
    const json = readJson(answer.body);
    const error = typeof json?.error === 'string' ? json.error : undefined;
    if (answer.status === 200 && json?.ok !== true && error !== undefined && TRANSIENT.has(error))
        return { outcome: 'retry', status: 200, error: `Slack answered ${error}` };
    return (0,http_answer/* classifyHttp */.d3)(answer, {
        ok: (a) => a.status === 200 && json?.ok === true,
        reason: () => (error === undefined ? undefined : reasonOf(error, json)),
        ref: () => refOf(request, json),
    });
}
function reasonOf(error, json) {
    const needed = error === 'missing_scope' && typeof json.needed === 'string' ? ` (needs ${json.needed})` : '';
    const hint = HINTS[error];
    return (0,http_answer/* clip */.$Q)(`${error}${needed}${hint ? `: ${hint}` : ''}`);
}
/** The thread this delivery belongs to: the message posted, or for a reply the thread's first message. */
function refOf({ method, body }, json) {
    if (method !== 'chat.postMessage')
        return undefined;
    const threadTs = body.thread_ts;
    if (threadTs !== undefined)
        return formatRef({ channel: body.channel, ts: threadTs });
    const { channel, ts } = json;
    return typeof channel === 'string' && typeof ts === 'string' && parseRef(`${channel}:${ts}`)
        ? formatRef({ channel, ts })
        : undefined;
}
function readJson(body) {
    try {
        const v = JSON.parse(body);
        return (0,records/* isRecord */.u)(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** The attempt with the token cut out of its error (an answer may echo what it was sent). */
function withoutSecret(attempt, token) {
    if (attempt.outcome === 'success' || !attempt.error.includes(token))
        return attempt;
    return { ...attempt, error: attempt.error.split(token).join('***') };
}
/** The call as a person would read it in a dry run. */
function previewApi({ post, update }) {
    const lines = [];
    if (post.thread_ts !== undefined)
        lines.push(`(reply in the thread of ${post.thread_ts}${post.reply_broadcast ? ', also sent to the channel' : ''}${update ? ', then that message updated' : ''})`);
    lines.push(previewMessage(post));
    if (update)
        lines.push('', `── the message ${update.ts}, updated ──`, previewMessage(update));
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/channels/slack/webhook.ts
// Slack incoming webhooks: one Block Kit digest per channel per evaluation (SPEC §5). Success is 200 with the body
// `ok`; Slack names a refused payload in the body (invalid_payload, channel_not_found, ...).



function renderWebhook(batch) {
    const url = batch.channel.url;
    return [
        {
            events: batch.items.map((i) => (0,ledger/* eventId */.Q6)(i.event)),
            destination: url,
            request: { url, message: buildDigest(batch.items, batch.channel, batch.ctx) },
        },
    ];
}
function noteWebhook(channel, note, ctx) {
    const url = channel.url;
    return { events: [], destination: url, request: { url, message: buildNote(channel.name, note, ctx) } };
}
async function sendWebhook(request, sx) {
    const answer = await (0,http_answer/* postJson */.B2)(sx, request.url, request.message);
    return (0,http_answer/* classifyHttp */.d3)(answer, { ok: (a) => a.status === 200 && a.body.trim() === 'ok' });
}

;// CONCATENATED MODULE: ./src/channels/slack/index.ts



const isApi = (request) => 'post' in request;
const channelType = {
    type: 'slack',
    grouping: 'digest',
    render: (batch) => (batch.channel.token ? renderApi(batch) : renderWebhook(batch)),
    note: (channel, note, ctx) => (channel.token ? noteApi(channel, note, ctx) : noteWebhook(channel, note, ctx)),
    send: (request, sx) => (isApi(request) ? sendApi(request, sx) : sendWebhook(request, sx)),
    preview: (request) => (isApi(request) ? previewApi(request) : previewMessage(request.message)),
};


/***/ })

};
