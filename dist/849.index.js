export const id = 849;
export const ids = [849];
export const modules = {

/***/ 9849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mlflowStoreReader: () => (/* binding */ mlflowStoreReader),
/* harmony export */   storeRootOf: () => (/* binding */ storeRootOf)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7135);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5033);
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
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(f), { maxAliasCount: 100 });
    }
    catch (e) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo([{ file: f.file, message: `not valid YAML: ${e.message.split('\n')[0]}` }]);
    }
    if (!(0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u)(value))
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo([{ file: f.file, message: 'an MLflow meta.yaml holds no mapping' }]);
    return value;
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
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo([
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
            Object.defineProperty(metrics, m.key, {
                value: seriesOf(m.file),
                enumerable: true,
                writable: true,
                configurable: true,
            });
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


/***/ })

};
