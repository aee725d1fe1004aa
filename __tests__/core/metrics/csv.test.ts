import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../src/core/diagnostics.js';
import { MAX_CELL_CHARS, parseNumber, readCsv } from '../../../src/core/metrics/readers/csv.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/metrics/csv-reader');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const metricsOf = (text: string, file = 'metrics.csv') => {
  const { runs } = readCsv(text, file);
  expect(runs).toHaveLength(1);
  return runs[0]!.metrics;
};

const refusal = (text: string, file = 'metrics.csv'): string => {
  try {
    readCsv(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('readCsv: RFC 4180 fields', () => {
  it('reads a quoted comma, a doubled quote and a quoted newline as one cell each', () => {
    const text = 'note,loss,"acc,top1"\n"a, b",0.5,0.9\n"say ""hi""",0.4,0.91\n"two\nlines",0.3,0.92\n';
    expect(metricsOf(text)).toEqual({ loss: [0.5, 0.4, 0.3], 'acc,top1': [0.9, 0.91, 0.92] });
  });

  it('counts lines inside quoted fields, so later positions stay right', () => {
    const text = 'note,loss\n"two\nlines",0.5\n"x",nope\ny,0.1\n';
    const { runs, warnings } = readCsv(text, 'm.csv');
    expect(runs[0]!.metrics).toEqual({ loss: [0.5, 0.1] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'm.csv', line: 4, col: 5 });
    expect(warnings[0]!.message).toContain('"nope"');
    for (const end of ['\r', '\r\n']) {
      const lines = ['note,loss', `"two${end}lines",0.5`, '"x",nope', 'y,0.1'].join(end);
      expect(readCsv(lines, 'm.csv').warnings[0]).toMatchObject({ line: 4, col: 5 });
    }
  });

  it('reads CRLF, LF and lone CR line ends, a trailing line without a line end, and blank lines', () => {
    const expected = { a: [1, 3], b: [2, 4] };
    expect(metricsOf('a,b\r\n1,2\r\n3,4\r\n')).toEqual(expected);
    expect(metricsOf('a,b\r1,2\r3,4\r')).toEqual(expected);
    expect(metricsOf('a,b\n1,2\n\n\n3,4')).toEqual(expected);
    expect(metricsOf('a,b\r\n"1\r\n",2\r\n3,4')).toEqual(expected);
  });

  it('skips a UTF-8 BOM, and positions on line 1 do not count it', () => {
    expect(metricsOf('\ufeffloss,acc\n0.5,0.9\n')).toEqual({ loss: [0.5], acc: [0.9] });
    expect(refusal('\ufeffloss,loss\n1,2\n')).toBe(
      'metrics.csv:1:6: the header names column "loss" twice (columns 1 and 2); each column needs its own name',
    );
  });

  it('keeps text after a closing quote as part of the cell, as Python csv does', () => {
    expect(metricsOf('a,b\n"1"2,3\n')).toEqual({ a: [12], b: [3] });
  });
});

describe('readCsv: the files tools write', () => {
  it('trims Ultralytics-style padded header names and cells', () => {
    const text =
      '                  epoch,      train/box_loss,   metrics/mAP50-95(B)\n' +
      '                      0,             1.4923,               0.21354\n' +
      '                      1,             1.3012,               0.30111\n';
    expect(metricsOf(text, 'results.csv')).toEqual({
      epoch: [0, 1],
      'train/box_loss': [1.4923, 1.3012],
      'metrics/mAP50-95(B)': [0.21354, 0.30111],
    });
  });

  it('reads a real Ultralytics results.csv: every column a series over the epochs', () => {
    const metrics = metricsOf(fixture('ultralytics-results.csv'), 'runs/segment/train/results.csv');
    expect(Object.keys(metrics)).toHaveLength(21);
    expect(metrics.epoch).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(metrics['metrics/mAP50-95(B)']).toHaveLength(10);
    expect(metrics['metrics/mAP50-95(B)']!.at(-1)).toBe(0.703);
    expect(metrics['lr/pg2']![0]).toBe(0.000546249);
  });

  it('reads a real Lightning CSVLogger file (CRLF, sparse rows): a sparse row does not end a series', () => {
    const { runs, warnings } = readCsv(fixture('lightning-metrics.csv'), 'lightning_logs/version_0/metrics.csv');
    expect(warnings).toEqual([]);
    const m = runs[0]!.metrics;
    // The last row holds only epoch, step and test_loss: val_loss still ends at its last present value.
    expect(m.test_loss).toEqual([0.0322248712182045]);
    expect(m.val_loss).toHaveLength(6);
    expect(m.val_loss!.at(-1)).toBe(0.01422041654586792);
    expect(m.val_accuracy!.at(-1)).toBe(0.996399998664856);
    expect(m.train_loss!.at(-1)).toBe(0.021989192813634872);
    expect(m.step!.at(-1)).toBe(8595);
  });

  it('reads a minimal Lightning file whose last row has only test_loss', () => {
    const text = 'epoch,step,train_loss,val_loss,test_loss\n0,9,0.9,,\n0,9,,0.8,\n1,19,0.7,,\n1,19,,0.6,\n,,,,0.65\n';
    expect(metricsOf(text)).toEqual({
      epoch: [0, 0, 1, 1],
      step: [9, 9, 19, 19],
      train_loss: [0.9, 0.7],
      val_loss: [0.8, 0.6],
      test_loss: [0.65],
    });
  });

  it('reads TSV by the header line (DVCLive plots/metrics/*.tsv) and by the extension', () => {
    expect(metricsOf('step\tloss\n0\t0.9\n1\t0.7\n', 'dvclive/plots/metrics/loss.tsv')).toEqual({
      step: [0, 1],
      loss: [0.9, 0.7],
    });
    // A TSV whose one column has no tab: the extension decides; a comma in a TSV cell is text.
    expect(metricsOf('loss\n0.9\n', 'x.tsv')).toEqual({ loss: [0.9] });
    expect(metricsOf('a\tb,c\td\n1\t2\t3\n', 'x.csv')).toEqual({ a: [1], 'b,c': [2], d: [3] });
    // Delimiters inside quotes do not count; a tie goes to the extension.
    expect(metricsOf('"a,b,c"\tx\n1\t2\n', 'x.csv')).toEqual({ 'a,b,c': [1], x: [2] });
    expect(metricsOf('a\tb,c\n1\t2,3\n', 'x.tsv')).toEqual({ a: [1] });
  });

  it('ignores text columns (timestamps, names) and keeps numeric ones such as epoch counts', () => {
    const text = 'time,epoch,model,loss\n2024-05-01 10:00:00,0,resnet,0.9\n2024-05-01 10:05:00,1,resnet,0.8\n';
    const { runs, warnings } = readCsv(text, 'progress.csv');
    expect(runs).toEqual([{ metrics: { epoch: [0, 1], loss: [0.9, 0.8] }, source: 'progress.csv' }]);
    expect(warnings).toEqual([]);
  });

  it('reads text cells in a numeric column as absent, warning once per column at the first one', () => {
    const text = 'step,loss,acc\n0,0.9,n/a\n1,oops,0.5\n2,bad,0.6\n3,0.7,\n';
    const { runs, warnings } = readCsv(text, 'm.csv');
    expect(runs[0]!.metrics).toEqual({ step: [0, 1, 2, 3], loss: [0.9, 0.7], acc: [0.5, 0.6] });
    expect(warnings).toEqual([
      {
        file: 'm.csv',
        line: 3,
        col: 3,
        message:
          'column "loss" is numeric but holds the text "oops" here (and 1 more row(s)); those cells are read as absent',
      },
      {
        file: 'm.csv',
        line: 2,
        col: 7,
        message: 'column "acc" is numeric but holds the text "n/a" here; those cells are read as absent',
      },
    ]);
  });

  it('reads nan and inf as Python repr writes them, and the JS spellings', () => {
    expect(metricsOf('loss,gn\nnan,inf\nNaN,-inf\n0.5,Infinity\n-nan,-Infinity\n')).toEqual({
      loss: [NaN, NaN, 0.5, NaN],
      gn: [Infinity, -Infinity, Infinity, -Infinity],
    });
    expect(parseNumber('1e-3')).toBe(0.001);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('-3.')).toBe(-3);
    for (const text of ['0x10', '1_000', 'nanx', 'in', '1e', '--1', '']) expect(parseNumber(text)).toBeUndefined();
  });

  it('gives header names that are object keys (__proto__) their own series', () => {
    const m = metricsOf('__proto__,constructor\n1,2\n');
    expect(Object.keys(m)).toEqual(['__proto__', 'constructor']);
    expect(m['__proto__']).toEqual([1]);
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
  });

  it('skips a column with no name (the index pandas writes) and reads a header-only file as a run with no metrics', () => {
    expect(metricsOf(',loss\n0,0.5\n1,0.4\n')).toEqual({ loss: [0.5, 0.4] });
    expect(readCsv('loss,acc\n', 'm.csv')).toEqual({ runs: [{ metrics: {}, source: 'm.csv' }], warnings: [] });
  });
});

describe('readCsv: size', () => {
  it('reads 150,000 rows and 150,000 runs without overflowing the stack (no array spread into a call)', () => {
    const rows = 150_000; // above the ~125,000 arguments a spread into a call overflows at
    const lines = ['step,loss'];
    for (let i = 0; i < rows; i++) lines.push(`${i},${i % 7 === 0 ? '' : 0.5}`);
    const m = metricsOf(lines.join('\n'));
    expect(m.step).toHaveLength(rows);
    expect(m.step![rows - 1]).toBe(rows - 1);
    expect(m.loss).toHaveLength(rows - Math.ceil(rows / 7));
    const split = ['run_id,loss'];
    for (let i = 0; i < rows; i++) split.push(`r${i},${i}`);
    const { runs } = readCsv(split.join('\r\n'), 'runs.csv');
    expect(runs).toHaveLength(rows);
    expect(runs[rows - 1]).toEqual({
      id: `r${rows - 1}`,
      metrics: { loss: [rows - 1] },
      source: `runs.csv:${rows + 1}`,
    });
  }, 30_000);
});

describe('readCsv: runs split by experiment and run_id', () => {
  it('makes one run per experiment and run_id, in order of first appearance, each a series over its rows', () => {
    const text =
      'experiment,run_id,step,loss\n' +
      'cls,a1,0,0.9\n' +
      'cls,a2,0,0.8\n' +
      'cls,a1,1,0.7\n' +
      'det,a1,0,1.5\n' +
      'cls,a2,1,0.6\n';
    expect(readCsv(text, 'runs.csv').runs).toEqual([
      { experiment: 'cls', id: 'a1', metrics: { step: [0, 1], loss: [0.9, 0.7] }, source: 'runs.csv:2' },
      { experiment: 'cls', id: 'a2', metrics: { step: [0, 1], loss: [0.8, 0.6] }, source: 'runs.csv:3' },
      { experiment: 'det', id: 'a1', metrics: { step: [0], loss: [1.5] }, source: 'runs.csv:5' },
    ]);
  });

  it('splits by run_id alone (numeric ids stay identities, not metrics) and by experiment alone', () => {
    expect(readCsv(' run_id ,acc\n7,0.5\n8,0.6\n', 'r.csv').runs).toEqual([
      { id: '7', metrics: { acc: [0.5] }, source: 'r.csv:2' },
      { id: '8', metrics: { acc: [0.6] }, source: 'r.csv:3' },
    ]);
    expect(readCsv('acc,experiment\n0.5,"a, b"\n0.6,\n', 'r.csv').runs).toEqual([
      { experiment: 'a, b', metrics: { acc: [0.5] }, source: 'r.csv:2' },
      { metrics: { acc: [0.6] }, source: 'r.csv:3' },
    ]);
  });
});

describe('readCsv: one-metric exports', () => {
  it("names TensorBoard's CSV export after the file and `value`", () => {
    const text = 'Wall time,Step,Value\n1714550000.5,0,0.9\n1714550060.25,100,0.7\n';
    expect(metricsOf(text, 'exports/run-train-tag-loss.csv')).toEqual({
      'Wall time': [1714550000.5, 1714550060.25],
      Step: [0, 100],
      'run-train-tag-loss': [0.9, 0.7],
      value: [0.9, 0.7],
    });
  });

  it('does the same for Step,Value and a Windows path, and keeps a file named value.csv single', () => {
    expect(metricsOf('Step,Value\n1,0.5\n', 'C:\\logs\\eval_acc.csv')).toEqual({
      Step: [1],
      eval_acc: [0.5],
      value: [0.5],
    });
    expect(metricsOf('step,value\n1,0.5\n', 'value.csv')).toEqual({ step: [1], value: [0.5] });
  });

  it('keeps a Value column as it is when the header has other columns too', () => {
    expect(metricsOf('Step,Value,Other\n1,0.5,2\n', 'x.csv')).toEqual({ Step: [1], Value: [0.5], Other: [2] });
  });
});

describe('readCsv: refusals', () => {
  it('refuses a file with no header row', () => {
    expect(refusal('')).toBe('metrics.csv:1:1: a CSV file needs a header row; the file holds no rows');
    expect(refusal('\n\r\n')).toBe('metrics.csv:1:1: a CSV file needs a header row; the file holds no rows');
    expect(refusal('0.1,0.2\n0.3,0.4\n')).toBe(
      'metrics.csv:1:1: a CSV file needs a header row; line 1 holds only numbers, no column names',
    );
    expect(refusal('\n, ,\n1,2,3\n')).toBe(
      'metrics.csv:2:1: a CSV file needs a header row; line 2 has no column names',
    );
  });

  it('refuses duplicate header names, naming both columns at the second', () => {
    expect(refusal('step,loss,acc, loss\n1,2,3,4\n')).toBe(
      'metrics.csv:1:15: the header names column "loss" twice (columns 2 and 4); each column needs its own name',
    );
  });

  it('refuses a row with more cells than the header at its first extra cell, naming the lines', () => {
    expect(refusal('a,b\n1,2\n3,4,5\n')).toBe(
      'metrics.csv:3:5: line 3 has 3 cells, more than the 2 columns the header names on line 1; a row may leave cells out, not add them (is a field with a comma missing its quotes?)',
    );
    expect(refusal('a\tb\n1\t2\t\n', 'm.tsv')).toMatch(/^m\.tsv:2:5: line 2 has 3 cells.*with a tab missing/);
  });

  it('refuses an unterminated quote at the quote that opened it', () => {
    expect(refusal('a,b\n1,2\n3,"4\n5,6\n')).toBe(
      'metrics.csv:3:3: the quoted field opened here is not closed before the end of the file; a quote inside a quoted field is written twice ("")',
    );
  });

  it('refuses binary content at its first NUL byte', () => {
    expect(refusal('a,b\n1,\u00002\n')).toBe(
      'metrics.csv:2:3: a binary file, not CSV: it holds a NUL byte here; CSV and TSV metrics files are text',
    );
  });

  it('refuses a cell over 1 MiB, quoted or not, where it starts, and a 10 MB cell without scanning it all', () => {
    const big = 'x'.repeat(MAX_CELL_CHARS + 1);
    const message =
      'the cell starting here is over 1 MiB; a metrics cell is a number or a short name, so the file is refused without reading further';
    expect(refusal(`a,b\n1,${big}\n`)).toBe(`metrics.csv:2:3: ${message}`);
    expect(refusal(`a,b\n1,"${big}"\n`)).toBe(`metrics.csv:2:3: ${message}`);
    expect(refusal(`a,b\n1,"x"${big}\n`)).toBe(`metrics.csv:2:3: ${message}`);
    // Exactly the limit is accepted (a text cell in a column of text: ignored).
    expect(metricsOf(`a,b\n1,${'x'.repeat(MAX_CELL_CHARS)}\n`)).toEqual({ a: [1] });
    // A 10 MB quoted cell with quoted line ends is refused after 1 MiB, not scanned to its end (nor quadratically).
    const huge = `a,b\n1,"${'ab""\n'.repeat(2_000_000)}"\n`;
    const started = performance.now();
    expect(refusal(huge)).toBe(`metrics.csv:2:3: ${message}`);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('readCsv: properties', () => {
  // Quotes a cell holding a quote, either delimiter, a line end, or edge spaces (which a reader trims).
  const quote = (cell: string) =>
    /[",\t\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
  const name = fc
    .string({ minLength: 1, maxLength: 12 })
    .map((s) => s.replace(/\u0000/g, '').trim())
    .filter((s) => s !== '' && parseNumber(s) === undefined && !['experiment', 'run_id'].includes(s.toLowerCase()));
  const value = fc.oneof(
    fc.double().map((v) => (Object.is(v, -0) ? 0 : v)),
    fc.integer(),
    fc.constant(undefined),
    fc.constantFrom(Infinity, -Infinity, NaN),
  );
  const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

  it('reads back any table written with proper quoting: every present number, in order, per column', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 6 }).chain((names) =>
          fc.record({
            names: fc.constant(names),
            rows: fc.array(fc.array(value, { minLength: names.length, maxLength: names.length }), { maxLength: 20 }),
            end: lineEnd,
            bom: fc.boolean(),
            tsv: fc.boolean(),
          }),
        ),
        ({ names, rows, end, bom, tsv }) => {
          const sep = tsv ? '\t' : ',';
          const cell = (v: number | undefined) => (v === undefined ? '' : Number.isNaN(v) ? 'nan' : String(v));
          const write = (cells: string[]) => cells.map(quote).join(sep);
          const text = (bom ? '\ufeff' : '') + [write(names), ...rows.map((r) => write(r.map(cell)))].join(end) + end;
          const { runs, warnings } = readCsv(text, tsv ? 'm.tsv' : 'm.csv');
          expect(warnings).toEqual([]);
          expect(runs).toHaveLength(1);
          const expected: Record<string, number[]> = {};
          names.forEach((n, j) => {
            const present = rows.map((r) => r[j]).filter((v): v is number => v !== undefined);
            if (present.length > 0) Object.defineProperty(expected, n, { value: present, enumerable: true });
          });
          expect(runs[0]!.metrics).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
