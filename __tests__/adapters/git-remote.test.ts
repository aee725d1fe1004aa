// Credentials for the git ledger: configuration through the environment (read back by real git), a remote URL taken
// apart, git's text cleaned.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { ALWAYS, cleaner, configEnv, remoteOf, withoutUserInfo } from '../../src/adapters/git-remote.js';

const basic = (credentials: string) => `AUTHORIZATION: basic ${Buffer.from(credentials).toString('base64')}`;

describe('configEnv', () => {
  it('gives git its entries after the ones the environment already holds, which git then reads', () => {
    const base = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'user.name', GIT_CONFIG_VALUE_0: 'kept' };
    const env = configEnv([...ALWAYS, ['http.https://example.com/.extraheader', 'X-A: b c']], base);
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_1: 'http.followRedirects',
      GIT_CONFIG_VALUE_1: 'false',
      GIT_CONFIG_KEY_2: 'http.https://example.com/.extraheader',
      GIT_CONFIG_VALUE_2: 'X-A: b c',
    });
    const read = (key: string) =>
      execFileSync('git', ['config', '--get', key], { env: { ...process.env, ...base, ...env }, encoding: 'utf8' });
    expect(read('user.name').trim()).toBe('kept');
    expect(read('http.followRedirects').trim()).toBe('false');
    expect(read('http.https://example.com/.extraheader').trim()).toBe('X-A: b c');
  });

  it('ignores a count that is not a whole number', () => {
    expect(configEnv([['a.b', 'c']], { GIT_CONFIG_COUNT: 'x' })).toEqual({
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'a.b',
      GIT_CONFIG_VALUE_0: 'c',
    });
  });
});

describe('remoteOf', () => {
  it('turns a password in an https URL into a header for that host, and strips it from the URL', () => {
    const r = remoteOf('https://x-access-token:ghs_abc%2Fdef@github.com/acme/vision.git');
    expect(r).toEqual({
      url: 'https://github.com/acme/vision.git',
      shown: 'https://github.com/acme/vision.git',
      auth: [['http.https://github.com/.extraheader', basic('x-access-token:ghs_abc/def')]],
      hasPassword: true,
      secrets: ['ghs_abc%2Fdef', 'ghs_abc/def'],
    });
  });

  it('keeps a user name as configuration; one that looks like a token is a secret', () => {
    expect(remoteOf('http://alice@127.0.0.1:8080/r.git')).toEqual({
      url: 'http://127.0.0.1:8080/r.git',
      shown: 'http://127.0.0.1:8080/r.git',
      auth: [['credential.username', 'alice']],
      hasPassword: false,
      secrets: [],
    });
    const token = 'ghp_0123456789abcdefghij';
    expect(remoteOf(`https://${token}@github.com/o/r`).secrets).toEqual([token]);
  });

  it('leaves other remotes as git reads them, but never keeps a password', () => {
    expect(remoteOf('git@github.com:acme/vision.git')).toMatchObject({
      url: 'git@github.com:acme/vision.git',
      auth: [],
    });
    expect(remoteOf('/srv/git/vision.git')).toMatchObject({ url: '/srv/git/vision.git', secrets: [] });
    expect(remoteOf('ssh://git:hunter2hunter2@host/r.git')).toEqual({
      url: 'ssh://git@host/r.git',
      shown: 'ssh://host/r.git',
      auth: [],
      hasPassword: false,
      secrets: ['hunter2hunter2'],
    });
  });
});

describe('cleaning what git says', () => {
  it('removes the user-info of every URL and every known secret', () => {
    const said =
      "fatal: could not read Password for 'https://ghp_tok@github.com': terminal prompts disabled\nremote: see https://u:p%40ss@h/x and SECRETVALUE";
    expect(withoutUserInfo(said)).toBe(
      "fatal: could not read Password for 'https://github.com': terminal prompts disabled\nremote: see https://h/x and SECRETVALUE",
    );
    expect(cleaner(['SECRETVALUE'])(said)).toContain('remote: see https://h/x and ***');
  });
});
