// Typed values the core works on. Nothing here does I/O.

export type Op = '<' | '>' | '<=' | '>=' | '==' | '!=';
export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** fail-on: never, or a severity and above. */
export const FAIL_ON = ['never', ...SEVERITIES] as const;
export type OnMissing = 'ignore' | 'warn' | 'alert' | 'fail';
export type Reduce = 'last' | 'min' | 'max' | 'mean';
export type BaselineFrom = 'previous' | 'min' | 'max' | 'mean' | 'median';
export type ChangeUnit = 'absolute' | 'percent' | 'sigma';
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
/** PagerDuty's Events API v2 endpoint (the EU one is https://events.eu.pagerduty.com/v2/enqueue). */
export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';
/** Datadog sites (docs.datadoghq.com/getting_started/site). */
export const DATADOG_SITES = [
  'datadoghq.com',
  'us3.datadoghq.com',
  'us5.datadoghq.com',
  'datadoghq.eu',
  'ap1.datadoghq.com',
  'ap2.datadoghq.com',
  'ddog-gov.com',
  'us2.ddog-gov.com',
] as const;

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

/** PagerDuty Events API v2: one request per alert event, keyed by the alert instance. */
export interface PagerDutyChannel extends ChannelCommon {
  type: 'pagerduty';
  routingKey: string;
  /** The Events API endpoint: https://events.pagerduty.com/v2/enqueue unless `url` replaces it (the EU endpoint). */
  url: string;
}

/** One GitHub issue per alert instance, in `repository` (default: the repository of the run). */
export interface GithubIssueChannel extends ChannelCommon {
  type: 'github-issue';
  repository?: string;
  labels: string[];
  assignees: string[];
}

/** Datadog events: one per alert event. */
export interface DatadogChannel extends ChannelCommon {
  type: 'datadog';
  apiKey: string;
  /** The Datadog site, default datadoghq.com. */
  site: string;
  /** Replaces the site's API base (https://api.<site>), e.g. a stand-in for tests. */
  apiUrl?: string;
}

/** Sentry: an event per fired or reminder event, through the DSN's envelope endpoint. */
export interface SentryChannel extends ChannelCommon {
  type: 'sentry';
  dsn: string;
}

export type ChannelConfig =
  | SlackChannel
  | DiscordChannel
  | TeamsChannel
  | EmailChannel
  | WebhookChannel
  | DesktopChannel
  | PagerDutyChannel
  | GithubIssueChannel
  | DatadogChannel
  | SentryChannel;
export type ChannelTypeName = ChannelConfig['type'];

export interface ChangeConfig {
  from: BaselineFrom;
  window: number;
  unit: ChangeUnit;
}

/** Statuses a status rule may name (SPEC §4), compared case-insensitively with a run's status. */
export const RUN_STATUSES = ['failed', 'crashed', 'killed', 'cancelled', 'timed_out'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** What every kind of rule has. */
interface RuleCommon {
  name: string;
  description?: string;
  runbook?: string;
  experiment?: string;
  severity: Severity;
  enabled: boolean;
  channels: string[];
  for: number;
  repeat: Repeat;
  notifyResolved: boolean;
  message?: string;
  labels: Record<string, string>;
}

/** The fields only a threshold rule has: absent (never readable) on the other kinds. */
interface NoThreshold {
  metric?: never;
  op?: never;
  threshold?: never;
  recoverThreshold?: never;
  onMissing?: never;
  reduce?: never;
  change?: never;
}

/** A value (or its change) against a threshold. */
export interface ThresholdRule extends RuleCommon {
  kind: 'threshold';
  metric: string;
  op: Op;
  threshold: number;
  recoverThreshold?: number;
  onMissing: OnMissing;
  reduce: Reduce;
  change?: ChangeConfig;
}

/** Breaches when the latest run's status is in `statuses` (lower case). */
export interface StatusRule extends RuleCommon, NoThreshold {
  kind: 'status';
  statuses: RunStatus[];
}

/** Breaches when the experiment's newest run is older than `after` at evaluation time. */
export interface StaleRule extends RuleCommon, NoThreshold {
  kind: 'stale';
  /** The duration as written: "2d". */
  after: string;
  afterMs: number;
}

export type AlertRule = ThresholdRule | StatusRule | StaleRule;
export type RuleKind = AlertRule['kind'];

export interface HistoryRetention {
  keepRuns: number;
  keepEvents: number;
}

/** A weekly window in a zone's wall-clock time: minutes from Monday 00:00 (0..10079), the end exclusive. */
export interface WeeklyWindow {
  start: number;
  end: number;
  /** An IANA time zone name (default UTC). */
  timeZone: string;
  /** As written: "Sat 00:00 - Mon 06:00". */
  text: string;
}

/** A silence (SPEC §4): the events of matching alert instances are recorded and not sent, until a time or weekly. */
export interface Silence {
  /** Alert name or glob (* and ?); absent: every alert. */
  alerts?: string;
  /** Experiment name or glob; absent: every experiment. */
  experiments?: string;
  reason: string;
  /** One-off: silenced until this instant (ISO, UTC), exclusive. */
  until?: string;
  /** Weekly: silenced inside this window. Exactly one of `until` and `every` is set. */
  every?: WeeklyWindow;
}

export interface Config {
  version: 1;
  file: string;
  channels: Map<string, ChannelConfig>;
  alerts: AlertRule[];
  history: HistoryRetention;
  silences: Silence[];
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

/**
 * What a status or stale rule read, as results, events and their words carry it; absent for a threshold rule, whose
 * reading is its metric, value, op and threshold.
 */
export interface KindReading {
  check?: 'status' | 'stale';
  /** Status rule: the latest run's status, lower-cased (null: the run named none). */
  status?: string | null;
  /** Status rule: the statuses it breaches on. */
  statuses?: readonly string[];
  /** Stale rule: the duration as written ("2d"). */
  after?: string;
}
