// Typed values the core works on. Nothing here does I/O.

export type Op = '<' | '>' | '<=' | '>=' | '==' | '!=';
export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** fail-on: never, or a severity and above. */
export const FAIL_ON = ['never', ...SEVERITIES] as const;
export type OnMissing = 'ignore' | 'warn' | 'alert' | 'fail';
export type Reduce = 'last' | 'min' | 'max' | 'mean';
export type BaselineFrom = 'previous' | 'min' | 'max' | 'mean' | 'median';
export type ChangeUnit = 'absolute' | 'percent';
export type Repeat = { kind: 'never' } | { kind: 'every-run' } | { kind: 'interval'; ms: number; text: string };

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

interface ChannelCommon {
  name: string;
  /**
   * Why the channel cannot send (a ${NAME} it uses is unset or empty: fork pull requests have no secrets), or
   * undefined when every field it needs is set.
   */
  unconfiguredReason?: string;
}

/** The Slack Web API, unless a channel's `api-url` replaces it. */
export const SLACK_API_URL = 'https://slack.com/api';

/** Slack: an incoming webhook (`url`), or the Web API (`token` + `channel`, at `apiUrl`). */
export interface SlackChannel extends ChannelCommon {
  type: 'slack';
  url?: string;
  token?: string;
  channel?: string;
  /** Base of the Web API: https://slack.com/api unless `api-url` replaces it. */
  apiUrl: string;
  mentions: string[];
}

export interface DiscordChannel extends ChannelCommon {
  type: 'discord';
  url: string;
  /** User or role ids, as written: "<@123>", "<@&456>". */
  mentions: string[];
}

export interface TeamsChannel extends ChannelCommon {
  type: 'teams';
  url: string;
}

export interface EmailChannel extends ChannelCommon {
  type: 'email';
  /** smtp://, smtps:// or smtp+starttls:// URL. */
  smtp: string;
  from: string;
  to: string[];
  username?: string;
  password?: string;
}

export interface WebhookChannel extends ChannelCommon {
  type: 'webhook';
  url: string;
  secret?: string;
}

export interface DesktopChannel extends ChannelCommon {
  type: 'desktop';
}

export type ChannelConfig =
  SlackChannel | DiscordChannel | TeamsChannel | EmailChannel | WebhookChannel | DesktopChannel;
export type ChannelTypeName = ChannelConfig['type'];

export interface ChangeConfig {
  from: BaselineFrom;
  window: number;
  unit: ChangeUnit;
}

export interface AlertRule {
  name: string;
  description?: string;
  runbook?: string;
  experiment?: string;
  metric: string;
  op: Op;
  threshold: number;
  severity: Severity;
  enabled: boolean;
  channels: string[];
  for: number;
  repeat: Repeat;
  notifyResolved: boolean;
  recoverThreshold?: number;
  onMissing: OnMissing;
  reduce: Reduce;
  change?: ChangeConfig;
  message?: string;
  labels: Record<string, string>;
}

export interface HistoryRetention {
  keepRuns: number;
  keepEvents: number;
}

export interface Config {
  version: 1;
  file: string;
  channels: Map<string, ChannelConfig>;
  alerts: AlertRule[];
  history: HistoryRetention;
}

/** A metric value as read from an artifact: a number (possibly NaN/±Infinity) or a list of numbers. */
export type MetricValue = number | number[];

/** A leaf that is present but is not a metric value; kept to name its type in warnings. */
export interface InvalidMetric {
  invalid: string; // "string", "boolean", "null", "object", "array"
}

export interface Run {
  experiment: string;
  id: string;
  /** Epoch milliseconds, when the run named a time. */
  at?: number;
  status?: string;
  /** The run's metrics as read (nested objects allowed); read them with readMetric. */
  metrics: Readonly<Record<string, unknown>>;
  /** Where the run came from, for messages: "out/metrics.json" or "runs.jsonl:3". */
  source: string;
}

/** Everything a message or a link needs to know about where this evaluation ran. */
export interface RunContext {
  repository?: string;
  serverUrl: string;
  /** Workflow run whose metrics are evaluated (links point here). */
  workflowRunId?: string;
  workflowRunAttempt?: string;
  workflowRunUrl?: string;
  /** Its workflow's name and run number (on workflow_run, the triggering run's). */
  workflow?: string;
  runNumber?: string;
  /** The branch (a pull request's head branch), or the tag or ref name when the run is on no branch. */
  ref?: string;
  /** The commit evaluated (full sha). */
  sha?: string;
  /** The pull request the run belongs to (pull_request* events, or a workflow_run triggered by one). */
  pullRequest?: number;
}
