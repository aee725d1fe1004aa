export const id = 1;
export const ids = [1];
export const modules = {

/***/ 4001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SKIPPED_IN_ACTIONS: () => (/* binding */ SKIPPED_IN_ACTIONS),
  channelType: () => (/* binding */ channelType)
});

// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __webpack_require__(5543);
// EXTERNAL MODULE: ./src/core/history/ledger.ts
var ledger = __webpack_require__(355);
// EXTERNAL MODULE: ./src/core/run-context.ts
var run_context = __webpack_require__(4448);
// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __webpack_require__(3712);
;// CONCATENATED MODULE: ./src/channels/desktop/render.ts
// What a desktop notification shows: a short title and a few plain lines. Pure. The text is plain (no surface markup
// here); bidirectional and other control characters are removed, and each platform's command escapes what it must.




const DESTINATION = 'desktop';
const MAX_TITLE = 100;
const MAX_BODY = 1000;
/** Events listed by name in one notification; the rest are counted. */
const MAX_LINES = 5;
/** One event's line: the count of the rest and the context always fit in MAX_BODY after MAX_LINES of them. */
const MAX_LINE = 150;
const URGENCY = { info: 'low', warning: 'normal', critical: 'critical' };
/** Controls other than the line break (and tab, as a space) removed, bidi removed: text from artifacts shows as text. */
function plainText(s, multiline) {
    const flat = (0,safe_text/* stripBidi */.J)(s).replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
    // eslint-disable-next-line no-control-regex
    const clean = flat.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '');
    return multiline ? clean : clean.replace(/\n+/g, ' ');
}
function contextText(ctx) {
    return (0,run_context/* renderContext */.w)((0,run_context/* contextGroups */._)(ctx), (p) => p.text);
}
function clipBody(lines) {
    return (0,digest/* truncate */.xv)(plainText(lines.filter(Boolean).join('\n'), true), MAX_BODY);
}
/** One notification for every event of the batch: the counts as its title, an event a line, critical first. */
function renderDesktop(batch) {
    if (batch.items.length === 0)
        return [];
    const ordered = (0,digest/* orderItems */.TT)(batch.items);
    const counts = (0,digest/* digestCounts */.Zw)(ordered);
    const from = batch.ctx.pullRequest !== undefined ? ` · PR #${batch.ctx.pullRequest}` : '';
    const lines = ordered.slice(0, MAX_LINES).map((item) => {
        const late = item.late ? ` (sent late: ${digest/* LATE_WORDS */.HM[item.late]})` : '';
        return (0,digest/* truncate */.xv)(plainText(`${item.event.severity.toUpperCase()} ${(0,digest/* plainLine */.h0)(item)}${late}`, false), MAX_LINE);
    });
    if (ordered.length > MAX_LINES)
        lines.push(`…and ${ordered.length - MAX_LINES} more`);
    lines.push((0,digest/* truncate */.xv)(plainText(contextText(batch.ctx), false), MAX_LINE));
    const request = {
        title: (0,digest/* truncate */.xv)(plainText(`metric-alerts: ${(0,digest/* countsText */.WN)(counts)}${from}`, false), MAX_TITLE),
        body: clipBody(lines),
        urgency: counts.firing ? URGENCY[counts.worst] : 'low',
    };
    return [{ events: ordered.map((i) => (0,ledger/* eventId */.Q6)(i.event)), destination: DESTINATION, request }];
}
/** A note (test-channels' "wired up", an ad-hoc message): its title, its text and the run's context. */
function renderDesktopNote(note, ctx) {
    const request = {
        title: (0,digest/* truncate */.xv)(plainText(note.title, false), MAX_TITLE) || 'metric-alerts',
        body: clipBody([note.text, plainText(contextText(ctx), false)]),
        urgency: URGENCY[note.level],
    };
    return { events: [], destination: DESTINATION, request };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/channels/http-answer.ts
var http_answer = __webpack_require__(4857);
;// CONCATENATED MODULE: ./src/channels/desktop/send.ts
// Shows a notification with the platform's own command, run with execFile: never through a shell, the text only ever
// as an argument (notify-send, osascript) or an environment variable (PowerShell), never inside a script.


/** Markup a notification server may read in a body (the freedesktop spec's subset of HTML): shown as text instead. */
function escapeMarkup(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Linux and the BSDs: libnotify's notify-send; `--` ends the options, so no text is read as a flag. */
function notifySend(r) {
    return {
        file: 'notify-send',
        args: ['--app-name=metric-alerts', `--urgency=${r.urgency}`, '--', r.title, escapeMarkup(r.body)],
        missing: 'notify-send not found: install libnotify-bin (Debian, Ubuntu) or libnotify (Fedora, Arch)',
    };
}
/**
 * The AppleScript is constant: the text arrives as the run handler's argv. A fixed first argument comes before the
 * text, so osascript's option parsing has stopped before any text (which could start with "-") is reached.
 */
const OSASCRIPT_LINES = [
    'on run argv',
    'display notification (item 3 of argv) with title (item 2 of argv)',
    'end run',
];
function osascript(r) {
    return {
        file: 'osascript',
        args: [...OSASCRIPT_LINES.flatMap((l) => ['-e', l]), 'metric-alerts', r.title, r.body],
        missing: 'osascript not found: it comes with macOS',
    };
}
const TOAST_TITLE_VAR = 'METRIC_ALERTS_TOAST_TITLE';
const TOAST_BODY_VAR = 'METRIC_ALERTS_TOAST_BODY';
/** Windows PowerShell's own app id: toasts of an unregistered app id are not shown. */
const POWERSHELL_APP_ID = '{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\\WindowsPowerShell\\v1.0\\powershell.exe';
/** A constant script: the text is read from the environment and added as XML text nodes, never parsed as XML. */
const TOAST_SCRIPT = [
    "$ErrorActionPreference = 'Stop'",
    '$m = [Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime]',
    '$xml = $m::GetTemplateContent([Windows.UI.Notifications.ToastTemplateType]::ToastText02)',
    "$texts = $xml.GetElementsByTagName('text')",
    `$null = $texts.Item(0).AppendChild($xml.CreateTextNode($env:${TOAST_TITLE_VAR}))`,
    `$null = $texts.Item(1).AppendChild($xml.CreateTextNode($env:${TOAST_BODY_VAR}))`,
    `$m::CreateToastNotifier('${POWERSHELL_APP_ID}').Show([Windows.UI.Notifications.ToastNotification]::new($xml))`,
].join('\n');
function powershell(r) {
    return {
        file: 'powershell.exe',
        args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', TOAST_SCRIPT],
        env: { [TOAST_TITLE_VAR]: r.title, [TOAST_BODY_VAR]: r.body },
        missing: 'powershell.exe not found: it comes with Windows',
    };
}
/** The command that shows `request` on `platform` (process.platform). Pure. */
function desktopCommand(platform, request) {
    if (platform === 'darwin')
        return osascript(request);
    if (platform === 'win32')
        return powershell(request);
    return notifySend(request);
}
/** Runs the command once: exit 0 is success; a missing command or another exit is final; a timeout is retried. */
function runDesktopCommand(cmd, opts) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(cmd.file, cmd.args, {
            env: { ...opts.env, ...cmd.env },
            signal: opts.signal,
            timeout: opts.timeoutMs,
            windowsHide: true,
            maxBuffer: 64 * 1024,
        }, (err, _stdout, stderr) => {
            if (!err)
                return resolve({ outcome: 'success' });
            if (err.code === 'ENOENT')
                return resolve({ outcome: 'final', error: cmd.missing });
            if (err.name === 'AbortError' || opts.signal.aborted)
                return resolve({ outcome: 'retry', error: `${cmd.file} did not finish in time` });
            const why = (0,http_answer/* clip */.$Q)(String(stderr)) || err.message;
            const exit = typeof err.code === 'number' ? `exited with ${err.code}` : 'failed';
            return resolve({ outcome: 'final', error: (0,http_answer/* clip */.$Q)(`${cmd.file} ${exit}: ${why}`) });
        });
    });
}

;// CONCATENATED MODULE: ./src/channels/desktop/index.ts


const SKIPPED_IN_ACTIONS = 'desktop notifications are for local use with the CLI: skipped in GitHub Actions';
const channelType = {
    type: 'desktop',
    grouping: 'digest',
    render: (batch) => renderDesktop(batch),
    note: (_channel, note, ctx) => renderDesktopNote(note, ctx),
    skip: (_channel, env) => (env.GITHUB_ACTIONS === 'true' ? SKIPPED_IN_ACTIONS : undefined),
    send: (request, sx) => runDesktopCommand(desktopCommand(process.platform, request), {
        signal: sx.signal,
        timeoutMs: sx.timeoutMs,
        env: process.env,
    }),
    preview: (request) => `${request.title}\n${request.body}`,
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


/***/ })

};
