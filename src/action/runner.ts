// The runner's side of an action, as GitHub documents it ("Workflow commands for GitHub Actions"): inputs from INPUT_*,
// commands on stdout (::error file=…,line=…::message, ::add-mask::), outputs appended to $GITHUB_OUTPUT with a random
// heredoc delimiter, the job summary appended to $GITHUB_STEP_SUMMARY. The same protocol @actions/core writes, without
// loading its HTTP client and process runner at start-up (~100 ms of a ~35 ms Node start; see the README's Performance).
import { appendFileSync, writeSync } from 'node:fs';
import type { AnnotationPosition as Annotation } from '../app/ports.js';
import { safeLogText, stripBidi } from '../core/safe-text.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The runner reads \n line ends on every platform. */
const EOL = '\n';

/** An input as the runner passes it (INPUT_<NAME>, spaces as underscores), trimmed; '' when absent. */
export function getInput(name: string, env: Env = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * Writes to stdout directly: the runner reads the log as it comes, and a synchronous write cannot be lost at exit.
 * (process.stdout is synchronous for files and pipes on Linux too, but building the stream costs start-up time.)
 */
function write(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let done = 0; done < bytes.length;) {
    try {
      done += writeSync(1, bytes, done);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // a non-blocking pipe is full: the reader drains it
      if (code === 'EPIPE') return; // nobody reads the log any more
      throw e;
    }
  }
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Properties without a value (undefined, '', 0) are left out, as @actions/core leaves them out. */
function command(name: string, message: string, props: Record<string, string | number | undefined> = {}): void {
  const list = Object.entries(props)
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '' && e[1] !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  write(`::${name}${list.length ? ` ${list.join(',')}` : ''}::${escapeData(message)}${EOL}`);
}

/** Message, title and file are shown to people: no bidirectional controls (a file of an artifact may be named so). */
function annotate(kind: 'error' | 'warning' | 'notice', message: string, a: Annotation = {}): void {
  const shown = (s: string | undefined) => (s === undefined ? undefined : stripBidi(s));
  command(kind, stripBidi(message), { title: shown(a.title), file: shown(a.file), line: a.line, col: a.col });
}

/**
 * Also the check's Logger: its messages are the runner's log lines and annotations. Messages carry untrusted text
 * (artifact entry names, experiment and run names): a command's message is escaped onto its one line, and every line
 * `info` writes is made safe (core/safe-text.ts), so none of it can start a workflow command (SPEC §6).
 */
export const runner = {
  info: (message: string) => write(`${safeLogText(message)}${EOL}`),
  debug: (message: string) => command('debug', stripBidi(message)),
  notice: (message: string, a?: Annotation) => annotate('notice', message, a),
  warning: (message: string, a?: Annotation) => annotate('warning', message, a),
  error: (message: string, a?: Annotation) => annotate('error', message, a),
  /** The runner replaces the value with *** in every later log line. */
  setSecret: (secret: string) => command('add-mask', secret),
  setFailed(message: string): void {
    process.exitCode = 1;
    annotate('error', message);
  },
  setOutput(name: string, value: string | number | boolean, env: Env = process.env): void {
    const text = typeof value === 'string' ? value : JSON.stringify(value); // as @actions/core converts it
    const file = env.GITHUB_OUTPUT;
    if (!file) {
      write(EOL);
      command('set-output', text, { name });
      return;
    }
    // The value cannot end the heredoc early: the delimiter is chosen so that it does not occur in it. (Not from
    // crypto.randomUUID as @actions/core's: loading crypto costs start-up time, and the check makes guessing useless.)
    let delimiter: string;
    do delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
    while (text.includes(delimiter) || name.includes(delimiter));
    appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, 'utf8');
  },
  /**
   * Appends Markdown to the job summary; without $GITHUB_STEP_SUMMARY (not on a runner) there is none. No bidi controls
   * on any path (table cells are escaped by mdCell; failure reports quote error messages that may name artifact files).
   */
  appendSummary(markdown: string, env: Env = process.env): void {
    const file = env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, stripBidi(markdown), 'utf8');
  },
};
