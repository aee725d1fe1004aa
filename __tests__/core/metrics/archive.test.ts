import { describe, expect, it } from '@jest/globals';
import { metricsFromArchive } from '../../../src/core/metrics/archive.js';
import { textOf } from '../../../src/core/metrics/model.js';
import { makeZip } from '../../helpers/zip.js';

const ZIP = makeZip([
  ['metrics.json', '{"accuracy":0.9}'],
  ['runs/b.jsonl', '{"loss":1}\n'],
  ['runs/a.ndjson', '{"loss":2}\n'],
  ['model.bin', 'binary'],
  ['notes.txt', 'hello'],
]);

describe('metrics from an artifact archive', () => {
  it('reads every JSON/JSONL/NDJSON file by default, in path order, named ARTIFACT/path', () => {
    expect(metricsFromArchive(ZIP, [], 'train').map((f) => ({ file: f.file, text: textOf(f) }))).toEqual([
      { file: 'train/metrics.json', text: '{"accuracy":0.9}' },
      { file: 'train/runs/a.ndjson', text: '{"loss":2}\n' },
      { file: 'train/runs/b.jsonl', text: '{"loss":1}\n' },
    ]);
  });

  it('metrics filters the files inside: exact paths and globs, each once', () => {
    expect(metricsFromArchive(ZIP, ['runs/*.jsonl', './runs/b.jsonl'], 'train').map((f) => f.file)).toEqual([
      'train/runs/b.jsonl',
    ]);
    expect(metricsFromArchive(ZIP, ['metrics.json'], 'train').map((f) => f.file)).toEqual(['train/metrics.json']);
  });

  it('a pattern matching nothing names what the artifact holds', () => {
    expect(() => metricsFromArchive(ZIP, ['eval/*.json'], 'train')).toThrow(
      'train: no file in the artifact matches "eval/*.json"; it holds 5 file(s): "metrics.json", "runs/b.jsonl", "runs/a.ndjson", "model.bin", "notes.txt"',
    );
  });

  it('an artifact with no metrics files says so', () => {
    expect(() => metricsFromArchive(makeZip([['model.bin', 'x']]), [], 'train')).toThrow(
      'train: the artifact holds no .json, .jsonl or .ndjson file (it holds 1 file(s): "model.bin"); name the files with the metrics input',
    );
    expect(() => metricsFromArchive(makeZip([]), [], 'train')).toThrow('it holds no files');
  });
});
