// history: git with real git: a bare repository as origin, the bundled action as concurrent processes.
import { describe, expect, it } from '@jest/globals';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli } from '../../src/cli/main.js';
import { seedRules } from '../helpers/fixtures.js';
import { checkoutState, cloneOf, git, ledgerOn, originWith } from '../helpers/git-repo.js';
import { runAction, tempDir, writeFiles } from '../helpers/run-action.js';
import { messageText, slackForSuite } from '../helpers/slack-server.js';

const ANY_EXPERIMENT =
  'version: 1\nchannels:\n  ml-alerts:\n    type: slack\n    url: ${SLACK_WEBHOOK_URL}\nalerts:\n  - name: acc\n    metric: accuracy\n    op: "<"\n    threshold: 0.9\n    channels: [ml-alerts]\n';

const slack = slackForSuite();

function step(ws: string, runId: string, metrics: unknown, extra: Record<string, string> = {}) {
  writeFiles(ws, { 'out/metrics.json': JSON.stringify(metrics) });
  return runAction({
    workspace: ws,
    runId,
    inputs: { metrics: 'out/metrics.json', experiment: 'iris', history: 'git', ...extra },
    env: { SLACK_WEBHOOK_URL: slack.server.url() },
  });
}

describe('history: git', () => {
  it('creates the ledger branch as an orphan, keeps state across runs, never touches the checkout', async () => {
    const origin = originWith({ 'alerts.yml': seedRules() });
    const ws = cloneOf(origin);
    const before = checkoutState(ws);
    const first = await step(ws, '1', { accuracy: 0.5 });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('No history yet in git branch metric-alerts-history');
    expect(slack.server.received).toHaveLength(1);
    // An orphan branch holding only the ledger.
    expect(git(origin, 'rev-list', '--max-parents=0', 'metric-alerts-history').split('\n')).toHaveLength(1);
    expect(git(origin, 'ls-tree', '--name-only', 'metric-alerts-history')).toBe('alerts-history.json');
    // Still firing on a later run: nothing sent. Recovery: one resolved message.
    expect((await step(ws, '2', { accuracy: 0.6 })).outputs.fired).toBe('0');
    expect((await step(ws, '3', { accuracy: 0.95 })).outputs.resolved).toBe('1');
    expect(slack.server.received).toHaveLength(2);
    const ledger = ledgerOn(origin);
    expect(ledger.events.map((e) => [e.kind, e.deliveries[0]?.ok])).toEqual([
      ['fired', true],
      ['resolved', true],
    ]);
    expect(ledger.runs[0]!.runs.map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(checkoutState(ws)).toBe(before);
    expect(git(ws, 'status', '--porcelain', '--untracked-files=no')).toBe('');

    // metric-alerts history reads the ledger branch of the current repository.
    const out: string[] = [];
    const code = await cli(
      ['history', '--history-branch', 'metric-alerts-history', '--json'],
      {},
      { out: (s) => out.push(s), err: (s) => out.push(s) },
      ws,
    );
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n')).map((e: { run: string; event: string }) => [e.run, e.event])).toEqual([
      ['3', 'resolved'],
      ['1', 'fired'],
    ]);
  });

  it('8 concurrent runs lose no run and no event; a shared transition is sent exactly once', async () => {
    const origin = originWith({ 'alerts.yml': ANY_EXPERIMENT });
    const checkouts = Array.from({ length: 8 }, () => cloneOf(origin));
    const before = checkouts.map(checkoutState);
    const runs = await Promise.all(
      checkouts.map((ws, i) => {
        const experiment = i < 4 ? `exp-${i}` : 'shared';
        return step(ws, String(100 + i), { experiment, run_id: `run-${i}`, metrics: { accuracy: 0.5 } });
      }),
    );
    for (const r of runs)
      expect({ code: r.code, err: r.stdout.split('\n').filter((l) => l.startsWith('::error')) }).toEqual({
        code: 0,
        err: [],
      });
    const texts = slack.server.received.map(messageText).join('\n');
    for (let i = 0; i < 4; i++) expect(texts.split(`Experiment *exp-${i}*`).length - 1).toBe(1);
    expect(texts.split('Experiment *shared*').length - 1).toBe(1);
    expect(runs.reduce((n, r) => n + Number(r.outputs.fired), 0)).toBe(5);

    const ledger = ledgerOn(origin);
    const runIds = ledger.runs.flatMap((e) => e.runs.map((r) => `${e.experiment}/${r.id}`)).sort();
    expect(runIds).toEqual([
      'exp-0/run-0',
      'exp-1/run-1',
      'exp-2/run-2',
      'exp-3/run-3',
      'shared/run-4',
      'shared/run-5',
      'shared/run-6',
      'shared/run-7',
    ]);
    expect(ledger.events.map((e) => e.experiment).sort()).toEqual(['exp-0', 'exp-1', 'exp-2', 'exp-3', 'shared']);
    expect(ledger.events.every((e) => e.kind === 'fired' && e.deliveries.length === 1 && e.deliveries[0]!.ok)).toBe(
      true,
    );
    expect(ledger.instances.filter((s) => s.state === 'firing')).toHaveLength(5);
    checkouts.forEach((ws, i) => expect(checkoutState(ws)).toBe(before[i]));
  });

  it('fails before sending anything without a repository, without origin, or without permission', async () => {
    const plain = tempDir();
    writeFiles(plain, { 'alerts.yml': seedRules() });
    const noRepo = await step(plain, '1', { accuracy: 0.5 });
    expect(noRepo.code).toBe(1);
    expect(noRepo.stdout).toContain('history: git needs a git repository in the workspace');

    git(plain, 'init', '--quiet');
    const noOrigin = await step(plain, '1', { accuracy: 0.5 });
    expect(noOrigin.code).toBe(1);
    expect(noOrigin.stdout).toContain('history: git needs a remote named origin');

    const origin = originWith({ 'alerts.yml': seedRules() });
    const hook = path.join(origin, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "Permission to acme/vision.git denied to github-actions[bot]." >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const denied = await step(cloneOf(origin), '1', { accuracy: 0.5 });
    expect(denied.code).toBe(1);
    expect(denied.stdout).toContain(
      'was refused for lack of permission. Give the job write access (permissions: contents: write)',
    );
    expect(slack.server.received).toHaveLength(0);
  });

  it('a corrupt ledger on the branch fails the step and is left as it is', async () => {
    const origin = originWith({ 'alerts.yml': seedRules() });
    const ws = cloneOf(origin);
    git(ws, 'checkout', '--quiet', '--orphan', 'metric-alerts-history');
    git(ws, 'rm', '-r', '--quiet', '--cached', '.');
    writeFileSync(path.join(ws, 'alerts-history.json'), '{"version": 1, "inst');
    git(ws, 'add', 'alerts-history.json');
    git(ws, 'commit', '--quiet', '-m', 'corrupt');
    git(ws, 'push', '--quiet', 'origin', 'metric-alerts-history');
    const head = git(origin, 'rev-parse', 'metric-alerts-history');
    const r = await step(cloneOf(origin), '1', { accuracy: 0.5 });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('metric-alerts-history:alerts-history.json: the history file is unreadable');
    expect(git(origin, 'rev-parse', 'metric-alerts-history')).toBe(head);
    expect(slack.server.received).toHaveLength(0);
  });
});
