// The shifted clock the e2e tests give the bundle (helpers/clock.mjs): every way of reading the time agrees.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@jest/globals';
import { clockArgs } from '../helpers/run-action.js';

const READ = `console.log(JSON.stringify([Date.now(), new Date().toISOString(), Date(), new Date(0).toISOString()]))`;

function read(now?: string): [number, string, string, string] {
  const env = { ...process.env, ...(now ? { FAKE_NOW: now } : {}) };
  return JSON.parse(execFileSync(process.execPath, [...clockArgs(now), '-e', READ], { env, encoding: 'utf8' }));
}

test('a process started with a clock reads that time, and runs on from it', () => {
  const [ms, iso, text, epoch] = read('2026-03-08T06:59:59.000Z');
  expect(ms).toBeGreaterThanOrEqual(Date.parse('2026-03-08T06:59:59.000Z'));
  expect(ms).toBeLessThan(Date.parse('2026-03-08T07:01:00.000Z'));
  expect(iso.startsWith('2026-03-08T0')).toBe(true);
  expect(text).toContain('2026');
  expect(epoch).toBe('1970-01-01T00:00:00.000Z');
});

test('without a clock the process reads the real time', () => {
  const [ms] = read();
  expect(Math.abs(ms - Date.now())).toBeLessThan(60_000);
});
