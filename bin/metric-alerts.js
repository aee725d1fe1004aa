#!/usr/bin/env node
// npx metric-alerts: the bundled CLI.
await import('../dist/cli/index.js');
