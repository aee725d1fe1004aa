// A small argument parser: known flags only; an unknown flag is refused by name, with the closest known one.
import { appendAll } from '../core/arrays.js';
import { suggest, UserError } from '../core/diagnostics.js';

export interface Flag {
  kind: 'string' | 'boolean';
  /** The value's placeholder in the help: "FILE". */
  value?: string;
  help: string;
  /** May be given more than once: the values are kept, one a line (read them with flagList). */
  repeatable?: boolean;
}

export interface FlagSpec {
  [name: string]: Flag;
}

export interface Parsed {
  positional: string[];
  flags: Record<string, string | boolean>;
  /** --help or -h was given (before any `--`): the command prints its usage and does nothing else. */
  help: boolean;
}

export const HELP_FLAGS: readonly string[] = ['--help', '-h'];

export function parseArgs(argv: readonly string[], spec: FlagSpec, command: string): Parsed {
  const end = argv.indexOf('--');
  if ((end < 0 ? argv : argv.slice(0, end)).some((a) => HELP_FLAGS.includes(a)))
    return { positional: [], flags: {}, help: true };
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      appendAll(positional, argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    const flag = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!flag) throw unknownFlag(name, spec, command);
    if (flag.kind === 'boolean') {
      if (eq > 0) throw new UserError(`${command}: --${name} takes no value`);
      flags[name] = true;
    } else {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UserError(`${command}: --${name} needs a value`);
      const earlier = flags[name];
      flags[name] = flag.repeatable && typeof earlier === 'string' ? `${earlier}\n${value}` : value;
    }
  }
  return { positional, flags, help: false };
}

function unknownFlag(name: string, spec: FlagSpec, command: string): UserError {
  const known = Object.keys(spec);
  const near = suggest(name, known);
  const allowed = [...known.map((k) => `--${k}`), '--help'].join(', ');
  return new UserError(
    `${command}: unknown flag --${name}; ${near ? `did you mean --${near}? ` : ''}allowed: ${allowed}`,
  );
}

/** The values of a repeatable flag, each also split at commas: `--channel a --channel b,c` gives a, b, c. */
export function flagList(value: string | boolean | undefined): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(/[\n,]/)
    .map((v) => v.trim())
    .filter(Boolean);
}
