// A small TensorBoard event file writer for tests, written from the protobuf and TFRecord specs independently of
// src/core/metrics/readers/tfevents.ts: its own bit-by-bit CRC32C, its own varint and field encoders.

/** CRC32C bit by bit (no table), reflected polynomial 0x82f63b78. */
export function crc32cBitwise(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function masked(bytes: Uint8Array): number {
  const crc = crc32cBitwise(bytes);
  return Number((((BigInt(crc) >> 15n) | (BigInt(crc) << 17n)) + 0xa282ead8n) & 0xffffffffn);
}

function varint(n: number | bigint): number[] {
  let v = BigInt.asUintN(64, BigInt(n));
  const out: number[] = [];
  do {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v > 0n ? b | 0x80 : b);
  } while (v > 0n);
  return out;
}

const key = (field: number, wire: number): number[] => varint(field * 8 + wire);

/** Protobuf fields, each as bytes. */
export const pb = {
  int: (field: number, n: number | bigint): number[] => [...key(field, 0), ...varint(n)],
  f32: (field: number, v: number): number[] => {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    return [...key(field, 5), ...b];
  },
  f64: (field: number, v: number): number[] => {
    const b = Buffer.alloc(8);
    b.writeDoubleLE(v);
    return [...key(field, 1), ...b];
  },
  bytes: (field: number, data: readonly number[]): number[] => [...key(field, 2), ...varint(data.length), ...data],
  str: (field: number, s: string): number[] => pb.bytes(field, [...Buffer.from(s, 'utf8')]),
};

export const DT = { FLOAT: 1, DOUBLE: 2, INT32: 3, STRING: 7, INT64: 9 };

export interface TensorSpec {
  dtype: number;
  dims?: number[];
  /** Packed float_val (field 5). */
  floatVal?: number[];
  /** float_val written one field per value (not packed). */
  floatValUnpacked?: number[];
  doubleVal?: number[];
  int64Val?: number[];
  /** Raw tensor_content (field 4). */
  content?: number[];
  stringVal?: string[];
}

function packed(values: number[], width: 4 | 8): number[] {
  const b = Buffer.alloc(values.length * width);
  values.forEach((v, i) => (width === 4 ? b.writeFloatLE(v, i * 4) : b.writeDoubleLE(v, i * 8)));
  return [...b];
}

/** TensorProto bytes. */
export function tensorProto(t: TensorSpec): number[] {
  const shape = (t.dims ?? []).flatMap((d) => pb.bytes(2, pb.int(1, d)));
  const out = [...pb.int(1, t.dtype), ...pb.bytes(2, shape)];
  if (t.content) out.push(...pb.bytes(4, t.content));
  if (t.floatVal) out.push(...pb.bytes(5, packed(t.floatVal, 4)));
  for (const v of t.floatValUnpacked ?? []) out.push(...pb.f32(5, v));
  if (t.doubleVal) out.push(...pb.bytes(6, packed(t.doubleVal, 8)));
  if (t.int64Val)
    out.push(
      ...pb.bytes(
        10,
        t.int64Val.flatMap((v) => varint(v)),
      ),
    );
  for (const s of t.stringVal ?? []) out.push(...pb.str(8, s));
  return out;
}

const metadata = (plugin: string): number[] => pb.bytes(9, pb.bytes(1, pb.str(1, plugin)));

/** Summary.Value bytes. */
export const value = {
  /** TF1 / PyTorch SummaryWriter: simple_value. */
  simple: (tag: string, v: number): number[] => [...pb.str(1, tag), ...pb.f32(2, v)],
  /** TF2 tf.summary.scalar and friends: a tensor, with the plugin's metadata when given. */
  tensor: (tag: string, t: TensorSpec, plugin?: string): number[] => [
    ...pb.str(1, tag),
    ...(plugin === undefined ? [] : metadata(plugin)),
    ...pb.bytes(8, tensorProto(t)),
  ],
  /** An image summary (Summary.Image, field 4). */
  image: (tag: string): number[] => [
    ...pb.str(1, tag),
    ...pb.bytes(4, [...pb.int(1, 2), ...pb.int(2, 2), ...pb.int(3, 3), ...pb.bytes(4, [0x89, 0x50, 0x4e, 0x47])]),
  ],
  /** A histogram (HistogramProto, field 5). */
  histogram: (tag: string): number[] => [
    ...pb.str(1, tag),
    ...pb.bytes(5, [...pb.f64(1, 0), ...pb.f64(2, 1), ...pb.f64(3, 10), ...pb.bytes(6, packed([0.5, 1], 8))]),
  ],
};

export interface EventSpec {
  wallTime?: number;
  step?: number | bigint;
  fileVersion?: string;
  /** Summary.Value bytes (see `value`). */
  values?: number[][];
  /** A graph_def (field 4), which readers skip. */
  graph?: boolean;
}

/** tensorflow.Event bytes. */
export function eventProto(e: EventSpec): number[] {
  const out: number[] = [];
  if (e.wallTime !== undefined) out.push(...pb.f64(1, e.wallTime));
  if (e.step !== undefined) out.push(...pb.int(2, e.step));
  if (e.fileVersion !== undefined) out.push(...pb.str(3, e.fileVersion));
  if (e.graph) out.push(...pb.bytes(4, [...pb.str(1, 'node'), ...pb.str(2, 'Const')]));
  if (e.values)
    out.push(
      ...pb.bytes(
        5,
        e.values.flatMap((v) => pb.bytes(1, v)),
      ),
    );
  return out;
}

/** One TFRecord: uint64 length, masked CRC32C of the length, data, masked CRC32C of the data. */
export function tfRecord(data: readonly number[]): Buffer {
  const head = Buffer.alloc(8);
  head.writeBigUInt64LE(BigInt(data.length));
  const body = Buffer.from(data);
  const crcs = Buffer.alloc(8);
  crcs.writeUInt32LE(masked(head), 0);
  crcs.writeUInt32LE(masked(body), 4);
  return Buffer.concat([head, crcs.subarray(0, 4), body, crcs.subarray(4)]);
}

/** An event file: the file_version record a writer starts with, then the events. */
export function eventFile(events: EventSpec[], wallTime = 1_700_000_000): Buffer {
  return Buffer.concat([
    tfRecord(eventProto({ wallTime, fileVersion: 'brain.Event:2' })),
    ...events.map((e) => tfRecord(eventProto(e))),
  ]);
}
