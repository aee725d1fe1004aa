export const id = 929;
export const ids = [929];
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

/***/ 2929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  channelType: () => (/* binding */ channelType),
  classifyPagerDuty: () => (/* binding */ classifyPagerDuty),
  hideKey: () => (/* binding */ hideKey),
  pagerDutyReason: () => (/* binding */ pagerDutyReason)
});

// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
// EXTERNAL MODULE: ./src/channels/http-answer.ts
var http_answer = __webpack_require__(4857);
// EXTERNAL MODULE: ./src/channels/hash.ts
var hash = __webpack_require__(5630);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/history/ledger.ts
var ledger = __webpack_require__(355);
// EXTERNAL MODULE: ./src/channels/chat-text.ts
var chat_text = __webpack_require__(4722);
;// CONCATENATED MODULE: ./src/channels/pagerduty/render.ts
// PagerDuty Events API v2 events (developer.pagerduty.com, "Send an Alert Event") from a batch or a note. Pure. One
// event per alert event: `trigger` on fired and reminder, `resolve` on resolved, all with the instance's dedup_key (a
// stable hash of repository + alert + experiment), so one instance is one incident over its whole life. Names from an
// artifact are data: the summary is made one plain line (bidi and control characters removed) and clipped to
// PagerDuty's 1,024 characters; custom_details keep them as they are (the JSON text writes bidi controls as \u escapes).





/** PagerDuty's limit on payload.summary (longer summaries are cut by PagerDuty itself). */
const MAX_SUMMARY_CHARS = 1024;
/** PagerDuty's limit on dedup_key. */
const MAX_DEDUP_KEY_CHARS = 255;
/** Our own bound on the short fields (source, component, group, class) and link texts. */
const MAX_FIELD_CHARS = 255;
const SEVERITY = { critical: 'critical', warning: 'warning', info: 'info' };
/** The alert instance's key, the same in every run: 64 hex characters (PagerDuty allows 255). */
function dedupKey(ctx, alert, experiment) {
    return (0,hash/* hashParts */.j)(['metric-alerts', ctx.repository ?? '', alert, experiment]);
}
/** Untrusted text as a short, plain, one-line field. */
const field = (s, max = MAX_FIELD_CHARS) => (0,chat_text/* clipText */.gL)((0,chat_text/* oneLine */.TN)(s).replace(/\s+/g, ' ').trim(), max);
/** A number as JSON holds it: NaN and ±Infinity as strings. */
function jsonNumber(n) {
    if (n === null || Number.isFinite(n))
        return n;
    return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
}
const stored = (n) => jsonNumber(n === null ? null : (0,ledger/* fromStored */.Ie)(n));
/** "[critical] acc firing on iris (accuracy = 0.78 < 0.9)": one line, at most 1,024 characters. */
function summaryOf(item) {
    return field(`[${item.event.severity}] ${(0,digest/* plainLine */.h0)(item)}`, MAX_SUMMARY_CHARS);
}
function detailsOf(item, ctx) {
    const { event: e, rule } = item;
    return {
        alert: e.alert,
        state: e.state,
        reading: (0,format/* formatReading */.u1)((0,digest/* readingOf */.MU)(e, rule), rule?.change?.unit),
        ...readDetails(e),
        experiment: e.experiment,
        run: e.run,
        run_url: e.runUrl ?? ctx.workflowRunUrl ?? null,
        repository: ctx.repository ?? null,
        commit: ctx.sha ?? null,
        ...(rule?.description ? { description: rule.description } : {}),
        ...(rule?.runbook ? { runbook: rule.runbook } : {}),
        labels: Object.fromEntries(Object.entries(rule?.labels ?? {})),
        ...(item.late ? { sent_late: digest/* LATE_WORDS */.HM[item.late] } : {}),
    };
}
/** What the rule read: a threshold rule's metric and numbers; a status or stale rule's own fields (it has no metric,
 *  op or threshold to show as null). */
function readDetails(e) {
    if (e.check === 'status')
        return { check: 'status', status: e.status ?? 'none', statuses: e.statuses ?? [] };
    if (e.check === 'stale')
        return { check: 'stale', stale_after: e.after ?? null, age_hours: stored(e.value) };
    return {
        metric: e.metric,
        value: stored(e.value),
        op: e.op,
        threshold: e.threshold,
        baseline: jsonNumber(e.baseline),
        change: stored(e.change),
    };
}
function linksOf(item, ctx) {
    const links = [];
    const run = (0,chat_text/* linkable */.Lj)(item.event.runUrl ?? ctx.workflowRunUrl);
    if (run)
        links.push({ href: run, text: field(`Run ${item.event.run}`) });
    const runbook = (0,chat_text/* linkable */.Lj)(item.rule?.runbook);
    if (runbook)
        links.push({ href: runbook, text: 'Runbook' });
    return links;
}
const client = (ctx) => {
    const url = (0,chat_text/* linkable */.Lj)(ctx.workflowRunUrl);
    return url ? { client: 'metric-alerts', client_url: url } : { client: 'metric-alerts' };
};
const source = (ctx) => field(ctx.repository ?? 'metric-alerts') || 'metric-alerts';
/** The Events API event for one alert event. */
function eventOf(item, ctx) {
    const { event: e } = item;
    const dedup_key = dedupKey(ctx, e.alert, e.experiment);
    if (e.kind === 'resolved')
        return { event_action: 'resolve', dedup_key };
    const payload = {
        summary: summaryOf(item),
        source: source(ctx),
        severity: SEVERITY[e.severity],
        timestamp: e.at,
        component: field(e.experiment) || '-',
        group: field(e.alert) || '-',
        class: field(e.metric ?? e.check ?? '') || '-',
        custom_details: detailsOf(item, ctx),
    };
    return { event_action: 'trigger', dedup_key, payload, links: linksOf(item, ctx), ...client(ctx) };
}
/** Where requests go, for spacing: the endpoint without any query (never shown). */
function destination(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return url;
    }
}
/** One request per event, critical first; each keyed by its alert instance. */
function renderEvents({ channel, items, ctx }) {
    return (0,digest/* orderItems */.TT)(items).map((item) => ({
        events: [(0,ledger/* eventId */.Q6)(item.event)],
        destination: destination(channel.url),
        request: { event: eventOf(item, ctx) },
    }));
}
/**
 * A note (test-channels' "wired up", an ad-hoc notify) as a Change Event: it shows in the service's "Recent changes"
 * with its level in the details, and opens no incident and pages no one (a wiring test or "retraining started" must not
 * wake on-call, nor leave an incident to resolve by hand).
 */
function renderNote(channel, note, ctx) {
    const run = (0,chat_text/* linkable */.Lj)(ctx.workflowRunUrl);
    const change = {
        payload: {
            summary: field(`${note.title}: ${note.text}`, MAX_SUMMARY_CHARS),
            source: source(ctx),
            custom_details: { title: note.title, text: note.text, level: note.level, repository: ctx.repository ?? null },
        },
        links: run ? [{ href: run, text: 'Workflow run' }] : [],
    };
    return { events: [], destination: destination(changeUrl(channel.url)), request: { change } };
}
/** The Change Events endpoint beside an alert events endpoint: …/v2/enqueue -> …/v2/change/enqueue. */
function changeUrl(url) {
    try {
        const u = new URL(url);
        u.pathname = u.pathname.replace(/\/enqueue\/?$/, '/change/enqueue');
        return u.toString();
    }
    catch {
        return url;
    }
}
/** Characters a reader's screen would obey rather than show: written as \u escapes (the parsed data is unchanged). */
const SHOWN_AS_ESCAPES = /[\u0080-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** The JSON text of a value (compact, or indented for a preview). */
function serialize(value, indent) {
    return JSON.stringify(value, null, indent).replace(SHOWN_AS_ESCAPES, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/channels/pagerduty/index.ts
// The `pagerduty` channel type (SPEC §5): PagerDuty Events API v2, one request per alert event (render.ts). 202
// `{"status":"success","dedup_key":...}` is success (the dedup_key kept as the delivery's ref); 400 (an invalid event)
// is final with PagerDuty's `message` and `errors`; 429 is retried (PagerDuty sends no Retry-After: the pipeline backs
// off); 5xx is retried. The routing key never appears in an error or a preview.



const json = (body) => (0,http_answer/* jsonObject */.o$)(body);
/** Text with the routing key replaced by ***. */
function hideKey(text, channel) {
    return channel.routingKey.length > 1 ? text.split(channel.routingKey).join('***') : text;
}
/** PagerDuty's reason: "Event object is invalid: 'payload.summary' is missing or blank". */
function pagerDutyReason(answer) {
    const body = json(answer.body);
    if (!body)
        return undefined;
    const message = typeof body.message === 'string' ? body.message : undefined;
    const errors = Array.isArray(body.errors) ? body.errors.filter((e) => typeof e === 'string') : [];
    const text = [message, errors.join('; ')].filter(Boolean).join(': ');
    return text ? text : undefined;
}
function classifyPagerDuty(answer, channel) {
    return (0,http_answer/* classifyHttp */.d3)(answer, {
        ok: (a) => a.status === 202 || a.status === 200,
        reason: (a) => (0,http_answer/* clip */.$Q)(hideKey(pagerDutyReason(a) ?? a.body, channel)),
        ref: (a) => {
            const key = json(a.body)?.dedup_key;
            return typeof key === 'string' ? key : undefined;
        },
    });
}
async function send(request, sx) {
    const [url, event] = 'change' in request ? [changeUrl(sx.channel.url), request.change] : [sx.channel.url, request.event];
    const body = serialize({ routing_key: sx.channel.routingKey, ...event });
    const answer = await sx.http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }, sx.signal);
    return classifyPagerDuty(answer, sx.channel);
}
/** The event as indented JSON without its routing key (the CLI's preview of a dry run). */
function preview(request) {
    if ('change' in request)
        return (0,safe_text/* safeLogText */.H)(`PagerDuty change event:\n${serialize(request.change, 2)}`);
    const { event_action, dedup_key } = request.event;
    return (0,safe_text/* safeLogText */.H)(`PagerDuty ${event_action} (dedup_key ${dedup_key}):\n${serialize(request.event, 2)}`);
}
const channelType = {
    type: 'pagerduty',
    grouping: 'event',
    // The Events API takes 120 events a minute per routing key: 200 events firing at once send 120 in this run's 60 s.
    spacingMs: 500,
    render: renderEvents,
    note: renderNote,
    send,
    preview,
};


/***/ })

};
