export const id = 134;
export const ids = [134];
export const modules = {

/***/ 2134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildPrComment: () => (/* binding */ buildPrComment),
/* harmony export */   prCommentMarker: () => (/* binding */ prCommentMarker)
/* harmony export */ });
/* unused harmony exports MAX_COMMENT_CHARS, prCell */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6228);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4448);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4201);



/** GitHub refuses comment bodies over 65,536 characters. */
const MAX_COMMENT_CHARS = 65_536;
const ZWSP = '\u200B';
/** The hidden first line that finds the comment again: one per `config` path (percent-encoded: no `--` or `>`). */
function prCommentMarker(config) {
    const key = encodeURIComponent(config).replace(/[-!']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return `<!-- metric-alerts:pr-comment config=${key} -->`;
}
/**
 * A table cell of untrusted text: mdCell's escaping, then nothing GitHub would turn into a notification or a link:
 * `@name` (mentions, team mentions), `#12`/`GH-12`/`owner/repo#12` (references), `https://…` and `www.` (autolinks).
 */
function prCell(s) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .c)(s)
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
        .replace(/:(?=\/\/)/g, `:${ZWSP}`)
        .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
const STATE = {
    firing: '🔴 firing',
    pending: '🟡 pending',
    ok: '🟢 ok',
    'no data': '⚪ no data',
    'no baseline': '⚪ no baseline',
};
function row(r) {
    const unit = r.rule.change?.unit;
    const state = `${STATE[r.state]}${r.event ? ` · ${r.event}` : ''}`;
    const cells = [
        state,
        prCell(r.alert),
        prCell(r.experiment),
        prCell((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .subjectOf */ .et)(r)),
        prCell((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(r, unit)),
        prCell((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .conditionText */ .D3)(r, unit)),
    ];
    return `| ${cells.join(' | ')} |`;
}
function rank(r) {
    return { firing: 0, pending: 1, 'no data': 2, 'no baseline': 3, ok: 4 }[r.state];
}
/**
 * The run's context: names (branch, workflow) escaped as cells; linked parts are the action's own labels (repository,
 * run number, commit, "PR #12") for URLs built from the server, repository and run, so they keep their text.
 */
function contextLine(ctx) {
    return (0,_run_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderContext */ .w)((0,_run_context_js__WEBPACK_IMPORTED_MODULE_2__/* .contextGroups */ ._)(ctx), (p) => (p.url ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdLink */ .Y)(p.text, p.url) : prCell(p.text)));
}
function headLines(input) {
    const c = input.counts;
    const stats = [`**${c.firing} firing**`, `${c.triggered} triggered`, `${c.checked} checked`];
    const lines = [
        prCommentMarker(input.config),
        input.baseRef
            ? `### metric-alerts: what would fire on ${prCell(input.baseRef)}`
            : '### metric-alerts: what would fire once merged',
        '',
        stats.join(' · '),
        '',
    ];
    const context = contextLine(input.ctx);
    if (context)
        lines.push(context, '');
    lines.push(`Rules: \`${input.config.replace(/`/g, "'").replace(/[\r\n]/g, ' ')}\` · updated on every run.`, '');
    return lines;
}
/** The comment's body, within `limit` characters (UTF-16 units, never fewer than GitHub counts): rows cut with "…and N more". */
function buildPrComment(input, limit = MAX_COMMENT_CHARS) {
    const lines = headLines(input);
    const order = [...input.results].sort((a, b) => rank(a) - rank(b));
    if (order.length === 0)
        return `${[...lines, 'No alert instance was evaluated.'].join('\n')}\n`;
    lines.push('| State | Alert | Experiment | Metric | Value | Condition |', '|---|---|---|---|---|---|');
    // Room kept for the "…and N more" line.
    let size = lines.join('\n').length + 120;
    let shown = 0;
    for (const r of order) {
        const line = row(r);
        if (size + line.length + 1 > limit)
            break;
        lines.push(line);
        size += line.length + 1;
        shown++;
    }
    if (shown < order.length)
        lines.push('', `_…and ${order.length - shown} more (cut to stay within GitHub's comment limit)._`);
    return `${lines.join('\n')}\n`;
}


/***/ })

};
