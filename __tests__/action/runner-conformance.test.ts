// src/action/runner.ts writes the runner protocol itself instead of loading @actions/core. The same calls go through both
// (each in its own process, __tests__/helpers/runner-driver.mjs) and what the runner would SEE is compared: stdout read
// as actions/runner reads it (commands, properties, unescaped messages), GITHUB_OUTPUT read as heredocs (the delimiters
// are random), the summary file byte for byte. Where runner.ts differs on purpose, the difference is asserted:
// - `info` neutralises lines that would be workflow commands (SPEC §6); @actions/core writes them raw;
// - messages, titles and files of debug/notice/warning/error/setFailed, and the summary, lose bidirectional controls
//   (never add-mask or outputs);
// - without GITHUB_STEP_SUMMARY there is no summary (core throws); a missing GITHUB_OUTPUT file is created (core throws).
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { safeLogText, stripBidi } from '../../src/core/safe-text.js';
import { commandsOf, parseLog, parseOutputs, type LogEntry, type RunnerCommand } from '../helpers/runner-log.js';
import { tempDir } from '../helpers/run-action.js';

/** Two Node processes per test: generous on a loaded machine. */
const SLOW = 180_000;
const DRIVER = path.resolve(import.meta.dirname, '../helpers/runner-driver.mjs');
type Impl = 'ours' | 'core';
type Call = Record<string, unknown> & { op: string };

interface Driven {
  code: number;
  stdout: string;
  stderr: string;
  results: { value?: string | null; thrown?: string }[];
  output: string;
  summary: string;
}

async function drive(impl: Impl, calls: Call[], env: Record<string, string> = {}): Promise<Driven> {
  const dir = tempDir('conformance-');
  const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(path.join(dir, 'calls.json'), JSON.stringify(calls));
  const args = [DRIVER, impl, path.join(dir, 'calls.json'), path.join(dir, 'results.json')];
  const childEnv = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    ...env,
  };
  const run = await promisify(execFile)(process.execPath, args, { env: childEnv, encoding: 'utf8' }).then(
    (r) => ({ ...r, code: 0 }),
    (e: { stdout: string; stderr: string; code: number }) => ({ stdout: e.stdout, stderr: e.stderr, code: e.code }),
  );
  return {
    code: run.code,
    stdout: run.stdout,
    stderr: run.stderr,
    results: JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')),
    output: readFileSync(files.output, 'utf8'),
    summary: readFileSync(files.summary, 'utf8'),
  };
}

const both = (calls: Call[], env: Record<string, string> = {}) =>
  Promise.all([drive('ours', calls, env), drive('core', calls, env)]);

/** What runner.ts shows people differently from @actions/core: no bidi controls in messages, titles and files. */
function asOurs(c: RunnerCommand): RunnerCommand {
  if (!['debug', 'notice', 'warning', 'error'].includes(c.command)) return c;
  const properties = Object.fromEntries(
    Object.entries(c.properties).map(([k, v]) => [k, k === 'title' || k === 'file' ? stripBidi(v) : v]),
  );
  return { ...c, data: stripBidi(c.data), properties };
}
const ourView = (entries: LogEntry[]) => entries.map((e) => (e.kind === 'command' ? { ...e, cmd: asOurs(e.cmd) } : e));

const BIDI = 'abc\u202Edcba\u2066x\u2069\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u2067\u2068';
const HOSTILE: [string, string][] = [
  ['plain', 'checked 3, triggered 1'],
  ['percent', '100% of 50%25 %0A %0D %3A %2C'],
  ['carriage return', 'a\rb'],
  ['newline', 'a\nb'],
  ['CRLF and trailing newline', 'a\r\nb\n'],
  ['double colon', 'a::b::c'],
  ['comma and colon', 'k=v, x:y, a=b=c'],
  ['stop-commands', '::stop-commands::x'],
  ['forged warning', '::warning::forged'],
  ['forged error after whitespace', '  \t::error file=a.ts,line=1::forged'],
  ['forged command on a later line', 'fine\n::add-mask::oops\r::set-output name=x::y'],
  ['legacy ##[error]', '##[error]x'],
  ['legacy ##[warning] mid-line', 'entry training-metrics/##[warning]y.json'],
  ['escaped newline then command', '%0A::error::x'],
  ['zero-width before a command', '\u200B::notice::zw'],
  ['unicode', 'unicode ✓ 日本語 😀 é'],
  ['bidi controls', BIDI],
  ['bidi hiding a command', '\u202E::warning::rtl'],
  ['heredoc delimiter word', 'ghadelimiter_\nghadelimiter_00000000-0000-0000-0000-000000000000\nEOF'],
  ['empty', ''],
];

const AT = { title: '', file: 'src/dir name/a,b:c.ts', line: 12, col: 3 };

const marker = (i: number, part: 'commands' | 'info') => `--- case ${i} ${part} ---`;

/** Every call for each hostile string, one process per implementation; marker lines cut the log into cases. */
function callsFor(h: string, i: number): Call[] {
  return [
    { op: 'marker', text: marker(i, 'commands') },
    { op: 'debug', message: h },
    { op: 'notice', message: h, at: { ...AT, title: h } },
    { op: 'warning', message: h, at: { title: `metric-alerts: ${h}` } },
    { op: 'error', message: h, at: { file: h, line: 1 } },
    { op: 'error', message: h },
    { op: 'setSecret', value: h },
    { op: 'setOutput', name: `results-${i}`, value: h },
    { op: 'setOutput', name: 'plain', value: h, env: { GITHUB_OUTPUT: null } },
    { op: 'appendSummary', text: h },
    { op: 'getInput', name: 'hostile input', env: { INPUT_HOSTILE_INPUT: `  ${h}  ` } },
    { op: 'setFailed', message: h },
    { op: 'marker', text: marker(i, 'info') },
    { op: 'info', message: h },
  ];
}
const CALLS_PER_CASE = callsFor('', 0).filter((c) => c.op !== 'marker').length;

/** The log of case i: what its calls wrote before its info, and what its info wrote. */
function caseLog(stdout: string, i: number): [string, string] {
  const starts = [marker(i, 'commands'), marker(i, 'info'), marker(i + 1, 'commands')].map((m) =>
    stdout.indexOf(`${m}\n`),
  );
  const [a, b, c] = [starts[0]!, starts[1]!, starts[2]! < 0 ? stdout.length : starts[2]!];
  expect(a).toBeGreaterThanOrEqual(0);
  expect(b).toBeGreaterThan(a);
  return [stdout.slice(a + marker(i, 'commands').length + 1, b), stdout.slice(b + marker(i, 'info').length + 1, c)];
}

describe('runner.ts and @actions/core: what the runner sees', () => {
  let ours: Driven;
  let core: Driven;
  beforeAll(async () => {
    [ours, core] = await both(HOSTILE.flatMap(([, h], i) => callsFor(h, i)));
  }, SLOW);

  it('runs cleanly: setFailed fails the step in both; the summaries are the same bytes but bidi controls', () => {
    expect([ours.stderr, core.stderr]).toEqual(['', '']);
    expect([ours.code, core.code]).toEqual([1, 1]);
    expect(core.summary).toBe(HOSTILE.map(([, h]) => h).join(''));
    expect(ours.summary).toBe(stripBidi(core.summary)); // the one difference: no bidi controls
    expect(ours.results).toEqual(core.results);
    expect(parseOutputs(core.output)).toEqual(parseOutputs(ours.output));
    expect(ours.output).not.toBe(core.output); // the heredoc delimiters are random
  });

  it.each(HOSTILE.map(([name, h], i) => [name, h, i] as const))('%s', (_name, h, i) => {
    const [oursCommands, oursInfo] = caseLog(ours.stdout, i);
    const [coreCommands, coreInfo] = caseLog(core.stdout, i);

    // Commands: identical in meaning (but bidi controls in messages, titles and files).
    expect(parseLog(oursCommands)).toEqual(ourView(parseLog(coreCommands)));
    const seen = commandsOf(oursCommands);
    expect(seen.map((c) => c.command)).toEqual([
      'debug',
      'notice',
      'warning',
      'error',
      'error',
      'add-mask',
      'set-output',
      'error',
    ]);
    expect(seen.every((c) => c.syntax === 'v2' && !c.lenient)).toBe(true);
    expect(seen[1]!.properties).toEqual({
      ...(stripBidi(h) ? { title: stripBidi(h) } : {}),
      file: AT.file,
      line: '12',
      col: '3',
    });
    expect(seen[3]!.properties).toEqual({ ...(h ? { file: stripBidi(h) } : {}), line: '1' });
    expect(seen[5]!.data).toBe(h); // the mask is the secret exactly
    expect(seen[6]).toMatchObject({ properties: { name: 'plain' }, data: h });
    expect(seen[7]!.data).toBe(stripBidi(h));

    // Outputs: the same value through heredocs with different random delimiters; inputs read the same.
    const output = (d: Driven) => parseOutputs(d.output).filter((o) => o.name === `results-${i}`);
    expect(output(ours)).toEqual([{ name: `results-${i}`, value: h }]);
    expect(output(core)).toEqual(output(ours));
    const input = (d: Driven) => d.results[i * CALLS_PER_CASE + 9];
    expect(input(ours)).toEqual({ value: h.trim() });
    expect(input(core)).toEqual(input(ours));

    // info: never a command from us; the same bytes as @actions/core unless the text is hostile.
    expect(commandsOf(oursInfo)).toEqual([]);
    expect(oursInfo).toBe(`${safeLogText(h)}\n`);
    if (safeLogText(h) === h) expect(oursInfo).toBe(coreInfo);
    else expect(commandsOf(coreInfo).length > 0 || stripBidi(h) !== h).toBe(true);
  });

  it(
    'info: a line @actions/core would let stop every later command is plain text from runner.ts',
    async () => {
      const calls: Call[] = [
        { op: 'info', message: 'Read 1 metrics file(s): ::stop-commands::abc' },
        { op: 'info', message: '::stop-commands::abc' },
        { op: 'warning', message: 'a real warning' },
        { op: 'info', message: 'x ##[error]forged' },
      ];
      const [ours, core] = await both(calls);
      expect(commandsOf(core.stdout).map((c) => c.command)).toEqual(['stop-commands']);
      expect(parseLog(core.stdout).filter((e) => e.kind === 'text' && e.paused)).toHaveLength(2);
      expect(commandsOf(ours.stdout)).toEqual([
        { command: 'warning', properties: {}, data: 'a real warning', syntax: 'v2', lenient: false },
      ]);
      expect(ours.stdout).toBe(
        'Read 1 metrics file(s): ::stop-commands::abc\n\\::stop-commands::abc\n::warning::a real warning\nx ##\\[error]forged\n',
      );
    },
    SLOW,
  );

  it(
    'outputs of numbers and booleans, annotation positions of 0, and several outputs in one file',
    async () => {
      const calls: Call[] = [
        { op: 'setOutput', name: 'checked', value: 0 },
        { op: 'setOutput', name: 'fired', value: 12 },
        { op: 'setOutput', name: 'results-truncated', value: false },
        { op: 'setOutput', name: 'n', value: 1.5, env: { GITHUB_OUTPUT: null } },
        { op: 'warning', message: 'w', at: { file: 'a.ts', line: 0, col: 0 } },
        { op: 'notice', message: 'n', at: { title: 'T', line: 4 } },
      ];
      const [ours, core] = await both(calls);
      expect(parseLog(ours.stdout)).toEqual(parseLog(core.stdout));
      expect(commandsOf(ours.stdout).map((c) => [c.command, c.properties, c.data])).toEqual([
        ['set-output', { name: 'n' }, '1.5'],
        ['warning', { file: 'a.ts' }, 'w'],
        ['notice', { title: 'T', line: '4' }, 'n'],
      ]);
      expect(parseOutputs(ours.output)).toEqual([
        { name: 'checked', value: '0' },
        { name: 'fired', value: '12' },
        { name: 'results-truncated', value: 'false' },
      ]);
      expect(parseOutputs(core.output)).toEqual(parseOutputs(ours.output));
    },
    SLOW,
  );

  it(
    'documented differences: no GITHUB_STEP_SUMMARY, a GITHUB_OUTPUT file that does not exist yet',
    async () => {
      const calls = (missing: string): Call[] => [
        { op: 'appendSummary', text: '# x\n', env: { GITHUB_STEP_SUMMARY: null } },
        { op: 'setOutput', name: 'a', value: 'b', env: { GITHUB_OUTPUT: missing } },
      ];
      const missing = {
        ours: path.join(tempDir('conformance-'), 'not-yet'),
        core: path.join(tempDir('conformance-'), 'x'),
      };
      const [ours, core] = await Promise.all([drive('ours', calls(missing.ours)), drive('core', calls(missing.core))]);
      expect(ours.results).toEqual([{ value: null }, { value: null }]);
      expect(ours.summary).toBe('');
      expect(parseOutputs(readFileSync(missing.ours, 'utf8'))).toEqual([{ name: 'a', value: 'b' }]);
      expect(existsSync(missing.core)).toBe(false);
      expect(core.results[0]!.thrown).toMatch(/Unable to find environment variable for \$GITHUB_STEP_SUMMARY/);
      expect(core.results[1]!.thrown).toMatch(/Missing file at path/);
    },
    SLOW,
  );
});
