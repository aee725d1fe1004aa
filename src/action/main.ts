// The GitHub Action: reads inputs and the runner's environment, runs the check, writes outputs and the summary.
import { runCheck, runTestChannels, type CheckIO, type CheckOutcome } from '../app/check.js';
import type { HistoryStore } from '../app/ports.js';
import { formatDiagnostic, UserError } from '../core/diagnostics.js';
import { readConfigFile } from '../adapters/config-file.js';
import { fileHistory, type FileHistoryStore } from '../adapters/history-file.js';
import { githubAccess } from '../adapters/github-access.js';
import { readRunnerContext, type RunnerContext } from './context.js';
import { historyWrites, isPullRequestEvent, readInputs, type ActionInputs } from './inputs.js';
import { readActionMetrics } from './metrics-source.js';
import { runNoteStep } from './note.js';
import { getInput, runner } from './runner.js';

/** The history store of a remote `history` backend (`file` is local, `none` keeps nothing). */
async function remoteHistoryStore(
  kind: 'git' | 'cache',
  inputs: ActionInputs,
  cwd: string,
  ctx: RunnerContext,
  env: NodeJS.ProcessEnv,
): Promise<HistoryStore> {
  switch (kind) {
    case 'git': {
      const { gitHistory } = await import('../adapters/history-git.js');
      return gitHistory({
        workspace: cwd,
        branch: inputs.historyBranch,
        path: inputs.historyPath,
        token: inputs.githubToken,
        log: (m) => runner.info(m),
        mask: (secret) => runner.setSecret(secret),
      });
    }
    case 'cache': {
      const { cacheHistory } = await import('../adapters/history-cache.js');
      return cacheHistory({
        workspace: cwd,
        ledgerPath: inputs.historyPath,
        keyPrefix: inputs.historyKey,
        runId: ctx.workflowRunId ?? ctx.defaultRunId,
        attempt: ctx.workflowRunAttempt ?? '1',
        job: env.GITHUB_JOB ?? '',
        step: env.GITHUB_ACTION ?? '',
        env,
        warn: (m) => runner.warning(m),
        info: (m) => runner.info(m),
      });
    }
  }
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  try {
    const inputs = readInputs((name) => getInput(name, env));
    if (inputs.githubToken) runner.setSecret(inputs.githubToken);
    // Secrets are registered with the runner (runner.setSecret) by loadRules, before anything is logged.
    const ctx = readRunnerContext(env);
    const io: CheckIO = {
      readConfig: () => readConfigFile(inputs.config, cwd),
      readMetrics: (needs) => readActionMetrics(inputs, ctx, cwd, env, (m) => runner.info(m), needs),
      mask: (s) => runner.setSecret(s),
      deliver: async (jobs) => (jobs.length ? (await import('../channels/pipeline.js')).deliverAll(jobs) : []),
      log: runner,
    };
    const github = githubAccess(inputs.githubToken, env.GITHUB_API_URL, ctx.repository);
    const common = {
      env,
      ctx,
      ...(inputs.slackWebhookUrl ? { defaultWebhookUrl: inputs.slackWebhookUrl } : {}),
      ...(github ? { github } : {}),
    };

    if (inputs.testChannels) {
      const t = await runTestChannels(io, common);
      runner.appendSummary(
        `## metric-alerts: channel test\n\n${t.sent} channel(s) wired up${t.failed.length ? `, failed: ${t.failed.join(', ')}` : ''}${t.skipped.length ? `, not configured: ${t.skipped.join(', ')}` : ''}.\n`,
      );
      return;
    }

    if (inputs.notify) {
      const step = { io, env, ctx, history: historyOf(inputs, cwd, ctx, env).history };
      const historyWrite = historyWrites(inputs.historyWrite, ctx.sourceEvent);
      await runNoteStep(inputs.notify, { ...step, ...common, historyWrite });
      return;
    }

    const { history, local } = historyOf(inputs, cwd, ctx, env);
    const outcome = await runCheck(io, {
      ...common,
      identity: { experiment: inputs.experiment, runId: inputs.runId || ctx.defaultRunId },
      history,
      ...(local ? { peekHistory: local.peek } : {}),
      historyWrite: historyWrites(inputs.historyWrite, ctx.sourceEvent),
      ...(isPullRequestEvent(ctx.sourceEvent) ? { pullRequestRun: { notify: inputs.notifyPullRequests } } : {}),
      ...(ctx.conclusion ? { conclusion: ctx.conclusion } : {}),
      claimant: `run ${env.GITHUB_RUN_ID || 'local'} attempt ${env.GITHUB_RUN_ATTEMPT || '1'}${env.GITHUB_JOB ? ` job ${env.GITHUB_JOB}` : ''}`,
      dryRun: inputs.dryRun,
      failOn: inputs.failOn,
      now: Date.now(),
    });
    writeOutcome(outcome);
    if (inputs.prComment) await commentOnPullRequest({ outcome, inputs, ctx, env });
  } catch (e) {
    await reportFailure(e, env);
  }
}

/** The history store the `history` input names: opened by the check after the rules are loaded. */
function historyOf(
  inputs: ActionInputs,
  cwd: string,
  ctx: RunnerContext,
  env: NodeJS.ProcessEnv,
): { history: (() => Promise<HistoryStore>) | null; local: FileHistoryStore | undefined } {
  const kind = inputs.history;
  if (kind === 'none') return { history: null, local: undefined };
  if (kind === 'file') {
    const local: FileHistoryStore = fileHistory(inputs.historyPath, cwd);
    return { history: async () => local, local };
  }
  return { history: () => remoteHistoryStore(kind, inputs, cwd, ctx, env), local: undefined };
}

/**
 * pr-comment (SPEC §6): the evaluation table as one comment on the pull request, updated in place. A report, like the
 * summary: a refusal is a warning naming the fix, never the step's failure. The adapter loads only in a PR's run.
 */
async function commentOnPullRequest(c: {
  outcome: CheckOutcome;
  inputs: ActionInputs;
  ctx: RunnerContext;
  env: NodeJS.ProcessEnv;
}): Promise<void> {
  const { outcome, inputs, ctx } = c;
  if (ctx.pullRequest === undefined || !isPullRequestEvent(ctx.sourceEvent))
    return runner.notice('pr-comment: not a pull request run');
  if (inputs.dryRun) return runner.notice('pr-comment: a dry run comments nothing');
  if (!inputs.githubToken || !ctx.repository)
    return runner.warning('pr-comment: no github-token (or GITHUB_REPOSITORY) to comment with; nothing was commented');
  const { buildPrComment, prCommentMarker } = await import('../core/report/pr-comment.js');
  const { upsertPrComment } = await import('../adapters/github-comments.js');
  const body = buildPrComment({
    results: outcome.evaluation.results,
    counts: outcome.counts,
    ctx,
    config: inputs.config,
    ...(ctx.baseRef ? { baseRef: ctx.baseRef } : {}),
  });
  const done = await upsertPrComment({
    apiUrl: c.env.GITHUB_API_URL || 'https://api.github.com',
    repository: ctx.repository,
    pullRequest: ctx.pullRequest,
    token: inputs.githubToken,
    marker: prCommentMarker(inputs.config),
    body: outcome.redact(body),
  });
  if (done.ok) runner.info(`pr-comment: ${done.action} the comment on pull request #${ctx.pullRequest}`);
  else runner.warning(outcome.redact(`pr-comment: ${done.message}`));
}

/** Outputs, the job summary, the closing line and the step's failure (fail-on, on-missing: fail). */
function writeOutcome(outcome: CheckOutcome): void {
  const c = outcome.counts;
  runner.setOutput('checked', c.checked);
  runner.setOutput('triggered', c.triggered);
  runner.setOutput('fired', c.fired);
  runner.setOutput('resolved', c.resolved);
  runner.setOutput('firing', c.firing);
  runner.setOutput('failed-deliveries', c.failedDeliveries);
  runner.setOutput('results', outcome.results);
  runner.setOutput('results-truncated', outcome.resultsTruncated);
  runner.appendSummary(outcome.summary);
  runner.info(
    `checked ${c.checked}, triggered ${c.triggered}, fired ${c.fired}, resolved ${c.resolved}, firing ${c.firing}`,
  );
  if (outcome.failures.length) runner.setFailed(outcome.failures.join('\n'));
}

async function reportFailure(e: unknown, env: NodeJS.ProcessEnv): Promise<void> {
  if (e instanceof UserError) {
    const located = e.diagnostics.filter((d) => d.file);
    for (const d of located)
      runner.error(formatDiagnostic(d), {
        file: d.file,
        ...(d.line ? { line: d.line } : {}),
        ...(d.col ? { col: d.col } : {}),
      });
    const text = `${e.message}\nNothing was sent and no history was written.`;
    writeSummarySafely(`## metric-alerts failed\n\n\`\`\`\n${text.replace(/```/g, "'''")}\n\`\`\`\n`);
    process.exitCode = 1;
    if (located.length === 0) runner.setFailed(text);
    else
      runner.setFailed(
        `metric-alerts: ${located.length} problem(s), listed above. Nothing was sent and no history was written.`,
      );
  } else {
    const err = e instanceof Error ? e : new Error(String(e));
    writeSummarySafely(`## metric-alerts failed\n\n\`\`\`\n${err.message.replace(/```/g, "'''")}\n\`\`\`\n`);
    runner.setFailed(`metric-alerts failed: ${err.message}`);
  }
  if (env.ACTIONS_STEP_DEBUG === 'true' || env.RUNNER_DEBUG === '1')
    runner.info(e instanceof Error ? (e.stack ?? e.message) : String(e));
}

function writeSummarySafely(text: string): void {
  try {
    runner.appendSummary(text);
  } catch {
    // The summary is a report; failing to write it must not hide the real failure.
  }
}
