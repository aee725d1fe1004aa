// `metric-alerts notify`: refusals in process; sending, wait-duration and the history through the bundled CLI.
import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { cli } from '../../src/cli/main.js';
import { tempDir, writeFiles } from '../helpers/run-action.js';

const RULES =
  'version: 1\nchannels:\n  ml-alerts:\n    type: slack\n    url: ${HOOK}\n  team:\n    type: slack\n    url: ${HOOK2}\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n    channels: [ml-alerts]\n';

async function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(argv, env, { out: (s) => out.push(s), err: (s) => err.push(s) }, cwd);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('metric-alerts notify: refused before anything is sent, exit 2', () => {
  const cases: [string[], string][] = [
    [['--text', 'x'], "notify: --title is required: the note's title"],
    [['--title', 'T'], "notify: --text is required: the note's text"],
    [
      ['--title', 'T', '--text', 'x', '--level', 'high'],
      'notify: --level "high" is not allowed; allowed: info, warning, critical',
    ],
    [
      ['--title', 'T', '--text', 'x', '--wait-duration', '5'],
      'notify: --wait-duration "5" is not a duration; allowed: a number and a unit, such as 30s, 5m, 6h, 1d, 2w',
    ],
    [
      ['--title', 'T', '--text', 'x', '--wait-duration', '5m', '--no-history'],
      'notify: --wait-duration needs the history; it cannot be used with --no-history',
    ],
    [['--title', 'T', '--text', 'x', '--chanel', 'a'], 'notify: unknown flag --chanel; did you mean --channel?'],
    [['T', '--text', 'x'], 'notify: unexpected argument "T"; give the text with --text'],
    [
      ['--title', 'T', '--text', 'x', '--channel', 'ml-alert', '--channel', 'team'],
      'unknown channel "ml-alert"; did you mean "ml-alerts"? channels of alerts.yml: ml-alerts, team',
    ],
    [
      ['--title', 'T', '--text', 'x', '--channel', 'team,nope'],
      'unknown channel "nope"; channels of alerts.yml: ml-alerts, team',
    ],
  ];
  it.each(cases)('%j', async (args, message) => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES });
    const r = await run(['notify', ...args], ws, { HOOK: 'http://127.0.0.1:9/a', HOOK2: 'http://127.0.0.1:9/b' });
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toContain(message);
    expect(readdirSync(ws)).toEqual(['alerts.yml']); // no history written
  });
});
