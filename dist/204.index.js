export const id = 204;
export const ids = [204];
export const modules = {

/***/ 4896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ nextLink),
/* harmony export */   Mc: () => (/* binding */ githubCall),
/* harmony export */   Of: () => (/* binding */ refusalOf),
/* harmony export */   X_: () => (/* binding */ trustedAuthor),
/* harmony export */   hg: () => (/* binding */ githubMessage),
/* harmony export */   nu: () => (/* binding */ tokenLogin),
/* harmony export */   rM: () => (/* binding */ authorOf)
/* harmony export */ });
/* unused harmony exports GITHUB_TIMEOUT_MS, SECONDARY_WAIT_MS, githubHeaders, requestSignal */
/* harmony import */ var _core_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5033);
/* harmony import */ var _channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4857);
// The GitHub REST API as both its callers use it (the github-issue channel, the pr-comment): the headers GitHub asks
// for, one request with its own timeout (inside the caller's signal), the next page of a Link header (only on the
// API's own origin: the token goes nowhere else), what an error answer says, and how a refusal reads (a rate limit
// and its wait, a locked issue, a missing permission). Never shows the token.


/** Each request's own timeout (SPEC §5: 10 s per request). */
const GITHUB_TIMEOUT_MS = 10_000;
/** A rate limit with neither retry-after nor x-ratelimit-remaining: 0: GitHub asks for at least a minute. */
const SECONDARY_WAIT_MS = 60_000;
/** The headers of every GitHub REST request. */
function githubHeaders(token, json) {
    return {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'metric-alerts',
        ...(json ? { 'content-type': 'application/json' } : {}),
    };
}
/** A signal that ends with `outer` or after `timeoutMs`, whichever comes first. */
function requestSignal(outer, timeoutMs = GITHUB_TIMEOUT_MS) {
    const own = AbortSignal.timeout(Math.max(1, timeoutMs));
    return outer ? AbortSignal.any([outer, own]) : own;
}
/** One request with its own timeout; throws what the transport throws (a network error, a timeout). */
function githubCall(t, c) {
    const headers = githubHeaders(c.token, c.body !== undefined);
    const req = c.body === undefined ? { method: c.method, headers } : { method: c.method, headers, body: JSON.stringify(c.body) };
    return t.request(c.url, req, requestSignal(c.signal, c.timeoutMs));
}
/** The URL of rel="next" in a Link header, when it stays on the API's origin. */
function nextLink(link, apiUrl) {
    const value = Array.isArray(link) ? link.join(',') : (link ?? '');
    for (const part of value.split(',')) {
        const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)?.[1];
        if (!next)
            continue;
        try {
            return new URL(next).origin === new URL(apiUrl).origin ? next : undefined;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/** GitHub's `message` of an error answer (one line, at most 200 characters), or undefined. */
function githubMessage(body) {
    const message = (0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonObject */ .o$)(body)?.message;
    return typeof message === 'string' ? (0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(message) : undefined;
}
/**
 * GitHub's documented order for a rate limit (403 or 429): retry-after; else x-ratelimit-remaining: 0 waits until
 * x-ratelimit-reset; else at least one minute.
 */
function refusalOf(answer, now = Date.now()) {
    const { status } = answer;
    if (status !== 403 && status !== 429)
        return { kind: 'other' };
    const message = githubMessage(answer.body) ?? '';
    const secondary = /secondary rate limit/i.test(message);
    const after = (0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .retryAfterHeader */ .W8)((0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValue */ .Z)(answer, 'retry-after'), now);
    if (after !== undefined)
        return { kind: 'rate-limited', afterMs: after, secondary };
    const reset = Number((0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValue */ .Z)(answer, 'x-ratelimit-reset'));
    if ((0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValue */ .Z)(answer, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset))
        return { kind: 'rate-limited', afterMs: Math.max(0, reset * 1000 - now), secondary };
    if (status === 429 || /rate limit/i.test(message))
        return { kind: 'rate-limited', afterMs: SECONDARY_WAIT_MS, secondary };
    if (/\bis locked\b/i.test(message))
        return { kind: 'locked', message };
    return { kind: 'forbidden', message, integration: /resource not accessible by integration/i.test(message) };
}
function authorOf(v) {
    const user = (0,_core_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(v) && (0,_core_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(v.user) ? v.user : {};
    return { login: typeof user.login === 'string' ? user.login : '', bot: user.type === 'Bot' };
}
/**
 * Whose markers are believed (anyone who can write a comment could copy one): a bot's (github-actions[bot] for the
 * workflow's GITHUB_TOKEN, an app), or the token's own user's (a personal token). `login` asks GET /user once.
 */
async function trustedAuthor(a, login) {
    if (a.bot)
        return true;
    const own = await login();
    return own !== undefined && own !== '' && a.login === own;
}
/** The login of the token's user (a personal token); undefined for an app's token, which GET /user refuses. */
async function tokenLogin(t, c) {
    const url = `${c.apiUrl.replace(/\/+$/, '')}/user`;
    const res = await githubCall(t, { ...c, method: 'GET', url });
    if (res.status !== 200)
        return undefined;
    const login = (0,_channels_http_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonObject */ .o$)(res.body)?.login;
    return typeof login === 'string' ? login : undefined;
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

/***/ 9204:
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
// EXTERNAL MODULE: ./src/channels/incident-text.ts
var incident_text = __webpack_require__(350);
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
/** A title: plain text, `@` and `#` followed by a zero-width joiner (no mention, no reference), at most 256 (never cut within a surrogate pair). */
function titleText(s) {
    const text = plain(s)
        .replace(/([@#])/g, `$1${ZWJ}`)
        .replace(/\bGH-/gi, (m) => `${m.slice(0, 2)}${ZWJ}-`);
    return (0,chat_text/* clipText */.gL)(text, LIMITS.title);
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
    lines.push(`- Run: ${render_link(runUrl, code((0,incident_text/* clipName */.es)(e.run)))}`);
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
    const [alert, experiment] = [code((0,incident_text/* clipName */.es)(e.alert)), code((0,incident_text/* clipName */.es)(e.experiment))];
    const head = `**${ICON[e.severity]} ${e.severity}**: alert ${alert} ${HEADLINE[action]} on experiment ${experiment}`;
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
        ...(item.thread ? { ref: item.thread } : {}),
        marker,
        eventMarker,
        title: titleText(`[${e.severity}] ${(0,incident_text/* clipName */.es)(e.alert)} on ${(0,incident_text/* clipName */.es)(e.experiment)}`),
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

// EXTERNAL MODULE: ./src/adapters/github-rest.ts
var github_rest = __webpack_require__(4896);
// EXTERNAL MODULE: ./src/adapters/sleep.ts
var sleep = __webpack_require__(5991);
// EXTERNAL MODULE: ./src/core/records.ts
var records = __webpack_require__(5033);
// EXTERNAL MODULE: ./src/channels/http-answer.ts
var http_answer = __webpack_require__(4857);
;// CONCATENATED MODULE: ./src/channels/github-issue/classify.ts
// How a GitHub answer to the github-issue channel reads as an attempt (SPEC §5): a rate limit retried after GitHub's
// wait, a refusal final with GitHub's own words and what to do. Pure.


function reasonOf(answer) {
    const message = (0,github_rest/* githubMessage */.hg)(answer.body);
    if (message === undefined)
        return undefined;
    try {
        const json = JSON.parse(answer.body);
        return Array.isArray(json.errors) ? (0,http_answer/* clip */.$Q)(`${message} ${(0,http_answer/* clip */.$Q)(JSON.stringify(json.errors))}`) : message;
    }
    catch {
        return message;
    }
}
/** GitHub's wait for a rate limit (retry-after, x-ratelimit-reset, else a minute); undefined when not rate limited. */
function rateLimitWait(answer, now = Date.now()) {
    const r = refusalOf(answer, now);
    return r.kind === 'rate-limited' ? r.afterMs : undefined;
}
/** A 403 in words: a rate limit retried after GitHub's wait, a locked issue, a missing permission (GitHub's words). */
function classify403(answer, repository, now) {
    const { status } = answer;
    const r = (0,github_rest/* refusalOf */.Of)(answer, now);
    if (r.kind === 'rate-limited') {
        const error = `rate limited by GitHub (${status}${r.secondary ? ', secondary rate limit' : ''})`;
        return { outcome: 'retry', status, error, afterMs: r.afterMs, rateLimited: true };
    }
    if (r.kind === 'locked')
        return {
            outcome: 'final',
            status,
            error: `the issue in ${repository} is locked (403: "${r.message}"); unlock it so metric-alerts can comment on it`,
        };
    if (r.kind !== 'forbidden')
        return undefined;
    const said = r.message ? `"${r.message}"` : 'no reason given';
    const fix = r.integration ? '; give the job `permissions: issues: write`' : '';
    return { outcome: 'final', status, error: `GitHub refused the github-token in ${repository} (403: ${said})${fix}` };
}
/** One GitHub answer as an attempt, in words that say what to do. */
function classifyGitHub(answer, repository, now = Date.now()) {
    const { status } = answer;
    const reason = reasonOf(answer) ?? (0,http_answer/* clip */.$Q)(answer.body);
    const refused = classify403(answer, repository, now);
    if (refused)
        return refused;
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

;// CONCATENATED MODULE: ./src/channels/github-issue/send.ts
// One github-issue event in one attempt (SPEC §5): find the instance's issue (by the number an earlier delivery
// recorded, else by its marker among the issues with the channel's label: the issues list, paginated by its Link
// header, never the search API), then open it, or comment on it and close or reopen it. A marker counts only in what a
// bot or the token's own user wrote. Every step first looks whether it was already done (the event's marker on the
// issue or a comment), so an attempt retried after a lost answer opens no second issue and writes no second comment.
// Each request has its own timeout, inside the send's signal.





/** The most pages of 100 issues read looking for the instance's issue. */
const MAX_PAGES = 30;
/**
 * Between two writes of one event (a comment, then closing or reopening): with the pipeline's 1 s between events to a
 * repository, at most about 60 writes a minute, under GitHub's secondary limit on content creation (80 a minute).
 */
const WRITE_SPACING_MS = 1000;
const NO_TOKEN = "no GitHub token: the github-issue channel needs one that may write issues; give the job `permissions: issues: write` and keep the action's `github-token` input (default: the workflow's token)";
async function call(api, method, url, body) {
    const { sx, github } = api;
    const c = { token: github.token, method, url, signal: sx.signal, timeoutMs: sx.timeoutMs };
    const answer = await (0,github_rest/* githubCall */.Mc)(sx.http, body === undefined ? c : { ...c, body });
    if (answer.status >= 200 && answer.status < 300)
        return { ok: true, value: answer };
    return { ok: false, attempt: classifyGitHub(answer, api.repository) };
}
function repoUrl(api) {
    return `${api.github.apiUrl.replace(/\/+$/, '')}/repos/${api.repository}`;
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
/** The first item `find` accepts, page after page. */
async function firstOf(api, first, find) {
    let url = first;
    for (let page = 0; url; page++) {
        if (page >= MAX_PAGES)
            return { ok: true, value: { found: undefined, exhausted: true } };
        const got = await call(api, 'GET', url);
        if (!got.ok)
            return got;
        for (const item of parseList(got.value))
            if (await find(item))
                return { ok: true, value: { found: item, exhausted: false } };
        url = (0,github_rest/* nextLink */.IX)(got.value.headers.link, api.github.apiUrl);
    }
    return { ok: true, value: { found: undefined, exhausted: false } };
}
const startsWith = (body, marker) => typeof body === 'string' &&
    body
        .replace(/^\uFEFF/, '')
        .trimStart()
        .startsWith(marker);
/** An issue with the marker, written by a bot or the token's own user (nobody else can make it the instance's). */
async function isMine(api, i, marker) {
    return !i.pull_request && startsWith(i.body, marker) && (await (0,github_rest/* trustedAuthor */.X_)((0,github_rest/* authorOf */.rM)(i), api.login));
}
const issueOf = (i) => ({
    number: i.number,
    state: i.state === 'closed' ? 'closed' : 'open',
    body: i.body,
});
/** The issue an earlier delivery recorded (its number), when it still is the instance's; else undefined. */
async function byRef(api, request) {
    if (!request.ref || !/^\d{1,12}$/.test(request.ref))
        return { ok: true, value: undefined };
    const got = await call(api, 'GET', `${repoUrl(api)}/issues/${request.ref}`);
    // Gone (deleted, transferred, another repository now): looked for by label instead.
    if (!got.ok)
        return got.attempt.status === 404 || got.attempt.status === 410 ? { ok: true, value: undefined } : got;
    const issue = parseObject(got.value.body);
    const mine = typeof issue.number === 'number' && (await isMine(api, issue, request.marker));
    return { ok: true, value: mine ? issueOf(issue) : undefined };
}
/** The instance's issue: by its recorded number, else the oldest with its marker and label; undefined when none. */
async function findIssue(api, request) {
    const known = await byRef(api, request);
    if (!known.ok || known.value)
        return known;
    // Oldest first: the first issue with the marker is the one (two runs that raced both find it), and paging stops there.
    const q = new URLSearchParams({
        labels: request.label,
        state: 'all',
        sort: 'created',
        direction: 'asc',
        per_page: '100',
    });
    const got = await firstOf(api, `${repoUrl(api)}/issues?${q}`, (i) => isMine(api, i, request.marker));
    if (!got.ok)
        return got;
    if (got.value.exhausted)
        return {
            ok: false,
            attempt: {
                outcome: 'final',
                error: `could not find the instance's issue within ${MAX_PAGES * 100} issues labelled ${request.label} in ${api.repository}; nothing was opened (a second issue would split the instance): close and unlabel old issues, or give the channel a label of its own`,
            },
        };
    return { ok: true, value: got.value.found ? issueOf(got.value.found) : undefined };
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
    const mine = async (c) => startsWith(c.body, marker) && (await (0,github_rest/* trustedAuthor */.X_)((0,github_rest/* authorOf */.rM)(c), api.login));
    const got = await firstOf(api, `${repoUrl(api)}/issues/${issue.number}/comments?per_page=100`, mine);
    return got.ok ? { ok: true, value: got.value.found !== undefined } : got;
}
/** Closes a note's issue right after opening it (it would stay open in the labelled set forever). */
async function closeNote(api, number) {
    await (0,sleep/* sleep */.y)(WRITE_SPACING_MS);
    const got = await call(api, 'PATCH', `${repoUrl(api)}/issues/${number}`, {
        state: 'closed',
        state_reason: 'completed',
    });
    return got.ok
        ? undefined
        : `issue #${number} was opened but could not be closed: ${'error' in got.attempt ? got.attempt.error : ''}`;
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
    const ok = { outcome: 'success', status: got.value.status, ref };
    const unclosed = request.action === 'note' ? await closeNote(api, issue.number) : undefined;
    if (unclosed)
        return { ...ok, note: unclosed };
    const labelled = (issue.labels ?? []).some((l) => (typeof l === 'string' ? l : l.name) === request.label);
    if (labelled || request.action === 'note')
        return ok;
    return {
        ...ok,
        note: `issue #${ref} was opened without the label ${request.label} (the token may not set labels): later events of this alert find it by its number; add the label to it`,
    };
}
/** Comment (unless already there), then close or reopen as the event asks (a note's issue stays closed). */
async function update(api, request, issue) {
    const done = await commented(api, issue, request.eventMarker);
    if (!done.ok)
        return done.attempt;
    const url = `${repoUrl(api)}/issues/${issue.number}`;
    const want = request.action === 'resolved' || request.action === 'note' ? 'closed' : 'open';
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
/** Asks GET /user once, and only when a marker by someone other than a bot is met. */
function loginOnce(sx, github) {
    let login;
    const c = { token: github.token, apiUrl: github.apiUrl, signal: sx.signal, timeoutMs: sx.timeoutMs };
    return () => (login ??= (0,github_rest/* tokenLogin */.nu)(sx.http, c).catch(() => undefined));
}
async function send(request, sx) {
    const github = sx.github;
    if (!github?.token)
        return { outcome: 'final', error: NO_TOKEN };
    const repository = request.repository ?? github.repository;
    if (!repository)
        return { outcome: 'final', error: "no repository: set the channel's `repository` (owner/name)" };
    const api = { sx, github, repository, login: loginOnce(sx, github) };
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
    // Finding the issue, opening or commenting, closing: each request has its own 10 s; the send has the channel's budget.
    manyRequests: true,
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
