// YAML metrics files (SPEC §3 format 6, as DVC writes `metrics.yaml`): read as a JSON object of metrics is read.
// The YAML parser is loaded only when a YAML metrics file is met; alias expansion is bounded (no billion laughs).
import { LineCounter, parseDocument } from 'yaml';
import { UserError, type Diagnostic } from '../../diagnostics.js';
import { isRecord } from '../../records.js';
import { textOf, typeName, type MetricsFile, type MetricsReader, type RunDraft } from '../model.js';
import { fromDocument } from './json.js';

const MAX_ALIASES = 100;

/** The file's YAML as a mapping: errors positioned, aliases bounded; the refusals name what the file is and holds. */
export function yamlMapping(f: MetricsFile, what: { noun: string; expected: string }): Record<string, unknown> {
  const text = textOf(f);
  if (text.trim() === '') throw new UserError([{ file: f.file, message: `${what.noun} is empty` }]);
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  const problem = doc.errors[0];
  if (problem) {
    const { line, col } = lines.linePos(problem.pos[0]);
    throw new UserError([{ file: f.file, line, col, message: `not valid YAML: ${problem.message.split('\n')[0]}` }]);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw new UserError([{ file: f.file, message: `YAML aliases expand too far: ${(e as Error).message}` }]);
  }
  if (!isRecord(value))
    throw new UserError([
      {
        file: f.file,
        message: `YAML with no mapping at the top (it holds ${typeName(value)}); expected ${what.expected}`,
      },
    ]);
  return value;
}

function readYaml(f: MetricsFile, warnings: Diagnostic[]): RunDraft[] {
  return fromDocument(yamlMapping(f, { noun: 'the metrics file', expected: 'metrics by name' }), f.file, warnings);
}

export const yamlReader: MetricsReader = { read: readYaml };
