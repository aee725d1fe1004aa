// Reads a ZIP archive held in memory (a workflow artifact): lists its files and inflates one at a time, bounded.
// Nothing is written to disk, so an entry named "../../x" is only a name here and cannot escape anywhere.
import { crc32, inflateRawSync } from 'node:zlib';
import { formatBytes, overLimit, UserError } from './diagnostics.js';

export interface ZipEntry {
  /** Path inside the archive, with "/" separators. */
  name: string;
  /** Uncompressed size, as the archive declares it. */
  size: number;
  compressedSize: number;
  method: number;
  crc: number;
  flags: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** The archive as a Buffer view (no copy), for its little-endian readers. */
const view = (zip: Uint8Array) => Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);

function refuse(label: string, message: string): never {
  throw new UserError([{ file: label, message }]);
}

/** The files of the archive (directories left out), in archive order. */
export function listZip(zip: Uint8Array, label: string): ZipEntry[] {
  const buf = view(zip);
  const end = findEndOfCentralDirectory(buf);
  if (end < 0) refuse(label, `not a ZIP archive (${buf.length} bytes, no end-of-archive record)`);
  const count = buf.readUInt16LE(end + 10);
  const size = buf.readUInt32LE(end + 12);
  const offset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    refuse(label, 'the archive is a ZIP64 archive (over 4 GiB or 65,535 files); not supported for metrics');
  if (offset + size > end) refuse(label, 'the archive is truncated or damaged (its directory lies outside the file)');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL)
      refuse(label, `the archive is damaged (directory entry ${i + 1} of ${count} is unreadable)`);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength).replace(/\\/g, '/');
    const entry: ZipEntry = {
      name,
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    if (!name.endsWith('/')) entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= lowest; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** One file's bytes. Refuses, before inflating, a file declared over `limit`, and stops one that inflates past it. */
export function readZipEntry(zip: Uint8Array, entry: ZipEntry, label: string, limit: number): Buffer {
  const buf = view(zip);
  const where = `${label}/${entry.name}`;
  if (entry.flags & 1) refuse(where, 'the file is encrypted in the archive; metrics must not be');
  if (entry.size > limit) refuse(where, overLimit('the metrics file', entry.size, limit));
  const p = entry.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL)
    refuse(where, 'the archive is damaged (the file header is missing)');
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > buf.length) refuse(where, 'the archive is truncated (the file data is cut off)');
  let out: Buffer;
  if (entry.method === STORED) out = data;
  else if (entry.method === DEFLATED) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE')
        refuse(where, `the file inflates past the ${formatBytes(entry.size)} the archive declares; refused`);
      refuse(where, 'the archive is damaged (the file does not inflate)');
    }
  } else
    refuse(
      where,
      `the file is compressed with ZIP method ${entry.method}; only stored (0) and deflated (8) files are read`,
    );
  if (out.length !== entry.size)
    refuse(where, `the archive is damaged (the file is ${out.length} bytes, the archive declares ${entry.size})`);
  if (crc32(out) >>> 0 !== entry.crc) refuse(where, 'the archive is damaged (checksum mismatch)');
  return out;
}
