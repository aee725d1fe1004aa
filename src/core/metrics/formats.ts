// Which reader reads a metrics file (SPEC §3): each format claims files by name and content, in the order below; a
// file no format claims goes to the JSON reader, which reads it or refuses it saying what it looks like. A format's
// reader is loaded only when a file of that format is met (JSON, the common case, is part of the main bundle).
import { jsonReader } from './readers/json.js';
import { startsWithTfRecord } from '../crc32c.js';
import { headOf, type MetricsFile, type MetricsReader } from './model.js';

export interface MetricsFormat {
  name: string;
  /** Whether this format reads the file (from its name, else from its first bytes). */
  claims(f: MetricsFile): boolean;
  load(): Promise<MetricsReader>;
}

/** Every format but JSON, tried in order. A new format is one module and one entry here. */
export const FORMATS: readonly MetricsFormat[] = [
  {
    name: 'MLflow file store',
    claims: (f) => /(^|\/)mlruns\/[^/]+\//.test(f.file),
    load: async () => (await import('./readers/mlflow-store.js')).mlflowStoreReader,
  },
  {
    name: 'TensorBoard events',
    claims: (f) =>
      /(^|\/)events\.out\.tfevents\.[^/]*$/.test(f.file) || (unnamed(f) && startsWithTfRecord(headOf(f, 12))),
    load: async () => (await import('./readers/tfevents.js')).tfEventsReader,
  },
  {
    name: 'CSV',
    claims: (f) => /\.(csv|tsv)$/i.test(f.file) || (unnamed(f) && looksLikeCsv(f)),
    load: async () => (await import('./readers/csv.js')).csvReader,
  },
  {
    name: 'YAML',
    claims: (f) => /\.ya?ml$/i.test(f.file),
    load: async () => (await import('./readers/yaml.js')).yamlReader,
  },
];

/** A name that does not say the format (`progress`, `metrics.txt`, `results.log`): the content decides. */
function unnamed(f: MetricsFile): boolean {
  return !/\.(json|jsonl|ndjson|ya?ml|csv|tsv)$/i.test(f.file);
}

/** A header row with commas or tabs and a second line, not JSON. */
function looksLikeCsv(f: MetricsFile): boolean {
  const head = Buffer.from(headOf(f, 4096))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const [first, second] = head.split(/\r?\n/, 2);
  return !!first && second !== undefined && /[,\t]/.test(first) && !/^\s*[[{]/.test(first);
}

const JSON_FORMAT: MetricsFormat = { name: 'json', claims: () => true, load: async () => jsonReader };

export function formatOf(f: MetricsFile): MetricsFormat {
  return FORMATS.find((format) => format.claims(f)) ?? JSON_FORMAT;
}

/** The reader of each file's format, each format's module loaded once. */
export async function readersFor(files: readonly MetricsFile[]): Promise<MetricsReader[]> {
  const loaded = new Map<MetricsFormat, Promise<MetricsReader>>();
  return Promise.all(
    files.map((f) => {
      const format = formatOf(f);
      const reader = loaded.get(format) ?? format.load();
      loaded.set(format, reader);
      return reader;
    }),
  );
}
