// CRC32C (Castagnoli), as TFRecord frames use it: for the TensorBoard reader and for telling an event file by its
// first record. The table is built on first use.

let table: Uint32Array | undefined;

function crc32cTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

/** CRC32C of `bytes` ("123456789" gives 0xe3069283). */
export function crc32c(bytes: Uint8Array): number {
  const t = (table ??= crc32cTable());
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = (t[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8)) >>> 0;
  return (crc ^ 0xffffffff) >>> 0;
}

/** TFRecord's masked CRC: rotate right by 15 bits, add 0xa282ead8 (mod 2^32). */
export function maskedCrc32c(bytes: Uint8Array): number {
  const crc = crc32c(bytes);
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;
}

/** Whether the bytes begin with a TFRecord frame: an 8-byte length whose masked CRC follows it. */
export function startsWithTfRecord(bytes: Uint8Array): boolean {
  if (bytes.length < 12) return false;
  const stored = (bytes[8]! | (bytes[9]! << 8) | (bytes[10]! << 16) | (bytes[11]! << 24)) >>> 0;
  return maskedCrc32c(bytes.subarray(0, 8)) === stored;
}
