// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc. Deterministic: CI rebuilds and
// fails when dist/ (or src/generated/) differs from what is committed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The build's identity: a hash of every source file and the locked dependencies. Rules compiled by one build are
// reused from the history only by the same build (src/core/config/memo.ts).
const GENERATED = 'src/generated';
const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? path.join(dir, e.name) === GENERATED
          ? []
          : sources(path.join(dir, e.name))
        : [path.join(dir, e.name)],
    )
    .sort();
const hash = createHash('sha256');
for (const f of [...sources('src'), 'package-lock.json']) hash.update(`${f}\0`).update(readFileSync(f)).update('\0');
mkdirSync(GENERATED, { recursive: true });
writeFileSync(
  path.join(GENERATED, 'build-id.ts'),
  `// Written by scripts/build.mjs: a hash of src/ and package-lock.json. Do not edit.\nexport const BUILD_ID = '${hash.digest('hex').slice(0, 16)}';\n`,
);

rmSync('dist', { recursive: true, force: true });
const ncc = (entry, out) =>
  execFileSync(
    process.execPath,
    ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'],
    { stdio: 'inherit' },
  );
ncc('src/index.ts', 'dist');
ncc('src/cli/index.ts', 'dist/cli');
