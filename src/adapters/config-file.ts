// Reads the rules file, refusing one over the size limit before reading it.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_CONFIG_BYTES } from '../core/config/rules.js';
import { overLimit, UserError } from '../core/diagnostics.js';

export async function readConfigFile(file: string, cwd: string): Promise<{ file: string; text: string }> {
  const full = path.resolve(cwd, file);
  const s = statSync(full, { throwIfNoEntry: false });
  if (!s || !s.isFile())
    throw new UserError([
      { file, message: 'the rules file does not exist (set the config input or --config to its path)' },
    ]);
  if (s.size > MAX_CONFIG_BYTES)
    throw new UserError([{ file, message: overLimit('the rules file', s.size, MAX_CONFIG_BYTES) }]);
  return { file, text: readFileSync(full, 'utf8') };
}
