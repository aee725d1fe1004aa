export const id = 101;
export const ids = [101];
export const modules = {

/***/ 4722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lj: () => (/* binding */ linkable),
/* harmony export */   S2: () => (/* binding */ multiLine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   gL: () => (/* binding */ clipText),
/* harmony export */   iu: () => (/* binding */ breakAutoLinks)
/* harmony export */ });
/* harmony import */ var _core_safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3712);
// Untrusted text on its way into a chat message (Discord, Teams): what every such surface needs besides its own
// escaping. Pure.

const ZWSP = '\u200B';
/**
 * Text a chat client would turn into a link made plain: a zero-width space after the colon of every `scheme://` and
 * after `www`, so "https://evil.example" and "www.evil.example" read the same but link nowhere.
 */
function breakAutoLinks(s) {
    return s.replace(/:(?=\/\/)/g, `:${ZWSP}`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
/** Bidirectional controls removed, and every other control character (line ends included) made a space. */
function oneLine(s) {
    return (0,_core_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripBidi */ .J)(s).replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
}
/** Bidirectional controls removed; line ends kept as \n, other control characters made a space. */
function multiLine(s) {
    return (0,_core_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripBidi */ .J)(s)
        .replace(/\r\n?|[\u2028\u2029]/g, '\n')
        .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, ' ');
}
/**
 * At most `max` UTF-16 units, ending with … when cut; never splits a surrogate pair, and never leaves a lone escaping
 * backslash at the end (it would escape the …).
 */
function clipText(s, max) {
    if (s.length <= max)
        return s;
    if (max <= 0)
        return '';
    let cut = s.slice(0, max - 1);
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    const backslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
    if (backslashes % 2 === 1)
        cut = cut.slice(0, -1);
    return `${cut}…`;
}
/** An http(s) URL a message may link to, or undefined for anything else (javascript:, data:, a relative path). */
function linkable(url) {
    if (!url || !/^https?:\/\//i.test(url))
        return undefined;
    try {
        return new URL(url).href;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 5630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ hashParts)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The stable keys channels give receiving systems (an incident's dedup_key, an issue's marker, a webhook-id): the
// SHA-256 of a list of strings, as hex. The list is JSON-encoded, so ["a b", "c"] and ["a", "b c"] never collide.

function hashParts(parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(parts)).digest('hex');
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


/***/ }),

/***/ 350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ eventLines),
/* harmony export */   Gg: () => (/* binding */ titleOf),
/* harmony export */   es: () => (/* binding */ clipName),
/* harmony export */   nM: () => (/* binding */ contextText),
/* harmony export */   tJ: () => (/* binding */ inert),
/* harmony export */   wY: () => (/* binding */ instanceHash)
/* harmony export */ });
/* unused harmony exports NAME_MAX, inertName, stateWords */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5630);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5543);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6228);
/* harmony import */ var _core_run_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4448);
/* harmony import */ var _chat_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4722);
// What the incident types that take plain text (datadog, sentry) show of one event: the instance's stable key, the
// lines of an event, and untrusted text made inert for a surface that notifies on `@handle` and links bare URLs. Pure.





const ZWSP = '\u200B';
/**
 * Untrusted text as inert plain text: bidirectional controls removed, control characters made spaces (line ends kept
 * with `lines`), a zero-width space after every `@` (no `@handle` notifies) and in every `scheme://` and `www.` (nothing
 * links).
 */
function inert(s, lines = false) {
    const text = lines ? (0,_chat_text_js__WEBPACK_IMPORTED_MODULE_3__/* .multiLine */ .S2)(s) : (0,_chat_text_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(s);
    return (0,_chat_text_js__WEBPACK_IMPORTED_MODULE_3__/* .breakAutoLinks */ .iu)(text.replace(/@/g, `@${ZWSP}`));
}
/** Longest a name (experiment, run, label) may take in a line, so one long name cannot crowd out the rest. */
const NAME_MAX = 200;
/** An untrusted name clipped to NAME_MAX (never within a surrogate pair), for surfaces that escape it themselves. */
function clipName(s) {
    return (0,_chat_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clipText */ .gL)(s, NAME_MAX);
}
/** An untrusted name made inert and clipped to NAME_MAX. */
function inertName(s) {
    return clipName(inert(s));
}
/** The alert instance (alert, experiment, and the repository: one service may hold alerts of many repositories). */
function instanceHash(c) {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashParts */ .j)([c.repository ?? '', c.alert, c.experiment]);
}
/** "is firing", "is still firing", "resolved". */
function stateWords(kind) {
    return kind === 'resolved' ? 'resolved' : kind === 'reminder' ? 'is still firing' : 'is firing';
}
/** "[WARNING] acc is firing on iris", inert, within `max` characters. */
function titleOf({ event: e }, max) {
    const head = e.kind === 'resolved' ? '[RESOLVED]' : `[${e.severity.toUpperCase()}]`;
    const alert = inertName(e.alert);
    return (0,_chat_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clipText */ .gL)(`${head} ${alert} ${stateWords(e.kind)} on ${inertName(e.experiment)}`, max);
}
/** The run's context as plain inert text. */
function contextText(ctx) {
    return (0,_core_run_context_js__WEBPACK_IMPORTED_MODULE_4__/* .renderContext */ .w)((0,_core_run_context_js__WEBPACK_IMPORTED_MODULE_4__/* .contextGroups */ ._)(ctx), (p) => inert(p.text));
}
/** The event's lines: reading, sparkline, experiment, run, description, runbook, labels, lateness, context. */
function eventLines(item, ctx) {
    const { event: e, rule } = item;
    const w = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .wordReading */ .lD)((0,_core_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .readingOf */ .MU)(e, rule), rule?.change?.unit);
    const lines = [(0,_chat_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clipText */ .gL)(`${inert(w.value)}, ${inert(w.outcome)}`, 2 * NAME_MAX)];
    const spark = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_2__/* .sparkline */ .KM)(item.recent);
    if (spark)
        lines.push(`Recent: ${spark}`);
    lines.push(`Severity: ${e.severity}`, `Experiment: ${inertName(e.experiment)}`, `Run: ${inertName(e.run)}`);
    // The workflow run and the runbook come from the run and the rules file, not an artifact: they stay links.
    const runUrl = (0,_chat_text_js__WEBPACK_IMPORTED_MODULE_3__/* .linkable */ .Lj)(e.runUrl ?? ctx.workflowRunUrl);
    if (runUrl)
        lines.push(`Run link: ${runUrl}`);
    if (rule?.description)
        lines.push((0,_chat_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clipText */ .gL)(inert(rule.description, true), 1000));
    const runbook = (0,_chat_text_js__WEBPACK_IMPORTED_MODULE_3__/* .linkable */ .Lj)(rule?.runbook);
    if (runbook)
        lines.push(`Runbook: ${runbook}`);
    const labels = Object.entries(rule?.labels ?? {});
    if (labels.length)
        lines.push(`Labels: ${labels.map(([k, v]) => `${inertName(k)}=${inertName(v)}`).join(', ')}`);
    if (item.late)
        lines.push(`Sent late: ${_core_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .LATE_WORDS */ .HM[item.late]} (event of ${inert(e.at)}).`);
    const context = contextText(ctx);
    if (context)
        lines.push(context);
    return lines;
}


/***/ }),

/***/ 6101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SENTRY_CLIENT: () => (/* binding */ SENTRY_CLIENT),
  channelType: () => (/* binding */ channelType),
  classifySentry: () => (/* binding */ classifySentry),
  envelope: () => (/* binding */ envelope),
  previewSentry: () => (/* binding */ previewSentry),
  sentryRateLimitMs: () => (/* binding */ sentryRateLimitMs),
  sentryReason: () => (/* binding */ sentryReason)
});

// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __webpack_require__(3985);
// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
// EXTERNAL MODULE: ./src/channels/http-answer.ts
var http_answer = __webpack_require__(4857);
;// CONCATENATED MODULE: ./src/channels/sentry/dsn.ts
// A Sentry DSN (`https://PUBLIC_KEY@HOST/PROJECT_ID`, optionally with a path prefix before the project id) and the
// envelope endpoint it names. What is wrong with a DSN is said without the DSN: its key is a secret.
function parseDsn(dsn) {
    let u;
    try {
        u = new URL(dsn);
    }
    catch {
        return { error: 'the DSN is not a URL; allowed: https://PUBLIC_KEY@HOST/PROJECT_ID' };
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return { error: 'the DSN is not an http(s) URL' };
    if (!u.username)
        return { error: 'the DSN has no public key (https://PUBLIC_KEY@HOST/PROJECT_ID)' };
    const parts = u.pathname.split('/').filter(Boolean);
    const projectId = parts.pop();
    if (!projectId || !/^\d+$/.test(projectId))
        return { error: 'the DSN does not end with a numeric project id' };
    const prefix = parts.length ? `/${parts.join('/')}` : '';
    return {
        publicKey: decodeURIComponent(u.username),
        projectId,
        envelopeUrl: `${u.protocol}//${u.host}${prefix}/api/${projectId}/envelope/`,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/history/ledger.ts
var ledger = __webpack_require__(355);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/channels/chat-text.ts
var chat_text = __webpack_require__(4722);
// EXTERNAL MODULE: ./src/channels/incident-text.ts
var incident_text = __webpack_require__(350);
;// CONCATENATED MODULE: ./src/channels/sentry/render.ts
// Sentry events (SPEC §5): one event per fired or reminder event, sent as an envelope to the DSN's project, grouped by
// a fingerprint of the alert instance (one Sentry issue per instance). Resolved events are not sent: Sentry resolves
// issues in its own UI. Plain text (Sentry shows a message as text), every value inert. Pure.







/** Sentry's documented limits: a message 8,192 characters, tag keys 32, tag values 200 (no line ends). */
const LIMITS = { message: 8192, tagKey: 32, tagValue: 200 };
/** critical is `error` (not `fatal`, which Sentry keeps for crashes); the severity itself is a tag too. */
const LEVELS = { critical: 'error', warning: 'warning', info: 'info' };
/** A tag key Sentry keeps: letters, digits, `_ . : -`, at most 32 characters. */
function tagKey(key) {
    return key.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, LIMITS.tagKey) || '_';
}
/** A tag value Sentry keeps: one line, at most 200 characters. */
function tagValue(value) {
    return (0,chat_text/* clipText */.gL)((0,chat_text/* oneLine */.TN)(value).trim(), LIMITS.tagValue) || '-';
}
function tagsOf(item, ctx) {
    const { event: e, rule } = item;
    const tags = {};
    for (const [k, v] of Object.entries(rule?.labels ?? {}))
        tags[tagKey(k)] = tagValue(v);
    Object.assign(tags, {
        alert: tagValue(e.alert),
        experiment: tagValue(e.experiment),
        severity: e.severity,
        metric: tagValue(e.metric ?? e.check ?? ''),
    });
    if (ctx.repository)
        tags.repository = tagValue(ctx.repository);
    if (ctx.ref)
        tags.branch = tagValue(ctx.ref);
    return tags;
}
/** 32 hex digits from a stable seed: the same event sent again carries the same id (Sentry drops the duplicate). */
function sentryEventId(seed) {
    return (0,external_node_crypto_.createHash)('sha256').update(seed).digest('hex').slice(0, 32);
}
/** A threshold rule's op and threshold; a status or stale rule's own fields instead (it has neither). */
function ruleExtra(e) {
    if (e.check === 'status')
        return { check: 'status', status: e.status ?? 'none', statuses: (e.statuses ?? []).join(', ') };
    if (e.check === 'stale')
        return { check: 'stale', stale_after: e.after ?? null };
    return { threshold: e.threshold, op: e.op };
}
function extraOf(item, ctx) {
    const { event: e, rule } = item;
    const extra = {
        reading: (0,format/* formatReading */.u1)((0,digest/* readingOf */.MU)(e, rule), rule?.change?.unit),
        run: e.run,
        kind: e.kind,
        ...ruleExtra(e),
    };
    const runUrl = e.runUrl ?? ctx.workflowRunUrl;
    if (runUrl)
        extra.run_url = runUrl;
    if (ctx.sha)
        extra.commit = ctx.sha;
    if (ctx.pullRequest !== undefined)
        extra.pull_request = ctx.pullRequest;
    return extra;
}
function eventOf(item, ctx) {
    const { event: e } = item;
    const text = [(0,incident_text/* titleOf */.Gg)(item, 200), ...(0,incident_text/* eventLines */.Cl)(item, ctx)].join('\n');
    return {
        event_id: sentryEventId((0,ledger/* eventId */.Q6)(e)),
        timestamp: Number.isNaN(Date.parse(e.at)) ? new Date(0).toISOString() : new Date(e.at).toISOString(),
        level: LEVELS[e.severity],
        platform: 'other',
        logger: 'metric-alerts',
        message: { formatted: (0,chat_text/* clipText */.gL)(text, LIMITS.message) },
        fingerprint: [
            'metric-alerts',
            (0,incident_text/* instanceHash */.wY)({ alert: e.alert, experiment: e.experiment, repository: ctx.repository }),
        ],
        tags: tagsOf(item, ctx),
        extra: extraOf(item, ctx),
    };
}
function target(channel) {
    const dsn = parseDsn(channel.dsn);
    return 'error' in dsn ? { error: dsn.error } : { url: dsn.envelopeUrl };
}
/** Fired and reminder events, one request each; resolved events render nothing (Sentry resolves in its own UI). */
function renderEvents(batch) {
    const to = target(batch.channel);
    return batch.items
        .filter((item) => item.event.kind !== 'resolved')
        .map((item) => ({
        events: [(0,ledger/* eventId */.Q6)(item.event)],
        destination: to.url ?? 'sentry',
        request: { ...to, event: eventOf(item, batch.ctx) },
    }));
}
/** What the pipeline records for a resolved event this type does not send. */
const RESOLVED_NOT_SENT = 'not sent: Sentry resolves issues in its own UI';
/** A note (test-channels' "wired up", an ad-hoc message): an event with no fingerprint of an instance. */
function renderNote(channel, note, ctx) {
    const to = target(channel);
    const context = (0,incident_text/* contextText */.nM)(ctx);
    const text = [(0,incident_text/* inert */.tJ)(`metric-alerts: ${note.title}`), (0,incident_text/* inert */.tJ)(note.text, true), ...(context ? [context] : [])];
    const event = {
        // Minted once per note sent: every retry of it carries this id, so a retry after a lost answer is not a second
        // event in Sentry (an alert event's id comes from the event itself).
        event_id: (0,external_node_crypto_.randomBytes)(16).toString('hex'),
        level: LEVELS[note.level],
        platform: 'other',
        logger: 'metric-alerts',
        message: { formatted: (0,chat_text/* clipText */.gL)(text.join('\n'), LIMITS.message) },
        tags: ctx.repository ? { repository: tagValue(ctx.repository) } : {},
        extra: {},
    };
    return { events: [], destination: to.url ?? 'sentry', request: { ...to, event } };
}

;// CONCATENATED MODULE: ./src/channels/sentry/index.ts
// The `sentry` channel type (SPEC §5): an event per fired or reminder event in an envelope to the DSN's project
// (X-Sentry-Auth with the DSN's public key), 200 success, 429 retried after Retry-After or X-Sentry-Rate-Limits, 5xx
// retried, other answers (400, 413, 403) final with Sentry's `detail`. The DSN and its key never appear in an error.





const SENTRY_CLIENT = `metric-alerts/${version/* VERSION */.x}`;
/** Sentry's reason: the JSON `detail`, or the X-Sentry-Error header. */
function sentryReason(answer) {
    const detail = (0,http_answer/* jsonObject */.o$)(answer.body)?.detail;
    if (typeof detail === 'string')
        return (0,http_answer/* clip */.$Q)(detail);
    const error = (0,http_answer/* headerValue */.Z)(answer, 'x-sentry-error');
    return error ? (0,http_answer/* clip */.$Q)(error) : undefined;
}
/**
 * X-Sentry-Rate-Limits (`retry_after:categories:scope:reason_code, ...`): the longest wait of the limits that apply to
 * events (category `error`, or no category: every category), in ms.
 */
function sentryRateLimitMs(answer) {
    const raw = (0,http_answer/* headerValue */.Z)(answer, 'x-sentry-rate-limits');
    if (!raw)
        return (0,http_answer/* retryAfterHeader */.W8)(answer.headers['retry-after']);
    let longest;
    for (const limit of raw.split(',')) {
        const [seconds, categories = ''] = limit.trim().split(':');
        const applies = categories === '' || categories.split(';').some((c) => c === 'error' || c === 'default');
        const s = Number(seconds);
        if (applies && Number.isFinite(s) && s >= 0)
            longest = Math.max(longest ?? 0, s * 1000);
    }
    return longest ?? (0,http_answer/* retryAfterHeader */.W8)(answer.headers['retry-after']);
}
function classifySentry(answer) {
    return (0,http_answer/* classifyHttp */.d3)(answer, {
        ok: (a) => a.status === 200,
        retryAfterMs: sentryRateLimitMs,
        reason: sentryReason,
        ref: (a) => {
            const id = (0,http_answer/* jsonObject */.o$)(a.body)?.id;
            return typeof id === 'string' ? id : undefined;
        },
    });
}
/** The envelope: its header line, the event item's header line (with the payload's byte length), the event. */
function envelope(c) {
    const payload = JSON.stringify(c.event);
    const head = JSON.stringify({ event_id: c.event.event_id, sent_at: c.sentAt, dsn: c.dsn });
    const item = JSON.stringify({ type: 'event', length: Buffer.byteLength(payload, 'utf8') });
    return `${head}\n${item}\n${payload}\n`;
}
async function send(request, sx) {
    const dsn = parseDsn(sx.channel.dsn);
    if ('error' in dsn || !request.url) {
        return { outcome: 'final', error: 'error' in dsn ? dsn.error : (request.error ?? 'the DSN cannot be read') };
    }
    const auth = `Sentry sentry_version=7, sentry_key=${dsn.publicKey}, sentry_client=${SENTRY_CLIENT}`;
    const answer = await sx.http.request(request.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-sentry-envelope', 'x-sentry-auth': auth },
        body: envelope({ event: request.event, dsn: sx.channel.dsn, sentAt: new Date().toISOString() }),
    }, sx.signal);
    return classifySentry(answer);
}
/** The event as plain text for a terminal (the CLI's preview of a dry run); never the DSN. */
function previewSentry({ event }) {
    const tags = Object.entries(event.tags).map(([k, v]) => `${k}=${v}`);
    return (0,safe_text/* safeLogText */.H)(`[${event.level}] ${event.message.formatted}\ntags: ${tags.join(', ')}`);
}
const channelType = {
    type: 'sentry',
    grouping: 'event',
    render: renderEvents,
    note: renderNote,
    send,
    leftOut: RESOLVED_NOT_SENT,
    preview: previewSentry,
};


/***/ }),

/***/ 3985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts
// The package version, embedded in the bundle at build time (ncc inlines the JSON import).

const VERSION = package_namespaceObject.rE;


/***/ })

};
