// Reads a step's stdout and GITHUB_OUTPUT file the way actions/runner does, to compare what the runner would SEE:
// - lines as .NET ReadLine splits them (\n, \r, \r\n);
// - ActionCommand.TryParseV2: after TrimStart, `::name k=v,k=v::data`, a registered name (any case), properties split on
//   `,` then the first `=`, UnescapeProperty / UnescapeData replacing %0D %0A (%3A %2C) %25 in that order;
// - else ActionCommand.TryParse (the older syntax): `##[name k=v;k=v]data` found ANYWHERE in the line;
// - ActionCommandManager: `stop-commands` pauses every command until `::TOKEN::`.
// The runner compares with culture-sensitive StartsWith/IndexOf, which pass over characters of no weight; a line that
// is a command only under that reading is still reported, with `lenient: true`.
// (src/Runner.Common/ActionCommand.cs, src/Runner.Worker/ActionCommandManager.cs, src/Runner.Sdk/ProcessInvoker.cs)

export const REGISTERED = [
  'add-mask',
  'add-path',
  'set-env',
  'set-output',
  'save-state',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
  'add-matcher',
  'remove-matcher',
  'stop-commands',
];

export interface RunnerCommand {
  command: string;
  /** Property names lower-cased (the runner's dictionary ignores case). */
  properties: Record<string, string>;
  data: string;
  syntax: 'v2' | 'legacy';
  lenient: boolean;
}

export type LogEntry = { kind: 'command'; cmd: RunnerCommand } | { kind: 'text'; text: string; paused: boolean };

/** .NET char.IsWhiteSpace, as TrimStart uses it. */
const NET_WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const NO_WEIGHT = /[\p{Cc}\p{Cf}\p{Mn}\p{Me}]/gu;

/** Lines as .NET's StreamReader.ReadLine returns them (no empty line after a final line end). */
export function readLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

const unescape = (s: string, pairs: [string, string][]) =>
  pairs.reduce((acc, [from, to]) => acc.split(from).join(to), s);
const DATA: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];
const LEGACY: [string, string][] = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%'],
];

function properties(text: string, separator: string, pairs: [string, string][]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of text.split(separator).filter((x) => x !== '')) {
    const eq = p.indexOf('=');
    if (eq > 0 && eq < p.length - 1) out[p.slice(0, eq).toLowerCase()] = unescape(p.slice(eq + 1), pairs);
  }
  return out;
}

function parseV2(line: string, registered: Set<string>): Omit<RunnerCommand, 'lenient'> | undefined {
  const m = line.replace(NET_WHITESPACE, '');
  if (!m.startsWith('::')) return undefined;
  const end = m.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = m.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const props = space > 0 ? properties(info.slice(space + 1).trim(), ',', PROPERTY) : {};
  return { command: name, properties: props, data: unescape(m.slice(end + 2), DATA), syntax: 'v2' };
}

function parseLegacy(line: string, registered: Set<string>): Omit<RunnerCommand, 'lenient'> | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const rb = line.indexOf(']', start);
  if (rb < 0) return undefined;
  const info = line.slice(start + 3, rb);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const props = space > 0 ? properties(info.slice(space + 1), ';', LEGACY) : {};
  return { command: name, properties: props, data: unescape(line.slice(rb + 1), LEGACY), syntax: 'legacy' };
}

export function parseCommand(line: string, registered = new Set(REGISTERED)): RunnerCommand | undefined {
  const exact = parseV2(line, registered) ?? parseLegacy(line, registered);
  if (exact) return { ...exact, lenient: false };
  const weightless = line.replace(NO_WEIGHT, '');
  const loose = parseV2(weightless, registered) ?? parseLegacy(weightless, registered);
  return loose && { ...loose, lenient: true };
}

/** The log as the runner processes it: commands (honouring stop-commands) and plain text lines. */
export function parseLog(stdout: string): LogEntry[] {
  const registered = new Set(REGISTERED);
  let stopToken: string | undefined;
  const out: LogEntry[] = [];
  for (const line of readLines(stdout)) {
    const cmd = parseCommand(line, registered);
    if (stopToken !== undefined) {
      if (cmd && cmd.command.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
        out.push({ kind: 'command', cmd });
      } else out.push({ kind: 'text', text: line, paused: true });
      continue;
    }
    if (!cmd) {
      out.push({ kind: 'text', text: line, paused: false });
      continue;
    }
    if (cmd.command.toLowerCase() === 'stop-commands') {
      stopToken = cmd.data;
      registered.add(cmd.data.toLowerCase());
    }
    out.push({ kind: 'command', cmd });
  }
  return out;
}

export const commandsOf = (stdout: string): RunnerCommand[] =>
  parseLog(stdout).flatMap((e) => (e.kind === 'command' ? [e.cmd] : []));

/** GITHUB_OUTPUT as the runner reads it on Linux: `name<<DELIMITER`, value lines, `DELIMITER` (or `name=value`). */
export function parseOutputs(text: string): { name: string; value: string }[] {
  const lines = text.split('\n');
  const out: { name: string; value: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const eq = line.indexOf('=');
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      const delimiter = line.slice(heredoc + 2);
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no end delimiter ${delimiter}`);
      out.push({ name: line.slice(0, heredoc), value: value.join('\n') });
    } else if (eq > 0) out.push({ name: line.slice(0, eq), value: line.slice(eq + 1) });
    else throw new Error(`GITHUB_OUTPUT: unreadable line ${JSON.stringify(line)}`);
  }
  return out;
}
