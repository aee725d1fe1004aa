// The bundled action (dist/index.js) delivering to a loopback Sentry that reads envelopes as Sentry documents.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PUBLIC_KEY, rateLimited, sentryForSuite } from '../helpers/sentry-server.js';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';

const sentry = sentryForSuite();

const rules = (experiment = 'iris', repeat = 'every-run') => `version: 1
channels:
  se:
    type: sentry
    dsn: \${SENTRY_DSN}
alerts:
  - name: accuracy-regression
    experiment: "${experiment}"
    metric: accuracy
    op: "<"
    threshold: 0.9
    severity: critical
    repeat: ${repeat}
    labels: {team: vision}
    channels: [se]
`;

function workspace(metrics: unknown, alerts = rules()): string {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': alerts, 'out/metrics.json': JSON.stringify(metrics) });
  return ws;
}

const act = (ws: string, over: Partial<ActionOptions> & { dsn?: string } = {}) =>
  runAction({
    workspace: ws,
    ...over,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file', ...(over.inputs ?? {}) },
    env: { SENTRY_DSN: over.dsn ?? sentry.server.dsn(), ...(over.env ?? {}) },
  });
const metrics = (ws: string, accuracy: number) => writeFiles(ws, { 'out/metrics.json': JSON.stringify({ accuracy }) });
const ledger = (ws: string) =>
  JSON.parse(readFileSync(path.join(ws, 'alerts-history.json'), 'utf8')) as {
    events: { kind: string; deliveries: Record<string, unknown>[] }[];
  };
const logOf = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

describe('sentry through dist', () => {
  it('fire, re-run nothing, reminder, resolve (nothing sent, recorded as skipped), fire again: one fingerprint', async () => {
    const ws = workspace({ accuracy: 0.78 });
    const first = await act(ws, { runId: '1' });
    expect(first.code).toBe(0);
    expect(first.outputs['failed-deliveries']).toBe('0');
    expect(await act(ws, { runId: '1' })).toMatchObject({ code: 0 });
    expect(sentry.server.accepted()).toHaveLength(1);
    await act(ws, { runId: '2' });
    metrics(ws, 0.95);
    const resolve = await act(ws, { runId: '3' });
    expect(resolve.outputs['failed-deliveries']).toBe('0');
    expect(resolve.stdout).toContain('channel se: 1 event(s) not sent: Sentry resolves issues in its own UI');
    expect(sentry.server.received).toHaveLength(2);
    const afterResolve = ledger(ws).events.find((e) => e.kind === 'resolved')!;
    expect(afterResolve.deliveries).toEqual([
      expect.objectContaining({
        channel: 'se',
        skipped: true,
        error: 'not sent: Sentry resolves issues in its own UI',
      }),
    ]);
    metrics(ws, 0.5);
    await act(ws, { runId: '4' });
    metrics(ws, 0.4);
    await act(ws, { runId: '5' }); // a reminder; the resolved event is not owed, so nothing else goes
    const events = sentry.server.accepted();
    expect(events).toHaveLength(4);
    expect(events.map((e) => e.level)).toEqual(['error', 'error', 'error', 'error']);
    expect(new Set(events.map((e) => JSON.stringify(e.fingerprint))).size).toBe(1);
    expect(new Set(events.map((e) => e.event_id)).size).toBe(4);
    expect(events[0]!.tags).toMatchObject({ alert: 'accuracy-regression', experiment: 'iris', team: 'vision' });
    expect(logOf(first.stdout) + first.summary).not.toContain(PUBLIC_KEY);
  });

  it('another instance has another fingerprint', async () => {
    const ws = workspace({ experiment: 'a', metrics: { accuracy: 0.5 } }, rules('*'));
    await act(ws, { runId: '1' });
    writeFiles(ws, { 'out/metrics.json': JSON.stringify({ experiment: 'b', metrics: { accuracy: 0.5 } }) });
    await act(ws, { runId: '2' });
    const fps = sentry.server.accepted().map((e) => JSON.stringify(e.fingerprint));
    expect(fps).toHaveLength(2);
    expect(fps[0]).not.toBe(fps[1]);
  });

  it('429 (X-Sentry-Rate-Limits) and 5xx are retried within the run and recorded as one delivery', async () => {
    const ws = workspace({ accuracy: 0.78 });
    sentry.server.answer(rateLimited(1), { status: 502, body: 'bad gateway' });
    const r = await act(ws, { runId: '1' });
    expect(r.code).toBe(0);
    expect(sentry.server.received.map((x) => x.status)).toEqual([429, 502, 200]);
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'se', ok: true, status: 200, attempts: 3 }),
    ]);
  });

  it('a final 401 (wrong key) is a warning with Sentry detail, never the DSN or key, and is not sent again', async () => {
    const ws = workspace({ accuracy: 0.78 }, rules('iris', 'never'));
    const dsn = sentry.server.dsn({ key: 'wrongsentrykey42' });
    const first = await act(ws, { runId: '1', dsn });
    expect(first.outputs['failed-deliveries']).toBe('1');
    expect(first.stdout).toMatch(/::warning.*missing or invalid authentication/);
    expect(logOf(first.stdout) + first.summary).not.toContain('wrongsentrykey42');
    const second = await act(ws, { runId: '2', dsn });
    expect(second.outputs['failed-deliveries']).toBe('0');
    expect(sentry.server.received).toHaveLength(1);
  });

  it('hostile names from the artifact cannot notify, link, reorder or inject workflow commands', async () => {
    const evil = 'x\n::error::injected [c](https://evil.example) @here www.evil.example \u202Egnp';
    const ws = workspace({ experiment: evil, run_id: '@team', metrics: { accuracy: 0.5 } }, rules('*'));
    const r = await act(ws, { runId: '1' });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::injected'))).toEqual([]);
    const [e] = sentry.server.accepted();
    const text = e!.message!.formatted as string;
    expect(text).not.toMatch(/@(?!\u200B)|:\/\/evil|www\.evil|[\u202A-\u202E\u2066-\u2069]/);
    expect(e!.tags!.experiment).toBe('x ::error::injected [c](https://evil.example) @here www.evil.example gnp');
  });
});
