// The README's install line, run as a person would from an empty folder: the packed package (`npm pack`) installed
// globally, here into a private prefix and offline with no reachable registry: the CLI is bundled in dist/cli and has
// no runtime dependencies, so nothing is downloaded. Then the installed command runs a check from a folder of its own.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir, writeFiles } from '../helpers/run-action.js';
import { startSlack, type SlackStandIn } from '../helpers/slack-server.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PKG = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
};

/** npm's own notices ("npm warn …") are not failures. */
const withoutWarnings = (s: string) => s.replace(/^npm warn .*\n/gim, '');

let slack: SlackStandIn;
beforeAll(async () => {
  slack = await startSlack();
});
afterAll(() => slack.close());

describe('installing the CLI from the packed tarball', () => {
  it('the README command installs it from an empty folder, offline; metric-alerts then runs', async () => {
    // The one command the README gives.
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const line = /^npm install --global path\/to\/(metric-alerts-\S+\.tgz)/m.exec(readme);
    expect(line?.[1]).toBe(`metric-alerts-${PKG.version}.tgz`);
    expect(PKG.dependencies ?? {}).toEqual({}); // what makes --offline possible

    const tmp = tempDir('metric-alerts-install-');
    const env = {
      ...process.env,
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      npm_config_cache: path.join(tmp, 'npm-cache'),
      npm_config_registry: 'http://127.0.0.1:9/', // nothing listens: any download would fail
      npm_config_update_notifier: 'false',
      npm_config_prefix: path.join(tmp, 'prefix'),
    };
    const pack = spawnSync('npm', ['pack', '--pack-destination', tmp, '--ignore-scripts', '--silent'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(withoutWarnings(pack.stderr)).toBe('');
    expect(pack.stdout.trim().split('\n').at(-1)).toBe(line![1]);
    const tarball = path.join(tmp, line![1]!);

    const empty = path.join(tmp, 'empty');
    mkdirSync(empty);
    const install = spawnSync('npm', ['install', '--global', tarball, '--offline', '--no-audit', '--no-fund'], {
      cwd: empty,
      env,
      encoding: 'utf8',
    });
    expect({ status: install.status, stderr: withoutWarnings(install.stderr) }).toEqual({ status: 0, stderr: '' });
    expect(readdirSync(empty)).toEqual([]);

    const bin = path.join(tmp, 'prefix', 'bin', 'metric-alerts');
    const ws = path.join(tmp, 'ws');
    writeFiles(ws, {
      'alerts.yml':
        'version: 1\nchannels:\n  ml:\n    type: slack\n    url: ${HOOK}\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n    channels: [ml]\n',
      'm.json': '{"accuracy": 0.5}',
    });
    const cmd = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
      spawnSync(bin, args, { cwd: ws, env: { ...env, ...extra }, encoding: 'utf8' });
    expect(cmd(['--version'])).toMatchObject({ status: 0, stdout: `${PKG.version}\n` });
    expect(cmd(['check', '--help']).stdout).toContain('Usage: metric-alerts check');
    // Asynchronously: the Slack stand-in answers from this process.
    const check = await new Promise<{ status: number; stdout: string }>((resolve) => {
      execFile(
        bin,
        ['check', '--metrics', 'm.json', '--experiment', 'iris'],
        { cwd: ws, env: { ...env, HOOK: slack.url('/installed') }, encoding: 'utf8' },
        (error, stdout) => resolve({ status: error ? Number(error.code) : 0, stdout }),
      );
    });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('firing      acc [iris] accuracy = 0.5, condition < 0.9 -> fired');
    expect(check.stdout).toContain('sent 1 event(s) to channel ml');
    expect(slack.received.filter((r) => r.path === '/installed')).toHaveLength(1);
    expect(readdirSync(ws).sort()).toEqual(['alerts-history.json', 'alerts.yml', 'm.json']);
  }, 180_000);
});
