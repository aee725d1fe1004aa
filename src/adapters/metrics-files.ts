// Finds metrics files from paths and globs, refuses oversized ones before reading them, reads them as text.
// Synchronous I/O: a short-lived process reads a few files in order (and loads no fs/promises at start-up).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { appendAll } from '../core/arrays.js';
import { MissingMetrics, overLimit, UserError, type Diagnostic } from '../core/diagnostics.js';
import { fsUserError, statFile, type PathContext } from './fs-errors.js';
import { GLOB_CHARS, pathGlobToRegExp } from '../core/glob.js';
import { MAX_METRICS_BYTES, type MetricsFile } from '../core/metrics/model.js';

/** "a.json, runs/*.jsonl\nmore/**\/*.json" -> patterns. */
export function splitPatterns(input: string): string[] {
  return input
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}

/**
 * The files of a directory that is itself metrics (SPEC §3): an MLflow store or any folder inside one (with its
 * experiment's meta.yaml, which names the experiment), or a folder of TensorBoard event files (one run). Undefined for
 * anything else, which is refused as a directory.
 */
function directoryOfRuns(full: string): string[] | undefined {
  let isDirectory = false;
  try {
    isDirectory = statSync(full).isDirectory();
  } catch {
    return undefined;
  }
  if (!isDirectory) return undefined;
  const parts = full.split(path.sep);
  const store = parts.lastIndexOf('mlruns');
  const files: string[] = [];
  if (store >= 0) {
    walk(full, files);
    const experimentMeta = parts.slice(0, store + 2).join(path.sep) + `${path.sep}meta.yaml`;
    if (parts.length > store + 2 && existsSync(experimentMeta) && !files.includes(experimentMeta))
      files.push(experimentMeta);
    return files.sort();
  }
  const events = readdirSync(full).filter((n) => n.startsWith('events.out.tfevents.'));
  return events.length > 0 ? events.sort().map((n) => path.join(full, n)) : undefined;
}

/** What a metrics path should be; a directory is not expanded: the message suggests the glob that reads it. */
function metricsPath(shown: string): PathContext {
  const dir = shown.replace(/[\\/]+$/, '') || '.';
  return {
    shown,
    expected: { noun: 'the metrics file', whenDirectory: `give a glob of its files, such as ${dir}/*.json` },
  };
}

/** Files matched by the patterns (relative to cwd), each once, in pattern order then name order. */
export async function findMetricsFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  const problems: Diagnostic[] = [];
  const unmatched: Diagnostic[] = [];
  for (const pattern of patterns) {
    const normal = pattern.replace(/\\/g, '/');
    if (!GLOB_CHARS.test(normal)) {
      const full = path.resolve(cwd, normal);
      const expanded = directoryOfRuns(full);
      if (expanded) {
        appendAll(found, expanded);
        continue;
      }
      const stat = statFile(full, metricsPath(pattern));
      if ('problem' in stat) problems.push(stat.problem);
      else found.push(full);
      continue;
    }
    const segments = normal.split('/');
    const staticPart: string[] = [];
    for (const s of segments) {
      if (GLOB_CHARS.test(s)) break;
      staticPart.push(s);
    }
    const base = path.resolve(cwd, staticPart.join('/') || '.');
    const re = pathGlobToRegExp(path.resolve(cwd, normal).replace(/\\/g, '/'));
    const all: string[] = [];
    walk(base, all);
    const matched = all.filter((f) => re.test(f.replace(/\\/g, '/'))).sort();
    if (matched.length === 0) unmatched.push({ file: pattern, message: 'no metrics file matches this pattern' });
    appendAll(found, matched);
  }
  if (problems.length > 0) throw new UserError([...problems, ...unmatched]);
  if (unmatched.length > 0) throw new MissingMetrics(unmatched);
  return [...new Set(found)];
}

/** Reads the files; one over the size limit is refused before it is read. */
export async function readMetricsFiles(
  files: readonly string[],
  cwd: string,
  limit = MAX_METRICS_BYTES,
): Promise<MetricsFile[]> {
  const out: MetricsFile[] = [];
  for (const f of files) {
    const name = path.relative(cwd, f) || f;
    const ctx = metricsPath(name);
    const stat = statFile(f, ctx);
    if ('problem' in stat) throw new UserError([stat.problem]);
    if (stat.stats.size > limit) {
      throw new UserError([{ file: name, message: overLimit('the metrics file', stat.stats.size, limit) }]);
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f);
    } catch (e) {
      throw fsUserError(e, ctx);
    }
    out.push({ file: name, bytes });
  }
  return out;
}
