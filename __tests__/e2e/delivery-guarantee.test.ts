// SPEC §5, "Delivery guarantee": at least once, exactly once in normal operation. A run killed at the first byte it
// sends to Slack, after it claimed the event in the history, leaves the event owed: the next run sends it once, late.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cloneOf, git, originWith } from '../helpers/git-repo.js';
import { seedRules as RULES } from '../helpers/fixtures.js';
import { messageText, slackForSuite } from '../helpers/slack-server.js';
import { runAction, tempDir, writeFiles, type ActionOptions } from '../helpers/run-action.js';

const slack = slackForSuite();
const HISTORY = 'alerts-history.json';
type Ledger = { events: { kind: string; claim?: { by: string }; deliveries: Record<string, unknown>[] }[] };

const act = (ws: string, history: 'file' | 'git', over: Partial<ActionOptions> = {}) =>
  runAction({
    workspace: ws,
    ...over,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history },
    env: { SLACK_WEBHOOK_URL: slack.server.url() },
  });

/** Runs the action and SIGKILLs it as its first request reaches Slack (which never answers that request). */
async function killedAtFirstByte(ws: string, history: 'file' | 'git', runId: string) {
  slack.server.answer('/services/T000/B000/secret-token', 'hang');
  let kill = () => undefined as unknown;
  slack.server.onRequest = () => kill();
  const r = await act(ws, history, { runId, onSpawn: (child) => (kill = () => child.kill('SIGKILL')) });
  delete slack.server.onRequest;
  return r;
}

const cases = {
  file: () => {
    const ws = tempDir();
    writeFiles(ws, { 'alerts.yml': RULES(), 'out/metrics.json': '{"accuracy": 0.78}' });
    return { ws, ledger: (): Ledger => JSON.parse(readFileSync(path.join(ws, HISTORY), 'utf8')) };
  },
  git: () => {
    const origin = originWith({ 'alerts.yml': RULES(), 'out/metrics.json': '{"accuracy": 0.78}' });
    const ws = cloneOf(origin);
    return { ws, ledger: (): Ledger => JSON.parse(git(origin, 'show', `metric-alerts-history:${HISTORY}`)) };
  },
};

describe.each(['file', 'git'] as const)('history: %s, a run killed at its first Slack byte', (history) => {
  it('leaves the event claimed; the next run sends it once, marked late; the one after sends nothing', async () => {
    const { ws, ledger } = cases[history]();
    const killed = await killedAtFirstByte(ws, history, '1');
    expect(killed.code).not.toBe(0); // killed: no exit code of its own
    expect(slack.server.received).toHaveLength(1);
    const claimed = ledger().events;
    expect(claimed).toHaveLength(1);
    expect(claimed[0]).toMatchObject({ kind: 'fired', deliveries: [], claim: { by: 'run 1 attempt 1' } });

    // The next run (a later commit, still below the threshold): no new event, the owed one goes out late.
    const next = await act(ws, history, { runId: '2' });
    expect(next.code).toBe(0);
    expect(next.outputs).toMatchObject({ fired: '0', firing: '1', 'failed-deliveries': '0' });
    expect(slack.server.received).toHaveLength(2);
    const late = messageText(slack.server.received[1]!);
    expect(late).toContain('*accuracy-regression* is firing');
    expect(late).toContain('Sent late: the run that was sending it stopped before it could record it');
    expect(next.stdout).toContain('sent 1 event(s) to channel ml-alerts (1 late)');
    expect(ledger().events[0]!.deliveries).toEqual([
      expect.objectContaining({ channel: 'ml-alerts', ok: true, status: 200, attempts: 1, late: true }),
    ]);

    const after = await act(ws, history, { runId: '3' });
    expect(after.code).toBe(0);
    expect(slack.server.received).toHaveLength(2);
  });

  it('a re-run of the killed run (attempt 2) sends the owed event once and evaluates nothing twice', async () => {
    const { ws, ledger } = cases[history]();
    await killedAtFirstByte(ws, history, '7');
    const rerun = await act(ws, history, { runId: '7', runAttempt: '2' });
    expect(rerun.code).toBe(0);
    expect(rerun.outputs).toMatchObject({ fired: '0', firing: '1' });
    expect(slack.server.received).toHaveLength(2);
    expect(messageText(slack.server.received[1]!)).toContain('Sent late');
    expect(ledger().events).toHaveLength(1);
    await act(ws, history, { runId: '7', runAttempt: '3' });
    expect(slack.server.received).toHaveLength(2);
  });
});
