// The npm registry reachable here lacks the other platforms' optional binaries of unrs-resolver (used by jest), so
// `npm install` leaves them out of package-lock.json and `npm ci` then refuses the lock. This adds the missing
// optional entries with their platform constraints; npm ci skips them on a non-matching platform, as it should.
// Run after changing dependencies: npm install && node scripts/complete-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkgs = lock.packages;
let added = 0;
for (const [where, meta] of Object.entries(pkgs)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (pkgs[key] || pkgs[`${where}/${key}`]) continue;
    const m = /-(android|darwin|freebsd|linux|openharmony|win32|wasm32)-?([a-z0-9]+)?/.exec(name);
    if (!m) continue;
    const entry = {
      version,
      cpu: [m[1] === 'wasm32' ? 'wasm32' : (m[2] ?? 'x64').replace('eabi', '').replace(/^arm$/, 'arm')],
      optional: true,
    };
    if (m[1] !== 'wasm32') entry.os = [m[1]];
    if (/-gnu|musl/.test(name)) entry.libc = [name.includes('musl') ? 'musl' : 'glibc'];
    pkgs[key] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform entries added`);
