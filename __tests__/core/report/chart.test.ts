import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/core/config/load.js';
import { evaluate, type InstanceResult } from '../../../src/core/evaluate.js';
import { emptyLedger } from '../../../src/core/history/ledger.js';
import { alertLine, chartSection } from '../../../src/core/report/chart.js';

function results(rule: string, values: number[], experiment = 'iris'): InstanceResult[] {
  const { config } = loadConfig({
    text: `version: 1\nalerts:\n  - name: acc\n    metric: accuracy\n${rule}`,
    file: 'a.yml',
    env: {},
  });
  const runs = values.map((v, i) => ({
    experiment,
    id: `run-${i + 1}`,
    at: 1_700_000_000_000 + i * 1000,
    metrics: { accuracy: v },
    source: 't',
  }));
  return evaluate({ config, runs, ledger: emptyLedger(), now: 0, stateless: true }).results;
}

describe('charts of firing alerts', () => {
  it('draws the recent values and the threshold, runs on the x axis', () => {
    const [r] = results('    op: "<"\n    threshold: 0.9\n', [0.95, 0.94, 0.78]);
    expect(chartSection(r!)).toBe(
      [
        '#### acc · iris',
        '',
        '```mermaid',
        'xychart-beta',
        '    title "accuracy · iris"',
        '    x-axis ["run-1", "run-2", "run-3"]',
        '    y-axis "accuracy" 0.763 --> 0.967',
        '    line [0.95, 0.94, 0.78]',
        '    line [0.9, 0.9, 0.9]',
        '```',
        '',
        '_accuracy over the last 3 runs; flat line: the threshold &lt; 0.9._',
      ].join('\n'),
    );
  });

  it('for a change rule, the line is where the change reaches the threshold against the baseline', () => {
    const [pct] = results(
      '    op: "<"\n    threshold: -10\n    change: { from: max, window: 5, unit: percent }\n',
      [0.8, 1.0, 0.9, 0.85],
    );
    expect(pct!.baseline).toBe(1);
    expect(alertLine(pct!)).toBeCloseTo(0.9, 12);
    expect(chartSection(pct!)).toContain('flat line: 0.9, where the change reaches -10% against the baseline 1 (max)');
    const [abs] = results(
      '    op: "<"\n    threshold: -0.05\n    change: { from: mean, window: 2, unit: absolute }\n',
      [0.9, 0.92, 0.8],
    );
    expect(alertLine(abs!)).toBeCloseTo(0.86, 12);
  });

  it('leaves out values it cannot draw and says so; nothing with fewer than 2 points', () => {
    const [r] = results('    op: "<"\n    threshold: 0.9\n', [0.95, 0.94, NaN]);
    const chart = chartSection(r!)!;
    expect(chart).toContain('x-axis ["run-1", "run-2"]');
    expect(chart).toContain('not drawn: NaN in run run-3');
    expect(chartSection(results('    op: "<"\n    threshold: 0.9\n', [0.5])[0]!)).toBeUndefined();
  });

  it('names cannot break out of the chart or its code block', () => {
    const [r] = results('    op: "<"\n    threshold: 0.9\n', [0.95, 0.5], 'x"]\n```<script>');
    const chart = chartSection(r!)!;
    expect(chart.match(/```/g)).toHaveLength(2);
    expect(chart).toContain('title "accuracy · x_______script_"');
    expect(chart).not.toContain('<script>');
  });
});
