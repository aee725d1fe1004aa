import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/diagnostics.js';
import { listZip, readZipEntry } from '../../src/core/zip.js';
import { makeZip } from '../helpers/zip.js';

const read = (zip: Buffer, name: string, limit = 1 << 20) => {
  const e = listZip(zip, 'art').find((x) => x.name === name)!;
  return readZipEntry(zip, e, 'art', limit).toString('utf8');
};

const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('not refused');
};

describe('zip reader', () => {
  it('lists files (not directories) and reads deflated and stored ones', () => {
    const zip = makeZip([
      { name: 'runs/', data: '', method: 0 },
      ['runs/a.json', '{"accuracy":0.9}'],
      { name: 'b.jsonl', data: 'x'.repeat(5000), method: 0 },
      ['ünï.json', '{}'],
    ]);
    expect(listZip(zip, 'art').map((e) => e.name)).toEqual(['runs/a.json', 'b.jsonl', 'ünï.json']);
    expect(read(zip, 'runs/a.json')).toBe('{"accuracy":0.9}');
    expect(read(zip, 'b.jsonl')).toBe('x'.repeat(5000));
    expect(read(zip, 'ünï.json')).toBe('{}');
  });

  it('an empty archive lists nothing', () => {
    expect(listZip(makeZip([]), 'art')).toEqual([]);
  });

  it('refuses what is not a zip, and a truncated one', () => {
    expect(refusal(() => listZip(Buffer.from('{"accuracy": 1}'), 'art'))).toBe(
      'art: not a ZIP archive (15 bytes, no end-of-archive record)',
    );
    const zip = makeZip([['a.json', '{}']]);
    expect(refusal(() => listZip(zip.subarray(0, zip.length - 30), 'art'))).toMatch(/^art: not a ZIP archive/);
    expect(refusal(() => listZip(zip.subarray(20), 'art'))).toBe(
      'art: the archive is truncated or damaged (its directory lies outside the file)',
    );
  });

  it('refuses a file declared over the limit before inflating it', () => {
    const zip = makeZip([['big.json', 'x'.repeat(2048)]]);
    expect(refusal(() => read(zip, 'big.json', 1024))).toBe(
      'art/big.json: the metrics file is 2 KiB, over the 1 KiB limit; refused without reading it',
    );
  });

  it('stops a file that inflates past its declared size (a zip bomb that lies)', () => {
    const zip = makeZip([{ name: 'bomb.json', data: Buffer.alloc(10 * 1048576, 32), declaredSize: 100 }]);
    expect(refusal(() => read(zip, 'bomb.json'))).toBe(
      'art/bomb.json: the file inflates past the 100 bytes the archive declares; refused',
    );
  });

  it('refuses encrypted files, unknown methods, bad checksums', () => {
    expect(refusal(() => read(makeZip([{ name: 'a.json', data: '{}', encrypted: true }]), 'a.json'))).toBe(
      'art/a.json: the file is encrypted in the archive; metrics must not be',
    );
    expect(refusal(() => read(makeZip([{ name: 'a.json', data: '{}', method: 12 }]), 'a.json'))).toBe(
      'art/a.json: the file is compressed with ZIP method 12; only stored (0) and deflated (8) files are read',
    );
    expect(refusal(() => read(makeZip([{ name: 'a.json', data: '{}', badCrc: true }]), 'a.json'))).toBe(
      'art/a.json: the archive is damaged (checksum mismatch)',
    );
    expect(
      refusal(() => read(makeZip([{ name: 'a.json', data: '{"a":1}', declaredSize: 3, method: 0 }]), 'a.json')),
    ).toBe('art/a.json: the archive is damaged (the file is 7 bytes, the archive declares 3)');
  });
});
