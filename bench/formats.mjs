// Inputs for the formats of issue 13 at the size of the scale scenario (~13 MB), and each doubled: an Ultralytics-like
// results.csv, a directory of TensorBoard event files, and an MLflow file store. Deterministic. Run by bench/run.mjs as
// `node bench/formats.mjs DIR` (Node 24: the TensorBoard writer is the tests' own TypeScript, its types stripped).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const value = (i, j) => ((i * 7919 + j * 104729) % 1000) / 1000;
const TAGS = Array.from({ length: 10 }, (_, j) => `metrics/m${j}`);
const rules = (metrics) =>
  `version: 1\nalerts:\n${metrics.map((m, j) => `  - name: a${j}\n    metric: ${JSON.stringify(m)}\n    op: "<"\n    threshold: 0.5\n`).join('')}`;

/** results.csv: 15 columns (epoch and 14 metrics), `rows` rows. */
function csvInputs(dir, rows) {
  mkdirSync(dir, { recursive: true });
  const columns = ['epoch', ...Array.from({ length: 14 }, (_, j) => `metrics/m${j}`)];
  const lines = [columns.join(',')];
  for (let i = 0; i < rows; i++) lines.push([i, ...columns.slice(1).map((_, j) => value(i, j).toFixed(5))].join(','));
  writeFileSync(path.join(dir, 'results.csv'), lines.join('\n') + '\n');
  writeFileSync(path.join(dir, 'alerts.yml'), rules(TAGS));
  return dir;
}

/** lightning_logs/version_0: `files` event files of `events` events, each with 10 scalars. */
function tfeventsInputs(dir, files, events, writer) {
  const logs = path.join(dir, 'lightning_logs', 'version_0');
  mkdirSync(logs, { recursive: true });
  for (let f = 0; f < files; f++) {
    const list = Array.from({ length: events }, (_, e) => ({
      wallTime: 1_700_000_000 + f * events + e,
      step: f * events + e,
      values: TAGS.map((t, j) => writer.value.simple(t, value(e, j))),
    }));
    writeFileSync(path.join(logs, `events.out.tfevents.${1_700_000_000 + f}.bench.${f}.0`), writer.eventFile(list));
  }
  writeFileSync(path.join(dir, 'alerts.yml'), rules(TAGS));
  return dir;
}

/** mlruns/0: `runs` run directories, each with 10 metric files of `steps` lines. */
function mlflowInputs(dir, runs, steps) {
  const exp = path.join(dir, 'mlruns', '0');
  mkdirSync(exp, { recursive: true });
  writeFileSync(path.join(exp, 'meta.yaml'), "experiment_id: '0'\nname: bench\n");
  for (let r = 0; r < runs; r++) {
    const id = `run${String(r).padStart(6, '0')}`;
    mkdirSync(path.join(exp, id, 'metrics'), { recursive: true });
    writeFileSync(
      path.join(exp, id, 'meta.yaml'),
      `run_id: ${id}\nrun_uuid: ${id}\nexperiment_id: '0'\nstatus: 3\nstart_time: ${1_700_000_000_000 + r}\n`,
    );
    for (let j = 0; j < 10; j++) {
      const lines = Array.from({ length: steps }, (_, s) => `${1_700_000_000_000 + s} ${value(r + s, j)} ${s}`);
      writeFileSync(path.join(exp, id, 'metrics', `m${j}`), lines.join('\n') + '\n');
    }
  }
  writeFileSync(path.join(dir, 'alerts.yml'), rules(Array.from({ length: 10 }, (_, j) => `m${j}`)));
  return dir;
}

const dir = process.argv[2];
if (dir) {
  const writer = await import('../__tests__/helpers/tfevents-writer.ts');
  csvInputs(path.join(dir, 'csv-1'), 110_000);
  csvInputs(path.join(dir, 'csv-2'), 220_000);
  tfeventsInputs(path.join(dir, 'tf-1'), 2, 28_000, writer);
  tfeventsInputs(path.join(dir, 'tf-2'), 4, 28_000, writer);
  mlflowInputs(path.join(dir, 'ml-1'), 200, 250);
  mlflowInputs(path.join(dir, 'ml-2'), 400, 250);
}
