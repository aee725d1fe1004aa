// Issue 6 through dist/index.js: a run whose alerts.yml is unchanged binds the compiled rules kept in the history and
// loads neither the YAML parser nor the schema. Proved with a copy of dist/ from which those chunks are removed.
import { describe, expect, it } from '@jest/globals';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { slackForSuite } from '../helpers/slack-server.js';
import { seedRules } from '../helpers/fixtures.js';
import { runAction, tempDir, writeFiles } from '../helpers/run-action.js';

const slack = slackForSuite();
const ROOT = path.resolve(import.meta.dirname, '../..');
const HISTORY = 'alerts-history.json';

/** dist/ without the chunks that hold the YAML parser, the schema and the rules compiler. */
function distWithoutCompiler(): string {
  const dir = tempDir('dist-');
  cpSync(path.join(ROOT, 'dist'), dir, { recursive: true });
  const removed = readdirSync(dir).filter(
    (f) =>
      /^\d+\.index\.js$/.test(f) &&
      /node_modules\/yaml|compileRules|node_modules\/zod/.test(readFileSync(path.join(dir, f), 'utf8')),
  );
  for (const f of removed) rmSync(path.join(dir, f));
  expect(removed.length).toBeGreaterThanOrEqual(1);
  expect(readFileSync(path.join(dir, 'index.js'), 'utf8')).not.toMatch(/node_modules\/(yaml|zod)\//);
  return path.join(dir, 'index.js');
}

describe('compiled rules kept in a history file, through dist/index.js', () => {
  const step = (ws: string, runId: string, entry?: string) =>
    runAction({
      workspace: ws,
      runId,
      ...(entry ? { entry } : {}),
      inputs: { metrics: 'm.json', experiment: 'iris', history: 'file' },
      env: { SLACK_WEBHOOK_URL: slack.server.url() },
    });

  it('unchanged rules need no YAML parser or schema; changed rules are compiled again', async () => {
    const stripped = distWithoutCompiler();
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': seedRules(), 'm.json': '{"accuracy": 0.95}' });
    expect((await step(ws, '1')).code).toBe(0);
    const ledger = JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8')) as { rules?: { key: string } };
    expect(ledger.rules?.key).toMatch(/^[0-9a-f]{16}:\d+:[0-9a-z]+$/);
    expect(JSON.stringify(ledger)).not.toContain(slack.server.url());

    // Same rules: the stripped build fires and resolves as the full one would.
    writeFiles(ws, { 'm.json': '{"accuracy": 0.5}' });
    const fired = await step(ws, '2', stripped);
    expect([fired.code, fired.stderr]).toEqual([0, '']);
    expect(fired.outputs.fired).toBe('1');
    expect(slack.server.received).toHaveLength(1);

    // Changed rules: the stripped build cannot compile them (so it did not use the old ones) ...
    writeFiles(ws, {
      'alerts.yml': seedRules().replace('threshold: 0.9', 'threshold: 0.4'),
      'm.json': '{"accuracy": 0.45}',
    });
    const before = readFileSync(path.join(ws, HISTORY), 'utf8');
    const refused = await step(ws, '3', stripped);
    expect(refused.code).not.toBe(0);
    expect(readFileSync(path.join(ws, HISTORY), 'utf8')).toBe(before);
    // ... and the full build does: with threshold 0.4, accuracy 0.45 resolves the alert.
    const resolved = await step(ws, '3');
    expect(resolved.code).toBe(0);
    expect(resolved.outputs.resolved).toBe('1');
  });

  it('a memo tampered to read another variable is ignored: the file is compiled and its own channel used', async () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': seedRules(), 'm.json': '{"accuracy": 0.95}' });
    expect((await step(ws, '1')).code).toBe(0);
    const ledger = JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8')) as {
      rules: { rules: { channels: { fields: { url: string } }[] } };
    };
    ledger.rules.rules.channels[0]!.fields.url = `${slack.server.url('/collector')}?\${GITHUB_TOKEN}`;
    writeFileSync(path.join(ws, HISTORY), JSON.stringify(ledger));
    writeFiles(ws, { 'm.json': '{"accuracy": 0.5}' });
    const r = await step(ws, '2', distWithoutCompiler());
    expect(r.code).not.toBe(0); // it had to compile, which the stripped build cannot
    const full = await step(ws, '2');
    expect(full.code).toBe(0);
    expect(slack.server.received.map((m) => m.path)).toEqual(['/services/T000/B000/secret-token']);
  });

  it('a webhook URL written in alerts.yml is a secret: no compiled rules are kept', async () => {
    const ws = tempDir();
    writeFiles(ws, {
      'alerts.yml': seedRules().replace('${SLACK_WEBHOOK_URL}', slack.server.url()),
      'm.json': '{"accuracy": 0.5}',
    });
    expect((await step(ws, '1')).code).toBe(0);
    const text = readFileSync(path.join(ws, HISTORY), 'utf8');
    expect(JSON.parse(text)).not.toHaveProperty('rules');
    expect(text).not.toContain('secret-token');
  });
});
