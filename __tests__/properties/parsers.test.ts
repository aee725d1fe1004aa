// Property: on any input, the parsers of user files return values or throw their own positioned errors, nothing else
// (no TypeError, no RangeError, no stack overflow, no prototype pollution).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { loadConfig } from '../../src/core/config/load.js';
import { UserError } from '../../src/core/diagnostics.js';
import { parseLedger } from '../../src/core/history/ledger.js';
import { readRuns } from '../../src/core/metrics/runs.js';
import { seedRules } from '../helpers/fixtures.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** Either a value, or a UserError whose every diagnostic names the file and, when positioned, a real line and column. */
function onlyOwnErrors(file: string, f: () => unknown): void {
  try {
    f();
  } catch (e) {
    ownError(file, e);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** The same for a parser that answers with a promise (the metrics readers, loaded per format). */
async function onlyOwnErrorsAsync(file: string, f: () => Promise<unknown>): Promise<void> {
  try {
    await f();
  } catch (e) {
    ownError(file, e);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** A parser's refusal: a UserError whose every diagnostic names the file, at a real position. */
function ownError(file: string, e: unknown): void {
  if (!(e instanceof UserError)) throw e;
  for (const d of e.diagnostics) {
    expect(d.file).toBe(file);
    if (d.line !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
    if (d.col !== undefined) expect(d.col).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

/** A valid document mutated: characters deleted, replaced or inserted from an alphabet that matters to the format. */
function mutations(seed: string, alphabet: string[]): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat({ max: seed.length }),
    cut: fc.nat({ max: 6 }),
    add: fc.array(fc.constantFrom(...alphabet), { maxLength: 6 }),
  });
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let s = seed;
    for (const e of edits) {
      const at = Math.min(e.at, s.length);
      s = s.slice(0, at) + e.add.join('') + s.slice(at + e.cut);
    }
    return s;
  });
}

const YAML_BITS = [
  ':',
  '-',
  ' ',
  '  ',
  '\n',
  '\t',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '&a',
  '*a',
  '!!str',
  '#',
  '|',
  '>',
  '?',
  ',',
  '<<',
  '${X}',
  '{{',
  '}}',
  'constructor',
  '__proto__',
  'NaN',
  '.inf',
  '1e999',
  '\r\n',
  '\ufeff',
  '\u0000',
];
const JSON_BITS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  '\n',
  '-',
  '1e999',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'true',
  '__proto__',
  'constructor',
  '"polluted"',
  '\\u0000',
  '\\',
  '.',
  'e',
  '0',
  '\ufeff',
  '\r\n',
  '[[[[[[[[',
  ']]]]]]]]',
];

describe('parsers throw only their own positioned errors', () => {
  it('alerts.yml: arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) =>
        onlyOwnErrors('alerts.yml', () => loadConfig({ text, file: 'alerts.yml', env: {} })),
      ),
      { numRuns: RUNS },
    );
  });

  it('alerts.yml: a valid file, mutated', () => {
    const seed = seedRules(
      '    for: 2\n    repeat: 6h\n    change: { from: mean, window: 3, unit: percent }\n    message: "{{metric}} is {{value}}"\n    labels: { team: vision }\n',
    );
    fc.assert(
      fc.property(mutations(seed, YAML_BITS), (text) =>
        onlyOwnErrors('alerts.yml', () =>
          loadConfig({ text, file: 'alerts.yml', env: { X: 'https://hooks.slack.com/services/T/B/x' } }),
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it('metrics: arbitrary text, and valid documents mutated', async () => {
    const id = { experiment: 'default', runId: 'r' };
    const seeds = [
      '{"accuracy": 0.9, "eval": {"f1": [0.1, 0.2]}, "_timestamp": 1700000000}',
      '{"experiment": "iris", "run_id": "r1", "timestamp": "2026-11-20T10:00:00Z", "metrics": {"accuracy": NaN}}\n{"experiment": "iris", "run_id": "r2", "metrics": {"accuracy": 0.5}}\n',
      '[{"info": {"run_id": "a", "experiment_id": "1", "start_time": 1700000000000}, "data": {"metrics": [{"key": "loss", "value": 1, "step": 0}]}}]',
    ];
    const text = fc.oneof(fc.string({ maxLength: 300, unit: 'binary' }), ...seeds.map((s) => mutations(s, JSON_BITS)));
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('m.json', 'm.jsonl'), (t, file) =>
        onlyOwnErrorsAsync(file, () => readRuns([{ file, text: t }], id)),
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('history ledger: arbitrary text, and a valid ledger mutated', () => {
    const seed =
      '{"version":1,"instances":[{"alert":"acc","experiment":"iris","state":"firing","streak":1,"since":"2026-11-20T10:00:00.000Z","lastRun":"r1","runs":["r1"]}],"runs":[{"experiment":"iris","runs":[{"id":"r1","values":{"accuracy":0.5}}]}],"events":[]}\n';
    const text = fc.oneof(fc.string({ maxLength: 300, unit: 'binary' }), mutations(seed, JSON_BITS));
    fc.assert(
      fc.property(text, (t) => onlyOwnErrors('h.json', () => parseLedger(t, 'h.json'))),
      { numRuns: RUNS },
    );
  });

  it('deep nesting is refused, not a stack overflow', async () => {
    for (const depth of [65, 1000, 100_000]) {
      await expect(
        readRuns([{ file: 'd.json', text: `${'['.repeat(depth)}${']'.repeat(depth)}` }], {
          experiment: 'e',
          runId: 'r',
        }),
      ).rejects.toThrow(UserError);
      await expect(
        readRuns([{ file: 'd.json', text: `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` }], {
          experiment: 'e',
          runId: 'r',
        }),
      ).rejects.toThrow(UserError);
    }
  });
});
