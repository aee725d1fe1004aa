export const id = 849;
export const ids = [849,411];
export const modules = {

/***/ 9849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mlflowStoreReader: () => (/* binding */ mlflowStoreReader),
/* harmony export */   storeRootOf: () => (/* binding */ storeRootOf)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5033);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8411);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3776);
// MLflow's file store (SPEC §3 format 8): a `mlruns/` tree read as a whole. One run per run directory
// (`mlruns/<experiment id>/<run id>/meta.yaml`); the experiment's name from `mlruns/<experiment id>/meta.yaml`; run id,
// start time and status from the run's `meta.yaml`; metrics from `metrics/KEY` files (`timestamp value step` lines) as
// series over the steps, nested keys keeping their `/`. Artifacts, params and tags are not read.




/** The file store's run statuses (mlflow.entities.RunStatus), as its meta.yaml holds them. */
const STATUS = { 1: 'RUNNING', 2: 'SCHEDULED', 3: 'FINISHED', 4: 'FAILED', 5: 'KILLED' };
/** The path up to and including the `mlruns` folder, or undefined outside a store. */
function storeRootOf(file) {
    const parts = file.split('/');
    const i = parts.lastIndexOf('mlruns');
    return i >= 0 && i < parts.length - 1 ? parts.slice(0, i + 1).join('/') : undefined;
}
function placeOf(file) {
    const root = storeRootOf(file);
    if (root === undefined)
        return undefined;
    const [experiment, run, ...rest] = file.slice(root.length + 1).split('/');
    // `.trash` holds deleted runs: not read.
    if (!experiment || experiment.startsWith('.') || run === undefined)
        return undefined;
    if (rest.length === 0)
        return run === 'meta.yaml' ? { root, experiment } : undefined;
    return { root, experiment, run, rest: rest.join('/') };
}
function yamlOf(f) {
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__.yamlMapping)(f, { noun: "the MLflow store's meta.yaml", expected: "a run's or an experiment's fields" });
}
/** A metric file: `timestamp value step` per line, as a series ordered by step (then time). */
function seriesOf(f) {
    const points = [];
    (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(f)
        .split('\n')
        .forEach((line, i) => {
        if (line.trim() === '')
            return;
        const [t, v, step] = line.trim().split(/\s+/);
        const value = Number(v);
        if (t === undefined || v === undefined || (Number.isNaN(value) && !/^nan$/i.test(v)))
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([
                {
                    file: f.file,
                    line: i + 1,
                    col: 1,
                    message: `an MLflow metric line is "timestamp value step"; found "${line.trim().slice(0, 60)}"`,
                },
            ]);
        points.push({ t: Number(t), v: value, step: Number(step ?? 0) });
    });
    points.sort((a, b) => a.step - b.step || a.t - b.t);
    return points.map((p) => p.v);
}
function group(files) {
    const experiments = new Map();
    const runs = new Map();
    for (const f of files) {
        const place = placeOf(f.file);
        if (!place)
            continue;
        if (place.run === undefined) {
            experiments.set(place.experiment, f);
            continue;
        }
        const key = `${place.experiment}/${place.run}`;
        const run = runs.get(key) ?? { experiment: place.experiment, dir: `${place.root}/${key}`, metrics: [] };
        if (place.rest === 'meta.yaml')
            run.meta = f;
        else if (place.rest.startsWith('metrics/'))
            run.metrics.push({ key: place.rest.slice('metrics/'.length), file: f });
        runs.set(key, run);
    }
    return { experiments, runs };
}
function readStore(files, warnings) {
    const { experiments, runs } = group(files);
    const names = new Map();
    for (const [id, f] of experiments) {
        const name = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(yamlOf(f), 'name');
        if (typeof name === 'string' && name !== '')
            names.set(id, name);
    }
    const drafts = [];
    for (const run of runs.values()) {
        if (!run.meta)
            continue; // not a run directory (a deleted run's leftovers, or a folder of the experiment)
        const meta = yamlOf(run.meta);
        const metrics = {};
        for (const m of run.metrics)
            (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .defineOwn */ .k)(metrics, m.key, seriesOf(m.file));
        const id = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(meta, 'run_id') ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(meta, 'run_uuid');
        const draft = {
            experiment: names.get(run.experiment) ?? run.experiment,
            id: typeof id === 'string' && id !== '' ? id : run.dir.slice(run.dir.lastIndexOf('/') + 1),
            metrics,
            source: run.dir,
        };
        const start = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(meta, 'start_time');
        if (typeof start === 'number')
            (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .setTime */ .ib)(draft, start, run.meta.file, warnings);
        const status = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .own */ .ZV)(meta, 'status');
        if (typeof status === 'number' && STATUS[status])
            draft.status = STATUS[status];
        else if (typeof status === 'string')
            draft.status = status;
        drafts.push(draft);
    }
    return drafts;
}
const mlflowStoreReader = {
    read: (f, warnings) => readStore([f], warnings),
    groupOf: (file) => storeRootOf(file) ?? file,
    readGroup: readStore,
};


/***/ }),

/***/ 8411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yamlMapping: () => (/* binding */ yamlMapping),
/* harmony export */   yamlReader: () => (/* binding */ yamlReader)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7135);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5033);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3776);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1038);
// YAML metrics files (SPEC §3 format 6, as DVC writes `metrics.yaml`): read as a JSON object of metrics is read.
// The YAML parser is loaded only when a YAML metrics file is met; alias expansion is bounded (no billion laughs).





const MAX_ALIASES = 100;
/** The file's YAML as a mapping: errors positioned, aliases bounded; the refusals name what the file is and holds. */
function yamlMapping(f, what) {
    const text = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .textOf */ .b6)(f);
    if (text.trim() === '')
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo([{ file: f.file, message: `${what.noun} is empty` }]);
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
    const problem = doc.errors[0];
    if (problem) {
        const { line, col } = lines.linePos(problem.pos[0]);
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo([{ file: f.file, line, col, message: `not valid YAML: ${problem.message.split('\n')[0]}` }]);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (e) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo([{ file: f.file, message: `YAML aliases expand too far: ${e.message}` }]);
    }
    if (!(0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u)(value))
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo([
            {
                file: f.file,
                message: `YAML with no mapping at the top (it holds ${(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .typeName */ .go)(value)}); expected ${what.expected}`,
            },
        ]);
    return value;
}
function readYaml(f, warnings) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .fromDocument */ .s)(yamlMapping(f, { noun: 'the metrics file', expected: 'metrics by name' }), f.file, warnings);
}
const yamlReader = { read: readYaml };


/***/ })

};
