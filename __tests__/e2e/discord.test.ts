// The bundled action (dist/index.js) delivering to a loopback Discord that answers as Discord documents.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { discordForSuite, judge, pings, rateLimited, WEBHOOK_TOKEN } from '../helpers/discord-server.js';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';

const discord = discordForSuite();
const ROLE = '123456789012345678';
const HISTORY = 'alerts-history.json';

const rules = (experiment = 'iris') => `version: 1
channels:
  dc:
    type: discord
    url: \${DISCORD_WEBHOOK_URL}
    mentions: ["<@&${ROLE}>"]
alerts:
  - name: accuracy-regression
    description: Accuracy on the held-out set
    experiment: "${experiment}"
    metric: accuracy
    op: "<"
    threshold: 0.9
    severity: critical
    channels: [dc]
`;

function workspace(metrics: unknown, alerts = rules()): string {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': alerts, 'out/metrics.json': JSON.stringify(metrics) });
  return ws;
}

const act = (ws: string, over: Partial<ActionOptions> & { url?: string } = {}) =>
  runAction({
    workspace: ws,
    ...over,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file', ...(over.inputs ?? {}) },
    env: { DISCORD_WEBHOOK_URL: over.url ?? discord.server.url(), ...(over.env ?? {}) },
  });

const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning'));
/** The log without the lines that register secrets with the runner (those hold the secret by design). */
const logOf = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
const ledger = (ws: string) =>
  JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8')) as { events: { kind: string; deliveries: unknown[] }[] };

describe('discord through dist', () => {
  it('fires once with the role pinged, a re-run sends nothing, the recovery is one message without a ping', async () => {
    const ws = workspace({ accuracy: 0.78 });
    const first = await act(ws, { runId: '1' });
    expect(first.code).toBe(0);
    expect(discord.server.received).toHaveLength(1);
    const fired = discord.server.received[0]!;
    expect(fired.status).toBe(204);
    expect(fired.path).toMatch(/^\/api\/webhooks\/\d+\/[^/]+$/);
    expect(fired.json.embeds![0]!.title).toBe('🔴 CRITICAL · accuracy\\-regression is firing');
    expect(fired.json.embeds![0]!.description).toContain('**accuracy = 0.78** · condition \\< 0.9');
    expect(pings(fired.json)).toEqual([`roles:${ROLE}`]);
    expect(first.outputs['failed-deliveries']).toBe('0');
    expect(logOf(first.stdout)).not.toContain(WEBHOOK_TOKEN);
    expect(first.summary).not.toContain(WEBHOOK_TOKEN);

    const rerun = await act(ws, { runId: '1' });
    expect(rerun.code).toBe(0);
    expect(discord.server.received).toHaveLength(1);

    writeFiles(ws, { 'out/metrics.json': JSON.stringify({ accuracy: 0.95 }) });
    const resolved = await act(ws, { runId: '2' });
    expect(resolved.code).toBe(0);
    expect(discord.server.received).toHaveLength(2);
    const back = discord.server.received[1]!.json;
    expect(back.embeds![0]!.title).toBe('✅ accuracy\\-regression resolved (critical)');
    expect(back.embeds![0]!.description).toContain('**accuracy = 0.95** · back above 0.9');
    expect(pings(back)).toEqual([]);
    expect(back.allowed_mentions).toEqual({ parse: [] });
  });

  it('429 (retry_after in the body) and 5xx are retried within the run, and recorded as one delivery', async () => {
    const ws = workspace({ accuracy: 0.78 });
    discord.server.answer(rateLimited(0.4), { status: 500, body: JSON.stringify({ message: 'boom', code: 0 }) });
    const r = await act(ws, { runId: '1' });
    expect(r.code).toBe(0);
    expect(discord.server.received.map((x) => x.status)).toEqual([429, 500, 204]);
    expect(discord.server.received[1]!.at - discord.server.received[0]!.at).toBeGreaterThanOrEqual(350);
    expect(r.outputs['failed-deliveries']).toBe('0');
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'dc', ok: true, status: 204, attempts: 3 }),
    ]);
  });

  it('a final answer (a deleted webhook) is a warning naming Discord reason, and is not sent again', async () => {
    const ws = workspace({ accuracy: 0.78 });
    const gone = discord.server.url({ id: '1100000000000000999' });
    const first = await act(ws, { runId: '1', url: gone });
    expect(first.code).toBe(0);
    expect(first.outputs['failed-deliveries']).toBe('1');
    expect(warnings(first.stdout).join('\n')).toContain('Unknown Webhook (code 10015)');
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'dc', ok: false, status: 404, retryable: false }),
    ]);
    const second = await act(ws, { runId: '2', url: gone });
    expect(second.code).toBe(0);
    expect(second.outputs['failed-deliveries']).toBe('0');
    expect(discord.server.received).toHaveLength(0);
  });

  it('hostile names from the artifact cannot ping, link, format, reorder or inject workflow commands', async () => {
    const evil =
      'x\n::error::injected **b** [click](https://evil.example) <@999999999999999999> @everyone <#5> \u202Egnp.exe';
    const ws = workspace(
      { experiment: evil, run_id: '<@&1>|[r](https://evil.example)', metrics: { accuracy: 0.5 } },
      rules('*'),
    );
    const r = await act(ws, { runId: '1' });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::injected'))).toEqual([]);
    const got = discord.server.received[0]!;
    expect(got.status).toBe(204);
    expect(pings(got.json)).toEqual([`roles:${ROLE}`]);
    expect(got.body).not.toMatch(/https:\/\/evil|@everyone|[\u202A-\u202E\u2066-\u2069]/);
    expect(got.body).not.toMatch(/(?<!\\\\)<@999|(?<!\\\\)<#5>|(?<!\\\\)<@&1>/);
    const experiment = got.json.embeds![0]!.fields![0]!.value;
    expect(experiment).toBe(
      'x ::error::injected \\*\\*b\\*\\* \\[click\\]\\(https:\u200B//evil.example\\) \\<@999999999999999999\\> @\u200Beveryone \\<\\#5\\> gnp.exe',
    );
  });

  it('test-channels: one "wired up" note, no mentions, nothing evaluated or recorded', async () => {
    const ws = workspace({ accuracy: 0.78 });
    const r = await act(ws, { inputs: { 'test-channels': 'true' } });
    expect(r.code).toBe(0);
    expect(discord.server.received).toHaveLength(1);
    const note = discord.server.received[0]!;
    expect(note.status).toBe(204);
    expect(note.json.embeds![0]!.title).toContain('wired up');
    expect(note.json.content).toContain('[acme/vision](<https://github.com/acme/vision>)');
    expect(pings(note.json)).toEqual([]);
    expect(r.outputs.fired).toBeUndefined();
  });

  it('200 firing alerts: one message within every Discord limit, the rest counted', async () => {
    const runs = Array.from({ length: 200 }, (_, i) => ({
      experiment: `exp-${String(i).padStart(3, '0')}-${'n'.repeat(80)}`,
      run_id: `run-${i}`,
      metrics: { accuracy: 0.5 },
    }));
    const ws = workspace(runs, rules('*'));
    const r = await act(ws, { runId: '1' });
    expect(r.code).toBe(0);
    expect(discord.server.received).toHaveLength(1);
    const got = discord.server.received[0]!;
    expect(got.status).toBe(204);
    expect(judge(got.json)).toBeUndefined();
    expect(got.json.embeds).toHaveLength(10);
    expect(got.json.content).toContain('🚨 **metric-alerts**: 200 firing');
    expect(got.json.content).toContain('…and 190 more, see the job summary');
    expect(ledger(ws).events.filter((e) => e.deliveries.length === 1)).toHaveLength(200);
  });
});
