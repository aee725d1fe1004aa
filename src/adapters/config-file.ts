// Reads the rules file, refusing one over the size limit before reading it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_CONFIG_BYTES } from '../core/config/rules.js';
import { overLimit, UserError } from '../core/diagnostics.js';
import { fsUserError, statFile, type PathContext } from './fs-errors.js';

export async function readConfigFile(file: string, cwd: string): Promise<{ file: string; text: string }> {
  const full = path.resolve(cwd, file);
  const ctx: PathContext = {
    shown: file,
    expected: {
      noun: 'the rules file',
      example: 'alerts.yml',
      whenMissing: '(set the config input or --config to its path)',
    },
  };
  const found = statFile(full, ctx);
  if ('problem' in found) throw new UserError([found.problem]);
  if (found.stats.size > MAX_CONFIG_BYTES)
    throw new UserError([{ file, message: overLimit('the rules file', found.stats.size, MAX_CONFIG_BYTES) }]);
  try {
    return { file, text: readFileSync(full, 'utf8') };
  } catch (e) {
    throw fsUserError(e, ctx);
  }
}
