// The bundled action (dist/index.js) delivering to a loopback Datadog that answers as Datadog documents.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { API_KEY, datadogForSuite, rateLimited } from '../helpers/datadog-server.js';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';

const dd = datadogForSuite();

const rules = (experiment = 'iris', repeat = 'every-run') => `version: 1
channels:
  dd:
    type: datadog
    api-key: \${DD_API_KEY}
    site: datadoghq.eu
    api-url: \${DD_API_URL}
alerts:
  - name: accuracy-regression
    experiment: "${experiment}"
    metric: accuracy
    op: "<"
    threshold: 0.9
    severity: critical
    repeat: ${repeat}
    labels: {team: vision}
    channels: [dd]
`;

function workspace(metrics: unknown, alerts = rules()): string {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': alerts, 'out/metrics.json': JSON.stringify(metrics) });
  return ws;
}

const act = (ws: string, over: Partial<ActionOptions> & { key?: string } = {}) =>
  runAction({
    workspace: ws,
    ...over,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file', ...(over.inputs ?? {}) },
    env: { DD_API_KEY: over.key ?? API_KEY, DD_API_URL: dd.server.url(), ...(over.env ?? {}) },
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

describe('datadog through dist', () => {
  it('fire, re-run nothing, reminder, resolve (success, same key), fire again: one aggregation key', async () => {
    const ws = workspace({ accuracy: 0.78 });
    const first = await act(ws, { runId: '1' });
    expect(first.code).toBe(0);
    expect(first.outputs['failed-deliveries']).toBe('0');
    expect(await act(ws, { runId: '1' })).toMatchObject({ code: 0 });
    expect(dd.server.accepted()).toHaveLength(1);
    await act(ws, { runId: '2' });
    metrics(ws, 0.95);
    await act(ws, { runId: '3' });
    metrics(ws, 0.5);
    await act(ws, { runId: '4' });
    const events = dd.server.accepted();
    expect(events.map((e) => e.alert_type)).toEqual(['error', 'error', 'success', 'error']);
    expect(events.map((e) => e.title)).toEqual([
      '[CRITICAL] accuracy-regression is firing on iris',
      '[CRITICAL] accuracy-regression is still firing on iris',
      '[RESOLVED] accuracy-regression resolved on iris',
      '[CRITICAL] accuracy-regression is firing on iris',
    ]);
    expect(new Set(events.map((e) => e.aggregation_key)).size).toBe(1);
    expect(events[0]!.tags).toEqual(expect.arrayContaining(['alert:accuracy-regression', 'team:vision']));
    expect(events[2]!.text).toContain('accuracy = 0.95, back above 0.9');
    for (const r of [first]) expect(logOf(r.stdout) + r.summary).not.toContain(API_KEY);
    expect(ledger(ws).events.every((e) => e.deliveries.every((d) => d.ok === true && d.status === 202))).toBe(true);
  });

  it('another instance has another aggregation key', async () => {
    const ws = workspace({ experiment: 'a', metrics: { accuracy: 0.5 } }, rules('*'));
    await act(ws, { runId: '1' });
    writeFiles(ws, { 'out/metrics.json': JSON.stringify({ experiment: 'b', metrics: { accuracy: 0.5 } }) });
    await act(ws, { runId: '2' });
    const keys = dd.server.accepted().map((e) => e.aggregation_key);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('429 (X-RateLimit-Reset) and 5xx are retried within the run and recorded as one delivery', async () => {
    const ws = workspace({ accuracy: 0.78 });
    dd.server.answer(rateLimited(1), { status: 503, body: '{"errors":["Service unavailable"]}' });
    const r = await act(ws, { runId: '1' });
    expect(r.code).toBe(0);
    expect(dd.server.received.map((x) => x.status)).toEqual([429, 503, 202]);
    expect(r.outputs['failed-deliveries']).toBe('0');
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'dd', ok: true, status: 202, attempts: 3 }),
    ]);
  });

  it('a final 403 (wrong key) is a warning with Datadog reason, never the key, and is not sent again', async () => {
    const ws = workspace({ accuracy: 0.78 }, rules('iris', 'never'));
    const wrong = 'wrong-dd-key-9876543210';
    const first = await act(ws, { runId: '1', key: wrong });
    expect(first.outputs['failed-deliveries']).toBe('1');
    expect(first.stdout).toMatch(/::warning.*Forbidden/);
    expect(logOf(first.stdout) + first.summary).not.toContain(wrong);
    expect(ledger(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'dd', ok: false, status: 403, retryable: false }),
    ]);
    const second = await act(ws, { runId: '2', key: wrong });
    expect(second.outputs['failed-deliveries']).toBe('0');
    expect(dd.server.received).toHaveLength(1);
  });

  it('hostile names from the artifact cannot notify, link, format, reorder or inject workflow commands', async () => {
    const evil = 'x\n::error::injected %%% **b** [c](https://evil.example) @here @oncall www.evil.example \u202Egnp';
    const ws = workspace(
      { experiment: evil, run_id: '@team https://evil.example', metrics: { accuracy: 0.5 } },
      rules('*'),
    );
    const r = await act(ws, { runId: '1' });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::injected'))).toEqual([]);
    const [e] = dd.server.accepted();
    for (const s of [e!.title as string, e!.text as string]) {
      expect(s).not.toMatch(/@(?!\u200B)|:\/\/evil|www\.evil|[\u202A-\u202E\u2066-\u2069]|^%%%/m);
    }
    expect(e!.text).toContain('Experiment: x ::error::injected %%% **b** [c](https:\u200B//evil.example) @\u200Bhere');
  });
});
