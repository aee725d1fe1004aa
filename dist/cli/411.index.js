export const id = 411;
export const ids = [411];
export const modules = {

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
