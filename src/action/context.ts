// Where this step runs: repository, run identity and links, from the runner's environment and event payload.
import { readFileSync } from 'node:fs';
import { isRecord } from '../core/records.js';
import { stripBidi } from '../core/safe-text.js';
import type { RunContext } from '../core/types.js';

export interface RunnerContext extends RunContext {
  eventName: string;
  /** Run id of runs that name none: the triggering run on workflow_run, else this run. */
  defaultRunId: string;
  /** The event that produced the metrics: on workflow_run, the triggering run's event (a pull request's training run). */
  sourceEvent: string;
  /** On workflow_run: the triggering run's conclusion (failure, success, cancelled, timed_out...). */
  conclusion?: string;
  /** The pull request's base branch (what its metrics would fire on once merged), when the event names it. */
  baseRef?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** What the run's context reads; later sources (the event payload) override earlier ones (the environment). */
type Found = Partial<Omit<RunnerContext, 'serverUrl' | 'eventName' | 'defaultRunId'>>;

const CONCLUSION = /^[a-z_]{1,40}$/;

export function readRunnerContext(env: Env): RunnerContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : undefined;
  const found: Found = {
    repository: text(env.GITHUB_REPOSITORY),
    workflowRunId: text(env.GITHUB_RUN_ID),
    workflowRunAttempt: text(env.GITHUB_RUN_ATTEMPT),
    workflow: text(env.GITHUB_WORKFLOW),
    runNumber: text(env.GITHUB_RUN_NUMBER),
    ref: text(env.GITHUB_HEAD_REF) ?? text(env.GITHUB_REF_NAME),
    sha: commit(env.GITHUB_SHA),
    sourceEvent: eventName,
    ...(eventName.startsWith('pull_request') ? fromPullRequest(payload?.pull_request) : {}),
    ...(eventName === 'workflow_run' ? fromWorkflowRun(payload?.workflow_run) : {}),
  };
  if (!found.workflowRunUrl && found.repository && found.workflowRunId)
    found.workflowRunUrl = `${serverUrl}/${found.repository}/actions/runs/${found.workflowRunId}`;
  const { sourceEvent, ...rest } = found;
  const known = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Found;
  return {
    serverUrl,
    eventName,
    sourceEvent: sourceEvent ?? eventName,
    defaultRunId: found.workflowRunId ?? 'local',
    ...known,
  };
}

/** On pull_request*: the pull request's number and head branch. */
function fromPullRequest(pr: unknown): Found {
  if (!isRecord(pr)) return {};
  const found: Found = {};
  const n = prNumber(pr.number);
  if (n !== undefined) found.pullRequest = n;
  const head = isRecord(pr.head) ? text(pr.head.ref) : undefined;
  if (head) found.ref = head;
  const base = isRecord(pr.base) ? text(pr.base.ref) : undefined;
  if (base) found.baseRef = base;
  return found;
}

/** On workflow_run: the triggering run is the one evaluated (its id, attempt, link, branch, commit, pull request). */
function fromWorkflowRun(run: unknown): Found {
  if (!isRecord(run)) return {};
  const found: Found = {};
  const set = <K extends keyof Found>(k: K, v: Found[K] | undefined) => {
    if (v !== undefined) found[k] = v;
  };
  set('workflowRunId', scalar(run.id));
  set('workflowRunAttempt', scalar(run.run_attempt));
  set('runNumber', scalar(run.run_number));
  set('workflow', text(run.name));
  set('ref', text(run.head_branch));
  set('sha', commit(run.head_sha));
  set('sourceEvent', text(run.event));
  const conclusion = text(run.conclusion);
  if (conclusion && CONCLUSION.test(conclusion)) found.conclusion = conclusion;
  if (typeof run.html_url === 'string' && /^https?:\/\//.test(run.html_url)) found.workflowRunUrl = run.html_url;
  const first = Array.isArray(run.pull_requests) ? (run.pull_requests[0] as unknown) : undefined;
  set('pullRequest', isRecord(first) ? prNumber(first.number) : undefined);
  set('baseRef', isRecord(first) && isRecord(first.base) ? text(first.base.ref) : undefined);
  return found;
}

/** A non-empty string without bidirectional-override characters, else undefined. */
function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const clean = stripBidi(v);
  return clean === '' ? undefined : clean;
}

/** A run id, number or attempt: digits as they come, as a string. */
function scalar(v: unknown): string | undefined {
  const s = typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : typeof v === 'string' ? v : undefined;
  return s !== undefined && /^\d{1,20}$/.test(s) ? s : undefined;
}

function prNumber(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;
}

/** A commit sha (hex); anything else is not shown. */
function commit(v: unknown): string | undefined {
  return typeof v === 'string' && /^[0-9a-f]{7,64}$/i.test(v) ? v : undefined;
}

function readEvent(path: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return isRecord(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
