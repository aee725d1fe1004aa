// The GitHub Action: reads inputs and the runner's environment, runs the check, writes outputs and the summary.
import * as core from '@actions/core';
import path from 'node:path';
import { runCheck, runTestChannels, type CheckIO } from '../app/check.js';
import type { HistoryStore, Logger } from '../app/ports.js';
import { formatDiagnostic, UserError } from '../core/diagnostics.js';
import { readConfigFile } from '../adapters/config-file.js';
import { fileHistory } from '../adapters/history-file.js';
import { readRunnerContext, type RunnerContext } from './context.js';
import { historyWrites, readInputs, type ActionInputs } from './inputs.js';
import { readActionMetrics } from './metrics-source.js';

const logger: Logger = {
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  debug: (m) => core.debug(m),
  warning: (m, w) => core.warning(m, annotation(w)),
  error: (m, w) => core.error(m, annotation(w)),
};

function annotation(w: { file?: string; line?: number; col?: number; title?: string } | undefined): core.AnnotationProperties {
  const p: core.AnnotationProperties = {};
  if (w?.file) p.file = w.file;
  if (w?.line) p.startLine = w.line;
  if (w?.col) p.startColumn = w.col;
  if (w?.title) p.title = w.title;
  return p;
}

/** The history store of the `history` input; never called for `none`, which keeps nothing. */
async function historyStore(kind: 'file' | 'git' | 'cache', inputs: ActionInputs, cwd: string, ctx: RunnerContext): Promise<HistoryStore> {
  switch (kind) {
    case 'file':
      return fileHistory(path.resolve(cwd, inputs.historyPath));
    case 'git': {
      const { gitHistory } = await import('../adapters/history-git.js');
      return gitHistory({ workspace: cwd, branch: inputs.historyBranch, path: inputs.historyPath, token: inputs.githubToken, log: (m) => core.info(m) });
    }
    case 'cache': {
      const { cacheHistory } = await import('../adapters/history-cache.js');
      return cacheHistory({
        workspace: cwd,
        ledgerPath: inputs.historyPath,
        keyPrefix: inputs.historyKey,
        runId: ctx.workflowRunId ?? ctx.defaultRunId,
        attempt: ctx.workflowRunAttempt ?? '1',
        env: process.env,
        warn: (m) => core.warning(m),
        info: (m) => core.info(m),
      });
    }
  }
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  try {
    const inputs = readInputs((name) => core.getInput(name));
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    // Secrets are registered with the runner (core.setSecret) by loadRules, before anything is logged.
    const ctx = readRunnerContext(env);
    const io: CheckIO = {
      readConfig: () => readConfigFile(inputs.config, cwd),
      readMetrics: () => readActionMetrics(inputs, ctx, cwd, env, (m) => core.info(m)),
      mask: (s) => core.setSecret(s),
      deliver: async (jobs) => (await import('../adapters/slack-webhook.js')).deliverAll(jobs),
      log: logger,
    };
    const common = { env, ctx, ...(inputs.slackWebhookUrl ? { defaultWebhookUrl: inputs.slackWebhookUrl } : {}) };

    if (inputs.testChannels) {
      const t = await runTestChannels(io, common);
      await core.summary.addRaw(`## metric-alerts: channel test\n\n${t.sent} channel(s) wired up${t.failed.length ? `, failed: ${t.failed.join(', ')}` : ''}${t.skipped.length ? `, not configured: ${t.skipped.join(', ')}` : ''}.\n`).write();
      return;
    }

    const kind = inputs.history;
    const outcome = await runCheck(io, {
      ...common,
      identity: { experiment: inputs.experiment, runId: inputs.runId || ctx.defaultRunId },
      history: kind === 'none' ? null : () => historyStore(kind, inputs, cwd, ctx),
      historyWrite: historyWrites(inputs.historyWrite, ctx.sourceEvent),
      dryRun: inputs.dryRun,
      failOn: inputs.failOn,
      now: Date.now(),
    });
    const c = outcome.counts;
    core.setOutput('checked', c.checked);
    core.setOutput('triggered', c.triggered);
    core.setOutput('fired', c.fired);
    core.setOutput('resolved', c.resolved);
    core.setOutput('firing', c.firing);
    core.setOutput('failed-deliveries', c.failedDeliveries);
    core.setOutput('results', outcome.results);
    core.setOutput('results-truncated', outcome.resultsTruncated);
    await core.summary.addRaw(outcome.summary).write();
    core.info(`checked ${c.checked}, triggered ${c.triggered}, fired ${c.fired}, resolved ${c.resolved}, firing ${c.firing}`);
    if (outcome.failures.length) core.setFailed(outcome.failures.join('\n'));
  } catch (e) {
    await reportFailure(e, env);
  }
}

async function reportFailure(e: unknown, env: NodeJS.ProcessEnv): Promise<void> {
  if (e instanceof UserError) {
    const located = e.diagnostics.filter((d) => d.file);
    for (const d of located) core.error(formatDiagnostic(d), annotation({ file: d.file, ...(d.line ? { line: d.line } : {}), ...(d.col ? { col: d.col } : {}) }));
    const text = `${e.message}\nNothing was sent and no history was written.`;
    await writeSummarySafely(`## metric-alerts failed\n\n\`\`\`\n${text.replace(/```/g, "'''")}\n\`\`\`\n`);
    process.exitCode = 1;
    if (located.length === 0) core.setFailed(text);
    else core.setFailed(`metric-alerts: ${located.length} problem(s), listed above. Nothing was sent and no history was written.`);
  } else {
    const err = e instanceof Error ? e : new Error(String(e));
    await writeSummarySafely(`## metric-alerts failed\n\n${err.message}\n`);
    core.setFailed(`metric-alerts failed: ${err.message}`);
  }
  if (env.ACTIONS_STEP_DEBUG === 'true' || env.RUNNER_DEBUG === '1') core.info(e instanceof Error ? (e.stack ?? e.message) : String(e));
}

async function writeSummarySafely(text: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(text).write();
  } catch {
    // The summary is a report; failing to write it must not hide the real failure.
  }
}
