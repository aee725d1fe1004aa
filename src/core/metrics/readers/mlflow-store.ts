// MLflow's file store (SPEC §3 format 8): a `mlruns/` tree read as a whole. One run per run directory
// (`mlruns/<experiment id>/<run id>/meta.yaml`); the experiment's name from `mlruns/<experiment id>/meta.yaml`; run id,
// start time and status from the run's `meta.yaml`; metrics from `metrics/KEY` files (`timestamp value step` lines) as
// series over the steps, nested keys keeping their `/`. Artifacts, params and tags are not read.
import { UserError, type Diagnostic } from '../../diagnostics.js';
import { defineOwn } from '../../records.js';
import { yamlMapping } from './yaml.js';
import { own, setTime, textOf, type MetricsFile, type MetricsReader, type RunDraft } from '../model.js';

/** The file store's run statuses (mlflow.entities.RunStatus), as its meta.yaml holds them. */
const STATUS: Record<number, string> = { 1: 'RUNNING', 2: 'SCHEDULED', 3: 'FINISHED', 4: 'FAILED', 5: 'KILLED' };

/** Where a file sits in the store: `<root>/mlruns/<experiment>/<run>/<rest>`, run and rest absent for the experiment. */
interface Place {
  root: string;
  experiment: string;
  run?: string;
  rest?: string;
}

/** The path up to and including the `mlruns` folder, or undefined outside a store. */
export function storeRootOf(file: string): string | undefined {
  const parts = file.split('/');
  const i = parts.lastIndexOf('mlruns');
  return i >= 0 && i < parts.length - 1 ? parts.slice(0, i + 1).join('/') : undefined;
}

function placeOf(file: string): Place | undefined {
  const root = storeRootOf(file);
  if (root === undefined) return undefined;
  const [experiment, run, ...rest] = file.slice(root.length + 1).split('/');
  // `.trash` holds deleted runs: not read.
  if (!experiment || experiment.startsWith('.') || run === undefined) return undefined;
  if (rest.length === 0) return run === 'meta.yaml' ? { root, experiment } : undefined;
  return { root, experiment, run, rest: rest.join('/') };
}

function yamlOf(f: MetricsFile): Record<string, unknown> {
  return yamlMapping(f, { noun: "the MLflow store's meta.yaml", expected: "a run's or an experiment's fields" });
}

/** A metric file: `timestamp value step` per line, as a series ordered by step (then time). */
function seriesOf(f: MetricsFile): number[] {
  const points: { t: number; v: number; step: number }[] = [];
  textOf(f)
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const [t, v, step] = line.trim().split(/\s+/);
      const value = Number(v);
      if (t === undefined || v === undefined || (Number.isNaN(value) && !/^nan$/i.test(v)))
        throw new UserError([
          {
            file: f.file,
            line: i + 1,
            col: 1,
            message: `an MLflow metric line is "timestamp value step"; found "${line.trim().slice(0, 60)}"`,
          },
        ]);
      points.push({ t: Number(t), v: value, step: Number(step ?? 0) });
    });
  points.sort((a, b) => a.step - b.step || a.t - b.t);
  return points.map((p) => p.v);
}

interface RunFiles {
  meta?: MetricsFile;
  metrics: { key: string; file: MetricsFile }[];
}

function group(files: readonly MetricsFile[]) {
  const experiments = new Map<string, MetricsFile>();
  const runs = new Map<string, RunFiles & { experiment: string; dir: string }>();
  for (const f of files) {
    const place = placeOf(f.file);
    if (!place) continue;
    if (place.run === undefined) {
      experiments.set(place.experiment, f);
      continue;
    }
    const key = `${place.experiment}/${place.run}`;
    const run = runs.get(key) ?? { experiment: place.experiment, dir: `${place.root}/${key}`, metrics: [] };
    if (place.rest === 'meta.yaml') run.meta = f;
    else if (place.rest!.startsWith('metrics/'))
      run.metrics.push({ key: place.rest!.slice('metrics/'.length), file: f });
    runs.set(key, run);
  }
  return { experiments, runs };
}

function readStore(files: readonly MetricsFile[], warnings: Diagnostic[]): RunDraft[] {
  const { experiments, runs } = group(files);
  const names = new Map<string, string>();
  for (const [id, f] of experiments) {
    const name = own(yamlOf(f), 'name');
    if (typeof name === 'string' && name !== '') names.set(id, name);
  }
  const drafts: RunDraft[] = [];
  for (const run of runs.values()) {
    if (!run.meta) continue; // not a run directory (a deleted run's leftovers, or a folder of the experiment)
    const meta = yamlOf(run.meta);
    const metrics: Record<string, unknown> = {};
    for (const m of run.metrics) defineOwn(metrics, m.key, seriesOf(m.file));
    const id = own(meta, 'run_id') ?? own(meta, 'run_uuid');
    const draft: RunDraft = {
      experiment: names.get(run.experiment) ?? run.experiment,
      id: typeof id === 'string' && id !== '' ? id : run.dir.slice(run.dir.lastIndexOf('/') + 1),
      metrics,
      source: run.dir,
    };
    const start = own(meta, 'start_time');
    if (typeof start === 'number') setTime(draft, start, run.meta.file, warnings);
    const status = own(meta, 'status');
    if (typeof status === 'number' && STATUS[status]) draft.status = STATUS[status];
    else if (typeof status === 'string') draft.status = status;
    drafts.push(draft);
  }
  return drafts;
}

export const mlflowStoreReader: MetricsReader = {
  read: (f, warnings) => readStore([f], warnings),
  groupOf: (file) => storeRootOf(file) ?? file,
  readGroup: readStore,
};
