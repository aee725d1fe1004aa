// Benchmark: one `metric-alerts check` (bundled CLI, whole process) reading and writing a history ledger of
// 10,000 runs (100 experiments x 100 runs), against the same check with an empty history and bare `node -e ''`.
// Prints medians and ratios. Run: npm run bench (after npm run build). Not a test: nothing here asserts a time.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
const N = Number(process.env.BENCH_RUNS ?? 15);
const dir = mkdtempSync(path.join(tmpdir(), 'metric-alerts-bench-'));

const EXPERIMENTS = 100;
const RUNS = 100;
writeFileSync(path.join(dir, 'alerts.yml'), 'version: 1\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.5\n');
writeFileSync(path.join(dir, 'metrics.json'), JSON.stringify({ experiment: 'exp-0', run_id: 'new', metrics: { accuracy: 0.9 } }));
const t0 = Date.parse('2026-01-01T00:00:00Z');
const ledger = {
  version: 1,
  instances: Array.from({ length: EXPERIMENTS }, (_, e) => ({ alert: 'acc', experiment: `exp-${e}`, state: 'ok', streak: 0, since: '2026-01-01T00:00:00.000Z', lastRun: `r${RUNS - 1}`, runs: [`r${RUNS - 1}`] })),
  runs: Array.from({ length: EXPERIMENTS }, (_, e) => ({ experiment: `exp-${e}`, runs: Array.from({ length: RUNS }, (_, r) => ({ id: `r${r}`, at: t0 + r * 3_600_000, values: { accuracy: 0.9 + (r % 10) / 100 } })) })),
  events: [],
};
const big = path.join(dir, 'big.json');
writeFileSync(big, JSON.stringify(ledger));

function time(cmd, args, before) {
  const samples = [];
  for (let i = 0; i < N; i++) {
    before?.();
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: dir, stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[samples.length >> 1], min: samples[0], max: samples[samples.length - 1] };
}

const node = process.execPath;
const baseline = time(node, ['-e', '']);
const empty = time(node, [CLI, 'check', '--metrics', 'metrics.json', '--history-file', 'empty.json'], () => spawnSync('rm', ['-f', path.join(dir, 'empty.json')]));
const work = path.join(dir, 'work.json');
const full = time(node, [CLI, 'check', '--metrics', 'metrics.json', '--history-file', 'work.json'], () => copyFileSync(big, work));

const row = (name, r) => `| ${name.padEnd(44)} | ${r.median.toFixed(1).padStart(7)} | ${r.min.toFixed(1).padStart(7)} | ${r.max.toFixed(1).padStart(7)} | ${(r.median / baseline.median).toFixed(2).padStart(6)}x |`;
console.log(`node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}, ${N} runs each, ledger ${(statSync(big).size / 1024).toFixed(0)} KiB (${EXPERIMENTS * RUNS} runs)\n`);
console.log('| scenario                                     |  median |     min |     max |  ratio |');
console.log('|----------------------------------------------|---------|---------|---------|--------|');
console.log(row("node -e ''", baseline));
console.log(row('check, empty history', empty));
console.log(row('check, history of 10,000 runs (load + save)', full));
console.log(`\n10,000-run history costs ${(full.median - empty.median).toFixed(1)} ms over an empty one (${(full.median / empty.median).toFixed(2)}x).`);
