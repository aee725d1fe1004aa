// One interface for every channel type (SPEC §5), as Alertmanager's notifiers: a type renders events into its messages,
// sends one message in one attempt, and classifies the answer. Everything around it (digest, ordering, retries,
// budgets, spacing, recording, masking) is the shared pipeline's (pipeline.ts), written once.
import type { DigestItem, Note } from '../core/digest.js';
import type { ChannelConfig, RunContext } from '../core/types.js';

export type { DigestItem, Note };

/** What one channel is asked to send in one run: its events, ordered critical first (orderItems). */
export interface Batch<C extends ChannelConfig = ChannelConfig> {
  channel: C;
  items: readonly DigestItem[];
  ctx: RunContext;
  /**
   * The messages this channel delivered earlier that items of this batch answer to (DigestItem.thread), by ref: the
   * events each one carried (as the history holds them, oldest run first) and which of those events' instances are no
   * longer firing after this run. For a type that updates its earlier message (Slack's chat.update).
   */
  threads?: ReadonlyMap<string, ThreadMessage>;
}

export interface ThreadMessage {
  items: readonly DigestItem[];
  /** eventIds among `items` whose alert instance is no longer firing. */
  resolved: ReadonlySet<string>;
}

/** One message ready to send: a digest (every event of the batch) or one event's request. */
export interface Outgoing<R = unknown> {
  /** Ids (eventId) of the events this message carries; each is recorded with this message's result. */
  events: readonly string[];
  /**
   * Where it goes, for spacing (requests to one destination are at least 1 s apart) and for the order of messages:
   * a URL without its query, an SMTP server, "desktop". Never shown (a URL is a secret).
   */
  destination: string;
  request: R;
}

/** The answer to one attempt. */
export type Attempt =
  /** Delivered. `ref` is kept on the delivery (a Slack message ts, an issue number) for later events to answer to. */
  | { outcome: 'success'; status?: number; ref?: string; note?: string }
  /** 429, 5xx, a network error: tried again within the budget; `afterMs` is the service's own wait (Retry-After). */
  | { outcome: 'retry'; status?: number; error: string; afterMs?: number; rateLimited?: boolean }
  /** Any other answer: not tried again, not re-sent by a later run. `error` names the service's reason. */
  | { outcome: 'final'; status?: number; error: string };

/** What `send` gets besides the request: the channel, an abort signal (the per-request timeout) and the HTTP client. */
/** The GitHub REST API as this run may use it (github-issue): the token of the `github-token` input, GITHUB_API_URL. */
export interface GitHubAccess {
  token: string;
  /** https://api.github.com, or a GitHub Enterprise Server's /api/v3. */
  apiUrl: string;
  /** owner/name of the run's repository. */
  repository?: string;
}

export interface SendContext<C extends ChannelConfig = ChannelConfig> {
  channel: C;
  /** Set when the shell has a GitHub token (the action's github-token, the CLI's GITHUB_TOKEN). */
  github?: GitHubAccess;
  signal: AbortSignal;
  timeoutMs: number;
  http: HttpClient;
}

export interface HttpAnswer {
  status: number;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: string;
}

/** Node's http/https with keep-alive agents for the run (and the proxy of the environment, when one is set). */
export interface HttpClient {
  request(
    url: string,
    req: { method: 'GET' | 'POST' | 'PATCH' | 'PUT'; headers?: Record<string, string>; body?: string },
    signal: AbortSignal,
  ): Promise<HttpAnswer>;
}

export type Grouping =
  /** Chat types: one message per channel per evaluation (render gets every event of the batch). */
  | 'digest'
  /** Incident types: one request per alert event, keyed by the alert instance. */
  | 'event';

export interface ChannelType<C extends ChannelConfig = ChannelConfig, R = unknown> {
  type: C['type'];
  grouping: Grouping;
  /** The messages for a batch, in the order they are sent. Pure. */
  render(batch: Batch<C>): Outgoing<R>[];
  /** A note (test-channels' "wired up", an ad-hoc message), with the run's context. Pure. `events` is empty. */
  note(channel: C, note: Note, ctx: RunContext): Outgoing<R>;
  /** One attempt; never throws for an answer (a thrown error is a network error: retried). */
  send(request: R, sx: SendContext<C>): Promise<Attempt>;
  /**
   * Why an event of the batch is carried by no message `render` returned (Sentry sends no resolved event: it resolves
   * in its own UI). Such events are recorded as skipped with this reason, so no later run owes them. Only for types
   * whose render leaves events out.
   */
  leftOut?: string;
  /**
   * Between two requests to one destination, when the service's own rate limit allows less than the pipeline's 1 s:
   * PagerDuty takes 120 events a minute per routing key (500 ms).
   */
  spacingMs?: number;
  /**
   * One send makes several requests (github-issue: find the issue, open or comment, close), each with its own timeout
   * (`SendContext.timeoutMs`): the pipeline bounds the whole send by the channel's remaining budget, not by one
   * request's 10 s.
   */
  manyRequests?: boolean;
  /** Shows a message a dry run would have sent, for the CLI's preview (plain text, already safe). */
  preview?(request: R): string;
  /**
   * Why this channel sends nothing where the run is, or undefined when it sends: asked by the pipeline before anything
   * is rendered. The desktop type is skipped in the action (`GITHUB_ACTIONS=true`): a runner's screen has no reader.
   * The reason is shown as a notice (not a warning) and the deliveries are recorded as skipped. Pure.
   */
  skip?(channel: C, env: Readonly<Record<string, string | undefined>>): string | undefined;
}
