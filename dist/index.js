import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

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
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(849)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9849))).mlflowStoreReader,
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
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(411)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8411))).yamlReader,
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
    'github-issue': async () => (await __nccwpck_require__.e(/* import() */ 204).then(__nccwpck_require__.bind(__nccwpck_require__, 9204))).channelType,
    pagerduty: async () => (await __nccwpck_require__.e(/* import() */ 929).then(__nccwpck_require__.bind(__nccwpck_require__, 2929))).channelType,
};
const loaded = new Map();
/** The module of a channel's type, or undefined when this build has none for it. */
function channelTypeOf(channel) {
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
    const type = await channelTypeOf(channel);
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
// EXTERNAL MODULE: ./src/core/report/markdown.ts
var markdown = __nccwpck_require__(4201);
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
        `#### ${(0,markdown/* mdCell */.c)(r.alert)} · ${(0,markdown/* mdCell */.c)(r.experiment)}`,
        '',
        ...chart,
        '',
        `_${(0,markdown/* mdCell */.c)(caption.join('; '))}._`,
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
        .map((d) => `${(0,markdown/* mdCell */.c)(d.channel)} ${d.ok ? '✅' : d.skipped ? '⏭️' : `❌${d.status ? ` ${d.status}` : ''}`}`)
        .join(', ');
}
function row(r, ctx) {
    const unit = r.rule.change?.unit;
    const value = (0,format/* formatValue */.Fl)(r, unit);
    const silenced = r.silence !== undefined || r.record?.silenced === true ? ' · 🔕 silenced' : '';
    const state = `${STATE_ICON[r.state] ?? r.state}${r.event ? ` · ${r.event}` : ''}${r.rerun ? ' · seen before' : ''}${silenced}`;
    const cells = [
        state,
        (0,markdown/* mdCell */.c)(r.alert),
        (0,markdown/* mdCell */.c)(r.experiment),
        (0,markdown/* mdCell */.c)((0,format/* subjectOf */.et)(r)),
        (0,markdown/* mdCell */.c)(value),
        (0,markdown/* mdCell */.c)((0,format/* conditionText */.D3)(r, unit)),
        (0,markdown/* mdLink */.Y)(r.run, ctx.workflowRunUrl),
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
        tail.push('', `**Disabled alerts:** ${input.disabled.map((a) => (0,markdown/* mdCell */.c)(a.name)).join(', ')}`);
    if (input.historyNote)
        tail.push('', (0,markdown/* mdCell */.c)(input.historyNote));
    if (input.warnings.length) {
        tail.push('', '### Warnings', '');
        for (const w of input.warnings.slice(0, 200))
            tail.push(`- ${(0,markdown/* mdCell */.c)(w)}`);
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
        const cells = [(0,silences/* describeMatch */.$X)(silence), when, silence.reason, heldText(held)].map(markdown/* mdCell */.c);
        lines.push(`| ${cells.join(' | ')} |`);
    }
    if (active.length > MAX_SILENCES)
        lines.push('', `_…and ${active.length - MAX_SILENCES} more silences._`);
    const fired = released.filter((r) => r.event === 'fired');
    const resolved = released.filter((r) => r.event === 'resolved');
    if (fired.length)
        lines.push('', `**Sent now that a silence is over** (fired while silenced, still firing): ${(0,markdown/* mdCell */.c)(heldText(fired))}`);
    if (resolved.length)
        lines.push('', `**Resolved during a silence, sent now that it is over:** ${(0,markdown/* mdCell */.c)(heldText(resolved))}`);
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
    const near = (r.suggestions ?? []).map(markdown/* mdCell */.c).join(', ');
    return `| ${[(0,markdown/* mdCell */.c)(r.alert), (0,markdown/* mdCell */.c)(r.experiment), (0,markdown/* mdCell */.c)((0,format/* subjectOf */.et)(r)), (0,markdown/* mdCell */.c)(why), near].join(' | ')} |`;
}
/** The run's context (repository, branch, workflow run, commit, pull request), every name escaped. */
function contextMarkdown(ctx) {
    return (0,run_context/* renderContext */.w)((0,run_context/* contextGroups */._)(ctx), (p) => (p.url ? (0,markdown/* mdLink */.Y)(p.text, p.url) : (0,markdown/* mdCell */.c)(p.text)));
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
async function loadRules(io, opts, redactor, kept) {
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
        const { compileRules } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(395), __nccwpck_require__.e(83)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3083));
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
    const redactor = new app_redactor/* Redactor */.p();
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
    const { config, warnings: configWarnings, memo } = await loadRules(io, opts, redactor, kept);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/fs-errors.ts
var fs_errors = __nccwpck_require__(7913);
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
    const found = (0,fs_errors/* statFile */.T1)(full, ctx);
    if ('problem' in found)
        throw new diagnostics/* UserError */.yo([found.problem]);
    if (found.stats.size > config_rules/* MAX_CONFIG_BYTES */.GW)
        throw new diagnostics/* UserError */.yo([{ file, message: (0,diagnostics/* overLimit */.W1)('the rules file', found.stats.size, config_rules/* MAX_CONFIG_BYTES */.GW) }]);
    try {
        return { file, text: (0,external_node_fs_.readFileSync)(full, 'utf8') };
    }
    catch (e) {
        throw (0,fs_errors/* fsUserError */.BM)(e, ctx);
    }
}

// EXTERNAL MODULE: ./src/adapters/history-file.ts
var history_file = __nccwpck_require__(3079);
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

// EXTERNAL MODULE: ./src/core/safe-text.ts
var safe_text = __nccwpck_require__(3712);
;// CONCATENATED MODULE: ./src/action/context.ts
// Where this step runs: repository, run identity and links, from the runner's environment and event payload.



const CONCLUSION = /^[a-z_]{1,40}$/;
function readRunnerContext(env) {
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const payload = env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : undefined;
    const found = {
        repository: context_text(env.GITHUB_REPOSITORY),
        workflowRunId: context_text(env.GITHUB_RUN_ID),
        workflowRunAttempt: context_text(env.GITHUB_RUN_ATTEMPT),
        workflow: context_text(env.GITHUB_WORKFLOW),
        runNumber: context_text(env.GITHUB_RUN_NUMBER),
        ref: context_text(env.GITHUB_HEAD_REF) ?? context_text(env.GITHUB_REF_NAME),
        sha: commit(env.GITHUB_SHA),
        sourceEvent: eventName,
        ...(eventName.startsWith('pull_request') ? fromPullRequest(payload?.pull_request) : {}),
        ...(eventName === 'workflow_run' ? fromWorkflowRun(payload?.workflow_run) : {}),
    };
    if (!found.workflowRunUrl && found.repository && found.workflowRunId)
        found.workflowRunUrl = `${serverUrl}/${found.repository}/actions/runs/${found.workflowRunId}`;
    const { sourceEvent, ...rest } = found;
    const known = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    return {
        serverUrl,
        eventName,
        sourceEvent: sourceEvent ?? eventName,
        defaultRunId: found.workflowRunId ?? 'local',
        ...known,
    };
}
/** On pull_request*: the pull request's number and head branch. */
function fromPullRequest(pr) {
    if (!(0,records/* isRecord */.u)(pr))
        return {};
    const found = {};
    const n = prNumber(pr.number);
    if (n !== undefined)
        found.pullRequest = n;
    const head = (0,records/* isRecord */.u)(pr.head) ? context_text(pr.head.ref) : undefined;
    if (head)
        found.ref = head;
    const base = (0,records/* isRecord */.u)(pr.base) ? context_text(pr.base.ref) : undefined;
    if (base)
        found.baseRef = base;
    return found;
}
/** On workflow_run: the triggering run is the one evaluated (its id, attempt, link, branch, commit, pull request). */
function fromWorkflowRun(run) {
    if (!(0,records/* isRecord */.u)(run))
        return {};
    const found = {};
    const set = (k, v) => {
        if (v !== undefined)
            found[k] = v;
    };
    set('workflowRunId', scalar(run.id));
    set('workflowRunAttempt', scalar(run.run_attempt));
    set('runNumber', scalar(run.run_number));
    set('workflow', context_text(run.name));
    set('ref', context_text(run.head_branch));
    set('sha', commit(run.head_sha));
    set('sourceEvent', context_text(run.event));
    const conclusion = context_text(run.conclusion);
    if (conclusion && CONCLUSION.test(conclusion))
        found.conclusion = conclusion;
    if (typeof run.html_url === 'string' && /^https?:\/\//.test(run.html_url))
        found.workflowRunUrl = run.html_url;
    const first = Array.isArray(run.pull_requests) ? run.pull_requests[0] : undefined;
    set('pullRequest', (0,records/* isRecord */.u)(first) ? prNumber(first.number) : undefined);
    set('baseRef', (0,records/* isRecord */.u)(first) && (0,records/* isRecord */.u)(first.base) ? context_text(first.base.ref) : undefined);
    return found;
}
/** A non-empty string without bidirectional-override characters, else undefined. */
function context_text(v) {
    if (typeof v !== 'string')
        return undefined;
    const clean = (0,safe_text/* stripBidi */.J)(v);
    return clean === '' ? undefined : clean;
}
/** A run id, number or attempt: digits as they come, as a string. */
function scalar(v) {
    const s = typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : typeof v === 'string' ? v : undefined;
    return s !== undefined && /^\d{1,20}$/.test(s) ? s : undefined;
}
function prNumber(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;
}
/** A commit sha (hex); anything else is not shown. */
function commit(v) {
    return typeof v === 'string' && /^[0-9a-f]{7,64}$/i.test(v) ? v : undefined;
}
function readEvent(path) {
    try {
        const v = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return (0,records/* isRecord */.u)(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/adapters/cache-key.ts
var cache_key = __nccwpck_require__(4196);
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
    const { config } = await loadRules(io, opts, redactor);
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
    const type = await channelTypeOf(channel);
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

;// CONCATENATED MODULE: ./src/action/inputs.ts
// The action's inputs (SPEC §6), read and checked. Errors name the input and what it allows.




function oneOf(get, name, allowed, fallback) {
    const v = get(name).trim() || fallback;
    if (!allowed.includes(v)) {
        throw new diagnostics/* UserError */.yo(`input ${name}: "${v}" is not allowed; allowed: ${allowed.join(', ')}`);
    }
    return v;
}
function bool(get, name) {
    const v = get(name).trim().toLowerCase() || 'false';
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off'].includes(v))
        return false;
    throw new diagnostics/* UserError */.yo(`input ${name}: "${v}" is not allowed; allowed: true, false`);
}
/** history-key: the prefix of the cache keys, so within what the Actions cache accepts. */
function historyKey(get, history) {
    const key = get('history-key').trim() || 'metric-alerts';
    const problem = history === 'cache' ? (0,cache_key/* historyKeyProblem */.j9)(key) : undefined;
    if (problem)
        throw new diagnostics/* UserError */.yo(`input history-key: ${problem}; found "${key.slice(0, 80)}${key.length > 80 ? '…' : ''}"`);
    return key;
}
const NOTIFY_INPUTS = ['notify-text', 'notify-level', 'notify-channels', 'notify-wait-duration'];
/** The notify-* inputs: undefined without notify-title (then none of the others may be set). */
function notifyInputs(get, testChannels) {
    const title = get('notify-title');
    if (!title.trim()) {
        const stray = NOTIFY_INPUTS.find((n) => get(n).trim());
        if (stray)
            throw new diagnostics/* UserError */.yo(`input ${stray} is set but notify-title is not: the ad-hoc message needs a title`);
        return undefined;
    }
    if (testChannels)
        throw new diagnostics/* UserError */.yo('inputs test-channels and notify-title exclude each other: use two steps');
    const given = {
        title,
        text: get('notify-text'),
        level: get('notify-level'),
        wait: get('notify-wait-duration'),
    };
    const { note, wait } = noteRequest(given, (field) => `input notify-${field}`);
    const channels = get('notify-channels')
        .split(/[\n,]/)
        .map((c) => c.trim())
        .filter(Boolean);
    return { note, channels, ...(wait ? { wait } : {}) };
}
function readInputs(get) {
    const history = oneOf(get, 'history', ['cache', 'git', 'file', 'none'], 'cache');
    const testChannels = bool(get, 'test-channels');
    const notify = notifyInputs(get, testChannels);
    return {
        config: get('config').trim() || 'alerts.yml',
        metrics: get('metrics'),
        artifact: get('artifact').trim(),
        artifactRunId: get('artifact-run-id').trim(),
        experiment: get('experiment').trim() || 'default',
        runId: get('run-id').trim(),
        history,
        historyKey: historyKey(get, history),
        historyBranch: get('history-branch').trim() || 'metric-alerts-history',
        historyPath: get('history-path').trim() || 'alerts-history.json',
        historyWrite: oneOf(get, 'history-write', ['auto', 'true', 'false'], 'auto'),
        slackWebhookUrl: get('slack-webhook-url').trim(),
        githubToken: get('github-token').trim(),
        dryRun: bool(get, 'dry-run'),
        testChannels,
        notifyPullRequests: bool(get, 'notify-pull-requests'),
        prComment: bool(get, 'pr-comment'),
        failOn: oneOf(get, 'fail-on', types/* FAIL_ON */.d$, 'never'),
        ...(notify ? { notify } : {}),
    };
}
/**
 * history-write: auto writes except for metrics from pull_request* events (fork pull requests must not change history),
 * including a workflow_run triggered by a pull request's training run.
 */
function historyWrites(setting, eventName) {
    if (setting === 'true')
        return true;
    if (setting === 'false')
        return false;
    return !isPullRequestEvent(eventName);
}
/** pull_request and pull_request_target (and their review events): a run for a pull request, not for a branch. */
function isPullRequestEvent(eventName) {
    return eventName.startsWith('pull_request');
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
            const stat = (0,fs_errors/* statFile */.T1)(full, metricsPath(pattern));
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
        const stat = (0,fs_errors/* statFile */.T1)(f, ctx);
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
            throw (0,fs_errors/* fsUserError */.BM)(e, ctx);
        }
        out.push({ file: name, bytes });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/action/metrics-source.ts
// Where the action's metrics come from: files in the workspace (`metrics`), or a workflow run's artifact (`artifact`,
// with `metrics` filtering the files inside it).


async function readActionMetrics(inputs, ctx, cwd, env, log, needs = { optional: false }) {
    const patterns = splitPatterns(inputs.metrics);
    if (!inputs.artifact) {
        if (patterns.length === 0 && needs.optional) {
            log('No metrics or artifact input: the stale rules are evaluated from the history alone.');
            return [];
        }
        if (patterns.length === 0)
            throw new diagnostics/* UserError */.yo('input metrics is required: paths or globs of the metrics files (newline- or comma-separated), or set artifact');
        return readMetricsFiles(await findMetricsFiles(patterns, cwd), cwd);
    }
    const runId = inputs.artifactRunId || ctx.workflowRunId;
    if (!runId)
        throw new diagnostics/* UserError */.yo('input artifact: no run to read it from; set artifact-run-id (GITHUB_RUN_ID is not set)');
    if (!/^\d+$/.test(runId))
        throw new diagnostics/* UserError */.yo(`input artifact-run-id: "${runId}" is not a run id; allowed: the number in a run's URL (…/actions/runs/NUMBER)`);
    if (!ctx.repository)
        throw new diagnostics/* UserError */.yo('input artifact: GITHUB_REPOSITORY is not set, so there is no repository to read the artifact from');
    const { downloadArtifact } = await __nccwpck_require__.e(/* import() */ 527).then(__nccwpck_require__.bind(__nccwpck_require__, 1527));
    const { metricsFromArchive } = await __nccwpck_require__.e(/* import() */ 49).then(__nccwpck_require__.bind(__nccwpck_require__, 7049));
    const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
    log(`Downloading artifact "${inputs.artifact}" of run ${runId} in ${ctx.repository}`);
    const zip = await downloadArtifact({
        apiUrl,
        repository: ctx.repository,
        runId,
        name: inputs.artifact,
        token: inputs.githubToken,
    });
    const files = metricsFromArchive(zip, patterns, inputs.artifact);
    log(`Read ${files.length} metrics file(s) from the artifact: ${files.map((f) => f.file).join(', ')}`);
    return files;
}

;// CONCATENATED MODULE: ./src/action/runner.ts
// The runner's side of an action, as GitHub documents it ("Workflow commands for GitHub Actions"): inputs from INPUT_*,
// commands on stdout (::error file=…,line=…::message, ::add-mask::), outputs appended to $GITHUB_OUTPUT with a random
// heredoc delimiter, the job summary appended to $GITHUB_STEP_SUMMARY. The same protocol @actions/core writes, without
// loading its HTTP client and process runner at start-up (~100 ms of a ~35 ms Node start; see the README's Performance).


/** The runner reads \n line ends on every platform. */
const EOL = '\n';
/** An input as the runner passes it (INPUT_<NAME>, spaces as underscores), trimmed; '' when absent. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * Writes to stdout directly: the runner reads the log as it comes, and a synchronous write cannot be lost at exit.
 * (process.stdout is synchronous for files and pipes on Linux too, but building the stream costs start-up time.)
 */
function write(text) {
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length;) {
        try {
            done += (0,external_node_fs_.writeSync)(1, bytes, done);
        }
        catch (e) {
            const code = e.code;
            if (code === 'EAGAIN')
                continue; // a non-blocking pipe is full: the reader drains it
            if (code === 'EPIPE')
                return; // nobody reads the log any more
            throw e;
        }
    }
}
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** Properties without a value (undefined, '', 0) are left out, as @actions/core leaves them out. */
function command(name, message, props = {}) {
    const list = Object.entries(props)
        .filter((e) => e[1] !== undefined && e[1] !== '' && e[1] !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    write(`::${name}${list.length ? ` ${list.join(',')}` : ''}::${escapeData(message)}${EOL}`);
}
/** Message, title and file are shown to people: no bidirectional controls (a file of an artifact may be named so). */
function annotate(kind, message, a = {}) {
    const shown = (s) => (s === undefined ? undefined : (0,safe_text/* stripBidi */.J)(s));
    command(kind, (0,safe_text/* stripBidi */.J)(message), { title: shown(a.title), file: shown(a.file), line: a.line, col: a.col });
}
/**
 * Also the check's Logger: its messages are the runner's log lines and annotations. Messages carry untrusted text
 * (artifact entry names, experiment and run names): a command's message is escaped onto its one line, and every line
 * `info` writes is made safe (core/safe-text.ts), so none of it can start a workflow command (SPEC §6).
 */
const runner = {
    info: (message) => write(`${(0,safe_text/* safeLogText */.H)(message)}${EOL}`),
    debug: (message) => command('debug', (0,safe_text/* stripBidi */.J)(message)),
    notice: (message, a) => annotate('notice', message, a),
    warning: (message, a) => annotate('warning', message, a),
    error: (message, a) => annotate('error', message, a),
    /** The runner replaces the value with *** in every later log line. */
    setSecret: (secret) => command('add-mask', secret),
    setFailed(message) {
        process.exitCode = 1;
        annotate('error', message);
    },
    setOutput(name, value, env = process.env) {
        const text = typeof value === 'string' ? value : JSON.stringify(value); // as @actions/core converts it
        const file = env.GITHUB_OUTPUT;
        if (!file) {
            write(EOL);
            command('set-output', text, { name });
            return;
        }
        // The value cannot end the heredoc early: the delimiter is chosen so that it does not occur in it. (Not from
        // crypto.randomUUID as @actions/core's: loading crypto costs start-up time, and the check makes guessing useless.)
        let delimiter;
        do
            delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
        while (text.includes(delimiter) || name.includes(delimiter));
        (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, 'utf8');
    },
    /**
     * Appends Markdown to the job summary; without $GITHUB_STEP_SUMMARY (not on a runner) there is none. No bidi controls
     * on any path (table cells are escaped by mdCell; failure reports quote error messages that may name artifact files).
     */
    appendSummary(markdown, env = process.env) {
        const file = env.GITHUB_STEP_SUMMARY;
        if (file)
            (0,external_node_fs_.appendFileSync)(file, (0,safe_text/* stripBidi */.J)(markdown), 'utf8');
    },
};

;// CONCATENATED MODULE: ./src/action/note.ts
// The action's ad-hoc message mode (notify-title set, SPEC §5): send one note, evaluate nothing. Outputs
// failed-deliveries; the summary says where the note went, what wait-duration held back, and what failed.



async function runNoteStep(notify, step) {
    const { io, env, ctx } = step;
    const outcome = await runNote(io, {
        env,
        ...(step.defaultWebhookUrl ? { defaultWebhookUrl: step.defaultWebhookUrl } : {}),
        ...(step.github ? { github: step.github } : {}),
        note: notify.note,
        channels: notify.channels,
        ...(notify.wait ? { wait: notify.wait } : {}),
        history: step.history,
        historyWrite: step.historyWrite,
        ctx,
        now: Date.now(),
    });
    runner.setOutput('failed-deliveries', outcome.failed);
    runner.appendSummary(noteSummary(notify, outcome));
    runner.info(`note "${notify.note.title}": ${noteCounts(outcome)}`);
}
function names(list) {
    return list.map((d) => (0,markdown/* mdCell */.c)(d.channel)).join(', ');
}
/** "sent 2, held back 1, failed 0" */
function noteCounts(o) {
    const sent = o.deliveries.filter((d) => d.ok).length;
    const skipped = o.deliveries.filter((d) => d.skipped).length;
    return `sent ${sent}, not sent ${skipped}, failed ${o.failed}`;
}
/** The summary: one line for the note, then one per outcome. */
function noteSummary(notify, o) {
    const lines = [`## metric-alerts: note`, '', `**${(0,markdown/* mdCell */.c)(notify.note.title)}** (${notify.note.level})`, ''];
    const sent = o.deliveries.filter((d) => d.ok);
    const failed = o.deliveries.filter((d) => !d.ok && !d.skipped);
    if (sent.length)
        lines.push(`- sent to ${names(sent)}`);
    for (const d of o.deliveries.filter((x) => x.skipped))
        lines.push(`- not sent to ${(0,markdown/* mdCell */.c)(d.channel)}: ${(0,markdown/* mdCell */.c)(d.error ?? 'skipped')}`);
    for (const d of failed)
        lines.push(`- failed: ${(0,markdown/* mdCell */.c)(d.channel)}: ${(0,markdown/* mdCell */.c)(d.error ?? 'unknown error')}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/action/main.ts
// The GitHub Action: reads inputs and the runner's environment, runs the check, writes outputs and the summary.










/** The history store of a remote `history` backend (`file` is local, `none` keeps nothing). */
async function remoteHistoryStore(kind, inputs, cwd, ctx, env) {
    switch (kind) {
        case 'git': {
            const { gitHistory } = await __nccwpck_require__.e(/* import() */ 776).then(__nccwpck_require__.bind(__nccwpck_require__, 1776));
            return gitHistory({
                workspace: cwd,
                branch: inputs.historyBranch,
                path: inputs.historyPath,
                token: inputs.githubToken,
                log: (m) => runner.info(m),
                mask: (secret) => runner.setSecret(secret),
            });
        }
        case 'cache': {
            const { cacheHistory } = await __nccwpck_require__.e(/* import() */ 131).then(__nccwpck_require__.bind(__nccwpck_require__, 7131));
            return cacheHistory({
                workspace: cwd,
                ledgerPath: inputs.historyPath,
                keyPrefix: inputs.historyKey,
                runId: ctx.workflowRunId ?? ctx.defaultRunId,
                attempt: ctx.workflowRunAttempt ?? '1',
                job: env.GITHUB_JOB ?? '',
                step: env.GITHUB_ACTION ?? '',
                env,
                warn: (m) => runner.warning(m),
                info: (m) => runner.info(m),
            });
        }
    }
}
async function main(env = process.env) {
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    try {
        const inputs = readInputs((name) => getInput(name, env));
        if (inputs.githubToken)
            runner.setSecret(inputs.githubToken);
        // Secrets are registered with the runner (runner.setSecret) by loadRules, before anything is logged.
        const ctx = readRunnerContext(env);
        const io = {
            readConfig: () => readConfigFile(inputs.config, cwd),
            readMetrics: (needs) => readActionMetrics(inputs, ctx, cwd, env, (m) => runner.info(m), needs),
            mask: (s) => runner.setSecret(s),
            deliver: async (jobs) => (jobs.length ? (await __nccwpck_require__.e(/* import() */ 996).then(__nccwpck_require__.bind(__nccwpck_require__, 3996))).deliverAll(jobs) : []),
            log: runner,
        };
        const github = githubAccess(inputs.githubToken, env.GITHUB_API_URL, ctx.repository);
        const common = {
            env,
            ctx,
            ...(inputs.slackWebhookUrl ? { defaultWebhookUrl: inputs.slackWebhookUrl } : {}),
            ...(github ? { github } : {}),
        };
        if (inputs.testChannels) {
            const t = await runTestChannels(io, common);
            runner.appendSummary(`## metric-alerts: channel test\n\n${t.sent} channel(s) wired up${t.failed.length ? `, failed: ${t.failed.join(', ')}` : ''}${t.skipped.length ? `, not configured: ${t.skipped.join(', ')}` : ''}.\n`);
            return;
        }
        if (inputs.notify) {
            const step = { io, env, ctx, history: historyOf(inputs, cwd, ctx, env).history };
            const historyWrite = historyWrites(inputs.historyWrite, ctx.sourceEvent);
            await runNoteStep(inputs.notify, { ...step, ...common, historyWrite });
            return;
        }
        const { history, local } = historyOf(inputs, cwd, ctx, env);
        const outcome = await runCheck(io, {
            ...common,
            identity: { experiment: inputs.experiment, runId: inputs.runId || ctx.defaultRunId },
            history,
            ...(local ? { peekHistory: local.peek } : {}),
            historyWrite: historyWrites(inputs.historyWrite, ctx.sourceEvent),
            ...(isPullRequestEvent(ctx.sourceEvent) ? { pullRequestRun: { notify: inputs.notifyPullRequests } } : {}),
            ...(ctx.conclusion ? { conclusion: ctx.conclusion } : {}),
            claimant: `run ${env.GITHUB_RUN_ID || 'local'} attempt ${env.GITHUB_RUN_ATTEMPT || '1'}${env.GITHUB_JOB ? ` job ${env.GITHUB_JOB}` : ''}`,
            dryRun: inputs.dryRun,
            failOn: inputs.failOn,
            now: Date.now(),
        });
        writeOutcome(outcome);
        if (inputs.prComment)
            await commentOnPullRequest({ outcome, inputs, ctx, env });
    }
    catch (e) {
        await reportFailure(e, env);
    }
}
/** The history store the `history` input names: opened by the check after the rules are loaded. */
function historyOf(inputs, cwd, ctx, env) {
    const kind = inputs.history;
    if (kind === 'none')
        return { history: null, local: undefined };
    if (kind === 'file') {
        const local = (0,history_file/* fileHistory */.Z)(inputs.historyPath, cwd);
        return { history: async () => local, local };
    }
    return { history: () => remoteHistoryStore(kind, inputs, cwd, ctx, env), local: undefined };
}
/**
 * pr-comment (SPEC §6): the evaluation table as one comment on the pull request, updated in place. A report, like the
 * summary: a refusal is a warning naming the fix, never the step's failure. The adapter loads only in a PR's run.
 */
async function commentOnPullRequest(c) {
    const { outcome, inputs, ctx } = c;
    if (ctx.pullRequest === undefined || !isPullRequestEvent(ctx.sourceEvent))
        return runner.notice('pr-comment: not a pull request run');
    if (inputs.dryRun)
        return runner.notice('pr-comment: a dry run comments nothing');
    if (!inputs.githubToken || !ctx.repository)
        return runner.warning('pr-comment: no github-token (or GITHUB_REPOSITORY) to comment with; nothing was commented');
    const { buildPrComment, prCommentMarker } = await __nccwpck_require__.e(/* import() */ 134).then(__nccwpck_require__.bind(__nccwpck_require__, 2134));
    const { upsertPrComment } = await __nccwpck_require__.e(/* import() */ 488).then(__nccwpck_require__.bind(__nccwpck_require__, 1488));
    const body = buildPrComment({
        results: outcome.evaluation.results,
        counts: outcome.counts,
        ctx,
        config: inputs.config,
        ...(ctx.baseRef ? { baseRef: ctx.baseRef } : {}),
    });
    const done = await upsertPrComment({
        apiUrl: c.env.GITHUB_API_URL || 'https://api.github.com',
        repository: ctx.repository,
        pullRequest: ctx.pullRequest,
        token: inputs.githubToken,
        marker: prCommentMarker(inputs.config),
        body: outcome.redact(body),
    });
    if (done.ok)
        runner.info(`pr-comment: ${done.action} the comment on pull request #${ctx.pullRequest}`);
    else
        runner.warning(outcome.redact(`pr-comment: ${done.message}`));
}
/** Outputs, the job summary, the closing line and the step's failure (fail-on, on-missing: fail). */
function writeOutcome(outcome) {
    const c = outcome.counts;
    runner.setOutput('checked', c.checked);
    runner.setOutput('triggered', c.triggered);
    runner.setOutput('fired', c.fired);
    runner.setOutput('resolved', c.resolved);
    runner.setOutput('firing', c.firing);
    runner.setOutput('failed-deliveries', c.failedDeliveries);
    runner.setOutput('results', outcome.results);
    runner.setOutput('results-truncated', outcome.resultsTruncated);
    runner.appendSummary(outcome.summary);
    runner.info(`checked ${c.checked}, triggered ${c.triggered}, fired ${c.fired}, resolved ${c.resolved}, firing ${c.firing}`);
    if (outcome.failures.length)
        runner.setFailed(outcome.failures.join('\n'));
}
async function reportFailure(e, env) {
    if (e instanceof diagnostics/* UserError */.yo) {
        const located = e.diagnostics.filter((d) => d.file);
        for (const d of located)
            runner.error((0,diagnostics/* formatDiagnostic */.xy)(d), {
                file: d.file,
                ...(d.line ? { line: d.line } : {}),
                ...(d.col ? { col: d.col } : {}),
            });
        const text = `${e.message}\nNothing was sent and no history was written.`;
        writeSummarySafely(`## metric-alerts failed\n\n\`\`\`\n${text.replace(/```/g, "'''")}\n\`\`\`\n`);
        process.exitCode = 1;
        if (located.length === 0)
            runner.setFailed(text);
        else
            runner.setFailed(`metric-alerts: ${located.length} problem(s), listed above. Nothing was sent and no history was written.`);
    }
    else {
        const err = e instanceof Error ? e : new Error(String(e));
        writeSummarySafely(`## metric-alerts failed\n\n\`\`\`\n${err.message.replace(/```/g, "'''")}\n\`\`\`\n`);
        runner.setFailed(`metric-alerts failed: ${err.message}`);
    }
    if (env.ACTIONS_STEP_DEBUG === 'true' || env.RUNNER_DEBUG === '1')
        runner.info(e instanceof Error ? (e.stack ?? e.message) : String(e));
}
function writeSummarySafely(text) {
    try {
        runner.appendSummary(text);
    }
    catch {
        // The summary is a report; failing to write it must not hide the real failure.
    }
}


/***/ }),

/***/ 4196:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ CACHE_FIX),
/* harmony export */   j9: () => (/* binding */ historyKeyProblem),
/* harmony export */   xf: () => (/* binding */ cacheSaveKey)
/* harmony export */ });
/* unused harmony export MAX_HISTORY_KEY */
// Keys of the Actions cache entries that hold the history: within the cache service's limits (at most 512 characters,
// no comma), and unique to a job and step of a run. No I/O: the action checks `history-key` with it at start-up.
/** The cache service refuses longer keys. */
const MAX_CACHE_KEY = 512;
/** The longest `history-key` accepted: the rest of the 512 is kept for the run, job, step and suffix. */
const MAX_HISTORY_KEY = 300;
/** What to do about a history that jobs of one run share. */
const CACHE_FIX = 'set a different `history-key` per matrix cell, or use `history: git`';
/** One part of a key: characters a job or step id may hold (no comma), at most `max` of them; `_` when empty. */
function keyPart(s, max) {
    return s.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, max) || '_';
}
/** `<prefix>-<run id>-<attempt>-<job>-<step>-<suffix>`, within the service's limit when the prefix is. */
function cacheSaveKey(p) {
    const run = [keyPart(p.runId, 24), keyPart(p.attempt, 8)];
    const suffix = keyPart(p.suffix, 32);
    // What is left for the job and the step (and their two separators), shared evenly; at most 100 each.
    const rest = MAX_CACHE_KEY - [p.prefix, ...run, suffix].join('-').length - 2;
    const each = Math.min(100, Math.max(1, Math.floor(rest / 2)));
    return [p.prefix, ...run, keyPart(p.job, each), keyPart(p.step, each), suffix].join('-');
}
/** `history-key` as the cache can use it, or why not (for the input's error message). */
function historyKeyProblem(key) {
    if (key.includes(','))
        return 'a comma is not allowed (the Actions cache refuses keys with commas)';
    if (key.length > MAX_HISTORY_KEY)
        return `${key.length} characters is too long; at most ${MAX_HISTORY_KEY} (the Actions cache allows ${MAX_CACHE_KEY} for the whole key)`;
    return undefined;
}


/***/ }),

/***/ 7913:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ fsUserError),
/* harmony export */   T1: () => (/* binding */ statFile)
/* harmony export */ });
/* unused harmony exports directoryMessage, explainFsError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7135);
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
    return new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo([explainFsError(error, ctx)]);
}
/**
 * The stats of a path that must be a regular file, or the problem with it (missing, a directory, something else,
 * or not reachable).
 */
function statFile(full, ctx) {
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full, { throwIfNoEntry: false });
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


/***/ }),

/***/ 3079:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ fileHistory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_history_ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(355);
/* harmony import */ var _fs_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7913);
// History in a JSON file, written atomically (temp file, then rename): a killed process never leaves half a file.
// Synchronous I/O: one file, read once and written once, by a short-lived process (and no fs/promises at start-up).




/** `path` is resolved against `cwd`; messages and annotations name it relative to `cwd` when it lies inside. */
function fileHistory(file, cwd = process.cwd()) {
    const path = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, path);
    const shown = relative && !relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative) ? relative : path;
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
            writeAtomically(path, `${path}.${process.pid}.${++saves}.tmp`, (0,_core_history_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeLedger */ .CE)(ledger), ctx('written'));
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
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw (0,_fs_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fsUserError */ .BM)(e, ctx);
    }
    return (0,_core_history_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLedger */ .h8)(text, shown);
}
/** Writes `tmp`, then renames it over `path`: a reader sees the old file or the new one, never half of one. */
function writeAtomically(path, tmp, text, ctx) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, text);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
    }
    catch (e) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(tmp);
        }
        catch {
            // Nothing was written.
        }
        throw (0,_fs_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fsUserError */ .BM)(e, ctx);
    }
}


/***/ }),

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
/* harmony export */   yo: () => (/* binding */ UserError),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
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
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export kindReading */
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

/***/ 4201:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ mdLink),
/* harmony export */   c: () => (/* binding */ mdCell)
/* harmony export */ });
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3712);

// Escaping for GitHub-flavoured Markdown table cells: no pipe, newline or HTML can break out of a cell, and no
// bidirectional control reorders what is shown.
function mdCell(s) {
    return (0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripBidi */ .J)(s)
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

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7357);
// Action entry (dist/index.js).

await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

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

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

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

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

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

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
