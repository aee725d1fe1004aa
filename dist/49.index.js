export const id = 49;
export const ids = [49];
export const modules = {

/***/ 7049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  metricsFromArchive: () => (/* binding */ metricsFromArchive)
});

// UNUSED EXPORTS: DEFAULT_ARTIFACT_PATTERNS

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/core/zip.ts
// Reads a ZIP archive held in memory (a workflow artifact): lists its files and inflates one at a time, bounded.
// Nothing is written to disk, so an entry named "../../x" is only a name here and cannot escape anywhere.


const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** The archive as a Buffer view (no copy), for its little-endian readers. */
const view = (zip) => Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
function refuse(label, message) {
    throw new diagnostics/* UserError */.yo([{ file: label, message }]);
}
/** The files of the archive (directories left out), in archive order. */
function listZip(zip, label) {
    const buf = view(zip);
    const end = findEndOfCentralDirectory(buf);
    if (end < 0)
        refuse(label, `not a ZIP archive (${buf.length} bytes, no end-of-archive record)`);
    const count = buf.readUInt16LE(end + 10);
    const size = buf.readUInt32LE(end + 12);
    const offset = buf.readUInt32LE(end + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
        refuse(label, 'the archive is a ZIP64 archive (over 4 GiB or 65,535 files); not supported for metrics');
    if (offset + size > end)
        refuse(label, 'the archive is truncated or damaged (its directory lies outside the file)');
    const entries = [];
    let p = offset;
    for (let i = 0; i < count; i++) {
        if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL)
            refuse(label, `the archive is damaged (directory entry ${i + 1} of ${count} is unreadable)`);
        const nameLength = buf.readUInt16LE(p + 28);
        const extraLength = buf.readUInt16LE(p + 30);
        const commentLength = buf.readUInt16LE(p + 32);
        const name = buf.toString('utf8', p + 46, p + 46 + nameLength).replace(/\\/g, '/');
        const entry = {
            name,
            flags: buf.readUInt16LE(p + 8),
            method: buf.readUInt16LE(p + 10),
            crc: buf.readUInt32LE(p + 16),
            compressedSize: buf.readUInt32LE(p + 20),
            size: buf.readUInt32LE(p + 24),
            localOffset: buf.readUInt32LE(p + 42),
        };
        if (!name.endsWith('/'))
            entries.push(entry);
        p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}
function findEndOfCentralDirectory(buf) {
    const lowest = Math.max(0, buf.length - 22 - 0xffff);
    for (let i = buf.length - 22; i >= lowest; i--)
        if (buf.readUInt32LE(i) === EOCD)
            return i;
    return -1;
}
/** One file's bytes. Refuses, before inflating, a file declared over `limit`, and stops one that inflates past it. */
function readZipEntry(zip, entry, label, limit) {
    const buf = view(zip);
    const where = `${label}/${entry.name}`;
    if (entry.flags & 1)
        refuse(where, 'the file is encrypted in the archive; metrics must not be');
    if (entry.size > limit)
        refuse(where, (0,diagnostics/* overLimit */.W1)('the metrics file', entry.size, limit));
    const p = entry.localOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL)
        refuse(where, 'the archive is damaged (the file header is missing)');
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const data = buf.subarray(start, start + entry.compressedSize);
    if (start + entry.compressedSize > buf.length)
        refuse(where, 'the archive is truncated (the file data is cut off)');
    let out;
    if (entry.method === STORED)
        out = data;
    else if (entry.method === DEFLATED) {
        try {
            out = (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: Math.max(1, entry.size) });
        }
        catch (e) {
            const code = e.code;
            if (code === 'ERR_BUFFER_TOO_LARGE')
                refuse(where, `the file inflates past the ${(0,diagnostics/* formatBytes */.z3)(entry.size)} the archive declares; refused`);
            refuse(where, 'the archive is damaged (the file does not inflate)');
        }
    }
    else
        refuse(where, `the file is compressed with ZIP method ${entry.method}; only stored (0) and deflated (8) files are read`);
    if (out.length !== entry.size)
        refuse(where, `the archive is damaged (the file is ${out.length} bytes, the archive declares ${entry.size})`);
    if ((0,external_node_zlib_.crc32)(out) >>> 0 !== entry.crc)
        refuse(where, 'the archive is damaged (checksum mismatch)');
    return out;
}

// EXTERNAL MODULE: ./src/core/metrics/model.ts
var model = __webpack_require__(3776);
;// CONCATENATED MODULE: ./src/core/metrics/archive.ts
// Metrics files inside a downloaded artifact archive: the ones `metrics` matches (default: every JSON/JSONL/NDJSON file).




const DEFAULT_ARTIFACT_PATTERNS = ['**/*.json', '**/*.jsonl', '**/*.ndjson'];
/**
 * Reads the matched files of the archive as text. `label` names the artifact in diagnostics ("NAME"); each file is
 * reported as `NAME/path/in/archive`. Every pattern must match something (a typo is not silent).
 */
function metricsFromArchive(zip, patterns, label, limit = model/* MAX_METRICS_BYTES */.dn) {
    const entries = listZip(zip, label);
    const wanted = patterns.length > 0 ? patterns : DEFAULT_ARTIFACT_PATTERNS;
    const chosen = new Set();
    const problems = [];
    for (const pattern of wanted) {
        const normal = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
        const matched = glob/* GLOB_CHARS */.$b.test(normal)
            ? entries.filter((e) => (0,glob/* pathGlobToRegExp */.WK)(normal).test(e.name))
            : entries.filter((e) => e.name === normal);
        if (matched.length === 0 && patterns.length > 0)
            problems.push({
                file: label,
                message: `no file in the artifact matches "${pattern}"; it holds ${holds(entries)}`,
            });
        for (const e of matched)
            chosen.add(e);
    }
    if (problems.length > 0)
        throw new diagnostics/* MissingMetrics */.Uh(problems);
    if (chosen.size === 0)
        throw new diagnostics/* MissingMetrics */.Uh([
            {
                file: label,
                message: `the artifact holds no .json, .jsonl or .ndjson file (it holds ${holds(entries)}); name the files with the metrics input`,
            },
        ]);
    return [...chosen]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((e) => ({ file: `${label}/${e.name}`, bytes: readZipEntry(zip, e, label, limit) }));
}
function holds(entries) {
    if (entries.length === 0)
        return 'no files';
    const shown = entries.slice(0, 10).map((e) => JSON.stringify(e.name));
    return `${entries.length} file(s): ${shown.join(', ')}${entries.length > 10 ? ', …' : ''}`;
}


/***/ })

};
