export const id = 656;
export const ids = [656];
export const modules = {

/***/ 5991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
// Waiting, for retries and spacing.
/** Resolves after `ms` milliseconds (at once for zero or less). */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));


/***/ }),

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

/***/ 1656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  channelType: () => (/* binding */ channelType)
});

// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
// EXTERNAL MODULE: ./src/channels/hash.ts
var hash = __webpack_require__(5630);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/history/ledger.ts
var ledger = __webpack_require__(355);
// EXTERNAL MODULE: ./src/core/run-context.ts
var run_context = __webpack_require__(4448);
// EXTERNAL MODULE: ./src/channels/chat-text.ts
var chat_text = __webpack_require__(4722);
;// CONCATENATED MODULE: ./src/channels/github-issue/render.ts
// GitHub issues (SPEC §5, github-issue): one issue per alert instance for its whole life. An event becomes one request:
// the issue to open (fired, with a hidden marker naming the instance) and the comment to add (reminder, resolved, a
// re-fire). Every untrusted value is shown in a code span (nothing in it can mention, link, reference or format) with
// bidirectional controls removed. Pure.






/** The label issues are found by when the channel names none. */
const DEFAULT_LABEL = 'metric-alerts';
/** GitHub's documented limits: a title of 256 characters, a body or comment of 65,536. */
const LIMITS = { title: 256, body: 65536 };
const sha256 = hash/* hashParts */.j;
/** The alert instance's marker: sha256 of repository + alert + experiment. */
function instanceMarker(ctx, alert, experiment) {
    return `<!-- metric-alerts:instance=${sha256(['instance', ctx.repository ?? '', alert, experiment])} -->`;
}
const eventMarkerOf = (id) => `<!-- metric-alerts:event=${sha256(['event', id])} -->`;
const ZWJ = '\u200D';
/** Text shown literally: one line, no bidi controls, `<!--` broken by a zero-width joiner (no marker forged). */
function plain(s) {
    return (0,chat_text/* oneLine */.TN)(s).replace(/<!--/g, `<${ZWJ}!--`);
}
/**
 * An untrusted value as a GitHub Markdown code span: nothing inside formats, links, mentions (`@x`), references
 * (`#1`, `GH-1`, a sha) or is HTML. The fence is longer than any run of backticks inside.
 */
function code(s) {
    const text = plain(s);
    if (text === '')
        return '` `';
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence} ${text} ${fence}`;
}
/** A title: plain text, `@` and `#` followed by a zero-width joiner (no mention, no reference), at most 256. */
function titleText(s) {
    const text = plain(s)
        .replace(/([@#])/g, `$1${ZWJ}`)
        .replace(/\bGH-/gi, (m) => `${m.slice(0, 2)}${ZWJ}-`);
    return text.length <= LIMITS.title ? text : `${text.slice(0, LIMITS.title - 1)}…`;
}
/** A link to an http(s) URL with a fixed label; the label alone when the URL is unusable. */
function render_link(url, label) {
    const safe = (0,chat_text/* linkable */.Lj)(url);
    if (!safe)
        return label;
    return `[${label}](${safe.replace(/[()<>\s]/g, (c) => encodeURIComponent(c))})`;
}
function contextPart(p) {
    return p.code || p.url ? render_link(p.url, code(p.text)) : plain(p.text);
}
function contextLine(ctx) {
    return (0,run_context/* renderContext */.w)((0,run_context/* contextGroups */._)(ctx), contextPart);
}
const ICON = { critical: '🔴', warning: '🟠', info: '🔵' };
const HEADLINE = {
    fired: 'is **firing**',
    reminder: 'is **still firing**',
    resolved: 'is **resolved**',
    note: '',
};
/** The lines of one event: reading, run, trend, labels, description, runbook, lateness. */
function eventLines(item, ctx) {
    const { event: e, rule } = item;
    const unit = rule?.change?.unit;
    const lines = [`- Reading: ${code((0,format/* formatReading */.u1)((0,digest/* readingOf */.MU)(e, rule), unit))}`];
    const runUrl = e.runUrl ?? ctx.workflowRunUrl;
    lines.push(`- Run: ${render_link(runUrl, code(e.run))}`);
    if (item.recent.length > 1)
        lines.push(`- Trend: ${code((0,format/* sparkline */.KM)(item.recent))}`);
    const labels = Object.entries(rule?.labels ?? {}).map(([k, v]) => code(`${k}: ${v}`));
    if (labels.length)
        lines.push(`- Labels: ${labels.join(' ')}`);
    if (rule?.description)
        lines.push(`- Description: ${code(rule.description)}`);
    if ((0,chat_text/* linkable */.Lj)(rule?.runbook))
        lines.push(`- ${render_link(rule?.runbook, 'Runbook')}`);
    if (item.late)
        lines.push(`- Sent late: ${digest/* LATE_WORDS */.HM[item.late]}`);
    return lines;
}
/** Text cut to GitHub's 65,536 characters (never within a code span's line: whole lines are dropped). */
function fit(lines) {
    const out = [];
    let length = 0;
    for (const line of lines) {
        if (length + line.length + 1 > LIMITS.body - 2) {
            out.push('…');
            break;
        }
        out.push(line);
        length += line.length + 1;
    }
    return out.join('\n');
}
function eventText(item, ctx, action) {
    const e = item.event;
    const head = `**${ICON[e.severity]} ${e.severity}**: alert ${code(e.alert)} ${HEADLINE[action]} on experiment ${code(e.experiment)}`;
    return [head, '', ...eventLines(item, ctx), '', contextLine(ctx)];
}
const FOOTER = '_Opened by metric-alerts: this issue follows its alert instance (a comment on each reminder, closed when it resolves, reopened when it fires again). Keep the marker above._';
function eventRequest(channel, item, ctx) {
    const e = item.event;
    const action = e.kind;
    const marker = instanceMarker(ctx, e.alert, e.experiment);
    const eventMarker = eventMarkerOf((0,ledger/* eventId */.Q6)(e));
    const text = eventText(item, ctx, action);
    return {
        ...target(channel, ctx),
        action,
        marker,
        eventMarker,
        title: titleText(`[${e.severity}] ${e.alert} on ${e.experiment}`),
        // An issue opened by a reminder (the channel was added while firing) reads as firing.
        body: fit([marker, eventMarker, ...eventText(item, ctx, action === 'resolved' ? 'resolved' : 'fired'), '', FOOTER]),
        comment: fit([eventMarker, ...text]),
    };
}
function target(channel, ctx) {
    const labels = channel.labels.length ? [...channel.labels] : [DEFAULT_LABEL];
    const repository = channel.repository ?? ctx.repository;
    return { ...(repository ? { repository } : {}), label: labels[0], labels, assignees: [...channel.assignees] };
}
/** Where requests go, for the pipeline's spacing: the repository's issues (never shown). */
function destinationOf(request) {
    return `github-issues:${request.repository ?? '(the run repository)'}`;
}
function render(batch) {
    return batch.items.map((item) => {
        const request = eventRequest(batch.channel, item, batch.ctx);
        return { events: [(0,ledger/* eventId */.Q6)(item.event)], destination: destinationOf(request), request };
    });
}
/** A note opens an issue of its own (found again by its marker, so a retry opens no second one). */
function note(channel, n, ctx) {
    const id = sha256(['note', n.title, n.text, n.level, ctx.workflowRunId ?? '', ctx.workflowRunAttempt ?? '']);
    const marker = `<!-- metric-alerts:note=${id} -->`;
    const eventMarker = eventMarkerOf(`note ${id}`);
    const text = n.text.split(/\r\n?|\n/).map((l) => (l.trim() === '' ? '' : code(l)));
    const lines = [`**${ICON[n.level]} ${n.level}**: ${code(n.title)}`, '', ...text, '', contextLine(ctx)];
    const request = {
        ...target(channel, ctx),
        action: 'note',
        marker,
        eventMarker,
        title: titleText(`[${n.level}] ${n.title}`),
        body: fit([marker, eventMarker, ...lines]),
        comment: fit([eventMarker, ...lines]),
    };
    return { events: [], destination: destinationOf(request), request };
}

// EXTERNAL MODULE: ./src/adapters/sleep.ts
var sleep = __webpack_require__(5991);
// EXTERNAL MODULE: ./src/core/records.ts
var records = __webpack_require__(5033);
// EXTERNAL MODULE: ./src/channels/http-answer.ts
var http_answer = __webpack_require__(4857);
;// CONCATENATED MODULE: ./src/channels/github-issue/send.ts
// One github-issue event in one attempt (SPEC §5): find the instance's issue by its marker among the issues with the
// channel's label (the issues list, paginated by its Link header; never the search API), then open it, or comment on it
// and close or reopen it. Every step first looks whether it was already done (the event's marker on the issue or a
// comment), so an attempt retried after a lost answer opens no second issue and writes no second comment.



/** The most pages of 100 issues read looking for the instance's issue. */
const MAX_PAGES = 30;
/**
 * Between two writes of one event (a comment, then closing or reopening): with the pipeline's 1 s between events to a
 * repository, at most about 60 writes a minute, under GitHub's secondary limit on content creation (80 a minute).
 */
const WRITE_SPACING_MS = 1000;
const NO_TOKEN = "no GitHub token: the github-issue channel needs one that may write issues; give the job `permissions: issues: write` and keep the action's `github-token` input (default: the workflow's token)";
function reasonOf(answer) {
    try {
        const json = JSON.parse(answer.body);
        if (typeof json.message !== 'string')
            return undefined;
        const errors = Array.isArray(json.errors) ? ` ${(0,http_answer/* clip */.$Q)(JSON.stringify(json.errors))}` : '';
        return (0,http_answer/* clip */.$Q)(`${json.message}${errors}`);
    }
    catch {
        return undefined;
    }
}
const header = (a, name) => {
    const v = a.headers[name];
    return Array.isArray(v) ? v[0] : v;
};
/** GitHub's wait for a rate limit: Retry-After, else x-ratelimit-reset when x-ratelimit-remaining is 0. */
function rateLimitWait(answer, now = Date.now()) {
    const after = (0,http_answer/* retryAfterHeader */.W8)(answer.headers['retry-after'], now);
    if (after !== undefined)
        return after;
    const reset = Number(header(answer, 'x-ratelimit-reset'));
    if (header(answer, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset))
        return Math.max(0, reset * 1000 - now);
    return undefined;
}
/** One GitHub answer as an attempt, in words that say what to do. */
function classifyGitHub(answer, repository, now = Date.now()) {
    const { status } = answer;
    const reason = reasonOf(answer) ?? (0,http_answer/* clip */.$Q)(answer.body);
    if (status === 403 || status === 429) {
        const afterMs = rateLimitWait(answer, now);
        const secondary = /secondary rate limit/i.test(reason);
        if (afterMs !== undefined || secondary || status === 429) {
            const error = `rate limited by GitHub (${status}${secondary ? ', secondary rate limit' : ''})`;
            return afterMs === undefined
                ? { outcome: 'retry', status, error, rateLimited: true }
                : { outcome: 'retry', status, error, afterMs, rateLimited: true };
        }
        return {
            outcome: 'final',
            status,
            error: `the github-token may not write issues in ${repository} (403: ${reason}); give the job \`permissions: issues: write\``,
        };
    }
    const final = (error) => ({ outcome: 'final', status, error });
    if (status === 410)
        return final(`issues are disabled in ${repository} (410: ${reason}); turn Issues on in its settings or remove the channel`);
    if (status === 404)
        return final(`repository ${repository} not found, or the github-token cannot see it (404); check the channel's repository and the token's access`);
    if (status === 401)
        return final(`the github-token was refused (401: ${reason})`);
    if (status === 422)
        return final(`GitHub refused the request (422: ${reason}); check the channel's labels and assignees`);
    return (0,http_answer/* classifyHttp */.d3)(answer, { ok: (a) => a.status >= 200 && a.status < 300, reason: () => reason });
}
async function call(api, method, url, body) {
    const headers = {
        authorization: `Bearer ${api.github.token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'metric-alerts',
    };
    if (body !== undefined)
        headers['content-type'] = 'application/json';
    const req = body === undefined ? { method, headers } : { method, headers, body: JSON.stringify(body) };
    const answer = await api.sx.http.request(url, req, api.sx.signal);
    if (answer.status >= 200 && answer.status < 300)
        return { ok: true, value: answer };
    return { ok: false, attempt: classifyGitHub(answer, api.repository) };
}
function repoUrl(api) {
    return `${api.github.apiUrl.replace(/\/+$/, '')}/repos/${api.repository}`;
}
/** The next page of a Link header, only on the API's own origin (the token goes nowhere else). */
function nextPage(link, apiUrl) {
    const value = Array.isArray(link) ? link.join(',') : link;
    const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(value ?? '')?.[1];
    if (!next)
        return undefined;
    try {
        return new URL(next).origin === new URL(apiUrl).origin ? next : undefined;
    }
    catch {
        return undefined;
    }
}
function parseObject(body) {
    try {
        const value = JSON.parse(body);
        return (0,records/* isRecord */.u)(value) ? value : {};
    }
    catch {
        return {};
    }
}
function parseList(answer) {
    try {
        const list = JSON.parse(answer.body);
        return Array.isArray(list) ? list : [];
    }
    catch {
        return [];
    }
}
/** Every page of a list, until `stop` finds what is looked for. */
async function pages(api, first, stop) {
    const all = [];
    let url = first;
    for (let page = 0; url && page < MAX_PAGES; page++) {
        const got = await call(api, 'GET', url);
        if (!got.ok)
            return got;
        const items = parseList(got.value);
        all.push(...items);
        if (stop(items))
            break;
        url = nextPage(got.value.headers.link, api.github.apiUrl);
    }
    return { ok: true, value: all };
}
const startsWith = (body, marker) => typeof body === 'string' &&
    body
        .replace(/^\uFEFF/, '')
        .trimStart()
        .startsWith(marker);
/** The instance's issue (the oldest with its marker), or undefined. */
async function findIssue(api, request) {
    // Oldest first: the first issue with the marker is the one (two runs that raced both find it), and paging stops there.
    const q = new URLSearchParams({
        labels: request.label,
        state: 'all',
        sort: 'created',
        direction: 'asc',
        per_page: '100',
    });
    const mine = (i) => !i.pull_request && startsWith(i.body, request.marker);
    const found = await pages(api, `${repoUrl(api)}/issues?${q}`, (items) => items.some(mine));
    if (!found.ok)
        return found;
    const issue = found.value.filter(mine).sort((a, b) => a.number - b.number)[0];
    if (!issue)
        return { ok: true, value: undefined };
    const state = issue.state === 'closed' ? 'closed' : 'open';
    return { ok: true, value: { number: issue.number, state, body: issue.body } };
}
/** Whether this event's comment is already on the issue (a retry after a lost answer). */
async function commented(api, issue, marker) {
    // The issue's own body carries the marker of the event that opened it on its second line.
    const opening = issue.body
        .replace(/^\uFEFF/, '')
        .trimStart()
        .split(/\r?\n/, 2);
    if (opening.includes(marker))
        return { ok: true, value: true };
    const has = (items) => items.some((c) => startsWith(c.body, marker));
    const got = await pages(api, `${repoUrl(api)}/issues/${issue.number}/comments?per_page=100`, has);
    return got.ok ? { ok: true, value: has(got.value) } : got;
}
async function send_open(api, request) {
    const body = { title: request.title, body: request.body, labels: request.labels, assignees: request.assignees };
    const got = await call(api, 'POST', `${repoUrl(api)}/issues`, body);
    if (!got.ok)
        return got.attempt;
    const issue = parseObject(got.value.body);
    if (typeof issue.number !== 'number')
        return { outcome: 'success', status: got.value.status };
    const ref = String(issue.number);
    const labelled = (issue.labels ?? []).some((l) => (typeof l === 'string' ? l : l.name) === request.label);
    return labelled
        ? { outcome: 'success', status: got.value.status, ref }
        : {
            outcome: 'success',
            status: got.value.status,
            ref,
            note: `issue #${ref} was opened without the label ${request.label} (the token may not set labels): later events cannot find it`,
        };
}
/** Comment (unless already there), then close or reopen as the event asks. */
async function update(api, request, issue) {
    const done = await commented(api, issue, request.eventMarker);
    if (!done.ok)
        return done.attempt;
    const url = `${repoUrl(api)}/issues/${issue.number}`;
    const want = request.action === 'resolved' ? 'closed' : 'open';
    if (!done.value) {
        const got = await call(api, 'POST', `${url}/comments`, { body: request.comment });
        if (!got.ok)
            return got.attempt;
        if (issue.state !== want)
            await (0,sleep/* sleep */.y)(WRITE_SPACING_MS);
    }
    if (issue.state !== want) {
        const patch = want === 'closed' ? { state: 'closed', state_reason: 'completed' } : { state: 'open' };
        const got = await call(api, 'PATCH', url, patch);
        if (!got.ok)
            return got.attempt;
    }
    return { outcome: 'success', status: 200, ref: String(issue.number) };
}
async function send(request, sx) {
    const github = sx.github;
    if (!github?.token)
        return { outcome: 'final', error: NO_TOKEN };
    const repository = request.repository ?? github.repository;
    if (!repository)
        return { outcome: 'final', error: "no repository: set the channel's `repository` (owner/name)" };
    const api = { sx, github, repository };
    const found = await findIssue(api, request);
    if (!found.ok)
        return found.attempt;
    if (found.value)
        return update(api, request, found.value);
    if (request.action === 'resolved')
        return { outcome: 'success', note: 'no issue was open for this alert: nothing to close' };
    return send_open(api, request);
}

;// CONCATENATED MODULE: ./src/channels/github-issue/index.ts
// The `github-issue` channel type (SPEC §5): one GitHub issue per alert instance, through the REST API with the run's
// github-token (render.ts writes, send.ts finds by marker and opens, comments, closes, reopens).



function preview(request) {
    const what = {
        fired: 'open (or reopen) an issue',
        reminder: 'comment',
        resolved: 'comment and close',
        note: 'open an issue',
    };
    return (0,safe_text/* safeLogText */.H)(`${what[request.action]} in ${request.repository ?? 'the run repository'} (label ${request.label}): ${request.title}\n${request.comment}`);
}
const channelType = {
    type: 'github-issue',
    grouping: 'event',
    render: render,
    note: note,
    send: send,
    preview,
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


/***/ })

};
