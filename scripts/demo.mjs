// npm run demo: runs the bundled CLI on examples/demo as a dry run, so you see the Slack message it would post.
import { spawnSync } from 'node:child_process';

console.log(
  'metric-alerts demo: examples/demo/alerts.yml against examples/demo/metrics.jsonl (dry run, nothing is sent)\n',
);
const r = spawnSync(
  process.execPath,
  [
    'dist/cli/index.js',
    'check',
    '--config',
    'examples/demo/alerts.yml',
    '--metrics',
    'examples/demo/metrics.jsonl',
    '--no-history',
    '--dry-run',
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      SLACK_WEBHOOK_URL: process.env.SLACK_WEBHOOK_URL || 'https://hooks.slack.com/services/T000/B000/demo',
    },
  },
);
process.exit(r.status ?? 1);
