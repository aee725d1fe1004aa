export const id = 110;
export const ids = [110];
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

/***/ 3110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  channelType: () => (/* binding */ channelType),
  classifyTeams: () => (/* binding */ classifyTeams),
  previewTeams: () => (/* binding */ previewTeams),
  teamsReason: () => (/* binding */ teamsReason)
});

// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
// EXTERNAL MODULE: ./src/channels/http-answer.ts
var http_answer = __webpack_require__(4857);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/history/ledger.ts
var ledger = __webpack_require__(355);
// EXTERNAL MODULE: ./src/core/run-context.ts
var run_context = __webpack_require__(4448);
// EXTERNAL MODULE: ./src/core/template.ts
var template = __webpack_require__(9153);
// EXTERNAL MODULE: ./src/channels/chat-text.ts
var chat_text = __webpack_require__(4722);
;// CONCATENATED MODULE: ./src/channels/teams/render.ts
// Microsoft Teams messages through a Teams Workflows webhook (SPEC §5): one Adaptive Card 1.5 per digest in the
// `attachments` envelope, at most 28 KB of JSON (a digest too large shows fewer events and "...and N more"). Pure.
//
// Untrusted text goes only into RichTextBlock TextRuns, which the Adaptive Card schema renders without Markdown
// ("Text to display. Markdown is not supported."): a name with `**`, `[x](y)` or `# ` shows as written. TextBlocks (which
// do read Markdown) carry only this module's own words and numbers. On top of that: bidirectional controls removed,
// line ends made spaces in names, `scheme://` and `www.` broken so nothing auto-links, `{{` broken so no DATE()/TIME()
// function is evaluated; a mention needs `msteams.entities`, which this card never has, so nothing pings.






/** Teams posts messages of about 28 KB at most (the Workflows "Post card" action fails with "Request Entity too
 *  large" past it): the JSON sent stays within 28,000 bytes, under either reading of "KB". */
const MAX_BYTES = 28_000;
/** Longest name (experiment, run, metric, label) and longest free text (description, message) shown. */
const MAX_NAME = 200;
const MAX_TEXT = 1000;
/** Untrusted text for a TextRun: one line, no bidi controls, no auto-link, no `{{DATE()}}` function. */
function teamsText(s, lines = false) {
    return (0,chat_text/* breakAutoLinks */.iu)((lines ? (0,chat_text/* multiLine */.S2)(s) : (0,chat_text/* oneLine */.TN)(s)).replace(/\{\{/g, '{\u200B{'));
}
/** A name shown as written, clipped. */
function render_name(s) {
    return (0,chat_text/* clipText */.gL)(teamsText(s), MAX_NAME);
}
function run(text, style = {}) {
    return { type: 'TextRun', text, ...style };
}
function linked(text, url, style = {}) {
    const safe = (0,chat_text/* linkable */.Lj)(url);
    return safe ? run(text, { ...style, selectAction: { type: 'Action.OpenUrl', url: safe } }) : run(text, style);
}
function line(inlines, spacing = 'None') {
    return { type: 'RichTextBlock', inlines, spacing };
}
const STYLE = {
    critical: { container: 'attention', color: 'Attention' },
    warning: { container: 'warning', color: 'Warning' },
    info: { container: 'accent', color: 'Accent' },
};
function headline({ event: e }) {
    const alert = run(render_name(e.alert), { weight: 'Bolder' });
    if (e.kind === 'resolved')
        return [run('✅ '), alert, run(` resolved (${e.severity})`)];
    const status = e.kind === 'reminder' ? ' is still firing' : ' is firing';
    return [
        run(`${e.severity.toUpperCase()} · `, { weight: 'Bolder', color: STYLE[e.severity].color }),
        alert,
        run(status),
    ];
}
/** "accuracy = 0.78 · condition < 0.9"; change rules also show the baseline and the change. */
function readingRuns({ event: e, rule }) {
    const reading = (0,digest/* readingOf */.MU)(e, rule);
    const { outcome } = (0,format/* wordReading */.lD)(reading, rule?.change?.unit);
    const value = render_name((0,format/* valueText */.Ru)(reading));
    const runs = [run(value, { fontType: 'Monospace', weight: 'Bolder' })];
    const unit = e.baseline === null ? undefined : rule?.change?.unit;
    if (unit !== undefined) {
        const from = teamsText(rule?.change?.from ?? '');
        runs.push(run(` · baseline ${(0,format/* formatNumber */.ZV)(e.baseline)} (${from}) · change ${(0,format/* formatChange */.eD)(reading.change, unit)}`));
    }
    runs.push(run(` · ${teamsText(outcome)}`));
    return runs;
}
function extrasRuns(item) {
    const { rule } = item;
    const runs = [];
    if (rule?.runbook)
        runs.push(linked('Runbook', rule.runbook, { color: 'Accent' }));
    const labels = Object.entries(rule?.labels ?? {});
    if (labels.length) {
        if (runs.length)
            runs.push(run(' · '));
        runs.push(run((0,chat_text/* clipText */.gL)(labels.map(([k, v]) => `${teamsText(k)}=${teamsText(v)}`).join(' · '), MAX_TEXT)));
    }
    return runs;
}
/** One event as a Container in its severity's style (green when resolved). */
function eventContainer(item, ctx) {
    const { event: e, rule } = item;
    const items = [line(headline(item), 'Small')];
    if (rule?.message) {
        const text = (0,template/* renderTemplate */.Xm)(rule.message, (0,digest/* templateValues */.nX)(e, rule, ctx), (s) => teamsText(s));
        items.push(line([run((0,chat_text/* clipText */.gL)((0,chat_text/* breakAutoLinks */.iu)(text), MAX_TEXT))]));
    }
    items.push(line(readingRuns(item)));
    const runUrl = e.runUrl ?? ctx.workflowRunUrl;
    items.push(line([
        run('Experiment '),
        run(render_name(e.experiment), { weight: 'Bolder' }),
        run(' · run '),
        linked(render_name(e.run), runUrl),
    ]));
    const spark = (0,format/* sparkline */.KM)(item.recent);
    if (spark)
        items.push(line([run(`Recent: ${spark}`)]));
    if (rule?.description)
        items.push(line([run((0,chat_text/* clipText */.gL)(teamsText(rule.description), MAX_TEXT), { italic: true })]));
    const extras = extrasRuns(item);
    if (extras.length)
        items.push(line(extras));
    if (item.late)
        items.push(line([run(`Sent late: ${digest/* LATE_WORDS */.HM[item.late]} (event of ${render_name(e.at)}).`, { italic: true })]));
    const style = e.kind === 'resolved' ? 'good' : STYLE[e.severity].container;
    return { type: 'Container', style, items, separator: true, spacing: 'Medium' };
}
function contextRun(p) {
    const style = { isSubtle: true, size: 'Small' };
    if (p.code)
        style.fontType = 'Monospace';
    return linked(render_name(p.text), p.url, p.url ? { ...style, color: 'Accent' } : style);
}
/** The run's context (repository, branch, workflow run, commit, pull request) as one line of TextRuns. */
function contextBlock(ctx) {
    const inlines = [];
    (0,run_context/* contextGroups */._)(ctx).forEach((group, i) => {
        if (i > 0)
            inlines.push(run(' · ', { isSubtle: true, size: 'Small' }));
        group.forEach((part, j) => {
            if (j > 0)
                inlines.push(run(' ', { isSubtle: true, size: 'Small' }));
            inlines.push(contextRun(part));
        });
    });
    return inlines.length ? { type: 'RichTextBlock', inlines, separator: true, spacing: 'Medium' } : undefined;
}
function envelope(card) {
    const content = {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.5',
        body: card.body,
        ...(card.actions?.length ? { actions: card.actions } : {}),
        msteams: { width: 'Full' },
    };
    return {
        type: 'message',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content }],
    };
}
/** Bytes of a value's JSON as sent (UTF-8). */
function jsonBytes(v) {
    return Buffer.byteLength(JSON.stringify(v), 'utf8');
}
function moreBlock(hidden) {
    return { type: 'TextBlock', text: `...and ${hidden} more, see the job summary`, wrap: true, isSubtle: true };
}
function runActions(ctx) {
    const url = (0,chat_text/* linkable */.Lj)(ctx.workflowRunUrl);
    return url ? [{ type: 'Action.OpenUrl', title: 'Open the workflow run', url }] : [];
}
/** The digest of a batch: as many events as fit in MAX_BYTES, critical first, and how many were left out. */
function buildDigest(batch) {
    const ordered = (0,digest/* orderItems */.TT)(batch.items);
    const counts = (0,digest/* digestCounts */.Zw)(ordered);
    const from = batch.ctx.pullRequest !== undefined ? ` · PR #${batch.ctx.pullRequest}` : '';
    const header = {
        type: 'TextBlock',
        text: `${counts.firing ? '🚨' : '✅'} metric-alerts: ${(0,digest/* countsText */.WN)(counts)}${from}`,
        wrap: true,
        weight: 'Bolder',
        size: 'Medium',
    };
    const context = contextBlock(batch.ctx);
    const tail = context ? [context] : [];
    const actions = runActions(batch.ctx);
    const containers = ordered.map((item) => eventContainer(item, batch.ctx));
    const whole = envelope({ body: [header, ...containers, ...tail], actions });
    if (jsonBytes(whole) <= MAX_BYTES)
        return whole;
    // Too large: the frame with the largest "...and N more" it could hold, then events while they fit.
    let left = MAX_BYTES - jsonBytes(envelope({ body: [header, moreBlock(ordered.length), ...tail], actions }));
    const shown = [];
    for (const c of containers) {
        const size = jsonBytes(c) + 1; // and its comma
        if (size > left)
            break;
        shown.push(c);
        left -= size;
    }
    return envelope({ body: [header, ...shown, moreBlock(ordered.length - shown.length), ...tail], actions });
}
/** Where a request goes, for spacing: the URL without its query (which holds the signature; never shown). */
function destinationOf(url) {
    return url.split('?')[0];
}
function renderDigest(batch) {
    if (batch.items.length === 0)
        return [];
    const { url } = batch.channel;
    return [
        {
            events: batch.items.map((i) => (0,ledger/* eventId */.Q6)(i.event)),
            destination: destinationOf(url),
            request: { url, payload: buildDigest(batch) },
        },
    ];
}
const NOTE_STYLE = { critical: 'attention', warning: 'warning', info: 'accent' };
/** A note (test-channels' "wired up", an ad-hoc message): its title and text, every line a TextRun. */
function buildNote(note, ctx) {
    const lines = (0,chat_text/* clipText */.gL)(teamsText(note.text, true), 4 * MAX_TEXT).split('\n');
    const items = [
        line([run((0,chat_text/* clipText */.gL)(teamsText(note.title), MAX_NAME), { weight: 'Bolder', size: 'Medium' })], 'Small'),
        ...lines.map((l) => line([run(l || ' ')])),
    ];
    const context = contextBlock(ctx);
    const body = [{ type: 'Container', style: NOTE_STYLE[note.level], items }];
    if (context)
        body.push(context);
    return envelope({ body, actions: runActions(ctx) });
}
function renderNote(channel, note, ctx) {
    return {
        events: [],
        destination: destinationOf(channel.url),
        request: { url: channel.url, payload: buildNote(note, ctx) },
    };
}

;// CONCATENATED MODULE: ./src/channels/teams/index.ts



/** The workflow's reason for a failure: "WorkflowTriggerIsNotEnabled: The workflow ... is disabled." */
function teamsReason(answer) {
    try {
        const body = JSON.parse(answer.body);
        const code = typeof body?.error?.code === 'string' ? body.error.code : undefined;
        const message = typeof body?.error?.message === 'string' ? body.error.message : undefined;
        if (code === undefined && message === undefined)
            return undefined;
        return (0,http_answer/* clip */.$Q)([code, message].filter(Boolean).join(': '));
    }
    catch {
        return undefined;
    }
}
function classifyTeams(answer) {
    return (0,http_answer/* classifyHttp */.d3)(answer, { ok: (a) => a.status === 200 || a.status === 202, reason: teamsReason });
}
async function send(request, sx) {
    const answer = await (0,http_answer/* postJson */.B2)(sx, request.url, request.payload);
    return classifyTeams(answer);
}
function runText(r) {
    const url = r.selectAction?.url;
    return url && url !== r.text ? `${r.text} (${url})` : r.text;
}
function elementText(e) {
    if (e.type === 'TextBlock')
        return [e.text];
    if (e.type === 'RichTextBlock')
        return [e.inlines.map(runText).join('')];
    return [...e.items.flatMap(elementText), ''];
}
/** The card as plain text for a terminal (the CLI's preview of a dry run). */
function previewTeams({ payload }) {
    const card = payload.attachments[0].content;
    const lines = card.body.flatMap(elementText);
    return (0,safe_text/* safeLogText */.H)(lines
        .join('\n')
        .replace(/\u200B/g, '')
        .trimEnd());
}
const channelType = {
    type: 'teams',
    grouping: 'digest',
    render: renderDigest,
    note: renderNote,
    send,
    preview: previewTeams,
};


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
