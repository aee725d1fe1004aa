// Where this step runs: repository, run identity and links, from the runner's environment and event payload.
import { readFileSync } from 'node:fs';
import type { RunContext } from '../core/types.js';

export interface RunnerContext extends RunContext {
  eventName: string;
  /** Run id of runs that name none: the triggering run on workflow_run, else this run. */
  defaultRunId: string;
  /** The event that produced the metrics: on workflow_run, the triggering run's event (a pull request's training run). */
  sourceEvent: string;
}

type Env = Readonly<Record<string, string | undefined>>;

export function readRunnerContext(env: Env): RunnerContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY || undefined;
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let runId = env.GITHUB_RUN_ID || undefined;
  let attempt = env.GITHUB_RUN_ATTEMPT || undefined;
  let sha = env.GITHUB_SHA || undefined;
  let runUrl: string | undefined;
  let sourceEvent = eventName;
  if (eventName === 'workflow_run' && env.GITHUB_EVENT_PATH) {
    const run = readEvent(env.GITHUB_EVENT_PATH)?.workflow_run as Record<string, unknown> | undefined;
    if (run && typeof run === 'object') {
      if (run.id !== undefined) runId = String(run.id);
      if (run.run_attempt !== undefined) attempt = String(run.run_attempt);
      if (typeof run.head_sha === 'string') sha = run.head_sha;
      if (typeof run.html_url === 'string' && /^https?:\/\//.test(run.html_url)) runUrl = run.html_url;
      if (typeof run.event === 'string') sourceEvent = run.event;
    }
  }
  if (!runUrl && repository && runId) runUrl = `${serverUrl}/${repository}/actions/runs/${runId}`;
  const ctx: RunnerContext = { serverUrl, eventName, sourceEvent, defaultRunId: runId ?? 'local' };
  if (repository) ctx.repository = repository;
  if (runId) ctx.workflowRunId = runId;
  if (attempt) ctx.workflowRunAttempt = attempt;
  if (runUrl) ctx.workflowRunUrl = runUrl;
  if (sha) ctx.sha = sha;
  return ctx;
}

function readEvent(path: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
