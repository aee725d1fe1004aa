import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/core/config/load.js';
import { evaluate } from '../../../src/core/evaluate.js';
import { emptyLedger } from '../../../src/core/history/ledger.js';
import { mdCell } from '../../../src/core/report/markdown.js';
import { countResults, resultsJson, toResultObject } from '../../../src/core/report/results.js';
import { buildSummary } from '../../../src/core/report/summary.js';

const { config } = loadConfig({
  text: 'version: 1\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n  - name: off\n    metric: x\n    op: "<"\n    threshold: 1\n    enabled: false\n',
  file: 'a.yml',
  env: {},
});

function evaluation(experiments: string[], value = 0.5) {
  return evaluate({
    config,
    runs: experiments.map((e, i) => ({
      experiment: e,
      id: `r${i}`,
      metrics: { accuracy: i % 2 ? 0.95 : value },
      source: 't',
    })),
    ledger: emptyLedger(),
    now: 0,
    stateless: false,
  });
}

describe('results output', () => {
  it('keeps valid JSON under the limit: not-ok instances first, then cut', () => {
    const ev = evaluation(Array.from({ length: 400 }, (_, i) => `exp-${i}`));
    const objects = ev.results.map(toResultObject);
    const { json, truncated } = resultsJson(objects, 20_000);
    expect(truncated).toBe(true);
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(20_000);
    const parsed = JSON.parse(json) as { state: string }[];
    expect(parsed.length).toBeGreaterThan(10);
    expect(parsed.every((o) => o.state === 'firing')).toBe(true);
    expect(resultsJson(objects).truncated).toBe(false);
  });
  it('carries the suggestions of an instance that read no value', () => {
    const ev = evaluate({
      config,
      runs: [{ experiment: 'a', id: 'r', metrics: { 'eval/accuracy': 0.9 }, source: 't' }],
      ledger: emptyLedger(),
      now: 0,
      stateless: false,
    });
    expect(toResultObject(ev.results[0]!)).toMatchObject({ state: 'no data', suggestions: ['eval/accuracy'] });
    expect(Object.hasOwn(toResultObject(evaluation(['a']).results[0]!), 'suggestions')).toBe(false);
  });
  it('stores non-finite values as strings', () => {
    const ev = evaluation(['a'], NaN);
    expect(toResultObject(ev.results[0]!).value).toBe('NaN');
  });
  it('counts', () => {
    const ev = evaluation(['a', 'b', 'c']);
    expect(countResults(ev.results, 2)).toEqual({
      checked: 3,
      triggered: 2,
      fired: 2,
      resolved: 0,
      firing: 2,
      failedDeliveries: 2,
    });
  });
});

describe('job summary', () => {
  it('a table a person reads at a glance, firing first, disabled alerts and warnings after', () => {
    const ev = evaluation(['iris', 'mnist']);
    const md = buildSummary({
      results: ev.results,
      counts: countResults(ev.results, 0),
      disabled: ev.disabled,
      warnings: ['a <warning> | here'],
      ctx: { serverUrl: 'https://github.com', workflowRunUrl: 'https://github.com/a/b/actions/runs/1' },
      dryRun: false,
    });
    const lines = md.split('\n');
    expect(lines[2]).toBe('**1 firing** · 1 triggered · 2 checked · 1 fired · 0 resolved');
    expect(lines[4]).toBe('[workflow run](https://github.com/a/b/actions/runs/1)');
    expect(lines[6]).toBe('| State | Alert | Experiment | Metric | Value | Condition | Run | Trend | Sent to |');
    expect(lines[8]).toBe(
      '| 🔴 firing · fired | acc | iris | accuracy | 0.5 | &lt; 0.9 | [r0](https://github.com/a/b/actions/runs/1) |  |  |',
    );
    expect(lines[9]).toMatch(/^\| 🟢 ok \| acc \| mnist \|/);
    expect(md).toContain('**Disabled alerts:** off');
    expect(md).toContain('- a &lt;warning&gt; \\| here');
  });
  it("shows the run's context: repository, branch, workflow run, commit and pull request, every name escaped", () => {
    const ev = evaluation(['iris']);
    const md = buildSummary({
      results: ev.results,
      counts: countResults(ev.results, 0),
      disabled: [],
      warnings: [],
      ctx: {
        serverUrl: 'https://github.com',
        repository: 'acme/vision',
        ref: 'feat/<b>*x*|\u202eevil',
        workflow: 'Train [fast]',
        runNumber: '12',
        workflowRunAttempt: '2',
        workflowRunUrl: 'https://github.com/acme/vision/actions/runs/77',
        sha: '0123456789abcdef0123456789abcdef01234567',
        pullRequest: 7,
      },
      dryRun: false,
    });
    expect(md.split('\n')[4]).toBe(
      '[acme/vision](https://github.com/acme/vision) · feat/&lt;b&gt;\\*x\\*\\|evil · workflow Train \\[fast\\] ' +
        '[#12 (attempt 2)](https://github.com/acme/vision/actions/runs/77) · ' +
        'commit [0123456](https://github.com/acme/vision/commit/0123456789abcdef0123456789abcdef01234567) · ' +
        '[PR #7](https://github.com/acme/vision/pull/7)',
    );
  });
  it('opens with the alerts that read no value (alert, experiment, metric, why, did you mean), every name escaped', () => {
    const { config: cfg } = loadConfig({
      text:
        'version: 1\nalerts:\n' +
        '  - name: mse\n    metric: "eval.<m>|*"\n    op: ">"\n    threshold: 1\n' +
        '  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n    on-missing: alert\n',
      file: 'a.yml',
      env: {},
    });
    const ev = evaluate({
      config: cfg,
      runs: [
        { experiment: 'exp_*1*', id: 'r|1', metrics: { 'eval/<m>|*': 0.2, 'eval/<i>': 3 }, source: 't' },
        { experiment: 'ok', id: 'r2', metrics: { 'eval.<m>|*': 0.2, accuracy: 'high' }, source: 't' },
      ],
      ledger: emptyLedger(),
      now: 0,
      stateless: false,
    });
    const md = buildSummary({
      results: ev.results,
      counts: countResults(ev.results, 0),
      disabled: [],
      warnings: [],
      ctx: { serverUrl: 'https://github.com' },
      dryRun: false,
    });
    const lines = md.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '## metric-alerts',
      '',
      '### ⚠️ Alerts that read no value in this run (3)',
      '',
      '| Alert | Experiment | Metric | Why | Did you mean |',
      '|---|---|---|---|---|',
      '| mse | exp\\_\\*1\\* | eval.&lt;m&gt;\\|\\* | missing in run r\\|1 | eval/&lt;m&gt;\\|\\* |',
      '| acc | exp\\_\\*1\\* | accuracy | missing in run r\\|1 |  |',
    ]);
    expect(lines[8]).toBe('| acc | ok | accuracy | not a number (found a string) in run r2 |  |');
    // Then the usual summary: counts, and the table.
    expect(md.indexOf('**')).toBeGreaterThan(md.indexOf('| acc | ok |'));
    expect(md.indexOf('| State | Alert |')).toBeGreaterThan(md.indexOf('| acc | ok |'));
  });
  it('no opening section when every alert read a value', () => {
    const ev = evaluation(['iris', 'mnist']);
    const md = buildSummary({
      results: ev.results,
      counts: countResults(ev.results, 0),
      disabled: [],
      warnings: [],
      ctx: { serverUrl: 'https://github.com' },
      dryRun: false,
    });
    expect(md).not.toContain('read no value');
    expect(md.split('\n')[2]).toMatch(/^\*\*1 firing\*\*/);
  });
  it('the opening section stays small: many misses are counted, the summary stays under its limit', () => {
    const { config: cfg } = loadConfig({
      text: 'version: 1\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n',
      file: 'a.yml',
      env: {},
    });
    const runs = Array.from({ length: 2000 }, (_, i) => ({
      experiment: `experiment-${'x'.repeat(100)}-${i}`,
      id: 'r',
      metrics: { [`accuracy_${'y'.repeat(200)}`]: 1 },
      source: 't',
    }));
    const ev = evaluate({ config: cfg, runs, ledger: emptyLedger(), now: 0, stateless: false });
    const input = {
      results: ev.results,
      counts: countResults(ev.results, 0),
      disabled: [],
      warnings: [],
      ctx: { serverUrl: 'https://github.com' },
      dryRun: false,
    };
    const md = buildSummary(input, 50_000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(50_000);
    expect(md).toContain('### ⚠️ Alerts that read no value in this run (2000)');
    expect(md).toMatch(/_…and \d+ more \(see the warnings and the results output\)\._/);
    expect(buildSummary(input).indexOf('| State | Alert |')).toBeLessThan(64 * 1024 + 500);
  });
  it('escapes table cells: pipes, HTML, newlines, markdown', () => {
    expect(mdCell('a|b<script>\n*x*')).toBe('a\\|b&lt;script&gt; \\*x\\*');
  });
  it('stays under the 1 MiB limit with a note', () => {
    const ev = evaluation(Array.from({ length: 3000 }, (_, i) => `experiment-${'x'.repeat(50)}-${i}`));
    const md = buildSummary(
      {
        results: ev.results,
        counts: countResults(ev.results, 0),
        disabled: [],
        warnings: [],
        ctx: { serverUrl: 'https://github.com' },
        dryRun: false,
      },
      50_000,
    );
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(50_000);
    expect(md).toMatch(/…and \d+ more instances/);
  });
});
