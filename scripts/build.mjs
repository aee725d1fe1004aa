// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc. Deterministic: CI rebuilds and
// fails when dist/ differs from what is committed.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const ncc = (entry, out) =>
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' });
ncc('src/index.ts', 'dist');
ncc('src/cli/index.ts', 'dist/cli');
