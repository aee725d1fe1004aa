// YAML metrics files (SPEC §3 format 6, as DVC writes `metrics.yaml`): read as a JSON object of metrics is read.
// The YAML parser is loaded only when a YAML metrics file is met; alias expansion is bounded (no billion laughs).
import { LineCounter, parseDocument } from 'yaml';
import { UserError, type Diagnostic } from '../../diagnostics.js';
import { isRecord } from '../../records.js';
import { textOf, typeName, type MetricsFile, type MetricsReader, type RunDraft } from '../model.js';
import { fromDocument } from './json.js';

const MAX_ALIASES = 100;

function readYaml(f: MetricsFile, warnings: Diagnostic[]): RunDraft[] {
  const text = textOf(f);
  if (text.trim() === '') throw new UserError([{ file: f.file, message: 'the metrics file is empty' }]);
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
        message: `YAML with no mapping at the top (it holds ${typeName(value)}); expected metrics by name`,
      },
    ]);
  return fromDocument(value, f.file, warnings);
}

export const yamlReader: MetricsReader = { read: readYaml };
