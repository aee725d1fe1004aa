export const id = 759;
export const ids = [759];
export const modules = {

/***/ 7759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   crc32c: () => (/* reexport safe */ _crc32c_js__WEBPACK_IMPORTED_MODULE_1__.dc),
/* harmony export */   float32Value: () => (/* binding */ float32Value),
/* harmony export */   maskedCrc32c: () => (/* reexport safe */ _crc32c_js__WEBPACK_IMPORTED_MODULE_1__.cZ),
/* harmony export */   readTfEvents: () => (/* binding */ readTfEvents),
/* harmony export */   tfEventsReader: () => (/* binding */ tfEventsReader),
/* harmony export */   tfEventsRun: () => (/* binding */ tfEventsRun)
/* harmony export */ });
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5033);
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3309);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _crc32c_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9467);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3776);
// TensorBoard event files (SPEC §3 item 7): `events.out.tfevents.*` as PyTorch's SummaryWriter, Lightning's
// TensorBoardLogger, Keras' TensorBoard callback and Hugging Face's Trainer write them. Pure: bytes in, series out.
//
// Framing (TFRecord): each record is a uint64 length (little-endian), the masked CRC32C of those 8 bytes, the data,
// and the masked CRC32C of the data. Both CRCs are checked; a damaged or cut file is refused naming the record and
// its byte offset. The data is a `tensorflow.Event` protobuf (tensorflow/core/util/event.proto):
//   Event { double wall_time = 1; int64 step = 2; string file_version = 3; Summary summary = 5; ... }
//   Summary { repeated Value value = 1; }
//   Value { string tag = 1; float simple_value = 2; TensorProto tensor = 8; SummaryMetadata metadata = 9; ... }
//   SummaryMetadata { PluginData plugin_data = 1; }  PluginData { string plugin_name = 1; }
//   TensorProto { DataType dtype = 1; TensorShapeProto tensor_shape = 2; bytes tensor_content = 4;
//                 repeated float float_val = 5; double double_val = 6; int32 int_val = 7; int64 int64_val = 10; }
//   TensorShapeProto { repeated Dim dim = 2; }  Dim { int64 size = 1; }
// Scalars are TF1/PyTorch `simple_value`s and TF2 one-element numeric tensors of the `scalars` plugin (or of no
// plugin, as older tensor summaries are); images, histograms, audio, text, hparams and graphs are skipped.
//
// Cost: one pass over the bytes; records and fields are views (subarray), never copies of the buffer. Each message
// type has its own decoder and unknown fields are skipped without descending, so nesting is bounded by the schema
// (Event > Summary > Value > TensorProto > TensorShapeProto > Dim) whatever the input: there is no recursion. The
// caller bounds the size (runs.ts refuses files over MAX_METRICS_BYTES, 100 MiB, before reading them).






/** A record that cannot be framed; its message names the record and its offset. */
class FrameError extends Error {
}
/** A record whose data is not an Event; the reader adds the record and its offset. */
class DecodeError extends Error {
}
function* tfRecords(bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let offset = 0;
    for (let index = 1; offset < bytes.length; index++) {
        const where = `record ${index} at byte ${offset}`;
        const left = bytes.length - offset;
        if (left < 12)
            throw new FrameError(`${where}: truncated: the file ends inside the record's 12-byte header (${left} left)`);
        const length = view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 2 ** 32;
        if (view.getUint32(offset + 8, true) !== (0,_crc32c_js__WEBPACK_IMPORTED_MODULE_1__/* .maskedCrc32c */ .cZ)(bytes.subarray(offset, offset + 8))) {
            const what = index === 1 ? 'damaged file, or not a TensorBoard event file?' : 'damaged file?';
            throw new FrameError(`${where}: length CRC mismatch (${what})`);
        }
        if (length + 4 > left - 12)
            throw new FrameError(`${where}: the record's length (${length} bytes and its 4-byte CRC) runs past the end of the file ` +
                `(${left - 12} bytes left; truncated or damaged file?)`);
        const data = bytes.subarray(offset + 12, offset + 12 + length);
        if (view.getUint32(offset + 12 + length, true) !== (0,_crc32c_js__WEBPACK_IMPORTED_MODULE_1__/* .maskedCrc32c */ .cZ)(data))
            throw new FrameError(`${where}: data CRC mismatch (damaged file?)`);
        yield { index, offset, data };
        offset += 16 + length;
    }
}
// -------------------------------------------------------------------------------------------------- protobuf
const WIRE_VARINT = 0;
const WIRE_64 = 1;
const WIRE_LEN = 2;
const WIRE_32 = 5;
function cursorOver(bytes, start = 0, end = bytes.length) {
    return { bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), pos: start, end };
}
function subCursor(c, f) {
    return { bytes: c.bytes, view: c.view, pos: f.start, end: f.end };
}
/** Reads a varint of up to 10 bytes as a signed int64 (numbers past 2^53 lose precision). */
function readVarint(c) {
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
        if (c.pos >= c.end)
            throw new DecodeError(`a varint runs past the end of its message at data byte ${c.pos}`);
        const b = c.bytes[c.pos++];
        if (i < 4)
            lo |= (b & 0x7f) << (7 * i);
        else if (i === 4) {
            lo |= (b & 0x0f) << 28;
            hi |= (b & 0x7f) >>> 4;
        }
        else
            hi |= (b & 0x7f) << (7 * i - 32);
        if ((b & 0x80) === 0)
            return int64(lo >>> 0, hi >>> 0);
    }
    throw new DecodeError(`a varint longer than 10 bytes at data byte ${c.pos - 10}`);
}
function int64(lo, hi) {
    if (hi & 0x80000000)
        return -((~hi >>> 0) * 2 ** 32 + (~lo >>> 0) + 1);
    return hi * 2 ** 32 + lo;
}
/** The next field of the message, or undefined at its end; its payload is skipped over (never descended into). */
function nextField(c) {
    if (c.pos >= c.end)
        return undefined;
    const keyAt = c.pos;
    const key = readVarint(c);
    const field = { number: Math.floor(key / 8), wire: key & 7, varint: 0, start: c.pos, end: c.pos };
    if (field.wire === WIRE_VARINT)
        field.varint = readVarint(c);
    else if (field.wire === WIRE_64)
        c.pos += 8;
    else if (field.wire === WIRE_32)
        c.pos += 4;
    else if (field.wire === WIRE_LEN) {
        const length = readVarint(c);
        if (length < 0)
            throw new DecodeError(`a negative length at data byte ${keyAt}`);
        field.start = c.pos;
        c.pos += length;
    }
    else
        throw new DecodeError(`unsupported wire type ${field.wire} at data byte ${keyAt}`);
    if (c.pos > c.end)
        throw new DecodeError(`field ${field.number} at data byte ${keyAt} runs past the end of its message`);
    field.end = c.pos;
    return field;
}
const UTF8 = new TextDecoder('utf-8');
function text(c, f) {
    return UTF8.decode(c.bytes.subarray(f.start, f.end));
}
/**
 * A float32 as the shortest decimal that reads back as the same float32 (0.9 stored as float32 reads 0.9, not
 * 0.8999999761581421), as numpy and TensorBoard print them: a threshold written `0.9` compares as the user meant.
 */
function float32Value(f) {
    if (!Number.isFinite(f) || f === 0)
        return f;
    for (let p = 1; p < 9; p++) {
        const d = Number(f.toPrecision(p));
        if (Math.fround(d) === f)
            return d;
    }
    return Number(f.toPrecision(9));
}
// ------------------------------------------------------------------------------------------------ the schema
const DT_FLOAT = 1;
const DT_DOUBLE = 2;
const DT_INT32 = 3;
const DT_INT64 = 9;
/** TensorShapeProto: the product of its dims' sizes. */
function shapeElements(c) {
    let elements = 1;
    for (let f = nextField(c); f; f = nextField(c)) {
        if (f.number !== 2 || f.wire !== WIRE_LEN)
            continue;
        const dim = subCursor(c, f);
        let size = 0;
        for (let g = nextField(dim); g; g = nextField(dim))
            if (g.number === 1 && g.wire === WIRE_VARINT)
                size = g.varint;
        elements *= size;
    }
    return elements;
}
/** Appends the values of a repeated numeric field, packed (WIRE_LEN) or not; 2 at most (a scalar needs 1). */
function repeated(c, f, kind, out) {
    if (f.wire === WIRE_LEN) {
        const packed = subCursor(c, f);
        while (packed.pos < packed.end && out.length < 2)
            out.push(packedValue(packed, kind));
    }
    else if (out.length >= 2)
        return;
    else if (kind === 'varint' && f.wire === WIRE_VARINT)
        out.push(f.varint);
    else if (kind === 'f32' && f.wire === WIRE_32)
        out.push(float32Value(c.view.getFloat32(f.start, true)));
    else if (kind === 'f64' && f.wire === WIRE_64)
        out.push(c.view.getFloat64(f.start, true));
}
function packedValue(c, kind) {
    if (kind === 'varint')
        return readVarint(c);
    const width = kind === 'f32' ? 4 : 8;
    if (c.pos + width > c.end)
        throw new DecodeError(`a packed value runs past its field at data byte ${c.pos}`);
    const v = kind === 'f32' ? float32Value(c.view.getFloat32(c.pos, true)) : c.view.getFloat64(c.pos, true);
    c.pos += width;
    return v;
}
/** Elements of tensor_content, raw little-endian bytes of the dtype; 2 at most (a scalar needs 1). */
function contentValues(c, f, dtype, out) {
    const width = dtype === DT_FLOAT || dtype === DT_INT32 ? 4 : dtype === DT_DOUBLE || dtype === DT_INT64 ? 8 : 0;
    if (width === 0)
        return;
    for (let at = f.start; at + width <= f.end && out.length < 2; at += width) {
        if (dtype === DT_FLOAT)
            out.push(float32Value(c.view.getFloat32(at, true)));
        else if (dtype === DT_DOUBLE)
            out.push(c.view.getFloat64(at, true));
        else if (dtype === DT_INT32)
            out.push(c.view.getInt32(at, true));
        else
            out.push(int64(c.view.getUint32(at, true), c.view.getUint32(at + 4, true)));
    }
}
function tensor(c) {
    const t = { dtype: 0, elements: 1, values: [] };
    let content; // read once dtype is known: fields may come in any order
    for (let f = nextField(c); f; f = nextField(c)) {
        if (f.number === 1 && f.wire === WIRE_VARINT)
            t.dtype = f.varint;
        else if (f.number === 2 && f.wire === WIRE_LEN)
            t.elements = shapeElements(subCursor(c, f));
        else if (f.number === 4 && f.wire === WIRE_LEN)
            content = f;
        else if (f.number === 5)
            repeated(c, f, 'f32', t.values);
        else if (f.number === 6)
            repeated(c, f, 'f64', t.values);
        else if (f.number === 7 || f.number === 10)
            repeated(c, f, 'varint', t.values);
    }
    if (content)
        contentValues(c, content, t.dtype, t.values);
    return t;
}
/** The value of a one-element numeric tensor; undefined for anything else (strings, histograms, images). */
function tensorScalar(c) {
    const t = tensor(c);
    const numeric = t.dtype === DT_FLOAT || t.dtype === DT_DOUBLE || t.dtype === DT_INT32 || t.dtype === DT_INT64;
    return numeric && t.elements === 1 && t.values.length === 1 ? t.values[0] : undefined;
}
/** SummaryMetadata: plugin_data.plugin_name. */
function pluginName(c) {
    for (let f = nextField(c); f; f = nextField(c)) {
        if (f.number !== 1 || f.wire !== WIRE_LEN)
            continue;
        const data = subCursor(c, f);
        for (let g = nextField(data); g; g = nextField(data))
            if (g.number === 1 && g.wire === WIRE_LEN)
                return text(data, g);
    }
    return undefined;
}
/** Summary.Value: its tag and scalar, if it is one. `plugins` remembers each tag's plugin (written only once). */
function summaryValue(c, plugins) {
    const v = {};
    for (let f = nextField(c); f; f = nextField(c)) {
        if (f.number === 1 && f.wire === WIRE_LEN)
            v.tag = text(c, f);
        else if (f.number === 2 && f.wire === WIRE_32)
            v.simple = float32Value(c.view.getFloat32(f.start, true));
        else if (f.number === 8 && f.wire === WIRE_LEN)
            v.tensor = f;
        else if (f.number === 9 && f.wire === WIRE_LEN)
            v.plugin = pluginName(subCursor(c, f));
    }
    if (v.tag === undefined)
        return undefined;
    if (v.plugin !== undefined && !plugins.has(v.tag))
        plugins.set(v.tag, v.plugin);
    if (v.simple !== undefined)
        return { tag: v.tag, value: v.simple };
    if (v.tensor === undefined)
        return undefined;
    const plugin = v.plugin ?? plugins.get(v.tag);
    if (plugin !== undefined && plugin !== 'scalars')
        return undefined;
    const value = tensorScalar(subCursor(c, v.tensor));
    return value === undefined ? undefined : { tag: v.tag, value };
}
function event(c) {
    const e = { step: 0 };
    for (let f = nextField(c); f; f = nextField(c)) {
        if (f.number === 1 && f.wire === WIRE_64)
            e.wallTime = c.view.getFloat64(f.start, true);
        else if (f.number === 2 && f.wire === WIRE_VARINT)
            e.step = f.varint;
        else if (f.number === 5 && f.wire === WIRE_LEN)
            e.summary = f;
    }
    return e;
}
function readEvent(data, state) {
    const c = cursorOver(data);
    const e = event(c);
    const out = state.out;
    if (e.wallTime !== undefined && e.wallTime > 0) {
        if (out.firstWallTime === undefined || e.wallTime < out.firstWallTime)
            out.firstWallTime = e.wallTime;
        if (out.lastWallTime === undefined || e.wallTime > out.lastWallTime)
            out.lastWallTime = e.wallTime;
    }
    if (e.summary === undefined)
        return;
    const summary = subCursor(c, e.summary);
    for (let f = nextField(summary); f; f = nextField(summary)) {
        if (f.number !== 1 || f.wire !== WIRE_LEN)
            continue;
        const scalar = summaryValue(subCursor(summary, f), state.plugins);
        if (scalar === undefined)
            continue;
        const point = { step: e.step, wallTime: e.wallTime ?? 0, value: scalar.value };
        const series = out.scalars.get(scalar.tag);
        if (series)
            series.push(point);
        else
            out.scalars.set(scalar.tag, [point]);
    }
}
/**
 * Reads one event file's scalar series. Throws a UserError naming `file` (and the record and its byte offset) for an
 * empty, cut or damaged file, or a record that is not an Event.
 */
function readTfEvents(bytes, file) {
    if (bytes.length === 0)
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([
            { file, message: 'the TensorBoard event file is empty (a writer starts every file with a file_version record)' },
        ]);
    const state = { out: { scalars: new Map() }, plugins: new Map() };
    try {
        for (const record of tfRecords(bytes)) {
            try {
                readEvent(record.data, state);
            }
            catch (e) {
                if (!(e instanceof DecodeError))
                    throw e;
                const where = `record ${record.index} at byte ${record.offset}`;
                throw new FrameError(`${where}: not a TensorBoard event: ${e.message} (damaged file?)`);
            }
        }
    }
    catch (e) {
        if (e instanceof FrameError)
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo([{ file, message: e.message }]);
        throw e;
    }
    return state.out;
}
/**
 * The event files of one directory as one run named after it (SPEC §3 item 7). Files are taken in path order; per
 * tag, points are ordered by step, points of one step by wall time, and a step that a later file also logs keeps
 * only that file's points (a resumed run rewrites the steps after its checkpoint). Every unreadable file is named
 * in one UserError.
 */
function tfEventsRun(files, dirName) {
    const ordered = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const errors = [];
    const byTag = new Map();
    let last;
    ordered.forEach((f, index) => {
        let read;
        try {
            read = readTfEvents(f.bytes, f.file);
        }
        catch (e) {
            if (!(e instanceof _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
                throw e;
            (0,_arrays_js__WEBPACK_IMPORTED_MODULE_2__/* .appendAll */ .u)(errors, e.diagnostics);
            return;
        }
        if (read.lastWallTime !== undefined && (last === undefined || read.lastWallTime > last))
            last = read.lastWallTime;
        for (const [tag, points] of read.scalars)
            addPoints({ byTag, tag, points, file: index });
    });
    if (errors.length > 0)
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(errors);
    const run = { id: dirName, metrics: seriesByTag(byTag), source: sourceOf(ordered, dirName) };
    if (last !== undefined)
        run.at = Math.round(last * 1000);
    return run;
}
function addPoints(ctx) {
    let steps = ctx.byTag.get(ctx.tag);
    if (!steps)
        ctx.byTag.set(ctx.tag, (steps = new Map()));
    for (const p of ctx.points) {
        const held = steps.get(p.step);
        if (held === undefined || held.file < ctx.file)
            steps.set(p.step, { file: ctx.file, points: [p] });
        else
            held.points.push(p);
    }
}
function seriesByTag(byTag) {
    const metrics = {};
    for (const [tag, steps] of byTag) {
        const series = [];
        for (const step of [...steps.keys()].sort((a, b) => a - b)) {
            // Array.prototype.sort is stable: points of one wall time stay in file order.
            const points = [...steps.get(step).points].sort((a, b) => byWallTime(a.wallTime, b.wallTime));
            for (const p of points)
                series.push(p.value);
        }
        // An own data property even for a tag named "__proto__": no prototype is ever replaced.
        (0,_records_js__WEBPACK_IMPORTED_MODULE_3__/* .defineOwn */ .k)(metrics, tag, series);
    }
    return metrics;
}
function byWallTime(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The files' directory ("lightning_logs/version_0"), or the directory name when the paths name none. */
function sourceOf(files, dirName) {
    const first = files[0]?.file;
    const slash = first === undefined ? -1 : first.lastIndexOf('/');
    return first !== undefined && slash > 0 ? first.slice(0, slash) : dirName;
}
/** The reader of the format registry: every event file of one directory is one run, named after the directory. */
const tfEventsReader = {
    read: (f) => [tfEventsRun([{ file: f.file, bytes: (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .bytesOf */ .$$)(f) }], dirNameOf(f.file))],
    groupOf: (file) => file.slice(0, Math.max(0, file.lastIndexOf('/'))),
    readGroup: (files) => [
        tfEventsRun(files.map((f) => ({ file: f.file, bytes: (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .bytesOf */ .$$)(f) })), dirNameOf(files[0].file)),
    ],
};
/** "lightning_logs/version_0/events.out.tfevents.1.host" -> "version_0"; a file at the top: "." */
function dirNameOf(file) {
    const parts = file.split('/');
    return parts.length > 1 ? parts[parts.length - 2] : '.';
}


/***/ })

};
