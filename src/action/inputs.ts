// The action's inputs (SPEC §6), read and checked. Errors name the input and what it allows.
import { UserError } from '../core/diagnostics.js';
import { historyKeyProblem } from '../adapters/cache-key.js';
import type { FailOn } from '../app/fail-on.js';
import { FAIL_ON } from '../core/types.js';
import { noteRequest } from '../app/notify-note.js';
import type { Note } from '../channels/types.js';

export type HistoryKind = 'cache' | 'git' | 'file' | 'none';

export interface ActionInputs {
  config: string;
  metrics: string;
  artifact: string;
  artifactRunId: string;
  experiment: string;
  runId: string;
  history: HistoryKind;
  historyKey: string;
  historyBranch: string;
  historyPath: string;
  historyWrite: 'auto' | 'true' | 'false';
  slackWebhookUrl: string;
  githubToken: string;
  dryRun: boolean;
  testChannels: boolean;
  notifyPullRequests: boolean;
  /** SPEC §6: one comment on the pull request, updated in place on every run. */
  prComment: boolean;
  failOn: FailOn;
  /** The ad-hoc message mode (notify-title set): send this note and evaluate nothing. */
  notify?: NotifyInputs;
}

export interface NotifyInputs {
  note: Note;
  /** notify-channels; empty: every channel. */
  channels: string[];
  wait?: { ms: number; text: string };
}

type Get = (name: string) => string;

function oneOf<T extends string>(get: Get, name: string, allowed: readonly T[], fallback: T): T {
  const v = get(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UserError(`input ${name}: "${v}" is not allowed; allowed: ${allowed.join(', ')}`);
  }
  return v as T;
}

function bool(get: Get, name: string): boolean {
  const v = get(name).trim().toLowerCase() || 'false';
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new UserError(`input ${name}: "${v}" is not allowed; allowed: true, false`);
}

/** history-key: the prefix of the cache keys, so within what the Actions cache accepts. */
function historyKey(get: Get, history: HistoryKind): string {
  const key = get('history-key').trim() || 'metric-alerts';
  const problem = history === 'cache' ? historyKeyProblem(key) : undefined;
  if (problem)
    throw new UserError(`input history-key: ${problem}; found "${key.slice(0, 80)}${key.length > 80 ? '…' : ''}"`);
  return key;
}

const NOTIFY_INPUTS = ['notify-text', 'notify-level', 'notify-channels', 'notify-wait-duration'] as const;

/** The notify-* inputs: undefined without notify-title (then none of the others may be set). */
function notifyInputs(get: Get, testChannels: boolean): NotifyInputs | undefined {
  const title = get('notify-title');
  if (!title.trim()) {
    const stray = NOTIFY_INPUTS.find((n) => get(n).trim());
    if (stray) throw new UserError(`input ${stray} is set but notify-title is not: the ad-hoc message needs a title`);
    return undefined;
  }
  if (testChannels) throw new UserError('inputs test-channels and notify-title exclude each other: use two steps');
  const given = {
    title,
    text: get('notify-text'),
    level: get('notify-level'),
    wait: get('notify-wait-duration'),
  };
  const { note, wait } = noteRequest(given, (field) => `input notify-${field}`);
  const channels = get('notify-channels')
    .split(/[\n,]/)
    .map((c) => c.trim())
    .filter(Boolean);
  return { note, channels, ...(wait ? { wait } : {}) };
}

export function readInputs(get: Get): ActionInputs {
  const history = oneOf(get, 'history', ['cache', 'git', 'file', 'none'] as const, 'cache');
  const testChannels = bool(get, 'test-channels');
  const notify = notifyInputs(get, testChannels);
  return {
    config: get('config').trim() || 'alerts.yml',
    metrics: get('metrics'),
    artifact: get('artifact').trim(),
    artifactRunId: get('artifact-run-id').trim(),
    experiment: get('experiment').trim() || 'default',
    runId: get('run-id').trim(),
    history,
    historyKey: historyKey(get, history),
    historyBranch: get('history-branch').trim() || 'metric-alerts-history',
    historyPath: get('history-path').trim() || 'alerts-history.json',
    historyWrite: oneOf(get, 'history-write', ['auto', 'true', 'false'] as const, 'auto'),
    slackWebhookUrl: get('slack-webhook-url').trim(),
    githubToken: get('github-token').trim(),
    dryRun: bool(get, 'dry-run'),
    testChannels,
    notifyPullRequests: bool(get, 'notify-pull-requests'),
    prComment: bool(get, 'pr-comment'),
    failOn: oneOf(get, 'fail-on', FAIL_ON, 'never'),
    ...(notify ? { notify } : {}),
  };
}

/**
 * history-write: auto writes except for metrics from pull_request* events (fork pull requests must not change history),
 * including a workflow_run triggered by a pull request's training run.
 */
export function historyWrites(setting: ActionInputs['historyWrite'], eventName: string): boolean {
  if (setting === 'true') return true;
  if (setting === 'false') return false;
  return !isPullRequestEvent(eventName);
}

/** pull_request and pull_request_target (and their review events): a run for a pull request, not for a branch. */
export function isPullRequestEvent(eventName: string): boolean {
  return eventName.startsWith('pull_request');
}
