// JSON as Python writes it: standard JSON plus the NaN, Infinity and -Infinity tokens of json.dump.
// The fast path is the engine's JSON.parse; the slow path (non-finite tokens, errors) gives line and column.
import { defineOwn } from '../records.js';

export const MAX_DEPTH = 64;

export class JsonError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(message);
  }
}

export function parseJson(text: string, lineOffset = 0): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return new LenientParser(text, lineOffset).parseDocument();
  }
  const tooDeep = depthExceeded(value, 1);
  if (tooDeep) {
    // Re-parse to find where; the lenient parser stops at the limit with a position.
    return new LenientParser(text, lineOffset).parseDocument();
  }
  return value;
}

function depthExceeded(v: unknown, depth: number): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(v)) {
    for (const x of v) if (x !== null && typeof x === 'object' && depthExceeded(x, depth + 1)) return true;
  } else {
    for (const k in v) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== null && typeof x === 'object' && depthExceeded(x, depth + 1)) return true;
    }
  }
  return false;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

class LenientParser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly lineOffset: number,
  ) {}

  parseDocument(): unknown {
    this.ws();
    if (this.i >= this.s.length) this.fail('the content is empty; expected a JSON object or array');
    const v = this.value(1);
    this.ws();
    if (this.i < this.s.length) this.fail(`unexpected ${this.found()} after the end of the JSON value`);
    return v;
  }

  private fail(message: string, at = this.i): never {
    let line = 1;
    let start = 0;
    for (let k = 0; k < at && k < this.s.length; k++) {
      if (this.s.charCodeAt(k) === 10) {
        line++;
        start = k + 1;
      }
    }
    throw new JsonError(message, line + this.lineOffset, at - start + 1);
  }

  private found(): string {
    if (this.i >= this.s.length) return 'end of input';
    const c = this.s[this.i]!;
    const code = c.charCodeAt(0);
    if (code < 0x20 || code === 0xfffd)
      return `a control or binary character (0x${code.toString(16).padStart(2, '0')})`;
    if (/[{}[\],:"]/.test(c)) return JSON.stringify(c);
    return JSON.stringify(/^[^\s{}[\],:"]{1,12}/.exec(this.s.slice(this.i))?.[0] ?? c);
  }

  private ws(): void {
    while (this.i < this.s.length && WS.has(this.s.charCodeAt(this.i))) this.i++;
  }

  private value(depth: number): unknown {
    const c = this.s[this.i];
    if (c === '{' || c === '[') {
      if (depth > MAX_DEPTH) this.fail(`JSON is nested deeper than the limit of ${MAX_DEPTH} levels`);
      return c === '{' ? this.object(depth) : this.array(depth);
    }
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    if (this.s.startsWith('true', this.i)) return this.word('true', true);
    if (this.s.startsWith('false', this.i)) return this.word('false', false);
    if (this.s.startsWith('null', this.i)) return this.word('null', null);
    if (this.s.startsWith('NaN', this.i)) return this.word('NaN', NaN);
    if (this.s.startsWith('Infinity', this.i)) return this.word('Infinity', Infinity);
    if (this.i >= this.s.length) this.fail('the JSON ends too early (truncated?)');
    this.fail(
      `unexpected ${this.found()}; expected a value (object, array, string, number, true, false, null, NaN, Infinity)`,
    );
  }

  private word<T>(w: string, v: T): T {
    this.i += w.length;
    return v;
  }

  private object(depth: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return obj;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"')
        this.fail(
          this.i >= this.s.length
            ? 'the JSON ends too early (truncated?)'
            : `unexpected ${this.found()}; expected a key in double quotes`,
        );
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail(`unexpected ${this.found()}; expected ":" after the key`);
      this.i++;
      this.ws();
      const v = this.value(depth + 1);
      // Own data property even for "__proto__": no prototype is ever replaced.
      defineOwn(obj, key, v);
      this.ws();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === '}') {
        this.i++;
        return obj;
      }
      this.fail(
        this.i >= this.s.length
          ? 'the JSON ends too early (truncated?)'
          : `unexpected ${this.found()}; expected "," or "}"`,
      );
    }
  }

  private array(depth: number): unknown[] {
    const arr: unknown[] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return arr;
    }
    for (;;) {
      this.ws();
      arr.push(this.value(depth + 1));
      this.ws();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === ']') {
        this.i++;
        return arr;
      }
      this.fail(
        this.i >= this.s.length
          ? 'the JSON ends too early (truncated?)'
          : `unexpected ${this.found()}; expected "," or "]"`,
      );
    }
  }

  private string(): string {
    const start = this.i;
    this.i++;
    let simple = true;
    for (;;) {
      if (this.i >= this.s.length) this.fail('a string is never closed (truncated?)', start);
      const code = this.s.charCodeAt(this.i);
      if (code === 0x22) break;
      if (code === 0x5c) {
        simple = false;
        this.i += 2;
        continue;
      }
      if (code < 0x20) this.fail(`a string contains ${this.found()}; control characters must be escaped`);
      this.i++;
    }
    this.i++;
    const raw = this.s.slice(start, this.i);
    if (simple) return raw.slice(1, -1);
    try {
      return JSON.parse(raw) as string;
    } catch {
      this.fail('a string has an invalid escape sequence', start);
    }
  }

  private number(): number {
    const start = this.i;
    if (this.s[this.i] === '-') {
      this.i++;
      if (this.s.startsWith('Infinity', this.i)) {
        this.i += 8;
        return -Infinity;
      }
    }
    const m = /^(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.s.slice(this.i, this.i + 400));
    if (!m) this.fail(`unexpected ${this.found()}; expected a number`, start);
    this.i += m[0].length;
    return Number(this.s.slice(start, this.i));
  }
}
