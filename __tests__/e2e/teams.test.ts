// The bundled action (dist/index.js) delivering to a loopback Teams Workflows webhook that answers as documented.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';
import { cardTexts, SIGNATURE, teamsForSuite, throttled, type Received } from '../helpers/teams-server.js';

const teams = teamsForSuite();
const HISTORY = 'alerts-history.json';

const rules = (experiment = 'iris') => `version: 1
channels:
  tm:
    type: teams
    url: \${TEAMS_WORKFLOW_URL}
alerts:
  - name: accuracy-regression
    description: Accuracy on the held-out set
    experiment: "${experiment}"
    metric: accuracy
    op: "<"
    threshold: 0.9
    severity: critical
    channels: [tm]
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
    env: { TEAMS_WORKFLOW_URL: over.url ?? teams.server.url(), ...(over.env ?? {}) },
  });

const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning'));
const logOf = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
const ledger = (ws: string) =>
  JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8')) as { events: { kind: string; deliveries: unknown[] }[] };
const texts = (r: Received) => cardTexts(r.json.attachments![0]!.content!);
const lineTexts = (r: Received) => texts(r).map((t) => t.text);

describe('teams through dist', () => {
  it('fires once, a re-run sends nothing, the recovery is one card', async () => {
    const ws = workspace({ accuracy: 0.78 });
    const first = await act(ws, { runId: '1' });
    expect(first.code).toBe(0);
    expect(teams.server.received).toHaveLength(1);
    const fired = teams.server.received[0]!;
    expect(fired.status).toBe(202);
    expect(fired.flowError).toBeUndefined();
    expect(fired.json.attachments![0]!.content!.version).toBe('1.5');
    const all = lineTexts(fired).join('\n');
    expect(all).toContain('🚨 metric-alerts: 1 firing');
    expect(all).toContain('accuracy-regression');
    expect(all).toContain('accuracy = 0.78');
    expect(first.outputs['failed-deliveries']).toBe('0');
    expect(logOf(first.stdout)).not.toContain(SIGNATURE);
    expect(first.summary).not.toContain(SIGNATURE);

    const rerun = await act(ws, { runId: '1' });
    expect(rerun.code).toBe(0);
    expect(teams.server.received).toHaveLength(1);

    writeFiles(ws, { 'out/metrics.json': JSON.stringify({ accuracy: 0.95 }) });
    const resolved = await act(ws, { runId: '2' });
    expect(resolved.code).toBe(0);
    expect(teams.server.received).toHaveLength(2);
    const back = lineTexts(teams.server.received[1]!).join('\n');
    expect(back).toContain('✅ metric-alerts: 1 resolved');
    expect(back).toContain(' · back above 0.9');
  });

  it('429 (Retry-After) and 5xx are retried within the run, and recorded as one delivery', async () => {
    const ws = workspace({ accuracy: 0.78 });
    teams.server.answer(throttled(1), { status: 502, body: '' });
    const r = await act(ws, { runId: '1' });
    expect(r.code).toBe(0);
    expect(teams.server.received.map((x) => x.status)).toEqual([429, 502, 202]);
    expect(teams.server.received[1]!.at - teams.server.received[0]!.at).toBeGreaterThanOrEqual(900);
    expect(r.outputs['failed-deliveries']).toBe('0');
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'tm', ok: true, status: 202, attempts: 3 }),
    ]);
  });

  it('a final answer (a wrong signature) is a warning naming the reason, and is not sent again', async () => {
    const ws = workspace({ accuracy: 0.78 });
    const wrong = teams.server.url({ sig: 'rotated' });
    const first = await act(ws, { runId: '1', url: wrong });
    expect(first.code).toBe(0);
    expect(first.outputs['failed-deliveries']).toBe('1');
    expect(warnings(first.stdout).join('\n')).toContain('DirectApiInvalidAuthorizationSignature');
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'tm', ok: false, status: 401, retryable: false }),
    ]);
    const second = await act(ws, { runId: '2', url: wrong });
    expect(second.code).toBe(0);
    expect(second.outputs['failed-deliveries']).toBe('0');
    expect(teams.server.received).toHaveLength(0);
  });

  it('hostile names from the artifact stay plain text: no Markdown, link, function, bidi or workflow command', async () => {
    const evil =
      'x\n::error::injected **b** [click](https://evil.example) # H {{DATE(2017-02-14T06:08:00Z)}} \u202Egnp';
    const ws = workspace(
      { experiment: evil, run_id: '[r](https://evil.example)', metrics: { accuracy: 0.5 } },
      rules('*'),
    );
    const r = await act(ws, { runId: '1' });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::injected'))).toEqual([]);
    const got = teams.server.received[0]!;
    expect(got.status).toBe(202);
    expect(got.body).not.toMatch(/https:\/\/evil|\{\{|[\u202A-\u202E\u2066-\u2069]/);
    for (const t of texts(got).filter((t) => t.element === 'TextBlock')) expect(t.text).not.toMatch(/evil|injected/);
    const shown = texts(got).find((t) => t.text.includes('injected'))!;
    expect(shown.element).toBe('TextRun');
    expect(shown.text).toBe(
      'x ::error::injected **b** [click](https:\u200B//evil.example) # H {\u200B{DATE(2017-02-14T06:08:00Z)}} gnp',
    );
  });

  it('test-channels: one "wired up" card, nothing evaluated or recorded', async () => {
    const ws = workspace({ accuracy: 0.78 });
    const r = await act(ws, { inputs: { 'test-channels': 'true' } });
    expect(r.code).toBe(0);
    expect(teams.server.received).toHaveLength(1);
    const note = teams.server.received[0]!;
    expect(note.status).toBe(202);
    expect(note.flowError).toBeUndefined();
    expect(lineTexts(note).join('\n')).toContain('wired up');
    expect(texts(note).some((t) => t.text === 'acme/vision' && t.url === 'https://github.com/acme/vision')).toBe(true);
    expect(r.outputs.fired).toBeUndefined();
  });

  it('200 firing alerts: one card within 28 KB, the rest counted', async () => {
    const runs = Array.from({ length: 200 }, (_, i) => ({
      experiment: `exp-${String(i).padStart(3, '0')}-${'n'.repeat(80)}`,
      run_id: `run-${i}`,
      metrics: { accuracy: 0.5 },
    }));
    const ws = workspace(runs, rules('*'));
    const r = await act(ws, { runId: '1' });
    expect(r.code).toBe(0);
    expect(teams.server.received).toHaveLength(1);
    const got = teams.server.received[0]!;
    expect(got.status).toBe(202);
    expect(got.flowError).toBeUndefined();
    expect(got.bytes).toBeLessThanOrEqual(28_000);
    const shown = got.json.attachments![0]!.content!.body!.filter((e) => e.type === 'Container').length;
    expect(lineTexts(got)).toContain(`...and ${200 - shown} more, see the job summary`);
    expect(lineTexts(got)[0]).toBe('🚨 metric-alerts: 200 firing');
    expect(ledger(ws).events.filter((e) => e.deliveries.length === 1)).toHaveLength(200);
  });
});
