export const id = 83;
export const ids = [83];
export const modules = {

/***/ 3083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compileRules: () => (/* binding */ compileRules)
});

// UNUSED EXPORTS: DEFAULT_CHANNEL, MAX_CONFIG_BYTES, checkUrl, loadConfig

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/baseline.ts
var baseline = __webpack_require__(288);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/core/records.ts
var records = __webpack_require__(5033);
// EXTERNAL MODULE: ./src/core/template.ts
var template = __webpack_require__(9153);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/config/rules.ts + 1 modules
var rules = __webpack_require__(5424);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/registries.js
var registries = __webpack_require__(9396);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 5 modules
var schemas = __webpack_require__(8395);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./src/core/silences.ts
var silences = __webpack_require__(4023);
// EXTERNAL MODULE: ./src/core/config/channel-fields.ts
var channel_fields = __webpack_require__(2491);
;// CONCATENATED MODULE: ./src/core/config/schema.ts
// The one definition of alerts.yml: the loader validates with it and the JSON Schema is generated from it.





const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const DURATION_PATTERN = /^[1-9][0-9]*(s|m|h|d|w)$/;
const OPS = ['<', '>', '<=', '>=', '==', '!=', '='];
const ON_MISSING = ['ignore', 'warn', 'alert', 'fail'];
const REDUCERS = ['last', 'min', 'max', 'mean'];
const BASELINES = ['previous', 'min', 'max', 'mean', 'median'];
const UNITS = ['absolute', 'percent', 'sigma'];
/** A schema with its description for the JSON Schema (each schema instance is described once). */
function described(schema, description) {
    registries/* globalRegistry */.fd.add(schema, { description });
    return schema;
}
const optional = (schema, description) => described(schemas/* optional */.lqM(schema), description);
const schema_name = () => schemas/* string */.YjP().check(api/* _regex */.Fk(NAME_PATTERN));
const finite = () => schemas/* number */.aig();
const count = (max) => schemas/* int */.Whr().check(api/* _gte */.qm(1), api/* _lte */.Zm(max));
const schema_text = (max) => schemas/* string */.YjP().check(api/* _maxLength */.Eb(max));
function fieldSchema(spec) {
    const base = (0,channel_fields/* isListKind */.BB)(spec.kind)
        ? schemas/* array */.YOg(schemas/* string */.YjP().check(api/* _minLength */.m9(1), api/* _maxLength */.Eb(2000))).check(api/* _maxLength */.Eb(100))
        : schemas/* string */.YjP().check(api/* _minLength */.m9(1), api/* _maxLength */.Eb(4000));
    registries/* globalRegistry */.fd.add(base, { description: spec.description });
    return spec.required ? base : schemas/* optional */.lqM(base);
}
function typeSchema(type) {
    const spec = channel_fields/* CHANNEL_TYPES */.s8[type];
    const shape = { type: schemas/* literal */.euz(type) };
    for (const [name, field] of Object.entries(spec.fields))
        shape[name] = fieldSchema(field);
    const schema = schemas/* strictObject */.rej(shape);
    registries/* globalRegistry */.fd.add(schema, { description: spec.description });
    return schema;
}
/** Every type's fields, told apart by `type`. */
const channelSchema = schemas/* discriminatedUnion */.gMt('type', channel_fields/* CHANNEL_TYPE_NAMES */.UI.map(typeSchema));
registries/* globalRegistry */.fd.add(channelSchema, { description: 'A named destination for notifications (SPEC §5).' });
const change = described(schemas/* strictObject */.rej({
    from: described(schemas/* enum */.k5n(BASELINES), 'Baseline over the earlier runs in the window.'),
    window: optional(count(1000), 'Earlier runs of the same experiment to use (default 1 for previous, 10 otherwise).'),
    unit: optional(schemas/* enum */.k5n(UNITS), 'absolute: value - baseline; percent: relative change in %; sigma (with from: mean): (value - mean) / the sample standard deviation of the window, at least 3 earlier runs.'),
}), 'Compare the change against a baseline instead of the value itself.');
/** Fields an alert may take from `defaults`. */
const overridable = () => ({
    description: optional(schema_text(2000), 'Shown in messages.'),
    runbook: optional(schema_text(2000), 'https URL linked in messages.'),
    experiment: optional(schemas/* string */.YjP().check(api/* _minLength */.m9(1), api/* _maxLength */.Eb(256)), 'Experiment name or glob with * and ?. Omitted: every experiment.'),
    severity: optional(schemas/* enum */.k5n(types/* SEVERITIES */.oC), 'Default warning.'),
    enabled: optional(schemas/* boolean */.zMY(), 'false: kept and shown as disabled, never evaluated.'),
    channels: optional(schemas/* array */.YOg(schemas/* string */.YjP()), 'Channel names to notify.'),
    for: optional(count(1000), 'Consecutive breaching runs before it fires.'),
    repeat: optional(schemas/* union */.KCZ([schemas/* enum */.k5n(['never', 'every-run']), schemas/* string */.YjP().check(api/* _regex */.Fk(DURATION_PATTERN))]), 'While still firing on a later run: never, every-run, or a duration like 30m, 6h, 1d.'),
    'notify-resolved': optional(schemas/* boolean */.zMY(), 'Post once when it stops breaching.'),
    'recover-threshold': optional(finite(), 'Once firing, resolve only when the value is on the good side of this.'),
    'on-missing': optional(schemas/* enum */.k5n(ON_MISSING), 'The latest run lacks the metric.'),
    reduce: optional(schemas/* enum */.k5n(REDUCERS), 'How a list of values becomes one.'),
    change: schemas/* optional */.lqM(change),
    message: optional(schema_text(2000), 'Template with {{name}} placeholders.'),
    labels: optional(schemas/* record */.g1P(schemas/* string */.YjP().check(api/* _minLength */.m9(1), api/* _maxLength */.Eb(64)), schema_text(200)), 'String map shown in messages (keys up to 64 characters, values up to 200).'),
});
const alertSchema = described(schemas/* strictObject */.rej({
    name: described(schema_name(), 'Unique name of the alert.'),
    metric: optional(schemas/* string */.YjP().check(api/* _minLength */.m9(1), api/* _maxLength */.Eb(256)), 'Dotted path into the run metrics, e.g. eval.accuracy (a threshold rule: with op and threshold).'),
    op: optional(schemas/* enum */.k5n(OPS), 'Comparison; "=" means ==.'),
    threshold: optional(finite(), 'Finite number compared with the value (or the change).'),
    status: optional(schemas/* array */.YOg(schemas/* string */.YjP().check(api/* _minLength */.m9(1), api/* _maxLength */.Eb(64))).check(api/* _minLength */.m9(1), api/* _maxLength */.Eb(10)), `A status rule (no metric): breaches when the latest run's status is one of these (case-insensitive): ${types/* RUN_STATUSES */.LV.join(', ')}.`),
    stale: optional(schemas/* string */.YjP().check(api/* _regex */.Fk(DURATION_PATTERN)), "A stale rule (no metric; needs history): breaches when the experiment's newest run is older than this duration, like 36h or 2d."),
    ...overridable(),
}), 'One alert rule.');
const defaultsSchema = described(schemas/* strictObject */.rej(overridable()), 'Defaults for every alert.');
const historySchema = described(schemas/* strictObject */.rej({
    'keep-runs': optional(count(100000), 'Earlier runs kept per experiment.'),
    'keep-events': optional(count(100000), 'Events kept per alert instance.'),
}), 'Retention of the history ledger.');
const glob = (description) => optional(schemas/* string */.YjP().check(api/* _minLength */.m9(1), api/* _maxLength */.Eb(256)), description);
const silenceSchema = described(schemas/* strictObject */.rej({
    alerts: glob('Alert name or glob with * and ?. Omitted: every alert.'),
    experiments: glob('Experiment name or glob with * and ?. Omitted: every experiment.'),
    until: optional(schemas/* string */.YjP().check(api/* _regex */.Fk(silences/* UNTIL_PATTERN */.WT)), 'Silenced until this time (exclusive): ISO 8601 with a zone, e.g. 2026-03-09T06:00:00Z or 2026-03-09T08:00+02:00.'),
    every: optional(schemas/* string */.YjP().check(api/* _regex */.Fk(silences/* EVERY_PATTERN */.rH)), 'A weekly window in wall-clock time, the end exclusive: "Sat 00:00 - Mon 06:00" (days Mon..Sun, 24-hour times).'),
    timezone: optional(schemas/* string */.YjP().check(api/* _minLength */.m9(1), api/* _maxLength */.Eb(64)), 'IANA time zone of `every`, e.g. Europe/Berlin (default UTC).'),
    reason: described(schemas/* string */.YjP().check(api/* _minLength */.m9(1), api/* _maxLength */.Eb(500)), 'Why: shown in the job summary.'),
}), 'Hold back the notifications of matching alert instances: their events are recorded (silenced) and not sent. Set until or every.');
const fileSchema = schemas/* strictObject */.rej({
    version: described(schemas/* literal */.euz(1), 'Format version; only 1 exists.'),
    channels: schemas/* optional */.lqM(schemas/* record */.g1P(schema_name(), channelSchema)),
    defaults: schemas/* optional */.lqM(defaultsSchema),
    history: schemas/* optional */.lqM(historySchema),
    alerts: schemas/* array */.YOg(alertSchema),
    silences: optional(schemas/* array */.YOg(silenceSchema).check(api/* _maxLength */.Eb(1000)), 'Silences (SPEC §4): muted alert instances.'),
})
    .register(registries/* globalRegistry */.fd, { title: 'metric-alerts alerts.yml', description: 'Alert rules for metric-alerts.' });
/** Known keys of each kind of mapping, for "did you mean" suggestions. */
const KNOWN_KEYS = {
    file: Object.keys(fileSchema.shape),
    alert: Object.keys(alertSchema.shape),
    defaults: Object.keys(defaultsSchema.shape),
    history: Object.keys(historySchema.shape),
    change: Object.keys(change.shape),
    silence: Object.keys(silenceSchema.shape),
};
/** An alert is one kind of rule (the loader says which fields are missing or not used, with positions). */
const ONE_RULE_KIND = [{ required: ['metric', 'op', 'threshold'] }, { required: ['status'] }, { required: ['stale'] }];
function jsonSchema() {
    const schema = z.toJSONSchema(fileSchema, { target: 'draft-2020-12', io: 'input' });
    const alerts = schema.properties.alerts;
    return {
        ...schema,
        properties: { ...schema.properties, alerts: { ...alerts, items: { ...alerts.items, oneOf: ONE_RULE_KIND } } },
    };
}

// EXTERNAL MODULE: ./src/core/config/silences.ts
var config_silences = __webpack_require__(3828);
;// CONCATENATED MODULE: ./src/core/config/yaml-positions.ts
// Maps a path in the parsed value back to a line and column in the YAML text.

function resolve(doc, node) {
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node;
}
/** The node at `path` (or its key, with `key: true`); the deepest existing ancestor when the path goes further. */
function locate(doc, lc, path, opts = {}) {
    let node = doc.contents;
    let best = doc.contents ?? undefined;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        node = resolve(doc, node);
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                break;
            const last = i === path.length - 1;
            if (last && opts.key && pair.key && (0,dist/* isScalar */.jn)(pair.key)) {
                best = pair.key;
                break;
            }
            node = pair.value;
            best = pair.value ?? pair.key;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
            const item = node.items[seg];
            if (item === undefined)
                break;
            node = item;
            best = item;
        }
        else {
            break;
        }
    }
    const offset = best?.range?.[0] ?? 0;
    const pos = lc.linePos(offset);
    return { line: pos.line, col: pos.col };
}

;// CONCATENATED MODULE: ./src/core/config/load.ts
// alerts.yml text -> compiled rules (YAML parser and schema), or every problem of the file as a positioned diagnostic;
// loadConfig binds them to the environment (rules.ts) in one go.













const MAX_ALIASES = 100;
/** YAML syntax errors shown; the ones after the first are mostly its echoes. */
const MAX_SYNTAX_ERRORS = 5;
function loadConfig(input) {
    const { rules, errors } = compileRules(input.text, input.file);
    return bindRules(rules, {
        file: input.file,
        env: input.env,
        ...(input.defaultWebhookUrl !== undefined ? { defaultWebhookUrl: input.defaultWebhookUrl } : {}),
        ...(input.now !== undefined ? { now: input.now } : {}),
    }, errors);
}
/** Parses and checks the file; throws a UserError when it cannot be read as rules at all. */
function compileRules(text, file) {
    const { doc, lc, raw } = parseYaml(text, file);
    const errors = [];
    const at = (path, key = false) => locate(doc, lc, path, { key });
    const err = (path, message, key = false) => errors.push({ file, ...at(path, key), message });
    // Schema errors first, then every other check on each part the schema accepts, so that one pass reports them all.
    const parsed = fileSchema.safeParse(raw, { reportInput: true });
    const issues = parsed.success ? [] : withoutImpliedBounds(parsed.error.issues);
    for (const issue of issues)
        reportIssue(issue, raw, err);
    if (!(0,records/* isRecord */.u)(raw))
        throw new diagnostics/* UserError */.yo((0,rules/* sortDiagnostics */.Ds)(errors));
    const ctx = { raw, at, err, valid: validAt(issues) };
    rejectEnvOutsideChannels(ctx);
    const channels = compileChannels(ctx);
    // Every channel written counts as defined, even one with an error of its own: that error is reported already.
    const names = new Set((0,records/* isRecord */.u)(raw.channels) ? Object.keys(raw.channels) : []);
    const defaults = (0,records/* isRecord */.u)(raw.defaults) ? raw.defaults : {};
    checkOverridable(ctx, { fields: defaults, path: ['defaults'], channels: names });
    const alerts = compileAlerts(ctx, names, ctx.valid(['defaults']) ? defaults : {});
    const kept = ctx.valid(['history']) && (0,records/* isRecord */.u)(raw.history) ? raw.history : {};
    const history = { keepRuns: kept['keep-runs'] ?? 100, keepEvents: kept['keep-events'] ?? 200 };
    const silences = (0,config_silences/* compileSilences */.WV)(ctx);
    return { rules: { channels, alerts, history, silences }, errors };
}
/** The text as a YAML document and its value; throws a UserError when it is too large, broken, empty or a bomb. */
function parseYaml(text, file) {
    if (Buffer.byteLength(text, 'utf8') > rules/* MAX_CONFIG_BYTES */.GW) {
        throw new diagnostics/* UserError */.yo([
            { file, message: `the rules file is larger than the 1 MiB limit (${Buffer.byteLength(text)} bytes)` },
        ]);
    }
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text.replace(/^\uFEFF/, ''), { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
    const errors = doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => ({
        file,
        ...lc.linePos(e.pos[0]),
        message: yamlMessage(e.code, e.message, text.slice(e.pos[0], e.pos[0] + 80)),
    }));
    if (doc.errors.length > MAX_SYNTAX_ERRORS) {
        // One broken line makes the YAML parser stumble on everything after it: the first few say where to look.
        const rest = doc.errors.length - MAX_SYNTAX_ERRORS;
        errors.push({
            file,
            message: `and ${rest} more YAML syntax error${rest === 1 ? '' : 's'} after these, most likely caused by the first`,
        });
    }
    if (errors.length > 0)
        throw new diagnostics/* UserError */.yo(errors);
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (e) {
        const message = e instanceof Error && /alias/i.test(e.message)
            ? `YAML aliases expand too far (more than ${MAX_ALIASES} alias uses): refused to protect against alias bombs`
            : `the YAML could not be read: ${e instanceof Error ? e.message : String(e)}`;
        throw new diagnostics/* UserError */.yo([{ file, line: 1, col: 1, message }]);
    }
    if (raw === null || raw === undefined) {
        throw new diagnostics/* UserError */.yo([
            { file, line: 1, col: 1, message: 'the file is empty; expected a mapping with "version: 1" and "alerts:"' },
        ]);
    }
    return { doc, lc, raw };
}
function validAt(issues) {
    const paths = issues.map((i) => i.path.map(String));
    return (path) => !paths.some((p) => p.length >= path.length && path.every((seg, k) => String(seg) === p[k]));
}
/** The channels the schema accepts, as written (their ${NAME} is resolved later, by bindRules). */
function compileChannels(ctx) {
    const { raw, at, valid } = ctx;
    if (!(0,records/* isRecord */.u)(raw.channels))
        return [];
    const out = [];
    for (const [name, value] of Object.entries(raw.channels)) {
        if (!valid(['channels', name]) || !(0,records/* isRecord */.u)(value))
            continue;
        const { type, ...written } = value;
        const path = ['channels', name];
        const fields = {};
        const where = {};
        for (const [field, v] of Object.entries(written)) {
            (0,records/* defineOwn */.k)(fields, field, v);
            (0,records/* defineOwn */.k)(where, field, Array.isArray(v) ? v.map((_x, i) => at([...path, field, i])) : at([...path, field]));
        }
        if (type === 'slack')
            checkSlackMode(ctx, path, fields);
        out.push({ name, type, fields, at: { key: at(path, true), fields: where } });
    }
    return out;
}
/** A Slack channel is an incoming webhook (url) or the Web API (token + channel), not both. */
function checkSlackMode({ err }, path, fields) {
    const name = String(path[1]);
    if (fields.url !== undefined && fields.token !== undefined)
        err([...path, 'token'], `channel "${name}": set url (an incoming webhook) or token + channel (the Web API), not both`);
    else if (fields.url === undefined && fields.token === undefined)
        err(path, `channel "${name}": a slack channel needs url (an incoming webhook) or token + channel (the Web API)`, true);
    else if (fields.token !== undefined && fields.channel === undefined)
        err(path, `channel "${name}": token needs channel (the channel id, e.g. C0123ABC, or #name)`, true);
    else if (fields.url !== undefined && (fields.channel !== undefined || fields['api-url'] !== undefined))
        err([...path, fields.channel !== undefined ? 'channel' : 'api-url'], `channel "${name}": channel and api-url are for the Web API (token); an incoming webhook posts where it was created`);
}
/**
 * Checks each alert entry on its own: its fields the schema accepts are checked (channels, templates, ...) even when
 * another field or another alert has a schema error, and a valid name takes part in the duplicate check. Only entries
 * the schema accepts as a whole are compiled.
 */
function compileAlerts(ctx, channels, defaults) {
    const { raw, at, err, valid } = ctx;
    if (!Array.isArray(raw.alerts))
        return [];
    const seen = new Map();
    const alerts = [];
    raw.alerts.forEach((a, i) => {
        const path = ['alerts', i];
        if (!(0,records/* isRecord */.u)(a))
            return;
        if (typeof a.name === 'string' && valid([...path, 'name'])) {
            const first = seen.get(a.name);
            if (first !== undefined) {
                err([...path, 'name'], `duplicate alert name "${a.name}" (first used by alerts[${first}] on line ${at(['alerts', first, 'name']).line}); names must be unique`);
            }
            else {
                seen.set(a.name, i);
            }
        }
        checkOverridable(ctx, { fields: a, path, channels });
        if (checkRuleKind(ctx, a, path) && valid(path))
            alerts.push({ rule: toRule(a, defaults), at: at([...path, 'name']) });
    });
    return alerts;
}
function toRule(a, d) {
    const pick = (k) => (a[k] !== undefined ? a[k] : d[k]);
    const repeatText = pick('repeat') ?? 'never';
    const repeat = repeatText === 'never' || repeatText === 'every-run'
        ? { kind: repeatText }
        : { kind: 'interval', ms: (0,duration/* parseDuration */.E)(repeatText) ?? 0, text: repeatText };
    const common = {
        name: a.name,
        severity: pick('severity') ?? 'warning',
        enabled: pick('enabled') ?? true,
        channels: pick('channels') ?? null,
        for: pick('for') ?? 1,
        repeat,
        notifyResolved: pick('notify-resolved') ?? true,
        labels: { ...(d.labels ?? {}), ...(a.labels ?? {}) },
    };
    const optional = {
        description: pick('description'),
        runbook: pick('runbook'),
        experiment: pick('experiment'),
        message: pick('message'),
    };
    for (const [k, v] of Object.entries(optional))
        if (v !== undefined)
            (0,records/* defineOwn */.k)(common, k, v);
    if (a.status !== undefined)
        return { ...common, kind: 'status', statuses: [...new Set(a.status.map((x) => x.toLowerCase()))] };
    if (a.stale !== undefined)
        return { ...common, kind: 'stale', after: a.stale, afterMs: (0,duration/* parseDuration */.E)(a.stale) ?? 0 };
    return thresholdRule(a, common, pick);
}
/** The threshold rule of an entry that checkRuleKind found to be one (metric, op and threshold given). */
function thresholdRule(a, common, pick) {
    const rule = {
        ...common,
        kind: 'threshold',
        metric: a.metric,
        op: (a.op === '=' ? '==' : a.op),
        threshold: a.threshold,
        onMissing: pick('on-missing') ?? 'warn',
        reduce: pick('reduce') ?? 'last',
    };
    const recover = pick('recover-threshold');
    if (recover !== undefined)
        rule.recoverThreshold = recover;
    const change = pick('change');
    if (change) {
        rule.change = {
            from: change.from,
            window: change.window ?? (change.from === 'previous' ? 1 : 10),
            unit: change.unit ?? 'absolute',
        };
    }
    return rule;
}
/** Fields of a threshold rule, refused on a status or stale rule. */
const THRESHOLD_ONLY = ['metric', 'op', 'threshold', 'change', 'reduce', 'recover-threshold', 'on-missing'];
const RULE_WORDS = { status: "it breaches on the latest run's status", stale: "it breaches on the newest run's age" };
/**
 * An alert is exactly one kind of rule: metric + op + threshold, `status: [...]` or `stale: DURATION`. Reports what
 * is wrong (and each unknown status) and returns whether the entry is one kind of rule.
 */
function checkRuleKind({ err }, a, path) {
    const has = (k) => Object.hasOwn(a, k) && a[k] !== undefined;
    const name = typeof a.name === 'string' ? `alert "${a.name}"` : pathText(path);
    if (has('status') && has('stale')) {
        err([...path, 'stale'], `${name}: status and stale are two kinds of rule; give one of them (or make two alerts)`);
        return false;
    }
    const kind = has('status') ? 'status' : has('stale') ? 'stale' : undefined;
    if (kind === undefined)
        return checkThresholdFields(err, a, path, name);
    let ok = true;
    for (const k of THRESHOLD_ONLY.filter(has)) {
        ok = false;
        err([...path, k], `${name}: ${k} is not used by a ${kind} rule (${RULE_WORDS[kind]}); remove it, or make a separate alert for the metric`, true);
    }
    if (kind === 'status' && Array.isArray(a.status))
        ok = checkStatuses(err, a.status, [...path, 'status']) && ok;
    return ok;
}
/** A threshold rule names metric, op and threshold; an entry with none of them names no rule at all. */
function checkThresholdFields(err, a, path, name) {
    const missing = ['metric', 'op', 'threshold'].filter((k) => a[k] === undefined);
    if (missing.length === 3) {
        err(path, `${name} names no rule: give metric + op + threshold (a value against a threshold), status: [failed, crashed] (a run's status) or stale: DURATION (no new run for that long)`);
    }
    else {
        for (const k of missing)
            err(path, `${pathText([...path, k])} is required but missing`);
    }
    return missing.length === 0;
}
/** Each status is one of RUN_STATUSES, in any case. */
function checkStatuses(err, list, path) {
    let ok = true;
    list.forEach((s, i) => {
        if (typeof s !== 'string')
            return;
        const lower = s.toLowerCase();
        if (types/* RUN_STATUSES */.LV.includes(lower))
            return;
        ok = false;
        const hint = (0,diagnostics/* suggest */.ZA)(lower, types/* RUN_STATUSES */.LV);
        err([...path, i], `unknown status ${(0,diagnostics/* describeValue */.bp)(s)}; allowed (in any case): ${types/* RUN_STATUSES */.LV.join(', ')}${hint ? `. Did you mean "${hint}"?` : ''}`);
    });
    return ok;
}
const MAX_REPEAT_MS = 365 * 86_400_000;
/** Checks beyond the schema of the fields an alert shares with `defaults`; a field with a schema error is skipped. */
function checkOverridable({ err, valid }, { fields, path, channels }) {
    const text = (key) => {
        const v = fields[key];
        return typeof v === 'string' && valid([...path, key]) ? v : undefined;
    };
    const named = Array.isArray(fields.channels) ? fields.channels : [];
    named.forEach((c, i) => {
        if (typeof c !== 'string' || !valid([...path, 'channels', i]))
            return;
        if (!channels.has(c) && c !== rules/* DEFAULT_CHANNEL */.YY) {
            const known = [...channels.keys()];
            const hint = (0,diagnostics/* suggest */.ZA)(c, known);
            err([...path, 'channels', i], `unknown channel "${c}"; defined channels: ${known.length ? known.join(', ') : '(none: add a channels: section or the slack-webhook-url input)'}${hint ? `. Did you mean "${hint}"?` : ''}`);
        }
    });
    const runbook = text('runbook');
    const problem = runbook === undefined ? undefined : (0,rules/* checkUrl */.CU)(runbook);
    if (problem)
        err([...path, 'runbook'], `runbook ${problem}`);
    const message = text('message');
    if (message !== undefined) {
        for (const p of (0,template/* parseTemplate */.QC)(message).problems)
            err([...path, 'message'], `message: ${p.message}`);
    }
    const repeat = text('repeat');
    const repeatMs = repeat === undefined ? undefined : (0,duration/* parseDuration */.E)(repeat);
    if (repeatMs !== undefined && repeatMs > MAX_REPEAT_MS) {
        err([...path, 'repeat'], `repeat must be at most 365d (a year), found ${(0,diagnostics/* describeValue */.bp)(repeat)}; allowed: never, every-run, or a duration like 30m, 6h, 1d`);
    }
    checkSigma({ err, valid }, fields.change, [...path, 'change']);
    const experiment = text('experiment');
    if (experiment !== undefined && !/^[^\s]+$/.test(experiment)) {
        err([...path, 'experiment'], `experiment ${(0,diagnostics/* describeValue */.bp)(experiment)} contains white space; allowed: a name or a glob with * and ?`);
    }
}
/** `unit: sigma` measures the distance from the mean: any other `from` is refused (SPEC §4). */
function checkSigma({ err, valid }, change, path) {
    if (!(0,records/* isRecord */.u)(change) || change.unit !== 'sigma')
        return;
    const { window } = change;
    if (typeof window === 'number' && window < baseline/* SIGMA_MIN_RUNS */.Kj && valid([...path, 'window'])) {
        err([...path, 'window'], `change.window must be at least ${baseline/* SIGMA_MIN_RUNS */.Kj} with unit: sigma (a standard deviation needs ${baseline/* SIGMA_MIN_RUNS */.Kj} earlier runs), found ${window}; allowed: ${baseline/* SIGMA_MIN_RUNS */.Kj} to 1000 (default 10)`);
    }
    if (change.from === 'mean' || !valid([...path, 'from']))
        return;
    err([...path, 'from'], `change.from must be mean with unit: sigma (the deviation is measured from the mean of the window), found ${(0,diagnostics/* describeValue */.bp)(change.from)}; allowed: mean, or unit absolute or percent with ${(0,diagnostics/* describeValue */.bp)(change.from)}`);
}
/** ${NAME} in any string of the alerts or defaults that the schema accepts. */
function rejectEnvOutsideChannels({ raw, err, valid }) {
    const walk = (v, path) => {
        if (typeof v === 'string') {
            if (v.includes('${') && valid(path))
                err(path, `\${...} is allowed only in channel fields (channels.NAME.url, token, password...); found it in ${pathText(path)}`);
        }
        else if (Array.isArray(v)) {
            v.forEach((x, i) => walk(x, [...path, i]));
        }
        else if (v && typeof v === 'object') {
            for (const [k, x] of Object.entries(v))
                walk(x, [...path, k]);
        }
    };
    walk(raw.alerts, ['alerts']);
    walk(raw.defaults, ['defaults']);
}
function pathText(path) {
    let s = '';
    for (const seg of path)
        s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
    return s || '(top level)';
}
function knownKeysAt(path, raw) {
    const [a, b, c] = path;
    if (path.length === 0)
        return KNOWN_KEYS.file;
    if (a === 'channels' && path.length === 2)
        return (0,channel_fields/* channelKeys */.gh)(valueAt(raw, [...path, 'type']));
    if (a === 'alerts' && path.length === 2)
        return KNOWN_KEYS.alert;
    if (a === 'defaults' && path.length === 1)
        return KNOWN_KEYS.defaults;
    if (a === 'history' && path.length === 1)
        return KNOWN_KEYS.history;
    if ((a === 'alerts' && c === 'change') || (a === 'defaults' && b === 'change'))
        return KNOWN_KEYS.change;
    if (a === 'silences' && path.length === 2)
        return KNOWN_KEYS.silence;
    return [];
}
function valueAt(raw, path) {
    let v = raw;
    for (const seg of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[seg];
    }
    return v;
}
function reportIssue(issue, raw, err) {
    const path = issue.path.filter((p) => typeof p !== 'symbol');
    const where = pathText(path);
    const input = 'input' in issue ? issue.input : valueAt(raw, path);
    switch (issue.code) {
        case 'unrecognized_keys': {
            const known = knownKeysAt(path, raw);
            for (const key of issue.keys) {
                const hint = (0,diagnostics/* suggest */.ZA)(key, known);
                err([...path, key], `unknown key "${key}" in ${where}${known.length ? `; allowed: ${known.join(', ')}` : ''}${hint ? `. Did you mean "${hint}"?` : ''}`, true);
            }
            return;
        }
        case 'invalid_type': {
            if (input === undefined) {
                err(path.slice(0, -1), `${where} is required but missing`);
            }
            else if (issue.expected === 'number' && typeof input === 'number') {
                err(path, `${where} must be a finite number, found ${String(input)}`);
            }
            else {
                err(path, `${where} must be ${article(issue.expected)}, found ${(0,diagnostics/* describeValue */.bp)(input)}`);
            }
            return;
        }
        case 'invalid_value':
            reportValue({ issue, raw, err, path, where, input });
            return;
        case 'invalid_union':
            reportUnion({ issue, raw, err, path, where, input });
            return;
        case 'invalid_format':
            reportFormat({ issue, err, path, where, input });
            return;
        case 'invalid_key':
            err(path, `channel name ${(0,diagnostics/* describeValue */.bp)(input)} is not valid; allowed: letters, digits, ".", "_", "-", starting with a letter or digit, at most 64 characters`);
            return;
        case 'too_small':
        case 'too_big':
            reportSize({ issue, raw, err, path, where, input });
            return;
        default:
            err(path, `${where}: ${issue.message}`);
    }
}
/** A value outside an enum or a literal: what is allowed, with "did you mean" for a mistyped word. */
function reportValue({ issue, err, path, where, input }) {
    if (issue.code !== 'invalid_value')
        return;
    const allowed = issue.values.map((v) => String(v));
    if (path.length === 1 && path[0] === 'version') {
        err(path, `version must be 1 (the only version), found ${(0,diagnostics/* describeValue */.bp)(input)}`);
        return;
    }
    const hint = typeof input === 'string' && input.length > 2 ? (0,diagnostics/* suggest */.ZA)(input, allowed) : undefined;
    err(path, `${where} cannot be ${(0,diagnostics/* describeValue */.bp)(input)}; allowed: ${allowed.join(', ')}${hint ? `. Did you mean "${hint}"?` : ''}`);
}
/** Too short, too long, too few or too many; an empty status list names the statuses it could fire on. */
function reportSize({ issue, err, path, where, input }) {
    if (issue.code !== 'too_small' && issue.code !== 'too_big')
        return;
    if (path[path.length - 1] === 'status' && Array.isArray(input) && input.length === 0) {
        err(path, `${where} is an empty list; name the statuses it fires on: ${types/* RUN_STATUSES */.LV.join(', ')}`);
        return;
    }
    const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
    const what = issue.origin === 'string'
        ? `must be ${bound} characters long`
        : issue.origin === 'array'
            ? `must have ${bound} items`
            : `must be ${bound}`;
    err(path, `${where} ${what}, found ${(0,diagnostics/* describeValue */.bp)(input)}`);
}
/** A channel's unknown or missing `type`, or a `repeat` that is neither a keyword nor a duration. */
function reportUnion({ issue, raw, err, path, where, input }) {
    if ('discriminator' in issue && issue.discriminator === 'type') {
        const allowed = channel_fields/* CHANNEL_TYPE_NAMES */.UI;
        const type = valueAt(raw, path);
        const hint = typeof type === 'string' ? (0,diagnostics/* suggest */.ZA)(type, allowed) : undefined;
        err(type === undefined ? path.slice(0, -1) : path, `${where} ${type === undefined ? 'is required but missing' : `cannot be ${(0,diagnostics/* describeValue */.bp)(type)}`}; allowed: ${allowed.join(', ')}${hint ? `. Did you mean "${hint}"?` : ''}`);
    }
    else if (path[path.length - 1] === 'repeat') {
        err(path, `${where} cannot be ${(0,diagnostics/* describeValue */.bp)(input)}; allowed: never, every-run, or a duration like 30m, 6h, 1d`);
    }
    else {
        err(path, `${where} has an invalid value ${(0,diagnostics/* describeValue */.bp)(input)}`);
    }
}
/** A string of the wrong form: a `repeat`, a name, a silence's `until` or `every`, or another pattern. */
function reportFormat({ issue, err, path, where, input }) {
    const last = path[path.length - 1];
    if (path[0] === 'silences' && (last === 'until' || last === 'every') && typeof input === 'string') {
        err(path, `${where}: ${last === 'until' ? (0,config_silences/* untilProblem */.KL)(input) : (0,config_silences/* everyProblem */.HS)(input)}`);
    }
    else if (last === 'repeat') {
        err(path, `${where} cannot be ${(0,diagnostics/* describeValue */.bp)(input)}; allowed: never, every-run, or a duration like 30m, 6h, 1d`);
    }
    else if (path[path.length - 1] === 'stale') {
        err(path, `${where} cannot be ${(0,diagnostics/* describeValue */.bp)(input)}; allowed: a duration like 36h, 2d, 1w (s, m, h, d, w)`);
    }
    else if (path[path.length - 1] === 'name') {
        err(path, `${where} ${(0,diagnostics/* describeValue */.bp)(input)} is not a valid name; allowed: letters, digits, ".", "_", "-", starting with a letter or digit, at most 64 characters (${NAME_PATTERN.source})`);
    }
    else {
        err(path, `${where} ${(0,diagnostics/* describeValue */.bp)(input)} has the wrong form (${issue.message})`);
    }
}
/** zod's own safe-integer bound of an int is noise next to the field's real bound at the same place. */
function withoutImpliedBounds(issues) {
    const implied = (i) => (i.code === 'too_big' && i.maximum === Number.MAX_SAFE_INTEGER) ||
        (i.code === 'too_small' && i.minimum === Number.MIN_SAFE_INTEGER);
    const at = (i) => i.path.map(String).join('.');
    return issues.filter((i) => !implied(i) || !issues.some((o) => o !== i && !implied(o) && at(o) === at(i)));
}
function article(type) {
    const names = {
        object: 'a mapping',
        array: 'a list',
        string: 'a string',
        number: 'a number',
        boolean: 'true or false',
        int: 'a whole number',
    };
    return names[type] ?? type;
}
function yamlMessage(code, message, at) {
    const first = message.split('\n')[0] ?? message;
    if (code === 'DUPLICATE_KEY') {
        const key = /^["']?([^"':\n]+)/.exec(at)?.[1]?.trim();
        return `duplicate key${key ? ` "${key}"` : ''}: each key may appear once in a mapping`;
    }
    if (/tab/i.test(first))
        return `${first} (YAML indentation must use spaces, not tabs)`;
    return first.replace(/ at line \d+, column \d+:?$/, '');
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
