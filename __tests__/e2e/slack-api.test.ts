// Slack through the Web API, end to end through dist/index.js as a runner runs it, against a loopback stand-in of the
// Web API (api-url), with the history in a file: the thread scenario (fired → reply in its thread on resolve, the
// message that fired updated), retries, final errors, hostile names and 200 firing alerts.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';
import { blocksText, rateLimited, slackApiForSuite, slackError, TOKEN } from '../helpers/slack-api-server.js';

const stand = slackApiForSuite({ channels: [{ id: 'C0ALERTS', name: 'ml-alerts' }] });
const HISTORY = 'alerts-history.json';
type Ledger = { events: { kind: string; alert: string; deliveries: Record<string, unknown>[] }[] };

const rules = (channel = 'C0ALERTS', extra = '') => `version: 1
channels:
  ml-alerts:
    type: slack
    token: \${SLACK_BOT_TOKEN}
    channel: ${channel}
    api-url: \${SLACK_API_URL}
alerts:
  - name: accuracy-regression
    experiment: iris
    metric: accuracy
    op: "<"
    threshold: 0.9
    channels: [ml-alerts]
    repeat: never
${extra}`;

function workspace(channel?: string) {
  const ws = tempDir();
  writeFiles(ws, { 'alerts.yml': rules(channel) });
  return ws;
}

/** One run of the action on `metrics` (run id `runId`), as a step after training. */
async function act(ws: string, runId: string, metrics: string, over: Partial<ActionOptions> = {}) {
  writeFiles(ws, { [over.inputs?.metrics ?? 'out/metrics.json']: metrics });
  const r = await runAction({
    workspace: ws,
    runId,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'file' },
    env: { SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: stand.server.url },
    ...over,
  });
  expect(r.stderr).toBe('');
  // The token reaches the runner only to be masked.
  const logged = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
  expect(r.stdout).toContain(`::add-mask::${TOKEN}`);
  expect(`${logged.join('\n')}${r.summary}${JSON.stringify(r.outputs)}`).not.toContain(TOKEN);
  return r;
}
const ledgerOf = (ws: string): Ledger => JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8')) as Ledger;
const alerts = () => stand.server.channels.get('C0ALERTS')!;

describe('the thread scenario', () => {
  it('fires one message; a still-firing run sends nothing; the resolve replies in its thread and updates it', async () => {
    const ws = workspace();
    const first = await act(ws, '1', '{"accuracy": 0.78}');
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ fired: '1', 'failed-deliveries': '0' });
    expect(alerts().messages).toHaveLength(1);
    const [fired] = alerts().messages;
    expect(blocksText(fired!)).toContain('*accuracy-regression* is firing');
    expect(stand.server.calls[0]).toMatchObject({ method: 'chat.postMessage', authorization: `Bearer ${TOKEN}` });
    expect(ledgerOf(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({
        channel: 'ml-alerts',
        ok: true,
        status: 200,
        attempts: 1,
        ref: `C0ALERTS:${fired!.ts}`,
      }),
    ]);

    const second = await act(ws, '2', '{"accuracy": 0.8}');
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ fired: '0', firing: '1' });
    expect(stand.server.calls).toHaveLength(1);

    const third = await act(ws, '3', '{"accuracy": 0.95}');
    expect(third.code).toBe(0);
    expect(third.outputs).toMatchObject({ resolved: '1', firing: '0', 'failed-deliveries': '0' });
    expect(stand.server.calls.map((c) => c.method)).toEqual(['chat.postMessage', 'chat.postMessage', 'chat.update']);
    expect(alerts().messages).toHaveLength(1);
    expect(fired!.replies).toHaveLength(1);
    const reply = blocksText(fired!.replies[0]!);
    expect(reply).toContain('*accuracy-regression* resolved');
    expect(reply).toContain('accuracy = 0.95` · back above 0.9 after 2 runs');
    expect(fired!.broadcast).toBeUndefined();
    expect(fired!.edits).toBe(1);
    const updated = blocksText(fired!);
    expect(updated).toContain('✅ metric-alerts: 1 resolved');
    expect(updated).toContain(':white_check_mark: *RESOLVED* · *accuracy-regression* was firing (warning)');
    const resolved = ledgerOf(ws).events.find((e) => e.kind === 'resolved')!;
    expect(resolved.deliveries).toEqual([expect.objectContaining({ ok: true, ref: `C0ALERTS:${fired!.ts}` })]);

    // A re-run of the resolving run sends nothing again.
    await act(ws, '3', '{"accuracy": 0.95}', { runAttempt: '2' });
    expect(stand.server.calls).toHaveLength(3);
  });
});

describe('reminders', () => {
  it('a reminder (repeat: every-run) is a reply in the thread, also shown in the channel; the message stays', async () => {
    const ws = workspace();
    writeFiles(ws, { 'alerts.yml': rules().replace('repeat: never', 'repeat: every-run') });
    await act(ws, '1', '{"accuracy": 0.78}');
    const r = await act(ws, '2', '{"accuracy": 0.8}');
    expect(r.outputs).toMatchObject({ fired: '0', firing: '1', 'failed-deliveries': '0' });
    expect(alerts().messages).toHaveLength(1);
    const [fired] = alerts().messages;
    expect(fired!.replies).toHaveLength(1);
    expect(fired!.replies[0]!.broadcast).toBe(true);
    expect(blocksText(fired!.replies[0]!)).toContain('*accuracy-regression* is still firing');
    expect(fired!.edits).toBe(0);
    expect(stand.server.calls.map((c) => c.method)).toEqual(['chat.postMessage', 'chat.postMessage']);
  });
});

describe('delivery', () => {
  it('429 (after Retry-After) and 5xx are retried within the run: one message, three attempts recorded', async () => {
    const ws = workspace();
    stand.server.answer('chat.postMessage', rateLimited(1), {
      status: 503,
      json: { ok: false, error: 'service_unavailable' },
    });
    const r = await act(ws, '1', '{"accuracy": 0.78}');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ fired: '1', 'failed-deliveries': '0' });
    expect(stand.server.calls).toHaveLength(3);
    expect(stand.server.calls[1]!.at - stand.server.calls[0]!.at).toBeGreaterThanOrEqual(900);
    expect(alerts().messages).toHaveLength(1);
    expect(ledgerOf(ws).events[0]!.deliveries).toEqual([expect.objectContaining({ ok: true, attempts: 3 })]);
  });

  it('channel_not_found is final: reported once with what to do, not sent again by the next run', async () => {
    const ws = workspace('C0NOPE');
    const r = await act(ws, '1', '{"accuracy": 0.78}');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ fired: '1', 'failed-deliveries': '1' });
    expect(r.stdout).toContain('channel_not_found');
    expect(stand.server.calls).toHaveLength(1);
    expect(ledgerOf(ws).events[0]!.deliveries).toEqual([
      expect.objectContaining({
        ok: false,
        retryable: false,
        status: 200,
        error: expect.stringContaining('channel_not_found'),
      }),
    ]);
    const next = await act(ws, '2', '{"accuracy": 0.78}');
    expect(next.code).toBe(0);
    expect(stand.server.calls).toHaveLength(1);
  });

  it('a failed update leaves the reply delivered: the resolved event is not failed', async () => {
    const ws = workspace();
    await act(ws, '1', '{"accuracy": 0.78}');
    stand.server.answer('chat.update', slackError('edit_window_closed'));
    const r = await act(ws, '2', '{"accuracy": 0.95}');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ resolved: '1', 'failed-deliveries': '0' });
    expect(alerts().messages[0]!.replies).toHaveLength(1);
    expect(r.stdout).toContain('edit_window_closed');
    const resolved = ledgerOf(ws).events.find((e) => e.kind === 'resolved')!;
    expect(resolved.deliveries).toEqual([expect.objectContaining({ ok: true })]);
  });
});

describe('what reaches Slack', () => {
  it('hostile experiment and run names are escaped: nothing pings, links or reorders', async () => {
    const ws = workspace();
    writeFiles(ws, { 'alerts.yml': rules().replace('    experiment: iris\n', '') });
    const line = (experiment: string, run: string) =>
      JSON.stringify({ experiment, run_id: run, metrics: { accuracy: 0.5 } });
    const r = await act(
      ws,
      '1',
      [line('<!channel> *bold*', '<https://evil.example|click>'), line('\u202Eevil <@U123>', '::warning::x')].join(
        '\n',
      ),
      { inputs: { metrics: 'out/runs.jsonl', history: 'file' } },
    );
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ fired: '2' });
    const sent = stand.server.calls.map((c) => c.body).join('\n');
    expect(sent).not.toMatch(/<!channel>|<@U123>|<https:\/\/evil|\u202E/);
    expect(sent).toContain('&lt;!channel&gt;');
  });

  it('200 firing alerts are one message the Web API accepts', async () => {
    const ws = workspace();
    writeFiles(ws, {
      'alerts.yml': rules().replace('    experiment: iris\n', '    description: Accuracy on the held-out set\n'),
    });
    const lines = Array.from({ length: 200 }, (_, n) =>
      JSON.stringify({ experiment: `experiment-${n}`, run_id: `r${n}`, metrics: { accuracy: 0.5 } }),
    );
    const r = await act(ws, '1', lines.join('\n'), { inputs: { metrics: 'out/runs.jsonl', history: 'file' } });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ fired: '200', 'failed-deliveries': '0' });
    expect(alerts().messages).toHaveLength(1);
    const [message] = alerts().messages;
    expect(message!.blocks.length).toBeLessThanOrEqual(50);
    expect(blocksText(message!)).toContain('200 firing');
    expect(blocksText(message!)).toMatch(/…and \d+ more/);
  });
});
