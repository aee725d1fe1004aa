// Preloaded into dist/index.js (NODE_OPTIONS=--import) to kill the process in the middle of writing a file whose path
// contains $KILL_WHILE_WRITING: half the bytes reach the disk, then SIGKILL, as when a runner is cancelled mid-write.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const target = process.env.KILL_WHILE_WRITING;
const writeFileSync = fs.writeFileSync;
fs.writeFileSync = function (file, data, ...rest) {
  if (target && typeof file === 'string' && file.includes(target)) {
    const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    writeFileSync.call(fs, file, text.slice(0, Math.floor(text.length / 2)), ...rest);
    process.kill(process.pid, 'SIGKILL');
  }
  return writeFileSync.call(fs, file, data, ...rest);
};
syncBuiltinESMExports();
