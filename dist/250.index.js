export const id = 250;
export const ids = [250];
export const modules = {

/***/ 2250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_CELL_CHARS: () => (/* binding */ MAX_CELL_CHARS),
/* harmony export */   csvReader: () => (/* binding */ csvReader),
/* harmony export */   parseNumber: () => (/* binding */ parseNumber),
/* harmony export */   readCsv: () => (/* binding */ readCsv)
/* harmony export */ });
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5033);
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3309);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3776);
// CSV and TSV metrics files (SPEC §3 item 5): Ultralytics `results.csv`, Lightning `CSVLogger` `metrics.csv`,
// sentence-transformers evaluator CSVs, OpenAI baselines `progress.csv`, TensorBoard's CSV export
// (`Wall time,Step,Value`), DVCLive `plots/metrics/*.tsv`.
//
// A file with a header row is one run (or one run per `experiment`/`run_id` value); every numeric column is a series
// over the rows, empty cells being absent. Fields follow RFC 4180: quotes, doubled quotes, quoted delimiters and line
// ends, CRLF/LF/CR line ends, a leading BOM. The delimiter is `,` or a tab: the one the header line uses more outside
// quotes (on a tie, the extension's). Pure: text in, runs and warnings out; refusals are UserErrors at FILE:LINE:COL.
// Not yet wired into readRuns (runs.ts): the pipeline's format detection calls readCsv for `.csv`/`.tsv` files.
//
// Hand-written rather than a library, by measurement (Node 24 on the shared 2-core machine, best of 5 runs in each of
// two sessions; a 13.9 MB file shaped like Ultralytics' results.csv: padded headers, 15 columns x 110,000 rows, a
// quoted note every 10 rows):
//   readCsv (scan + numbers + series)   340-525 ms   ~8 KB minified with diagnostics.ts (ncc -m), no dependency
//   csv-parse 6, sync API (rows only)  600-1325 ms   ~33 KB minified (ncc -m), 8 KB gzipped
//   papaparse 5 (rows only)             340-470 ms   ~25 KB minified (ncc -m), 8 KB gzipped
// papaparse tokenizes about as fast as this whole reader but is lenient where we refuse (an unterminated quote or a
// ragged row is an entry in `errors`, positioned by row index, not line). csv-parse is strict enough (it throws on an
// unterminated quote, a ragged row, and with `max_record_size` on a long record) but about twice as slow, positions
// by line only (the unterminated quote at the end of the file, not where it opened) and adds a dependency. Neither
// does the hard part better, so no dependency: the state machine below (~120 lines) handles quotes, doubled quotes,
// quoted line ends, CRLF/LF/CR, BOM, the 1 MiB cell limit checked while scanning, and gives line:column for every
// refusal.




/** The longest cell accepted, in characters of the file: a metrics cell is a number or a short name. */
const MAX_CELL_CHARS = 1024 * 1024;
function readCsv(text, file) {
    refuseBinary(text, file);
    const scanner = new CsvScanner(text, file, delimiterOf(text, file));
    const first = scanner.next();
    if (first === undefined) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([{ file, line: 1, col: 1, message: 'a CSV file needs a header row; the file holds no rows' }]);
    }
    const header = readHeader(first, file);
    const table = collect({ scanner, header, file });
    return { runs: toRuns(table, header, file), warnings: table.warnings };
}
const QUOTE = 34;
const COMMA = 44;
const TAB = 9;
const LF = 10;
const CR = 13;
class CsvScanner {
    s;
    file;
    delimiter;
    i;
    line = 1;
    lineStart;
    constructor(s, file, delimiter) {
        this.s = s;
        this.file = file;
        this.delimiter = delimiter;
        this.i = s.charCodeAt(0) === 0xfeff ? 1 : 0;
        this.lineStart = this.i;
    }
    /** The next row; blank lines are skipped; undefined at the end of the text. */
    next() {
        while (this.i < this.s.length) {
            const c = this.s.charCodeAt(this.i);
            if (c !== LF && c !== CR)
                return this.row();
            this.endLine(c);
        }
        return undefined;
    }
    endLine(c) {
        this.i += c === CR && this.s.charCodeAt(this.i + 1) === LF ? 2 : 1;
        this.line++;
        this.lineStart = this.i;
    }
    row() {
        const row = { cells: [], lines: [], cols: [], line: this.line };
        for (;;) {
            row.lines.push(this.line);
            row.cols.push(this.i - this.lineStart + 1);
            row.cells.push(this.s.charCodeAt(this.i) === QUOTE ? this.quoted() : this.plain(this.i));
            if (this.i >= this.s.length)
                return row;
            const c = this.s.charCodeAt(this.i);
            if (c === this.delimiter) {
                this.i++;
            }
            else {
                this.endLine(c);
                return row;
            }
        }
    }
    /** An unquoted cell (or what follows a closing quote) up to the delimiter or the line end. */
    plain(cellStart) {
        const s = this.s;
        const start = this.i;
        const limit = cellStart + MAX_CELL_CHARS;
        let i = start;
        for (; i < s.length; i++) {
            const c = s.charCodeAt(i);
            if (c === this.delimiter || c === LF || c === CR)
                break;
            if (i >= limit)
                this.tooLong(cellStart);
        }
        this.i = i;
        return s.slice(start, i);
    }
    quoted() {
        const s = this.s;
        const open = this.i;
        const at = { line: this.line, col: open - this.lineStart + 1 };
        const limit = open + MAX_CELL_CHARS;
        const parts = [];
        let from = open + 1;
        for (let i = from;; i++) {
            if (i >= s.length)
                this.unterminated(at);
            if (i > limit)
                this.tooLong(open, at);
            const c = s.charCodeAt(i);
            if (c === QUOTE) {
                if (s.charCodeAt(i + 1) !== QUOTE) {
                    parts.push(s.slice(from, i));
                    this.i = i + 1;
                    // RFC 4180 allows nothing between the closing quote and the delimiter; like Python's csv, keep it as text.
                    parts.push(this.plain(open));
                    return parts.join('');
                }
                parts.push(s.slice(from, i + 1));
                i++;
                from = i + 1;
            }
            else if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) {
                this.line++;
                this.lineStart = i + 1;
            }
        }
    }
    tooLong(cellStart, at = { line: this.line, col: cellStart - this.lineStart + 1 }) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([
            {
                file: this.file,
                ...at,
                message: `the cell starting here is over ${MAX_CELL_CHARS / 1048576} MiB; a metrics cell is a number or a short name, so the file is refused without reading further`,
            },
        ]);
    }
    unterminated(at) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([
            {
                file: this.file,
                ...at,
                message: 'the quoted field opened here is not closed before the end of the file; a quote inside a quoted field is written twice ("")',
            },
        ]);
    }
}
function refuseBinary(text, file) {
    const at = text.indexOf('\u0000');
    if (at === -1)
        return;
    const { line, col } = (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .positionOf */ .df)(text, at);
    throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([
        {
            file,
            line,
            col,
            message: 'a binary file, not CSV: it holds a NUL byte here; CSV and TSV metrics files are text',
        },
    ]);
}
/** A tab or a comma: the one the header line uses more often outside quotes; on a tie, the extension's (`.tsv`: tab). */
function delimiterOf(text, file) {
    let tabs = 0;
    let commas = 0;
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE)
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c === LF || c === CR)
            break;
        else if (c === TAB)
            tabs++;
        else if (c === COMMA)
            commas++;
    }
    if (tabs !== commas)
        return tabs > commas ? TAB : COMMA;
    return /\.tsv$/i.test(file) ? TAB : COMMA;
}
function readHeader(row, file) {
    const names = row.cells.map((c) => c.trim());
    const at = (j) => ({ file, line: row.lines[j], col: row.cols[j], message: '' });
    if (names.every((n) => n === '' || parseNumber(n) !== undefined)) {
        const what = names.every((n) => n === '') ? 'has no column names' : 'holds only numbers, no column names';
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([{ ...at(0), message: `a CSV file needs a header row; line ${row.line} ${what}` }]);
    }
    const seen = new Map();
    names.forEach((name, j) => {
        const before = name === '' ? undefined : seen.get(name);
        if (before !== undefined) {
            const message = `the header names column ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(name)} twice (columns ${before + 1} and ${j + 1}); each column needs its own name`;
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([{ ...at(j), message }]);
        }
        seen.set(name, j);
    });
    const lower = names.map((n) => n.toLowerCase());
    const index = (name) => (lower.includes(name) ? lower.indexOf(name) : undefined);
    const shape = lower.join(',');
    const oneMetric = shape === 'step,value' || shape === 'wall time,step,value';
    return {
        names,
        line: row.line,
        experiment: index('experiment'),
        runId: index('run_id'),
        oneMetricValue: oneMetric ? names.length - 1 : undefined,
    };
}
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NON_FINITE = new Map([
    ['nan', NaN],
    ['+nan', NaN],
    ['-nan', NaN],
    ['inf', Infinity],
    ['+inf', Infinity],
    ['-inf', -Infinity],
    ['infinity', Infinity],
    ['+infinity', Infinity],
    ['-infinity', -Infinity],
]);
/** A trimmed cell as a number: decimal or exponent notation, or Python's/JS's non-finite tokens (`nan`, `-inf`). */
function parseNumber(cell) {
    if (NUMBER.test(cell))
        return Number(cell);
    return cell.length <= 9 ? NON_FINITE.get(cell.toLowerCase()) : undefined;
}
function collect(ctx) {
    const { scanner, header, file } = ctx;
    const width = header.names.length;
    const byKey = new Map();
    const groups = [];
    const text = [];
    const numeric = [];
    for (let row = scanner.next(); row !== undefined; row = scanner.next()) {
        if (row.cells.length > width)
            refuseRagged({ row, header, file });
        const group = groupOf({ row, header, byKey, groups });
        for (let j = 0; j < row.cells.length; j++) {
            if (j === header.experiment || j === header.runId || header.names[j] === '')
                continue;
            const cell = row.cells[j].trim();
            if (cell === '')
                continue;
            const value = parseNumber(cell);
            if (value === undefined) {
                const seen = text[j];
                if (seen)
                    seen.count++;
                else
                    text[j] = { line: row.lines[j], col: row.cols[j], cell, count: 1 };
            }
            else {
                (group.series[j] ??= []).push(value);
                numeric[j] = true;
            }
        }
    }
    if (groups.length === 0)
        groups.push({ line: header.line, series: [] });
    return { groups, warnings: textWarnings({ numeric, text, header, file }) };
}
function refuseRagged(ctx) {
    const { row, header, file } = ctx;
    const width = header.names.length;
    throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([
        {
            file: ctx.file,
            line: row.lines[width],
            col: row.cols[width],
            message: `line ${row.line} has ${row.cells.length} cells, more than the ${width} columns the header names on line ${header.line}; a row may leave cells out, not add them (is a field with a ${file.toLowerCase().endsWith('.tsv') ? 'tab' : 'comma'} missing its quotes?)`,
        },
    ]);
}
function groupOf(ctx) {
    const { row, header } = ctx;
    const cell = (j) => {
        const v = j === undefined ? '' : (row.cells[j] ?? '').trim();
        return v === '' ? undefined : v;
    };
    const experiment = cell(header.experiment);
    const id = cell(header.runId);
    const key = `${experiment ?? ''}\u0000${id ?? ''}\u0000${experiment === undefined ? 0 : 1}${id === undefined ? 0 : 1}`;
    const known = ctx.byKey.get(key);
    if (known)
        return known;
    const group = { line: row.line, series: [] };
    if (experiment !== undefined)
        group.experiment = experiment;
    if (id !== undefined)
        group.id = id;
    ctx.byKey.set(key, group);
    ctx.groups.push(group);
    return group;
}
/** One warning per numeric column that also holds text: the first such cell and how many there are. */
function textWarnings(ctx) {
    const warnings = [];
    ctx.text.forEach((seen, j) => {
        if (seen === undefined || ctx.numeric[j] !== true)
            return;
        const more = seen.count > 1 ? ` (and ${seen.count - 1} more row(s))` : '';
        warnings.push({
            file: ctx.file,
            line: seen.line,
            col: seen.col,
            message: `column ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(ctx.header.names[j])} is numeric but holds the text ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(seen.cell)} here${more}; those cells are read as absent`,
        });
    });
    return warnings;
}
function toRuns(table, header, file) {
    const split = header.experiment !== undefined || header.runId !== undefined;
    const base = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .metricNameOf */ .Z1)(file);
    return table.groups.map((g) => {
        const metrics = {};
        g.series.forEach((values, j) => {
            if (values === undefined)
                return;
            if (j !== header.oneMetricValue)
                return (0,_records_js__WEBPACK_IMPORTED_MODULE_2__/* .defineOwn */ .k)(metrics, header.names[j], values);
            (0,_records_js__WEBPACK_IMPORTED_MODULE_2__/* .defineOwn */ .k)(metrics, base, values);
            if (base !== 'value')
                (0,_records_js__WEBPACK_IMPORTED_MODULE_2__/* .defineOwn */ .k)(metrics, 'value', values.slice());
        });
        const run = { metrics, source: split ? `${file}:${g.line}` : file };
        if (g.experiment !== undefined)
            run.experiment = g.experiment;
        if (g.id !== undefined)
            run.id = g.id;
        return run;
    });
}
/** The reader of the format registry: one run per file, or per `experiment` / `run_id` value. */
const csvReader = {
    read(f, warnings) {
        const result = readCsv((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .textOf */ .b6)(f), f.file);
        (0,_arrays_js__WEBPACK_IMPORTED_MODULE_3__/* .appendAll */ .u)(warnings, result.warnings);
        return result.runs.map((r) => ({
            metrics: r.metrics,
            source: r.source,
            ...(r.experiment !== undefined ? { experiment: r.experiment } : {}),
            ...(r.id !== undefined ? { id: r.id } : {}),
        }));
    },
};


/***/ })

};
