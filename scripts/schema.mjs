// Writes schema/alerts.schema.json from the loader's zod definitions (via the bundled CLI); --check fails when stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'schema/alerts.schema.json';
const fresh = `${execFileSync(process.execPath, ['dist/cli/index.js', 'schema'], { encoding: 'utf8' }).trim()}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== fresh) {
    console.error(`${file} is stale: run npm run build && npm run schema, and commit it`);
    process.exit(1);
  }
  console.log(`${file} is current`);
} else {
  writeFileSync(file, fresh);
  console.log(`wrote ${file}`);
}
