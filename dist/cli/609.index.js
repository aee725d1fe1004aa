export const id = 609;
export const ids = [609];
export const modules = {

/***/ 8609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  channelType: () => (/* binding */ channelType)
});

;// CONCATENATED MODULE: ./src/core/slack/preview.ts
function unmrkdwn(s) {
    return s
        .replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)')
        .replace(/:red_circle:/g, '🔴')
        .replace(/:large_orange_circle:/g, '🟠')
        .replace(/:large_blue_circle:/g, '🔵')
        .replace(/:white_check_mark:/g, '✅')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}
function previewMessage(message) {
    const out = [];
    for (const b of message.blocks) {
        if (b.type === 'header')
            out.push(String(b.text.text), '');
        else if (b.type === 'section')
            out.push(unmrkdwn(b.text.text), '');
        else if (b.type === 'context')
            out.push(unmrkdwn(b.elements.map((e) => e.text).join(' ')));
    }
    return out.join('\n').trimEnd();
}

// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/run-context.ts
var run_context = __webpack_require__(4448);
// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
// EXTERNAL MODULE: ./src/core/template.ts
var template = __webpack_require__(9153);
;// CONCATENATED MODULE: ./src/core/slack/message.ts
// Slack Block Kit digests: one message per channel per evaluation, within Slack's limits, every value escaped.






const MAX_BLOCKS = 50;
const MAX_SECTION_TEXT = 3000;
const MAX_HEADER_TEXT = 150;
const MAX_FALLBACK_TEXT = 3000;
/** Escapes text for Slack mrkdwn and plain text: & < > become entities, so nothing pings or links; bidirectional
 *  overrides are removed. */
function escapeSlack(s) {
    return (0,safe_text/* stripBidi */.J)(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Text shown literally in a code span: escaped, and a backtick (which would end the span) becomes a look-alike. */
function code(s) {
    return `\`${escapeSlack(s).replace(/`/g, 'ˋ')}\``;
}
function message_link(url, label) {
    if (!url)
        return escapeSlack(label);
    const safe = url.replace(/[<>|\s]/g, (c) => encodeURIComponent(c));
    return `<${safe}|${escapeSlack(label)}>`;
}
const SEVERITY_ICON = {
    critical: ':red_circle:',
    warning: ':large_orange_circle:',
    info: ':large_blue_circle:',
};
/** "`accuracy = 0.93` · back above 0.9 after 3 runs / 2 h"; change rules also show the baseline and the change. */
function valueLine(e, rule) {
    const unit = e.baseline === null ? undefined : rule?.change?.unit;
    const reading = (0,digest/* readingOf */.MU)(e, rule);
    const { outcome } = (0,format/* wordReading */.lD)(reading, rule?.change?.unit);
    const value = `${e.metric} = ${e.value === null ? 'missing' : (0,format/* formatNumber */.ZV)(reading.value)}`;
    if (unit === undefined)
        return `${code(value)} · ${escapeSlack(outcome)}`;
    const change = (0,format/* formatChange */.eD)(reading.change, unit);
    return `${code(value)} · baseline ${(0,format/* formatNumber */.ZV)(e.baseline)} (${escapeSlack(rule?.change?.from ?? '')}) · change ${escapeSlack(change)} · ${escapeSlack(outcome)}`;
}
function section(item, ctx) {
    const { event: e, rule } = item;
    const lines = [];
    const name = `*${escapeSlack(e.alert)}*`;
    if (e.kind === 'resolved') {
        lines.push(`:white_check_mark: ${name} resolved (${escapeSlack(e.severity)})`);
    }
    else {
        const status = e.kind === 'reminder' ? 'is still firing' : 'is firing';
        lines.push(`${SEVERITY_ICON[e.severity]} *${e.severity.toUpperCase()}* · ${name} ${status}`);
    }
    if (rule?.message)
        lines.push((0,template/* renderTemplate */.Xm)(rule.message, (0,digest/* templateValues */.nX)(e, rule, ctx), escapeSlack));
    lines.push(valueLine(e, rule));
    lines.push(`Experiment *${escapeSlack(e.experiment)}* · run ${message_link(e.runUrl ?? ctx.workflowRunUrl, e.run)}`);
    const spark = (0,format/* sparkline */.KM)(item.recent);
    if (spark)
        lines.push(`Recent: ${spark}`);
    if (rule?.description)
        lines.push(`_${escapeSlack(rule.description)}_`);
    const extras = [];
    if (rule?.runbook)
        extras.push(message_link(rule.runbook, 'Runbook'));
    const labels = Object.entries(rule?.labels ?? {});
    if (labels.length)
        extras.push(labels.map(([k, v]) => `\`${escapeSlack(k)}=${escapeSlack(v)}\``).join(' '));
    if (extras.length)
        lines.push(extras.join(' · '));
    if (item.late)
        lines.push(`_Sent late: ${digest/* LATE_WORDS */.HM[item.late]} (event of ${escapeSlack(e.at)})._`);
    return (0,digest/* truncate */.xv)(lines.join('\n'), MAX_SECTION_TEXT);
}
/** One part of the run's context in mrkdwn: names in code spans, links escaped. */
function contextPart(p) {
    if (p.code)
        return code(p.text);
    return p.url ? message_link(p.url, p.text) : escapeSlack(p.text);
}
/** The run's context (repository, branch, workflow run, commit, pull request) as one mrkdwn line. */
function contextLine(ctx) {
    return (0,run_context/* renderContext */.w)((0,run_context/* contextGroups */._)(ctx), contextPart);
}
function buildDigest(items, channel, ctx) {
    const ordered = (0,digest/* orderItems */.TT)(items);
    const { firing } = (0,digest/* digestCounts */.Zw)(ordered);
    // A pull request's run says so first thing: what it reports is that pull request's, not the main line's.
    const from = ctx.pullRequest !== undefined ? ` · PR #${ctx.pullRequest}` : '';
    const header = (0,digest/* truncate */.xv)(`${firing ? '🚨' : '✅'} metric-alerts: ${(0,digest/* countsText */.WN)((0,digest/* digestCounts */.Zw)(ordered))}${from}`, MAX_HEADER_TEXT);
    const mentions = firing > 0 ? channel.mentions : [];
    const reserved = 2 + (mentions.length ? 1 : 0); // header, context, mentions
    let shown = ordered;
    let hidden = 0;
    if (ordered.length > MAX_BLOCKS - reserved) {
        shown = ordered.slice(0, MAX_BLOCKS - reserved - 1);
        hidden = ordered.length - shown.length;
    }
    const blocks = [{ type: 'header', text: { type: 'plain_text', text: header, emoji: true } }];
    for (const item of shown)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: section(item, ctx) } });
    if (hidden > 0)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `…and ${hidden} more (see the job summary)` } });
    if (mentions.length)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `cc ${mentions.join(' ')}` } });
    const context = [contextLine(ctx), 'metric-alerts'].filter(Boolean).join(' · ');
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: (0,digest/* truncate */.xv)(context, MAX_SECTION_TEXT) }] });
    let text = `metric-alerts: ${ordered.slice(0, 10).map(digest/* plainLine */.h0).join('; ')}`;
    if (ordered.length > 10)
        text += `; and ${ordered.length - 10} more`;
    text = (0,digest/* truncate */.xv)(escapeSlack(text), MAX_FALLBACK_TEXT);
    if (mentions.length)
        text = `${mentions.join(' ')} ${text}`;
    return { text, blocks };
}
const NOTE_ICON = { info: ':information_source:', warning: ':warning:', critical: ':rotating_light:' };
/** A note (test-channels' "wired up", an ad-hoc message): its title and text, escaped, with the run's context. */
function buildNote(channelName, note, ctx) {
    const text = (0,digest/* truncate */.xv)(escapeSlack(`${note.title}: ${note.text}`), MAX_FALLBACK_TEXT);
    const body = `${NOTE_ICON[note.level]} *${escapeSlack(note.title)}*\n${escapeSlack(note.text)}`;
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: (0,digest/* truncate */.xv)(body, MAX_SECTION_TEXT) } }];
    const context = [contextLine(ctx), `channel ${code(channelName)}`].filter(Boolean).join(' · ');
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: (0,digest/* truncate */.xv)(context, MAX_SECTION_TEXT) }] });
    return { text, blocks };
}

// EXTERNAL MODULE: ./src/core/history/ledger.ts
var ledger = __webpack_require__(355);
;// CONCATENATED MODULE: ./src/channels/http-answer.ts
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
/** One line of at most 200 characters (an answer's body in a warning). */
function clip(s) {
    const one = s.replace(/\s+/g, ' ').trim();
    return one.length > 200 ? `${one.slice(0, 197)}...` : one;
}

;// CONCATENATED MODULE: ./src/channels/slack/webhook.ts
// Slack incoming webhooks: one Block Kit digest per channel per evaluation (SPEC §5). Success is 200 with the body
// `ok`; Slack names a refused payload in the body (invalid_payload, channel_not_found, ...).



function renderWebhook(batch) {
    const url = batch.channel.url;
    return [
        {
            events: batch.items.map((i) => (0,ledger/* eventId */.Q6)(i.event)),
            destination: url,
            request: { url, message: buildDigest(batch.items, batch.channel, batch.ctx) },
        },
    ];
}
function noteWebhook(channel, note, ctx) {
    const url = channel.url;
    return { events: [], destination: url, request: { url, message: buildNote(channel.name, note, ctx) } };
}
async function sendWebhook(request, sx) {
    const answer = await sx.http.request(request.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(request.message),
    }, sx.signal);
    return classifyHttp(answer, { ok: (a) => a.status === 200 && a.body.trim() === 'ok' });
}

;// CONCATENATED MODULE: ./src/channels/slack/index.ts


const channelType = {
    type: 'slack',
    grouping: 'digest',
    render: renderWebhook,
    note: noteWebhook,
    send: sendWebhook,
    preview: (request) => previewMessage(request.message),
};


/***/ })

};
