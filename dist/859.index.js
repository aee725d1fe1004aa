export const id = 859;
export const ids = [859];
export const modules = {

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

/***/ 4859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  USER_AGENT: () => (/* binding */ USER_AGENT),
  channelType: () => (/* binding */ channelType),
  classify: () => (/* binding */ classify),
  headersFor: () => (/* binding */ headersFor),
  hideSecrets: () => (/* binding */ hideSecrets)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __webpack_require__(3985);
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
// EXTERNAL MODULE: ./src/core/template.ts
var template = __webpack_require__(9153);
;// CONCATENATED MODULE: ./src/channels/webhook/render.ts
// Webhook payloads (payload.ts, version 1) from a batch or a note. Pure. Values are data: nothing is escaped for a
// surface; the JSON text itself writes bidirectional controls, C1 controls and line separators as \u escapes, so a
// body read in a log or a terminal shows them instead of obeying them (the parsed data is unchanged).





// The payload's constants, checked against its definition by the compiler: payload.ts (which loads zod) is for the
// schema and the tests, and is not loaded when a webhook is sent.
const PAYLOAD_VERSION = '1';
const DIGEST_TYPE = 'metric-alerts.digest';
const NOTE_TYPE = 'metric-alerts.note';
/** Largest body of one message: a digest larger than this is split into parts (one event is never split). */
const MAX_BODY_BYTES = 64 * 1024;
/** A rule's rendered message is cut to this many characters (a template can repeat long values). */
const MAX_MESSAGE_CHARS = 4000;
/** A number as JSON can hold it: finite numbers as they are, NaN and ±Infinity as strings. */
const jsonNumber = ledger/* toStored */.z4;
const stored = (n) => (n === null ? null : jsonNumber((0,ledger/* fromStored */.Ie)(n)));
function hex(parts) {
    return (0,hash/* hashParts */.j)(parts).slice(0, 32);
}
/** The alert instance across runs and channels: repository + alert + experiment. */
function instanceKey(ctx, alert, experiment) {
    return hex(['instance', ctx.repository ?? '', alert, experiment]);
}
const integer = (s) => (s !== undefined && /^\d{1,15}$/.test(s) ? Number(s) : null);
function contextPayload(ctx) {
    const repoUrl = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined;
    return {
        repository: ctx.repository ?? null,
        server_url: ctx.serverUrl,
        ref: ctx.ref ?? null,
        workflow: ctx.workflow ?? null,
        run_id: ctx.workflowRunId ?? null,
        run_number: integer(ctx.runNumber),
        run_attempt: integer(ctx.workflowRunAttempt),
        run_url: ctx.workflowRunUrl ?? null,
        sha: ctx.sha ?? null,
        commit_url: repoUrl && ctx.sha ? `${repoUrl}/commit/${ctx.sha}` : null,
        pull_request: ctx.pullRequest ?? null,
        pull_request_url: repoUrl && ctx.pullRequest !== undefined ? `${repoUrl}/pull/${ctx.pullRequest}` : null,
    };
}
function ruleMessage(item, ctx) {
    const { event: e, rule } = item;
    if (!rule?.message)
        return null;
    const filled = (0,template/* renderTemplate */.Xm)(rule.message, (0,digest/* templateValues */.nX)(e, rule, ctx), (s) => s);
    return filled.length > MAX_MESSAGE_CHARS ? `${filled.slice(0, MAX_MESSAGE_CHARS - 1)}…` : filled;
}
function eventPayload(item, ctx) {
    const { event: e, rule } = item;
    const unit = e.changeUnit ?? (e.baseline === null ? undefined : rule?.change?.unit);
    const reading = (0,format/* wordReading */.lD)((0,digest/* readingOf */.MU)(e, rule), rule?.change?.unit);
    return {
        event_id: hex(['event', ctx.repository ?? '', (0,ledger/* eventId */.Q6)(e)]),
        instance_key: instanceKey(ctx, e.alert, e.experiment),
        kind: e.kind,
        alert: e.alert,
        severity: e.severity,
        state: e.state,
        previous_state: e.previousState,
        at: e.at,
        experiment: e.experiment,
        run: e.run,
        run_url: e.runUrl ?? ctx.workflowRunUrl ?? null,
        metric: e.metric,
        value: stored(e.value),
        op: e.op,
        threshold: e.threshold,
        check: e.check ?? 'threshold',
        status: e.check === 'status' ? (e.status ?? null) : null,
        statuses: e.check === 'status' && Array.isArray(e.statuses) ? [...e.statuses] : null,
        stale_after: e.check === 'stale' && typeof e.after === 'string' ? e.after : null,
        recover_threshold: e.recoverThreshold ?? rule?.recoverThreshold ?? null,
        baseline: e.baseline === null ? null : jsonNumber(e.baseline),
        baseline_from: e.baseline === null ? null : (rule?.change?.from ?? null),
        change: stored(e.change),
        change_unit: unit ?? null,
        firing_since: typeof e.firingSince === 'string' ? e.firingSince : null,
        firing_runs: Number.isSafeInteger(e.firingRuns) ? e.firingRuns : null,
        reading: { value: reading.value, outcome: reading.outcome },
        summary: (0,digest/* plainLine */.h0)(item),
        message: ruleMessage(item, ctx),
        description: rule?.description ?? null,
        runbook: rule?.runbook ?? null,
        labels: Object.fromEntries(Object.entries(rule?.labels ?? {})),
        recent: item.recent.map(jsonNumber),
        after_silence: e.afterSilence === true,
        late: item.late ? { reason: item.late, text: digest/* LATE_WORDS */.HM[item.late] } : null,
    };
}
/** Characters a reader's screen would obey rather than show: written as \u escapes (JSON.stringify keeps them raw). */
const SHOWN_AS_ESCAPES = /[\u0080-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** The JSON text of a payload (compact, or indented for a preview); the same data JSON.parse gives back. */
function serialize(payload, indent) {
    return JSON.stringify(payload, null, indent).replace(SHOWN_AS_ESCAPES, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const bytes = (s) => Buffer.byteLength(s, 'utf8');
/** The events split into parts whose bodies stay within MAX_BODY_BYTES (each part holds at least one event). */
function splitParts(events, envelope) {
    // The envelope's counts and part numbers grow by a few digits at most: 200 bytes of room covers them.
    const room = MAX_BODY_BYTES - bytes(serialize(envelope)) - 200;
    const parts = [];
    let current = [];
    let size = 0;
    for (const e of events) {
        const n = bytes(serialize(e)) + 1;
        if (current.length > 0 && size + n > room) {
            parts.push(current);
            current = [];
            size = 0;
        }
        current.push(e);
        size += n;
    }
    if (current.length > 0)
        parts.push(current);
    return parts;
}
/** One digest of a channel's events as one or more messages (payloads of type metric-alerts.digest). */
function digestMessages({ channel, items, ctx }) {
    const ordered = (0,digest/* orderItems */.TT)(items);
    const byPayload = new Map(ordered.map((i) => [eventPayload(i, ctx), i]));
    const envelope = (events, index, count) => {
        const counts = (0,digest/* digestCounts */.Zw)(events.map((e) => byPayload.get(e)));
        return {
            version: PAYLOAD_VERSION,
            type: DIGEST_TYPE,
            channel: channel.name,
            timestamp: events.map((e) => e.at).reduce((a, b) => (b > a ? b : a), ''),
            context: contextPayload(ctx),
            counts: { firing: counts.firing, resolved: counts.resolved, total: events.length, worst_severity: counts.worst },
            part: { index, count },
            events,
        };
    };
    const parts = splitParts([...byPayload.keys()], envelope([], 1, 1));
    return parts.map((events, i) => {
        const ids = events.map((e) => (0,ledger/* eventId */.Q6)(byPayload.get(e).event));
        const id = `msg_${hex(['message', ctx.repository ?? '', channel.name, ...[...ids].sort()])}`;
        return { payload: envelope(events, i + 1, parts.length), events: ids, id };
    });
}
function notePayload(channel, note, ctx) {
    return {
        version: PAYLOAD_VERSION,
        type: NOTE_TYPE,
        channel: channel.name,
        context: contextPayload(ctx),
        note: { title: note.title, text: note.text, level: note.level },
    };
}

;// CONCATENATED MODULE: ./src/channels/webhook/sign.ts
// Standard Webhooks signing (https://www.standardwebhooks.com, symmetric scheme): webhook-signature is
// "v1," + base64(HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{body}")). A `whsec_` secret is the base64 of the
// key (as Standard Webhooks libraries generate and read it); any other secret is used as its UTF-8 bytes.

const SECRET_PREFIX = 'whsec_';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** What is wrong with a secret, in words that never repeat it; undefined when it can sign. */
function secretProblem(secret) {
    if (secret === '')
        return 'the secret is empty';
    if (!secret.startsWith(SECRET_PREFIX))
        return undefined;
    const encoded = secret.slice(SECRET_PREFIX.length);
    if (encoded === '' || !BASE64.test(encoded)) {
        return `the secret starts with ${SECRET_PREFIX} but what follows is not base64 (a Standard Webhooks secret is ${SECRET_PREFIX} followed by the base64 of 24 to 64 random bytes)`;
    }
    return undefined;
}
/** The HMAC key of a secret; throws (without the secret) when secretProblem names a problem. */
function signingKey(secret) {
    const problem = secretProblem(secret);
    if (problem)
        throw new Error(problem);
    return secret.startsWith(SECRET_PREFIX)
        ? Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64')
        : Buffer.from(secret, 'utf8');
}
/** The webhook-signature header's value for one attempt. */
function signature(key, { id, timestamp, body }) {
    return `v1,${(0,external_node_crypto_.createHmac)('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64')}`;
}

;// CONCATENATED MODULE: ./src/channels/webhook/index.ts
// The `webhook` channel type (SPEC §5): a versioned JSON payload (payload.ts, schema/webhook-payload.schema.json)
// posted to `url`; with `secret`, signed as Standard Webhooks (sign.ts). Success is any 2xx. A redirect is final (not
// followed: a signed body goes only where it was configured to go); 410 Gone is final (the receiver asks for no more).






const USER_AGENT = `metric-alerts/${version/* VERSION */.x}`;
/** Where requests go, for spacing: the URL without its query (never shown). */
function destination(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return url;
    }
}
function render(batch) {
    return digestMessages(batch).map(({ payload, events, id }) => ({
        events,
        destination: destination(batch.channel.url),
        request: { body: serialize(payload), id, events: events.length },
    }));
}
/**
 * A note's webhook-id: made on its first attempt and kept for its retries (render and note are pure, and two notes
 * alike in every word are still two messages).
 */
const noteIds = new WeakMap();
function messageId(request) {
    if (request.id !== undefined)
        return request.id;
    let id = noteIds.get(request);
    if (id === undefined) {
        id = `msg_${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
        noteIds.set(request, id);
    }
    return id;
}
/** The headers of one attempt: a new webhook-timestamp (and signature) each time, the same webhook-id. */
function headersFor(request, channel, now = Date.now()) {
    const id = messageId(request);
    const timestamp = Math.floor(now / 1000);
    const headers = {
        'content-type': 'application/json',
        'user-agent': USER_AGENT,
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
    };
    if (channel.secret !== undefined) {
        headers['webhook-signature'] = signature(signingKey(channel.secret), { id, timestamp, body: request.body });
    }
    return headers;
}
/** Text with the channel's secrets (its URL, the URL's path and query, its secret) replaced by ***. */
function hideSecrets(text, channel) {
    const secrets = [channel.url, channel.secret];
    try {
        const u = new URL(channel.url);
        secrets.push(`${u.pathname}${u.search}`, u.search.slice(1));
        if (u.pathname.length > 1)
            secrets.push(u.pathname);
    }
    catch {
        // Not a URL: the whole of it is hidden above.
    }
    const hidden = secrets
        .filter((s) => s !== undefined && s.length > 1)
        .sort((a, b) => b.length - a.length);
    return hidden.reduce((t, s) => t.split(s).join('***'), text);
}
/** One answer as an attempt (Standard Webhooks: 2xx success, 3xx failure, 410 Gone stops sending). */
function classify(answer, channel) {
    const { status } = answer;
    if (status >= 300 && status < 400) {
        return {
            outcome: 'final',
            status,
            error: `the receiver answered ${status} (a redirect); redirects are not followed: set the channel's url to the webhook's new address`,
        };
    }
    if (status === 410) {
        return {
            outcome: 'final',
            status,
            error: 'the receiver is gone (410 Gone): it asks to be sent nothing more; remove the channel or give it a new url',
        };
    }
    return (0,http_answer/* classifyHttp */.d3)(answer, {
        ok: (a) => a.status >= 200 && a.status < 300,
        reason: (a) => (0,http_answer/* clip */.$Q)(hideSecrets(a.body, channel)),
    });
}
async function send(request, sx) {
    let headers;
    try {
        headers = headersFor(request, sx.channel);
    }
    catch (e) {
        // The secret cannot sign (signingKey's words never repeat it): nothing is sent, and sending again cannot help.
        return { outcome: 'final', error: `cannot sign: ${e instanceof Error ? e.message : String(e)}` };
    }
    const answer = await sx.http.request(sx.channel.url, { method: 'POST', headers, body: request.body }, sx.signal);
    return classify(answer, sx.channel);
}
/** `##[` (with characters of no weight between) would be a workflow command anywhere in a log line. */
const LEGACY_COMMAND = /(#[\p{Cc}\p{Cf}\p{Mn}\p{Me}]*#[\p{Cc}\p{Cf}\p{Mn}\p{Me}]*)\[/gu;
/**
 * The message as indented JSON, still valid JSON with the same data: a `[` after `##` (always inside a string: `#` is
 * never JSON syntax) is written \u005b, so no line can be a workflow command; safeLogText then has nothing left to do.
 */
function preview(request) {
    const size = Buffer.byteLength(request.body, 'utf8');
    const events = `${request.events} event${request.events === 1 ? '' : 's'}`;
    const json = serialize(JSON.parse(request.body), 2).replace(LEGACY_COMMAND, '$1\\u005b');
    return (0,safe_text/* safeLogText */.H)(`POST ${size} bytes of JSON (${events}):\n${json}`);
}
const channelType = {
    type: 'webhook',
    grouping: 'digest',
    render,
    note: (channel, note, ctx) => ({
        events: [],
        destination: destination(channel.url),
        request: { body: serialize(notePayload(channel, note, ctx)), events: 0 },
    }),
    send,
    preview,
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


/***/ }),

/***/ 9153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* unused harmony export TEMPLATE_VARIABLES */
// `{{name}}` placeholders without logic. Parsing reports problems; rendering escapes every part for its channel.
const TEMPLATE_VARIABLES = [
    'alert',
    'description',
    'experiment',
    'run',
    'run_url',
    'metric',
    'value',
    'op',
    'threshold',
    'baseline',
    'change',
    'sigma',
    'severity',
    'state',
    'repository',
    'sha',
    // A status rule's status, a stale rule's age of the newest run ("3.1 d"): empty for the other kinds of rule.
    'status',
    'age',
];
const LABEL_VARIABLE = /^labels\.[A-Za-z0-9_.-]+$/;
function parseTemplate(template) {
    const parts = [];
    const problems = [];
    let i = 0;
    while (i < template.length) {
        const open = template.indexOf('{{', i);
        if (open < 0) {
            parts.push({ text: template.slice(i) });
            break;
        }
        if (open > i)
            parts.push({ text: template.slice(i, open) });
        const close = template.indexOf('}}', open + 2);
        if (close < 0) {
            problems.push({ offset: open, message: 'a "{{" is never closed with "}}"' });
            break;
        }
        const name = template.slice(open + 2, close).trim();
        if (!TEMPLATE_VARIABLES.includes(name) && !LABEL_VARIABLE.test(name)) {
            problems.push({
                offset: open,
                message: `unknown template variable {{${name.length > 40 ? `${name.slice(0, 40)}...` : name}}}; allowed: ${TEMPLATE_VARIABLES.join(', ')}, labels.KEY`,
            });
        }
        parts.push({ variable: name });
        i = close + 2;
    }
    return { parts, problems };
}
/** Renders a validated template: text and values alike go through `escape`, so no part can inject markup. */
function renderTemplate(template, values, escape) {
    const { parts } = parseTemplate(template);
    let out = '';
    for (const part of parts) {
        if ('text' in part)
            out += escape(part.text);
        else
            out += escape(Object.hasOwn(values, part.variable) ? (values[part.variable] ?? '') : '');
    }
    return out;
}


/***/ })

};
