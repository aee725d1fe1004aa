// Writes the committed JSON Schemas from their zod definitions; --check fails when one is stale.
// - schema/alerts.schema.json from the loader's definitions (via the bundled CLI: run npm run build first);
// - schema/webhook-payload.schema.json from src/channels/webhook/payload.ts, loaded with Node's type stripping
//   (Node 22.18 or later; the file imports nothing but zod at run time).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const SCHEMAS = {
  'schema/alerts.schema.json': async () =>
    `${execFileSync(process.execPath, ['dist/cli/index.js', 'schema'], { encoding: 'utf8' }).trim()}\n`,
  'schema/webhook-payload.schema.json': async () =>
    (await import('../src/channels/webhook/payload.ts')).payloadJsonSchemaText(),
};

const check = process.argv.includes('--check');
let stale = false;
for (const [file, make] of Object.entries(SCHEMAS)) {
  const fresh = await make();
  if (!check) {
    writeFileSync(file, fresh);
    console.log(`wrote ${file}`);
    continue;
  }
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current === fresh) console.log(`${file} is current`);
  else {
    console.error(`${file} is stale: run npm run build && npm run schema, and commit it`);
    stale = true;
  }
}
if (stale) process.exit(1);
