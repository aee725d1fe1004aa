// Positioned, human-readable problems: `FILE:LINE:COL: message`.

export interface Diagnostic {
  file: string;
  line?: number;
  col?: number;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  if (d.line === undefined) return `${d.file}: ${d.message}`;
  return `${d.file}:${d.line}:${d.col ?? 1}: ${d.message}`;
}

/** An error caused by the user's input (config, metrics, history, flags): shown without a stack trace. */
export class UserError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[] | string) {
    const list = typeof diagnostics === 'string' ? [{ file: '', message: diagnostics }] : diagnostics;
    super(list.map((d) => (d.file ? formatDiagnostic(d) : d.message)).join('\n'));
    this.name = 'UserError';
    this.diagnostics = list;
  }
}

/**
 * The metrics are not there: no artifact of that name (or no such run), no file in it or in the workspace matches.
 * A check with a status rule on workflow_run goes on without them (the triggering run's conclusion is its status).
 */
export class MissingMetrics extends UserError {
  constructor(diagnostics: Diagnostic[] | string) {
    super(diagnostics);
    this.name = 'MissingMetrics';
  }
}

/** Line and column (1-based) of a character offset in a text. */
export function positionOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/** Closest known word within a small edit distance, for "did you mean". */
export function suggest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= limit || (best !== undefined && normalise(best) === normalise(word)) ? best : undefined;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[-_ ]/g, '');
}

/**
 * Levenshtein distance: the fewest one-character insertions, deletions and substitutions from `a` to `b`. With a
 * `limit`, stops as soon as the distance must exceed it and returns `limit + 1`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
      if (prev[j]! < rowMin) rowMin = prev[j]!;
    }
    if (rowMin > limit) return limit + 1;
  }
  return prev[b.length]!;
}

/** A value as a user would recognise it in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

/** A size for people: "512 bytes", "3.5 KiB", "100 MiB". */
export function formatBytes(n: number): string {
  const fixed = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  if (n < 1024) return `${n} bytes`;
  if (n < 1048576) return `${fixed(n / 1024)} KiB`;
  return `${fixed(n / 1048576)} MiB`;
}

/** "the metrics file is 2 KiB, over the 1 KiB limit; refused without reading it" */
export function overLimit(what: string, size: number, limit: number, refusal = 'refused without reading it'): string {
  return `${what} is ${formatBytes(size)}, over the ${formatBytes(limit)} limit; ${refusal}`;
}
