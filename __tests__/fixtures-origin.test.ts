// Every real-tool fixture under __tests__/fixtures/metrics/ says where it came from: its tool folder's ORIGIN.md has a
// table row naming the file (relative to the tool folder, in backticks, first cell), the repository (owner/name) and
// the commit (40 hex). A file written here by the real tool instead says `written by \`SCRIPT\`` where the repository
// goes, SCRIPT being the folder's script that ran the tool (it must be there, and is not itself a fixture), and names
// the tool versions (x.y) where the commit goes. A fixture without an origin, or a row naming a file that is not there,
// fails this test.
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const METRICS = path.resolve(import.meta.dirname, 'fixtures/metrics');
const NOT_FIXTURES = new Set(['README.md', 'ORIGIN.md', '.gitattributes']);
// ORIGIN.md rows: | `file` | owner/name | `path in that repository` | commit | trimming |
const REPO = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const COMMIT = /^[0-9a-f]{40}$/;
// ORIGIN.md rows of files the real tool wrote here: | `file` | written by `make.py` | `layout` | versions | binary |
const WRITTEN_BY = /^written by `([^`]+)`$/;
const VERSION = /\d+\.\d+/;

/** Files under `dir`, as paths relative to it with `/` separators, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(path.join(dir, entry.name), rel) : [rel];
    })
    .sort();
}

/** ORIGIN.md table rows (their cells, trimmed) keyed by the file named in backticks in their first cell. */
function originRows(originFile: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of readFileSync(originFile, 'utf8').split(/\r?\n/)) {
    const file = /^\|\s*`([^`]+)`\s*\|/.exec(line)?.[1];
    const cells = line.split('|').slice(1, -1);
    if (file)
      rows.set(
        file,
        cells.map((cell) => cell.trim()),
      );
  }
  return rows;
}

/** The scripts that wrote files of a folder (`written by \`make.py\``): code, not fixtures. */
function scriptsOf(rows: Map<string, string[]>): Set<string> {
  return new Set([...rows.values()].flatMap(([, source = '']) => WRITTEN_BY.exec(source)?.[1] ?? []));
}

/** What a complete row lacks: a repository and commit, or (for a file written here) its script and the versions. */
function rowLacks(cells: string[], files: readonly string[]): string[] {
  const [, source = '', , commitOrVersions = ''] = cells;
  const script = WRITTEN_BY.exec(source)?.[1];
  const lacks =
    script === undefined
      ? [REPO.test(source) ? '' : 'a repository owner/name', COMMIT.test(commitOrVersions) ? '' : 'a 40-hex commit']
      : [files.includes(script) ? '' : `its script ${script}`, VERSION.test(commitOrVersions) ? '' : 'the versions'];
  return lacks.filter(Boolean);
}

/** What is wrong with one tool folder: fixtures without a complete origin row, rows naming missing files. */
function toolProblems(root: string, tool: string): string[] {
  const all = listFiles(path.join(root, tool)).filter((f) => !NOT_FIXTURES.has(path.posix.basename(f)));
  const originFile = path.join(root, tool, 'ORIGIN.md');
  if (!existsSync(originFile)) return [`${tool}/ORIGIN.md is missing (it must list ${all.length} file(s))`];
  const rows = originRows(originFile);
  const scripts = scriptsOf(rows);
  const files = all.filter((f) => !scripts.has(f));
  const unlisted = files.filter((f) => !rows.has(f)).map((f) => `${tool}/${f}: no row in ${tool}/ORIGIN.md`);
  const incomplete = files
    .filter((f) => rows.has(f))
    .flatMap((f) => rowLacks(rows.get(f) ?? [], all).map((what) => `${tool}/${f}: its ORIGIN.md row lacks ${what}`));
  const stale = [...rows.keys()]
    .filter((f) => !files.includes(f))
    .map((f) => `${tool}/ORIGIN.md names ${f}, which is not there`);
  return [...unlisted, ...incomplete, ...stale];
}

/** Problems of a whole fixtures tree: every top-level folder is a tool; loose files (but README, .gitattributes) are refused. */
function originProblems(root: string): string[] {
  const entries = readdirSync(root, { withFileTypes: true });
  const loose = entries
    .filter((e) => !e.isDirectory() && !NOT_FIXTURES.has(e.name))
    .map((e) => `${e.name}: not inside a tool folder`);
  const tools = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  return [...loose, ...tools.sort().flatMap((tool) => toolProblems(root, tool))];
}

describe('real-tool metrics fixtures', () => {
  it('every fixture is listed in its tool folder ORIGIN.md with a repository and a 40-hex commit', () => {
    expect(originProblems(METRICS)).toEqual([]);
  });

  it('the tree holds fixtures of several tools, and the README names every tool folder', () => {
    const tools = readdirSync(METRICS, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(tools.length).toBeGreaterThanOrEqual(3);
    const readme = readFileSync(path.join(METRICS, 'README.md'), 'utf8');
    for (const tool of tools) {
      expect(listFiles(path.join(METRICS, tool.name)).length).toBeGreaterThan(1);
      expect(readme).toContain(`\`${tool.name}/\``);
    }
  });

  it('line ends are as the tool wrote them: CRLF exactly where ORIGIN.md says so, LF elsewhere (text files)', () => {
    const tools = readdirSync(METRICS, { withFileTypes: true }).filter((e) => e.isDirectory());
    const rows = tools.flatMap((tool) =>
      [...originRows(path.join(METRICS, tool.name, 'ORIGIN.md'))]
        .filter(([, cells]) => !/^binary\b/.test(cells[4] ?? '')) // an event file's bytes are not lines
        .map(([file, cells]) => ({ file: `${tool.name}/${file}`, crlf: (cells[4] ?? '').includes('CRLF') })),
    );
    expect(rows.filter((r) => r.crlf).length).toBeGreaterThan(0);
    for (const { file, crlf } of rows) {
      const text = readFileSync(path.join(METRICS, file), 'latin1');
      const found = {
        file,
        crlf: text.includes('\r\n'),
        bareLf: /(^|[^\r])\n/.test(text),
        bareCr: /\r(?!\n)/.test(text),
      };
      expect(found).toEqual({ file, crlf, bareLf: crlf ? false : found.bareLf, bareCr: false });
    }
  });

  it('the check names a fixture without an origin, a row without commit or repository (or script and versions), and a stale row', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'fixtures-origin-'));
    try {
      mkdirSync(path.join(root, 'tool/run'), { recursive: true });
      mkdirSync(path.join(root, 'other'));
      mkdirSync(path.join(root, 'made'));
      const files = ['tool/run/ok.csv', 'tool/run/unlisted.csv', 'tool/short.json', 'tool/norepo.json', 'loose.json'];
      for (const f of [...files, 'made/make.py', 'made/ok.bin', 'made/noversions.bin', 'made/noscript.bin'])
        writeFileSync(path.join(root, f), '{}\n');
      writeFileSync(path.join(root, 'other/metrics.json'), '{}\n');
      writeFileSync(
        path.join(root, 'tool/ORIGIN.md'),
        [
          '| file | repository | path | commit | trimming |',
          '| --- | --- | --- | --- | --- |',
          `| \`run/ok.csv\` | owner/repo | \`x/ok.csv\` | ${'a1'.repeat(20)} | none |`,
          '| `short.json` | owner/repo | `short.json` | a1b2c3d | none |',
          `| \`norepo.json\` | somewhere | \`norepo.json\` | ${'b2'.repeat(20)} | none |`,
          `| \`gone.csv\` | owner/repo | \`gone.csv\` | ${'c3'.repeat(20)} | none |`,
        ].join('\n'),
      );
      writeFileSync(
        path.join(root, 'made/ORIGIN.md'),
        [
          '| `ok.bin` | written by `make.py` | `ok.bin` | tool 1.2.3 | binary |',
          '| `noversions.bin` | written by `make.py` | `noversions.bin` | the newest | binary |',
          '| `noscript.bin` | written by `gone.py` | `noscript.bin` | tool 1.2.3 | binary |',
        ].join('\n'),
      );
      expect(originProblems(root)).toEqual([
        'loose.json: not inside a tool folder',
        'made/noscript.bin: its ORIGIN.md row lacks its script gone.py',
        'made/noversions.bin: its ORIGIN.md row lacks the versions',
        'other/ORIGIN.md is missing (it must list 1 file(s))',
        'tool/run/unlisted.csv: no row in tool/ORIGIN.md',
        'tool/norepo.json: its ORIGIN.md row lacks a repository owner/name',
        'tool/short.json: its ORIGIN.md row lacks a 40-hex commit',
        'tool/ORIGIN.md names gone.csv, which is not there',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
