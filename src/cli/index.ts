// CLI entry (dist/cli/index.js).
import { cli } from './main.js';

process.exitCode = await cli(process.argv.slice(2), process.env, {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
});
