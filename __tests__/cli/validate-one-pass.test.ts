// SPEC §2: all errors of a rules file are reported, not just the first, each as FILE:LINE:COL. A file with four kinds
// of error (a schema error, an unknown channel, a duplicate alert name, an unknown template variable) gets all four
// lines from `metric-alerts validate` in one run, in the order of the file, and exit 2: in process and as npx runs it.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { cli } from '../../src/cli/main.js';
import { tempDir, writeFiles } from '../helpers/run-action.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RULES = `version: 1
channels:
  ml-alerts:
    type: slack
    url: \${HOOK}
alerts:
  - name: acc
    metric: accuracy
    op: "<<"
    threshold: 0.9
  - name: loss
    metric: loss
    op: ">"
    threshold: 1
    channels: [ml-alert]
  - name: acc
    metric: eval.accuracy
    op: "<"
    threshold: 0.8
    message: "{{metric}} fell to {{valeu}}"
`;
const ALLOWED_VARIABLES =
  'alert, description, experiment, run, run_url, metric, value, op, threshold, baseline, change, sigma, severity, state, repository, sha, status, age, labels.KEY';
const EXPECTED = [
  'rules.yml:9:9: alerts[0].op cannot be "<<"; allowed: <, >, <=, >=, ==, !=, =',
  'rules.yml:15:16: unknown channel "ml-alert"; defined channels: ml-alerts. Did you mean "ml-alerts"?',
  'rules.yml:16:11: duplicate alert name "acc" (first used by alerts[0] on line 7); names must be unique',
  `rules.yml:20:14: message: unknown template variable {{valeu}}; allowed: ${ALLOWED_VARIABLES}`,
];

describe('metric-alerts validate reports every error of the file in one pass', () => {
  it('in process: four kinds of error, four lines, exit 2', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'rules.yml': RULES });
    const out: string[] = [];
    const err: string[] = [];
    const code = await cli(
      ['validate', 'rules.yml'],
      { HOOK: 'https://hooks.slack.com/services/T/B/x' },
      { out: (s) => out.push(s), err: (s) => err.push(s) },
      ws,
    );
    expect({ code, out, err: err.join('\n').split('\n') }).toEqual({ code: 2, out: [], err: EXPECTED });
  });

  it('the bundled CLI: the same four lines on stderr, exit 2, no stack trace', () => {
    const ws = tempDir();
    writeFiles(ws, { 'rules.yml': RULES });
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/metric-alerts.js'), 'validate', 'rules.yml'], {
      cwd: ws,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOOK: 'https://hooks.slack.com/services/T/B/x' },
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual(EXPECTED);
  });

  it('once fixed, the file validates', async () => {
    const ws = tempDir();
    const fixed = RULES.replace('"<<"', '"<"')
      .replace('[ml-alert]', '[ml-alerts]')
      .replace('  - name: acc\n    metric: eval', '  - name: eval-acc\n    metric: eval')
      .replace('{{valeu}}', '{{value}}');
    writeFiles(ws, { 'rules.yml': fixed });
    const out: string[] = [];
    const code = await cli(['validate', 'rules.yml'], {}, { out: (s) => out.push(s), err: () => undefined }, ws);
    expect({ code, out }).toEqual({ code: 0, out: ['rules.yml: OK (3 alerts, 1 channel)'] });
  });
});
