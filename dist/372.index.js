export const id = 372;
export const ids = [372];
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

/***/ 9372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  channelType: () => (/* binding */ channelType),
  classifyDiscord: () => (/* binding */ classifyDiscord),
  discordReason: () => (/* binding */ discordReason),
  discordRetryAfterMs: () => (/* binding */ discordRetryAfterMs),
  firstFieldError: () => (/* binding */ firstFieldError),
  previewDiscord: () => (/* binding */ previewDiscord)
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
;// CONCATENATED MODULE: ./src/channels/discord/render.ts
// Discord webhook messages (SPEC §5): one digest per channel per evaluation as embeds within every documented limit,
// every interpolated value escaped for Discord Markdown, and only the channel's own `mentions` able to ping. Pure.






/** Discord's documented limits (Message resource, "Embed Limits"; Execute Webhook). */
const LIMITS = {
    content: 2000,
    embeds: 10,
    total: 6000,
    title: 256,
    description: 4096,
    fields: 25,
    fieldName: 256,
    fieldValue: 1024,
    footer: 2048,
    author: 256,
    /** allowed_mentions.users and .roles hold at most 100 ids each. */
    mentionIds: 100,
};
/** The colour of an embed's bar: the severity of a firing event, green for a resolved one. */
const COLORS = {
    critical: 0xe01e5a,
    warning: 0xf2a33a,
    info: 0x1d9bd1,
    resolved: 0x2eb67d,
};
const ICON = { critical: '🔴', warning: '🟠', info: '🔵' };
/**
 * Text safe for Discord Markdown: bidirectional controls removed; every Markdown character (`\ * _ ~ \` > | [ ] ( )
 * # - + < : .` where they format) escaped with a backslash, so nothing formats, links (`[x](y)`), quotes, or forms a
 * mention, channel, emoji or timestamp tag (`<@…>`, `<#…>`, `<:…>`, `<t:…>`); `@everyone`/`@here` broken with a
 * zero-width space; `scheme://` and `www.` broken so nothing auto-links.
 */
function escapeDiscord(s, lines = false) {
    const text = lines ? (0,chat_text/* multiLine */.S2)(s) : (0,chat_text/* oneLine */.TN)(s);
    const escaped = text
        .replace(/[\\*_~`>|[\]()#\-+<]/g, '\\$&')
        .replace(/^(\s*\d+)\./gm, '$1\\.')
        .replace(/@(everyone|here)/gi, '@\u200B$1');
    return (0,chat_text/* breakAutoLinks */.iu)(escaped);
}
/** A masked link whose preview Discord does not unfold (`[label](<url>)`); the label alone when the URL is unusable. */
function render_link(url, label) {
    const safe = (0,chat_text/* linkable */.Lj)(url);
    if (!safe)
        return label;
    return `[${label}](<${safe.replace(/[<>()\s]/g, (c) => encodeURIComponent(c))}>)`;
}
function parseMentions(mentions) {
    const users = [];
    const roles = [];
    for (const m of mentions) {
        const found = /^<@(!|&)?(\d{1,20})>$/.exec(m.trim());
        if (!found)
            continue;
        const list = found[1] === '&' ? roles : users;
        if (!list.includes(found[2]))
            list.push(found[2]);
    }
    return { users: users.slice(0, LIMITS.mentionIds), roles: roles.slice(0, LIMITS.mentionIds) };
}
/** Longest mention text in a message's content (the rest of its 2,000 characters hold the header and context). */
const MAX_MENTION_TEXT = 1500;
/** `allowed_mentions` naming only the channel's own `mentions` (and none at all without them), with their text. */
function mentionsOf(mentions) {
    const { users, roles } = parseMentions(mentions);
    const allowed = { parse: [] };
    const tags = [];
    let length = 0;
    const take = (id, tag, into) => {
        if (length + tag.length + 1 > MAX_MENTION_TEXT)
            return;
        length += tag.length + 1;
        tags.push(tag);
        into.push(id);
    };
    const keptUsers = [];
    const keptRoles = [];
    for (const id of users)
        take(id, `<@${id}>`, keptUsers);
    for (const id of roles)
        take(id, `<@&${id}>`, keptRoles);
    if (keptUsers.length)
        allowed.users = keptUsers;
    if (keptRoles.length)
        allowed.roles = keptRoles;
    return { text: tags.join(' '), allowed };
}
function contextPart(p) {
    const text = escapeDiscord(p.text);
    return p.url ? render_link(p.url, text) : text;
}
/** The run's context (repository, branch, workflow run, commit, pull request) as one Markdown line. */
function contextLine(ctx) {
    return (0,run_context/* renderContext */.w)((0,run_context/* contextGroups */._)(ctx), contextPart);
}
/** The Discord URL to post to: an unversioned Discord webhook URL is pinned to API v10 (seconds in `retry_after`). */
function webhookUrl(url) {
    try {
        const u = new URL(url);
        if (!/^(?:(?:ptb|canary)\.)?discord(?:app)?\.com$/i.test(u.hostname))
            return url;
        if (!u.pathname.startsWith('/api/webhooks/'))
            return url;
        u.pathname = `/api/v10${u.pathname.slice(4)}`;
        return u.href;
    }
    catch {
        return url;
    }
}
/** Where a request goes, for spacing: the URL without its query (never shown). */
function destinationOf(url) {
    return url.split('?')[0];
}
/** "`accuracy = 0.78` · condition < 0.9" as Markdown; change rules also show the baseline and the change. */
function readingLine(item) {
    const { event: e, rule } = item;
    const reading = (0,digest/* readingOf */.MU)(e, rule);
    const { outcome } = (0,format/* wordReading */.lD)(reading, rule?.change?.unit);
    const value = `**${escapeDiscord((0,format/* valueText */.Ru)(reading))}**`;
    const unit = e.baseline === null ? undefined : rule?.change?.unit;
    if (unit === undefined)
        return `${value} · ${escapeDiscord(outcome)}`;
    const change = escapeDiscord((0,format/* formatChange */.eD)(reading.change, unit));
    const from = escapeDiscord(rule?.change?.from ?? '');
    return `${value} · baseline ${(0,format/* formatNumber */.ZV)(e.baseline)} (${from}) · change ${change} · ${escapeDiscord(outcome)}`;
}
function titleOf({ event: e }) {
    const name = escapeDiscord(e.alert);
    if (e.kind === 'resolved')
        return `✅ ${name} resolved (${e.severity})`;
    const status = e.kind === 'reminder' ? 'is still firing' : 'is firing';
    return `${ICON[e.severity]} ${e.severity.toUpperCase()} · ${name} ${status}`;
}
function descriptionOf(item, ctx) {
    const { event: e, rule } = item;
    const lines = [];
    if (rule?.message)
        lines.push((0,chat_text/* breakAutoLinks */.iu)((0,template/* renderTemplate */.Xm)(rule.message, (0,digest/* templateValues */.nX)(e, rule, ctx), (s) => escapeDiscord(s))));
    lines.push(readingLine(item));
    const spark = (0,format/* sparkline */.KM)(item.recent);
    if (spark)
        lines.push(`Recent: ${spark}`);
    if (rule?.description)
        lines.push(`*${escapeDiscord(rule.description, true)}*`);
    if (rule?.runbook)
        lines.push(render_link(rule.runbook, 'Runbook'));
    if (item.late)
        lines.push(`*Sent late: ${digest/* LATE_WORDS */.HM[item.late]} (event of ${escapeDiscord(e.at)}).*`);
    return lines.join('\n');
}
function fieldsOf(item, ctx, max) {
    const { event: e, rule } = item;
    const runUrl = e.runUrl ?? ctx.workflowRunUrl;
    const runLabel = (0,chat_text/* clipText */.gL)(escapeDiscord(e.run), Math.min(max, 200));
    const runLink = render_link(runUrl, runLabel);
    const fields = [
        { name: 'Experiment', value: (0,chat_text/* clipText */.gL)(escapeDiscord(e.experiment), max), inline: true },
        { name: 'Run', value: runLink.length <= max ? runLink : runLabel, inline: true },
    ];
    const labels = Object.entries(rule?.labels ?? {});
    if (labels.length) {
        const text = labels.map(([k, v]) => `${escapeDiscord(k)}=${escapeDiscord(v)}`).join(' · ');
        fields.push({ name: 'Labels', value: (0,chat_text/* clipText */.gL)(text, max), inline: true });
    }
    return fields;
}
/** The characters of an embed that count toward Discord's 6,000 (title, description, fields, footer, author). */
function embedChars(e) {
    let n = (e.title?.length ?? 0) + (e.description?.length ?? 0);
    for (const f of e.fields ?? [])
        n += f.name.length + f.value.length;
    return n + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
}
/** One event as an embed of at most `budget` counted characters (and within every field's own limit). */
function eventEmbed(item, ctx, budget) {
    const { event: e } = item;
    const part = Math.floor(budget / 5);
    const title = (0,chat_text/* clipText */.gL)(titleOf(item), Math.min(LIMITS.title, part));
    const fields = fieldsOf(item, ctx, Math.min(LIMITS.fieldValue, part));
    const embed = { title, color: e.kind === 'resolved' ? COLORS.resolved : COLORS[e.severity] };
    const url = (0,chat_text/* linkable */.Lj)(e.runUrl ?? ctx.workflowRunUrl);
    if (url)
        embed.url = url;
    if (!Number.isNaN(Date.parse(e.at)))
        embed.timestamp = e.at;
    embed.fields = fields;
    const room = Math.max(0, Math.min(LIMITS.description, budget - embedChars(embed)));
    embed.description = (0,chat_text/* clipText */.gL)(descriptionOf(item, ctx), room);
    return embed;
}
/** Header, mentions, what was left out, and the run's context: the message's content, within 2,000 characters. */
function contentOf(c) {
    const lines = [c.header];
    if (c.mentions)
        lines.push(c.mentions);
    if (c.hidden > 0)
        lines.push(`…and ${c.hidden} more, see the job summary`);
    const context = contextLine(c.ctx);
    const head = lines.join('\n');
    if (!context)
        return head;
    return `${head}\n${(0,chat_text/* clipText */.gL)(context, LIMITS.content - head.length - 1)}`;
}
/** The digest of a batch: one message, an embed per event (at most 10), the rest counted in the content. */
function buildDigest(batch) {
    const ordered = (0,digest/* orderItems */.TT)(batch.items);
    const counts = (0,digest/* digestCounts */.Zw)(ordered);
    const shown = ordered.slice(0, LIMITS.embeds);
    const budget = Math.floor(LIMITS.total / Math.max(1, shown.length));
    const embeds = shown.map((item) => eventEmbed(item, batch.ctx, budget));
    const { text, allowed } = counts.firing > 0 ? mentionsOf(batch.channel.mentions) : mentionsOf([]);
    const from = batch.ctx.pullRequest !== undefined ? ` · PR #${batch.ctx.pullRequest}` : '';
    const header = `${counts.firing ? '🚨' : '✅'} **metric-alerts**: ${(0,digest/* countsText */.WN)(counts)}${from}`;
    const content = contentOf({ header, mentions: text, hidden: ordered.length - shown.length, ctx: batch.ctx });
    return { content, embeds, allowed_mentions: allowed };
}
function renderDigest(batch) {
    if (batch.items.length === 0)
        return [];
    const url = webhookUrl(batch.channel.url);
    return [
        {
            events: batch.items.map((i) => (0,ledger/* eventId */.Q6)(i.event)),
            destination: destinationOf(url),
            request: { url, payload: buildDigest(batch) },
        },
    ];
}
/** A note (test-channels' "wired up", an ad-hoc message): one embed, no mentions. */
function buildNote(note, ctx) {
    const title = (0,chat_text/* clipText */.gL)(escapeDiscord(note.title), LIMITS.title);
    const description = (0,chat_text/* clipText */.gL)(escapeDiscord(note.text, true), LIMITS.description);
    const embed = { title, description, color: COLORS[note.level] };
    const context = contextLine(ctx);
    const content = (0,chat_text/* clipText */.gL)(context ? `**metric-alerts** · ${context}` : '**metric-alerts**', LIMITS.content);
    return { content, embeds: [embed], allowed_mentions: { parse: [] } };
}
function renderNote(channel, note, ctx) {
    const url = webhookUrl(channel.url);
    return { events: [], destination: destinationOf(url), request: { url, payload: buildNote(note, ctx) } };
}

;// CONCATENATED MODULE: ./src/channels/discord/index.ts



function json(body) {
    try {
        const v = JSON.parse(body);
        return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** The first of Discord's nested field errors: "embeds.0.description: Must be 4096 or fewer in length." */
function firstFieldError(errors, path = []) {
    if (typeof errors !== 'object' || errors === null)
        return undefined;
    const list = errors._errors;
    if (Array.isArray(list)) {
        const first = list[0];
        if (typeof first?.message === 'string')
            return `${path.join('.')}: ${first.message}`;
    }
    for (const [key, value] of Object.entries(errors)) {
        if (key === '_errors')
            continue;
        const found = firstFieldError(value, [...path, key]);
        if (found)
            return found;
    }
    return undefined;
}
/** Discord's reason for a failure: "Invalid Form Body (code 50035): embeds.0.title: Must be 256 or fewer in length." */
function discordReason(answer) {
    const body = json(answer.body);
    if (typeof body?.message !== 'string')
        return undefined;
    const code = typeof body.code === 'number' ? ` (code ${body.code})` : '';
    const field = firstFieldError(body.errors);
    return (0,http_answer/* clip */.$Q)(`${body.message}${code}${field ? `: ${field}` : ''}`);
}
/** The body's `retry_after` (seconds, a float, in API v8 and later), in ms. */
function discordRetryAfterMs(answer) {
    const after = json(answer.body)?.retry_after;
    return typeof after === 'number' && Number.isFinite(after) && after >= 0 ? Math.ceil(after * 1000) : undefined;
}
function classifyDiscord(answer) {
    return (0,http_answer/* classifyHttp */.d3)(answer, {
        ok: (a) => a.status === 204 || a.status === 200,
        retryAfterMs: discordRetryAfterMs,
        reason: discordReason,
        ref: (a) => {
            const id = a.status === 200 ? json(a.body)?.id : undefined;
            return typeof id === 'string' ? id : undefined;
        },
    });
}
async function send(request, sx) {
    const answer = await (0,http_answer/* postJson */.B2)(sx, request.url, request.payload);
    return classifyDiscord(answer);
}
/** Discord Markdown as a person reads it: escapes and zero-width breaks undone, links as "label (url)". */
function plain(s) {
    return s
        .replace(/\[((?:\\.|[^\]\\])*)\]\(<([^>]*)>\)/g, '$1 ($2)')
        .replace(/(?<!\\)\*+/g, '')
        .replace(/\\(.)/g, '$1')
        .replace(/\u200B/g, '');
}
/** The message as plain text for a terminal (the CLI's preview of a dry run). */
function previewDiscord({ payload }) {
    const out = [];
    if (payload.content)
        out.push(plain(payload.content), '');
    for (const e of payload.embeds) {
        if (e.title)
            out.push(plain(e.title));
        if (e.description)
            out.push(plain(e.description));
        for (const f of e.fields ?? [])
            out.push(`${plain(f.name)}: ${plain(f.value)}`);
        out.push('');
    }
    return (0,safe_text/* safeLogText */.H)(out.join('\n').trimEnd());
}
const channelType = {
    type: 'discord',
    grouping: 'digest',
    render: renderDigest,
    note: renderNote,
    send,
    preview: previewDiscord,
};


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
