export const id = 532;
export const ids = [532];
export const modules = {

/***/ 9532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  channelType: () => (/* binding */ channelType)
});

// EXTERNAL MODULE: ./src/core/history/ledger.ts
var ledger = __webpack_require__(355);
// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/run-context.ts
var run_context = __webpack_require__(4448);
// EXTERNAL MODULE: ./src/core/template.ts
var template = __webpack_require__(9153);
;// CONCATENATED MODULE: ./src/channels/email/render.ts
// An email digest (SPEC §5): one mail per channel per evaluation, a subject with the counts and the worst severity, a
// text part and an HTML part. Pure. Every untrusted value (alert, experiment, run and metric names, labels, the
// rule's message) is made one line, cleared of bidirectional controls and clipped, then HTML-escaped for the HTML part;
// the only links are the ones built from our own context (the workflow run, the commit, the pull request, the
// repository) and a rule's runbook when it is an http(s) URL.





/** Events shown in one mail; the rest are counted ("...and N more"). */
const MAX_ITEMS = 200;
/** Characters of a subject (RFC 5322 recommends lines of at most 78; a subject is folded, but stays short). */
const MAX_SUBJECT = 200;
/** Characters of one untrusted name (alert, experiment, run, metric, label) as shown. */
const MAX_NAME = 200;
/** Characters of a description, a rendered message template or a note's text. */
const MAX_PROSE = 2000;
/** One line: control characters (CR, LF, tab, NUL...) and line/paragraph separators become spaces, bidirectional
 *  controls go, and the result is clipped. What a header or a single line of a mail may hold. */
function oneLine(s, max = MAX_NAME) {
    return (0,digest/* truncate */.xv)((0,safe_text/* stripBidi */.J)(s).replace(/[\p{Cc}\u2028\u2029]+/gu, ' '), max);
}
/** Text for HTML, in element content and in quoted attribute values alike. */
function escapeHtml(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/** An untrusted name for the HTML part: one line, clipped, escaped. */
const h = (s, max = MAX_NAME) => escapeHtml(oneLine(s, max));
/** A URL we may link to: http(s) only, as the URL parser normalises it; undefined for anything else. */
function safeHref(url) {
    if (!url)
        return undefined;
    try {
        const u = new URL(url);
        return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
    }
    catch {
        return undefined;
    }
}
const SEVERITY_COLOR = { critical: '#d1242f', warning: '#bf8700', info: '#0969da' };
const RESOLVED_COLOR = '#1a7f37';
function viewOf(item, ctx) {
    const { event: e, rule } = item;
    const resolved = e.kind === 'resolved';
    const unit = e.baseline === null ? undefined : rule?.change?.unit;
    const reading = (0,digest/* readingOf */.MU)(e, rule);
    const { outcome } = (0,format/* wordReading */.lD)(reading, rule?.change?.unit);
    const details = unit === undefined
        ? [outcome]
        : [
            `baseline ${(0,format/* formatNumber */.ZV)(e.baseline)} (${rule?.change?.from ?? ''})`,
            `change ${(0,format/* formatChange */.eD)(reading.change, unit)}`,
            outcome,
        ];
    const view = {
        severity: e.severity,
        color: resolved ? RESOLVED_COLOR : SEVERITY_COLOR[e.severity],
        badge: resolved ? `RESOLVED (${e.severity})` : e.severity.toUpperCase(),
        alert: e.alert,
        status: resolved ? 'resolved' : e.kind === 'reminder' ? 'is still firing' : 'is firing',
        value: (0,format/* valueText */.Ru)(reading),
        details,
        experiment: e.experiment,
        run: e.run,
        spark: (0,format/* sparkline */.KM)(item.recent),
        labels: Object.entries(rule?.labels ?? {}).map(([k, v]) => `${k}=${v}`),
    };
    const runUrl = safeHref(e.runUrl ?? ctx.workflowRunUrl);
    if (runUrl)
        view.runUrl = runUrl;
    if (rule?.message)
        view.message = (0,template/* renderTemplate */.Xm)(rule.message, (0,digest/* templateValues */.nX)(e, rule, ctx), (s) => s);
    if (rule?.description)
        view.description = rule.description;
    const runbook = safeHref(rule?.runbook);
    if (runbook)
        view.runbook = runbook;
    if (item.late)
        view.late = `Sent late: ${digest/* LATE_WORDS */.HM[item.late]} (event of ${e.at}).`;
    return view;
}
function itemText(v) {
    const lines = [`[${v.badge}] ${oneLine(v.alert)} ${v.status}`];
    if (v.message !== undefined)
        lines.push(oneLine(v.message, MAX_PROSE));
    lines.push([oneLine(v.value), ...v.details.map((d) => oneLine(d))].join(' · '));
    lines.push(`Experiment: ${oneLine(v.experiment)} · run ${oneLine(v.run)}${v.runUrl ? ` <${v.runUrl}>` : ''}`);
    if (v.spark)
        lines.push(`Recent: ${v.spark}`);
    if (v.description !== undefined)
        lines.push(oneLine(v.description, MAX_PROSE));
    if (v.runbook)
        lines.push(`Runbook: <${v.runbook}>`);
    if (v.labels.length)
        lines.push(`Labels: ${v.labels.map((l) => oneLine(l)).join(', ')}`);
    if (v.late)
        lines.push(oneLine(v.late));
    return lines.join('\n');
}
const STYLE = {
    body: 'font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f2328',
    code: 'font-family:SFMono-Regular,Consolas,Menlo,monospace;background:#f6f8fa;padding:0 3px;border-radius:3px',
    muted: 'color:#59636e;font-size:12px',
};
function render_link(href, label) {
    return href ? `<a href="${escapeHtml(href)}">${label}</a>` : label;
}
function itemHtml(v) {
    const rows = [
        `<strong style="color:${v.color}">${escapeHtml(v.badge)}</strong> · <strong>${h(v.alert)}</strong> ${v.status}`,
    ];
    if (v.message !== undefined)
        rows.push(h(v.message, MAX_PROSE));
    rows.push([`<code style="${STYLE.code}">${h(v.value)}</code>`, ...v.details.map((d) => h(d))].join(' · '));
    rows.push(`Experiment <strong>${h(v.experiment)}</strong> · run ${render_link(v.runUrl, h(v.run))}`);
    if (v.spark)
        rows.push(`Recent: <span style="font-family:monospace">${v.spark}</span>`);
    if (v.description !== undefined)
        rows.push(`<em>${h(v.description, MAX_PROSE)}</em>`);
    const extras = [];
    if (v.runbook)
        extras.push(render_link(v.runbook, 'Runbook'));
    for (const l of v.labels)
        extras.push(`<code style="${STYLE.code}">${h(l)}</code>`);
    if (extras.length)
        rows.push(extras.join(' · '));
    if (v.late)
        rows.push(`<em>${h(v.late)}</em>`);
    const style = `border-left:4px solid ${v.color};padding:6px 12px;margin:12px 0`;
    return `<div style="${style}">\n${rows.map((r) => `<div>${r}</div>`).join('\n')}\n</div>`;
}
/** The run's context as one plain line: a linked part reads "text <url>". */
function contextText(ctx) {
    return (0,run_context/* renderContext */.w)((0,run_context/* contextGroups */._)(ctx), (p) => {
        const href = safeHref(p.url);
        return href ? `${oneLine(p.text)} <${href}>` : oneLine(p.text);
    });
}
/** The run's context as one HTML line: names in code, links only to our own URLs. */
function contextHtml(ctx) {
    return (0,run_context/* renderContext */.w)((0,run_context/* contextGroups */._)(ctx), (p) => {
        const text = p.code ? `<code style="${STYLE.code}">${h(p.text)}</code>` : h(p.text);
        return render_link(safeHref(p.url), text);
    });
}
/** "metric-alerts: 2 firing, 1 resolved (critical) · acme/vision · PR #12": one line, never a header break. */
function subjectOf(what, ctx) {
    const parts = [/^metric-alerts\b/.test(what) ? what : `metric-alerts: ${what}`];
    if (ctx.repository)
        parts.push(ctx.repository);
    if (ctx.pullRequest !== undefined)
        parts.push(`PR #${ctx.pullRequest}`);
    return oneLine(parts.join(' · '), MAX_SUBJECT);
}
function page(title, heading, body, ctx) {
    const context = contextHtml(ctx);
    return [
        '<!DOCTYPE html>',
        '<html><head><meta charset="utf-8">',
        `<title>${escapeHtml(title)}</title></head>`,
        `<body style="${STYLE.body}">`,
        `<h2 style="font-size:18px;margin:0 0 4px">${heading}</h2>`,
        ...(context ? [`<div style="${STYLE.muted}">${context}</div>`] : []),
        ...body,
        `<p style="${STYLE.muted}">Sent by metric-alerts${context ? ` · ${context}` : ''}</p>`,
        '</body></html>',
        '',
    ].join('\n');
}
/** The mail for a digest: every event of the batch, critical first, at most MAX_ITEMS of them. */
function renderDigest(items, ctx) {
    const ordered = (0,digest/* orderItems */.TT)(items);
    const counts = (0,digest/* digestCounts */.Zw)(ordered);
    const subject = subjectOf(`${(0,digest/* countsText */.WN)(counts)} (${counts.worst})`, ctx);
    const shown = ordered.slice(0, MAX_ITEMS).map((item) => viewOf(item, ctx));
    const hidden = ordered.length - shown.length;
    const more = hidden > 0 ? `...and ${hidden} more (see the job summary)` : undefined;
    const heading = `${counts.firing ? '🚨' : '✅'} metric-alerts: ${(0,digest/* countsText */.WN)(counts)}`;
    const context = contextText(ctx);
    const text = [
        heading,
        ...(context ? [context] : []),
        '',
        shown.map(itemText).join('\n\n'),
        ...(more ? ['', more] : []),
        '',
        '-- ',
        'Sent by metric-alerts',
        '',
    ].join('\n');
    const body = [...shown.map(itemHtml), ...(more ? [`<p>${escapeHtml(more)}</p>`] : [])];
    return { subject, text, html: page(subject, escapeHtml(heading), body, ctx) };
}
/** The mail for a note: "metric-alerts is wired up", an ad-hoc message. Its text keeps its lines. */
function renderNote(note, ctx) {
    const subject = subjectOf(`${oneLine(note.title)} (${note.level})`, ctx);
    const lines = (0,digest/* truncate */.xv)((0,safe_text/* stripBidi */.J)(note.text), MAX_PROSE)
        .split(/\r\n|\r|\n|\u2028|\u2029/)
        .map((l) => oneLine(l, MAX_PROSE));
    const context = contextText(ctx);
    const text = [
        `[${note.level.toUpperCase()}] ${oneLine(note.title)}`,
        ...(context ? [context] : []),
        '',
        ...lines,
        '',
        '-- ',
        'Sent by metric-alerts',
        '',
    ].join('\n');
    const badge = `<strong style="color:${SEVERITY_COLOR[note.level]}">${note.level.toUpperCase()}</strong>`;
    const body = [`<p>${lines.map((l) => escapeHtml(l)).join('<br>\n')}</p>`];
    return { subject, text, html: page(subject, `${badge} · ${h(note.title)}`, body, ctx) };
}

// EXTERNAL MODULE: ./src/channels/email/smtp-url.ts
var smtp_url = __webpack_require__(5303);
;// CONCATENATED MODULE: ./src/channels/email/index.ts
// The `email` channel type (SPEC §5): one mail per digest over SMTP, with a text and an HTML part. Rendering is pure
// (render.ts); sending loads nodemailer only when a mail goes out (send.ts).




/** Message-IDs a mail answers to: at most this many, newest kept. */
const MAX_REFERENCES = 20;
const MESSAGE_ID = /^<[^<>\s]{1,250}>$/;
/** The earlier mails (their Message-IDs, kept as the deliveries' ref) that fired the instances of these events. */
function referencesOf(items) {
    const ids = [...new Set(items.map((i) => i.thread).filter((t) => !!t && MESSAGE_ID.test(t)))];
    return ids.slice(-MAX_REFERENCES);
}
const channelType = {
    type: 'email',
    grouping: 'digest',
    render({ channel, items, ctx }) {
        if (items.length === 0)
            return [];
        return [
            {
                events: items.map((i) => (0,ledger/* eventId */.Q6)(i.event)),
                destination: (0,smtp_url/* destinationOf */.M)(channel.smtp),
                request: { ...renderDigest(items, ctx), references: referencesOf(items) },
            },
        ];
    },
    note(channel, note, ctx) {
        return {
            events: [],
            destination: (0,smtp_url/* destinationOf */.M)(channel.smtp),
            request: { ...renderNote(note, ctx), references: [] },
        };
    },
    async send(request, sx) {
        const { sendMail } = await __webpack_require__.e(/* import() */ 509).then(__webpack_require__.bind(__webpack_require__, 3509));
        return sendMail(request, sx);
    },
    preview(request) {
        return (0,safe_text/* safeLogText */.H)(`Subject: ${request.subject}\n\n${request.text}`.trimEnd());
    },
};


/***/ }),

/***/ 5303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ destinationOf),
/* harmony export */   N: () => (/* binding */ parseSmtpUrl)
/* harmony export */ });
/* harmony import */ var _core_config_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1383);
// The `smtp` field of an email channel (SPEC §5): which server, which TLS, which credentials. Pure.
//   smtps://host[:465]          implicit TLS from the first byte
//   smtp://host[:587]           STARTTLS when the server offers it (plain text otherwise)
//   smtp+starttls://host[:587]  STARTTLS required: a server that does not offer it gets nothing
// User-info in the URL (smtp://user:pass@host) is the credentials when `username`/`password` are not set.

const SCHEMES = {
    'smtps:': { tls: 'implicit', port: 465 },
    'smtp:': { tls: 'opportunistic', port: 587 },
    'smtp+starttls:': { tls: 'required', port: 587 },
};
/** The server of an `smtp` URL, or a reason (that never repeats the URL: it may hold a password). */
function parseSmtpUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return { error: 'the smtp URL is not a URL (expected smtp://, smtps:// or smtp+starttls://HOST[:PORT])' };
    }
    const scheme = SCHEMES[u.protocol];
    if (!scheme)
        return { error: 'the smtp URL must start with smtp://, smtps:// or smtp+starttls://' };
    // A non-special scheme keeps IPv6 brackets in the hostname: net.connect wants them off.
    const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
    if (!host)
        return { error: 'the smtp URL names no host' };
    const target = { host, port: u.port ? Number(u.port) : scheme.port, tls: scheme.tls };
    if (u.username)
        target.user = (0,_core_config_url_js__WEBPACK_IMPORTED_MODULE_0__/* .decoded */ .DH)(u.username);
    if (u.password)
        target.pass = (0,_core_config_url_js__WEBPACK_IMPORTED_MODULE_0__/* .decoded */ .DH)(u.password);
    return target;
}
/** Where a mail goes, for spacing and ordering: the server without credentials ("smtp://mail.example.com:587"). */
function destinationOf(url) {
    const t = parseSmtpUrl(url);
    if ('error' in t)
        return 'smtp:invalid';
    return `smtp://${t.host.includes(':') ? `[${t.host}]` : t.host}:${t.port}`;
}


/***/ })

};
