// Metrics files inside a downloaded artifact archive: the ones `metrics` matches (default: every JSON/JSONL/NDJSON file).
import { MissingMetrics, type Diagnostic } from '../diagnostics.js';
import { GLOB_CHARS, pathGlobToRegExp } from '../glob.js';
import { listZip, readZipEntry } from '../zip.js';
import { MAX_METRICS_BYTES, type MetricsFile } from './model.js';

export const DEFAULT_ARTIFACT_PATTERNS = ['**/*.json', '**/*.jsonl', '**/*.ndjson'] as const;

/**
 * Reads the matched files of the archive as text. `label` names the artifact in diagnostics ("NAME"); each file is
 * reported as `NAME/path/in/archive`. Every pattern must match something (a typo is not silent).
 */
export function metricsFromArchive(
  zip: Uint8Array,
  patterns: readonly string[],
  label: string,
  limit = MAX_METRICS_BYTES,
): MetricsFile[] {
  const entries = listZip(zip, label);
  const wanted = patterns.length > 0 ? patterns : DEFAULT_ARTIFACT_PATTERNS;
  const chosen = new Set<(typeof entries)[number]>();
  const problems: Diagnostic[] = [];
  for (const pattern of wanted) {
    const normal = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
    const matched = GLOB_CHARS.test(normal)
      ? entries.filter((e) => pathGlobToRegExp(normal).test(e.name))
      : entries.filter((e) => e.name === normal);
    if (matched.length === 0 && patterns.length > 0)
      problems.push({
        file: label,
        message: `no file in the artifact matches "${pattern}"; it holds ${holds(entries)}`,
      });
    for (const e of matched) chosen.add(e);
  }
  if (problems.length > 0) throw new MissingMetrics(problems);
  if (chosen.size === 0)
    throw new MissingMetrics([
      {
        file: label,
        message: `the artifact holds no .json, .jsonl or .ndjson file (it holds ${holds(entries)}); name the files with the metrics input`,
      },
    ]);
  return [...chosen]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => ({ file: `${label}/${e.name}`, bytes: readZipEntry(zip, e, label, limit) }));
}

function holds(entries: readonly { name: string }[]): string {
  if (entries.length === 0) return 'no files';
  const shown = entries.slice(0, 10).map((e) => JSON.stringify(e.name));
  return `${entries.length} file(s): ${shown.join(', ')}${entries.length > 10 ? ', …' : ''}`;
}
