// npm run bench: the performance targets of issue 6, measured side by side in one run on this machine.
// Builds deterministic inputs in a temp folder, runs dist/index.js as the runner does (INPUT_*, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH), interleaves the scenarios round by round so drift hits them alike, and
// prints each one's median, min, max, ratio to bare `node -e ''` from the same rounds, and peak RSS.
// Not a test: nothing in the test suite asserts a time. Options: BENCH_ROUNDS=15, BENCH_SCALE_ROUNDS=3, BENCH_ONLY=a,b,
// BENCH_KEEP=1 (keep the inputs, e.g. to profile one scenario with node --cpu-prof).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const ACTION = path.join(ROOT, 'dist/index.js');
const CLI = path.join(ROOT, 'dist/cli/index.js');
const RSS_PROBE = path.join(import.meta.dirname, 'rss-probe.mjs');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const SCALE_ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 3);
const ONLY = process.env.BENCH_ONLY?.split(',');
const node = process.execPath;
const dir = mkdtempSync(path.join(tmpdir(), 'metric-alerts-bench-'));
const T0 = Date.parse('2026-01-01T00:00:00Z');
const HOUR = 3_600_000;

// ---- inputs ------------------------------------------------------------------------------------------------------
const pad = (n, w = 2) => String(n).padStart(w, '0');
/** A deterministic value in [0.9, 1): every metric of every run differs, none breaches "< 0.5". */
const value = (e, r, m) => 0.9 + ((e * 7919 + r * 104729 + m * 1299709) % 1000) / 10000;

function metricsOf(e, r, count) {
  const metrics = {};
  for (let m = 0; m < count; m++) metrics[`m${pad(m)}`] = value(e, r, m);
  return metrics;
}
const runLine = (e, r, count, metrics = metricsOf(e, r, count)) =>
  JSON.stringify({
    experiment: `exp-${pad(e, 4)}`,
    run_id: `run-${r}`,
    timestamp: new Date(T0 + r * HOUR).toISOString(),
    metrics,
  });

// Typical: 20 alerts over 20 experiments (alert i watches m{i} of exp-i), a history of 100 earlier runs each,
// a new run per experiment with 50 metrics.
const typical = path.join(dir, 'typical');
mkdirSync(typical);
const rules = (channels) =>
  `version: 1\n${channels ? 'channels:\n  ml-alerts:\n    type: slack\n    url: ${SLACK_WEBHOOK_URL}\ndefaults:\n  channels: [ml-alerts]\n' : ''}alerts:\n` +
  Array.from(
    { length: 20 },
    (_, i) =>
      `  - name: alert-${pad(i)}\n    experiment: exp-${pad(i, 4)}\n    metric: m${pad(i)}\n    op: "<"\n    threshold: 0.5\n`,
  ).join('');
writeFileSync(path.join(typical, 'alerts.yml'), rules(true));
writeFileSync(
  path.join(typical, 'history-runs.jsonl'),
  Array.from({ length: 20 }, (_, e) => Array.from({ length: 100 }, (_, r) => runLine(e, r, 50)))
    .flat()
    .join('\n') + '\n',
);
writeFileSync(
  path.join(typical, 'new-run.jsonl'),
  Array.from({ length: 20 }, (_, e) => runLine(e, 100, 50)).join('\n') + '\n',
);
const breaching = Array.from({ length: 20 }, (_, e) =>
  e === 7 ? runLine(e, 100, 50, { ...metricsOf(e, 100, 50), m07: 0.42 }) : runLine(e, 100, 50),
);
writeFileSync(path.join(typical, 'new-run-breaching.jsonl'), breaching.join('\n') + '\n');

// The 2,000-run history is made by the product itself: one CLI check over the 100 earlier runs of each experiment.
await exec(
  node,
  [CLI, 'check', '--config', 'alerts.yml', '--metrics', 'history-runs.jsonl', '--history-file', 'history-2000.json'],
  typical,
  { SLACK_WEBHOOK_URL: 'http://127.0.0.1:9/x' },
);
const ledger = JSON.parse(readFileSync(path.join(typical, 'history-2000.json'), 'utf8'));
const storedRuns = ledger.runs.reduce((n, r) => n + r.runs.length, 0);
if (storedRuns !== 2000) throw new Error(`the prepared history holds ${storedRuns} runs, not 2,000`);
if (!ledger.rules) throw new Error('the prepared history keeps no compiled rules');
// The same history as left by a run with another alerts.yml: this run must compile its rules (YAML parser, schema).
writeFileSync(
  path.join(typical, 'history-2000-other-rules.json'),
  `${JSON.stringify({ ...ledger, rules: undefined })}\n`,
);

// Typical with one channel of every type configured (issue 14): the same runs and history, rules naming six channels.
const typicalAll = path.join(dir, 'typical-all');
mkdirSync(typicalAll);
const ALL_CHANNELS = [
  '  ml-alerts:\n    type: slack\n    url: ${SLACK_WEBHOOK_URL}',
  '  ml-discord:\n    type: discord\n    url: ${DISCORD_WEBHOOK_URL}',
  '  ml-teams:\n    type: teams\n    url: ${TEAMS_WEBHOOK_URL}',
  '  ml-email:\n    type: email\n    smtp: ${SMTP_URL}\n    from: alerts@example.com\n    to: [ml@example.com]',
  '  ml-webhook:\n    type: webhook\n    url: ${RECEIVER_URL}\n    secret: ${RECEIVER_SECRET}',
  '  ml-desktop:\n    type: desktop',
];
writeFileSync(
  path.join(typicalAll, 'alerts.yml'),
  rules(true)
    .replace(
      /channels:\n {2}ml-alerts:\n {4}type: slack\n {4}url: \$\{SLACK_WEBHOOK_URL\}\n/,
      `channels:\n${ALL_CHANNELS.join('\n')}\n`,
    )
    .replace('channels: [ml-alerts]', 'channels: [ml-alerts, ml-discord, ml-teams, ml-email, ml-webhook, ml-desktop]'),
);
for (const f of ['history-runs.jsonl', 'new-run.jsonl']) copyFileSync(path.join(typical, f), path.join(typicalAll, f));
const ALL_ENV = {
  DISCORD_WEBHOOK_URL: 'http://127.0.0.1:9/discord',
  TEAMS_WEBHOOK_URL: 'http://127.0.0.1:9/teams',
  SMTP_URL: 'smtp://127.0.0.1:9',
  RECEIVER_URL: 'http://127.0.0.1:9/receiver',
  RECEIVER_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
};
await exec(
  node,
  [CLI, 'check', '--config', 'alerts.yml', '--metrics', 'history-runs.jsonl', '--history-file', 'history-2000.json'],
  typicalAll,
  { SLACK_WEBHOOK_URL: 'http://127.0.0.1:9/x', ...ALL_ENV },
);

// Scale: 1,000 (and 2,000) experiments x 10 runs x 100 metrics as JSON Lines, 100 alerts on every experiment.
function scaleInputs(experiments) {
  const d = path.join(dir, `scale-${experiments}`);
  mkdirSync(d);
  writeFileSync(
    path.join(d, 'alerts.yml'),
    `version: 1\nalerts:\n${Array.from({ length: 100 }, (_, m) => `  - name: a${pad(m)}\n    metric: m${pad(m)}\n    op: "<"\n    threshold: 0.5\n`).join('')}`,
  );
  const lines = [];
  for (let e = 0; e < experiments; e++) for (let r = 0; r < 10; r++) lines.push(runLine(e, r, 100));
  writeFileSync(path.join(d, 'runs.jsonl'), lines.join('\n') + '\n');
  return d;
}
const scale1 = scaleInputs(1000);
const scale2 = scaleInputs(2000);

// Formats (issue 13) at the scale scenario's size, and doubled, written by a process of their own: on Linux a child's
// peak RSS includes its parent's at fork, so this process stays small.
execFileSync(process.execPath, [path.join(import.meta.dirname, 'formats.mjs'), dir], { stdio: 'inherit' });
const [csv1, csv2, tf1, tf2, ml1, ml2] = ['csv-1', 'csv-2', 'tf-1', 'tf-2', 'ml-1', 'ml-2'].map((d) =>
  path.join(dir, d),
);
const formatScenario = (key, name, cwd, metrics) => ({
  name,
  key,
  cwd,
  rounds: SCALE_ROUNDS,
  env: runnerEnv(cwd, { config: 'alerts.yml', metrics, history: 'none' }),
});

// ---- a loopback Slack ----------------------------------------------------------------------------------------------
let posts = 0;
const slack = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    posts++;
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
});
await new Promise((resolve) => slack.listen(0, '127.0.0.1', resolve));
const SLACK_URL = `http://127.0.0.1:${slack.address().port}/services/T/B/bench`;

// ---- running -------------------------------------------------------------------------------------------------------
function exec(cmd, args, cwd, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(args[0] ?? cmd)} exited ${code}: ${err.slice(0, 500)}`)),
    );
  });
}

/** The environment a runner gives dist/index.js. */
function runnerEnv(workspace, inputs, extra = {}) {
  const runner = path.join(workspace, '.runner');
  mkdirSync(runner, { recursive: true });
  for (const f of ['output', 'summary']) writeFileSync(path.join(runner, f), '');
  writeFileSync(path.join(runner, 'event.json'), '{}');
  const env = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runner,
    GITHUB_OUTPUT: path.join(runner, 'output'),
    GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
    GITHUB_EVENT_PATH: path.join(runner, 'event.json'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/vision',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    ...extra,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

const scenarios = [
  { name: "node -e ''", key: 'node', args: ['-e', ''], cwd: dir, env: {} },
  {
    name: 'typical: 20 alerts, 2,000-run history, nothing fires',
    key: 'typical',
    cwd: typical,
    env: runnerEnv(
      typical,
      { config: 'alerts.yml', metrics: 'new-run.jsonl', history: 'file', 'history-path': 'work.json' },
      { SLACK_WEBHOOK_URL: SLACK_URL },
    ),
    before: () => copyFileSync(path.join(typical, 'history-2000.json'), path.join(typical, 'work.json')),
    target: { ratio: 2.5, rssMb: 120 },
  },
  {
    name: 'typical, one channel of every type configured',
    key: 'typical-all',
    cwd: typicalAll,
    env: runnerEnv(
      typicalAll,
      { config: 'alerts.yml', metrics: 'new-run.jsonl', history: 'file', 'history-path': 'work.json' },
      { SLACK_WEBHOOK_URL: SLACK_URL, ...ALL_ENV },
    ),
    before: () => copyFileSync(path.join(typicalAll, 'history-2000.json'), path.join(typicalAll, 'work.json')),
  },
  {
    name: 'typical, alerts.yml changed since the last run (compiled again)',
    key: 'changed',
    cwd: typical,
    env: runnerEnv(
      typical,
      { config: 'alerts.yml', metrics: 'new-run.jsonl', history: 'file', 'history-path': 'changed.json' },
      { SLACK_WEBHOOK_URL: SLACK_URL },
    ),
    before: () => copyFileSync(path.join(typical, 'history-2000-other-rules.json'), path.join(typical, 'changed.json')),
  },
  {
    name: 'typical, empty history',
    key: 'empty',
    cwd: typical,
    env: runnerEnv(
      typical,
      { config: 'alerts.yml', metrics: 'new-run.jsonl', history: 'file', 'history-path': 'empty.json' },
      { SLACK_WEBHOOK_URL: SLACK_URL },
    ),
    before: () => rmSync(path.join(typical, 'empty.json'), { force: true }),
  },
  {
    name: 'notify: one alert fires, one Slack message',
    key: 'notify',
    cwd: typical,
    env: runnerEnv(
      typical,
      { config: 'alerts.yml', metrics: 'new-run-breaching.jsonl', history: 'file', 'history-path': 'notify.json' },
      { SLACK_WEBHOOK_URL: SLACK_URL },
    ),
    before: () => copyFileSync(path.join(typical, 'history-2000.json'), path.join(typical, 'notify.json')),
    target: { ratio: 3 },
  },
  {
    name: 'scale: 1,000 experiments x 10 runs x 100 metrics, 100,000 instances',
    key: 'scale1',
    cwd: scale1,
    rounds: SCALE_ROUNDS,
    env: runnerEnv(scale1, { config: 'alerts.yml', metrics: 'runs.jsonl', history: 'none' }),
    target: { ms: 3000, rssMb: 512 },
  },
  {
    name: 'scale: 2,000 experiments (doubled)',
    key: 'scale2',
    cwd: scale2,
    rounds: SCALE_ROUNDS,
    env: runnerEnv(scale2, { config: 'alerts.yml', metrics: 'runs.jsonl', history: 'none' }),
  },
  formatScenario('csv1', 'CSV: results.csv, 15 columns x 110,000 rows (~13 MB)', csv1, 'results.csv'),
  formatScenario('csv2', 'CSV: doubled (~26 MB)', csv2, 'results.csv'),
  formatScenario('tf1', 'TensorBoard: 2 event files, 56,000 events x 10 scalars', tf1, 'lightning_logs/**/events.*'),
  formatScenario('tf2', 'TensorBoard: doubled', tf2, 'lightning_logs/**/events.*'),
  formatScenario('ml1', 'MLflow store: 200 runs x 10 metrics x 250 steps (~13 MB)', ml1, 'mlruns/**'),
  formatScenario('ml2', 'MLflow store: doubled', ml2, 'mlruns/**'),
].filter((s) => !ONLY || s.key === 'node' || ONLY.includes(s.key));

async function once(s) {
  s.before?.();
  const args = s.args ?? [ACTION];
  const t = process.hrtime.bigint();
  await exec(node, args, s.cwd, s.env);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Peak RSS of one run, from a probe preloaded into the process (a separate, untimed run). */
async function peakRss(s) {
  s.before?.();
  const out = path.join(dir, `rss-${s.key}`);
  await exec(node, ['--import', RSS_PROBE, ...(s.args ?? [ACTION])], s.cwd, { ...s.env, BENCH_RSS_FILE: out });
  return Number(readFileSync(out, 'utf8')) / 1024;
}

for (const s of scenarios) await once(s); // warm the file cache
const samples = new Map(scenarios.map((s) => [s.key, []]));
const maxRounds = Math.max(...scenarios.map((s) => s.rounds ?? ROUNDS));
for (let round = 0; round < maxRounds; round++) {
  for (const s of scenarios) if (round < (s.rounds ?? ROUNDS)) samples.get(s.key).push(await once(s));
}
const stats = new Map();
for (const s of scenarios) {
  const xs = [...samples.get(s.key)].sort((a, b) => a - b);
  stats.set(s.key, { median: xs[xs.length >> 1], min: xs[0], max: xs[xs.length - 1], rss: await peakRss(s) });
}
slack.close();

// ---- report --------------------------------------------------------------------------------------------------------
const base = stats.get('node').median;
const verdicts = [];
const check = (what, ok) => {
  verdicts.push(`${ok ? 'ok  ' : 'MISS'} ${what}`);
  return ok;
};
const version = await new Promise((resolve) => {
  const c = spawn(node, ['--version']);
  let v = '';
  c.stdout.on('data', (d) => (v += d));
  c.on('exit', () => resolve(v.trim()));
});
console.log(`node ${version}, ${ROUNDS} rounds (scale: ${SCALE_ROUNDS}), inputs in ${dir}\n`);
console.log("| scenario | median ms | min | max | x node -e '' | peak RSS MB | target |");
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const s of scenarios) {
  const r = stats.get(s.key);
  const t = s.target;
  const target = !t
    ? ''
    : [t.ratio && `≤ ${t.ratio}x`, t.ms && `≤ ${t.ms} ms`, t.rssMb && `≤ ${t.rssMb} MB`].filter(Boolean).join(', ');
  console.log(
    `| ${s.name} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.max.toFixed(1)} | ${(r.median / base).toFixed(2)}x | ${r.rss.toFixed(0)} | ${target} |`,
  );
  if (t?.ratio)
    check(`${s.key}: ${(r.median / base).toFixed(2)}x node -e '' (target ${t.ratio}x)`, r.median / base <= t.ratio);
  if (t?.ms) check(`${s.key}: ${r.median.toFixed(0)} ms (target ${t.ms} ms)`, r.median <= t.ms);
  if (t?.rssMb) check(`${s.key}: peak RSS ${r.rss.toFixed(0)} MB (target ${t.rssMb} MB)`, r.rss <= t.rssMb);
}
console.log('');
if (stats.has('typical') && stats.has('empty')) {
  // The measure: the typical run (its history left by the previous run) against an empty history.
  const cost = stats.get('typical').median / stats.get('empty').median;
  check(
    `history: the typical run with its 2,000-run history is ${((cost - 1) * 100).toFixed(1)}% slower than with an empty one (target ≤ 10%)`,
    cost <= 1.1,
  );
  if (stats.has('changed')) {
    // Like for like, both compiling alerts.yml (an empty history keeps no compiled rules): information, noisy here.
    const same = stats.get('changed').median / stats.get('empty').median;
    verdicts.push(
      `info history, both compiling alerts.yml: the 2,000-run history costs ${((same - 1) * 100).toFixed(1)}%`,
    );
  }
  const size = statSync(path.join(typical, 'work.json')).size;
  check(
    `history: the ledger after the typical run is ${(size / 1024).toFixed(0)} KiB (target < 1 MiB)`,
    size < 1048576,
  );
}
if (stats.has('typical') && stats.has('typical-all')) {
  // Issue 14: configuring a channel of every type costs nothing until one of them has something to send.
  const all = stats.get('typical-all').median / stats.get('typical').median;
  check(
    `channels: the typical run with a channel of every type is ${all.toFixed(2)}x the Slack-only one (target ≤ 1.1x)`,
    all <= 1.1,
  );
}
if (stats.has('notify'))
  check(
    `notify: Slack received ${posts} messages for ${stats.get('notify') && ROUNDS + 2} notify runs`,
    posts === ROUNDS + 2,
  );
for (const [a, b, what] of [
  ['csv1', 'csv2', 'CSV'],
  ['tf1', 'tf2', 'TensorBoard'],
  ['ml1', 'ml2', 'MLflow store'],
]) {
  if (!stats.has(a) || !stats.has(b)) continue;
  const growth = stats.get(b).median / stats.get(a).median;
  check(`${what}: doubling the input costs ${growth.toFixed(2)}x the time (target ≤ 2.2x)`, growth <= 2.2);
}
if (stats.has('scale1') && stats.has('scale2')) {
  const doubling = stats.get('scale2').median / stats.get('scale1').median;
  check(`scale: doubling the experiments costs ${doubling.toFixed(2)}x the time (target ≤ 2.2x)`, doubling <= 2.2);
}
for (const v of verdicts) console.log(v);
if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
process.exitCode = verdicts.some((v) => v.startsWith('MISS')) ? 1 : 0;
