export const id = 982;
export const ids = [982];
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

/***/ 3982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  channelType: () => (/* binding */ channelType),
  classifyDatadog: () => (/* binding */ classifyDatadog),
  datadogReason: () => (/* binding */ datadogReason),
  datadogResetMs: () => (/* binding */ datadogResetMs),
  previewDatadog: () => (/* binding */ previewDatadog)
});

// EXTERNAL MODULE: ./src/core/records.ts
var records = __webpack_require__(5033);
// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
// EXTERNAL MODULE: ./src/channels/http-answer.ts
var http_answer = __webpack_require__(4857);
// EXTERNAL MODULE: ./src/core/history/ledger.ts
var ledger = __webpack_require__(355);
// EXTERNAL MODULE: ./src/channels/chat-text.ts
var chat_text = __webpack_require__(4722);
// EXTERNAL MODULE: ./src/channels/incident-text.ts
var incident_text = __webpack_require__(350);
;// CONCATENATED MODULE: ./src/channels/datadog/render.ts
// Datadog events (SPEC §5): one event per alert event through the Events API v1, within its documented limits, as plain
// text (no %%% Markdown block: nothing from an artifact can format, link or notify). Pure.



/** The Events API v1's documented limits ("Post an event"; tags: "Getting started with tags"). */
const LIMITS = { title: 100, text: 4000, aggregationKey: 100, tag: 200 };
const ALERT_TYPE = { critical: 'error', warning: 'warning', info: 'info' };
/** The Events API URL: `api-url` replaces the site's base (https://api.<site>). */
function eventsUrl(channel) {
    const base = (channel.apiUrl ?? `https://api.${channel.site}`).replace(/\/+$/, '');
    return `${base}/api/v1/events`;
}
/**
 * A Datadog tag: lower case, characters other than letters, digits, `_ - : . /` made `_`, starting with a letter,
 * at most 200 characters (Datadog's own rules, applied here so what is sent is what is stored).
 */
function tag(key, value) {
    const clean = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}_\-:./]/gu, '_');
    let k = clean(key).replace(/:/g, '_');
    if (!/^\p{L}/u.test(k))
        k = `l_${k}`;
    return `${k}:${clean(value)}`.slice(0, LIMITS.tag);
}
function tagsOf(item, ctx) {
    const { event: e, rule } = item;
    const tags = [
        'source:metric-alerts',
        tag('alert', e.alert),
        tag('experiment', e.experiment),
        tag('severity', e.severity),
    ];
    if (ctx.repository)
        tags.push(tag('repository', ctx.repository));
    for (const [k, v] of Object.entries(rule?.labels ?? {}))
        tags.push(tag(k, v));
    return [...new Set(tags)];
}
/** The aggregation key of an alert instance: stable across runs, 67 characters. */
function aggregationKey(alert, experiment, ctx) {
    return `ma-${(0,incident_text/* instanceHash */.wY)({ alert, experiment, repository: ctx.repository })}`.slice(0, LIMITS.aggregationKey);
}
function eventOf(item, ctx) {
    const { event: e } = item;
    const at = Date.parse(e.at);
    const event = {
        title: (0,incident_text/* titleOf */.Gg)(item, LIMITS.title),
        text: (0,chat_text/* clipText */.gL)((0,incident_text/* eventLines */.Cl)(item, ctx).join('\n'), LIMITS.text),
        alert_type: e.kind === 'resolved' ? 'success' : ALERT_TYPE[e.severity],
        aggregation_key: aggregationKey(e.alert, e.experiment, ctx),
        tags: tagsOf(item, ctx),
        source_type_name: 'my_apps',
        priority: e.severity === 'info' && e.kind !== 'resolved' ? 'low' : 'normal',
    };
    // Datadog takes date_happened up to 18 h in the past: an event sent late (up to 24 h) is dated when it arrives, and
    // its text says when it happened.
    if (!Number.isNaN(at) && !item.late)
        event.date_happened = Math.floor(at / 1000);
    return event;
}
function renderEvents(batch) {
    const url = eventsUrl(batch.channel);
    return batch.items.map((item) => ({
        events: [(0,ledger/* eventId */.Q6)(item.event)],
        destination: url,
        request: { url, event: eventOf(item, batch.ctx) },
    }));
}
/** A note (test-channels' "wired up", an ad-hoc message): an event of its own, with no aggregation key. */
function renderNote(channel, note, ctx) {
    const url = eventsUrl(channel);
    const tags = ['source:metric-alerts'];
    if (ctx.repository)
        tags.push(tag('repository', ctx.repository));
    const event = {
        title: (0,chat_text/* clipText */.gL)((0,incident_text/* inert */.tJ)(`metric-alerts: ${note.title}`), LIMITS.title),
        text: (0,chat_text/* clipText */.gL)((0,incident_text/* inert */.tJ)(note.text, true), LIMITS.text),
        alert_type: ALERT_TYPE[note.level],
        tags,
        source_type_name: 'my_apps',
        priority: 'low',
    };
    return { events: [], destination: url, request: { url, event } };
}

;// CONCATENATED MODULE: ./src/channels/datadog/index.ts




/** Datadog's reason: `{"errors": ["Forbidden"]}` -> "Forbidden". */
function datadogReason(answer) {
    const errors = (0,http_answer/* jsonObject */.o$)(answer.body)?.errors;
    if (!Array.isArray(errors))
        return undefined;
    const text = errors.filter((e) => typeof e === 'string').join('; ');
    return text ? (0,http_answer/* clip */.$Q)(text) : undefined;
}
/** X-RateLimit-Reset: seconds until the rate limit's period resets, in ms. */
function datadogResetMs(answer) {
    const raw = (0,http_answer/* headerValue */.Z)(answer, 'x-ratelimit-reset');
    const v = Number(raw);
    return raw !== undefined && Number.isFinite(v) && v >= 0 ? Math.ceil(v * 1000) : undefined;
}
function classifyDatadog(answer) {
    return (0,http_answer/* classifyHttp */.d3)(answer, {
        ok: (a) => a.status === 202 || a.status === 200,
        retryAfterMs: datadogResetMs,
        reason: datadogReason,
        ref: (a) => {
            const event = (0,http_answer/* jsonObject */.o$)(a.body)?.event;
            const id = (0,records/* isRecord */.u)(event) ? (event.id_str ?? event.id) : undefined;
            return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
        },
    });
}
async function send(request, sx) {
    const answer = await (0,http_answer/* postJson */.B2)(sx, request.url, request.event, {
        accept: 'application/json',
        'dd-api-key': sx.channel.apiKey,
    });
    return classifyDatadog(answer);
}
/** The event as plain text for a terminal (the CLI's preview of a dry run); never the API key. */
function previewDatadog({ event }) {
    const head = `${event.title} (${event.alert_type})`;
    const key = event.aggregation_key ? `\naggregation key: ${event.aggregation_key}` : '';
    return (0,safe_text/* safeLogText */.H)(`${head}\n${event.text}\ntags: ${event.tags.join(', ')}${key}`);
}
const channelType = {
    type: 'datadog',
    grouping: 'event',
    render: renderEvents,
    note: renderNote,
    send,
    preview: previewDatadog,
};


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


/***/ })

};
