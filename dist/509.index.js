export const id = 509;
export const ids = [509];
export const modules = {

/***/ 3509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sendMail: () => (/* binding */ sendMail)
/* harmony export */ });
/* harmony import */ var _app_redactor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8063);
/* harmony import */ var _http_answer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4857);
/* harmony import */ var _smtp_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5303);
// One SMTP attempt with nodemailer (loaded here, on the first mail of a run, never by a run that sends none), and
// what its answer means: a 250 to the message is success; a 4xx reply or a network error is retried; a 5xx reply
// (550 mailbox unavailable, 535 authentication failed), a refused STARTTLS that the URL required and a certificate
// that does not verify are final. Errors name the SMTP code and the server's text, never the password or the URL.



async function sendMail(request, sx) {
    const { channel } = sx;
    const redactor = secretsOf(channel);
    const target = (0,_smtp_url_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSmtpUrl */ .N)(channel.smtp);
    if ('error' in target)
        return { outcome: 'final', error: target.error };
    const { createTransport } = await __webpack_require__.e(/* import() */ 739).then(__webpack_require__.bind(__webpack_require__, 6739));
    const transport = createTransport(transportOptions(target, channel, sx.timeoutMs));
    try {
        const info = await transport.sendMail({
            from: channel.from,
            to: channel.to,
            subject: request.subject,
            text: request.text,
            html: request.html,
            headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
            ...threading(request.references),
            disableFileAccess: true,
            disableUrlAccess: true,
            signal: sx.signal,
        });
        return accepted(info, redactor);
    }
    catch (err) {
        return classify(err, { target, redactor });
    }
    finally {
        transport.close();
    }
}
function transportOptions(target, channel, timeoutMs) {
    const user = channel.username ?? target.user;
    const pass = channel.password ?? target.pass;
    return {
        host: target.host,
        port: target.port,
        secure: target.tls === 'implicit',
        requireTLS: target.tls === 'required',
        ...(user !== undefined || pass !== undefined ? { auth: { user: user ?? '', pass: pass ?? '' } } : {}),
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
        dnsTimeout: timeoutMs,
        logger: false,
        debug: false,
    };
}
function threading(references) {
    if (references.length === 0)
        return {};
    return { inReplyTo: references[references.length - 1], references: [...references] };
}
/** Everything an error could leak: the URL, its user-info, the password (as written and percent-decoded). */
function secretsOf(channel) {
    const r = new _app_redactor_js__WEBPACK_IMPORTED_MODULE_1__/* .Redactor */ .p();
    r.add(channel.smtp);
    if (channel.password)
        r.add(channel.password);
    const target = (0,_smtp_url_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSmtpUrl */ .N)(channel.smtp);
    if (!('error' in target) && target.pass)
        r.add(target.pass);
    try {
        const u = new URL(channel.smtp);
        if (u.password)
            r.add(`${u.username}:${u.password}`);
        if (u.password)
            r.add(u.password);
    }
    catch {
        // Not a URL: parseSmtpUrl already said so.
    }
    return r;
}
function accepted(info, r) {
    const status = replyCode(info.response) ?? 250;
    const attempt = { outcome: 'success', status };
    if (typeof info.messageId === 'string' && info.messageId)
        attempt.ref = info.messageId;
    const rejected = (info.rejected ?? []).map(String);
    if (rejected.length)
        attempt.note = r.apply((0,_http_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(`not accepted for ${rejected.join(', ')}`));
    return attempt;
}
function replyCode(response) {
    const m = /^([2-5]\d\d)\b/.exec(response ?? '');
    return m ? Number(m[1]) : undefined;
}
/** Network and protocol failures that a later attempt can get past. */
const TRANSIENT = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EPROXY', 'EABORT', 'ESTREAM', 'EPROTOCOL']);
function classify(err, { target, redactor: r }) {
    const status = err.responseCode ?? replyCode(err.response);
    const tls = tlsProblem(err, target);
    if (tls)
        return { outcome: 'final', error: r.apply((0,_http_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(tls)) };
    if (err.command === 'STARTTLS' && status !== undefined)
        return starttlsRefused(err, status, { target, redactor: r });
    if (status !== undefined && status >= 400) {
        const error = r.apply((0,_http_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(`SMTP ${err.response ?? status}${stageOf(err.command)}`));
        return status < 500 ? { outcome: 'retry', status, error } : { outcome: 'final', status, error };
    }
    const code = err.originalCode ?? err.code ?? 'error';
    const what = err.code === 'EABORT'
        ? 'aborted (the request timed out)'
        : err.code === 'ETIMEDOUT'
            ? `no answer in time${err.timeoutType ? ` (${err.timeoutType})` : ''}`
            : firstClause(err.message ?? 'failed');
    const error = r.apply((0,_http_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(`SMTP ${code}: ${what}`));
    // EAUTH/ENOAUTH without a reply, EENVELOPE (no valid recipient), EMESSAGE, ECONFIG, ETLS: the same mail fails again.
    return err.code === undefined || TRANSIENT.has(err.code) ? { outcome: 'retry', error } : { outcome: 'final', error };
}
/** " (to RCPT TO)", " (greeting)": the step the server refused, never a command's arguments (AUTH PLAIN carries the
 *  credentials). */
function stageOf(command) {
    if (!command)
        return '';
    if (command === 'CONN')
        return ' (greeting)';
    const words = command.split(/[\s:]+/);
    const step = /^(MAIL|RCPT|AUTH)$/i.test(words[0] ?? '') ? words.slice(0, 2).join(' ') : (words[0] ?? '');
    return /^[A-Za-z0-9 -]{1,20}$/.test(step) ? ` (to ${step})` : '';
}
/** Node's TLS verification codes: a certificate that does not verify stays so until someone changes it. */
const CERTIFICATE_CODE = /CERT|SELF_SIGNED|VERIFY|ALTNAME|HOSTNAME_MISMATCH|ISSUER/;
const CERTIFICATE_TEXT = /certificate|self[- ]signed|altname|unable to verify|issuer/i;
/** A certificate that does not verify, or a server that does not speak TLS where the URL says it does: final. */
function tlsProblem(err, target) {
    const code = err.originalCode ?? '';
    const detail = firstClause((err.message ?? '').replace(/^Error initiating TLS - /, ''));
    if (CERTIFICATE_CODE.test(code) || (err.code === 'ETLS' && CERTIFICATE_TEXT.test(err.message ?? '')))
        return `TLS failed: the server's certificate does not verify (${code ? `${code}: ` : ''}${detail}); a private CA is trusted through NODE_EXTRA_CA_CERTS`;
    if (/^ERR_SSL_/.test(code) && target.tls === 'implicit')
        return `TLS failed: the server does not speak TLS on port ${target.port} (${code}); smtps:// is TLS from the first byte, use smtp+starttls:// for a server that offers STARTTLS`;
    return undefined;
}
function starttlsRefused(err, status, { target, redactor: r }) {
    // The server answered STARTTLS with an error, or does not know it (smtp+starttls:// sends it even when not offered).
    const why = target.tls === 'required'
        ? 'TLS was required (smtp+starttls://) but the server refused STARTTLS'
        : 'the server offered STARTTLS, then refused it';
    const error = r.apply((0,_http_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(`${why}: SMTP ${err.response ?? status}`));
    return status >= 400 && status < 500 ? { outcome: 'retry', status, error } : { outcome: 'final', status, error };
}
/** Node's messages add advice after a semicolon ("...; try running Node.js with --use-system-ca"): the fact only. */
function firstClause(message) {
    return message.split(';')[0].trim();
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
