// What ML tools actually write, through dist/index.js (SPEC §3): for each tool's real files (__tests__/fixtures/metrics,
// origins in each ORIGIN.md), the rule a user would write from looking at the file reads the value the file holds,
// computed here from the file itself, and the alert fires or stays quiet accordingly.
import { describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { eventFile, value } from '../helpers/tfevents-writer.js';
import { runAction, tempDir, writeFiles } from '../helpers/run-action.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/metrics');
const fixture = (p: string) => readFileSync(path.join(FIXTURES, p), 'utf8');
const json = (p: string) => JSON.parse(fixture(p)) as Record<string, unknown>;
const dig = (o: unknown, ...keys: string[]) => keys.reduce((v, k) => (v as Record<string, unknown>)[k], o) as number;
const last = (list: number[]) => list[list.length - 1]!;

/** The last value present in a column of a simple (unquoted) CSV or TSV fixture, read here independently. */
function lastInColumn(p: string, column: string): number {
  const delimiter = p.endsWith('.tsv') ? '\t' : ',';
  const rows = fixture(p)
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => l.split(delimiter).map((c) => c.trim()));
  const at = rows[0]!.indexOf(column);
  const values = rows
    .slice(1)
    .map((r) => r[at] ?? '')
    .filter((c) => c !== '');
  return Number(values[values.length - 1]);
}

/** The rmse of the MLflow fixture's run that started last, read from its files. */
function latestRmse(): number {
  const runs = ['0d8653353e3e43beb89442a8bca1a94d', 'c4e130d6e2f84b70acaf2c6f1127da26'].map((id) => {
    const dir = `mlflow/mlflow-store/mlruns/0/${id}`;
    const start = Number(/start_time: (\d+)/.exec(fixture(`${dir}/meta.yaml`))![1]);
    const lines = fixture(`${dir}/metrics/rmse`).trim().split('\n');
    return { start, rmse: Number(lines[lines.length - 1]!.split(' ')[1]) };
  });
  return runs.sort((a, b) => a.start - b.start).at(-1)!.rmse;
}

interface Case {
  /** The fixture folder, copied into the workspace. */
  folder: string;
  /** The `metrics` input, as a user would write it. */
  metrics: string;
  /** The metric path a user would write in alerts.yml. */
  metric: string;
  /** The value the file holds, computed from the file. */
  expected: () => number;
}

const CASES: Record<string, Case> = {
  'Hugging Face Trainer output folder (files of one run merge)': {
    folder: 'hf-trainer',
    metrics: 'output/*.json',
    metric: 'eval_loss',
    expected: () => dig(json('hf-trainer/output/eval_results.json'), 'eval_loss'),
  },
  'Hugging Face trainer_state.json step history': {
    folder: 'hf-trainer',
    metrics: 'output/trainer_state.json',
    metric: 'log_history.loss',
    expected: () => {
      const history = json('hf-trainer/output/trainer_state.json').log_history as Record<string, number>[];
      return last(history.filter((h) => typeof h.loss === 'number').map((h) => h.loss!));
    },
  },
  'W&B summary': {
    folder: 'wandb',
    metrics: 'spaceinvaders/wandb/wandb-summary.json',
    metric: 'cumulative_avg_reward',
    expected: () => dig(json('wandb/spaceinvaders/wandb/wandb-summary.json'), 'cumulative_avg_reward'),
  },
  'W&B history (steps of one run)': {
    folder: 'wandb',
    metrics: 'spaceinvaders/wandb-history.jsonl',
    metric: 'episodic_reward',
    expected: () => {
      const steps = fixture('wandb/spaceinvaders/wandb-history.jsonl')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      return last(steps.filter((s) => typeof s.episodic_reward === 'number').map((s) => s.episodic_reward as number));
    },
  },
  "DVCLive's Ultralytics metrics.json (a top-level metrics group)": {
    folder: 'dvc',
    metrics: 'dvclive-ultralytics/dvclive/metrics.json',
    metric: 'metrics.mAP50-95(B)',
    expected: () => dig(json('dvc/dvclive-ultralytics/dvclive/metrics.json'), 'metrics', 'mAP50-95(B)'),
  },
  'DVC metrics.yaml': {
    folder: 'dvc',
    metrics: 'pipeline/metrics.yaml',
    metric: 'per_class.Iris-setosa.f1-score',
    expected: () => dig(parseYaml(fixture('dvc/pipeline/metrics.yaml')), 'per_class', 'Iris-setosa', 'f1-score'),
  },
  'Keras history.json': {
    folder: 'keras',
    metrics: 'history.json',
    metric: 'val_accuracy',
    expected: () => last(json('keras/history.json').val_accuracy as number[]),
  },
  'lm-evaluation-harness results (a key with a comma)': {
    folder: 'lm-eval',
    metrics: 'output/**/results_*.json',
    metric: 'results.mmlu_abstract_algebra.acc,none',
    expected: () =>
      dig(
        json(
          'lm-eval/output/__home__cs29824__matthew__lm-evaluation-harness__examples__dog_steer.csv/results_2025-01-21T00-40-03.356274.json',
        ),
        'results',
        'mmlu_abstract_algebra',
        'acc,none',
      ),
  },
  'Ultralytics results.csv': {
    folder: 'ultralytics',
    metrics: 'yolov8/runs/detect/train/results.csv',
    metric: 'metrics/mAP50-95(B)',
    expected: () => lastInColumn('ultralytics/yolov8/runs/detect/train/results.csv', 'metrics/mAP50-95(B)'),
  },
  'Ultralytics results.csv of 8.0.x (header names padded)': {
    folder: 'ultralytics',
    metrics: 'yolov8-padded-header/runs/detect/train/results.csv',
    metric: 'metrics/mAP50-95(B)',
    expected: () =>
      lastInColumn('ultralytics/yolov8-padded-header/runs/detect/train/results.csv', 'metrics/mAP50-95(B)'),
  },
  'Lightning CSVLogger metrics.csv (sparse rows)': {
    folder: 'lightning',
    metrics: 'train-val/lightning_logs/version_0/metrics.csv',
    metric: 'val_loss',
    expected: () => lastInColumn('lightning/train-val/lightning_logs/version_0/metrics.csv', 'val_loss'),
  },
  'Lightning CSVLogger metrics.csv (names with spaces)': {
    folder: 'lightning',
    metrics: 'test-train-valid/lightning_logs/version_0/metrics.csv',
    metric: 'Valid MSE',
    expected: () => lastInColumn('lightning/test-train-valid/lightning_logs/version_0/metrics.csv', 'Valid MSE'),
  },
  'sentence-transformers evaluator CSV': {
    folder: 'sentence-transformers',
    metrics: 'eval/*.csv',
    metric: 'cosine_spearman',
    expected: () =>
      lastInColumn('sentence-transformers/eval/similarity_evaluation_sts-dev_results.csv', 'cosine_spearman'),
  },
  'OpenAI baselines progress.csv': {
    folder: 'openai-baselines',
    metrics: 'progress.csv',
    metric: 'test/success_rate',
    expected: () => lastInColumn('openai-baselines/progress.csv', 'test/success_rate'),
  },
  'DVCLive plots TSV': {
    folder: 'dvc',
    metrics: 'dvclive-ultralytics/dvclive/plots/metrics/metrics/*.tsv',
    metric: 'mAP50-95(B)',
    expected: () =>
      lastInColumn('dvc/dvclive-ultralytics/dvclive/plots/metrics/metrics/mAP50-95(B).tsv', 'mAP50-95(B)'),
  },
  "TensorBoard's CSV export (one metric, named after the file)": {
    folder: 'tensorboard',
    metrics: 'run-.-tag-loss.csv',
    metric: 'run-.-tag-loss',
    expected: () => lastInColumn('tensorboard/run-.-tag-loss.csv', 'Value'),
  },
  'MLflow file store (the latest run of the experiment)': {
    folder: 'mlflow',
    metrics: 'mlflow-store/mlruns/**',
    metric: 'rmse',
    expected: () => latestRmse(),
  },
  'MLflow file store given as its directory': {
    folder: 'mlflow',
    metrics: 'mlflow-store/mlruns',
    metric: 'rmse',
    expected: () => latestRmse(),
  },
  "TensorBoard's JSON export": {
    folder: 'tensorboard',
    metrics: 'run-.-tag-loss.json',
    metric: 'run-.-tag-loss',
    expected: () => {
      const rows = JSON.parse(fixture('tensorboard/run-.-tag-loss.json')) as number[][];
      return [...rows].sort((a, b) => a[1]! - b[1]!).at(-1)![2]!;
    },
  },
};

/** Two rules on the metric: one the value breaches (>= it), one it does not (< it). */
const rules = (metric: string) => `version: 1
alerts:
  - name: breached
    metric: ${JSON.stringify(metric)}
    op: ">="
    threshold: THRESHOLD
  - name: quiet
    metric: ${JSON.stringify(metric)}
    op: "<"
    threshold: THRESHOLD
`;

describe('metrics as ML tools write them, through dist/index.js', () => {
  it.each(Object.entries(CASES))('%s', async (_name, c) => {
    const ws = tempDir();
    cpSync(path.join(FIXTURES, c.folder), ws, { recursive: true });
    const expected = c.expected();
    expect(Number.isFinite(expected)).toBe(true);
    writeFiles(ws, { 'alerts.yml': rules(c.metric).replaceAll('THRESHOLD', String(expected)) });
    const r = await runAction({ workspace: ws, inputs: { metrics: c.metrics, history: 'none' } });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const results = JSON.parse(r.outputs.results!) as { alert: string; value: number; state: string }[];
    const by = Object.fromEntries(results.map((x) => [x.alert, x]));
    expect(by.breached).toMatchObject({ value: expected, state: 'firing' });
    expect(by.quiet).toMatchObject({ value: expected, state: 'ok' });
    expect(r.stdout).not.toContain('is missing');
  });

  describe('TensorBoard event files written by the real tools (tensorboard-real/, made by its make.py)', () => {
    /** What make.py gave the writers: per writer, its run folder and the last value of each scalar tag. */
    const written = json('tensorboard-real/expected.json') as Record<
      string,
      { dir: string; last: Record<string, number> }
    >;
    type Result = { alert: string; run: string; value?: number; state: string };

    /** One rule per tag the writer was given (`>=` its last value: fires reading exactly it), plus `extra`. */
    const rulesFor = (last: Record<string, number>, extra: string) =>
      'version: 1\nalerts:\n' +
      Object.entries(last)
        .map(([tag, v], i) => `  - {name: tag-${i}, metric: ${JSON.stringify(tag)}, op: ">=", threshold: ${v}}\n`)
        .join('') +
      extra;

    /** Runs dist on the writer's folder with `metrics`; checks every tag read its given value; results by alert. */
    async function check(ctx: { tool: string; metrics: string; extra: string }) {
      const { dir, last } = written[ctx.tool]!;
      const ws = tempDir();
      cpSync(path.join(FIXTURES, 'tensorboard-real', ctx.tool), ws, { recursive: true });
      writeFiles(ws, { 'alerts.yml': rulesFor(last, ctx.extra) });
      const r = await runAction({ workspace: ws, inputs: { metrics: ctx.metrics, history: 'none' } });
      expect([ctx.metrics, r.code, r.stderr]).toEqual([ctx.metrics, 0, '']);
      const by = Object.fromEntries((JSON.parse(r.outputs.results!) as Result[]).map((x) => [x.alert, x]));
      Object.values(last).forEach((v, i) =>
        expect([ctx.metrics, by[`tag-${i}`]]).toEqual([
          ctx.metrics,
          expect.objectContaining({ run: path.basename(dir), value: v, state: 'firing' }),
        ]),
      );
      return { by, stdout: r.stdout };
    }

    it.each(['lightning_logs/version_0', 'lightning_logs/**/events.out.tfevents.*'])(
      "Lightning's TensorBoardLogger run given as %s: val_acc < X fires above the logged value, quiet at it",
      async (metrics) => {
        const acc = written.lightning!.last.val_acc!;
        expect(Number.isFinite(acc)).toBe(true);
        const extra =
          `  - {name: acc-low, metric: val_acc, op: "<", threshold: ${acc + 0.05}}\n` +
          `  - {name: acc-ok, metric: val_acc, op: "<", threshold: ${acc}}\n`;
        const { by } = await check({ tool: 'lightning', metrics, extra });
        expect(by['acc-low']).toMatchObject({ run: 'version_0', value: acc, state: 'firing' });
        expect(by['acc-ok']).toMatchObject({ run: 'version_0', value: acc, state: 'ok' });
      },
    );

    it("PyTorch's SummaryWriter (as HF's TensorBoardCallback): eval/accuracy and a new-style scalar; text and histogram are no metrics", async () => {
      const { dir, last } = written.summarywriter!;
      const accuracy = last['eval/accuracy']!;
      expect(Object.keys(last)).toEqual(['eval/loss', 'eval/accuracy', 'train/learning_rate']);
      const extra =
        `  - {name: acc-low, metric: eval/accuracy, op: "<", threshold: ${accuracy + 0.05}}\n` +
        `  - {name: acc-ok, metric: eval/accuracy, op: "<", threshold: ${accuracy}}\n` +
        '  - {name: histogram, metric: weights, op: ">", threshold: 0}\n';
      for (const metrics of [dir, 'runs/**/events.out.tfevents.*']) {
        const { by, stdout } = await check({ tool: 'summarywriter', metrics, extra });
        expect(by['acc-low']).toMatchObject({ value: accuracy, state: 'firing' });
        expect(by['acc-ok']).toMatchObject({ value: accuracy, state: 'ok' });
        expect(by.histogram).toMatchObject({ value: null, state: 'no data' });
        expect(stdout).toContain(`weights is missing in run ${path.basename(dir)}`);
      }
    });
  });

  it('TensorBoard event files: the files of one directory are one run, named after it', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'alerts.yml': 'version: 1\nalerts:\n  - {name: loss-high, metric: val/loss, op: ">", threshold: 1.2}\n',
    });
    const dir = path.join(ws, 'lightning_logs/version_3');
    const first = eventFile([
      { wallTime: 1_700_000_000, step: 0, values: [value.simple('val/loss', 3)] },
      { wallTime: 1_700_000_010, step: 1, values: [value.simple('val/loss', 2)] },
    ]);
    const resumed = eventFile([{ wallTime: 1_700_001_000, step: 2, values: [value.simple('val/loss', 1.5)] }]);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'events.out.tfevents.1700000000.host.1.0'), first);
    writeFileSync(path.join(dir, 'events.out.tfevents.1700001000.host.2.0'), resumed);
    for (const metrics of ['lightning_logs/**/events.out.tfevents.*', 'lightning_logs/version_3']) {
      const r = await runAction({ workspace: ws, inputs: { metrics, history: 'none' } });
      expect([metrics, r.code, r.stderr]).toEqual([metrics, 0, '']);
      const [result] = JSON.parse(r.outputs.results!) as { run: string; value: number; state: string }[];
      expect(result).toMatchObject({ run: 'version_3', value: 1.5, state: 'firing' });
    }
  });

  it.each([
    [
      'a CSV row with more cells than its header',
      'bad.csv',
      'epoch,loss\n0,0.5\n1,0.4,9\n',
      /^::error file=bad\.csv,line=3,col=\d+::bad\.csv:3:\d+: /m,
    ],
    ['a binary file named .csv', 'bad.csv', 'epoch,loss\n\u0000\u0001\n', /bad\.csv.*a binary file, not CSV/],
    ['a CSV with no header row', 'bad.csv', '1,2\n3,4\n', /bad\.csv.*a CSV file needs a header row/],
    ['YAML with no mapping', 'bad.yaml', '- 1\n- 2\n', /bad\.yaml: YAML with no mapping at the top/],
  ])('refuses %s: exit 1, named, nothing written', async (_name, file, text, message) => {
    const ws = tempDir();
    writeFiles(ws, {
      'alerts.yml': 'version: 1\nalerts:\n  - {name: a, metric: loss, op: ">", threshold: 1}\n',
      [file]: text,
    });
    const r = await runAction({ workspace: ws, inputs: { metrics: file, history: 'file' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(ws, 'alerts-history.json'))).toBe(false);
  });

  it('refuses a damaged TensorBoard event file naming the record and byte, nothing written', async () => {
    const ws = tempDir();
    const events = Buffer.from(eventFile([{ wallTime: 1_700_000_000, step: 0, values: [value.simple('loss', 2)] }]));
    events[events.length - 2] = events[events.length - 2]! ^ 0xff; // inside the data CRC
    mkdirSync(path.join(ws, 'tb'), { recursive: true });
    writeFileSync(path.join(ws, 'tb/events.out.tfevents.1.host'), events);
    writeFiles(ws, { 'alerts.yml': 'version: 1\nalerts:\n  - {name: a, metric: loss, op: ">", threshold: 1}\n' });
    const damaged = await runAction({ workspace: ws, inputs: { metrics: 'tb/events.*', history: 'file' } });
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toMatch(
      /tb\/events\.out\.tfevents\.1\.host: record 2 at byte 40: data CRC mismatch \(damaged file\?\)/,
    );
    expect(existsSync(path.join(ws, 'alerts-history.json'))).toBe(false);
  });
});
