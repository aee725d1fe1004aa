// A small argument parser: known flags only; an unknown flag is refused by name.
import { appendAll } from '../core/arrays.js';
import { UserError } from '../core/diagnostics.js';

export interface FlagSpec {
  [name: string]: 'string' | 'boolean';
}

export interface Parsed {
  positional: string[];
  flags: Record<string, string | boolean>;
}

export function parseArgs(argv: readonly string[], spec: FlagSpec, command: string): Parsed {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      appendAll(positional, argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    const kind = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!kind) {
      const known = Object.keys(spec).map((k) => `--${k}`);
      throw new UserError(`${command}: unknown flag --${name}; allowed: ${known.join(', ') || '(none)'}`);
    }
    if (kind === 'boolean') {
      if (eq > 0) throw new UserError(`${command}: --${name} takes no value`);
      flags[name] = true;
    } else {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UserError(`${command}: --${name} needs a value`);
      flags[name] = value;
    }
  }
  return { positional, flags };
}
