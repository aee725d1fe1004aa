import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../src/core/diagnostics.js';
import {
  crc32c,
  float32Value,
  maskedCrc32c,
  readTfEvents,
  tfEventsRun,
} from '../../../src/core/metrics/readers/tfevents.js';
import {
  crc32cBitwise,
  DT,
  eventFile,
  eventProto,
  masked,
  pb,
  tfRecord,
  value,
} from '../../helpers/tfevents-writer.js';

const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The message of the UserError that `f` throws (fails the test when it throws anything else or nothing). */
function userError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a UserError, nothing was thrown');
}

const series = (bytes: Uint8Array): Record<string, [number, number][]> =>
  Object.fromEntries(
    [...readTfEvents(bytes, 'f').scalars].map(([tag, points]) => [tag, points.map((p) => [p.step, p.value])]),
  );

describe('CRC32C', () => {
  it('gives the published check values', () => {
    expect(crc32c(bytesOf('123456789'))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(0))).toBe(0);
    // RFC 3720 (iSCSI) B.4: 32 bytes of zeros, 32 bytes of 0xff.
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
  });

  it('table and bit-by-bit implementations agree, masked as TFRecord masks', () => {
    let seed = 7;
    for (let n = 0; n < 200; n += 7) {
      const data = Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
      expect(crc32c(data)).toBe(crc32cBitwise(data));
      expect(maskedCrc32c(data)).toBe(masked(data));
    }
  });
});

describe('readTfEvents: scalars of every writer', () => {
  it('TF1 / PyTorch simple_value: by tag, in file order, tags keep their "/"', () => {
    const file = eventFile([
      { wallTime: 1_700_000_001, step: 0, values: [value.simple('train/loss', 2.5), value.simple('lr', 0.001)] },
      { wallTime: 1_700_000_002, step: 10, values: [value.simple('train/loss', 1.25)] },
      { wallTime: 1_700_000_003, step: 20, values: [value.simple('train/loss', 0.75)] },
    ]);
    const read = readTfEvents(file, 'run/events.out.tfevents.1.host');
    expect([...read.scalars.keys()]).toEqual(['train/loss', 'lr']);
    expect(read.scalars.get('train/loss')).toEqual([
      { step: 0, wallTime: 1_700_000_001, value: 2.5 },
      { step: 10, wallTime: 1_700_000_002, value: 1.25 },
      { step: 20, wallTime: 1_700_000_003, value: 0.75 },
    ]);
    expect(read.firstWallTime).toBe(1_700_000_000); // the file_version record
    expect(read.lastWallTime).toBe(1_700_000_003);
  });

  it('float32 values read as the decimal that was logged (0.9, not 0.8999999761581421)', () => {
    expect(Math.fround(0.9)).not.toBe(0.9);
    const file = eventFile([{ wallTime: 1, step: 1, values: [value.simple('acc', 0.9), value.simple('x', 1e-7)] }]);
    expect(series(file)).toEqual({ acc: [[1, 0.9]], x: [[1, 1e-7]] });
    expect(float32Value(Math.fround(0.1))).toBe(0.1);
    expect(float32Value(Math.fround(123456.789))).toBe(123456.79);
    expect(float32Value(Math.fround(16777217))).toBe(16777216); // past float32's integers: the float32 itself
  });

  it('TF2 scalars: packed float_val, tensor_content of a double, int64_val; metadata on the first value only', () => {
    const content = Buffer.alloc(8);
    content.writeDoubleLE(0.123456789012345);
    const file = eventFile([
      {
        wallTime: 2,
        step: 1,
        values: [
          value.tensor('epoch_loss', { dtype: DT.FLOAT, floatVal: [0.5] }, 'scalars'),
          value.tensor('epoch_auc', { dtype: DT.DOUBLE, content: [...content] }, 'scalars'),
          value.tensor('epoch_seen', { dtype: DT.INT64, int64Val: [4096] }, 'scalars'),
        ],
      },
      {
        wallTime: 3,
        step: 2,
        values: [
          value.tensor('epoch_loss', { dtype: DT.FLOAT, floatValUnpacked: [0.25] }),
          value.tensor('epoch_auc', { dtype: DT.DOUBLE, doubleVal: [0.5] }),
        ],
      },
    ]);
    expect(series(file)).toEqual({
      epoch_loss: [
        [1, 0.5],
        [2, 0.25],
      ],
      epoch_auc: [
        [1, 0.123456789012345],
        [2, 0.5],
      ],
      epoch_seen: [[1, 4096]],
    });
  });

  it('a float tensor_content (as TF2 summary ops write it) and a scalar of shape [1]', () => {
    const content = Buffer.alloc(4);
    content.writeFloatLE(0.3);
    const file = eventFile([
      {
        wallTime: 2,
        step: 7,
        values: [
          value.tensor('a', { dtype: DT.FLOAT, content: [...content] }, 'scalars'),
          value.tensor('b', { dtype: DT.FLOAT, dims: [1], floatVal: [4] }, 'scalars'),
        ],
      },
    ]);
    expect(series(file)).toEqual({ a: [[7, 0.3]], b: [[7, 4]] });
  });

  it('skips images, histograms, text, hparams, graphs and non-scalar tensors silently', () => {
    const file = eventFile([
      { wallTime: 2, graph: true },
      {
        wallTime: 3,
        step: 1,
        values: [
          value.image('samples/0'),
          value.histogram('weights'),
          value.tensor('notes', { dtype: DT.STRING, stringVal: ['hello'] }, 'text'),
          value.tensor('_hparams_/session_start_info', { dtype: DT.FLOAT, floatVal: [0] }, 'hparams'),
          value.tensor('pr', { dtype: DT.FLOAT, dims: [2], floatVal: [1, 2] }, 'scalars'),
          value.tensor('plain', { dtype: DT.FLOAT, floatVal: [3] }), // no plugin: a tensor of shape []
          value.simple('loss', 1),
        ],
      },
      // The text tag again without metadata: still text (its plugin was named on its first value).
      { wallTime: 4, step: 2, values: [value.tensor('notes', { dtype: DT.FLOAT, floatVal: [9] })] },
    ]);
    expect(series(file)).toEqual({ plain: [[1, 3]], loss: [[1, 1]] });
  });

  it('non-finite values pass through as numbers; negative and large steps are read', () => {
    const file = eventFile([
      { wallTime: 2, step: -1, values: [value.simple('loss', NaN)] },
      { wallTime: 3, step: 2 ** 40, values: [value.simple('loss', Infinity)] },
      { wallTime: 4, step: 3, values: [value.tensor('d', { dtype: DT.DOUBLE, doubleVal: [-Infinity] }, 'scalars')] },
    ]);
    expect(series(file)).toEqual({
      loss: [
        [-1, NaN],
        [2 ** 40, Infinity],
      ],
      d: [[3, -Infinity]],
    });
  });

  it('a file holding only its file_version record has no scalars', () => {
    const read = readTfEvents(eventFile([]), 'f');
    expect(read.scalars.size).toBe(0);
    expect(read.lastWallTime).toBe(1_700_000_000);
  });

  it('reads a long file (100,000 events) in one pass without deep recursion', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => ({
      wallTime: 1_700_000_000 + i,
      step: i,
      values: [value.simple('loss', i % 7)],
    }));
    const points = readTfEvents(eventFile(events), 'f').scalars.get('loss')!;
    expect(points).toHaveLength(100_000);
    expect(points[99_999]).toEqual({ step: 99_999, wallTime: 1_700_099_999, value: 99_999 % 7 });
  });
});

describe('readTfEvents: damaged and hostile files are refused naming the file and the byte', () => {
  const good = eventFile([
    { wallTime: 2, step: 1, values: [value.simple('loss', 1)] },
    { wallTime: 3, step: 2, values: [value.simple('loss', 2)] },
  ]);
  const first = tfRecord(eventProto({ wallTime: 1_700_000_000, fileVersion: 'brain.Event:2' })).length;
  const second = tfRecord(eventProto({ wallTime: 2, step: 1, values: [value.simple('loss', 1)] })).length;

  it('an empty file', () => {
    expect(userError(() => readTfEvents(new Uint8Array(0), 'logs/events.out.tfevents.1'))).toBe(
      'logs/events.out.tfevents.1: the TensorBoard event file is empty (a writer starts every file with a file_version record)',
    );
  });

  it("a flipped byte in a record's data: data CRC mismatch", () => {
    const bad = Buffer.from(good);
    bad[first + second + 12 + 3]! ^= 0x40;
    expect(userError(() => readTfEvents(bad, 'E'))).toBe(
      `E: record 3 at byte ${first + second}: data CRC mismatch (damaged file?)`,
    );
  });

  it("a flipped byte in a record's length: length CRC mismatch", () => {
    const bad = Buffer.from(good);
    bad[first]! ^= 0x01;
    expect(userError(() => readTfEvents(bad, 'E'))).toBe(
      `E: record 2 at byte ${first}: length CRC mismatch (damaged file?)`,
    );
  });

  it('a file cut inside a record, or inside a header', () => {
    expect(userError(() => readTfEvents(good.subarray(0, good.length - 3), 'E'))).toBe(
      `E: record 3 at byte ${first + second}: the record's length (${second - 16} bytes and its 4-byte CRC) runs past ` +
        `the end of the file (${second - 12 - 3} bytes left; truncated or damaged file?)`,
    );
    expect(userError(() => readTfEvents(good.subarray(0, first + 5), 'E'))).toBe(
      `E: record 2 at byte ${first}: truncated: the file ends inside the record's 12-byte header (5 left)`,
    );
  });

  it('a length past the end of the file (its CRC right)', () => {
    const head = Buffer.alloc(8);
    head.writeBigUInt64LE(2n ** 40n);
    const crc = Buffer.alloc(4);
    crc.writeUInt32LE(masked(head));
    const bad = Buffer.concat([good, head, crc, Buffer.from('data')]);
    expect(userError(() => readTfEvents(bad, 'E'))).toBe(
      `E: record 4 at byte ${good.length}: the record's length (${2 ** 40} bytes and its 4-byte CRC) runs past the end ` +
        'of the file (4 bytes left; truncated or damaged file?)',
    );
  });

  it('random bytes, and a text file, are not event files', () => {
    let seed = 42;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1664525 + 1013904223) >>> 0) >>> 24);
    expect(userError(() => readTfEvents(random, 'R'))).toBe(
      'R: record 1 at byte 0: length CRC mismatch (damaged file, or not a TensorBoard event file?)',
    );
    expect(userError(() => readTfEvents(bytesOf('{"loss": 1}\n'), 'metrics.json'))).toBe(
      'metrics.json: record 1 at byte 0: length CRC mismatch (damaged file, or not a TensorBoard event file?)',
    );
  });

  it('a well-framed record whose data is not an Event', () => {
    const endGroup = tfRecord([...pb.int(1, 1), 0x0c]); // wire type 4 (end group)
    expect(userError(() => readTfEvents(Buffer.concat([good, endGroup]), 'E'))).toBe(
      `E: record 4 at byte ${good.length}: not a TensorBoard event: unsupported wire type 4 at data byte 2 (damaged file?)`,
    );
    const cut = tfRecord([...pb.bytes(5, [1, 2, 3]).slice(0, 3)]); // a summary of 3 bytes holding 1
    expect(userError(() => readTfEvents(Buffer.concat([good, cut]), 'E'))).toBe(
      `E: record 4 at byte ${good.length}: not a TensorBoard event: field 5 at data byte 0 runs past the end of its message (damaged file?)`,
    );
    const endless = tfRecord([0x10, ...Array<number>(11).fill(0xff)]); // step: a varint of 11+ bytes
    expect(userError(() => readTfEvents(endless, 'E'))).toContain('a varint longer than 10 bytes');
  });
});

describe('tfEventsRun: the files of one directory are one run named after it', () => {
  const older = eventFile(
    [
      { wallTime: 1_700_000_010, step: 0, values: [value.simple('val/loss', 3), value.simple('epoch', 0)] },
      { wallTime: 1_700_000_020, step: 100, values: [value.simple('val/loss', 2), value.simple('epoch', 1)] },
      { wallTime: 1_700_000_030, step: 200, values: [value.simple('val/loss', 9)] }, // lost when resumed
    ],
    1_700_000_000,
  );
  // Resumed from the step-100 checkpoint: steps 200 and 300 again, in a file named later.
  const resumed = eventFile(
    [
      { wallTime: 1_700_001_010, step: 200, values: [value.simple('val/loss', 1.5)] },
      { wallTime: 1_700_001_020, step: 300, values: [value.simple('val/loss', 1)] },
    ],
    1_700_001_000,
  );

  it('merges by step, a later file winning a step both hold; id is the directory, at its last wall time', () => {
    const run = tfEventsRun(
      [
        { file: 'lightning_logs/version_0/events.out.tfevents.1700001000.host.2.0', bytes: resumed },
        { file: 'lightning_logs/version_0/events.out.tfevents.1700000000.host.1.0', bytes: older },
      ],
      'version_0',
    );
    expect(run).toEqual({
      id: 'version_0',
      at: 1_700_001_020_000,
      metrics: { 'val/loss': [3, 2, 1.5, 1], epoch: [0, 1] },
      source: 'lightning_logs/version_0',
    });
    expect(run.experiment).toBeUndefined();
  });

  it('points of one step in one file are all kept, ordered by wall time', () => {
    const file = eventFile([
      { wallTime: 30, step: 1, values: [value.simple('loss', 3)] },
      { wallTime: 10, step: 1, values: [value.simple('loss', 1)] },
      { wallTime: 5, step: 0, values: [value.simple('loss', 0)] },
      { wallTime: 20, step: 1, values: [value.simple('loss', 2)] },
    ]);
    expect(tfEventsRun([{ file: 'events.out.tfevents.1', bytes: file }], 'run').metrics).toEqual({
      loss: [0, 1, 2, 3],
    });
  });

  it('a tag named __proto__ is an own metric, no prototype is replaced', () => {
    const run = tfEventsRun(
      [{ file: 'd/e', bytes: eventFile([{ wallTime: 1, step: 1, values: [value.simple('__proto__', 1)] }]) }],
      'd',
    );
    expect(Object.getPrototypeOf(run.metrics)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(run.metrics, '__proto__')?.value).toEqual([1]);
  });

  it('every unreadable file is named in one error', () => {
    const message = userError(() =>
      tfEventsRun(
        [
          { file: 'run/events.out.tfevents.1', bytes: new Uint8Array(0) },
          { file: 'run/events.out.tfevents.2', bytes: older },
          { file: 'run/events.out.tfevents.3', bytes: older.subarray(0, 20) },
        ],
        'run',
      ),
    );
    expect(message.split('\n')).toEqual([
      'run/events.out.tfevents.1: the TensorBoard event file is empty (a writer starts every file with a file_version record)',
      expect.stringMatching(/^run\/events\.out\.tfevents\.3: record 1 at byte 0: the record's length/),
    ]);
  });
});

describe('files written by the real tools (fixtures/metrics/tensorboard-real, made by its make.py)', () => {
  const root = path.resolve(import.meta.dirname, '../../fixtures/metrics/tensorboard-real');
  type Written = { dir: string; last: Record<string, number> };
  const expected = JSON.parse(readFileSync(path.join(root, 'expected.json'), 'utf8')) as Record<string, Written>;
  const runOf = (tool: string) => {
    const dir = path.join(tool, expected[tool]!.dir);
    const files = readdirSync(path.join(root, dir)).filter((n) => n.startsWith('events.out.tfevents.'));
    expect(files).toHaveLength(1);
    return tfEventsRun(
      files.map((n) => ({ file: `${dir}/${n}`, bytes: readFileSync(path.join(root, dir, n)) })),
      path.basename(dir),
    );
  };
  const lastOf = (metrics: Record<string, number[]>) =>
    Object.fromEntries(Object.entries(metrics).map(([tag, values]) => [tag, values.at(-1)]));

  it("Lightning's TensorBoardLogger: the last value self.log was given per tag; hparams skipped", () => {
    const run = runOf('lightning');
    expect(run.id).toBe('version_0');
    // Lightning also logs `epoch` at every step and the `hp_metric` placeholder (-1) with the hyperparameters.
    const { epoch, hp_metric: hpMetric, ...logged } = lastOf(run.metrics);
    expect(logged).toEqual(expected.lightning!.last);
    expect([epoch, hpMetric]).toEqual([2, -1]);
  });

  it("PyTorch's SummaryWriter: old-style and new-style (tensor) scalars; text and histogram skipped", () => {
    const run = runOf('summarywriter');
    expect(lastOf(run.metrics)).toEqual(expected.summarywriter!.last);
    expect(Object.keys(expected.summarywriter!.last)).toEqual(['eval/loss', 'eval/accuracy', 'train/learning_rate']);
  });
});
