// Preloaded (node --import) into one untimed run of a scenario: writes the process's peak RSS (KiB) when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
