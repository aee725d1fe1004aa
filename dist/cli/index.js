import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8063:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ Redactor)
/* harmony export */ });
// Secrets out of every message: each registered secret is replaced by *** wherever it appears.
class Redactor {
    /** Longest first: a whole URL is replaced before its path or last segment, so no part of it is left showing. */
    secrets = [];
    /** Returns true when the secret is new. */
    add(secret) {
        if (!secret || this.secrets.includes(secret))
            return false;
        const at = this.secrets.findIndex((s) => s.length < secret.length);
        this.secrets.splice(at < 0 ? this.secrets.length : at, 0, secret);
        return true;
    }
    apply(text) {
        let out = text;
        for (const s of this.secrets)
            out = out.split(s).join('***');
        return out;
    }
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4534);
// CLI entry (dist/cli/index.js).

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .cli */ .x)(process.argv.slice(2), process.env, {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4534:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ cli)
});

// UNUSED EXPORTS: deliveryLines

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7135);
;// CONCATENATED MODULE: ./src/core/rules/conclusion.ts
/**
 * A workflow run's conclusion as a run status: failure (and startup_failure) -> failed, timed_out, cancelled;
 * success -> finished. skipped, neutral, action_required and stale say nothing of the training: no status.
 */
function statusOfConclusion(conclusion) {
    switch (conclusion) {
        case 'failure':
        case 'startup_failure':
            return 'failed';
        case 'timed_out':
        case 'cancelled':
            return conclusion;
        case 'success':
            return 'finished';
        default:
            return undefined;
    }
}
/** Statuses a run reports while it is not over: a concluded workflow run says how it really ended. */
const NOT_OVER = new Set(['running', 'scheduled', 'pending', 'queued', 'preparing', 'starting']);
/**
 * The runs with the conclusion's status given to the runs of the identity's experiment (the `experiment` input's)
 * that name none of their own, or one that says the run is not over (MLflow leaves `RUNNING`, an older W&B client
 * `running`, when training is killed): the workflow concluded, so its conclusion is how the training ended. A status
 * that says how the run ended (finished, failed, killed...) wins. With no runs at all (the failed run left no
 * artifact), one run of that experiment with the `run-id` input's id: no metrics, the status only.
 */
function withConclusion(runs, identity, status) {
    if (runs.length === 0) {
        return [{ experiment: identity.experiment, id: identity.runId, status, metrics: {}, source: 'the workflow run' }];
    }
    const open = (r) => r.status === undefined || r.status === '' || NOT_OVER.has(r.status.toLowerCase());
    return runs.map((r) => (r.experiment === identity.experiment && open(r) ? { ...r, status } : r));
}

// EXTERNAL MODULE: ./src/core/history/ledger.ts
var history_ledger = __nccwpck_require__(355);
// EXTERNAL MODULE: ./src/core/arrays.ts
var arrays = __nccwpck_require__(3309);
// EXTERNAL MODULE: ./src/core/records.ts
var records = __nccwpck_require__(5033);
// EXTERNAL MODULE: ./src/core/metrics/readers/json.ts
var json = __nccwpck_require__(1038);
// EXTERNAL MODULE: ./src/core/crc32c.ts
var crc32c = __nccwpck_require__(9467);
// EXTERNAL MODULE: ./src/core/metrics/model.ts
var model = __nccwpck_require__(3776);
;// CONCATENATED MODULE: ./src/core/metrics/formats.ts
// Which reader reads a metrics file (SPEC §3): each format claims files by name and content, in the order below; a
// file no format claims goes to the JSON reader, which reads it or refuses it saying what it looks like. A format's
// reader is loaded only when a file of that format is met (JSON, the common case, is part of the main bundle).



/** Every format but JSON, tried in order. A new format is one module and one entry here. */
const FORMATS = [
    {
        name: 'MLflow file store',
        claims: (f) => /(^|\/)mlruns\/[^/]+\//.test(f.file),
        load: async () => (await __nccwpck_require__.e(/* import() */ 849).then(__nccwpck_require__.bind(__nccwpck_require__, 9849))).mlflowStoreReader,
    },
    {
        name: 'TensorBoard events',
        claims: (f) => /(^|\/)events\.out\.tfevents\.[^/]*$/.test(f.file) || (unnamed(f) && (0,crc32c/* startsWithTfRecord */.fS)((0,model/* headOf */.Uo)(f, 12))),
        load: async () => (await __nccwpck_require__.e(/* import() */ 759).then(__nccwpck_require__.bind(__nccwpck_require__, 7759))).tfEventsReader,
    },
    {
        name: 'CSV',
        claims: (f) => /\.(csv|tsv)$/i.test(f.file) || (unnamed(f) && looksLikeCsv(f)),
        load: async () => (await __nccwpck_require__.e(/* import() */ 250).then(__nccwpck_require__.bind(__nccwpck_require__, 2250))).csvReader,
    },
    {
        name: 'YAML',
        claims: (f) => /\.ya?ml$/i.test(f.file),
        load: async () => (await __nccwpck_require__.e(/* import() */ 411).then(__nccwpck_require__.bind(__nccwpck_require__, 8411))).yamlReader,
    },
];
/** A name that does not say the format (`progress`, `metrics.txt`, `results.log`): the content decides. */
function unnamed(f) {
    return !/\.(json|jsonl|ndjson|ya?ml|csv|tsv)$/i.test(f.file);
}
/** A header row with commas or tabs and a second line, not JSON. */
function looksLikeCsv(f) {
    const head = Buffer.from((0,model/* headOf */.Uo)(f, 4096))
        .toString('utf8')
        .replace(/^\uFEFF/, '');
    const [first, second] = head.split(/\r?\n/, 2);
    return !!first && second !== undefined && /[,\t]/.test(first) && !/^\s*[[{]/.test(first);
}
const JSON_FORMAT = { name: 'json', claims: () => true, load: async () => json/* jsonReader */.$ };
function formatOf(f) {
    return FORMATS.find((format) => format.claims(f)) ?? JSON_FORMAT;
}
/** The reader of each file's format, each format's module loaded once. */
async function readersFor(files) {
    const loaded = new Map();
    return Promise.all(files.map((f) => {
        const format = formatOf(f);
        const reader = loaded.get(format) ?? format.load();
        loaded.set(format, reader);
        return reader;
    }));
}

;// CONCATENATED MODULE: ./src/core/metrics/merge.ts

/** One draft from several (in reading order), and a note for each key they disagree on. */
function mergeDrafts(drafts) {
    const notes = [];
    let metrics = {};
    const from = new Map();
    let at;
    let status;
    for (const d of drafts) {
        metrics = mergeInto(metrics, d.metrics, { prefix: '', source: d.source, from, notes });
        if (d.at !== undefined)
            at = at === undefined ? d.at : Math.max(at, d.at);
        if (d.status !== undefined)
            status = d.status;
    }
    const draft = { metrics, source: drafts.map((d) => d.source).join(' + ') };
    if (at !== undefined)
        draft.at = at;
    if (status !== undefined)
        draft.status = status;
    return { draft, notes };
}
function mergeInto(base, add, ctx) {
    const out = { ...base };
    for (const key of Object.keys(add)) {
        const path = ctx.prefix ? `${ctx.prefix}.${key}` : key;
        const mine = add[key];
        const theirs = Object.hasOwn(out, key) ? out[key] : undefined;
        let value = mine;
        if ((0,records/* isRecord */.u)(theirs) && (0,records/* isRecord */.u)(mine))
            value = mergeInto(theirs, mine, { ...ctx, prefix: path });
        else if (theirs !== undefined && !same(theirs, mine)) {
            ctx.notes.push({
                file: ctx.source,
                message: `${path} is ${show(mine)} here and ${show(theirs)} in ${ctx.from.get(path) ?? 'an earlier file'} of the same run; this file's value is used`,
            });
        }
        if (!(0,records/* isRecord */.u)(value))
            ctx.from.set(path, ctx.source);
        (0,records/* defineOwn */.k)(out, key, value);
    }
    return out;
}
function same(a, b) {
    if (Object.is(a, b))
        return true;
    return JSON.stringify(a) === JSON.stringify(b);
}
function show(v) {
    const s = typeof v === 'number' ? String(v) : JSON.stringify(v);
    return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

// EXTERNAL MODULE: ./src/core/metrics/json.ts
var metrics_json = __nccwpck_require__(1719);
;// CONCATENATED MODULE: ./src/core/metrics/runs.ts
// Metrics files -> runs (SPEC §3): each file by the reader of its format (formats.ts), then identity from the
// inputs where a file names none; reading a metric of a run by path; runs grouped by experiment.








/** Reads every file; all runs in file order. Throws a UserError naming each unreadable file. */
async function readRuns(files, identity) {
    const errors = [];
    const warnings = [];
    const drafts = [];
    for (const unit of await readingUnits(files)) {
        try {
            const found = unit.files.length > 1
                ? unit.reader.readGroup(unit.files, warnings)
                : unit.reader.read(unit.files[0], warnings);
            if (found.length === 0)
                errors.push({ file: unit.files[0].file, message: 'no runs found: the file holds no metrics' });
            (0,arrays/* appendAll */.u)(drafts, found);
        }
        catch (e) {
            if (e instanceof metrics_json/* JsonError */.N3)
                errors.push({ file: unit.files[0].file, line: e.line, col: e.col, message: e.message });
            else if (e instanceof diagnostics/* UserError */.yo)
                (0,arrays/* appendAll */.u)(errors, e.diagnostics);
            else
                throw e;
        }
    }
    if (errors.length > 0)
        throw new diagnostics/* UserError */.yo(errors);
    return { runs: withIdentity(mergeAnonymous(drafts, warnings), identity), warnings };
}
/** What one reader reads at once: a file, or a group of files for formats read by group (formats.ts). */
async function readingUnits(files) {
    const readers = await readersFor(files);
    const units = [];
    const byGroup = new Map();
    files.forEach((f, i) => {
        const reader = readers[i];
        if (!reader.readGroup || !reader.groupOf)
            return void units.push({ reader, files: [f] });
        const key = reader.groupOf(f.file);
        const group = byGroup.get(key);
        if (group)
            group.push(f);
        else {
            const unit = { reader, files: [f] };
            byGroup.set(key, unit.files);
            units.push(unit);
        }
    });
    return units;
}
/** The drafts with those that name no identity at all merged into one run (files of one run merge, SPEC §3). */
function mergeAnonymous(drafts, warnings) {
    const anonymous = drafts.filter((d) => d.experiment === undefined && d.id === undefined);
    if (anonymous.length < 2)
        return [...drafts];
    const { draft, notes } = mergeDrafts(anonymous);
    (0,arrays/* appendAll */.u)(warnings, notes);
    const out = drafts.filter((d) => d.experiment !== undefined || d.id !== undefined);
    out.push(draft);
    return out;
}
/** Identity from the inputs where a draft names none; several unnamed runs of one experiment are numbered in order. */
function withIdentity(drafts, identity) {
    // Runs that name no id take the run-id input; several in one experiment are numbered in order.
    const unnamed = new Map();
    for (const d of drafts)
        if (d.id === undefined)
            unnamed.set(d.experiment ?? identity.experiment, (unnamed.get(d.experiment ?? identity.experiment) ?? 0) + 1);
    const seen = new Map();
    return drafts.map((d) => {
        const experiment = d.experiment ?? identity.experiment;
        let id = d.id;
        if (id === undefined) {
            const n = (seen.get(experiment) ?? 0) + 1;
            seen.set(experiment, n);
            id = (unnamed.get(experiment) ?? 0) > 1 ? `${identity.runId}.${n}` : identity.runId;
        }
        const run = { experiment, id, metrics: d.metrics, source: d.source };
        if (d.at !== undefined)
            run.at = d.at;
        if (d.status !== undefined)
            run.status = d.status;
        return run;
    });
}
/**
 * The value at a dotted path: an exact key containing a dot wins over a path through nested objects.
 * Returns undefined when absent, InvalidMetric when present but not a number or list of numbers.
 */
function readMetric(metrics, path) {
    const raw = lookup(metrics, path);
    if (raw === undefined)
        return undefined;
    return asMetricValue(raw.value);
}
function lookup(obj, path) {
    if (Object.hasOwn(obj, path))
        return { value: obj[path] };
    for (let i = path.indexOf('.'); i > 0; i = path.indexOf('.', i + 1)) {
        const head = path.slice(0, i);
        if (!Object.hasOwn(obj, head))
            continue;
        const next = obj[head];
        if ((0,records/* isRecord */.u)(next)) {
            const found = lookup(next, path.slice(i + 1));
            if (found)
                return found;
        }
        else if (Array.isArray(next)) {
            const found = stepSeries(next, path.slice(i + 1));
            if (found)
                return found;
        }
    }
    return undefined;
}
/**
 * A list of objects is a step history (Hugging Face's `log_history`): `P.KEY` is the series of KEY over the items that
 * hold it as a number, in order (SPEC §3 format 4).
 */
function stepSeries(items, rest) {
    const values = [];
    for (const item of items) {
        if (!(0,records/* isRecord */.u)(item))
            continue;
        const v = lookup(item, rest)?.value;
        if (typeof v === 'number')
            values.push(v);
    }
    return values.length > 0 ? { value: values } : undefined;
}
function asMetricValue(v) {
    if (typeof v === 'number')
        return v;
    if (Array.isArray(v)) {
        if (v.length === 0)
            return { invalid: 'an empty list' };
        for (const x of v)
            if (typeof x !== 'number')
                return { invalid: `a list holding ${(0,model/* typeName */.go)(x).replace(/^an? /, '')}` };
        return v;
    }
    if (v === null)
        return { invalid: 'null' };
    if (typeof v === 'object')
        return { invalid: 'an object' };
    return { invalid: typeof v === 'string' ? 'a string' : `a ${typeof v}` };
}
/** Runs grouped by experiment, each group ordered oldest to latest (SPEC §3). */
function byExperiment(runs) {
    const groups = new Map();
    for (const r of runs) {
        const g = groups.get(r.experiment);
        if (g)
            g.push(r);
        else
            groups.set(r.experiment, [r]);
    }
    for (const [k, g] of groups) {
        // Ordered by time when every run has one (stable on ties); otherwise as they appear.
        if (g.every((r) => r.at !== undefined))
            g.sort((a, b) => a.at - b.at);
        // The same run id read twice (a file passed twice): keep the last reading only.
        const last = new Map();
        for (const r of g)
            last.set(r.id, r);
        if (last.size !== g.length)
            groups.set(k, g.filter((r) => last.get(r.id) === r));
    }
    return groups;
}

;// CONCATENATED MODULE: ./src/core/deliveries.ts
// Which events go to which channel in this run (SPEC §5, "Delivery guarantee"): the new events to notify, and earlier
// events whose delivery failed with a retryable error or was never recorded because the run that claimed them died.
// A silenced event is neither (silence-events.ts): it is recorded only, and no later run sends it.
// Pure: the shell says which claims are still live.

/** Earlier events are sent again only while younger than this. */
const RETRY_WINDOW_MS = 24 * 3_600_000;
/**
 * How long a claim with no delivery recorded is taken to belong to a run that is still sending. A run spends at most
 * 60 s per channel (channels run at once) and then records; five minutes leaves room for a slow ledger write.
 */
const CLAIM_LEASE_MS = 5 * 60_000;
/**
 * Whether a failure with this HTTP status (undefined: no answer, a network error) may pass if sent again: 429 and 5xx
 * may; any other answer says the payload, the credentials or the destination is wrong, and is final (SPEC §5).
 */
function retryableStatus(status) {
    return status === undefined || status === 429 || status >= 500;
}
/** Whether a failed delivery may be repaired by sending again. Ledgers older than `retryable` are judged by status. */
function isRetryable(d) {
    if (d.ok || d.skipped)
        return false;
    return d.retryable ?? retryableStatus(d.status);
}
/** Why an earlier event is owed to `channel`, or undefined when it is not. */
function owed(event, channel, input) {
    const d = event.deliveries.find((x) => x.channel === channel);
    if (d && !isRetryable(d))
        return undefined; // delivered, skipped on purpose, or refused for good
    // Claimed after the last result (or with none) by a process that may still be sending: it is that run's to record.
    const claim = event.claim;
    if (claim && (!d || Date.parse(claim.at) > Date.parse(d.at)) && input.claimIsLive(claim))
        return undefined;
    return d ? 'failed' : 'unrecorded';
}
function planDeliveries(input) {
    const plan = new Map();
    const add = (channel, item) => {
        const list = plan.get(channel);
        if (list)
            list.push(item);
        else
            plan.set(channel, [item]);
    };
    if (input.policy === 'none')
        return plan;
    if (input.policy === 'all') {
        for (const e of input.earlier) {
            if (!e.notify || e.silenced || !(input.now - Date.parse(e.at) < RETRY_WINDOW_MS))
                continue;
            for (const c of e.channels) {
                const late = owed(e, c, input);
                if (late)
                    add(c, { event: e, late });
            }
        }
    }
    for (const e of input.fresh) {
        if (!e.notify || e.silenced || (input.policy === 'fired' && e.kind !== 'fired'))
            continue;
        for (const c of e.channels)
            add(c, { event: e });
    }
    return plan;
}
/** The ids of every event in a plan (each once). */
function plannedIds(plan) {
    const ids = new Set();
    for (const items of plan.values())
        for (const i of items)
            ids.add((0,history_ledger/* eventId */.Q6)(i.event));
    return ids;
}

// EXTERNAL MODULE: ./src/core/compare.ts
var compare = __nccwpck_require__(3164);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(6085);
;// CONCATENATED MODULE: ./src/core/metrics/suggest-metric.ts
// "Did you mean": the paths a run can read that are closest to a rule's metric that read nothing (SPEC §3, no silent
// misses). Pure; the enumeration is bounded so a huge metrics object costs little.



/** Entries looked at (keys and step-history keys), at most. */
const MAX_PATHS = 10_000;
/** Nesting followed, at most. */
const MAX_DEPTH = 16;
const MAX_SUGGESTIONS = 3;
/** Items of a step history whose keys are listed. */
const MAX_STEPS = 1_000;
/** Longer paths are compared by suffix only (an edit distance on them says little and costs much). */
const MAX_COMPARED_LENGTH = 256;
/** Up to three readable paths closest to `missing`, closest first; none when nothing is close. */
function suggestMetrics({ missing, metrics, read = readMetric }) {
    const ranked = [];
    const t = target(missing);
    for (const [index, path] of metricPaths(metrics).entries()) {
        const r = closeness(t, path);
        if (r !== undefined)
            ranked.push({ path, ...r, index });
    }
    ranked.sort((a, b) => a.tier - b.tier || a.distance - b.distance || a.index - b.index);
    const out = [];
    let sameName = false;
    for (const { path, tier } of ranked) {
        if (out.length === MAX_SUGGESTIONS || (sameName && tier > SAME_NAME))
            break;
        if (!readsValue(read(metrics, path)))
            continue;
        out.push(path);
        // The same name but for separators or case is the answer: nothing less close is shown beside it.
        sameName ||= tier <= SAME_NAME;
    }
    return out;
}
/** Tiers up to this one are the same name written differently. */
const SAME_NAME = 2;
/** Paths compared in one evaluation, at most: a few seconds on a slow machine, however many rules miss. */
const MAX_COMPARED = 2_000_000;
/**
 * `suggestMetrics` for one evaluation: once `budget` paths have been compared (many rules missing in many wide runs),
 * further misses get no suggestion rather than slowing the check down.
 */
function boundedSuggester(budget = MAX_COMPARED) {
    let left = budget;
    return (input) => {
        const n = metricPaths(input.metrics).length;
        if (n > left)
            return [];
        left -= n;
        return suggestMetrics(input);
    };
}
function readsValue(v) {
    return typeof v === 'number' || Array.isArray(v);
}
const listed = new WeakMap();
/**
 * The paths of a run's metrics as a rule names them: nested keys joined by `.`, exact keys as they are, a list of
 * numbers by its own path, a list of objects (a step history at `P`) as `P.KEY` for the keys of its items. At most
 * MAX_PATHS entries are looked at, MAX_DEPTH levels deep; each path once, in the order of the file.
 */
function metricPaths(metrics) {
    const known = listed.get(metrics);
    if (known)
        return known;
    const walk = { paths: new Set(), looked: 0 };
    visit(walk, metrics, '', 0);
    const paths = [...walk.paths];
    listed.set(metrics, paths);
    return paths;
}
function visit(walk, obj, prefix, depth) {
    for (const key in obj) {
        if (!Object.hasOwn(obj, key))
            continue;
        if (++walk.looked > MAX_PATHS)
            return;
        const path = prefix === '' ? key : `${prefix}.${key}`;
        const value = obj[key];
        if ((0,records/* isRecord */.u)(value)) {
            if (depth < MAX_DEPTH)
                visit(walk, value, path, depth + 1);
        }
        else if (Array.isArray(value) && value.some(records/* isRecord */.u))
            stepKeys(walk, value, path);
        else
            walk.paths.add(path);
    }
}
/** `P.KEY` for every key of the items of a step history at `P`. */
function stepKeys(walk, steps, path) {
    for (let i = 0; i < steps.length && i < MAX_STEPS; i++) {
        const item = steps[i];
        if (!(0,records/* isRecord */.u)(item))
            continue;
        for (const key in item) {
            if (!Object.hasOwn(item, key))
                continue;
            const p = `${path}.${key}`;
            if (walk.paths.has(p))
                continue;
            if (++walk.looked > MAX_PATHS)
                return;
            walk.paths.add(p);
        }
    }
}
function target(missing) {
    const dots = missing.replaceAll('/', '.');
    const lower = dots.toLowerCase();
    return { raw: missing, dots, lower, loose: loose(lower), last: lastName(lower) };
}
/**
 * How close a path is to the missing one, lower tiers closer: 0 the same with `.` and `/` swapped, 1 the same but for
 * case, 2 the same but for separators (`eval_accuracy`, `eval-accuracy`), 3 one ends with the other after a separator
 * (`accuracy`, `eval/accuracy`) or the path is inside the missing one (`accuracy.top1`), 4 a small edit distance,
 * 5 a small edit distance between the last parts of the paths (`val_acuracy`, `history.val_accuracy`). Undefined when
 * not close.
 */
function closeness(t, path) {
    if (path === t.raw)
        return undefined;
    const dots = path.includes('/') ? path.replaceAll('/', '.') : path;
    if (dots === t.dots)
        return { tier: 0, distance: 0 };
    const lower = dots.toLowerCase();
    if (lower === t.lower)
        return { tier: 1, distance: 0 };
    if (t.loose !== '' && lower.length >= t.loose.length && loose(lower) === t.loose)
        return { tier: 2, distance: 0 };
    if (endsAfterSeparator(t.lower, lower) || endsAfterSeparator(lower, t.lower) || inside(lower, t.lower))
        return { tier: 3, distance: Math.abs(lower.length - t.lower.length) };
    const whole = near(t.lower, lower);
    if (whole !== undefined)
        return { tier: 4, distance: whole };
    const last = near(t.last, lastName(lower));
    return last === undefined ? undefined : { tier: 5, distance: last };
}
/** The edit distance when small for the length (a third of it, at least 1), else undefined. */
function near(a, b) {
    const limit = Math.max(1, Math.floor(a.length / 3));
    if (Math.abs(a.length - b.length) > limit || a.length > MAX_COMPARED_LENGTH || b.length > MAX_COMPARED_LENGTH)
        return undefined;
    const distance = (0,diagnostics/* editDistance */.YC)(a, b, limit);
    return distance <= limit ? distance : undefined;
}
/** The last part of a path: `val_accuracy` of `history.val_accuracy`. */
function lastName(path) {
    return path.slice(path.lastIndexOf('.') + 1);
}
/** Lower case without separators. */
function loose(lower) {
    return lower.replace(/[-_ .]/g, '');
}
/** `path` is inside `parent` (`accuracy.top1` in `accuracy`, a rule naming an object of metrics). */
function inside(path, parent) {
    return (parent.length >= 2 && path.length > parent.length + 1 && path.startsWith(parent) && path[parent.length] === '.');
}
/** `long` ends with `short` (two characters or more) right after a separator. */
function endsAfterSeparator(long, short) {
    if (short.length < 2 || long.length <= short.length || !long.endsWith(short))
        return false;
    return '._-/ '.includes(long[long.length - short.length - 1]);
}

;// CONCATENATED MODULE: ./src/core/rules/reading.ts
const NO_NUMBERS = { value: null, baseline: null, change: null };

;// CONCATENATED MODULE: ./src/core/rules/stale.ts

const HOUR_MS = 3_600_000;
function readStale(rule, input) {
    const kind = { check: 'stale', after: rule.after, recent: [], oncePerRun: false };
    const newest = newestRun(input);
    if (newest === undefined) {
        // Runs whose age is unknown (stored by an earlier version without a time, or dated in the future). No run at all
        // (pruned from the history): nothing to show.
        const last = input.group[input.group.length - 1] ?? input.stored[input.stored.length - 1];
        if (last === undefined)
            return { ...NO_NUMBERS, ...kind, run: { id: '' }, verdict: 'skip' };
        return { ...NO_NUMBERS, ...kind, run: { id: last.id }, verdict: 'no data', missing: 'no time' };
    }
    const age = input.now - newest.at;
    return {
        ...NO_NUMBERS,
        ...kind,
        run: newest,
        value: age / HOUR_MS,
        quantity: age / HOUR_MS,
        verdict: age > rule.afterMs ? 'breach' : 'clear',
    };
}
/** A run dated more than this after the evaluation is a wrong clock, not a fresh run: it cannot keep a rule quiet. */
const FUTURE_SLACK_MS = HOUR_MS;
/**
 * The run with the greatest time, in the metrics or the history (the metrics' reading wins a tie). A run with no time
 * of its own counts from when the history first saw it (`seen`; a run in this evaluation not seen before: now), so a
 * re-read of an old file does not make the experiment fresh. Runs dated in the future are passed over.
 */
function newestRun({ group, stored, now }) {
    const seen = new Map(stored.map((s) => [s.id, s.at ?? s.seen]));
    const times = [
        ...stored.map((s) => ({ id: s.id, at: s.at ?? s.seen })),
        ...group.map((r) => ({ id: r.id, at: r.at ?? (seen.has(r.id) ? seen.get(r.id) : now) })),
    ];
    let newest;
    for (const r of times) {
        if (r.at === undefined || r.at > now + FUTURE_SLACK_MS)
            continue;
        if (newest === undefined || r.at >= newest.at)
            newest = { id: r.id, at: r.at };
    }
    return newest;
}

;// CONCATENATED MODULE: ./src/core/rules/status.ts

function readStatus(rule, input) {
    const latest = input.group[input.group.length - 1];
    const status = latest.status === undefined || latest.status === '' ? null : latest.status.toLowerCase();
    const breach = status !== null && rule.statuses.includes(status);
    const run = latest.at === undefined ? { id: latest.id } : { id: latest.id, at: latest.at };
    return {
        ...NO_NUMBERS,
        run,
        verdict: breach ? 'breach' : 'clear',
        check: 'status',
        status,
        statuses: rule.statuses,
        recent: [],
        oncePerRun: true,
        // The same run id with another status is a new reading (a re-run attempt that ended otherwise).
        seenAs: `${latest.id} status=${status ?? ''}`,
    };
}

// EXTERNAL MODULE: ./src/core/baseline.ts
var core_baseline = __nccwpck_require__(288);
;// CONCATENATED MODULE: ./src/core/metrics/reduce.ts
function reduceValue(v, how) {
    if (typeof v === 'number')
        return v;
    if (how === 'last')
        return v[v.length - 1];
    let acc = how === 'mean' ? 0 : v[0];
    for (const x of v) {
        if (Number.isNaN(x))
            return NaN;
        if (how === 'min')
            acc = x < acc ? x : acc;
        else if (how === 'max')
            acc = x > acc ? x : acc;
        else
            acc += x;
    }
    return how === 'mean' ? acc / v.length : acc;
}

;// CONCATENATED MODULE: ./src/core/rules/threshold.ts
// A threshold rule: the latest run's value (or its change against a baseline of earlier runs) against a threshold.





const SPARK_POINTS = 20;
/** The key a rule's value is stored under in a run: the metric path, plus the reducer when it is not `last`. */
function valueKey(rule) {
    return rule.reduce === 'last' ? rule.metric : `${rule.metric}@${rule.reduce}`;
}
function threshold_valueOf(run, rule) {
    const v = readMetric(run.metrics, rule.metric);
    if (v === undefined)
        return { missing: 'absent' };
    if (typeof v === 'object' && !Array.isArray(v))
        return { missing: v.invalid };
    return { value: reduceValue(v, rule.reduce) };
}
function readThreshold(rule, input) {
    const latest = input.group[input.group.length - 1];
    const read = threshold_valueOf(latest, rule);
    const earlier = earlierPoints(rule, input.group, input.stored);
    const reading = {
        run: latest.at === undefined ? { id: latest.id } : { id: latest.id, at: latest.at },
        verdict: 'clear',
        value: read.value ?? null,
        baseline: null,
        change: null,
        recent: recentSeries(earlier, latest.id, read.value),
        oncePerRun: true,
    };
    if (read.missing !== undefined) {
        reading.missing = read.missing;
        // on-missing: ignore reports nothing, so nothing is looked for.
        const suggestions = rule.onMissing === 'ignore' ? [] : input.suggest({ missing: rule.metric, metrics: latest.metrics });
        if (suggestions.length)
            reading.suggestions = suggestions;
    }
    const compared = comparedQuantity(rule, read.value, earlier);
    if (compared.spread !== undefined)
        reading.spread = compared.spread;
    if ('none' in compared)
        return { ...reading, baseline: compared.baseline ?? null, verdict: 'no baseline' };
    if (compared.baseline !== undefined)
        Object.assign(reading, { baseline: compared.baseline, change: compared.change });
    if (read.value === undefined && rule.onMissing !== 'alert')
        return { ...reading, verdict: rule.onMissing === 'ignore' ? 'skip' : 'no data' };
    const quantity = compared.quantity;
    if (quantity !== undefined)
        reading.quantity = quantity;
    const breach = quantity === undefined ? true : (0,compare/* breaches */.a)(quantity, rule.op, rule.threshold);
    return { ...reading, verdict: breach ? 'breach' : 'clear' };
}
/** The quantity compared: the value, or its change against a baseline ("no baseline" when there is none). */
function comparedQuantity(rule, value, earlier) {
    if (!rule.change || value === undefined)
        return value === undefined ? {} : { quantity: value };
    const { baseline, change, spread } = (0,core_baseline/* compareToBaseline */.WD)(earlier.map((p) => p.value), value, rule.change);
    const withSpread = spread === undefined ? {} : { spread };
    if (change === undefined)
        return baseline === undefined ? { none: true } : { none: true, baseline, ...withSpread };
    return { quantity: change, baseline: baseline, change, ...withSpread };
}
/** The rule's metric in the earlier runs (history, then the artifact's earlier runs), oldest first. */
function earlierPoints(rule, group, stored) {
    const inArtifact = new Set(group.map((r) => r.id));
    const k = valueKey(rule);
    const out = [];
    for (const s of stored) {
        if (inArtifact.has(s.id) || !Object.hasOwn(s.values, k))
            continue;
        out.push({ run: s.id, value: (0,history_ledger/* fromStored */.Ie)(s.values[k]) });
    }
    for (let i = 0; i < group.length - 1; i++) {
        const v = threshold_valueOf(group[i], rule).value;
        if (v !== undefined)
            out.push({ run: group[i].id, value: v });
    }
    return out;
}
function recentSeries(earlier, run, value) {
    const series = value === undefined ? [...earlier] : [...earlier, { run, value }];
    return series.slice(-SPARK_POINTS);
}

;// CONCATENATED MODULE: ./src/core/evaluate.ts
// Evaluation: rules + runs + prior ledger -> new ledger, one result per alert instance, and events. Pure.
// Each kind of rule reads its instance (rules/*.ts); the state machine (step) is shared by all of them.










const REMEMBERED_RUNS = 20;
function evaluate(input) {
    const { config, ledger, stateless } = input;
    const pass = {
        input,
        nowIso: new Date(input.now).toISOString(),
        groups: byExperiment(input.runs),
        instances: new Map(ledger.instances),
        results: [],
        events: [],
        notes: [],
        failedMissing: [],
        suggest: boundedSuggester(),
    };
    for (const rule of config.alerts.filter((a) => a.enabled)) {
        const experiments = experimentsOf(rule, pass);
        for (const experiment of experiments)
            evaluateInstance(pass, rule, experiment);
        // With no metrics at all (a scheduled stale check), only a stale rule can match: the others say nothing.
        const quiet = pass.groups.size === 0 && rule.kind !== 'stale';
        if (experiments.length === 0 && !quiet)
            pass.notes.push(unmatchedNote(rule, pass.groups));
    }
    const { events } = pass;
    const newLedger = stateless
        ? { ...ledger, instances: new Map(), runs: new Map(), events }
        : (0,history_ledger/* pruneLedger */.OJ)({
            ...ledger,
            instances: pass.instances,
            runs: recordRuns(ledger.runs, pass.groups, keysRead(config.alerts, pass.groups), input.now),
            events: [...ledger.events, ...events],
        }, config.history.keepRuns, config.history.keepEvents);
    const { results, notes, failedMissing } = pass;
    return {
        ledger: newLedger,
        results,
        events,
        notes,
        failedMissing,
        disabled: config.alerts.filter((a) => !a.enabled),
    };
}
/**
 * The experiments a rule has an instance for: those in the metrics that match its `experiment`; for a stale rule also
 * those in the history (stored runs, and its own instances), so an experiment that stopped producing runs is read.
 */
function experimentsOf(rule, { groups, input }) {
    const names = new Set(groups.keys());
    if (rule.kind === 'stale' && !input.stateless) {
        for (const experiment of input.ledger.runs.keys())
            names.add(experiment);
        for (const s of input.ledger.instances.values())
            if (s.alert === rule.name)
                names.add(s.experiment);
    }
    return [...names].filter((experiment) => (0,glob/* matchesExperiment */.pg)(rule.experiment, experiment));
}
function unmatchedNote(rule, groups) {
    const where = rule.kind === 'stale' ? 'the metrics or the history' : 'the metrics';
    const pattern = rule.experiment ? `experiment: ${rule.experiment}` : 'any experiment';
    return {
        kind: 'unmatched',
        alert: rule.name,
        message: `alert ${rule.name} matched no experiment in ${where} (${pattern}; experiments read: ${[...groups.keys()].join(', ') || 'none'})`,
    };
}
/** The rule's reading of one instance, by its kind. */
function readInstance(rule, read) {
    switch (rule.kind) {
        case 'threshold':
            return readThreshold(rule, read);
        case 'status':
            return readStatus(rule, read);
        case 'stale':
            return readStale(rule, read);
    }
}
function evaluateInstance(pass, rule, experiment) {
    const { input, nowIso } = pass;
    const group = pass.groups.get(experiment) ?? [];
    const stored = input.stateless ? [] : (input.ledger.runs.get(experiment) ?? []);
    const reading = readInstance(rule, { experiment, group, stored, now: input.now, suggest: pass.suggest });
    if (reading.verdict === 'skip')
        return;
    const key = (0,history_ledger/* instanceKey */.pA)(rule.name, experiment);
    const prev = (!input.stateless && pass.instances.get(key)) || {
        alert: rule.name,
        experiment,
        state: 'ok',
        streak: 0,
        since: nowIso,
        runs: [],
    };
    const run = reading.run;
    const seenAs = reading.seenAs ?? run.id;
    const rerun = reading.oncePerRun &&
        (prev.runs.includes(seenAs) || (run.at !== undefined && prev.lastRunAt !== undefined && run.at < prev.lastRunAt));
    const base = { ...resultOf(rule, experiment, reading, prev.state), rerun };
    if (reading.verdict === 'no baseline')
        return void pass.results.push({ ...base, state: 'no baseline' });
    if (reading.verdict === 'no data')
        return noData(pass, { ...base, state: 'no data' });
    if (rerun)
        return void pass.results.push(base);
    const breach = reading.verdict === 'breach';
    const next = step({
        rule,
        prev,
        breach,
        quantity: reading.quantity,
        run,
        seenAs,
        now: input.now,
        nowIso,
        stateless: input.stateless,
    });
    pass.instances.set(key, next.state);
    const result = { ...base, state: next.state.state, event: next.event };
    if (next.firing)
        result.firing = { ...next.firing, until: nowIso };
    if (next.event) {
        const record = toEvent(result, next.event, nowIso);
        result.record = input.runUrl ? { ...record, runUrl: input.runUrl } : record;
        pass.events.push(result.record);
    }
    pass.results.push(result);
}
/** The result of an instance before the state machine steps: what its rule read, in the state it was in. */
function resultOf(rule, experiment, reading, state) {
    const result = {
        alert: rule.name,
        experiment,
        run: reading.run.id,
        metric: rule.kind === 'threshold' ? rule.metric : null,
        value: reading.value,
        baseline: reading.baseline,
        change: reading.change,
        op: rule.kind === 'threshold' ? rule.op : null,
        threshold: rule.kind === 'threshold' ? rule.threshold : null,
        severity: rule.severity,
        state,
        previousState: state,
        event: null,
        recent: reading.recent,
        rule,
    };
    const extra = {
        check: reading.check,
        status: reading.status,
        statuses: reading.statuses,
        after: reading.after,
        missing: reading.missing,
        suggestions: reading.suggestions,
        spread: reading.spread,
        recoverThreshold: rule.recoverThreshold,
    };
    for (const [k, v] of Object.entries(extra))
        if (v !== undefined)
            result[k] = v;
    return result;
}
/** A result with no value: a note (and the step's failure under on-missing: fail), unless the rule ignores it. */
function noData(pass, result) {
    pass.results.push(result);
    pass.notes.push({
        kind: 'missing',
        alert: result.alert,
        experiment: result.experiment,
        message: missingMessage(result),
    });
    if (result.rule.onMissing === 'fail')
        pass.failedMissing.push(result);
}
/** Value keys read per experiment (by the threshold rules that match it), to record with its runs. */
function keysRead(rules, groups) {
    const keys = new Map();
    for (const rule of rules) {
        if (!rule.enabled || rule.kind !== 'threshold')
            continue;
        for (const experiment of groups.keys()) {
            if (!(0,glob/* matchesExperiment */.pg)(rule.experiment, experiment))
                continue;
            const read = keys.get(experiment) ?? new Map();
            read.set(valueKey(rule), rule);
            keys.set(experiment, read);
        }
    }
    return keys;
}
/** "eval.mse is missing in run R of experiment E (alert A, on-missing: warn); did you mean `eval/mse`?" */
function missingMessage(r) {
    if (r.check === 'stale')
        return `no run of experiment ${r.experiment} has a time, so alert ${r.alert} (stale after ${r.after}) cannot tell its age; runs need a timestamp (a run envelope's timestamp, _timestamp, an MLflow start time)`;
    const message = `${r.metric} is ${missingReason(r.missing)} in run ${r.run} of experiment ${r.experiment} (alert ${r.alert}, on-missing: ${r.rule.onMissing})`;
    return r.suggestions?.length ? `${message}; did you mean ${didYouMean(r.suggestions)}?` : message;
}
/** "missing", or "not a number (found a string)". */
function missingReason(missing) {
    return missing === undefined || missing === 'absent' ? 'missing' : `not a number (found ${missing})`;
}
/** "`a`", "`a` or `b`", "`a`, `b` or `c`". */
function didYouMean(paths) {
    const quoted = paths.map((p) => `\`${p}\``);
    return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : (quoted[0] ?? '');
}
function step({ rule, prev, breach, quantity, run, seenAs, now, nowIso, stateless }) {
    const runs = [...prev.runs.filter((r) => r !== seenAs), seenAs].slice(-REMEMBERED_RUNS);
    const common = { ...prev, lastRun: run.id, runs };
    delete common.firingRuns;
    if (run.at !== undefined)
        common.lastRunAt = run.at;
    const to = (state, streak, firingRuns) => ({
        ...common,
        state,
        streak,
        since: state === prev.state ? prev.since : nowIso,
        ...(firingRuns === undefined ? {} : { firingRuns }),
    });
    // Still firing: one more run, counted when the ledger counted the earlier ones.
    const stillFiring = (streak) => {
        const before = counted(prev);
        const firingRuns = before === undefined ? undefined : before + 1;
        const next = remind(rule, to('firing', streak, firingRuns), now, nowIso);
        return next.event ? { ...next, firing: span(prev.since, firingRuns) } : next;
    };
    if (breach) {
        const streak = prev.streak + 1;
        if (prev.state === 'firing' && !stateless)
            return stillFiring(streak);
        if (streak >= rule.for || stateless) {
            return { state: { ...to('firing', streak, 1), lastNotifiedAt: nowIso }, event: 'fired' };
        }
        return { state: to('pending', streak), event: null };
    }
    if (prev.state === 'firing') {
        const recovered = rule.recoverThreshold === undefined ||
            quantity === undefined ||
            !(0,compare/* breaches */.a)(quantity, rule.op, rule.recoverThreshold);
        if (!recovered)
            return stillFiring(0);
        return { state: to('ok', 0), event: 'resolved', firing: span(prev.since, counted(prev)) };
    }
    return { state: to('ok', 0), event: null };
}
/** The firing runs a ledger counted: none in ledgers of earlier versions (or a count that is not a count). */
function counted(s) {
    return Number.isSafeInteger(s.firingRuns) && s.firingRuns > 0 ? s.firingRuns : undefined;
}
function span(since, runs) {
    return runs === undefined ? { since } : { since, runs };
}
function remind(rule, state, now, nowIso) {
    const last = state.lastNotifiedAt ? Date.parse(state.lastNotifiedAt) : -Infinity;
    const due = rule.repeat.kind === 'every-run' || (rule.repeat.kind === 'interval' && now - last >= rule.repeat.ms);
    return due ? { state: { ...state, lastNotifiedAt: nowIso }, event: 'reminder' } : { state, event: null };
}
function toEvent(r, kind, at) {
    return {
        alert: r.alert,
        experiment: r.experiment,
        run: r.run,
        kind,
        at,
        state: r.state,
        previousState: r.previousState,
        metric: r.metric,
        value: r.value === null ? null : (0,history_ledger/* toStored */.z4)(r.value),
        baseline: r.baseline,
        change: r.change === null ? null : (0,history_ledger/* toStored */.z4)(r.change),
        ...(r.rule.change ? { changeUnit: r.rule.change.unit } : {}),
        op: r.op,
        threshold: r.threshold,
        severity: r.severity,
        notify: kind !== 'resolved' || r.rule.notifyResolved,
        channels: r.rule.channels,
        deliveries: [],
        ...(r.recoverThreshold === undefined ? {} : { recoverThreshold: r.recoverThreshold }),
        ...(r.firing?.since === undefined ? {} : { firingSince: r.firing.since }),
        ...(r.firing?.runs === undefined ? {} : { firingRuns: r.firing.runs }),
        ...kindOf(r),
    };
}
/** A status or stale result's own fields, for its event. */
function kindOf(r) {
    if (r.check === 'status')
        return { check: 'status', status: r.status ?? null, statuses: [...(r.statuses ?? [])] };
    if (r.check === 'stale')
        return { check: 'stale', ...(r.after === undefined ? {} : { after: r.after }) };
    return {};
}
/**
 * Every run read is recorded (for baselines and sparklines) with the values the rules read. A run already stored keeps
 * its place and its values, only gaining value keys it lacked, so re-reading a run reorders and changes nothing. New
 * runs go by their time among the stored runs that have one; a new run without a time goes before the stored run that
 * follows it in the metrics (an artifact that holds older runs, some pruned from the history), else last.
 */
function recordRuns(prior, groups, keysRead, now) {
    const runs = new Map(prior);
    for (const [experiment, group] of groups) {
        const keys = keysRead.get(experiment) ?? new Map();
        const stored = [...(prior.get(experiment) ?? [])];
        const at = new Map(stored.map((s, i) => [s.id, i]));
        const fresh = new Map();
        for (const r of group) {
            const read = storedRun(r, keys, now);
            const i = at.get(r.id);
            if (i !== undefined)
                stored[i] = withGainedValues(stored[i], read.values);
            else
                fresh.set(r.id, read);
        }
        runs.set(experiment, fresh.size ? mergeByTime(placeUntimed(stored, group, fresh), [...fresh.values()]) : stored);
    }
    return runs;
}
/**
 * A run as stored: its id, its time (or, without one, when it was first seen), and the values of the keys read (own
 * properties only: no key reaches a prototype).
 */
function storedRun(r, keys, now) {
    const values = {};
    for (const [k, rule] of keys) {
        const v = threshold_valueOf(r, rule).value;
        if (v !== undefined)
            (0,records/* defineOwn */.k)(values, k, (0,history_ledger/* toStored */.z4)(v));
    }
    return r.at !== undefined ? { id: r.id, at: r.at, values } : { id: r.id, seen: now, values };
}
/** The stored run as it was, plus the values of keys it lacked (a rule added since): never a value changed. */
function withGainedValues(s, read) {
    const gained = Object.keys(read).filter((k) => !Object.hasOwn(s.values, k));
    if (gained.length === 0)
        return s;
    const values = {};
    for (const k of Object.keys(s.values))
        (0,records/* defineOwn */.k)(values, k, s.values[k]);
    for (const k of gained)
        (0,records/* defineOwn */.k)(values, k, read[k]);
    return { ...s, values };
}
/** The stored runs with the new runs that have no time, each before the stored run that follows it in `group`. */
function placeUntimed(stored, group, fresh) {
    const before = new Map();
    let pending = [];
    for (const r of group) {
        const f = fresh.get(r.id);
        if (f === undefined && pending.length) {
            before.set(r.id, pending);
            pending = [];
        }
        else if (f !== undefined && f.at === undefined)
            pending.push(f);
    }
    return [...stored.flatMap((s) => [...(before.get(s.id) ?? []), s]), ...pending];
}
/** The runs in their order, with the new runs that have a time placed before the first run with a later time. */
function mergeByTime(runs, fresh) {
    const timed = fresh.filter((r) => r.at !== undefined).sort((a, b) => a.at - b.at);
    if (timed.length === 0)
        return [...runs];
    const out = [];
    let j = 0;
    for (const s of runs) {
        if (s.at !== undefined)
            while (j < timed.length && timed[j].at < s.at)
                out.push(timed[j++]);
        out.push(s);
    }
    while (j < timed.length)
        out.push(timed[j++]);
    return out;
}

// EXTERNAL MODULE: ./src/core/silences.ts
var silences = __nccwpck_require__(4023);
;// CONCATENATED MODULE: ./src/core/silence-events.ts
// The silences stage (SPEC §4), applied to an evaluation right after evaluate(): the events of silenced instances are
// recorded with `silenced: true` and are neither sent nor owed; an instance that fired while silenced and is still
// firing once no silence covers it gets one `fired` event that says since when it fires. Pure.



function applySilences(ev, input) {
    const active = (0,silences/* activeSilences */.Hg)(input.silences, input.now);
    const nowIso = new Date(input.now).toISOString();
    const instances = new Map(ev.ledger.instances);
    const replaced = new Map();
    const added = [];
    let touched = false;
    const results = ev.results.map((r) => {
        const key = (0,history_ledger/* instanceKey */.pA)(r.alert, r.experiment);
        const state = input.stateless ? undefined : instances.get(key);
        const covering = (0,silences/* silenceFor */.Rn)(active, r.alert, r.experiment)?.silence;
        const out = covering ? silenced(r, covering, state) : released(r, state, { ...input, nowIso });
        if (out.state || out.event)
            touched = true;
        if (out.state)
            instances.set(key, out.state);
        if (out.event && r.record)
            replaced.set((0,history_ledger/* eventId */.Q6)(r.record), out.event);
        else if (out.event)
            added.push(out.event);
        return out.result;
    });
    if (!touched)
        return { ...ev, results };
    const swap = (events) => [...events.map((e) => replaced.get((0,history_ledger/* eventId */.Q6)(e)) ?? e), ...added];
    const events = swap(ev.events);
    const ledger = input.stateless
        ? { ...ev.ledger, events }
        : (0,history_ledger/* pruneLedger */.OJ)({ ...ev.ledger, instances, events: swap(ev.ledger.events) }, input.history.keepRuns, input.history.keepEvents);
    return { ...ev, results, events, ledger };
}
/**
 * A silenced instance: its event is recorded as silenced. A fire held back is remembered; a resolve forgets it (no
 * one was told), or, when the fire had been sent, is remembered to be sent after the silence.
 */
function silenced(r, silence, state) {
    if (!r.record)
        return { result: { ...r, silence } };
    const event = { ...r.record, silenced: true, notify: false };
    const result = { ...r, silence, record: event };
    if (!state)
        return { result, event };
    if (r.event === 'fired')
        return { result, event, state: { ...withoutHeld(state), silencedFire: true } };
    if (r.event !== 'resolved')
        return { result, event };
    const told = !state.silencedFire && r.record.notify;
    return { result, event, state: told ? { ...withoutHeld(state), silencedResolve: true } : withoutHeld(state) };
}
/**
 * An instance no silence covers whose fire was held back: still firing (no event of its own, or a reminder), it fires
 * now, once, saying since when; resolved, nothing was ever sent, so its resolve is held back too.
 */
function released(r, state, input) {
    if (state?.silencedResolve && !r.rerun)
        return releasedResolve(r, state, input);
    if (!state?.silencedFire || r.rerun)
        return { result: r };
    if (r.event === 'resolved' && r.record) {
        const event = { ...r.record, silenced: true, notify: false };
        return { result: { ...r, record: event }, event, state: withoutHeld(state) };
    }
    if (r.state !== 'firing' || (r.event !== null && r.event !== 'reminder'))
        return { result: r };
    const firing = { since: state.since, until: input.nowIso, ...(state.firingRuns ? { runs: state.firingRuns } : {}) };
    const fired = { ...r, event: 'fired', firing };
    const event = sentAfterSilence(fired, 'fired', input);
    const next = { ...withoutHeld(state), lastNotifiedAt: input.nowIso };
    return { result: { ...fired, record: event }, event, state: next };
}
/**
 * An instance whose resolve was held back after its fire had been sent: still resolved (ok, no event of its own), the
 * resolve goes out now, once; firing again, its own fired event goes out and the held resolve is forgotten.
 */
function releasedResolve(r, state, input) {
    if (r.event !== null)
        return { result: r, state: withoutHeld(state) };
    if (r.state !== 'ok')
        return { result: r };
    const resolved = { ...r, event: 'resolved' };
    const event = sentAfterSilence(resolved, 'resolved', input);
    return { result: { ...resolved, record: event }, event, state: withoutHeld(state) };
}
/** The event a silence held back, made now that it is over (its kind is the result's event). */
function sentAfterSilence(r, kind, input) {
    const event = { ...toEvent(r, kind, input.nowIso), afterSilence: true };
    return input.runUrl ? { ...event, runUrl: input.runUrl } : event;
}
function withoutHeld(state) {
    const { silencedFire: _fire, silencedResolve: _resolve, ...rest } = state;
    return rest;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/adapters/liveness.ts
// Whether the process that claimed an event may still be sending it (SPEC §5, "Delivery guarantee"). A claim names
// its machine (boot id and process namespace, on Linux) and process; a later run on the same machine asks the kernel
// whether that process is alive, and any other run trusts the claim for CLAIM_LEASE_MS.


/** This machine and process namespace, or undefined where it cannot be told (not Linux). */
function hostId() {
    try {
        const boot = (0,external_node_fs_.readFileSync)('/proc/sys/kernel/random/boot_id', 'utf8').trim();
        const ns = (0,external_node_fs_.readlinkSync)('/proc/self/ns/pid');
        return boot && ns ? `${boot}/${ns}` : undefined;
    }
    catch {
        return undefined;
    }
}
function processExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/** The claim this process writes: who, when, and where, so a later run can tell whether it died. */
function claimOf(by, now) {
    const host = hostId();
    return { at: new Date(now).toISOString(), by, ...(host ? { host, pid: process.pid } : {}) };
}
/** Whether a claim's process may still be sending, seen from this process at `now`. */
function claimIsLive(now) {
    let self = null;
    return (claim) => {
        if (!(now - Date.parse(claim.at) < CLAIM_LEASE_MS))
            return false;
        self ??= hostId();
        if (self && claim.host === self && claim.pid !== undefined && claim.pid !== process.pid)
            return processExists(claim.pid);
        return true;
    };
}

;// CONCATENATED MODULE: ./src/app/claim.ts
// Step 2 of a check: evaluate against the history and claim what this run sends. With a history this run writes, the
// new state, the events and the claims go in one write; with a shared store (git) the write that wins decides which
// events this run sends, so one transition is notified once even when two runs see it at once.





/** What this run may send: a pull request's run sends by `notify-pull-requests`; a run that cannot claim, new events. */
function sendPolicy(run) {
    const pr = run.opts.pullRequestRun;
    if (pr)
        return pr.notify ? 'fired' : 'none';
    return run.writes ? 'all' : 'new';
}
const HELD_BACK = {
    none: "not sent: a pull request's run (notify-pull-requests: false)",
    fired: "not sent: a pull request's run sends fired events only",
};
/** Skipped deliveries for the new events the policy does not send, so that no later run takes them as owed. */
function heldBackBy(events, plan, policy, at) {
    const held = new Map();
    const error = HELD_BACK[policy];
    if (!error)
        return held;
    const planned = plannedIds(plan);
    for (const e of events) {
        if (!e.notify || planned.has((0,history_ledger/* eventId */.Q6)(e)))
            continue;
        held.set((0,history_ledger/* eventId */.Q6)(e), e.channels.map((channel) => ({ channel, ok: false, skipped: true, attempts: 0, error, at })));
    }
    return held;
}
/** Pure: the evaluation of this run against `prior`, and what it sends and claims. */
function evaluateAndPlan(run, prior) {
    const { opts, config } = run;
    const stateless = run.history === null;
    const runUrl = opts.ctx.workflowRunUrl ? { runUrl: opts.ctx.workflowRunUrl } : {};
    const evaluated = evaluate({
        config,
        runs: run.runs,
        ledger: prior ?? (0,history_ledger/* emptyLedger */.Hg)(),
        now: opts.now,
        stateless,
        ...runUrl,
    });
    // Silenced events are recorded and not sent; a fire a silence held back is sent once it ends.
    const ev = applySilences(evaluated, {
        silences: config.silences,
        now: opts.now,
        stateless,
        history: config.history,
        ...runUrl,
    });
    const policy = sendPolicy(run);
    const plan = planDeliveries({
        fresh: ev.events,
        earlier: stateless || !prior ? [] : prior.events,
        now: opts.now,
        policy,
        claimIsLive: claimIsLive(opts.now),
    });
    const heldBack = heldBackBy(ev.events, plan, policy, new Date(opts.now).toISOString());
    const ledger = run.memo ? { ...ev.ledger, rules: run.memo } : ev.ledger;
    const fresh = prior === undefined;
    if (!run.writes)
        return { evaluation: { ...ev, ledger }, plan, heldBack, fresh };
    const claimedLedger = (0,history_ledger/* withDeliveries */.xG)((0,history_ledger/* withClaims */.Qf)(ledger, plannedIds(plan), claimOf(opts.claimant ?? `run ${opts.identity.runId}`, opts.now)), heldBack);
    const byId = new Map(claimedLedger.events.map((e) => [(0,history_ledger/* eventId */.Q6)(e), e]));
    const claimedPlan = new Map([...plan].map(([channel, items]) => [
        channel,
        items.map((i) => ({ ...i, event: byId.get((0,history_ledger/* eventId */.Q6)(i.event)) ?? i.event })),
    ]));
    return { evaluation: { ...ev, ledger: claimedLedger }, plan: claimedPlan, heldBack, fresh };
}
/** Evaluates and, when this run writes the history, claims in one write (re-evaluated if another run wrote first). */
async function claim(run) {
    const { history } = run;
    if (!history)
        return evaluateAndPlan(run, undefined);
    if (!run.writes)
        return evaluateAndPlan(run, await history.load());
    return history.update((prior) => {
        const claimed = evaluateAndPlan(run, prior);
        return { ledger: claimed.evaluation.ledger, result: claimed };
    }, `metric-alerts: evaluate run ${run.opts.identity.runId}`);
}

// EXTERNAL MODULE: ./src/core/digest.ts
var digest = __nccwpck_require__(5543);
;// CONCATENATED MODULE: ./src/channels/registry.ts
const LOADERS = {
    slack: async () => (await __nccwpck_require__.e(/* import() */ 551).then(__nccwpck_require__.bind(__nccwpck_require__, 2551))).channelType,
    discord: async () => (await __nccwpck_require__.e(/* import() */ 372).then(__nccwpck_require__.bind(__nccwpck_require__, 9372))).channelType,
    teams: async () => (await __nccwpck_require__.e(/* import() */ 110).then(__nccwpck_require__.bind(__nccwpck_require__, 3110))).channelType,
    webhook: async () => (await __nccwpck_require__.e(/* import() */ 859).then(__nccwpck_require__.bind(__nccwpck_require__, 4859))).channelType,
    desktop: async () => (await __nccwpck_require__.e(/* import() */ 1).then(__nccwpck_require__.bind(__nccwpck_require__, 4001))).channelType,
    email: async () => (await __nccwpck_require__.e(/* import() */ 532).then(__nccwpck_require__.bind(__nccwpck_require__, 9532))).channelType,
    datadog: async () => (await __nccwpck_require__.e(/* import() */ 982).then(__nccwpck_require__.bind(__nccwpck_require__, 3982))).channelType,
    sentry: async () => (await __nccwpck_require__.e(/* import() */ 101).then(__nccwpck_require__.bind(__nccwpck_require__, 6101))).channelType,
    'github-issue': async () => (await __nccwpck_require__.e(/* import() */ 514).then(__nccwpck_require__.bind(__nccwpck_require__, 8514))).channelType,
    pagerduty: async () => (await __nccwpck_require__.e(/* import() */ 929).then(__nccwpck_require__.bind(__nccwpck_require__, 2929))).channelType,
};
const loaded = new Map();
/** The module of a channel's type, or undefined when this build has none for it. */
function registry_channelTypeOf(channel) {
    const load = Object.hasOwn(LOADERS, channel.type) ? LOADERS[channel.type] : undefined;
    if (!load)
        return undefined;
    let module = loaded.get(channel.type);
    if (!module) {
        module = load();
        loaded.set(channel.type, module);
    }
    return module;
}

;// CONCATENATED MODULE: ./src/app/notify.ts



function digestItems(run, planned, evaluation) {
    const recent = new Map();
    for (const r of evaluation.results)
        if (r.record)
            recent.set((0,history_ledger/* eventId */.Q6)(r.record), r.recent.map((p) => p.value));
    const rules = new Map(run.config.alerts.map((a) => [a.name, a]));
    return planned.map((p) => {
        const rule = rules.get(p.event.alert);
        return {
            event: p.event,
            recent: recent.get((0,history_ledger/* eventId */.Q6)(p.event)) ?? [],
            ...(p.late ? { late: p.late } : {}),
            ...(rule ? { rule } : {}),
        };
    });
}
/** Why a channel's batch is not sent, or undefined when it is. */
function skipReason(run, batch) {
    if (run.opts.dryRun)
        return 'dry run';
    if (!batch.channel)
        return 'channel no longer configured';
    if (batch.channel.unconfiguredReason)
        return 'channel not configured';
    return undefined;
}
function explainFailure(run, d) {
    const tries = `${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`;
    const next = !d.retryable
        ? 'the answer is final, so it is not sent again: fix the channel'
        : run.writes
            ? 'it is sent again, marked late, by the next run with history (within 24 h)'
            : 'this run writes no history, so no later run sends it again';
    return `delivery to channel ${d.channel} failed: ${d.error ?? 'unknown error'} (${tries}); ${next}`;
}
/**
 * The message of this channel that each item answers to: the ref recorded when the channel delivered the event that
 * fired the instance (the latest such; for a fired event, the instance's earlier firing), and what that message carried.
 */
function withThreads(ledger, channel, items) {
    const firedRef = new Map();
    const carried = new Map();
    for (const e of ledger.events) {
        const ref = e.deliveries.find((d) => d.channel === channel && d.ok && d.ref)?.ref;
        if (!ref)
            continue;
        if (e.kind === 'fired')
            firedRef.set((0,history_ledger/* instanceKey */.pA)(e.alert, e.experiment), ref);
        carried.set(ref, [...(carried.get(ref) ?? []), e]);
    }
    if (firedRef.size === 0)
        return { items };
    const threads = new Map();
    const out = items.map((item) => {
        // A fired event too: the instance fires again (github-issue reopens the issue of that number).
        const ref = firedRef.get((0,history_ledger/* instanceKey */.pA)(item.event.alert, item.event.experiment));
        if (!ref)
            return item;
        if (!threads.has(ref))
            threads.set(ref, threadMessage(ledger, carried.get(ref) ?? []));
        return { ...item, thread: ref };
    });
    return threads.size ? { items: out, threads } : { items: out };
}
function threadMessage(ledger, events) {
    const resolved = new Set();
    for (const e of events) {
        const state = ledger.instances.get((0,history_ledger/* instanceKey */.pA)(e.alert, e.experiment))?.state;
        if (state !== 'firing' && state !== 'pending')
            resolved.add((0,history_ledger/* eventId */.Q6)(e));
    }
    return { items: events.map((event) => ({ event, recent: [] })), resolved };
}
async function notify(run, plan, evaluation) {
    const at = new Date(run.opts.now).toISOString();
    const sent = { results: new Map(), deliveries: [] };
    const record = (items, d) => {
        sent.deliveries.push({ delivery: d, events: items.length, late: items.filter((i) => i.late).length });
        for (const { event, late } of items) {
            const id = (0,history_ledger/* eventId */.Q6)(event);
            sent.results.set(id, [...(sent.results.get(id) ?? []), late && !d.skipped ? { ...d, late: true } : d]);
        }
    };
    const rendered = { jobs: [], items: new Map(), leftOut: new Map() };
    for (const [name, planned] of plan) {
        const batch = {
            name,
            channel: run.config.channels.get(name),
            items: digestItems(run, planned, evaluation),
        };
        const skipped = await renderBatch(run, { batch, ledger: evaluation.ledger, rendered });
        if (skipped)
            record(batch.items, { channel: name, ok: false, skipped: true, attempts: 0, error: skipped, at });
        const leftOut = rendered.leftOut.get(name);
        if (leftOut) {
            run.io.log.info(`channel ${name}: ${leftOut.items.length} event(s) ${leftOut.why}`);
            record(leftOut.items, { channel: name, ok: false, skipped: true, attempts: 0, error: leftOut.why, at });
        }
    }
    const outcomes = await run.io.deliver(rendered.jobs);
    for (const o of outcomes)
        recordOutcome(run, { o, at, rendered, record });
    return sent;
}
/** Renders a channel's batch into a job; returns why it is skipped instead, when it is. */
async function renderBatch(run, { batch, ledger, rendered }) {
    const { name, channel } = batch;
    const count = `${batch.items.length} event(s) not sent`;
    const skipped = skipReason(run, batch);
    if (!channel)
        run.warn(`channel ${name} is no longer in the rules: ${count}`);
    else if (skipped === 'channel not configured')
        run.warn(`channel ${name} is not configured (${channel.unconfiguredReason}): ${count}`);
    if (!channel || (skipped && skipped !== 'dry run'))
        return skipped;
    const type = await registry_channelTypeOf(channel);
    if (!type) {
        run.warn(`channel ${name}: this version cannot send to a channel of type ${channel.type}: ${count}`);
        return `type ${channel.type} not available`;
    }
    const typeSkips = type.skip?.(channel, run.opts.env);
    if (typeSkips) {
        run.io.log.notice(`channel ${name}: ${typeSkips}: ${count}`);
        return typeSkips;
    }
    const batchOf = { channel, ctx: run.opts.ctx, ...withThreads(ledger, name, (0,digest/* orderItems */.TT)(batch.items)) };
    const messages = type.render(batchOf);
    if (skipped === 'dry run') {
        for (const m of messages)
            run.io.preview?.(name, preview(type, m.request));
        return skipped;
    }
    rendered.items.set(name, new Map(batch.items.map((i) => [(0,history_ledger/* eventId */.Q6)(i.event), i])));
    if (type.leftOut) {
        const carried = new Set(messages.flatMap((m) => m.events));
        const items = batch.items.filter((i) => !carried.has((0,history_ledger/* eventId */.Q6)(i.event)));
        if (items.length)
            rendered.leftOut.set(name, { items, why: type.leftOut });
    }
    rendered.jobs.push({ channel, type, messages, ...(run.opts.github ? { github: run.opts.github } : {}) });
    return undefined;
}
function preview(type, request) {
    return type.preview ? type.preview(request) : JSON.stringify(request, null, 2);
}
function recordOutcome(run, { o, at, rendered, record }) {
    const d = { ...o.outcome, at, ...(o.outcome.error ? { error: run.redactor.apply(o.outcome.error) } : {}) };
    const items = itemsOf(rendered, o);
    record(items, d);
    const late = items.filter((x) => x.late).length;
    if (!d.ok)
        run.warn(explainFailure(run, d));
    else
        run.io.log.info(`sent ${items.length} event(s) to channel ${d.channel}${late ? ` (${late} late)` : ''}`);
    if (o.note)
        run.io.log.info(run.redactor.apply(`channel ${d.channel}: ${o.note}`));
}
/** The items a message carried. */
function itemsOf(rendered, o) {
    const items = rendered.items.get(o.channel);
    return o.events.map((id) => items?.get(id)).filter((i) => i !== undefined);
}

// EXTERNAL MODULE: ./src/app/redactor.ts
var app_redactor = __nccwpck_require__(8063);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __nccwpck_require__(6228);
;// CONCATENATED MODULE: ./src/core/report/results.ts
// The `results` output and the counters: one object per alert instance, capped under GitHub's 1 MiB.


const MAX_OUTPUT_BYTES = 1024 * 1024;
function toResultObject(r) {
    const deliveries = r.record?.deliveries ?? [];
    const object = {
        alert: r.alert,
        experiment: r.experiment,
        run: r.run,
        metric: r.metric,
        value: r.value === null ? null : (0,history_ledger/* toStored */.z4)(r.value),
        baseline: r.baseline,
        change: r.change === null ? null : (0,history_ledger/* toStored */.z4)(r.change),
        op: r.op,
        threshold: r.threshold,
        severity: r.severity,
        state: r.state,
        previous_state: r.previousState,
        event: r.event,
        labels: r.rule.labels,
        deliveries: deliveries.map((d) => ({
            channel: d.channel,
            ok: d.ok,
            skipped: d.skipped ?? false,
            retryable: d.ok || d.skipped ? null : isRetryable(d),
            late: d.late ?? false,
            status: d.status ?? null,
            attempts: d.attempts,
            error: d.error ?? null,
        })),
    };
    if (r.silence !== undefined || r.record?.silenced === true)
        object.silenced = true;
    const withStatus = r.check === 'status' ? { ...object, status: r.status ?? null } : object;
    return r.suggestions ? { ...withStatus, suggestions: [...r.suggestions] } : withStatus;
}
function countResults(results, failedDeliveries) {
    return {
        checked: results.length,
        triggered: results.filter((r) => r.state === 'pending' || r.state === 'firing').length,
        fired: results.filter((r) => r.event === 'fired').length,
        resolved: results.filter((r) => r.event === 'resolved').length,
        firing: results.filter((r) => r.state === 'firing').length,
        failedDeliveries,
    };
}
/** JSON of the results, instances that are not ok first, cut to stay under `limit` bytes. */
function resultsJson(objects, limit = MAX_OUTPUT_BYTES) {
    const ordered = [...objects].sort((a, b) => Number(a.state === 'ok') - Number(b.state === 'ok'));
    const full = JSON.stringify(ordered);
    if (Buffer.byteLength(full) <= limit)
        return { json: full, truncated: false };
    const parts = [];
    let size = 2;
    for (const o of ordered) {
        const s = JSON.stringify(o);
        const add = Buffer.byteLength(s) + (parts.length ? 1 : 0);
        if (size + add > limit)
            break;
        parts.push(s);
        size += add;
    }
    return { json: `[${parts.join(',')}]`, truncated: true };
}

// EXTERNAL MODULE: ./src/core/run-context.ts
var run_context = __nccwpck_require__(4448);
// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __nccwpck_require__(3712);
;// CONCATENATED MODULE: ./src/core/report/markdown.ts

// Escaping for GitHub-flavoured Markdown table cells: no pipe, newline or HTML can break out of a cell, and no
// bidirectional control reorders what is shown.
function mdCell(s) {
    return (0,safe_text/* stripBidi */.J)(s)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/[[\]*_`~]/g, (c) => `\\${c}`)
        .replace(/\r?\n|\r/g, ' ');
}
function mdLink(label, url) {
    if (!url)
        return mdCell(label);
    return `[${mdCell(label)}](${url.replace(/[()\s|<>]/g, (c) => encodeURIComponent(c))})`;
}

;// CONCATENATED MODULE: ./src/core/report/chart.ts
// A chart of a firing alert's recent values with its threshold, as a Mermaid xychart (GitHub renders it in Markdown),
// so a person sees at a glance whether it is a cliff or a slow slide.



/** Mermaid strings cannot escape quotes; names and runs keep only characters that are safe in a label. */
function label(s, max) {
    const clean = s.replace(/[^A-Za-z0-9 ._:/+=@·-]/g, '_');
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
const num = (n) => String(Number(n.toPrecision(6)));
/** The line the value is compared against: the threshold, or for a change rule the value the change would reach it at. */
function alertLine(r) {
    const change = r.rule.change;
    if (r.threshold === null)
        return undefined;
    if (!change)
        return r.threshold;
    if (r.baseline === null)
        return undefined;
    if (change.unit === 'sigma')
        return r.spread === undefined ? undefined : r.baseline + r.threshold * r.spread;
    return change.unit === 'absolute'
        ? r.baseline + r.threshold
        : r.baseline + (Math.abs(r.baseline) * r.threshold) / 100;
}
/** A "### alert · experiment" section with the chart and a caption; undefined with fewer than 2 drawable points. */
function chartSection(r) {
    const points = r.recent.filter((p) => Number.isFinite(p.value));
    if (points.length < 2 || r.metric === null || r.op === null || r.threshold === null)
        return undefined;
    const line = alertLine(r);
    const all = points.map((p) => p.value).concat(line !== undefined && Number.isFinite(line) ? [line] : []);
    let { min: lo, max: hi } = (0,arrays/* extent */.X)(all);
    const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
    lo -= pad;
    hi += pad;
    const chart = [
        '```mermaid',
        'xychart-beta',
        `    title "${label(`${r.metric} · ${r.experiment}`, 80)}"`,
        `    x-axis [${points.map((p) => `"${label(p.run, 16)}"`).join(', ')}]`,
        `    y-axis "${label(r.metric, 40)}" ${num(lo)} --> ${num(hi)}`,
        `    line [${points.map((p) => num(p.value)).join(', ')}]`,
    ];
    if (line !== undefined && Number.isFinite(line))
        chart.push(`    line [${points.map(() => num(line)).join(', ')}]`);
    chart.push('```');
    const dropped = r.recent.filter((p) => !Number.isFinite(p.value));
    const caption = [`${r.metric} over the last ${points.length} runs`];
    if (line !== undefined) {
        caption.push(r.rule.change
            ? `flat line: ${(0,format/* formatNumber */.ZV)(line)}, where the change reaches ${(0,format/* formatChange */.eD)(r.threshold, r.rule.change.unit)} against the baseline ${(0,format/* formatNumber */.ZV)(r.baseline)} (${r.rule.change.from})`
            : `flat line: the threshold ${r.op} ${(0,format/* formatNumber */.ZV)(r.threshold)}`);
    }
    if (dropped.length)
        caption.push(`not drawn: ${dropped.map((p) => `${(0,format/* formatNumber */.ZV)(p.value)} in run ${p.run}`).join(', ')}`);
    return [
        `#### ${mdCell(r.alert)} · ${mdCell(r.experiment)}`,
        '',
        ...chart,
        '',
        `_${mdCell(caption.join('; '))}._`,
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/core/report/summary.ts
// The job summary: the alerts that read no value first, then a table a person reads at a glance, charts of firing
// alerts, then disabled alerts and warnings. Stays under 1 MiB.








/** Charts drawn for firing instances, most severe first. */
const MAX_CHARTS = 10;
const STATE_ICON = {
    firing: '🔴 firing',
    pending: '🟡 pending',
    ok: '🟢 ok',
    'no data': '⚪ no data',
    'no baseline': '⚪ no baseline',
};
function sentTo(deliveries) {
    if (!deliveries || deliveries.length === 0)
        return '';
    return deliveries
        .map((d) => `${mdCell(d.channel)} ${d.ok ? '✅' : d.skipped ? '⏭️' : `❌${d.status ? ` ${d.status}` : ''}`}`)
        .join(', ');
}
function row(r, ctx) {
    const unit = r.rule.change?.unit;
    const value = (0,format/* formatValue */.Fl)(r, unit);
    const silenced = r.silence !== undefined || r.record?.silenced === true ? ' · 🔕 silenced' : '';
    const state = `${STATE_ICON[r.state] ?? r.state}${r.event ? ` · ${r.event}` : ''}${r.rerun ? ' · seen before' : ''}${silenced}`;
    const cells = [
        state,
        mdCell(r.alert),
        mdCell(r.experiment),
        mdCell((0,format/* subjectOf */.et)(r)),
        mdCell(value),
        mdCell((0,format/* conditionText */.D3)(r, unit)),
        mdLink(r.run, ctx.workflowRunUrl),
        (0,format/* sparkline */.KM)(r.recent.map((p) => p.value)),
        sentTo(r.record?.deliveries),
    ];
    return `| ${cells.join(' | ')} |`;
}
function buildSummary(input, limit = MAX_OUTPUT_BYTES) {
    const head = headLines(input, limit);
    const tail = tailLines(input);
    const order = [...input.results].sort((a, b) => rank(a) - rank(b));
    if (order.length === 0)
        return `${[...head, 'No alert instance was evaluated.', ...tail].join('\n')}\n`;
    const lines = [
        ...head,
        '| State | Alert | Experiment | Metric | Value | Condition | Run | Trend | Sent to |',
        '|---|---|---|---|---|---|---|---|---|',
    ];
    const budget = { size: Buffer.byteLength(lines.join('\n')) + Buffer.byteLength(tail.join('\n')) + 200, limit };
    let shown = 0;
    for (const r of order) {
        if (!fits(budget, lines, row(r, input.ctx), 1))
            break;
        shown++;
    }
    if (shown < order.length)
        lines.push('', `_…and ${order.length - shown} more instances (cut to stay within GitHub's 1 MiB summary limit; see the results output)._`);
    const charts = order
        .filter((r) => r.state === 'firing')
        .slice(0, MAX_CHARTS)
        .map(chartSection)
        .filter((c) => c !== undefined);
    for (const [i, chart] of charts.entries()) {
        if (!fits(budget, lines, `${i === 0 ? '\n### Recent values of firing alerts\n\n' : ''}${chart}\n`))
            break;
    }
    return `${[...lines, ...tail].join('\n')}\n`;
}
/** Adds `text` when it fits within the limit; `joiner` is the bytes it costs besides itself (the newline of a row). */
function fits(budget, lines, text, joiner = 0) {
    const n = Buffer.byteLength(text) + joiner;
    if (budget.size + n > budget.limit)
        return false;
    lines.push(text);
    budget.size += n;
    return true;
}
/** The title, the instances that read no value, the counts and the run's context. */
function headLines(input, limit) {
    const { counts } = input;
    const head = [
        '## metric-alerts',
        '',
        ...noValueSection(input.results, Math.min(NO_VALUE_BYTES, limit / 4)),
    ];
    const stats = [
        `**${counts.firing} firing**`,
        `${counts.triggered} triggered`,
        `${counts.checked} checked`,
        `${counts.fired} fired`,
        `${counts.resolved} resolved`,
    ];
    if (counts.failedDeliveries)
        stats.push(`**${counts.failedDeliveries} failed deliveries**`);
    head.push(stats.join(' · ') + (input.dryRun ? ' · _dry run: nothing sent, no history written_' : ''), '');
    const context = contextMarkdown(input.ctx);
    if (context)
        head.push(context, '');
    return head;
}
/** Silences, disabled alerts, the history's note and the warnings. */
function tailLines(input) {
    const tail = silencesSection(input.results, input.silences ?? []);
    if (input.disabled.length)
        tail.push('', `**Disabled alerts:** ${input.disabled.map((a) => mdCell(a.name)).join(', ')}`);
    if (input.historyNote)
        tail.push('', mdCell(input.historyNote));
    if (input.warnings.length) {
        tail.push('', '### Warnings', '');
        for (const w of input.warnings.slice(0, 200))
            tail.push(`- ${mdCell(w)}`);
        if (input.warnings.length > 200)
            tail.push(`- …and ${input.warnings.length - 200} more`);
    }
    return tail;
}
/** Silences listed, and instances named per silence, before the rest are counted. */
const MAX_SILENCES = 50;
const MAX_HELD_NAMED = 20;
const MAX_HELD_CHARS = 4000;
/**
 * The active silences (what they match, until when, why) and what each held back in this run; then the instances sent
 * now that a silence that held back their fire is over. Nothing when there is neither.
 */
function silencesSection(results, active) {
    const released = results.filter((r) => r.record?.afterSilence === true);
    if (active.length === 0 && released.length === 0)
        return [];
    const lines = ['', '### 🔕 Silences', ''];
    if (active.length)
        lines.push('| Silenced | Until | Reason | Held back this run |', '|---|---|---|---|');
    for (const { silence, until } of active.slice(0, MAX_SILENCES)) {
        const held = results.filter((r) => r.silence === silence && r.record?.silenced === true);
        const when = silence.every ? `${(0,silences/* describeWhen */.Q5)(silence)}: now until ${(0,format/* utcMinute */.vD)(until)}` : (0,silences/* describeWhen */.Q5)(silence);
        const cells = [(0,silences/* describeMatch */.$X)(silence), when, silence.reason, heldText(held)].map(mdCell);
        lines.push(`| ${cells.join(' | ')} |`);
    }
    if (active.length > MAX_SILENCES)
        lines.push('', `_…and ${active.length - MAX_SILENCES} more silences._`);
    const fired = released.filter((r) => r.event === 'fired');
    const resolved = released.filter((r) => r.event === 'resolved');
    if (fired.length)
        lines.push('', `**Sent now that a silence is over** (fired while silenced, still firing): ${mdCell(heldText(fired))}`);
    if (resolved.length)
        lines.push('', `**Resolved during a silence, sent now that it is over:** ${mdCell(heldText(resolved))}`);
    return lines;
}
/** "acc · iris (fired), loss · mnist (reminder)", the first MAX_HELD_NAMED (cut to MAX_HELD_CHARS), or "nothing". */
function heldText(held) {
    if (held.length === 0)
        return 'nothing';
    const named = held.slice(0, MAX_HELD_NAMED).map((r) => `${r.alert} · ${r.experiment} (${r.event ?? 'no event'})`);
    const more = held.length > MAX_HELD_NAMED ? `, …and ${held.length - MAX_HELD_NAMED} more` : '';
    return (0,digest/* truncate */.xv)(`${named.join(', ')}${more}`, MAX_HELD_CHARS);
}
/** The opening section's rows stay within this many bytes (a quarter of a smaller limit): the rest are counted. */
const NO_VALUE_BYTES = 64 * 1024;
/** The alerts that read no value in this run (SPEC §3, no silent misses), with what the run does have; none: nothing. */
function noValueSection(results, budget = NO_VALUE_BYTES) {
    const missed = results.filter((r) => r.missing !== undefined);
    if (missed.length === 0)
        return [];
    const lines = [
        `### ⚠️ Alerts that read no value in this run (${missed.length})`,
        '',
        '| Alert | Experiment | Metric | Why | Did you mean |',
        '|---|---|---|---|---|',
    ];
    let size = 0;
    let shown = 0;
    for (const r of missed) {
        const line = noValueRow(r);
        size += Buffer.byteLength(line) + 1;
        if (size > budget)
            break;
        lines.push(line);
        shown++;
    }
    if (shown < missed.length)
        lines.push('', `_…and ${missed.length - shown} more (see the warnings and the results output)._`);
    lines.push('');
    return lines;
}
function noValueRow(r) {
    const why = r.check === 'stale' ? `no time on any run (newest: ${r.run})` : `${missingReason(r.missing)} in run ${r.run}`;
    const near = (r.suggestions ?? []).map(mdCell).join(', ');
    return `| ${[mdCell(r.alert), mdCell(r.experiment), mdCell((0,format/* subjectOf */.et)(r)), mdCell(why), near].join(' | ')} |`;
}
/** The run's context (repository, branch, workflow run, commit, pull request), every name escaped. */
function contextMarkdown(ctx) {
    return (0,run_context/* renderContext */.w)((0,run_context/* contextGroups */._)(ctx), (p) => (p.url ? mdLink(p.text, p.url) : mdCell(p.text)));
}
function rank(r) {
    return { firing: 0, pending: 1, 'no data': 2, 'no baseline': 3, ok: 4 }[r.state];
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __nccwpck_require__(3054);
;// CONCATENATED MODULE: ./src/app/fail-on.ts

/** Reasons the step fails; empty when it passes. */
function stepFailures(evaluation, failOn) {
    const failures = [];
    if (failOn !== 'never') {
        const threshold = types/* SEVERITY_RANK */.f3[failOn];
        const bad = evaluation.results.filter((r) => r.state === 'firing' && types/* SEVERITY_RANK */.f3[r.severity] >= threshold);
        if (bad.length) {
            const named = bad.slice(0, 5).map((r) => `${r.alert} on ${r.experiment}`);
            failures.push(`fail-on: ${failOn}: ${bad.length} alert instance(s) firing at ${failOn} or above (${named.join(', ')}${bad.length > 5 ? ', ...' : ''})`);
        }
    }
    for (const r of evaluation.failedMissing)
        failures.push(`on-missing: fail: ${r.metric} is missing in run ${r.run} of ${r.experiment} (alert ${r.alert})`);
    return failures;
}

;// CONCATENATED MODULE: ./src/app/report.ts






/** Each result with its event as it stands after this run: what was held back, sent, failed or skipped. */
function withOutcomes(results, ...maps) {
    return results.map((r) => {
        if (!r.record)
            return r;
        const id = (0,history_ledger/* eventId */.Q6)(r.record);
        const deliveries = maps.flatMap((m) => m.get(id) ?? []);
        return deliveries.length ? { ...r, record: (0,history_ledger/* addDeliveries */.iS)(r.record, deliveries) } : r;
    });
}
function annotateFiring(run, results) {
    for (const r of results) {
        if (r.state !== 'firing' || r.rerun)
            continue;
        const text = run.redactor.apply(`${r.alert} is firing on ${r.experiment}: ${(0,format/* formatReading */.u1)(r, r.rule.change?.unit)}, run ${r.run}`);
        const where = { title: `metric-alerts: ${r.alert}` };
        if (r.severity === 'critical')
            run.io.log.error(text, where);
        else
            run.io.log.warning(text, where);
    }
}
/** What the summary says about the history this run used, if anything. */
function historyNote(run, claimed) {
    const { history, opts } = run;
    if (!history)
        return undefined;
    if (!opts.dryRun && !opts.historyWrite) {
        const why = opts.pullRequestRun ? "a pull request's run" : 'history-write is off for this event';
        return `History is read but not written (${why}).`;
    }
    return claimed.fresh ? `No history yet in ${history.describe}: starting an empty one.` : undefined;
}
function report(run, claimed, sent) {
    const { redactor, opts } = run;
    const results = withOutcomes(claimed.evaluation.results, claimed.heldBack, sent.results);
    const evaluation = { ...claimed.evaluation, results };
    const failedDeliveries = sent.deliveries.filter(({ delivery: d }) => !d.ok && !d.skipped).length;
    const counts = countResults(results, failedDeliveries);
    const { json, truncated } = resultsJson(results.map(toResultObject));
    annotateFiring(run, results);
    const note = historyNote(run, claimed);
    const summary = buildSummary({
        results,
        counts,
        disabled: evaluation.disabled,
        warnings: run.warnings,
        ctx: opts.ctx,
        dryRun: opts.dryRun,
        ...(note ? { historyNote: note } : {}),
        silences: (0,silences/* activeSilences */.Hg)(run.config.silences, opts.now),
    });
    return {
        counts,
        results: redactor.apply(json),
        resultsTruncated: truncated,
        summary: redactor.apply(summary),
        failures: stepFailures(evaluation, opts.failOn).map((f) => redactor.apply(f)),
        evaluation,
        deliveries: sent.deliveries,
        redact: (text) => redactor.apply(text),
    };
}

;// CONCATENATED MODULE: ./src/generated/build-id.ts
// Written by scripts/build.mjs: a hash of src/ and package-lock.json. Do not edit.
const BUILD_ID = 'e241c06c436d5395';

// EXTERNAL MODULE: ./src/core/config/channel-fields.ts
var channel_fields = __nccwpck_require__(2491);
;// CONCATENATED MODULE: ./src/core/config/memo.ts
// The compiled rules, kept in the history next to the state they produced: a later run whose alerts.yml is the same
// text, read by the same build, binds them to its environment without loading the YAML parser or the schema (issue 6:
// they are most of a quiet run's time). A memo is only a shortcut: any doubt about it means compiling the file again.




/** Larger compiled rules are not kept: the history stays small (issue 6: under 1 MiB). */
const MAX_MEMO_CHARS = 256 * 1024;
function rulesKey(text) {
    return `${BUILD_ID}:${text.length}:${hash53(text).toString(36)}`;
}
/**
 * The memo to keep for rules compiled from `text`, or undefined when they must not be kept: a webhook URL written in
 * the file is a secret and the history never holds one; very large rules are not worth the space.
 */
function holdsLiteralSecret(c) {
    const spec = channel_fields/* CHANNEL_TYPES */.s8[c.type];
    return Object.entries(c.fields).some(([field, v]) => spec?.fields[field]?.secret === true && typeof v === 'string' && !v.includes('${'));
}
function memoFor(text, rules) {
    if (rules.channels.some(holdsLiteralSecret))
        return undefined;
    const memo = { key: rulesKey(text), rules };
    return JSON.stringify(memo).length <= MAX_MEMO_CHARS ? memo : undefined;
}
/**
 * A memo read from the history, when its rules were compiled by this build from exactly `text`.
 * The history can be written by others (a cache entry, a branch): a memo that does not have the right shape, or whose
 * channels read something that `text` does not say, is ignored, so it can never point a channel at another variable.
 */
function usableMemo(memo, text) {
    if (!(0,records/* isRecord */.u)(memo) || memo.key !== rulesKey(text) || !(0,records/* isRecord */.u)(memo.rules))
        return undefined;
    const { channels, alerts, history, silences } = memo.rules;
    if (!Array.isArray(channels) || !Array.isArray(alerts) || !(0,records/* isRecord */.u)(history))
        return undefined;
    if (!Array.isArray(silences) || !silences.every((s) => usableSilence(s, text)))
        return undefined;
    if (typeof history.keepRuns !== 'number' || typeof history.keepEvents !== 'number')
        return undefined;
    if (!channels.every((c) => usableChannel(c, text)))
        return undefined;
    for (const a of alerts) {
        if (!(0,records/* isRecord */.u)(a) || !(0,records/* isRecord */.u)(a.at) || !(0,records/* isRecord */.u)(a.rule))
            return undefined;
        const r = a.rule;
        if (typeof r.name !== 'string' ||
            !text.includes(r.name) ||
            !usableKind(r) ||
            !(0,records/* isRecord */.u)(r.repeat) ||
            !(0,records/* isRecord */.u)(r.labels))
            return undefined;
        if (r.channels !== null && !(Array.isArray(r.channels) && r.channels.every((c) => typeof c === 'string')))
            return undefined;
    }
    return memo;
}
/** A compiled silence read from the history: the shape compileSilences writes, a zone this runtime knows. */
function usableSilence(c, text) {
    if (!(0,records/* isRecord */.u)(c) || !(0,records/* isRecord */.u)(c.at) || !(0,records/* isRecord */.u)(c.silence))
        return false;
    const s = c.silence;
    if (typeof s.reason !== 'string' || !text.includes(s.reason))
        return false;
    for (const glob of [s.alerts, s.experiments])
        if (glob !== undefined && typeof glob !== 'string')
            return false;
    if (s.until !== undefined)
        return typeof s.until === 'string' && Number.isFinite(Date.parse(s.until));
    const w = s.every;
    if (!(0,records/* isRecord */.u)(w) || typeof w.timeZone !== 'string' || !(0,silences/* isTimeZone */.kQ)(w.timeZone) || typeof w.text !== 'string')
        return false;
    return [w.start, w.end].every((m) => Number.isSafeInteger(m) && m >= 0 && m < 7 * 1440);
}
/** The fields a rule of its kind reads are there, with their types. */
function usableKind(r) {
    if (r.kind === 'threshold')
        return typeof r.metric === 'string' && typeof r.threshold === 'number';
    if (r.kind === 'status')
        return Array.isArray(r.statuses) && r.statuses.every((s) => typeof s === 'string');
    return r.kind === 'stale' && typeof r.after === 'string' && typeof r.afterMs === 'number';
}
/** cyrb53: a fast 53-bit string hash (not cryptographic: the memo is checked against the text, see usableMemo). */
function hash53(text, seed = 0) {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
/** A compiled channel read from the history: a known type, and every name and value one that `text` says. */
function usableChannel(c, text) {
    if (!(0,records/* isRecord */.u)(c) || typeof c.name !== 'string' || !text.includes(c.name))
        return false;
    if (typeof c.type !== 'string' || !Object.hasOwn(channel_fields/* CHANNEL_TYPES */.s8, c.type))
        return false;
    if (!(0,records/* isRecord */.u)(c.fields) || !(0,records/* isRecord */.u)(c.at) || !(0,records/* isRecord */.u)(c.at.key) || !(0,records/* isRecord */.u)(c.at.fields))
        return false;
    const spec = channel_fields/* CHANNEL_TYPES */.s8[c.type];
    return Object.entries(c.fields).every(([field, v]) => {
        if (!Object.hasOwn(spec.fields, field) || !text.includes(field))
            return false;
        const values = Array.isArray(v) ? v : [v];
        return values.every((x) => typeof x === 'string' && text.includes(x));
    });
}

// EXTERNAL MODULE: ./src/core/config/rules.ts + 1 modules
var config_rules = __nccwpck_require__(5424);
;// CONCATENATED MODULE: ./src/app/rules.ts
// Reading alerts.yml for a check: compiled (or reused from the history's memo), bound to the environment, its
// secrets registered with the runner before anything is logged.


/**
 * Reads alerts.yml and binds it to the environment. With `kept` (a history that keeps compiled rules), rules compiled
 * by this build from the same text are used as they are; otherwise the file is compiled, which loads the YAML parser
 * and the schema.
 */
async function rules_loadRules(io, opts, redactor, kept) {
    if (opts.defaultWebhookUrl && redactor.add(opts.defaultWebhookUrl))
        io.mask(opts.defaultWebhookUrl);
    const { file, text } = await io.readConfig();
    const reused = kept?.memo === undefined ? undefined : usableMemo(kept.memo, text);
    let rules;
    let fileErrors = [];
    if (reused) {
        rules = reused.rules;
    }
    else {
        const { compileRules } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9489));
        ({ rules, errors: fileErrors } = compileRules(text, file));
    }
    const loaded = (0,config_rules/* bindRules */.$9)(rules, {
        file,
        env: opts.env,
        ...(opts.defaultWebhookUrl ? { defaultWebhookUrl: opts.defaultWebhookUrl } : {}),
        ...(opts.now !== undefined ? { now: opts.now } : {}),
    }, fileErrors);
    for (const s of loaded.secrets)
        if (redactor.add(s))
            io.mask(s);
    for (const w of loaded.warnings)
        io.log.warning(redactor.apply(w.message), position(w));
    return { ...loaded, memo: kept ? (reused ?? memoFor(text, rules)) : undefined };
}
/** Where a diagnostic points, as an annotation position. */
function position(d) {
    const p = { file: d.file };
    if (d.line !== undefined)
        p.line = d.line;
    if (d.col !== undefined)
        p.col = d.col;
    return p;
}

;// CONCATENATED MODULE: ./src/app/test-channels.ts



function wiredUp(channel, ctx) {
    const where = ctx.repository ? ` of ${ctx.repository}` : '';
    return {
        title: 'metric-alerts is wired up',
        text: `Channel ${channel.name}${where} will receive alerts.`,
        level: 'info',
    };
}
/** Sends "metric-alerts is wired up" to every configured channel; evaluates and records nothing. */
async function runTestChannels(io, opts) {
    const redactor = new Redactor();
    const { config } = await loadRules(io, opts, redactor);
    const jobs = [];
    const skipped = [];
    for (const channel of config.channels.values()) {
        const type = channel.unconfiguredReason ? undefined : await channelTypeOf(channel);
        if (!type) {
            skipped.push(channel.name);
            const why = channel.unconfiguredReason ?? `this version cannot send to type ${channel.type}`;
            io.log.warning(`channel ${channel.name} is not configured (${why}): not tested`);
            continue;
        }
        const typeSkips = type.skip?.(channel, opts.env);
        if (typeSkips) {
            skipped.push(channel.name);
            io.log.notice(`channel ${channel.name}: ${typeSkips}: not tested`);
            continue;
        }
        const messages = [type.note(channel, wiredUp(channel, opts.ctx), opts.ctx)];
        jobs.push({ channel, type, messages, ...(opts.github ? { github: opts.github } : {}) });
    }
    const outcomes = await io.deliver(jobs);
    const failed = [];
    for (const { outcome: o } of outcomes) {
        if (o.ok)
            io.log.info(`channel ${o.channel}: wired up`);
        else {
            failed.push(o.channel);
            io.log.warning(redactor.apply(`channel ${o.channel}: the test message failed: ${o.error ?? 'unknown error'}`));
        }
    }
    return { sent: outcomes.length - failed.length, failed, skipped };
}

;// CONCATENATED MODULE: ./src/app/check.ts












async function runCheck(io, opts) {
    const redactor = new app_redactor/* Redactor */.p();
    const warnings = [];
    const warn = (message, where) => {
        const clean = redactor.apply(message);
        warnings.push(where ? (0,diagnostics/* formatDiagnostic */.xy)({ ...where, message: clean }) : clean);
        io.log.warning(clean, where ? position(where) : undefined);
    };
    // 1. Everything that can be refused, before anything is sent or written.
    const kept = opts.history && opts.peekHistory ? { memo: opts.peekHistory()?.rules } : undefined;
    const { config, warnings: configWarnings, memo } = await rules_loadRules(io, opts, redactor, kept);
    for (const w of configWarnings)
        warnings.push(redactor.apply((0,diagnostics/* formatDiagnostic */.xy)(w)));
    if (!opts.history)
        refuseStaleWithoutHistory(config);
    const runs = await readCheckRuns({ io, opts, config, warn });
    const history = opts.history ? await opts.history() : null;
    const writes = history !== null && opts.historyWrite && !opts.dryRun;
    const run = { io, opts, config, memo, runs, redactor, warnings, warn, history, writes };
    try {
        return await checkSteps(run);
    }
    finally {
        await history?.close?.();
    }
}
/** A stale rule compares the newest run known with now: with history: none nothing is known. */
function refuseStaleWithoutHistory(config) {
    const stale = config.alerts.filter((a) => a.enabled && a.kind === 'stale').map((a) => `"${a.name}"`);
    if (stale.length === 0)
        return;
    throw new diagnostics/* UserError */.yo(`alert ${stale.join(', ')} uses stale, which needs history (the newest run of each experiment is kept there), but the history input is none; set history to cache, git or file (the CLI: --history PATH)`);
}
/**
 * The runs to evaluate. With a stale rule the metrics may be missing (a scheduled check reads the history: a notice);
 * with a status rule on workflow_run, a missing artifact is a warning and the triggering run's conclusion is the status
 * of its run. Otherwise missing metrics fail the step as ever.
 */
async function readCheckRuns(c) {
    const { io, opts, config } = c;
    const enabled = config.alerts.filter((a) => a.enabled);
    const optional = enabled.some((a) => a.kind === 'stale');
    const status = enabled.some((a) => a.kind === 'status') ? statusOfConclusion(opts.conclusion) : undefined;
    let files;
    try {
        files = await io.readMetrics({ optional });
    }
    catch (e) {
        if (!(e instanceof diagnostics/* MissingMetrics */.Uh) || (!optional && status === undefined))
            throw e;
        if (status !== undefined)
            c.warn(`${e.message} (the status rules are evaluated with the triggering run's conclusion: ${opts.conclusion})`);
        else
            io.log.notice(`${e.message}; the stale rules are evaluated from the history`);
        files = [];
    }
    const read = await readRuns(files, opts.identity);
    for (const w of read.warnings)
        c.warn(w.message, w);
    return status === undefined ? read.runs : withConclusion(read.runs, opts.identity, status);
}
async function checkSteps(run) {
    // 2. Evaluate and claim what this run sends.
    const claimed = await claim(run);
    if (run.history && claimed.fresh)
        run.io.log.notice(`No history yet in ${run.history.describe}: starting an empty one.`);
    for (const n of claimed.evaluation.notes)
        run.warn(n.message);
    // 3. Notify: only what this run claimed.
    const sent = await notify(run, claimed.plan, claimed.evaluation);
    // 4. Record the delivery results on the events, merged into the latest state.
    await record(run, claimed.evaluation.ledger, sent);
    // 5. Report.
    return report(run, claimed, sent);
}
async function record(run, claimedLedger, sent) {
    if (!run.writes || sent.results.size === 0)
        return;
    try {
        await run.history.update((current) => ({ ledger: (0,history_ledger/* withDeliveries */.xG)(current ?? claimedLedger, sent.results), result: undefined }), `metric-alerts: deliveries of run ${run.opts.identity.runId}`);
    }
    catch (e) {
        // The events are recorded and sent; only their results are lost: a later run sends them again, marked late.
        run.warn(`the delivery results could not be recorded in the history: ${e instanceof Error ? e.message : String(e)}`);
    }
}

// EXTERNAL MODULE: ./src/core/config/load.ts + 1 modules
var load = __nccwpck_require__(9489);
// EXTERNAL MODULE: ./src/core/config/schema.ts + 13 modules
var schema = __nccwpck_require__(8078);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/adapters/fs-errors.ts
// A path that cannot be used, explained for a person: what it is, and what was expected there.
// One helper for the rules file, the metrics files and the history file.


const CAUSES = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOTDIR: 'a part of the path is a file, not a directory',
    ELOOP: 'too many symbolic links (a link loop)',
    ENAMETOOLONG: 'the name is too long',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    EMFILE: 'too many open files',
    EBUSY: 'the file is busy',
    EIO: 'an input/output error',
};
function expectedText(e) {
    return `expected ${e.noun}${e.example ? ` (${e.example})` : ''}`;
}
/** The message for a path that is a directory where a file was expected. */
function directoryMessage(e) {
    return `is a directory; ${expectedText(e)}${e.whenDirectory ? `: ${e.whenDirectory}` : ''}`;
}
/** A file system error on `ctx.shown` as a positioned problem; the code is kept for whoever needs to look it up. */
function explainFsError(error, ctx) {
    const code = error?.code;
    const { expected } = ctx;
    const action = ctx.action ?? 'read';
    if (code === 'ENOENT' && action === 'read')
        return { file: ctx.shown, message: `${expected.noun} does not exist${spaced(expected.whenMissing)}` };
    if (code === 'ENOENT')
        return { file: ctx.shown, message: `cannot be ${action}: its directory does not exist; ${expectedText(expected)}` };
    if (code === 'EISDIR')
        return { file: ctx.shown, message: directoryMessage(expected) };
    const cause = (code && CAUSES[code]) ?? (error instanceof Error ? error.message : String(error));
    return {
        file: ctx.shown,
        message: `cannot be ${action}: ${cause}${code ? ` (${code})` : ''}; ${expectedText(expected)}`,
    };
}
/** The same, thrown as the user error it is. */
function fsUserError(error, ctx) {
    return new diagnostics/* UserError */.yo([explainFsError(error, ctx)]);
}
/**
 * The stats of a path that must be a regular file, or the problem with it (missing, a directory, something else,
 * or not reachable).
 */
function statFile(full, ctx) {
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(full, { throwIfNoEntry: false });
    }
    catch (e) {
        return { problem: explainFsError(e, ctx) };
    }
    if (!stats)
        return { problem: explainFsError({ code: 'ENOENT' }, ctx) };
    if (stats.isDirectory())
        return { problem: { file: ctx.shown, message: directoryMessage(ctx.expected) } };
    if (!stats.isFile())
        return { problem: { file: ctx.shown, message: `is not a regular file; ${expectedText(ctx.expected)}` } };
    return { stats };
}
function spaced(s) {
    return s ? ` ${s}` : '';
}

;// CONCATENATED MODULE: ./src/adapters/history-file.ts
// History in a JSON file, written atomically (temp file, then rename): a killed process never leaves half a file.
// Synchronous I/O: one file, read once and written once, by a short-lived process (and no fs/promises at start-up).




/** `path` is resolved against `cwd`; messages and annotations name it relative to `cwd` when it lies inside. */
function fileHistory(file, cwd = process.cwd()) {
    const path = external_node_path_default().resolve(cwd, file);
    const relative = external_node_path_default().relative(cwd, path);
    const shown = relative && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative) ? relative : path;
    const ctx = (action) => ({
        shown,
        action,
        expected: { noun: 'the history file', example: 'a JSON file such as alerts-history.json' },
    });
    let saves = 0;
    /** What this store last wrote: a follow-up update (delivery results) need not read and parse it again. */
    let written;
    /** What peek() read, handed to the first load() so the file is read and parsed once. */
    let peeked;
    const read = () => readLedgerFile(path, shown, ctx('read'));
    const store = {
        describe: `file ${shown}`,
        async load() {
            const ledger = peeked ?? read();
            peeked = undefined;
            return ledger;
        },
        peek() {
            try {
                peeked = read();
            }
            catch {
                // A ledger that cannot be read is reported by load(), in its turn.
                peeked = undefined;
            }
            return peeked;
        },
        async save(ledger) {
            // Unique among live processes (pid) and across this process's saves (the counter).
            writeAtomically(path, `${path}.${process.pid}.${++saves}.tmp`, (0,history_ledger/* serializeLedger */.CE)(ledger), ctx('written'));
        },
        async update(change) {
            const { ledger, result } = change(written ?? (await store.load()));
            await store.save(ledger);
            written = ledger;
            return result;
        },
    };
    return store;
}
/** The ledger in the file, or undefined when there is no file. */
function readLedgerFile(path, shown, ctx) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw fsUserError(e, ctx);
    }
    return (0,history_ledger/* parseLedger */.h8)(text, shown);
}
/** Writes `tmp`, then renames it over `path`: a reader sees the old file or the new one, never half of one. */
function writeAtomically(path, tmp, text, ctx) {
    try {
        (0,external_node_fs_.writeFileSync)(tmp, text);
        (0,external_node_fs_.renameSync)(tmp, path);
    }
    catch (e) {
        try {
            (0,external_node_fs_.unlinkSync)(tmp);
        }
        catch {
            // Nothing was written.
        }
        throw fsUserError(e, ctx);
    }
}

;// CONCATENATED MODULE: ./src/adapters/github-access.ts
const GITHUB_API_URL = 'https://api.github.com';
/** GitHub access from a token, or undefined without one. */
function githubAccess(token, apiUrl, repository) {
    if (!token)
        return undefined;
    return { token, apiUrl: apiUrl || GITHUB_API_URL, ...(repository ? { repository } : {}) };
}
/** The CLI's: GITHUB_TOKEN or GH_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY. */
function githubFromEnv(env) {
    return githubAccess(env.GITHUB_TOKEN || env.GH_TOKEN, env.GITHUB_API_URL, env.GITHUB_REPOSITORY);
}

;// CONCATENATED MODULE: ./src/adapters/metrics-files.ts
// Finds metrics files from paths and globs, refuses oversized ones before reading them, reads them as text.
// Synchronous I/O: a short-lived process reads a few files in order (and loads no fs/promises at start-up).







/** "a.json, runs/*.jsonl\nmore/**\/*.json" -> patterns. */
function splitPatterns(input) {
    return input
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
function walk(dir, out) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (e.name === '.git' || e.name === 'node_modules')
            continue;
        const p = external_node_path_default().join(dir, e.name);
        if (e.isDirectory())
            walk(p, out);
        else if (e.isFile())
            out.push(p);
    }
}
/**
 * The files of a directory that is itself metrics (SPEC §3): an MLflow store or any folder inside one (with its
 * experiment's meta.yaml, which names the experiment), or a folder of TensorBoard event files (one run). Undefined for
 * anything else, which is refused as a directory.
 */
function directoryOfRuns(full) {
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_.statSync)(full).isDirectory();
    }
    catch {
        return undefined;
    }
    if (!isDirectory)
        return undefined;
    const parts = full.split((external_node_path_default()).sep);
    const store = parts.lastIndexOf('mlruns');
    const files = [];
    if (store >= 0) {
        walk(full, files);
        const experimentMeta = parts.slice(0, store + 2).join((external_node_path_default()).sep) + `${(external_node_path_default()).sep}meta.yaml`;
        if (parts.length > store + 2 && (0,external_node_fs_.existsSync)(experimentMeta) && !files.includes(experimentMeta))
            files.push(experimentMeta);
        return files.sort();
    }
    const events = (0,external_node_fs_.readdirSync)(full).filter((n) => n.startsWith('events.out.tfevents.'));
    return events.length > 0 ? events.sort().map((n) => external_node_path_default().join(full, n)) : undefined;
}
/** What a metrics path should be; a directory is not expanded: the message suggests the glob that reads it. */
function metricsPath(shown) {
    const dir = shown.replace(/[\\/]+$/, '') || '.';
    return {
        shown,
        expected: { noun: 'the metrics file', whenDirectory: `give a glob of its files, such as ${dir}/*.json` },
    };
}
/** Files matched by the patterns (relative to cwd), each once, in pattern order then name order. */
async function findMetricsFiles(patterns, cwd) {
    const found = [];
    const problems = [];
    const unmatched = [];
    for (const pattern of patterns) {
        const normal = pattern.replace(/\\/g, '/');
        if (!glob/* GLOB_CHARS */.$b.test(normal)) {
            const full = external_node_path_default().resolve(cwd, normal);
            const expanded = directoryOfRuns(full);
            if (expanded) {
                (0,arrays/* appendAll */.u)(found, expanded);
                continue;
            }
            const stat = statFile(full, metricsPath(pattern));
            if ('problem' in stat)
                problems.push(stat.problem);
            else
                found.push(full);
            continue;
        }
        const segments = normal.split('/');
        const staticPart = [];
        for (const s of segments) {
            if (glob/* GLOB_CHARS */.$b.test(s))
                break;
            staticPart.push(s);
        }
        const base = external_node_path_default().resolve(cwd, staticPart.join('/') || '.');
        const re = (0,glob/* pathGlobToRegExp */.WK)(external_node_path_default().resolve(cwd, normal).replace(/\\/g, '/'));
        const all = [];
        walk(base, all);
        const matched = all.filter((f) => re.test(f.replace(/\\/g, '/'))).sort();
        if (matched.length === 0)
            unmatched.push({ file: pattern, message: 'no metrics file matches this pattern' });
        (0,arrays/* appendAll */.u)(found, matched);
    }
    if (problems.length > 0)
        throw new diagnostics/* UserError */.yo([...problems, ...unmatched]);
    if (unmatched.length > 0)
        throw new diagnostics/* MissingMetrics */.Uh(unmatched);
    return [...new Set(found)];
}
/** Reads the files; one over the size limit is refused before it is read. */
async function readMetricsFiles(files, cwd, limit = model/* MAX_METRICS_BYTES */.dn) {
    const out = [];
    for (const f of files) {
        const name = external_node_path_default().relative(cwd, f) || f;
        const ctx = metricsPath(name);
        const stat = statFile(f, ctx);
        if ('problem' in stat)
            throw new diagnostics/* UserError */.yo([stat.problem]);
        if (stat.stats.size > limit) {
            throw new diagnostics/* UserError */.yo([{ file: name, message: (0,diagnostics/* overLimit */.W1)('the metrics file', stat.stats.size, limit) }]);
        }
        let bytes;
        try {
            bytes = (0,external_node_fs_.readFileSync)(f);
        }
        catch (e) {
            throw fsUserError(e, ctx);
        }
        out.push({ file: name, bytes });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/adapters/config-file.ts
// Reads the rules file, refusing one over the size limit before reading it.





async function readConfigFile(file, cwd) {
    const full = external_node_path_default().resolve(cwd, file);
    const ctx = {
        shown: file,
        expected: {
            noun: 'the rules file',
            example: 'alerts.yml',
            whenMissing: '(set the config input or --config to its path)',
        },
    };
    const found = statFile(full, ctx);
    if ('problem' in found)
        throw new diagnostics/* UserError */.yo([found.problem]);
    if (found.stats.size > config_rules/* MAX_CONFIG_BYTES */.GW)
        throw new diagnostics/* UserError */.yo([{ file, message: (0,diagnostics/* overLimit */.W1)('the rules file', found.stats.size, config_rules/* MAX_CONFIG_BYTES */.GW) }]);
    try {
        return { file, text: (0,external_node_fs_.readFileSync)(full, 'utf8') };
    }
    catch (e) {
        throw fsUserError(e, ctx);
    }
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// A small argument parser: known flags only; an unknown flag is refused by name, with the closest known one.


const HELP_FLAGS = ['--help', '-h'];
function parseArgs(argv, spec, command) {
    const end = argv.indexOf('--');
    if ((end < 0 ? argv : argv.slice(0, end)).some((a) => HELP_FLAGS.includes(a)))
        return { positional: [], flags: {}, help: true };
    const positional = [];
    const flags = {};
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            (0,arrays/* appendAll */.u)(positional, argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('--')) {
            positional.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq > 0 ? eq : undefined);
        const flag = Object.hasOwn(spec, name) ? spec[name] : undefined;
        if (!flag)
            throw unknownFlag(name, spec, command);
        if (flag.kind === 'boolean') {
            if (eq > 0)
                throw new diagnostics/* UserError */.yo(`${command}: --${name} takes no value`);
            flags[name] = true;
        }
        else {
            const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
            if (value === undefined)
                throw new diagnostics/* UserError */.yo(`${command}: --${name} needs a value`);
            const earlier = flags[name];
            flags[name] = flag.repeatable && typeof earlier === 'string' ? `${earlier}\n${value}` : value;
        }
    }
    return { positional, flags, help: false };
}
function unknownFlag(name, spec, command) {
    const known = Object.keys(spec);
    const near = (0,diagnostics/* suggest */.ZA)(name, known);
    const allowed = [...known.map((k) => `--${k}`), '--help'].join(', ');
    return new diagnostics/* UserError */.yo(`${command}: unknown flag --${name}; ${near ? `did you mean --${near}? ` : ''}allowed: ${allowed}`);
}
/** The values of a repeatable flag, each also split at commas: `--channel a --channel b,c` gives a, b, c. */
function flagList(value) {
    if (typeof value !== 'string')
        return [];
    return value
        .split(/[\n,]/)
        .map((v) => v.trim())
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./src/cli/commands.ts
// The commands, their flags and their help: one table for parsing, `--help` and "did you mean".

const HISTORY_FILE = 'alerts-history.json';
const CHECK = {
    name: 'check',
    summary: 'Evaluate the rules on metrics files, notify the channels, keep the history.',
    synopsis: "check --metrics 'runs/*.json' [--config alerts.yml] [flags]",
    args: [],
    flags: {
        config: { kind: 'string', value: 'FILE', help: 'the rules file (default: alerts.yml)' },
        metrics: {
            kind: 'string',
            value: 'PATTERNS',
            help: 'metrics files: paths or globs, separated by commas or newlines (required, unless a stale rule reads the history)',
        },
        experiment: { kind: 'string', value: 'E', help: 'experiment of runs that name none (default: default)' },
        'run-id': { kind: 'string', value: 'R', help: 'run id of runs that name none (default: local)' },
        'history-file': { kind: 'string', value: 'F', help: `the history file (default: ${HISTORY_FILE})` },
        'no-history': { kind: 'boolean', help: 'keep no history: every run is judged on its own' },
        'fail-on': {
            kind: 'string',
            value: 'LEVEL',
            help: `exit 1 when an instance is firing at this severity or above: ${types/* FAIL_ON */.d$.join(', ')} (default: never)`,
        },
        'slack-webhook-url': {
            kind: 'string',
            value: 'URL',
            help: 'defines a slack channel named default, used by alerts with no channels',
        },
        'dry-run': { kind: 'boolean', help: 'print the messages instead of sending them; write no history' },
        json: { kind: 'boolean', help: 'print the results as JSON (with each delivery)' },
    },
    notes: [
        'Prints one line per alert instance, then one line per channel: what was sent, or why not.',
        'Channel URLs come from the environment (${SLACK_WEBHOOK_URL} in alerts.yml).',
    ],
};
const VALIDATE = {
    name: 'validate',
    summary: 'Check a rules file: exit 0, or every error as FILE:LINE:COL: message and exit 2.',
    synopsis: 'validate [alerts.yml]',
    args: [['alerts.yml', 'the rules file (default: alerts.yml)']],
    flags: {},
    notes: [],
};
const HISTORY = {
    name: 'history',
    summary: 'List the events of the history, newest first.',
    synopsis: 'history [ALERT] [flags]',
    args: [['ALERT', 'only the events of this alert']],
    flags: {
        experiment: { kind: 'string', value: 'E', help: 'only the events of this experiment' },
        'history-file': { kind: 'string', value: 'F', help: `the history file (default: ${HISTORY_FILE})` },
        'history-branch': {
            kind: 'string',
            value: 'B',
            help: "the git ledger on branch B of the current repository's origin",
        },
        'history-path': {
            kind: 'string',
            value: 'P',
            help: `the ledger's path on that branch (default: ${HISTORY_FILE})`,
        },
        json: {
            kind: 'boolean',
            help: 'print JSON objects: alert, experiment, run, at, event, state, metric, value, baseline, change, change_unit, op, threshold, severity, deliveries; silenced: true when a silence held the event back',
        },
    },
    notes: ['A change rule shows its value with the change and the baseline: 0.702 (-7.99% vs 0.763), change < -5%.'],
};
const SCHEMA = {
    name: 'schema',
    summary: 'Print the JSON Schema of alerts.yml.',
    synopsis: 'schema',
    args: [],
    flags: {},
    notes: [],
};
const NOTIFY = {
    name: 'notify',
    summary: 'Send one message to the channels (default: every channel); evaluates nothing.',
    synopsis: 'notify --title T --text X [--level LEVEL] [--channel NAME]... [--wait-duration 5m] [flags]',
    args: [],
    flags: {
        title: { kind: 'string', value: 'T', help: 'the title (required); wait-duration compares titles' },
        text: { kind: 'string', value: 'X', help: 'the text (required)' },
        level: { kind: 'string', value: 'LEVEL', help: `${types/* SEVERITIES */.oC.join(', ')} (default: info)` },
        channel: {
            kind: 'string',
            value: 'NAME',
            repeatable: true,
            help: 'a channel of the rules; repeat it or separate names with commas (default: every channel)',
        },
        'wait-duration': {
            kind: 'string',
            value: 'D',
            help: 'not sent to a channel that received the same title within D (30s, 5m, 6h, 1d); needs the history',
        },
        config: { kind: 'string', value: 'FILE', help: 'the rules file, for its channels (default: alerts.yml)' },
        'history-file': { kind: 'string', value: 'F', help: `the history file (default: ${HISTORY_FILE})` },
        'no-history': { kind: 'boolean', help: 'keep no history: wait-duration cannot hold anything back' },
        'slack-webhook-url': { kind: 'string', value: 'URL', help: 'defines a slack channel named default' },
    },
    notes: [
        'Prints one line per channel: sent, held back by wait-duration (and when it was last sent), or why it failed.',
        'Exit codes: 0 sent or held back, 1 a delivery failed, 2 usage, config or history error.',
    ],
};
const COMMANDS = [CHECK, VALIDATE, HISTORY, SCHEMA, NOTIFY];
function table(rows) {
    const width = Math.max(...rows.map(([l]) => l.length)) + 2;
    return rows.map(([l, r]) => `  ${l.padEnd(width)}${r}`);
}
/** `metric-alerts check --help`. */
function commandUsage(spec) {
    const flags = Object.entries(spec.flags).map(([name, f]) => [
        `--${name}${f.value ? ` ${f.value}` : ''}`,
        f.help,
    ]);
    flags.push(['-h, --help', 'show this help']);
    const lines = [`Usage: metric-alerts ${spec.synopsis}`, '', spec.summary];
    if (spec.args.length)
        lines.push('', 'Arguments:', ...table(spec.args));
    lines.push('', 'Flags:', ...table(flags));
    if (spec.notes.length)
        lines.push('', ...spec.notes);
    return lines.join('\n');
}
/** `metric-alerts --help`. */
function mainUsage(version) {
    return [
        `metric-alerts ${version}: alerts on ML training metrics`,
        '',
        'Usage: metric-alerts <command> [flags]',
        '',
        'Commands:',
        ...table(COMMANDS.map((c) => [c.name, c.summary])),
        '',
        'Flags:',
        ...table([
            ['-h, --help', 'show this help (metric-alerts <command> --help: the flags of a command)'],
            ['-V, --version', 'print the version'],
        ]),
        '',
        'Exit codes: 0 fine, 1 fail-on or on-missing: fail met (notify: a delivery failed), 2 usage, config or input error.',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/history.ts
// `metric-alerts history`: the events of a ledger, newest first; change rules shown as changes.








async function history_history(argv, streams, cwd) {
    const { flags, positional, help } = parseArgs(argv, HISTORY.flags, 'history');
    if (help) {
        streams.out(commandUsage(HISTORY));
        return 0;
    }
    if (positional.length > 1)
        throw new diagnostics/* UserError */.yo('history: give at most one alert name');
    if (flags['history-branch'] && flags['history-file'])
        throw new diagnostics/* UserError */.yo('history: --history-branch and --history-file exclude each other');
    const ledger = await loadLedger(flags, cwd);
    const alert = positional[0];
    const events = ledger.events
        .filter((e) => (alert === undefined || e.alert === alert) &&
        (flags.experiment === undefined || e.experiment === flags.experiment))
        .sort((a, b) => b.at.localeCompare(a.at));
    if (flags.json)
        streams.out(JSON.stringify(events.map(historyObject), null, 2));
    else if (events.length === 0)
        streams.out('no events');
    else
        for (const e of events)
            streams.out(historyLine(e));
    return 0;
}
async function loadLedger(flags, cwd) {
    if (typeof flags['history-branch'] === 'string') {
        // The git ledger of the current repository's origin.
        const { gitHistory } = await __nccwpck_require__.e(/* import() */ 776).then(__nccwpck_require__.bind(__nccwpck_require__, 1776));
        const store = await gitHistory({
            workspace: cwd,
            branch: flags['history-branch'],
            path: flags['history-path'] ?? 'alerts-history.json',
        });
        const ledger = await store.load();
        await store.close?.();
        if (!ledger)
            throw new diagnostics/* UserError */.yo(`history: no ledger on branch ${flags['history-branch']} of origin`);
        return ledger;
    }
    const file = external_node_path_default().resolve(cwd, flags['history-file'] ?? 'alerts-history.json');
    const ledger = await fileHistory(file, cwd).load();
    if (!ledger)
        throw new diagnostics/* UserError */.yo([
            {
                file: external_node_path_default().relative(cwd, file) || file,
                message: 'no history file here (set --history-file, or --history-branch for a git ledger)',
            },
        ]);
    return ledger;
}
function reading(e) {
    return {
        metric: e.metric,
        value: e.value === null ? null : (0,history_ledger/* fromStored */.Ie)(e.value),
        ...(e.value === null ? { missing: 'absent' } : {}),
        baseline: e.baseline,
        change: e.change === null ? null : (0,history_ledger/* fromStored */.Ie)(e.change),
        op: e.op,
        threshold: e.threshold,
        ...(0,digest/* kindReading */.rB)(e),
    };
}
/** "eval.top1 = 0.702 (-7.99% vs 0.763), condition change < -5%", as `check` shows it. */
function describeReading(e) {
    if (e.changeUnit || e.change === null)
        return (0,format/* formatReading */.u1)(reading(e), e.changeUnit);
    // A change rule's event recorded before its unit was kept: the change is shown without a unit.
    const r = reading(e);
    return `${e.metric} = ${(0,format/* formatNumber */.ZV)(r.value)} (${(0,format/* formatChange */.eD)(r.change, undefined)} vs ${(0,format/* formatNumber */.ZV)(e.baseline)}), condition change ${e.op} ${(0,format/* formatNumber */.ZV)(e.threshold)} (unit not recorded)`;
}
function historyLine(e) {
    const sent = e.deliveries
        .map((d) => `${d.channel}:${d.ok ? 'ok' : d.skipped ? 'skipped' : `failed${d.status ? ` ${d.status}` : ''}`}`)
        .join(' ');
    const silenced = e.silenced === true ? '  silenced (not sent)' : '';
    return `${e.at}  ${e.kind.padEnd(8)} ${e.alert} [${e.experiment}] run ${e.run}  ${describeReading(e)}  ${e.severity}${sent ? `  ${sent}` : ''}${silenced}`;
}
function historyObject(e) {
    return {
        alert: e.alert,
        experiment: e.experiment,
        run: e.run,
        at: e.at,
        event: e.kind,
        state: e.state,
        metric: e.metric,
        value: e.value,
        baseline: e.baseline,
        change: e.change,
        change_unit: e.changeUnit ?? null,
        op: e.op,
        threshold: e.threshold,
        ...(e.check === 'status' ? { status: e.status ?? null } : {}),
        severity: e.severity,
        deliveries: e.deliveries.map((d) => ({
            channel: d.channel,
            ok: d.ok,
            status: d.status ?? null,
            attempts: d.attempts,
            error: d.error ?? null,
        })),
        ...(e.silenced === true ? { silenced: true } : {}),
        ...(e.afterSilence === true ? { after_silence: true, firing_since: e.firingSince ?? null } : {}),
    };
}

;// CONCATENATED MODULE: ./src/core/notes.ts

/** Notes kept in the ledger (the newest). */
const KEEP_NOTES = 100;
/** When `channel` last received a note titled `title` (a successful delivery), or undefined. */
function lastDelivered(notes, title, channel) {
    let last;
    for (const n of notes) {
        if (n.title !== title)
            continue;
        for (const d of n.deliveries)
            if (d.channel === channel && d.ok && (last === undefined || d.at > last))
                last = d.at;
    }
    return last;
}
/**
 * Which channels get the note: every one, unless `waitMs` is set and a channel received the same title within it
 * (then it is held, with when it last got it). A channel whose earlier delivery failed gets it again.
 */
function decideNote(ctx) {
    const send = [];
    const held = [];
    for (const channel of ctx.channels) {
        const lastAt = ctx.waitMs === undefined ? undefined : lastDelivered(ctx.notes, ctx.title, channel);
        const agoMs = lastAt === undefined ? Infinity : ctx.now - Date.parse(lastAt);
        if (lastAt !== undefined && agoMs >= 0 && agoMs < ctx.waitMs)
            held.push({ channel, lastAt, agoMs });
        else
            send.push(channel);
    }
    return { send, held };
}
/** Why a channel is not sent the note: "a note with the same title was sent to it 3 min ago, at … (wait-duration 5m)". */
function heldReason(h, wait) {
    return `a note with the same title was sent to it ${(0,format/* formatDuration */.a3)(h.agoMs)} ago, at ${h.lastAt} (wait-duration ${wait})`;
}
/** The notes with `record` added, the oldest dropped beyond KEEP_NOTES. */
function withNote(notes, record) {
    const all = [...notes, record];
    return all.length > KEEP_NOTES ? all.slice(all.length - KEEP_NOTES) : all;
}

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __nccwpck_require__(8571);
;// CONCATENATED MODULE: ./src/app/notify-note.ts








/** A stored note's text is cut here: the history keeps what was said, not a log. */
const MAX_STORED_TEXT = 1000;
/** A title is what wait-duration compares, and a notification's first line. */
const MAX_TITLE = 200;
/** The channels a note goes to: those named (each must exist), or every channel of the rules. */
function pickChannels(config, names) {
    const known = [...config.channels.keys()];
    if (known.length === 0)
        throw new diagnostics/* UserError */.yo(`${config.file}: the rules define no channel to send the note to; add one under channels:`);
    if (names.length === 0)
        return [...config.channels.values()];
    const unknown = names.filter((n) => !config.channels.has(n));
    if (unknown.length) {
        const lines = unknown.map((n) => {
            const near = (0,diagnostics/* suggest */.ZA)(n, known);
            return `unknown channel "${n}"; ${near ? `did you mean "${near}"? ` : ''}channels of ${config.file}: ${known.join(', ')}`;
        });
        throw new diagnostics/* UserError */.yo(lines.join('\n'));
    }
    const wanted = new Set(names);
    return [...config.channels.values()].filter((c) => wanted.has(c.name));
}
async function runNote(io, opts) {
    const redactor = new app_redactor/* Redactor */.p();
    const { config } = await rules_loadRules(io, opts, redactor);
    const channels = pickChannels(config, opts.channels);
    const store = opts.history ? await opts.history() : null;
    if (opts.wait && !store)
        io.log.warning(`wait-duration ${opts.wait.text} holds nothing back without a history (history: none)`);
    try {
        const ledger = store ? await store.load() : undefined;
        const run = { io, opts, redactor, at: new Date(opts.now).toISOString() };
        const decision = decideNote({
            notes: ledger?.notes ?? [],
            title: redactor.apply(opts.note.title),
            channels: channels.map((c) => c.name),
            waitMs: opts.wait?.ms,
            now: opts.now,
        });
        const deliveries = await send(run, channels, decision.held);
        const recorded = await notify_note_record(run, store, ledger, deliveries);
        const failed = deliveries.filter((d) => !d.ok && !d.skipped).length;
        return { deliveries, held: decision.held, failed, recorded };
    }
    finally {
        await store?.close?.();
    }
}
/** Sends to every channel not held back, configured and not skipped by its type; one delivery per channel, in order. */
async function send(run, channels, held) {
    const byName = new Map();
    const jobs = [];
    for (const channel of channels) {
        const job = await noteJob(run, channel, held);
        if ('messages' in job)
            jobs.push(job);
        else
            byName.set(channel.name, job);
    }
    const outcomes = jobs.length ? await run.io.deliver(jobs) : [];
    for (const { outcome } of outcomes) {
        const d = {
            ...outcome,
            at: run.at,
            ...(outcome.error ? { error: run.redactor.apply(outcome.error) } : {}),
        };
        byName.set(d.channel, d);
        logDelivery(run.io.log, d);
    }
    return channels.map((c) => byName.get(c.name));
}
/** The channel's job, or the skipped delivery that says why it sends nothing (logged here). */
async function noteJob(run, channel, held) {
    const { io, opts } = run;
    const skip = (error) => ({
        channel: channel.name,
        ok: false,
        skipped: true,
        attempts: 0,
        error,
        at: run.at,
    });
    const h = held.find((x) => x.channel === channel.name);
    if (h) {
        const reason = heldReason(h, opts.wait.text);
        io.log.notice(`the note is not sent to channel ${channel.name}: ${reason}`);
        return skip(reason);
    }
    if (channel.unconfiguredReason) {
        io.log.warning(`channel ${channel.name} is not configured (${channel.unconfiguredReason}): the note is not sent`);
        return skip('channel not configured');
    }
    const type = await registry_channelTypeOf(channel);
    if (!type) {
        io.log.warning(`channel ${channel.name}: this version cannot send to a channel of type ${channel.type}`);
        return skip(`type ${channel.type} not available`);
    }
    const skipped = type.skip?.(channel, opts.env);
    if (skipped) {
        io.log.notice(`channel ${channel.name}: ${skipped}`);
        return skip(skipped);
    }
    const messages = [type.note(channel, opts.note, opts.ctx)];
    return { channel, type, messages, ...(opts.github ? { github: opts.github } : {}) };
}
function logDelivery(log, d) {
    if (d.ok)
        log.info(`note sent to channel ${d.channel}`);
    else {
        const tries = `${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`;
        log.warning(`delivery of the note to channel ${d.channel} failed: ${d.error ?? 'unknown error'} (${tries})`);
    }
}
/** Keeps the note in the history when something was tried; a run that only held the note back writes nothing. */
async function notify_note_record(run, store, loaded, deliveries) {
    if (!store || !run.opts.historyWrite || deliveries.every((d) => d.skipped))
        return false;
    const { note } = run.opts;
    const entry = {
        title: run.redactor.apply(note.title),
        text: run.redactor.apply(note.text).slice(0, MAX_STORED_TEXT),
        level: note.level,
        at: run.at,
        channels: deliveries.map((d) => d.channel),
        deliveries: [...deliveries],
    };
    try {
        await store.update((current) => {
            const base = current ?? loaded ?? (0,history_ledger/* emptyLedger */.Hg)();
            return { ledger: { ...base, notes: withNote(base.notes ?? [], entry) }, result: undefined };
        }, `metric-alerts: note "${entry.title.slice(0, 60)}"`);
        return true;
    }
    catch (e) {
        run.io.log.warning(run.redactor.apply(`the note could not be recorded in the history: ${e instanceof Error ? e.message : String(e)}`));
        return false;
    }
}
/** The note as given (flags or inputs), checked; `named` names a field as the user wrote it ("--level"). */
function noteRequest(given, named) {
    const title = given.title.trim();
    if (!title)
        throw new diagnostics/* UserError */.yo(`${named('title')} is required: the note's title`);
    if (title.length > MAX_TITLE)
        throw new diagnostics/* UserError */.yo(`${named('title')} is ${title.length} characters long; at most ${MAX_TITLE} are allowed`);
    if (!given.text.trim())
        throw new diagnostics/* UserError */.yo(`${named('text')} is required: the note's text`);
    const level = given.level.trim() || 'info';
    if (!types/* SEVERITIES */.oC.includes(level))
        throw new diagnostics/* UserError */.yo(`${named('level')} "${level}" is not allowed; allowed: ${types/* SEVERITIES */.oC.join(', ')}`);
    const note = { title, text: given.text, level: level };
    const waitText = given.wait.trim();
    if (!waitText)
        return { note };
    const ms = (0,duration/* parseDuration */.E)(waitText);
    if (ms === undefined)
        throw new diagnostics/* UserError */.yo(`${named('wait-duration')} "${waitText}" is not a duration; allowed: a number and a unit, such as 30s, 5m, 6h, 1d, 2w`);
    return { note, wait: { ms, text: waitText } };
}

;// CONCATENATED MODULE: ./src/cli/notify.ts
// `metric-alerts notify`: one ad-hoc message to the channels of the rules (SPEC §5), deduplicated by wait-duration
// through the history file.








async function notifyCommand(argv, shell) {
    const { flags, positional, help } = parseArgs(argv, NOTIFY.flags, 'notify');
    if (help) {
        shell.out(commandUsage(NOTIFY));
        return 0;
    }
    const str = (name) => (typeof flags[name] === 'string' ? flags[name] : '');
    if (positional.length)
        throw new diagnostics/* UserError */.yo(`notify: unexpected argument "${positional[0]}"; give the text with --text`);
    if (flags['no-history'] && flags['history-file'])
        throw new diagnostics/* UserError */.yo('notify: --no-history and --history-file exclude each other');
    const given = { title: str('title'), text: str('text'), level: str('level'), wait: str('wait-duration') };
    const { note, wait } = noteRequest(given, (field) => `notify: --${field}`);
    if (wait && flags['no-history'])
        throw new diagnostics/* UserError */.yo('notify: --wait-duration needs the history; it cannot be used with --no-history');
    const redactor = new app_redactor/* Redactor */.p();
    const github = githubFromEnv(shell.env);
    if (github)
        redactor.add(github.token);
    const log = shell.log(redactor);
    const local = flags['no-history'] ? undefined : fileHistory(str('history-file') || 'alerts-history.json', shell.cwd);
    const ctx = { serverUrl: 'https://github.com' };
    const webhook = str('slack-webhook-url');
    const outcome = await runNote({
        readConfig: () => readConfigFile(str('config') || 'alerts.yml', shell.cwd),
        mask: (s) => redactor.add(s),
        log,
        deliver: async (jobs) => (jobs.length ? (await __nccwpck_require__.e(/* import() */ 996).then(__nccwpck_require__.bind(__nccwpck_require__, 3996))).deliverAll(jobs) : []),
    }, {
        env: shell.env,
        ...(webhook ? { defaultWebhookUrl: webhook } : {}),
        note,
        channels: flagList(flags.channel),
        ...(wait ? { wait } : {}),
        history: local ? async () => local : null,
        historyWrite: true,
        ctx,
        ...(github ? { github } : {}),
        now: Date.now(),
    });
    for (const line of noteLines(outcome))
        shell.out(redactor.apply(line));
    return outcome.failed ? 1 : 0;
}
/** One line per channel: sent, held back, skipped, or failed (and whether a later run can repair it). */
function noteLines(outcome) {
    return outcome.deliveries.map((d) => {
        if (d.ok)
            return `sent to channel ${d.channel}`;
        if (d.skipped)
            return `not sent to channel ${d.channel}: ${d.error ?? 'skipped'}`;
        const attempts = `${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`;
        return `delivery to channel ${d.channel} failed: ${d.error ?? 'unknown error'} (${attempts})`;
    });
}

// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __nccwpck_require__(3985);
;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI: `metric-alerts check | validate | history | schema | notify`, the same core as the action.

















function stderrLogger(err, redactor) {
    const where = (w) => w?.file
        ? `${(0,diagnostics/* formatDiagnostic */.xy)({ file: w.file, ...(w.line ? { line: w.line } : {}), ...(w.col ? { col: w.col } : {}), message: '' }).replace(/: $/, '')}: `
        : '';
    return {
        info: () => undefined,
        debug: () => undefined,
        notice: (m) => err(`note: ${redactor.apply(m)}`),
        warning: (m, w) => err(`warning: ${where(w)}${redactor.apply(m)}`),
        error: (m, w) => err(`error: ${where(w)}${redactor.apply(m)}`),
    };
}
const TOP_LEVEL = [...COMMANDS.map((c) => c.name), 'help', '--help', '--version'];
async function cli(argv, env, streams, cwd = process.cwd()) {
    try {
        return await dispatch(argv, env, streams, cwd);
    }
    catch (e) {
        if (e instanceof diagnostics/* UserError */.yo) {
            streams.err(e.message);
            return 2;
        }
        const err = e instanceof Error ? e : new Error(String(e));
        streams.err(`metric-alerts failed: ${err.message}`);
        if (env.METRIC_ALERTS_DEBUG || env.ACTIONS_STEP_DEBUG === 'true')
            streams.err(err.stack ?? '');
        return 2;
    }
}
async function dispatch(argv, env, streams, cwd) {
    const [command, ...rest] = argv;
    switch (command) {
        case undefined:
            streams.out(mainUsage(version/* VERSION */.x));
            return 2;
        case '--version':
        case '-V':
        case 'version':
            streams.out(version/* VERSION */.x);
            return 0;
        case 'help':
            return help(rest, streams);
        case 'schema':
            if (parseArgs(rest, SCHEMA.flags, 'schema').help)
                streams.out(commandUsage(SCHEMA));
            else
                streams.out(JSON.stringify((0,schema/* jsonSchema */.Og)(), null, 2));
            return 0;
        case 'validate':
            return await validate(rest, env, streams, cwd);
        case 'check':
            return await check(rest, env, streams, cwd);
        case 'history':
            return await history_history(rest, streams, cwd);
        case 'notify':
            return await notifyCommand(rest, { env, out: streams.out, cwd, log: (r) => stderrLogger(streams.err, r) });
        default:
            if (HELP_FLAGS.includes(command))
                return help([], streams);
            throw unknownCommand(command);
    }
}
function unknownCommand(command) {
    const near = (0,diagnostics/* suggest */.ZA)(command, TOP_LEVEL);
    return new diagnostics/* UserError */.yo(`unknown command "${command}"; ${near ? `did you mean "${near}"? ` : ''}allowed: ${COMMANDS.map((c) => c.name).join(', ')}, --help, --version`);
}
/** `metric-alerts help [COMMAND]`. */
function help(argv, streams) {
    const name = argv[0];
    const spec = COMMANDS.find((c) => c.name === name);
    if (name !== undefined && !spec)
        throw unknownCommand(name);
    streams.out(spec ? commandUsage(spec) : mainUsage(version/* VERSION */.x));
    return 0;
}
async function validate(argv, env, streams, cwd) {
    const { positional, help } = parseArgs(argv, VALIDATE.flags, 'validate');
    if (help) {
        streams.out(commandUsage(VALIDATE));
        return 0;
    }
    if (positional.length > 1)
        throw new diagnostics/* UserError */.yo('validate: give one rules file');
    const { file, text } = await readConfigFile(positional[0] ?? 'alerts.yml', cwd);
    const { config, warnings } = (0,load/* loadConfig */.Z9)({ text, file, env, now: Date.now() });
    for (const w of warnings)
        streams.err(`warning: ${(0,diagnostics/* formatDiagnostic */.xy)(w)}`);
    streams.out(`${file}: OK (${config.alerts.length} alert${config.alerts.length === 1 ? '' : 's'}, ${config.channels.size} channel${config.channels.size === 1 ? '' : 's'}${silenceCount(config.silences.length)})`);
    return 0;
}
function silenceCount(n) {
    return n === 0 ? '' : `, ${n} silence${n === 1 ? '' : 's'}`;
}
/** The flags of `check`, refused here when they cannot work together; undefined for --help. */
function checkFlags(argv) {
    const { flags, positional, help } = parseArgs(argv, CHECK.flags, 'check');
    if (help)
        return undefined;
    const str = (name) => flags[name];
    if (positional.length)
        throw new diagnostics/* UserError */.yo(`check: unexpected argument "${positional[0]}"; give metrics with --metrics`);
    const metrics = splitPatterns(str('metrics') ?? '');
    const failOn = str('fail-on') ?? 'never';
    if (!types/* FAIL_ON */.d$.includes(failOn))
        throw new diagnostics/* UserError */.yo(`check: --fail-on "${failOn}" is not allowed; allowed: ${types/* FAIL_ON */.d$.join(', ')}`);
    if (flags['no-history'] && flags['history-file'])
        throw new diagnostics/* UserError */.yo('check: --no-history and --history-file exclude each other');
    return {
        config: str('config') ?? 'alerts.yml',
        metrics,
        experiment: str('experiment') ?? 'default',
        runId: str('run-id') ?? 'local',
        historyFile: flags['no-history'] ? undefined : (str('history-file') ?? 'alerts-history.json'),
        failOn: failOn,
        webhook: str('slack-webhook-url'),
        dryRun: flags['dry-run'] === true,
        json: flags.json === true,
    };
}
async function check(argv, env, streams, cwd) {
    const flags = checkFlags(argv);
    if (!flags) {
        streams.out(commandUsage(CHECK));
        return 0;
    }
    const local = flags.historyFile === undefined ? undefined : fileHistory(flags.historyFile, cwd);
    const redactor = new app_redactor/* Redactor */.p();
    const github = githubFromEnv(env);
    if (github)
        redactor.add(github.token);
    const io = {
        readConfig: () => readConfigFile(flags.config, cwd),
        readMetrics: async ({ optional }) => {
            if (flags.metrics.length > 0)
                return readMetricsFiles(await findMetricsFiles(flags.metrics, cwd), cwd);
            if (!optional)
                throw new diagnostics/* UserError */.yo('check: --metrics is required (paths or globs of metrics files; optional only with a stale rule)');
            return [];
        },
        mask: (s) => redactor.add(s),
        deliver: async (jobs) => (jobs.length ? (await __nccwpck_require__.e(/* import() */ 996).then(__nccwpck_require__.bind(__nccwpck_require__, 3996))).deliverAll(jobs) : []),
        preview: (channel, message) => {
            if (!flags.json)
                streams.out(`── message for channel ${channel} (dry run: not sent) ──\n${message}\n`);
        },
        log: stderrLogger(streams.err, redactor),
    };
    const outcome = await runCheck(io, {
        env,
        ...(flags.webhook ? { defaultWebhookUrl: flags.webhook } : {}),
        identity: { experiment: flags.experiment, runId: flags.runId },
        history: local ? async () => local : null,
        ...(local ? { peekHistory: () => local.peek() } : {}),
        historyWrite: true,
        dryRun: flags.dryRun,
        failOn: flags.failOn,
        ctx: { serverUrl: 'https://github.com' },
        ...(github ? { github } : {}),
        now: Date.now(),
    });
    if (flags.json)
        streams.out(outcome.results);
    else
        for (const line of checkReport(outcome))
            streams.out(redactor.apply(line));
    for (const f of outcome.failures)
        streams.err(`error: ${f}`);
    return outcome.failures.length ? 1 : 0;
}
/** One line per alert instance, one per channel that this run's events went to, then the counts. */
function checkReport(outcome) {
    const lines = outcome.evaluation.results.map((r) => `${r.state.padEnd(11)} ${r.alert} [${r.experiment}] ${(0,format/* formatReading */.u1)(r, r.rule.change?.unit)}${r.event ? ` -> ${r.event}${r.record?.silenced ? ' (silenced: not sent)' : ''}` : ''}`);
    (0,arrays/* appendAll */.u)(lines, deliveryLines(outcome.deliveries));
    const c = outcome.counts;
    lines.push(`checked ${c.checked}, triggered ${c.triggered}, fired ${c.fired}, resolved ${c.resolved}, firing ${c.firing}${c.failedDeliveries ? `, failed deliveries ${c.failedDeliveries}` : ''}`);
    return lines;
}
/** What was sent, by channel name: per channel (one message a run), how many events, or why they were not sent. */
/** One line per channel: what this check sent it (earlier events sent late included), or why not. */
function deliveryLines(deliveries) {
    const sorted = [...deliveries].sort((a, b) => (a.delivery.channel < b.delivery.channel ? -1 : 1));
    return sorted.map(({ delivery: d, events, late }) => {
        const channel = d.channel;
        const count = `${events} event(s)${late ? ` (${late} late)` : ''}`;
        if (d.ok)
            return `sent ${count} to channel ${channel}`;
        if (d.skipped && d.error === 'dry run')
            return `dry run: ${count} not sent to channel ${channel}`;
        if (d.skipped)
            return `not sent to channel ${channel}: ${d.error ?? 'skipped'} (${count})`;
        const attempts = `${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`;
        return `delivery to channel ${channel} failed: ${d.error ?? 'unknown error'} (${attempts}); ${count} not sent`;
    });
}


/***/ }),

/***/ 3985:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts
// The package version, embedded in the bundle at build time (ncc inlines the JSON import).

const VERSION = package_namespaceObject.rE;


/***/ }),

/***/ 3309:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ extent),
/* harmony export */   u: () => (/* binding */ appendAll)
/* harmony export */ });
// Array helpers that hold for any size: spreading a large array into a call's arguments (`push(...items)`,
// `Math.min(...values)`) overflows the stack at around 125,000 items, so these loop instead.
/** Appends every item of `items` to `target` (the caller's own array), without spreading them into arguments. */
function appendAll(target, items) {
    for (const item of items)
        target.push(item);
}
/** The least and greatest of the values; `{ min: Infinity, max: -Infinity }` when there are none, as Math.min/max. */
function extent(values) {
    let min = Infinity;
    let max = -Infinity;
    for (const v of values) {
        if (v < min)
            min = v;
        if (v > max)
            max = v;
    }
    return { min, max };
}


/***/ }),

/***/ 288:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kj: () => (/* binding */ SIGMA_MIN_RUNS),
/* harmony export */   WD: () => (/* binding */ compareToBaseline)
/* harmony export */ });
/* unused harmony exports baselineOf, changeOf */
/** The finite values of the window: the up to `window` most recent earlier values (oldest first). */
function windowOf(earlier, window) {
    return earlier.filter(Number.isFinite).slice(-window);
}
/** Baseline of the earlier values (oldest first); undefined when there is none. */
function baselineOf(earlier, from, window) {
    const values = windowOf(earlier, window);
    if (values.length === 0)
        return undefined;
    switch (from) {
        case 'previous':
            return values[values.length - 1];
        case 'min':
            return values.reduce((a, b) => (b < a ? b : a));
        case 'max':
            return values.reduce((a, b) => (b > a ? b : a));
        case 'mean':
            return mean(values);
        case 'median': {
            const s = [...values].sort((a, b) => a - b);
            const mid = s.length >> 1;
            return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
        }
    }
}
/** value - baseline, or the relative change in percent; undefined for a zero baseline in percent. */
function changeOf(value, baseline, unit) {
    if (unit === 'absolute')
        return value - baseline;
    if (baseline === 0)
        return undefined;
    return ((value - baseline) / Math.abs(baseline)) * 100;
}
/** Earlier runs a sigma rule needs before its deviation means anything. */
const SIGMA_MIN_RUNS = 3;
/**
 * The change a rule compares. sigma: `(value - mean) / s`, `s` the sample standard deviation (n - 1) of the window;
 * fewer than 3 earlier values, or `s` at most 1e-9 × |mean| (zero for a zero mean: a flat history), is no baseline.
 */
function compareToBaseline(earlier, value, c) {
    if (c.unit !== 'sigma') {
        const baseline = baselineOf(earlier, c.from, c.window);
        const change = baseline === undefined ? undefined : changeOf(value, baseline, c.unit);
        return change === undefined ? (baseline === undefined ? {} : { baseline }) : { baseline, change };
    }
    const values = windowOf(earlier, c.window);
    if (values.length === 0)
        return {};
    const baseline = mean(values);
    if (values.length < SIGMA_MIN_RUNS)
        return { baseline };
    const spread = Math.sqrt(values.reduce((sum, v) => sum + (v - baseline) ** 2, 0) / (values.length - 1));
    if (!(spread > 1e-9 * Math.abs(baseline)))
        return { baseline, spread };
    return { baseline, change: (value - baseline) / spread, spread };
}
function mean(values) {
    return values.reduce((a, b) => a + b, 0) / values.length;
}


/***/ }),

/***/ 3164:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ breaches)
/* harmony export */ });
/** value op threshold; a value that is not finite breaches every rule (a NaN loss is what alerts are for). */
function breaches(value, op, threshold) {
    if (!Number.isFinite(value))
        return true;
    switch (op) {
        case '<':
            return value < threshold;
        case '>':
            return value > threshold;
        case '<=':
            return value <= threshold;
        case '>=':
            return value >= threshold;
        case '==':
            return value === threshold;
        case '!=':
            return value !== threshold;
    }
}


/***/ }),

/***/ 2491:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ isListKind),
/* harmony export */   UI: () => (/* binding */ CHANNEL_TYPE_NAMES),
/* harmony export */   gh: () => (/* binding */ channelKeys),
/* harmony export */   s8: () => (/* binding */ CHANNEL_TYPES)
/* harmony export */ });
const webhookUrl = (what) => ({
    kind: 'url',
    required: true,
    secret: true,
    description: `${what}. Write \${NAME} to read it from the step environment (keep it in a secret).`,
});
const CHANNEL_TYPES = {
    slack: {
        description: 'Slack: an incoming webhook (url), or the Web API (token + channel) with threads.',
        fields: {
            url: { ...webhookUrl('Incoming webhook URL'), required: false },
            token: {
                kind: 'text',
                secret: true,
                description: 'Bot token (xoxb-...) for the Web API, needs chat:write. Write ${NAME}.',
            },
            channel: { kind: 'text', description: 'Channel id (C0123ABC) or name for the Web API.' },
            'api-url': {
                kind: 'url',
                description: 'Base of the Web API, default https://slack.com/api (a stand-in for tests).',
            },
            mentions: {
                kind: 'mentions',
                description: 'Slack mentions added to firing messages: "<@U012AB3CD>", "<!subteam^S0123>", "<!here>".',
            },
        },
    },
    discord: {
        description: 'Discord: a channel webhook.',
        fields: {
            url: webhookUrl('Discord webhook URL'),
            mentions: {
                kind: 'mentions',
                description: 'Users "<@123...>" or roles "<@&456...>" pinged by firing messages (nothing else can ping).',
            },
        },
    },
    teams: {
        description: 'Microsoft Teams: a Workflows webhook (Office 365 connectors are retired).',
        fields: { url: webhookUrl('Teams Workflows webhook URL') },
    },
    email: {
        description: 'Email over SMTP: one mail per digest.',
        fields: {
            smtp: {
                kind: 'smtp-url',
                required: true,
                secret: true,
                description: 'smtp://host:587 (STARTTLS when offered), smtp+starttls:// (required) or smtps://host:465.',
            },
            from: { kind: 'email', required: true, description: 'Sender address.' },
            to: { kind: 'emails', required: true, description: 'Recipient addresses.' },
            username: { kind: 'text', description: 'SMTP user.' },
            password: { kind: 'text', secret: true, description: 'SMTP password. Write ${NAME}.' },
        },
    },
    webhook: {
        description: 'Any HTTP receiver: a versioned JSON payload, signed (Standard Webhooks) with a secret.',
        fields: {
            url: webhookUrl('Receiver URL'),
            secret: {
                kind: 'text',
                secret: true,
                description: 'Signing secret (whsec_... base64, or any text). Write ${NAME}.',
            },
        },
    },
    desktop: {
        description: 'A desktop notification, for the CLI on your machine; skipped in the action.',
        fields: {},
    },
    pagerduty: {
        description: 'PagerDuty Events API v2: trigger on fired and reminder, resolve on resolved, one incident per instance.',
        fields: {
            'routing-key': {
                kind: 'text',
                required: true,
                secret: true,
                description: 'Integration (routing) key of an Events API v2 integration. Write ${NAME}.',
            },
            url: { kind: 'url', description: 'Events API endpoint; https://events.eu.pagerduty.com/v2/enqueue for the EU.' },
        },
    },
    'github-issue': {
        description: 'One GitHub issue per alert instance: opened, commented, closed and reopened. Needs issues: write.',
        fields: {
            repository: { kind: 'repository', description: 'owner/name; default: the repository of the run.' },
            labels: {
                kind: 'labels',
                description: 'Labels of the issues, each at most 50 characters (the first also finds them again).',
            },
            assignees: { kind: 'logins', description: 'GitHub logins assigned to new issues (at most 10).' },
        },
    },
    datadog: {
        description: 'Datadog events: one per alert event, aggregated per instance.',
        fields: {
            'api-key': { kind: 'text', required: true, secret: true, description: 'Datadog API key. Write ${NAME}.' },
            site: {
                kind: 'datadog-site',
                description: 'Datadog site, default datadoghq.com (datadoghq.eu, us3.datadoghq.com, ...).',
            },
            'api-url': { kind: 'url', description: "Replaces the site's API base (a stand-in for tests)." },
        },
    },
    sentry: {
        description: 'Sentry: an event per fired or reminder event (Sentry resolves in its own UI).',
        fields: {
            dsn: { kind: 'url', required: true, secret: true, description: 'The project DSN. Write ${NAME}.' },
        },
    },
};
const CHANNEL_TYPE_NAMES = Object.keys(CHANNEL_TYPES);
function isListKind(kind) {
    return kind === 'mentions' || kind === 'emails' || kind === 'names' || kind === 'labels' || kind === 'logins';
}
/** The keys a channel of `type` may have, for "did you mean". */
function channelKeys(type) {
    const spec = typeof type === 'string' && Object.hasOwn(CHANNEL_TYPES, type) ? CHANNEL_TYPES[type] : undefined;
    return spec ? ['type', ...Object.keys(spec.fields)] : ['type'];
}


/***/ }),

/***/ 9489:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  compileRules: () => (/* binding */ compileRules),
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: DEFAULT_CHANNEL, MAX_CONFIG_BYTES, checkUrl

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7135);
// EXTERNAL MODULE: ./src/core/baseline.ts
var baseline = __nccwpck_require__(288);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __nccwpck_require__(8571);
// EXTERNAL MODULE: ./src/core/records.ts
var records = __nccwpck_require__(5033);
// EXTERNAL MODULE: ./src/core/template.ts
var template = __nccwpck_require__(9153);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __nccwpck_require__(3054);
// EXTERNAL MODULE: ./src/core/config/rules.ts + 1 modules
var config_rules = __nccwpck_require__(5424);
// EXTERNAL MODULE: ./src/core/config/schema.ts + 13 modules
var schema = __nccwpck_require__(8078);
// EXTERNAL MODULE: ./src/core/config/silences.ts
var config_silences = __nccwpck_require__(3828);
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

// EXTERNAL MODULE: ./src/core/config/channel-fields.ts
var channel_fields = __nccwpck_require__(2491);
;// CONCATENATED MODULE: ./src/core/config/load.ts
// alerts.yml text -> compiled rules (YAML parser and schema), or every problem of the file as a positioned diagnostic;
// loadConfig binds them to the environment (rules.ts) in one go.













const MAX_ALIASES = 100;
/** YAML syntax errors shown; the ones after the first are mostly its echoes. */
const MAX_SYNTAX_ERRORS = 5;
function loadConfig(input) {
    const { rules, errors } = compileRules(input.text, input.file);
    return (0,config_rules/* bindRules */.$9)(rules, {
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
    const parsed = schema/* fileSchema */.Mz.safeParse(raw, { reportInput: true });
    const issues = parsed.success ? [] : withoutImpliedBounds(parsed.error.issues);
    for (const issue of issues)
        reportIssue(issue, raw, err);
    if (!(0,records/* isRecord */.u)(raw))
        throw new diagnostics/* UserError */.yo((0,config_rules/* sortDiagnostics */.Ds)(errors));
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
    if (Buffer.byteLength(text, 'utf8') > config_rules/* MAX_CONFIG_BYTES */.GW) {
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
        if (!channels.has(c) && c !== config_rules/* DEFAULT_CHANNEL */.YY) {
            const known = [...channels.keys()];
            const hint = (0,diagnostics/* suggest */.ZA)(c, known);
            err([...path, 'channels', i], `unknown channel "${c}"; defined channels: ${known.length ? known.join(', ') : '(none: add a channels: section or the slack-webhook-url input)'}${hint ? `. Did you mean "${hint}"?` : ''}`);
        }
    });
    const runbook = text('runbook');
    const problem = runbook === undefined ? undefined : (0,config_rules/* checkUrl */.CU)(runbook);
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
        return schema/* KNOWN_KEYS */.B.file;
    if (a === 'channels' && path.length === 2)
        return (0,channel_fields/* channelKeys */.gh)(valueAt(raw, [...path, 'type']));
    if (a === 'alerts' && path.length === 2)
        return schema/* KNOWN_KEYS */.B.alert;
    if (a === 'defaults' && path.length === 1)
        return schema/* KNOWN_KEYS */.B.defaults;
    if (a === 'history' && path.length === 1)
        return schema/* KNOWN_KEYS */.B.history;
    if ((a === 'alerts' && c === 'change') || (a === 'defaults' && b === 'change'))
        return schema/* KNOWN_KEYS */.B.change;
    if (a === 'silences' && path.length === 2)
        return schema/* KNOWN_KEYS */.B.silence;
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
        err(path, `${where} ${(0,diagnostics/* describeValue */.bp)(input)} is not a valid name; allowed: letters, digits, ".", "_", "-", starting with a letter or digit, at most 64 characters (${schema/* NAME_PATTERN */.Vh.source})`);
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

/***/ 5424:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YY: () => (/* binding */ DEFAULT_CHANNEL),
  GW: () => (/* binding */ MAX_CONFIG_BYTES),
  $9: () => (/* binding */ bindRules),
  CU: () => (/* reexport */ url/* checkUrl */.CU),
  Ds: () => (/* binding */ sortDiagnostics)
});

// UNUSED EXPORTS: MIN_SECRET_PART, urlSecrets

// EXTERNAL MODULE: ./src/core/arrays.ts
var arrays = __nccwpck_require__(3309);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7135);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __nccwpck_require__(3054);
// EXTERNAL MODULE: ./src/core/config/channel-fields.ts
var channel_fields = __nccwpck_require__(2491);
// EXTERNAL MODULE: ./src/core/config/url.ts
var url = __nccwpck_require__(1383);
;// CONCATENATED MODULE: ./src/core/config/bind-channel.ts
// One channel as written -> the typed channel this step sends to: ${NAME} read from the environment, each field checked
// for its kind (URLs, addresses, mentions), secrets collected for masking. A field whose variable is unset or empty makes
// the channel unconfigured (skipped with a warning), never an error: fork pull requests have no secrets.




const SLACK_MENTION = /^(<@[UW][A-Z0-9]{2,}>|<!subteam\^S[A-Z0-9]{2,}>|<!(here|channel|everyone)>)$/;
const DISCORD_MENTION = /^<@&?\d{17,20}>$/;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const NAME = /^[^\s,][^,\r\n]{0,99}$/;
/** GitHub's limits: a label of at most 50 characters, a login of 1 to 39, at most 10 assignees. */
const LABEL_MAX = 50;
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
const MAX_ASSIGNEES = 10;
/** What one item of a list field is called in an error. */
const ITEM_WORD = { mentions: 'mention', labels: 'label', logins: 'assignee' };
const EMAIL = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\]]+$/;
const MENTION_RULES = {
    slack: {
        pattern: SLACK_MENTION,
        allowed: '"<@U012AB3CD>" (user), "<!subteam^S0123>" (user group), "<!here>", "<!channel>"',
    },
    discord: { pattern: DISCORD_MENTION, allowed: '"<@123456789012345678>" (user), "<@&123456789012345678>" (role)' },
};
function bindChannel(ch, env) {
    const out = { channel: { name: ch.name, type: 'desktop' }, errors: [], warnings: [], secrets: [] };
    const resolved = { values: {}, missing: [] };
    const spec = channel_fields/* CHANNEL_TYPES */.s8[ch.type];
    for (const [field, value] of Object.entries(ch.fields)) {
        const fieldSpec = spec.fields[field];
        if (!fieldSpec)
            continue;
        const at = ch.at.fields[field];
        const cx = { ch, field, spec: fieldSpec, out, resolved, env };
        if (Array.isArray(value))
            bindList(cx, value, Array.isArray(at) ? at : []);
        else
            bindText(cx, value, Array.isArray(at) || !at ? ch.at.key : at);
    }
    const channel = typed(ch, resolved.values);
    if (resolved.missing.length > 0)
        channel.unconfiguredReason = `\${${[...new Set(resolved.missing)].join('}, ${')}} is unset or empty`;
    out.channel = channel;
    return out;
}
function bindText(cx, written, at) {
    const { ch, field, spec, out, resolved } = cx;
    const v = (0,url/* interpolate */.GW)(written, cx.env);
    if (v.missing.length > 0) {
        resolved.missing.push(...v.missing);
        return;
    }
    const problem = checkKind(spec.kind, v.value);
    if (problem) {
        // Never echo a value that came from the environment: it may be a secret.
        const shown = v.fromEnv
            ? ` read from \${${v.refs.join('}, ${')}}`
            : spec.secret
                ? ''
                : ` ${(0,diagnostics/* describeValue */.bp)(v.value)}`;
        out.errors.push({ at, message: `channel "${ch.name}": ${v.fromEnv ? 'the ' : ''}${field}${shown} ${problem}` });
        return;
    }
    resolved.values[field] = v.value;
    if (spec.secret) {
        out.secrets.push(...(spec.kind === 'text' ? [v.value] : (0,url/* urlSecrets */.Fn)(v.value)));
        if (!v.fromEnv)
            out.warnings.push({
                at,
                message: `channel "${ch.name}": ${field} is written in the file, so the repository now holds a secret; use ${field}: \${${suggestedVariable(ch, field)}} and a repository secret`,
            });
    }
}
function bindList(cx, written, at) {
    const { ch, field, spec, out, resolved } = cx;
    const values = [];
    written.forEach((item, i) => {
        const v = (0,url/* interpolate */.GW)(item, cx.env);
        // An unset mention is left out; an unset address leaves the channel unconfigured.
        if (v.missing.length > 0) {
            if (spec.kind !== 'mentions')
                resolved.missing.push(...v.missing);
            return;
        }
        const problem = listProblem(ch.type, spec.kind, v.value, v.fromEnv);
        const what = ITEM_WORD[spec.kind] ?? (spec.kind === 'names' ? field : `${field} address`);
        if (problem)
            out.errors.push({ at: at[i] ?? ch.at.key, message: `channel "${ch.name}": ${what} ${problem}` });
        else
            values.push(v.value);
    });
    if (spec.kind === 'logins' && written.length > MAX_ASSIGNEES)
        out.errors.push({
            at: at[MAX_ASSIGNEES] ?? ch.at.key,
            message: `channel "${ch.name}": ${written.length} ${field}; GitHub assigns at most ${MAX_ASSIGNEES} to an issue`,
        });
    resolved.values[field] = values;
}
/** What is wrong with one item of a list field, or undefined. */
function listProblem(type, kind, value, fromEnv) {
    const name = NAME.test(value)
        ? undefined
        : `${(0,diagnostics/* describeValue */.bp)(value)} is not a name; allowed: up to 100 characters, one line, no commas`;
    if (kind === 'names')
        return name;
    if (kind === 'labels')
        return (name ??
            (value.length > LABEL_MAX
                ? `${(0,diagnostics/* describeValue */.bp)(value)} has ${value.length} characters; GitHub allows at most ${LABEL_MAX} in a label`
                : undefined));
    if (kind === 'logins')
        return LOGIN.test(value)
            ? undefined
            : `${(0,diagnostics/* describeValue */.bp)(value)} is not a GitHub login; allowed: letters, digits and hyphens, 1 to 39 characters, not starting with a hyphen`;
    if (kind === 'mentions')
        return checkMention(type, value);
    const problem = checkKind('email', value);
    return problem && `${fromEnv ? 'read from the environment' : (0,diagnostics/* describeValue */.bp)(value)} ${problem}`;
}
function checkKind(kind, value) {
    if (kind === 'url')
        return (0,url/* checkUrl */.CU)(value);
    if (kind === 'smtp-url')
        return checkSmtpUrl(value);
    if (kind === 'email' && !EMAIL.test(value))
        return 'is not an email address; allowed: name@example.com';
    if (kind === 'repository' && !REPOSITORY.test(value))
        return 'is not a repository; allowed: owner/name';
    if (kind === 'datadog-site' && !types/* DATADOG_SITES */.mj.includes(value))
        return `is not a Datadog site; allowed: ${types/* DATADOG_SITES */.mj.join(', ')}`;
    if ((0,channel_fields/* isListKind */.BB)(kind))
        return undefined;
    if (/[\r\n]/.test(value))
        return 'must be one line';
    return undefined;
}
function checkMention(type, value) {
    const rule = MENTION_RULES[type];
    if (!rule || rule.pattern.test(value))
        return undefined;
    return `${(0,diagnostics/* describeValue */.bp)(value)} is not a ${type === 'slack' ? 'Slack' : 'Discord'} mention; allowed: ${rule.allowed}`;
}
/** An SMTP server URL; what is wrong with it (never the URL itself), or undefined. */
function checkSmtpUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return 'is not a valid URL';
    }
    if (!['smtp:', 'smtps:', 'smtp+starttls:'].includes(url.protocol))
        return `must be an smtp://, smtp+starttls:// or smtps:// URL, found the scheme "${url.protocol.replace(/:$/, '')}"`;
    if (!url.hostname)
        return 'has no host';
    return undefined;
}
function suggestedVariable(ch, field) {
    return `${ch.name}_${field}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}
const bind_channel_text = (v) => (typeof v === 'string' ? v : undefined);
const list = (v) => (Array.isArray(v) ? v : []);
/** The typed channel from its resolved fields; a field left unresolved stays empty (the channel is unconfigured). */
/** `{ key: value }` when the value is set, else nothing: optional fields stay absent rather than undefined. */
function opt(key, value) {
    return value === undefined ? {} : { [key]: value };
}
function typed(ch, v) {
    const { name } = ch;
    const url = bind_channel_text(v.url) ?? '';
    switch (ch.type) {
        case 'slack': {
            const apiUrl = bind_channel_text(v['api-url']) ?? types/* SLACK_API_URL */.id;
            const mode = { ...opt('url', bind_channel_text(v.url)), ...opt('token', bind_channel_text(v.token)), ...opt('channel', bind_channel_text(v.channel)) };
            return { name, type: 'slack', apiUrl, mentions: list(v.mentions), ...mode };
        }
        case 'discord':
            return { name, type: 'discord', url, mentions: list(v.mentions) };
        case 'teams':
            return { name, type: 'teams', url };
        case 'email': {
            const login = { ...opt('username', bind_channel_text(v.username)), ...opt('password', bind_channel_text(v.password)) };
            return { name, type: 'email', smtp: bind_channel_text(v.smtp) ?? '', from: bind_channel_text(v.from) ?? '', to: list(v.to), ...login };
        }
        case 'webhook':
            return { name, type: 'webhook', url, ...opt('secret', bind_channel_text(v.secret)) };
        case 'desktop':
            return { name, type: 'desktop' };
        case 'pagerduty':
            return {
                name,
                type: 'pagerduty',
                routingKey: bind_channel_text(v['routing-key']) ?? '',
                url: bind_channel_text(v.url) ?? types/* PAGERDUTY_EVENTS_URL */.mJ,
            };
        case 'github-issue': {
            const lists = { labels: list(v.labels), assignees: list(v.assignees) };
            return { name, type: 'github-issue', ...lists, ...opt('repository', bind_channel_text(v.repository)) };
        }
        case 'datadog': {
            const site = bind_channel_text(v.site) ?? 'datadoghq.com';
            return { name, type: 'datadog', apiKey: bind_channel_text(v['api-key']) ?? '', site, ...opt('apiUrl', bind_channel_text(v['api-url'])) };
        }
        case 'sentry':
            return { name, type: 'sentry', dsn: bind_channel_text(v.dsn) ?? '' };
    }
}

// EXTERNAL MODULE: ./src/core/config/silences.ts
var config_silences = __nccwpck_require__(3828);
;// CONCATENATED MODULE: ./src/core/config/rules.ts
// Compiled rules -> Config for this step: the part of loading alerts.yml that depends on the environment (${NAME} in
// channel fields, the slack-webhook-url input). It needs neither the YAML parser nor the schema, so a run whose rules
// were compiled before (see memo.ts) loads neither.







const MAX_CONFIG_BYTES = 1024 * 1024;
const DEFAULT_CHANNEL = 'default';
/**
 * Resolves the channels against the environment and the default channel. `fileErrors` (problems of the file found
 * while compiling) are reported together with the environment's, every one at once.
 */
function bindRules(rules, input, fileErrors = []) {
    const { file } = input;
    const out = { file, errors: [...fileErrors], warnings: [], secrets: [], channels: new Map() };
    for (const bound of rules.channels.map((ch) => bindChannel(ch, input.env))) {
        for (const e of bound.errors)
            out.errors.push({ file, ...e.at, message: e.message });
        for (const w of bound.warnings)
            out.warnings.push({ file, ...w.at, message: w.message });
        (0,arrays/* appendAll */.u)(out.secrets, bound.secrets);
        out.channels.set(bound.channel.name, bound.channel);
    }
    bindDefaultChannel(rules, input, out);
    const alerts = bindAlerts(rules, out);
    if (out.errors.length > 0)
        throw new diagnostics/* UserError */.yo(sortDiagnostics(out.errors));
    const ruleList = rules.alerts.map((a) => a.rule);
    (0,arrays/* appendAll */.u)(out.warnings, (0,config_silences/* silenceWarnings */.de)(rules.silences, ruleList, file, input.now));
    for (const ch of rules.channels) {
        const c = out.channels.get(ch.name);
        if (c && c.unconfiguredReason) {
            out.warnings.push({
                file,
                ...ch.at.key,
                message: `channel "${ch.name}" is not configured (${c.unconfiguredReason}); its messages are skipped`,
            });
        }
    }
    const silences = rules.silences.map((s) => s.silence);
    const config = { version: 1, file, channels: out.channels, alerts, history: { ...rules.history }, silences };
    return { config, warnings: out.warnings, secrets: out.secrets };
}
/** The slack-webhook-url input: a slack channel named `default`, unless the file defines one. */
function bindDefaultChannel(rules, input, out) {
    if (input.defaultWebhookUrl === undefined || input.defaultWebhookUrl === '')
        return;
    const defined = rules.channels.find((c) => c.name === DEFAULT_CHANNEL);
    if (defined) {
        out.warnings.push({
            file: out.file,
            ...defined.at.key,
            message: `a channel named "${DEFAULT_CHANNEL}" is defined in the file, so the slack-webhook-url input is not used`,
        });
        return;
    }
    const problem = (0,url/* checkUrl */.CU)(input.defaultWebhookUrl);
    // Reported with the file's errors, not instead of them.
    if (problem) {
        out.errors.push({ file: 'slack-webhook-url', message: `the slack-webhook-url input ${problem}` });
        return;
    }
    out.channels.set(DEFAULT_CHANNEL, {
        name: DEFAULT_CHANNEL,
        type: 'slack',
        url: input.defaultWebhookUrl,
        apiUrl: types/* SLACK_API_URL */.id,
        mentions: [],
    });
    (0,arrays/* appendAll */.u)(out.secrets, (0,url/* urlSecrets */.Fn)(input.defaultWebhookUrl));
}
/** Each alert with its channels (the default channel when it names none); an enabled alert with none is a warning. */
function bindAlerts(rules, out) {
    const fallback = out.channels.has(DEFAULT_CHANNEL) ? [DEFAULT_CHANNEL] : [];
    return rules.alerts.map(({ rule, at }) => {
        const bound = { ...rule, channels: rule.channels ?? fallback };
        if (bound.channels.length === 0 && bound.enabled) {
            out.warnings.push({
                file: out.file,
                ...at,
                message: `alert "${rule.name}" has no channels: set channels (or defaults.channels) or the slack-webhook-url input; it is evaluated and reported but notifies no one`,
            });
        }
        return bound;
    });
}
function sortDiagnostics(list) {
    return [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}


/***/ }),

/***/ 8078:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ KNOWN_KEYS),
  Vh: () => (/* binding */ NAME_PATTERN),
  Mz: () => (/* binding */ fileSchema),
  Og: () => (/* binding */ jsonSchema)
});

// UNUSED EXPORTS: BASELINES, DURATION_PATTERN, ON_MISSING, OPS, REDUCERS, SEVERITIES, UNITS, alertSchema, channelSchema, defaultsSchema, historySchema, silenceSchema

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var _a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ (/* unused pure expression or super */ null && (cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
})));
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var core_a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(core_a = globalThis).__zod_globalConfig ?? (core_a.__zod_globalConfig = {});
const core_globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(core_globalConfig, newConfig);
    return core_globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : util.floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? util.codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = util.getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.lowercase);
    $ZodCheckStringFormat.init(inst, def);
})));
const $ZodCheckUpperCase = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.uppercase);
    $ZodCheckStringFormat.init(inst, def);
})));
const $ZodCheckIncludes = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = util.escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckStartsWith = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${util.escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckEndsWith = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${util.escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...util.prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    util.hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
})));
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
})));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = (/* unused pure expression or super */ null && (`^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`));
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = (/* unused pure expression or super */ null && (`(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`));
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ (/* unused pure expression or super */ null && (regexes_anchor(dateSource)));
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    checks.$ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
})));
const $ZodGUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.guid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodUUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = regexes.uuid(v));
    }
    else
        def.pattern ?? (def.pattern = regexes.uuid());
    $ZodStringFormat.init(inst, def);
})));
const $ZodEmail = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.email);
    $ZodStringFormat.init(inst, def);
})));
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === regexes.httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodEmoji = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.emoji());
    $ZodStringFormat.init(inst, def);
})));
const $ZodNanoID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? regexes.nanoid : regexes.nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
})));
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.cuid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodCUID2 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.cuid2);
    $ZodStringFormat.init(inst, def);
})));
const $ZodULID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.ulid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodXID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.xid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodKSUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.ksuid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodISODateTime = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.datetime(def));
    $ZodStringFormat.init(inst, def);
})));
const $ZodISODate = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.date);
    $ZodStringFormat.init(inst, def);
})));
const $ZodISOTime = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.time(def));
    $ZodStringFormat.init(inst, def);
})));
const $ZodISODuration = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.duration);
    $ZodStringFormat.init(inst, def);
})));
const $ZodIPv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.ipv4);
    $ZodStringFormat.init(inst, def);
})));
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.cidrv4);
    $ZodStringFormat.init(inst, def);
})));
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodE164 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.e164);
    $ZodStringFormat.init(inst, def);
})));
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
})));
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
})));
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = core_globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = util.cached(() => normalizeDef(def));
    const memo = core.globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : util.esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util.isObject;
    const jit = !core.globalConfig.jitless;
    const allowsEval = util.allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
})));
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util_isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
})));
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (util.isPlainObject(a) && util.isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (util.aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = util.aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (util.aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
})));
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...util.prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...util.prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    core.globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new core.$ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
})));
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    util.defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    util.defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
})));
const $ZodNullable = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    util.defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${util.cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    util.defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
})));
const $ZodDefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    util.defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
})));
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    util.defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
})));
const $ZodNonOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
})));
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
})));
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
})));
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
})));
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustom", (inst, def) => {
    checks.$ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
})));
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util.issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new checks.$ZodCheckLessThan({
        check: "less_than",
        ...util.normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new checks.$ZodCheckGreaterThan({
        check: "greater_than",
        ...util.normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new checks.$ZodCheckMultipleOf({
        check: "multiple_of",
        ...util.normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new checks.$ZodCheckLengthEquals({
        check: "length_equals",
        ...util.normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new checks.$ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new checks.$ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new checks.$ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...util.normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new checks.$ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...util.normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new checks.$ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...util.normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new checks.$ZodCheckProperties({
        check: "properties",
        shape,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new checks.$ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => util.slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...util.normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util.issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util.issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new checks.$ZodCheck({
        check: "custom",
        ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ (/* unused pure expression or super */ null && (Symbol.for("zod.compile.invalid")));
const COMPILE_FALLBACK = /* @__PURE__ */ (/* unused pure expression or super */ null && (Symbol.for("zod.compile.fallback")));
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new core.$ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/mini/schemas.js




const ZodMiniType = /*@__PURE__*/ $constructor("ZodMiniType", (inst, def) => {
    if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
}, {
    // `with` is an alias for `check`: the same function object, not a wrapper.
    get with() {
        return this.check;
    },
    set with(value) {
        own(this, "with", value);
    },
    parse(data, params) {
        return parse_parse(this, data, params, { callee: this.parse });
    },
    parseAsync(data, params) {
        return parse_parseAsync(this, data, params, { callee: this.parseAsync });
    },
    safeParse(data, params) {
        return safeParse(this, data, params);
    },
    safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
    },
    check(...checks) {
        const def = this.def;
        return this.clone({
            ...def,
            checks: [
                ...(def.checks ?? []),
                ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }, { parent: true });
    },
    clone(_def, params) {
        return clone(this, _def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
});
const ZodMiniString = /*@__PURE__*/ $constructor("ZodMiniString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_string(params) {
    return _string(ZodMiniString, params);
}
const ZodMiniStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniStringFormat", (inst, def) => {
    core.$ZodStringFormat.init(inst, def);
    ZodMiniString.init(inst, def);
})));
const ZodMiniEmail = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniEmail", (inst, def) => {
    core.$ZodEmail.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_email(params) {
    return core._email(ZodMiniEmail, params);
}
const ZodMiniGUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniGUID", (inst, def) => {
    core.$ZodGUID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_guid(params) {
    return core._guid(ZodMiniGUID, params);
}
const ZodMiniUUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniUUID", (inst, def) => {
    core.$ZodUUID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_uuid(params) {
    return core._uuid(ZodMiniUUID, params);
}
// @__NO_SIDE_EFFECTS__
function uuidv4(params) {
    return core._uuidv4(ZodMiniUUID, params);
}
// ZodMiniUUIDv6
// @__NO_SIDE_EFFECTS__
function uuidv6(params) {
    return core._uuidv6(ZodMiniUUID, params);
}
// ZodMiniUUIDv7
// @__NO_SIDE_EFFECTS__
function uuidv7(params) {
    return core._uuidv7(ZodMiniUUID, params);
}
const ZodMiniURL = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniURL", (inst, def) => {
    core.$ZodURL.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function url(params) {
    return core._url(ZodMiniURL, params);
}
// @__NO_SIDE_EFFECTS__
function httpUrl(params) {
    return core._url(ZodMiniURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodMiniEmoji = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniEmoji", (inst, def) => {
    core.$ZodEmoji.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_emoji(params) {
    return core._emoji(ZodMiniEmoji, params);
}
const ZodMiniNanoID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNanoID", (inst, def) => {
    core.$ZodNanoID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_nanoid(params) {
    return core._nanoid(ZodMiniNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodMiniCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodMiniCUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCUID", (inst, def) => {
    core.$ZodCUID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function schemas_cuid(params) {
    return core._cuid(ZodMiniCUID, params);
}
const ZodMiniCUID2 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCUID2", (inst, def) => {
    core.$ZodCUID2.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_cuid2(params) {
    return core._cuid2(ZodMiniCUID2, params);
}
const ZodMiniULID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniULID", (inst, def) => {
    core.$ZodULID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_ulid(params) {
    return core._ulid(ZodMiniULID, params);
}
const ZodMiniXID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniXID", (inst, def) => {
    core.$ZodXID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_xid(params) {
    return core._xid(ZodMiniXID, params);
}
const ZodMiniKSUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniKSUID", (inst, def) => {
    core.$ZodKSUID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_ksuid(params) {
    return core._ksuid(ZodMiniKSUID, params);
}
const ZodMiniIPv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniIPv4", (inst, def) => {
    core.$ZodIPv4.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_ipv4(params) {
    return core._ipv4(ZodMiniIPv4, params);
}
const ZodMiniIPv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniIPv6", (inst, def) => {
    core.$ZodIPv6.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_ipv6(params) {
    return core._ipv6(ZodMiniIPv6, params);
}
const ZodMiniCIDRv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCIDRv4", (inst, def) => {
    core.$ZodCIDRv4.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_cidrv4(params) {
    return core._cidrv4(ZodMiniCIDRv4, params);
}
const ZodMiniCIDRv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCIDRv6", (inst, def) => {
    core.$ZodCIDRv6.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_cidrv6(params) {
    return core._cidrv6(ZodMiniCIDRv6, params);
}
const ZodMiniMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniMAC", (inst, def) => {
    core.$ZodMAC.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_mac(params) {
    return core._mac(ZodMiniMAC, params);
}
const ZodMiniBase64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniBase64", (inst, def) => {
    core.$ZodBase64.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_base64(params) {
    return core._base64(ZodMiniBase64, params);
}
const ZodMiniBase64URL = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniBase64URL", (inst, def) => {
    core.$ZodBase64URL.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_base64url(params) {
    return core._base64url(ZodMiniBase64URL, params);
}
const ZodMiniE164 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniE164", (inst, def) => {
    core.$ZodE164.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_e164(params) {
    return core._e164(ZodMiniE164, params);
}
const ZodMiniCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_creditCard(params) {
    return core._creditCard(ZodMiniCreditCard, params);
}
const ZodMiniIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_iban(params) {
    return core._iban(ZodMiniIBAN, params);
}
const ZodMiniJWT = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniJWT", (inst, def) => {
    core.$ZodJWT.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function jwt(params) {
    return core._jwt(ZodMiniJWT, params);
}
const ZodMiniCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCustomStringFormat", (inst, def) => {
    core.$ZodCustomStringFormat.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodMiniCustomStringFormat, format, fnOrRegex, _params);
}
// @__NO_SIDE_EFFECTS__
function schemas_hostname(_params) {
    return core._stringFormat(ZodMiniCustomStringFormat, "hostname", regexes.hostname, _params);
}
// @__NO_SIDE_EFFECTS__
function schemas_hex(_params) {
    return core._stringFormat(ZodMiniCustomStringFormat, "hex", regexes.hex, _params);
}
// @__NO_SIDE_EFFECTS__
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodMiniCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
// @__NO_SIDE_EFFECTS__
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    // check for unrecognized format
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodMiniCustomStringFormat, format, regex, params);
}
const ZodMiniNumber = /*@__PURE__*/ $constructor("ZodMiniNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_number(params) {
    return _number(ZodMiniNumber, params);
}
const ZodMiniNumberFormat = /*@__PURE__*/ $constructor("ZodMiniNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodMiniNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodMiniNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodMiniNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodMiniNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodMiniNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodMiniNumberFormat, params);
}
const ZodMiniBoolean = /*@__PURE__*/ $constructor("ZodMiniBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_boolean(params) {
    return _boolean(ZodMiniBoolean, params);
}
const ZodMiniBigInt = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniBigInt", (inst, def) => {
    core.$ZodBigInt.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_bigint(params) {
    return core._bigint(ZodMiniBigInt, params);
}
const ZodMiniBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodMiniBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodMiniBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodMiniBigIntFormat, params);
}
const ZodMiniSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function symbol(params) {
    return core._symbol(ZodMiniSymbol, params);
}
const ZodMiniUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_undefined(params) {
    return core._undefined(ZodMiniUndefined, params);
}

const ZodMiniNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_null(params) {
    return core._null(ZodMiniNull, params);
}

const ZodMiniAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function any() {
    return core._any(ZodMiniAny);
}
const ZodMiniUnknown = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniUnknown", (inst, def) => {
    core.$ZodUnknown.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function unknown() {
    return core._unknown(ZodMiniUnknown);
}
const ZodMiniNever = /*@__PURE__*/ $constructor("ZodMiniNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
    return _never(ZodMiniNever, params);
}
const ZodMiniVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_void(params) {
    return core._void(ZodMiniVoid, params);
}

const ZodMiniDate = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniDate", (inst, def) => {
    core.$ZodDate.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_date(params) {
    return core._date(ZodMiniDate, params);
}
const ZodMiniArray = /*@__PURE__*/ $constructor("ZodMiniArray", (inst, def) => {
    $ZodArray.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
    return new ZodMiniArray({
        type: "array",
        element: element,
        ...normalizeParams(params),
    });
}
// .keyof
// @__NO_SIDE_EFFECTS__
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodMiniObject = /*@__PURE__*/ $constructor("ZodMiniObject", (inst, def) => {
    $ZodObject.init(inst, def);
    ZodMiniType.init(inst, def);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...util.normalizeParams(params),
    };
    return new ZodMiniObject(def);
}
// strictObject
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
    return new ZodMiniObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
// looseObject
// @__NO_SIDE_EFFECTS__
function looseObject(shape, params) {
    return new ZodMiniObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
// object methods
// @__NO_SIDE_EFFECTS__
function schemas_extend(schema, shape) {
    return util.extend(schema, shape);
}
// @__NO_SIDE_EFFECTS__
function schemas_safeExtend(schema, shape) {
    return util.safeExtend(schema, shape);
}
/**
 * @deprecated Use [`z.extend(A, B.shape)`](https://zod.dev/api?id=extend) instead.
 */
// @__NO_SIDE_EFFECTS__
function schemas_merge(a, b) {
    return util.merge(a, b);
}
// @__NO_SIDE_EFFECTS__
function schemas_pick(schema, mask) {
    return util.pick(schema, mask);
}
// .omit
// @__NO_SIDE_EFFECTS__
function schemas_omit(schema, mask) {
    return util.omit(schema, mask);
}
// @__NO_SIDE_EFFECTS__
function schemas_partial(schema, mask) {
    const def = schema._zod.def;
    if (def.type !== "tuple")
        return util.partial(ZodMiniOptional, schema, mask);
    // a refinement was authored against the full arity; partialing would run it on a shorter array
    if (def.checks?.length)
        throw new Error(".partial() cannot be used on tuple schemas containing refinements");
    return util.clone(schema, {
        ...def,
        items: def.items.map((item) => new ZodMiniOptional({ type: "optional", innerType: item })),
    });
}
// @__NO_SIDE_EFFECTS__
function exactPartial(schema, mask) {
    return util.partial(ZodMiniExactOptional, schema, mask, "exactPartial");
}
// @__NO_SIDE_EFFECTS__
function schemas_required(schema, mask) {
    return util.required(ZodMiniNonOptional, schema, mask);
}
// @__NO_SIDE_EFFECTS__
function catchall(inst, catchall) {
    // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
    return inst.clone(util.mergeDefs(inst._zod.def, { catchall: catchall }));
}
const ZodMiniUnion = /*@__PURE__*/ $constructor("ZodMiniUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
    return new ZodMiniUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodMiniXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniXor", (inst, def) => {
    ZodMiniUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodMiniXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodMiniDiscriminatedUnion = /*@__PURE__*/ $constructor("ZodMiniDiscriminatedUnion", (inst, def) => {
    $ZodDiscriminatedUnion.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function discriminatedUnion(discriminator, options, params) {
    return new ZodMiniDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...normalizeParams(params),
    });
}
const ZodMiniIntersection = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniIntersection", (inst, def) => {
    core.$ZodIntersection.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function intersection(left, right) {
    return new ZodMiniIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodMiniTuple = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniTuple", (inst, def) => {
    core.$ZodTuple.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodMiniTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodMiniRecord = /*@__PURE__*/ $constructor("ZodMiniRecord", (inst, def) => {
    $ZodRecord.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodMiniRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function partialRecord(keyType, valueType, params) {
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMiniMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniMap", (inst, def) => {
    core.$ZodMap.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function map(keyType, valueType, params) {
    return new ZodMiniMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniSet", (inst, def) => {
    core.$ZodSet.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function set(valueType, params) {
    return new ZodMiniSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniEnum = /*@__PURE__*/ $constructor("ZodMiniEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodMiniType.init(inst, def);
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodMiniEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodMiniEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodMiniLiteral = /*@__PURE__*/ $constructor("ZodMiniLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
    return new ZodMiniLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodMiniFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function file(params) {
    return core._file(ZodMiniFile, params);
}
const ZodMiniTransform = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniTransform", (inst, def) => {
    core.$ZodTransform.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function transform(fn) {
    return new ZodMiniTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodMiniOptional = /*@__PURE__*/ $constructor("ZodMiniOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
    return new ZodMiniOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodMiniExactOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniExactOptional", (inst, def) => {
    core.$ZodExactOptional.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function exactOptional(innerType) {
    return new ZodMiniExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodMiniNullable = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNullable", (inst, def) => {
    core.$ZodNullable.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
    return new ZodMiniNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
// @__NO_SIDE_EFFECTS__
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodMiniDefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniDefault", (inst, def) => {
    core.$ZodDefault.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_default(innerType, defaultValue) {
    return new ZodMiniDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
const ZodMiniPrefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniPrefault", (inst, def) => {
    core.$ZodPrefault.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function prefault(innerType, defaultValue) {
    return new ZodMiniPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
const ZodMiniNonOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNonOptional", (inst, def) => {
    core.$ZodNonOptional.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function nonoptional(innerType, params) {
    return new ZodMiniNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function success(innerType) {
    return new ZodMiniSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodMiniCatch = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCatch", (inst, def) => {
    core.$ZodCatch.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_catch(innerType, catchValue) {
    return new ZodMiniCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : core.util.constantCatch(catchValue)),
    });
}

const ZodMiniNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function nan(params) {
    return core._nan(ZodMiniNaN, params);
}
const ZodMiniPipe = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniPipe", (inst, def) => {
    core.$ZodPipe.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
    return new ZodMiniPipe({
        type: "pipe",
        in: in_,
        out: out,
    });
}
const ZodMiniCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCodec", (inst, def) => {
    ZodMiniPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function codec(in_, out, params) {
    return new ZodMiniCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
// @__NO_SIDE_EFFECTS__
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodMiniCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodMiniReadonly = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniReadonly", (inst, def) => {
    core.$ZodReadonly.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function readonly(innerType) {
    return new ZodMiniReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodMiniTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function templateLiteral(parts, params) {
    return new ZodMiniTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodMiniLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// export function lazy<T extends object>(getter: () => T): T {
//   return util.createTransparentProxy<T>(getter);
// }
// @__NO_SIDE_EFFECTS__
function schemas_lazy(getter) {
    return new ZodMiniLazy({
        type: "lazy",
        getter: getter,
    });
}

const ZodMiniPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function promise(innerType) {
    return new ZodMiniPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodMiniCustom = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCustom", (inst, def) => {
    core.$ZodCustom.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// custom checks
// @__NO_SIDE_EFFECTS__
function check(fn, params) {
    const ch = new core.$ZodCheck({
        check: "custom",
        ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// ZodCustom custom schema
// @__NO_SIDE_EFFECTS__
function custom(fn, _params) {
    return core._custom(ZodMiniCustom, fn ?? (() => true), _params);
}
// refine
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
    return core._refine(ZodMiniCustom, fn, _params);
}
// superRefine
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
    return core._superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
// instanceof
class schemas_Class {
    constructor(..._args) { }
}
// @__NO_SIDE_EFFECTS__
function _instanceof(cls, params = {}) {
    const inst = custom((data) => data instanceof cls, params);
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodMiniCodec,
    Boolean: ZodMiniBoolean,
    String: ZodMiniString,
}, ...args);
// @__NO_SIDE_EFFECTS__
function json() {
    const jsonSchema = schemas_lazy(() => {
        return union([schemas_string(), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
const ZodMiniFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function _function(params) {
    return new ZodMiniFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}


;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = initializeContext({ ...params, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        assignProp(json.properties, key, processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

// EXTERNAL MODULE: ./src/core/silences.ts
var silences = __nccwpck_require__(4023);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __nccwpck_require__(3054);
// EXTERNAL MODULE: ./src/core/config/channel-fields.ts
var channel_fields = __nccwpck_require__(2491);
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
    globalRegistry.add(schema, { description });
    return schema;
}
const schema_optional = (schema, description) => described(optional(schema), description);
const schema_name = () => schemas_string().check(_regex(NAME_PATTERN));
const finite = () => schemas_number();
const count = (max) => schemas_int().check(_gte(1), _lte(max));
const schema_text = (max) => schemas_string().check(_maxLength(max));
function fieldSchema(spec) {
    const base = (0,channel_fields/* isListKind */.BB)(spec.kind)
        ? array(schemas_string().check(_minLength(1), _maxLength(2000))).check(_maxLength(100))
        : schemas_string().check(_minLength(1), _maxLength(4000));
    globalRegistry.add(base, { description: spec.description });
    return spec.required ? base : optional(base);
}
function typeSchema(type) {
    const spec = channel_fields/* CHANNEL_TYPES */.s8[type];
    const shape = { type: literal(type) };
    for (const [name, field] of Object.entries(spec.fields))
        shape[name] = fieldSchema(field);
    const schema = strictObject(shape);
    globalRegistry.add(schema, { description: spec.description });
    return schema;
}
/** Every type's fields, told apart by `type`. */
const channelSchema = discriminatedUnion('type', channel_fields/* CHANNEL_TYPE_NAMES */.UI.map(typeSchema));
globalRegistry.add(channelSchema, { description: 'A named destination for notifications (SPEC §5).' });
const change = described(strictObject({
    from: described(schemas_enum(BASELINES), 'Baseline over the earlier runs in the window.'),
    window: schema_optional(count(1000), 'Earlier runs of the same experiment to use (default 1 for previous, 10 otherwise).'),
    unit: schema_optional(schemas_enum(UNITS), 'absolute: value - baseline; percent: relative change in %; sigma (with from: mean): (value - mean) / the sample standard deviation of the window, at least 3 earlier runs.'),
}), 'Compare the change against a baseline instead of the value itself.');
/** Fields an alert may take from `defaults`. */
const overridable = () => ({
    description: schema_optional(schema_text(2000), 'Shown in messages.'),
    runbook: schema_optional(schema_text(2000), 'https URL linked in messages.'),
    experiment: schema_optional(schemas_string().check(_minLength(1), _maxLength(256)), 'Experiment name or glob with * and ?. Omitted: every experiment.'),
    severity: schema_optional(schemas_enum(types/* SEVERITIES */.oC), 'Default warning.'),
    enabled: schema_optional(schemas_boolean(), 'false: kept and shown as disabled, never evaluated.'),
    channels: schema_optional(array(schemas_string()), 'Channel names to notify.'),
    for: schema_optional(count(1000), 'Consecutive breaching runs before it fires.'),
    repeat: schema_optional(union([schemas_enum(['never', 'every-run']), schemas_string().check(_regex(DURATION_PATTERN))]), 'While still firing on a later run: never, every-run, or a duration like 30m, 6h, 1d.'),
    'notify-resolved': schema_optional(schemas_boolean(), 'Post once when it stops breaching.'),
    'recover-threshold': schema_optional(finite(), 'Once firing, resolve only when the value is on the good side of this.'),
    'on-missing': schema_optional(schemas_enum(ON_MISSING), 'The latest run lacks the metric.'),
    reduce: schema_optional(schemas_enum(REDUCERS), 'How a list of values becomes one.'),
    change: optional(change),
    message: schema_optional(schema_text(2000), 'Template with {{name}} placeholders.'),
    labels: schema_optional(record(schemas_string().check(_minLength(1), _maxLength(64)), schema_text(200)), 'String map shown in messages (keys up to 64 characters, values up to 200).'),
});
const alertSchema = described(strictObject({
    name: described(schema_name(), 'Unique name of the alert.'),
    metric: schema_optional(schemas_string().check(_minLength(1), _maxLength(256)), 'Dotted path into the run metrics, e.g. eval.accuracy (a threshold rule: with op and threshold).'),
    op: schema_optional(schemas_enum(OPS), 'Comparison; "=" means ==.'),
    threshold: schema_optional(finite(), 'Finite number compared with the value (or the change).'),
    status: schema_optional(array(schemas_string().check(_minLength(1), _maxLength(64))).check(_minLength(1), _maxLength(10)), `A status rule (no metric): breaches when the latest run's status is one of these (case-insensitive): ${types/* RUN_STATUSES */.LV.join(', ')}.`),
    stale: schema_optional(schemas_string().check(_regex(DURATION_PATTERN)), "A stale rule (no metric; needs history): breaches when the experiment's newest run is older than this duration, like 36h or 2d."),
    ...overridable(),
}), 'One alert rule.');
const defaultsSchema = described(strictObject(overridable()), 'Defaults for every alert.');
const historySchema = described(strictObject({
    'keep-runs': schema_optional(count(100000), 'Earlier runs kept per experiment.'),
    'keep-events': schema_optional(count(100000), 'Events kept per alert instance.'),
}), 'Retention of the history ledger.');
const glob = (description) => schema_optional(schemas_string().check(_minLength(1), _maxLength(256)), description);
const silenceSchema = described(strictObject({
    alerts: glob('Alert name or glob with * and ?. Omitted: every alert.'),
    experiments: glob('Experiment name or glob with * and ?. Omitted: every experiment.'),
    until: schema_optional(schemas_string().check(_regex(silences/* UNTIL_PATTERN */.WT)), 'Silenced until this time (exclusive): ISO 8601 with a zone, e.g. 2026-03-09T06:00:00Z or 2026-03-09T08:00+02:00.'),
    every: schema_optional(schemas_string().check(_regex(silences/* EVERY_PATTERN */.rH)), 'A weekly window in wall-clock time, the end exclusive: "Sat 00:00 - Mon 06:00" (days Mon..Sun, 24-hour times).'),
    timezone: schema_optional(schemas_string().check(_minLength(1), _maxLength(64)), 'IANA time zone of `every`, e.g. Europe/Berlin (default UTC).'),
    reason: described(schemas_string().check(_minLength(1), _maxLength(500)), 'Why: shown in the job summary.'),
}), 'Hold back the notifications of matching alert instances: their events are recorded (silenced) and not sent. Set until or every.');
const fileSchema = strictObject({
    version: described(literal(1), 'Format version; only 1 exists.'),
    channels: optional(record(schema_name(), channelSchema)),
    defaults: optional(defaultsSchema),
    history: optional(historySchema),
    alerts: array(alertSchema),
    silences: schema_optional(array(silenceSchema).check(_maxLength(1000)), 'Silences (SPEC §4): muted alert instances.'),
})
    .register(globalRegistry, { title: 'metric-alerts alerts.yml', description: 'Alert rules for metric-alerts.' });
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
    const schema = toJSONSchema(fileSchema, { target: 'draft-2020-12', io: 'input' });
    const alerts = schema.properties.alerts;
    return {
        ...schema,
        properties: { ...schema.properties, alerts: { ...alerts, items: { ...alerts.items, oneOf: ONE_RULE_KIND } } },
    };
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ everyProblem),
/* harmony export */   KL: () => (/* binding */ untilProblem),
/* harmony export */   WV: () => (/* binding */ compileSilences),
/* harmony export */   de: () => (/* binding */ silenceWarnings)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6085);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5033);
/* harmony import */ var _silences_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4023);
// The `silences` of alerts.yml (SPEC §4): checked beyond the schema (a real time, a weekly window, a known time zone,
// until or every), compiled to plain JSON with their positions; warnings that depend on the time or the alerts.




const UNTIL_ALLOWED = 'allowed: an ISO 8601 date and time with a zone, like 2026-03-09T06:00:00Z or 2026-03-09T08:00+02:00';
/** What is wrong with an `until` (what was found and what is allowed). */
function untilProblem(text) {
    const why = _silences_js__WEBPACK_IMPORTED_MODULE_2__/* .UNTIL_PATTERN */ .WT.test(text) ? 'is not a real date and time' : 'is not an ISO 8601 time with a zone';
    return `${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(text)} ${why}; ${UNTIL_ALLOWED}`;
}
/** What is wrong with an `every`. */
function everyProblem(text) {
    const parsed = (0,_silences_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWeekly */ .d7)(text);
    return 'problem' in parsed ? parsed.problem : `${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(text)} is not a weekly window`;
}
/** Every entry of `silences` checked; the ones without a problem compiled. */
function compileSilences(ctx) {
    const { raw } = ctx;
    if (!Array.isArray(raw.silences))
        return [];
    const out = [];
    raw.silences.forEach((s, i) => {
        if (!(0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(s))
            return;
        const compiled = compileSilence(ctx, s, ['silences', i]);
        if (compiled)
            out.push(compiled);
    });
    return out;
}
function compileSilence(ctx, s, path) {
    const { at, valid } = ctx;
    let problems = 0;
    const err = (p, message, key = false) => {
        problems++;
        ctx.err(p, message, key);
    };
    const where = `silences[${String(path[1])}]`;
    const ok = (field) => typeof s[field] === 'string' && valid([...path, field]);
    if (s.until !== undefined && s.every !== undefined) {
        err([...path, 'every'], `${where}: set until (a one-off silence) or every (a weekly window), not both`);
    }
    else if (s.until === undefined && s.every === undefined) {
        err(path, `${where} needs until (an ISO 8601 time, like 2026-03-09T06:00:00Z) or every (a weekly window, like "Sat 00:00 - Mon 06:00")`);
    }
    if (s.timezone !== undefined && s.every === undefined) {
        err([...path, 'timezone'], `${where}.timezone applies to every only; until carries its own zone (Z or +02:00)`);
    }
    const until = ok('until') ? (0,_silences_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUntil */ .Id)(s.until) : undefined;
    if (ok('until') && until === undefined)
        err([...path, 'until'], `${where}.until ${untilProblem(s.until)}`);
    const window = ok('every') ? (0,_silences_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWeekly */ .d7)(s.every) : undefined;
    if (window && 'problem' in window)
        err([...path, 'every'], `${where}.every ${window.problem}`);
    if (ok('timezone') && !(0,_silences_js__WEBPACK_IMPORTED_MODULE_2__/* .isTimeZone */ .kQ)(s.timezone)) {
        const hint = (0,_silences_js__WEBPACK_IMPORTED_MODULE_2__/* .suggestTimeZone */ .Ch)(s.timezone);
        err([...path, 'timezone'], `${where}.timezone ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(s.timezone)} is not a known IANA time zone; allowed: a name like Europe/Berlin, America/New_York or UTC${hint ? `. Did you mean "${hint}"?` : ''}`);
    }
    for (const field of ['alerts', 'experiments']) {
        if (ok(field) && /\s/.test(s[field]))
            err([...path, field], `${where}.${field} ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(s[field])} contains white space; allowed: a name or a glob with * and ?`);
    }
    if (problems > 0 || !valid(path))
        return undefined;
    const silence = { reason: s.reason };
    if (s.alerts !== undefined)
        silence.alerts = s.alerts;
    if (s.experiments !== undefined)
        silence.experiments = s.experiments;
    if (until !== undefined)
        silence.until = new Date(until).toISOString();
    if (window && !('problem' in window))
        silence.every = { ...window, timeZone: s.timezone ?? _silences_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TIME_ZONE */ .lc, text: s.every };
    return { silence, at: at(until !== undefined ? [...path, 'until'] : path) };
}
/**
 * Warnings about silences that are well formed but do nothing: one whose `until` is past at `now` (expired), one whose
 * `alerts` names no alert of the file.
 */
function silenceWarnings(silences, alerts, file, now) {
    const out = [];
    for (const { silence, at } of silences) {
        if (now !== undefined && (0,_silences_js__WEBPACK_IMPORTED_MODULE_2__/* .isExpired */ ._d)(silence, now)) {
            out.push({
                file,
                ...at,
                message: `silence "${silence.reason}" expired (${(0,_silences_js__WEBPACK_IMPORTED_MODULE_2__/* .describeWhen */ .Q5)(silence)}, which is past): it silences nothing; remove it`,
            });
        }
        const pattern = silence.alerts;
        if (pattern !== undefined && !alerts.some((a) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globToRegExp */ .tL)(pattern).test(a.name))) {
            const hint = (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .suggest */ .ZA)(pattern, alerts.map((a) => a.name));
            out.push({
                file,
                ...at,
                message: `silence "${silence.reason}": alerts ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(pattern)} matches no alert of the file${hint ? `. Did you mean "${hint}"?` : ''}`,
            });
        }
    }
    return out;
}


/***/ }),

/***/ 1383:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ checkUrl),
/* harmony export */   DH: () => (/* binding */ decoded),
/* harmony export */   Fn: () => (/* binding */ urlSecrets),
/* harmony export */   GW: () => (/* binding */ interpolate)
/* harmony export */ });
/* unused harmony export MIN_SECRET_PART */
// Channel field values: ${NAME} read from the environment, URLs checked, and the parts of a secret URL to mask.
const ENV_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** Parts of a secret URL shorter than this are not masked on their own: "/", "api" or "hooks" would be masked everywhere. */
const MIN_SECRET_PART = 8;
/**
 * A secret URL and the parts of it a receiver may echo on their own: its path with the query and without, the last
 * path segment (decoded too), the user-info and its password, each query value; each at least MIN_SECRET_PART characters.
 */
function urlSecrets(value) {
    const out = [value];
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return out;
    }
    const last = url.pathname.split('/').pop() ?? '';
    const userInfo = url.username + (url.password ? `:${url.password}` : '');
    // A query value can be the credential itself (a Teams Workflows URL's `sig`): each is masked on its own too.
    const query = [...url.searchParams.values()].flatMap((v) => [v, encodeURIComponent(v)]);
    const parts = [url.pathname + url.search, url.pathname, last, decoded(last), userInfo, decoded(userInfo)];
    parts.push(url.password, decoded(url.password), ...query);
    for (const p of parts)
        if (p.length >= MIN_SECRET_PART && !out.includes(p))
            out.push(p);
    return out;
}
/** Percent-decoded text, or the text as it is when it is not valid percent-encoding. */
function decoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** Checks a URL; returns what is wrong with it (never the URL itself), or undefined. */
function checkUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return 'is not a valid URL';
    }
    if (url.protocol === 'https:')
        return undefined;
    if (url.protocol === 'http:' && isLoopback(url.hostname))
        return undefined;
    if (url.protocol === 'http:')
        return 'must use https: (http: is accepted only for localhost, 127.0.0.0/8 and [::1])';
    return `must be an https: URL, found the scheme "${url.protocol.replace(/:$/, '')}"`;
}
function isLoopback(host) {
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
function interpolate(value, env) {
    const refs = [];
    const missing = [];
    const out = value.replace(ENV_REF, (_m, name) => {
        refs.push(name);
        const v = Object.hasOwn(env, name) ? env[name] : undefined;
        if (v === undefined || v === '')
            missing.push(name);
        return v ?? '';
    });
    return { value: out, refs, missing, fromEnv: refs.length > 0 };
}


/***/ }),

/***/ 9467:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cZ: () => (/* binding */ maskedCrc32c),
/* harmony export */   dc: () => (/* binding */ crc32c),
/* harmony export */   fS: () => (/* binding */ startsWithTfRecord)
/* harmony export */ });
// CRC32C (Castagnoli), as TFRecord frames use it: for the TensorBoard reader and for telling an event file by its
// first record. The table is built on first use.
let table;
function crc32cTable() {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
        t[n] = c >>> 0;
    }
    return t;
}
/** CRC32C of `bytes` ("123456789" gives 0xe3069283). */
function crc32c(bytes) {
    const t = (table ??= crc32cTable());
    let crc = 0xffffffff;
    for (let i = 0; i < bytes.length; i++)
        crc = (t[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8)) >>> 0;
    return (crc ^ 0xffffffff) >>> 0;
}
/** TFRecord's masked CRC: rotate right by 15 bits, add 0xa282ead8 (mod 2^32). */
function maskedCrc32c(bytes) {
    const crc = crc32c(bytes);
    return ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;
}
/** Whether the bytes begin with a TFRecord frame: an 8-byte length whose masked CRC follows it. */
function startsWithTfRecord(bytes) {
    if (bytes.length < 12)
        return false;
    const stored = (bytes[8] | (bytes[9] << 8) | (bytes[10] << 16) | (bytes[11] << 24)) >>> 0;
    return maskedCrc32c(bytes.subarray(0, 8)) === stored;
}


/***/ }),

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uh: () => (/* binding */ MissingMetrics),
/* harmony export */   W1: () => (/* binding */ overLimit),
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   ZA: () => (/* binding */ suggest),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export formatBytes */
// Positioned, human-readable problems: `FILE:LINE:COL: message`.
function formatDiagnostic(d) {
    if (d.line === undefined)
        return `${d.file}: ${d.message}`;
    return `${d.file}:${d.line}:${d.col ?? 1}: ${d.message}`;
}
/** An error caused by the user's input (config, metrics, history, flags): shown without a stack trace. */
class UserError extends Error {
    diagnostics;
    constructor(diagnostics) {
        const list = typeof diagnostics === 'string' ? [{ file: '', message: diagnostics }] : diagnostics;
        super(list.map((d) => (d.file ? formatDiagnostic(d) : d.message)).join('\n'));
        this.name = 'UserError';
        this.diagnostics = list;
    }
}
/**
 * The metrics are not there: no artifact of that name (or no such run), no file in it or in the workspace matches.
 * A check with a status rule on workflow_run goes on without them (the triggering run's conclusion is its status).
 */
class MissingMetrics extends UserError {
    constructor(diagnostics) {
        super(diagnostics);
        this.name = 'MissingMetrics';
    }
}
/** Line and column (1-based) of a character offset in a text. */
function positionOf(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, col: offset - lineStart + 1 };
}
/** Closest known word within a small edit distance, for "did you mean". */
function suggest(word, known) {
    let best;
    let bestDistance = Infinity;
    const lower = word.toLowerCase();
    for (const k of known) {
        const d = editDistance(lower, k.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    const limit = Math.max(1, Math.floor(word.length / 3));
    return bestDistance <= limit || (best !== undefined && normalise(best) === normalise(word)) ? best : undefined;
}
function normalise(s) {
    return s.toLowerCase().replace(/[-_ ]/g, '');
}
/**
 * Levenshtein distance: the fewest one-character insertions, deletions and substitutions from `a` to `b`. With a
 * `limit`, stops as soon as the distance must exceed it and returns `limit + 1`.
 */
function editDistance(a, b, limit = Infinity) {
    const prev = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
            if (prev[j] < rowMin)
                rowMin = prev[j];
        }
        if (rowMin > limit)
            return limit + 1;
    }
    return prev[b.length];
}
/** A value as a user would recognise it in a message. */
function describeValue(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
    if (typeof value === 'number')
        return String(value);
    if (typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value))
        return 'a list';
    return 'a mapping';
}
/** A size for people: "512 bytes", "3.5 KiB", "100 MiB". */
function formatBytes(n) {
    const fixed = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
    if (n < 1024)
        return `${n} bytes`;
    if (n < 1048576)
        return `${fixed(n / 1024)} KiB`;
    return `${fixed(n / 1048576)} MiB`;
}
/** "the metrics file is 2 KiB, over the 1 KiB limit; refused without reading it" */
function overLimit(what, size, limit, refusal = 'refused without reading it') {
    return `${what} is ${formatBytes(size)}, over the ${formatBytes(limit)} limit; ${refusal}`;
}


/***/ }),

/***/ 5543:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HM: () => (/* binding */ LATE_WORDS),
/* harmony export */   MU: () => (/* binding */ readingOf),
/* harmony export */   TT: () => (/* binding */ orderItems),
/* harmony export */   WN: () => (/* binding */ countsText),
/* harmony export */   Zw: () => (/* binding */ digestCounts),
/* harmony export */   h0: () => (/* binding */ plainLine),
/* harmony export */   nX: () => (/* binding */ templateValues),
/* harmony export */   rB: () => (/* binding */ kindReading),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6228);
/* harmony import */ var _history_ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(355);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3054);
// What every channel type shows of an event, whatever its surface: the items of a digest and their order, the words of
// a reading, template values, the counts of a digest's title. Pure; each surface escapes for itself.



const LATE_WORDS = {
    failed: 'its first delivery failed',
    unrecorded: 'the run that was sending it stopped before it could record it',
};
const KIND_ORDER = { fired: 0, reminder: 1, resolved: 2 };
function orderItems(items) {
    return [...items].sort((a, b) => _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[b.event.severity] - _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[a.event.severity] ||
        KIND_ORDER[a.event.kind] - KIND_ORDER[b.event.kind] ||
        a.event.alert.localeCompare(b.event.alert) ||
        a.event.experiment.localeCompare(b.event.experiment));
}
/** Cuts text to `max` characters, ending with … when cut. */
function truncate(s, max) {
    return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
function templateValues(e, rule, ctx) {
    const values = {
        alert: e.alert,
        description: rule?.description,
        experiment: e.experiment,
        run: e.run,
        run_url: e.runUrl ?? ctx.workflowRunUrl,
        metric: e.metric ?? undefined,
        value: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(e.value === null ? null : (0,_history_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .fromStored */ .Ie)(e.value)),
        op: e.op ?? undefined,
        threshold: e.threshold === null ? undefined : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(e.threshold),
        status: e.check === 'status' ? (e.status ?? 'none') : undefined,
        age: e.check === 'stale' && e.value !== null ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)((0,_history_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .fromStored */ .Ie)(e.value)) : undefined,
        baseline: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(e.baseline),
        change: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChange */ .eD)(e.change === null ? null : (0,_history_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .fromStored */ .Ie)(e.change), rule?.change?.unit),
        sigma: sigmaOf(e),
        severity: e.severity,
        state: e.state,
        repository: ctx.repository,
        sha: ctx.sha,
    };
    for (const [k, v] of Object.entries(rule?.labels ?? {}))
        values[`labels.${k}`] = v;
    return values;
}
/** {{sigma}}: a sigma rule's change ("-3.2σ"); "—" for every other rule. */
function sigmaOf(e) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChange */ .eD)(e.changeUnit === 'sigma' && e.change !== null ? (0,_history_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .fromStored */ .Ie)(e.change) : null, 'sigma');
}
/** The event as the words of a reading (format.ts): the same for the blocks, the text fallback and the CLI. */
function readingOf(e, rule) {
    const r = {
        metric: e.metric,
        value: e.value === null ? null : (0,_history_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .fromStored */ .Ie)(e.value),
        baseline: e.baseline,
        change: e.change === null ? null : (0,_history_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .fromStored */ .Ie)(e.change),
        op: e.op,
        threshold: e.threshold,
        event: e.kind,
        state: e.state,
        ...kindReading(e),
    };
    if (e.value === null)
        r.missing = 'absent';
    if (e.afterSilence === true)
        r.afterSilence = true;
    const recover = e.recoverThreshold ?? rule?.recoverThreshold;
    if (recover !== undefined)
        r.recoverThreshold = recover;
    // Read from a ledger: only a time and a count are shown.
    const since = typeof e.firingSince === 'string' ? e.firingSince : undefined;
    const runs = Number.isSafeInteger(e.firingRuns) ? e.firingRuns : undefined;
    if (since !== undefined || runs !== undefined) {
        r.firing = { until: e.at };
        if (since !== undefined)
            r.firing.since = since;
        if (runs !== undefined)
            r.firing.runs = runs;
    }
    return r;
}
/** A status or stale event's own fields (none for a threshold rule's). */
function kindReading(e) {
    const out = {};
    if (e.check === 'status' || e.check === 'stale')
        out.check = e.check;
    if (e.status !== undefined)
        out.status = e.status;
    if (Array.isArray(e.statuses))
        out.statuses = e.statuses;
    if (typeof e.after === 'string')
        out.after = e.after;
    return out;
}
/** "accuracy firing on iris (accuracy = 0.85 < 0.9)": one event in plain words (a text fallback, a mail's text part). */
function plainLine({ event: e, rule }) {
    const what = e.kind === 'resolved' ? 'resolved' : e.kind === 'reminder' ? 'still firing' : 'firing';
    return `${e.alert} ${what} on ${e.experiment} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReading */ .u1)(readingOf(e, rule), rule?.change?.unit)})`;
}
/** How many events of a digest are firing (fired or reminder) and resolved, and the worst severity among them. */
function digestCounts(items) {
    let firing = 0;
    let worst = 'info';
    for (const { event } of items) {
        if (event.kind !== 'resolved')
            firing++;
        if (_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[event.severity] > _types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_RANK */ .f3[worst])
            worst = event.severity;
    }
    return { firing, resolved: items.length - firing, worst };
}
/** "2 firing, 1 resolved" */
function countsText({ firing, resolved }) {
    const parts = [];
    if (firing)
        parts.push(`${firing} firing`);
    if (resolved)
        parts.push(`${resolved} resolved`);
    return parts.join(', ');
}


/***/ }),

/***/ 8571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
// Durations like 30s, 30m, 6h, 1d, 2w.
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
function parseDuration(text) {
    const m = /^([1-9][0-9]*)(s|m|h|d|w)$/.exec(text);
    if (!m)
        return undefined;
    return Number(m[1]) * UNIT_MS[m[2]];
}


/***/ }),

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ conditionText),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   KM: () => (/* binding */ sparkline),
/* harmony export */   Ru: () => (/* binding */ valueText),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   eD: () => (/* binding */ formatChange),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   lD: () => (/* binding */ wordReading),
/* harmony export */   nV: () => (/* binding */ formatAge),
/* harmony export */   u1: () => (/* binding */ formatReading),
/* harmony export */   vD: () => (/* binding */ utcMinute)
/* harmony export */ });
/* unused harmony export formatCondition */
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3309);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3164);
// Numbers and pictures as people read them.


/** 0.78 -> "0.78", 1/3 -> "0.333333", 1e-9 -> "1e-9", NaN -> "NaN". */
function formatNumber(n) {
    if (n === null || n === undefined)
        return '—';
    if (Number.isNaN(n))
        return 'NaN';
    if (!Number.isFinite(n))
        return n > 0 ? 'Infinity' : '-Infinity';
    if (Number.isInteger(n) && Math.abs(n) < 1e15)
        return String(n);
    const abs = Math.abs(n);
    if (abs !== 0 && (abs < 1e-4 || abs >= 1e15))
        return n
            .toExponential(3)
            .replace(/\.?0+e/, 'e')
            .replace('e+', 'e');
    return String(Number(n.toPrecision(6)));
}
/** What follows a change or a threshold of the unit: "-5%", "-3σ". */
const UNIT_MARK = { absolute: '', percent: '%', sigma: 'σ' };
/** +0.16, -7.99%, -3.2σ (percent and sigma changes to 3 significant digits: a regression is read, not audited). */
function formatChange(change, unit) {
    if (change === null)
        return '—';
    const sign = change > 0 ? '+' : '';
    if (unit === 'percent' || unit === 'sigma')
        return `${sign}${Number.isFinite(change) ? String(Number(change.toPrecision(3))) : formatNumber(change)}${UNIT_MARK[unit]}`;
    return `${sign}${formatNumber(change)}`;
}
/** "0.702 (-7.99% vs 0.763)", "0.71 (-3.2σ vs mean 0.9)", "0.78", "missing", "not a number (a string)". */
function formatValue(r, unit) {
    if (r.check === 'status')
        return r.status ?? 'none';
    if (r.check === 'stale')
        return r.value === null ? 'no time' : `${formatAge(r.value)} old`;
    if (r.missing)
        return r.missing === 'absent' ? 'missing' : `not a number (${r.missing})`;
    const value = formatNumber(r.value);
    if (r.change === null)
        return value;
    return `${value} (${formatChange(r.change, unit)} vs ${unit === 'sigma' ? 'mean ' : ''}${formatNumber(r.baseline)})`;
}
/** The one wording of a reading or a resolution, used by Slack (blocks and fallback), annotations and the CLI. */
function wordReading(r, unit) {
    if (r.check === 'status')
        return statusWording(r);
    if (r.check === 'stale')
        return staleWording(r);
    return { value: `${r.metric} = ${formatValue(r, unit)}`, outcome: outcomeOf(r, unit) };
}
/** "accuracy = 0.93" (a change rule's value without its change), "status = failed", "newest run 3.1 d old". */
function valueText(r) {
    if (r.check !== undefined)
        return wordReading(r, undefined).value;
    return `${r.metric} = ${r.missing || r.value === null ? 'missing' : formatNumber(r.value)}`;
}
/** What a rule reads, for a table's column: the metric, "status", or "newest run" (its age). */
function subjectOf(r) {
    return r.check === 'status' ? 'status' : r.check === 'stale' ? 'newest run' : (r.metric ?? '');
}
/** The rule as written: "< 0.9", "change < -5%", "status in failed, crashed", "stale after 2d". */
function conditionText(r, unit) {
    if (r.check === 'status')
        return `status in ${(r.statuses ?? []).join(', ')}`;
    if (r.check === 'stale')
        return `stale after ${r.after ?? '?'}`;
    return r.op === null || r.threshold === null ? '' : formatCondition(r.op, r.threshold, unit);
}
/** "status = failed" · "rule: status in failed, crashed"; resolved: "status = finished" · "back: finished is not in …". */
function statusWording(r) {
    const rule = conditionText(r, undefined);
    const value = `status = ${r.status ?? 'none'}`;
    if (r.event !== 'resolved')
        return { value, outcome: `rule: ${rule}${sentLate(r)}` };
    const now = r.status === null || r.status === undefined ? 'the run names no status' : `${r.status} is not in the list`;
    return { value, outcome: `back: ${now} (rule: ${rule})${firingFor(r.firing)}${sentLate(r)}` };
}
/** "newest run 3.1 d old" · "rule: stale after 2d"; resolved: "a run 2 h old arrived" · "back within 2d". */
function staleWording(r) {
    const rule = conditionText(r, undefined);
    if (r.value === null)
        return { value: 'no run with a time', outcome: `rule: ${rule}${sentLate(r)}` };
    const age = formatAge(r.value);
    if (r.event === 'resolved')
        return {
            value: `a run ${age} old arrived`,
            outcome: `back within ${r.after ?? '?'}${firingFor(r.firing, 'check')}${sentLate(r)}`,
        };
    return { value: `newest run ${age} old`, outcome: `rule: ${rule}${sentLate(r)}` };
}
/** What a status or stale event sent after a silence adds, as a threshold rule's says it (outcomeOf). */
function sentLate(r) {
    if (r.event === 'resolved')
        return r.afterSilence ? ', resolved during a silence' : '';
    return r.event === 'fired' && r.firing?.since !== undefined ? `; ${firingSince(r)}` : '';
}
/** An age in hours, as people read it: "35 min", "2 h", "7.5 h", "3.1 d". */
function formatAge(hours) {
    if (!Number.isFinite(hours) || hours < 1)
        return formatDuration(hours * 3_600_000);
    const one = (n) => String(Math.round(n * 10) / 10);
    return hours < 48 ? `${one(hours)} h` : `${one(hours / 24)} d`;
}
/** "eval.top1 = 0.702 (-7.99% vs 0.763), condition change < -5%": one line for logs and annotations. */
function formatReading(r, unit) {
    const w = wordReading(r, unit);
    return `${w.value}, ${w.outcome}`;
}
/** The side of the threshold an op is good on, by op. */
const BACK = {
    '<': 'back above',
    '<=': 'back above',
    '>': 'back below',
    '>=': 'back below',
    '==': 'no longer equal to',
    '!=': 'back to',
};
function outcomeOf(r, unit) {
    if (r.op === null || r.threshold === null)
        return '';
    const condition = `condition ${formatCondition(r.op, r.threshold, unit)}`;
    const recover = r.recoverThreshold;
    if (r.event === 'resolved') {
        const named = recover === undefined ? '' : ' (recover threshold)';
        const late = r.afterSilence ? ', resolved during a silence' : '';
        return `${backTo(r.op, recover ?? r.threshold, unit)}${named}${firingFor(r.firing)}${late}`;
    }
    if (r.event === 'fired' && r.firing?.since !== undefined)
        return `${condition}; ${firingSince(r)}`;
    const quantity = unit === undefined ? r.value : r.change;
    const holds = quantity === null || (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .breaches */ .a)(quantity, r.op, r.threshold);
    if (holds || r.state !== 'firing' || recover === undefined)
        return condition;
    return `not yet ${backTo(r.op, recover, unit)} (recover threshold)`;
}
/** "back above 0.9", "change back above -5%". */
function backTo(op, threshold, unit) {
    return `${unit === undefined ? '' : 'change '}${BACK[op]} ${thresholdText(threshold, unit)}`;
}
/** "2026-03-08 12:00 UTC": an instant to the minute. */
function utcMinute(ms) {
    return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** "firing since 2026-03-07 06:30 UTC (3 runs / 2 d), held back by a silence": a fire sent late. */
function firingSince(r) {
    const since = Date.parse(r.firing.since);
    const when = Number.isFinite(since) ? utcMinute(since) : '?';
    // A stale rule counts the checks it was stale at, not runs (there was no new run: that is what it alerts on).
    const span = spanText(r.firing, r.check === 'stale' ? 'check' : 'run');
    return `firing since ${when}${span ? ` (${span})` : ''}${r.afterSilence ? ', held back by a silence' : ''}`;
}
/** " after 3 runs / 2 h", " after 2 h" (a ledger that did not count runs), or nothing when nothing is known. */
function firingFor(span, counted = 'run') {
    const text = span ? spanText(span, counted) : '';
    return text ? ` after ${text}` : '';
}
/** "3 runs / 2 h", "2 h", or "" when nothing is known. */
function spanText(span, counted = 'run') {
    const parts = [];
    if (span.runs !== undefined)
        parts.push(`${span.runs} ${counted}${span.runs === 1 ? '' : 's'}`);
    const ms = span.since === undefined ? NaN : Date.parse(span.until) - Date.parse(span.since);
    if (Number.isFinite(ms))
        parts.push(formatDuration(ms));
    return parts.join(' / ');
}
/** 2_100_000 -> "35 min", 7_200_000 -> "2 h", 259_200_000 -> "3 d"; under half a minute (or negative) -> "under 1 min". */
function formatDuration(ms) {
    const minutes = Math.round(ms / 60_000);
    if (!(minutes >= 1))
        return 'under 1 min';
    if (minutes < 60)
        return `${minutes} min`;
    const hours = Math.round(ms / 3_600_000);
    if (hours < 24)
        return `${hours} h`;
    return `${Math.round(ms / 86_400_000)} d`;
}
const BARS = '▁▂▃▄▅▆▇█';
/** A sparkline of values, oldest first; a value that is not finite is drawn as ✕. */
function sparkline(values) {
    const finite = values.filter(Number.isFinite);
    if (values.length < 2)
        return '';
    const { min, max } = (0,_arrays_js__WEBPACK_IMPORTED_MODULE_1__/* .extent */ .X)(finite);
    let out = '';
    for (const v of values) {
        if (!Number.isFinite(v))
            out += '✕';
        else if (max === min)
            out += BARS[3];
        else
            out += BARS[Math.min(7, Math.floor(((v - min) / (max - min)) * 8))];
    }
    return out;
}
/** A condition as written in the rules: "< 0.9", or "change < -5%" for change rules. */
function formatCondition(op, threshold, unit) {
    if (unit === undefined)
        return `${op} ${formatNumber(threshold)}`;
    return `change ${op} ${thresholdText(threshold, unit)}`;
}
/** A threshold as written: "0.9", "-5%" for a percent change, "-3σ" for a sigma rule. */
function thresholdText(threshold, unit) {
    return `${formatNumber(threshold)}${unit === undefined ? '' : UNIT_MARK[unit]}`;
}


/***/ }),

/***/ 6085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ GLOB_CHARS),
/* harmony export */   WK: () => (/* binding */ pathGlobToRegExp),
/* harmony export */   pg: () => (/* binding */ matchesExperiment),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
// Experiment globs: * matches any run of characters, ? one character; everything else is literal.
// Path globs (metrics files): * and ? stay within one path segment, **/ spans segments.
const cache = new Map();
function globToRegExp(glob) {
    let re = cache.get(glob);
    if (!re) {
        const body = glob
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.');
        re = new RegExp(`^${body}$`, 's');
        cache.set(glob, re);
    }
    return re;
}
function matchesExperiment(pattern, experiment) {
    if (pattern === undefined)
        return true;
    if (!pattern.includes('*') && !pattern.includes('?'))
        return pattern === experiment;
    return globToRegExp(pattern).test(experiment);
}
/** Characters that make a metrics path a glob. */
const GLOB_CHARS = /[*?[]/;
/** A path glob over "/"-separated paths. */
function pathGlobToRegExp(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            re += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += pattern[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}


/***/ }),

/***/ 355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ serializeLedger),
/* harmony export */   Hg: () => (/* binding */ emptyLedger),
/* harmony export */   Ie: () => (/* binding */ fromStored),
/* harmony export */   OJ: () => (/* binding */ pruneLedger),
/* harmony export */   Q6: () => (/* binding */ eventId),
/* harmony export */   Qf: () => (/* binding */ withClaims),
/* harmony export */   h8: () => (/* binding */ parseLedger),
/* harmony export */   iS: () => (/* binding */ addDeliveries),
/* harmony export */   pA: () => (/* binding */ instanceKey),
/* harmony export */   xG: () => (/* binding */ withDeliveries),
/* harmony export */   z4: () => (/* binding */ toStored)
/* harmony export */ });
/* unused harmony export LEDGER_VERSION */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5033);
// The history ledger: alert instance states, recent runs per experiment, events with their deliveries.
// One JSON document with a version. Keys that come from artifacts (experiment names) never become object keys,
// so no name can reach a prototype: the document holds arrays of records, the model holds Maps.


const LEDGER_VERSION = 1;
function instanceKey(alert, experiment) {
    return `${alert}\u0000${experiment}`;
}
function emptyLedger() {
    return { version: LEDGER_VERSION, instances: new Map(), runs: new Map(), events: [] };
}
function toStored(n) {
    if (Number.isFinite(n))
        return n;
    return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
}
function fromStored(n) {
    return typeof n === 'number' ? n : Number(n);
}
function serializeLedger(ledger) {
    const doc = {
        version: ledger.version,
        instances: [...ledger.instances.values()],
        runs: [...ledger.runs].map(([experiment, runs]) => ({ experiment, runs })),
        events: ledger.events,
    };
    if (ledger.notes?.length)
        doc.notes = ledger.notes;
    if (ledger.rules !== undefined)
        doc.rules = ledger.rules;
    return `${JSON.stringify(doc)}\n`;
}
/** Parses a ledger; a corrupt one or one from a newer version is a UserError naming the file. */
function parseLedger(text, file) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw corrupt(file, `it is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw corrupt(file, 'it is not a JSON object');
    const d = doc;
    if (typeof d.version !== 'number')
        throw corrupt(file, 'it has no version field');
    if (d.version > LEDGER_VERSION) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([
            {
                file,
                message: `the history was written by a newer version of metric-alerts (ledger version ${d.version}; this version reads ${LEDGER_VERSION}); upgrade the action. The file is left as it is.`,
            },
        ]);
    }
    if (!Array.isArray(d.instances) || !Array.isArray(d.runs) || !Array.isArray(d.events)) {
        throw corrupt(file, 'instances, runs and events must be lists');
    }
    const ledger = emptyLedger();
    for (const s of d.instances) {
        if (!(0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(s) ||
            typeof s.alert !== 'string' ||
            typeof s.experiment !== 'string' ||
            !['ok', 'pending', 'firing'].includes(s.state)) {
            throw corrupt(file, 'an instance entry is malformed');
        }
        const { silencedFire, silencedResolve, ...rest } = s;
        ledger.instances.set(instanceKey(s.alert, s.experiment), {
            ...rest,
            runs: Array.isArray(s.runs) ? s.runs : [],
            ...(silencedFire === true ? { silencedFire } : {}),
            ...(silencedResolve === true ? { silencedResolve } : {}),
        });
    }
    for (const r of d.runs) {
        if (!(0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(r) || typeof r.experiment !== 'string' || !Array.isArray(r.runs))
            throw corrupt(file, 'a runs entry is malformed');
        ledger.runs.set(r.experiment, r.runs);
    }
    for (const e of d.events) {
        if (!(0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(e) || typeof e.alert !== 'string' || typeof e.kind !== 'string' || !Array.isArray(e.deliveries)) {
            throw corrupt(file, 'an event entry is malformed');
        }
    }
    ledger.events = d.events;
    if (d.notes !== undefined)
        ledger.notes = parseNotes(d.notes, file);
    if (d.rules !== undefined)
        ledger.rules = d.rules;
    return ledger;
}
/** The notes of a ledger (version 1 files written since notes are kept): each with a title, a time and deliveries. */
function parseNotes(notes, file) {
    if (!Array.isArray(notes))
        throw corrupt(file, 'notes must be a list');
    for (const n of notes) {
        if (!(0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(n) || typeof n.title !== 'string' || typeof n.at !== 'string' || !Array.isArray(n.deliveries))
            throw corrupt(file, 'a note entry is malformed');
    }
    return notes;
}
function corrupt(file, why) {
    return new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([
        {
            file,
            message: `the history file is unreadable: ${why}. It is left as it is for a person to look at; move it away to start a new history.`,
        },
    ]);
}
/** Keeps at most keepRuns runs per experiment and keepEvents events per alert instance (the newest). */
function pruneLedger(ledger, keepRuns, keepEvents) {
    const runs = new Map();
    for (const [exp, list] of ledger.runs)
        runs.set(exp, list.length > keepRuns ? list.slice(list.length - keepRuns) : list);
    const counts = new Map();
    const kept = [];
    for (let i = ledger.events.length - 1; i >= 0; i--) {
        const e = ledger.events[i];
        const k = instanceKey(e.alert, e.experiment);
        const n = (counts.get(k) ?? 0) + 1;
        counts.set(k, n);
        if (n <= keepEvents)
            kept.push(e);
    }
    kept.reverse();
    return { ...ledger, runs, events: kept };
}
/** Identity of an event across reads of the ledger. */
function eventId(e) {
    return [e.alert, e.experiment, e.run, e.kind, e.at].join('\u0000');
}
/** The ledger with `change` applied to the events named in `ids` (those still kept); every other event as it was. */
function mapEvents(ledger, ids, change) {
    return { ...ledger, events: ledger.events.map((e) => (ids.has(eventId(e)) ? change(e) : e)) };
}
/** The ledger with the events named in `ids` claimed by `claim`. */
function withClaims(ledger, ids, claim) {
    return mapEvents(ledger, ids, (e) => ({ ...e, claim }));
}
/**
 * An event with this run's delivery results: each replaces the channel's earlier result, its attempts added to the
 * earlier ones. A new object; the event given is not changed.
 */
function addDeliveries(event, results) {
    const deliveries = [...event.deliveries];
    for (const d of results) {
        const i = deliveries.findIndex((x) => x.channel === d.channel);
        const earlier = i >= 0 && !d.skipped ? deliveries[i].attempts : 0;
        const entry = { ...d, attempts: d.attempts + earlier };
        if (i >= 0)
            deliveries[i] = entry;
        else
            deliveries.push(entry);
    }
    return { ...event, deliveries };
}
/** The ledger with this run's delivery results, by event id, added to the same events (those still kept). */
function withDeliveries(ledger, results) {
    return mapEvents(ledger, new Set(results.keys()), (e) => addDeliveries(e, results.get(eventId(e))));
}


/***/ }),

/***/ 1719:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N3: () => (/* binding */ JsonError),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony export MAX_DEPTH */
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5033);
// JSON as Python writes it: standard JSON plus the NaN, Infinity and -Infinity tokens of json.dump.
// The fast path is the engine's JSON.parse; the slow path (non-finite tokens, errors) gives line and column.

const MAX_DEPTH = 64;
class JsonError extends Error {
    line;
    col;
    constructor(message, line, col) {
        super(message);
        this.line = line;
        this.col = col;
    }
}
function parseJson(text, lineOffset = 0) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return new LenientParser(text, lineOffset).parseDocument();
    }
    const tooDeep = depthExceeded(value, 1);
    if (tooDeep) {
        // Re-parse to find where; the lenient parser stops at the limit with a position.
        return new LenientParser(text, lineOffset).parseDocument();
    }
    return value;
}
function depthExceeded(v, depth) {
    if (v === null || typeof v !== 'object')
        return false;
    if (depth > MAX_DEPTH)
        return true;
    if (Array.isArray(v)) {
        for (const x of v)
            if (x !== null && typeof x === 'object' && depthExceeded(x, depth + 1))
                return true;
    }
    else {
        for (const k in v) {
            const x = v[k];
            if (x !== null && typeof x === 'object' && depthExceeded(x, depth + 1))
                return true;
        }
    }
    return false;
}
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
class LenientParser {
    s;
    lineOffset;
    i = 0;
    constructor(s, lineOffset) {
        this.s = s;
        this.lineOffset = lineOffset;
    }
    parseDocument() {
        this.ws();
        if (this.i >= this.s.length)
            this.fail('the content is empty; expected a JSON object or array');
        const v = this.value(1);
        this.ws();
        if (this.i < this.s.length)
            this.fail(`unexpected ${this.found()} after the end of the JSON value`);
        return v;
    }
    fail(message, at = this.i) {
        let line = 1;
        let start = 0;
        for (let k = 0; k < at && k < this.s.length; k++) {
            if (this.s.charCodeAt(k) === 10) {
                line++;
                start = k + 1;
            }
        }
        throw new JsonError(message, line + this.lineOffset, at - start + 1);
    }
    found() {
        if (this.i >= this.s.length)
            return 'end of input';
        const c = this.s[this.i];
        const code = c.charCodeAt(0);
        if (code < 0x20 || code === 0xfffd)
            return `a control or binary character (0x${code.toString(16).padStart(2, '0')})`;
        if (/[{}[\],:"]/.test(c))
            return JSON.stringify(c);
        return JSON.stringify(/^[^\s{}[\],:"]{1,12}/.exec(this.s.slice(this.i))?.[0] ?? c);
    }
    ws() {
        while (this.i < this.s.length && WS.has(this.s.charCodeAt(this.i)))
            this.i++;
    }
    value(depth) {
        const c = this.s[this.i];
        if (c === '{' || c === '[') {
            if (depth > MAX_DEPTH)
                this.fail(`JSON is nested deeper than the limit of ${MAX_DEPTH} levels`);
            return c === '{' ? this.object(depth) : this.array(depth);
        }
        if (c === '"')
            return this.string();
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
            return this.number();
        if (this.s.startsWith('true', this.i))
            return this.word('true', true);
        if (this.s.startsWith('false', this.i))
            return this.word('false', false);
        if (this.s.startsWith('null', this.i))
            return this.word('null', null);
        if (this.s.startsWith('NaN', this.i))
            return this.word('NaN', NaN);
        if (this.s.startsWith('Infinity', this.i))
            return this.word('Infinity', Infinity);
        if (this.i >= this.s.length)
            this.fail('the JSON ends too early (truncated?)');
        this.fail(`unexpected ${this.found()}; expected a value (object, array, string, number, true, false, null, NaN, Infinity)`);
    }
    word(w, v) {
        this.i += w.length;
        return v;
    }
    object(depth) {
        const obj = {};
        this.i++;
        this.ws();
        if (this.s[this.i] === '}') {
            this.i++;
            return obj;
        }
        for (;;) {
            this.ws();
            if (this.s[this.i] !== '"')
                this.fail(this.i >= this.s.length
                    ? 'the JSON ends too early (truncated?)'
                    : `unexpected ${this.found()}; expected a key in double quotes`);
            const key = this.string();
            this.ws();
            if (this.s[this.i] !== ':')
                this.fail(`unexpected ${this.found()}; expected ":" after the key`);
            this.i++;
            this.ws();
            const v = this.value(depth + 1);
            // Own data property even for "__proto__": no prototype is ever replaced.
            (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .defineOwn */ .k)(obj, key, v);
            this.ws();
            const c = this.s[this.i];
            if (c === ',') {
                this.i++;
                continue;
            }
            if (c === '}') {
                this.i++;
                return obj;
            }
            this.fail(this.i >= this.s.length
                ? 'the JSON ends too early (truncated?)'
                : `unexpected ${this.found()}; expected "," or "}"`);
        }
    }
    array(depth) {
        const arr = [];
        this.i++;
        this.ws();
        if (this.s[this.i] === ']') {
            this.i++;
            return arr;
        }
        for (;;) {
            this.ws();
            arr.push(this.value(depth + 1));
            this.ws();
            const c = this.s[this.i];
            if (c === ',') {
                this.i++;
                continue;
            }
            if (c === ']') {
                this.i++;
                return arr;
            }
            this.fail(this.i >= this.s.length
                ? 'the JSON ends too early (truncated?)'
                : `unexpected ${this.found()}; expected "," or "]"`);
        }
    }
    string() {
        const start = this.i;
        this.i++;
        let simple = true;
        for (;;) {
            if (this.i >= this.s.length)
                this.fail('a string is never closed (truncated?)', start);
            const code = this.s.charCodeAt(this.i);
            if (code === 0x22)
                break;
            if (code === 0x5c) {
                simple = false;
                this.i += 2;
                continue;
            }
            if (code < 0x20)
                this.fail(`a string contains ${this.found()}; control characters must be escaped`);
            this.i++;
        }
        this.i++;
        const raw = this.s.slice(start, this.i);
        if (simple)
            return raw.slice(1, -1);
        try {
            return JSON.parse(raw);
        }
        catch {
            this.fail('a string has an invalid escape sequence', start);
        }
    }
    number() {
        const start = this.i;
        if (this.s[this.i] === '-') {
            this.i++;
            if (this.s.startsWith('Infinity', this.i)) {
                this.i += 8;
                return -Infinity;
            }
        }
        const m = /^(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.s.slice(this.i, this.i + 400));
        if (!m)
            this.fail(`unexpected ${this.found()}; expected a number`, start);
        this.i += m[0].length;
        return Number(this.s.slice(start, this.i));
    }
}


/***/ }),

/***/ 3776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ bytesOf),
/* harmony export */   Uo: () => (/* binding */ headOf),
/* harmony export */   Z1: () => (/* binding */ metricNameOf),
/* harmony export */   ZV: () => (/* binding */ own),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   dn: () => (/* binding */ MAX_METRICS_BYTES),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   ib: () => (/* binding */ setTime)
/* harmony export */ });
/* unused harmony export parseTime */
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5033);

const MAX_METRICS_BYTES = 100 * 1024 * 1024;
/** The file's text, UTF-8, without a byte order mark. */
function textOf(f) {
    const text = f.text ?? (f.bytes ? Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength).toString('utf8') : '');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** The file's first `n` bytes at most (no copy of the rest), for telling its format by content. */
function headOf(f, n) {
    return f.bytes ? f.bytes.subarray(0, n) : Buffer.from((f.text ?? '').slice(0, n), 'utf8').subarray(0, n);
}
/** A one-metric export's metric: the file's last path segment without its extension ("logs/run-.-tag-loss.csv"). */
function metricNameOf(file) {
    const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(0, dot) : name;
}
/** The file's bytes. */
function bytesOf(f) {
    return f.bytes ?? Buffer.from(f.text ?? '', 'utf8');
}
function setTime(draft, value, source, warnings) {
    const at = parseTime(value);
    if (at === undefined)
        warnings.push({
            file: source,
            message: `the run's time ${JSON.stringify(value)} is not ISO 8601 or epoch seconds/milliseconds; the run is ordered by its position`,
        });
    else
        draft.at = at;
}
/** ISO 8601, epoch seconds or epoch milliseconds -> epoch milliseconds. */
function parseTime(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value >= 0 ? (value > 1e11 ? value : value * 1000) : undefined;
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value.trim()))
        return parseTime(Number(value));
    if (!/^\d{4}-\d{2}-\d{2}/.test(value.trim()))
        return undefined;
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : t;
}
function own(obj, key) {
    return (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'object')
        return 'an object';
    return `a ${typeof v}`;
}


/***/ }),

/***/ 1038:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ jsonReader),
/* harmony export */   s: () => (/* binding */ fromDocument)
/* harmony export */ });
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3309);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5033);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1719);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3776);
// JSON metrics (SPEC §3 formats 1–4): a flat or nested object, a run envelope, MLflow run JSON, an array of runs,
// JSON Lines. The fallback reader: a file no other format claims is read as JSON, or refused saying what it is.





const jsonReader = { read: readJson };
function readJson(f, warnings) {
    const text = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(f);
    if (text.trim() === '')
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([{ file: f.file, message: 'the metrics file is empty' }]);
    if (text.includes('\u0000'))
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([
            { file: f.file, message: 'the metrics file is binary (it contains NUL bytes); expected JSON or JSON Lines' },
        ]);
    const jsonLines = /\.(jsonl|ndjson)$/i.test(f.file);
    if (!jsonLines) {
        try {
            const doc = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(text);
            return (WANDB_METADATA.test(f.file) && fromWandbMetadata(doc, f.file)) || fromDocument(doc, f.file, warnings);
        }
        catch (e) {
            // Content with one object per line is JSON Lines even without the extension.
            if (!(e instanceof _json_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonError */ .N3) || !looksLikeJsonLines(text))
                throw e;
        }
    }
    const records = [];
    let lineNo = 0;
    let start = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        const line = text.slice(start, end);
        lineNo++;
        if (line.trim() !== '') {
            const value = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(line, lineNo - 1);
            if (value === null || typeof value !== 'object' || Array.isArray(value)) {
                throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([
                    {
                        file: f.file,
                        line: lineNo,
                        col: 1,
                        message: `line ${lineNo} is ${(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .typeName */ .go)(value)}; each JSON Lines line must be one run object`,
                    },
                ]);
            }
            records.push({ value: value, source: `${f.file}:${lineNo}` });
        }
        start = end + 1;
    }
    return fromRecords(records, f.file, warnings);
}
/** The W&B client's run metadata (host, GPU, args): no metrics; its `state` is the run's status where it has one. */
const WANDB_METADATA = /(^|[\\/])wandb-metadata\.json$/;
/**
 * wandb-metadata.json: older clients write the run's `state` there ("running" while it runs); later ones write none.
 * With a state it is a run with that status and no metrics, which merges with the summary beside it (files of one
 * run); without, undefined (the file is read as any JSON).
 */
function fromWandbMetadata(doc, source) {
    const state = (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(doc) ? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(doc, 'state') : undefined;
    return typeof state === 'string' && state !== '' ? [{ metrics: {}, source, status: state }] : undefined;
}
/**
 * Records of an array or JSON Lines (SPEC §3 format 3): those with an identity of their own are runs; those with none
 * are the steps of the file's one run (W&B's wandb-history.jsonl), each key a series over the steps.
 */
function fromRecords(records, file, warnings) {
    const drafts = [];
    const steps = [];
    for (const r of records) {
        if (hasIdentity(r.value))
            (0,_arrays_js__WEBPACK_IMPORTED_MODULE_4__/* .appendAll */ .u)(drafts, fromRunObject(r.value, r.source, warnings));
        else
            steps.push(r.value);
    }
    if (steps.length > 0) {
        const run = fromSteps(steps, file, warnings);
        if (run)
            drafts.push(run);
    }
    return drafts;
}
/** One run from its steps: every key a series of the values present (a step without the key does not end it). */
function fromSteps(steps, source, warnings) {
    const series = new Map();
    const add = (key, v) => {
        if ((0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(v)) {
            for (const k of Object.keys(v))
                add(`${key}.${k}`, v[k]);
            return;
        }
        const list = series.get(key);
        if (list)
            list.push(v);
        else
            series.set(key, [v]);
    };
    let at;
    for (const step of steps) {
        for (const k of Object.keys(step)) {
            if (k.startsWith('_'))
                continue;
            add(k, step[k]);
        }
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(step, '_timestamp') !== undefined)
            at = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(step, '_timestamp');
    }
    if (series.size === 0)
        return undefined;
    const metrics = {};
    for (const [key, values] of series) {
        const numbers = values.filter((v) => typeof v === 'number');
        // A key that never held a number keeps its last value, so that the warning can name what it holds.
        (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .defineOwn */ .k)(metrics, key, numbers.length > 0 ? numbers : values[values.length - 1]);
    }
    const draft = { metrics, source };
    if (at !== undefined)
        (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .setTime */ .ib)(draft, at, source, warnings);
    return draft;
}
function looksLikeJsonLines(text) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    return lines.length > 1 && lines[0].trim().startsWith('{') && lines[0].trim().endsWith('}');
}
/** A parsed document (JSON, or YAML: format 6) as runs. */
function fromDocument(value, file, warnings) {
    if (isScalarExport(value))
        return [fromScalarExport(value, file, warnings)];
    if (Array.isArray(value)) {
        const records = value.map((item, i) => {
            if (!(0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(item)) {
                throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([{ file, message: `item ${i} of the array is ${(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .typeName */ .go)(item)}; expected a run object` }]);
            }
            return { value: item, source: `${file}[${i}]` };
        });
        return fromRecords(records, file, warnings);
    }
    if (value === null || typeof value !== 'object') {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([
            {
                file,
                message: `the file holds ${(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .typeName */ .go)(value)}; expected a JSON object of metrics, a run, or an array of runs`,
            },
        ]);
    }
    return fromRunObject(value, file, warnings);
}
function fromRunObject(obj, source, warnings) {
    const mlflow = mlflowParts(obj);
    if (mlflow)
        return [fromMlflow(mlflow.info, mlflow.data, source, warnings)];
    // An envelope needs an identity key beside `metrics` (or `data.metrics`): `{"metrics": {...}}` alone is a nested
    // object, so DVCLive's `metrics.mAP50-95(B)` reads as the file shows it.
    const metrics = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(obj, 'metrics') ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(obj, 'data'), 'metrics');
    if (((0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(metrics) || Array.isArray(metrics)) && isEnvelope(obj))
        return [fromEnvelope(obj, metrics, source, warnings)];
    // Flat or nested object: one run; `_` keys are metadata (`_timestamp` is the run's time).
    const draft = { metrics: withoutMetadata(obj), source };
    const at = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(obj, '_timestamp');
    if (at !== undefined)
        (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .setTime */ .ib)(draft, at, source, warnings);
    if (Object.keys(draft.metrics).length === 0)
        return [];
    return [draft];
}
const EXPERIMENT_KEYS = ['experiment', 'experiment_name'];
const ID_KEYS = ['run_id', 'run', 'id'];
const TIME_KEYS = ['timestamp', 'time', 'start_time', 'end_time'];
const IDENTITY_KEYS = [...EXPERIMENT_KEYS, ...ID_KEYS, ...TIME_KEYS, 'status'];
function isEnvelope(obj) {
    return IDENTITY_KEYS.some((k) => Object.hasOwn(obj, k));
}
/** MLflow's run JSON `{info, data}`, or its REST wrapper `{"run": {info, data}}`. */
function mlflowParts(obj) {
    const run = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(obj, 'run');
    const inner = (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(run) ? run : obj;
    const info = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(inner, 'info');
    const data = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(inner, 'data');
    return (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(info) && (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(data) ? { info, data } : undefined;
}
/** A record that is a run of its own (an envelope, MLflow run JSON), not a step of the file's run. */
function hasIdentity(obj) {
    return isEnvelope(obj) || mlflowParts(obj) !== undefined;
}
function fromEnvelope(obj, metrics, source, warnings) {
    const draft = {
        metrics: Array.isArray(metrics) ? fromMetricList(metrics) : withoutMetadata(metrics),
        source,
    };
    const experiment = firstOf(obj, EXPERIMENT_KEYS);
    if (experiment !== undefined)
        draft.experiment = String(experiment);
    const id = firstOf(obj, ID_KEYS);
    if (id !== undefined)
        draft.id = String(id);
    const at = firstOf(obj, TIME_KEYS) ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(metrics, '_timestamp');
    if (at !== undefined)
        (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .setTime */ .ib)(draft, at, source, warnings);
    const status = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(obj, 'status');
    if (typeof status === 'string')
        draft.status = status;
    return draft;
}
function fromMlflow(info, data, source, warnings) {
    const metrics = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(data, 'metrics');
    const draft = {
        metrics: Array.isArray(metrics) ? fromMetricList(metrics) : (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(metrics) ? withoutMetadata(metrics) : {},
        source,
    };
    const experiment = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(info, 'experiment_name') ?? mlflowTag(data, 'mlflow.experimentName') ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(info, 'experiment_id');
    if (experiment !== undefined && experiment !== null && experiment !== '')
        draft.experiment = String(experiment);
    const id = firstOf(info, ['run_id', 'run_uuid']);
    if (id !== undefined)
        draft.id = String(id);
    const at = firstOf(info, ['end_time', 'start_time']);
    if (at !== undefined && at !== null)
        (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .setTime */ .ib)(draft, at, source, warnings);
    const status = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(info, 'status');
    if (typeof status === 'string')
        draft.status = status;
    return draft;
}
/**
 * MLflow's REST form: [{key, value, step, timestamp}], several entries per key making a series. The REST answer is
 * protobuf JSON: int64 `step`/`timestamp` come as strings from MLflow 1.x servers, and a non-finite double `value` as
 * the string "NaN", "Infinity" or "-Infinity".
 */
function fromMetricList(list) {
    const series = new Map();
    for (const m of list) {
        if (!(0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(m) || typeof (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(m, 'key') !== 'string')
            continue;
        const key = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(m, 'key');
        const entry = {
            v: protoDouble((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(m, 'value')),
            step: Number((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(m, 'step') ?? 0),
            t: Number((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(m, 'timestamp') ?? 0),
        };
        const s = series.get(key) ?? [];
        s.push(entry);
        series.set(key, s);
    }
    const out = {};
    for (const [key, s] of series) {
        s.sort((a, b) => a.step - b.step || a.t - b.t);
        (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .defineOwn */ .k)(out, key, s.length === 1 ? s[0].v : s.map((e) => e.v));
    }
    return out;
}
const NON_FINITE = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };
/** A protobuf JSON double: a number, or one of the strings it writes for the non-finite values. */
function protoDouble(v) {
    return typeof v === 'string' && Object.hasOwn(NON_FINITE, v) ? NON_FINITE[v] : v;
}
function withoutMetadata(obj) {
    let hasMeta = false;
    for (const k in obj)
        if (k.startsWith('_') && Object.hasOwn(obj, k))
            hasMeta = true;
    if (!hasMeta)
        return obj;
    const out = {};
    for (const k of Object.keys(obj)) {
        if (!k.startsWith('_'))
            (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .defineOwn */ .k)(out, k, obj[k]);
    }
    return out;
}
function firstOf(obj, keys) {
    for (const k of keys) {
        const v = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(obj, k);
        if (v !== undefined && v !== null && v !== '')
            return v;
    }
    return undefined;
}
/** A tag of MLflow run data: `tags` as a map, or as MLflow's REST list of `{key, value}`. */
function mlflowTag(data, key) {
    const tags = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(data, 'tags');
    if (Array.isArray(tags))
        return tags.find((t) => (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(t) && (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(t, 'key') === key)?.value;
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(tags, key);
}
/** TensorBoard's JSON export of one scalar: `[[wall_time, step, value], ...]`. */
function isScalarExport(value) {
    return (Array.isArray(value) &&
        value.length > 0 &&
        value.every((row) => Array.isArray(row) && row.length === 3 && row.every((x) => typeof x === 'number')));
}
/** One run whose one metric is named after the file (without its extension) and `value`, ordered by step. */
function fromScalarExport(rows, file, warnings) {
    const byStep = [...rows].sort((a, b) => a[1] - b[1]);
    const values = byStep.map((r) => r[2]);
    const metrics = {};
    (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .defineOwn */ .k)(metrics, (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .metricNameOf */ .Z1)(file), values);
    (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .defineOwn */ .k)(metrics, 'value', values);
    const draft = { metrics, source: file };
    let last = -Infinity;
    for (const r of rows)
        if (r[0] > last)
            last = r[0];
    (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .setTime */ .ib)(draft, last, file, warnings);
    return draft;
}


/***/ }),

/***/ 5033:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ defineOwn),
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
// Checks on values parsed from JSON.
/** A plain JSON object (not null, not an array). */
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/**
 * Sets `key` as a plain own property, whatever the name (`__proto__` included): for keys that come from files, which
 * must never reach a prototype.
 */
function defineOwn(obj, key, value) {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}


/***/ }),

/***/ 4448:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ contextGroups),
/* harmony export */   w: () => (/* binding */ renderContext)
/* harmony export */ });
/** The context line as groups of parts: parts of a group are joined by a space, groups by " · ". */
function contextGroups(ctx) {
    const groups = [];
    const repoUrl = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined;
    if (ctx.repository)
        groups.push([{ text: ctx.repository, url: repoUrl }]);
    if (ctx.ref)
        groups.push([{ text: ctx.ref, code: true }]);
    const run = runGroup(ctx);
    if (run.length)
        groups.push(run);
    if (ctx.sha) {
        const short = { text: ctx.sha.slice(0, 7) };
        if (repoUrl)
            short.url = `${repoUrl}/commit/${ctx.sha}`;
        groups.push([{ text: 'commit' }, short]);
    }
    if (ctx.pullRequest !== undefined) {
        const pr = { text: `PR #${ctx.pullRequest}` };
        if (repoUrl)
            pr.url = `${repoUrl}/pull/${ctx.pullRequest}`;
        groups.push([pr]);
    }
    return groups;
}
/** "workflow `Train` #12 (attempt 2)", the number linked to the run; "workflow run" when only the link is known. */
function runGroup(ctx) {
    const parts = [];
    if (ctx.workflow)
        parts.push({ text: 'workflow' }, { text: ctx.workflow, code: true });
    const attempt = ctx.workflowRunAttempt ? ` (attempt ${ctx.workflowRunAttempt})` : '';
    const label = ctx.runNumber
        ? `#${ctx.runNumber}${attempt}`
        : ctx.workflow
            ? `run${attempt}`
            : ctx.workflowRunUrl
                ? `workflow run${attempt}`
                : '';
    if (label)
        parts.push(ctx.workflowRunUrl ? { text: label, url: ctx.workflowRunUrl } : { text: label });
    return parts;
}
/** Renders the groups for a surface: `part` escapes and links one part. */
function renderContext(groups, part) {
    return groups.map((g) => g.map(part).join(' ')).join(' · ');
}


/***/ }),

/***/ 3712:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ safeLogText),
/* harmony export */   J: () => (/* binding */ stripBidi)
/* harmony export */ });
// Untrusted text (artifact contents and entry names, experiment, run and metric names) on its way to a surface a person
// reads (SPEC §6). The data itself stays intact (ledger, outputs); only what is shown is made safe.
/**
 * Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and marks (U+200E, U+200F,
 * U+061C). They reorder what a reader sees ("Trojan Source"), so a name could look like another name.
 */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
function stripBidi(s) {
    return s.replace(BIDI, '');
}
/**
 * The runner reads the log a line at a time (.NET ReadLine: a line ends at \n, \r or \r\n). A line is a command when,
 * after .NET's TrimStart (char.IsWhiteSpace), it starts with `::`, or when it holds `##[` anywhere (the older syntax,
 * found with IndexOf); `::stop-commands::` is one of them. The runner compares with .NET's culture-sensitive StartsWith
 * and IndexOf, which pass over characters of no weight (controls, format characters such as zero-width spaces, and
 * combining marks): those may sit before or inside the markers too. So this is a superset of what the runner matches.
 */
const LINE_END = /(\r\n|\r|\n)/;
const IGNORABLE = String.raw `[\p{Cc}\p{Cf}\p{Mn}\p{Me}]`;
const COMMAND_START = new RegExp(String.raw `^[\s\p{Z}\p{Cc}\p{Cf}\p{Mn}\p{Me}]*:${IGNORABLE}*:`, 'u');
const LEGACY_COMMAND = new RegExp(String.raw `#${IGNORABLE}*#${IGNORABLE}*\[`, 'gu');
/** One log line that cannot be a workflow command: `\` before a leading `::`, `##\[` for every `##[`. */
function neutraliseLine(line) {
    const legacySafe = line.replace(LEGACY_COMMAND, '##\\[');
    return COMMAND_START.test(legacySafe) ? `\\${legacySafe}` : legacySafe;
}
/**
 * Text for the runner's log: bidirectional controls removed, and no line of it can start a workflow command. Line ends
 * are kept as they are; every line between them is made safe on its own.
 */
function safeLogText(text) {
    return stripBidi(text)
        .split(LINE_END)
        .map((part, i) => (i % 2 === 1 ? part : neutraliseLine(part)))
        .join('');
}


/***/ }),

/***/ 4023:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ describeMatch),
/* harmony export */   Ch: () => (/* binding */ suggestTimeZone),
/* harmony export */   Hg: () => (/* binding */ activeSilences),
/* harmony export */   Id: () => (/* binding */ parseUntil),
/* harmony export */   Q5: () => (/* binding */ describeWhen),
/* harmony export */   Rn: () => (/* binding */ silenceFor),
/* harmony export */   WT: () => (/* binding */ UNTIL_PATTERN),
/* harmony export */   _d: () => (/* binding */ isExpired),
/* harmony export */   d7: () => (/* binding */ parseWeekly),
/* harmony export */   kQ: () => (/* binding */ isTimeZone),
/* harmony export */   lc: () => (/* binding */ DEFAULT_TIME_ZONE),
/* harmony export */   rH: () => (/* binding */ EVERY_PATTERN)
/* harmony export */ });
/* unused harmony exports DAYS, wallClock, instantOf, windowAt, activeUntil, silenceMatches */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6228);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6085);
// Silences (SPEC §4): which silence covers an alert instance at an instant. Pure: `now` is a parameter.
//
// Weekly windows are read in the zone's wall-clock time (Intl.DateTimeFormat, no dependency). A window opens at the
// first instant the zone's clock shows its start time and closes at the first instant it shows its end time (the end
// is exclusive), so every window is one continuous stretch of real time:
// - a wall time the clock skips (spring forward, 02:30 on 2026-03-08 in America/New_York) is reached when the clock
//   jumps past it: the edge falls on the jump (03:00 EDT);
// - a wall time the clock shows twice (fall back, 01:30 on 2026-11-01 in America/New_York) counts at its first
//   showing (01:30 EDT): a window ending then is over before the repeated hour; one starting then covers both.



const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEK_MINUTES = 7 * 1440;
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DEFAULT_TIME_ZONE = 'UTC';
/** The form of `every`, for the JSON Schema: "Sat 00:00 - Mon 06:00". */
const EVERY_PATTERN = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01][0-9]|2[0-3]):[0-5][0-9] - (Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01][0-9]|2[0-3]):[0-5][0-9]$/;
/** The form of `until`: an ISO 8601 date and time with a zone (Z or ±HH:MM), seconds optional. */
const UNTIL_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const EVERY_ALLOWED = `allowed: "DAY HH:MM - DAY HH:MM" with DAY one of ${DAYS.join(', ')} and a 24-hour time HH:MM (00:00 to 23:59), like "Sat 00:00 - Mon 06:00"`;
/** `every` as minutes of the week, or what is wrong with it (what was found and what is allowed). */
function parseWeekly(text) {
    const m = /^\s*(\S+)\s+(\S+)\s*-\s*(\S+)\s+(\S+)\s*$/.exec(text);
    if (!m)
        return { problem: `${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(text)} is not a weekly window; ${EVERY_ALLOWED}` };
    const edges = [edge(m[1], m[2]), edge(m[3], m[4])];
    const problems = edges.flatMap((e) => ('problem' in e ? [e.problem] : []));
    if (problems.length)
        return { problem: `${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(text)}: ${problems.join('; ')}` };
    const [start, end] = edges.map((e) => e.minutes);
    if (start === end) {
        return {
            problem: `${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(text)} starts and ends at the same time: the window would be empty; allowed: two different times (a window shorter than a week), or until for a one-off silence`,
        };
    }
    return { start, end };
}
function edge(day, time) {
    const d = DAYS.indexOf(day);
    const t = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(time);
    const problems = [];
    if (d < 0) {
        const hint = (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .suggest */ .ZA)(day.slice(0, 3), DAYS) ?? DAYS.find((x) => x.toLowerCase() === day.slice(0, 3).toLowerCase());
        problems.push(`${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(day)} is not a day; allowed: ${DAYS.join(', ')}${hint ? `. Did you mean "${hint}"?` : ''}`);
    }
    if (!t)
        problems.push(`${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(time)} is not a 24-hour time; allowed: HH:MM from 00:00 to 23:59`);
    if (problems.length)
        return { problem: problems.join('; ') };
    return { minutes: d * 1440 + Number(t[1]) * 60 + Number(t[2]) };
}
/** `until` as epoch milliseconds, or undefined when it is not a real ISO 8601 time with a zone. */
function parseUntil(text) {
    if (!UNTIL_PATTERN.test(text))
        return undefined;
    const ms = Date.parse(text);
    if (!Number.isFinite(ms))
        return undefined;
    // Date.parse rolls 2026-02-30 over to March: the written date and time must be the ones read back.
    const [date, rest] = text.split('T');
    const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(rest)[1];
    const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
    if (Math.abs(minutes) > 18 * 60)
        return undefined;
    const local = new Date(ms + minutes * MINUTE).toISOString();
    return local.slice(0, 10) === date && local.slice(11, 16) === rest.slice(0, 5) ? ms : undefined;
}
/** Whether the runtime knows this IANA time zone name (its formatter, made once per zone, is the one wallClock uses). */
function isTimeZone(name) {
    try {
        formatterOf(name);
        return true;
    }
    catch {
        return false;
    }
}
/** The known zone name closest to `name` ("Europe/Berln" -> "Europe/Berlin", "berlin" -> "Europe/Berlin"). */
function suggestTimeZone(name) {
    const known = [DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf('timeZone')];
    const city = name.trim().replace(/ /g, '_').toLowerCase();
    return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .suggest */ .ZA)(name, known) ?? known.find((z) => z.split('/').pop().toLowerCase() === city);
}
const formatters = new Map();
/** One formatter per zone for the process (creating one costs more than using it); throws for an unknown zone. */
function formatterOf(timeZone) {
    let f = formatters.get(timeZone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
        });
        formatters.set(timeZone, f);
    }
    return f;
}
/** The zone's wall-clock time at instant `t`, as the epoch milliseconds of that date and time read as UTC. */
function wallClock(t, timeZone) {
    const f = formatterOf(timeZone);
    const parts = {};
    for (const p of f.formatToParts(new Date(t)))
        if (p.type !== 'literal')
            parts[p.type] = Number(p.value);
    const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    return wall + (((t % 1000) + 1000) % 1000);
}
/** The first instant at which the zone's clock shows `wall` or, when the clock skips it, the first after the skip. */
function instantOf(wall, timeZone) {
    const offsets = new Set([-DAY, 0, DAY].map((d) => wallClock(wall + d, timeZone) - (wall + d)));
    const candidates = [...offsets].map((o) => wall - o);
    const exact = candidates.filter((t) => wallClock(t, timeZone) === wall);
    if (exact.length)
        return Math.min(...exact);
    // Skipped (a spring-forward gap): the clock is before `wall` at lo and past it at hi; find the jump, to the minute.
    let lo = Math.min(...candidates);
    let hi = Math.max(...candidates);
    while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (wallClock(mid, timeZone) >= wall)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}
/** The occurrence of a weekly window that holds `now` (from inclusive, to exclusive), or undefined. */
function windowAt(w, now) {
    const today = Math.floor(wallClock(now, w.timeZone) / DAY) * DAY;
    const startDay = Math.floor(w.start / 1440);
    const length = (((w.end - w.start) % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
    // A window is shorter than a week: the one holding `now` began on one of the last 8 days (a margin for offsets).
    for (let k = 0; k <= 8; k++) {
        const day = today - k * DAY;
        if ((new Date(day).getUTCDay() + 6) % 7 !== startDay)
            continue;
        const startWall = day + (w.start % 1440) * MINUTE;
        const from = instantOf(startWall, w.timeZone);
        const to = instantOf(startWall + length * MINUTE, w.timeZone);
        if (from <= now && now < to)
            return { from, to };
    }
    return undefined;
}
/** When the silence stops holding events back, if it holds them at `now` (epoch ms); undefined when it does not. */
function activeUntil(s, now) {
    if (s.until !== undefined) {
        const until = Date.parse(s.until);
        return now < until ? until : undefined;
    }
    return s.every ? windowAt(s.every, now)?.to : undefined;
}
/** Whether a silence names this alert instance (globs as alert `experiment` reads them; absent: every one). */
function silenceMatches(s, alert, experiment) {
    return (0,_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .matchesExperiment */ .pg)(s.alerts, alert) && (0,_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .matchesExperiment */ .pg)(s.experiments, experiment);
}
function activeSilences(silences, now) {
    return silences.flatMap((silence) => {
        const until = activeUntil(silence, now);
        return until === undefined ? [] : [{ silence, until }];
    });
}
/** The first active silence that names the instance, or undefined. */
function silenceFor(active, alert, experiment) {
    return active.find((a) => silenceMatches(a.silence, alert, experiment));
}
/** A one-off silence whose `until` is past at `now`: it silences nothing any more. */
function isExpired(s, now) {
    return s.until !== undefined && Date.parse(s.until) <= now;
}
/** "alerts acc-*, experiments iris" / "every alert and experiment". */
function describeMatch(s) {
    const parts = [
        s.alerts === undefined ? 'every alert' : `alerts ${s.alerts}`,
        s.experiments === undefined ? 'every experiment' : `experiments ${s.experiments}`,
    ];
    return parts.join(', ');
}
/** "until 2026-03-09 06:00 UTC" / "every Sat 00:00 - Mon 06:00 (Europe/Berlin)". */
function describeWhen(s) {
    if (s.until !== undefined)
        return `until ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .utcMinute */ .vD)(Date.parse(s.until))}`;
    return s.every ? `every ${s.every.text} (${s.every.timeZone})` : '';
}


/***/ }),

/***/ 9153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ RUN_STATUSES),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   id: () => (/* binding */ SLACK_API_URL),
/* harmony export */   mJ: () => (/* binding */ PAGERDUTY_EVENTS_URL),
/* harmony export */   mj: () => (/* binding */ DATADOG_SITES),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
// Typed values the core works on. Nothing here does I/O.
const SEVERITIES = ['info', 'warning', 'critical'];
/** fail-on: never, or a severity and above. */
const FAIL_ON = ['never', ...SEVERITIES];
const SEVERITY_RANK = { info: 0, warning: 1, critical: 2 };
/** The Slack Web API, unless a channel's `api-url` replaces it. */
const SLACK_API_URL = 'https://slack.com/api';
/** PagerDuty's Events API v2 endpoint (the EU one is https://events.eu.pagerduty.com/v2/enqueue). */
const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';
/** Datadog sites (docs.datadoghq.com/getting_started/site). */
const DATADOG_SITES = [
    'datadoghq.com',
    'us3.datadoghq.com',
    'us5.datadoghq.com',
    'datadoghq.eu',
    'ap1.datadoghq.com',
    'ap2.datadoghq.com',
    'ddog-gov.com',
    'us2.ddog-gov.com',
];
/** Statuses a status rule may name (SPEC §4), compared case-insensitively with a run's status. */
const RUN_STATUSES = ['failed', 'crashed', 'killed', 'cancelled', 'timed_out'];


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
