// One check: read rules and metrics, evaluate against history and claim, notify, record, report. The action and the
// CLI are thin shells over this. Everything that can be refused is refused before anything is sent or written.
import type { RulesMemo } from '../core/config/memo.js';
import { formatDiagnostic, MissingMetrics, UserError, type Diagnostic } from '../core/diagnostics.js';
import { statusOfConclusion, withConclusion } from '../core/rules/conclusion.js';
import type { Evaluation } from '../core/evaluate.js';
import { withDeliveries, type Ledger } from '../core/history/ledger.js';
import type { MetricsFile, RunIdentity } from '../core/metrics/model.js';
import { readRuns } from '../core/metrics/runs.js';
import type { Counts } from '../core/report/results.js';
import type { Config, Run, RunContext } from '../core/types.js';
import type { ChannelJob, MessageOutcome } from '../channels/pipeline.js';
import type { GitHubAccess } from '../channels/types.js';
import { claim } from './claim.js';
import type { FailOn } from './fail-on.js';
import { notify, type ChannelDelivery, type Sent } from './notify.js';
import type { HistoryStore, Logger } from './ports.js';
import { Redactor } from './redactor.js';
import { report } from './report.js';
import { loadRules, position } from './rules.js';

export { Redactor, type FailOn };
export { loadRules } from './rules.js';
export { runTestChannels, type TestChannelsOutcome } from './test-channels.js';

export interface CheckIO {
  readConfig(): Promise<{ file: string; text: string }>;
  /** The metrics files; with `needs.optional`, none given is no error (an empty list, after a notice). */
  readMetrics(needs: MetricsNeeds): Promise<MetricsFile[]>;
  /** Registers a secret so that no log shows it (core.setSecret in the action). */
  mask(secret: string): void;
  /** Sends every channel's messages (channels/pipeline.ts deliverAll, loaded when something is sent). */
  deliver(jobs: readonly ChannelJob[]): Promise<MessageOutcome[]>;
  /** Shows a message that a dry run would have sent, as text. */
  preview?(channel: string, message: string): void;
  log: Logger;
}

/** What the rules need of the metrics. */
export interface MetricsNeeds {
  /** A stale rule reads the history: the check may run with no metrics at all (a scheduled check). */
  optional: boolean;
}

export interface CheckOptions {
  env: Readonly<Record<string, string | undefined>>;
  defaultWebhookUrl?: string;
  identity: RunIdentity;
  /** Opens the history store (after the rules are loaded and their secrets masked); null: history: none. */
  history: (() => Promise<HistoryStore>) | null;
  /**
   * The ledger as it is now, when it can be read before the rules without a side effect (a history file): its
   * compiled rules spare this run the YAML parser and the schema when alerts.yml has not changed, and this run's
   * compiled rules are kept in it.
   */
  peekHistory?: () => Ledger | undefined;
  historyWrite: boolean;
  dryRun: boolean;
  failOn: FailOn;
  ctx: RunContext;
  now: number;
  /**
   * Set on a pull request's run (pull_request*, or workflow_run triggered by one): `notify` is notify-pull-requests.
   * Without notify nothing is sent; with it, fired events only (SPEC §6).
   */
  pullRequestRun?: { notify: boolean };
  /** Who claims events in the history, for people: "run 123 attempt 1". */
  claimant?: string;
  /** The GitHub API for types that use it (github-issue), when the shell has a token. */
  github?: GitHubAccess;
  /** On workflow_run: the triggering run's conclusion (`failure`, `success`...), the status of the run it produced. */
  conclusion?: string;
}

export interface CheckOutcome {
  counts: Counts;
  results: string;
  resultsTruncated: boolean;
  summary: string;
  /** Reasons the step fails (fail-on, on-missing: fail); empty when it passes. */
  failures: string[];
  evaluation: Evaluation;
  /** What each channel was sent (earlier events sent late included), one per channel with something to send. */
  deliveries: readonly ChannelDelivery[];
  /** This run's secrets replaced by ***: for reports the shell writes from `evaluation` (the pull request comment). */
  redact(text: string): string;
}

/** Everything the steps of one check share: one object, built once, never changed by the steps. */
export interface CheckRun {
  io: CheckIO;
  opts: CheckOptions;
  config: Config;
  memo: RulesMemo | undefined;
  runs: readonly Run[];
  redactor: Redactor;
  /** Warnings so far, for the summary (warn() adds to it). */
  warnings: readonly string[];
  /** A warning annotation and a summary line, secrets removed. */
  warn: (message: string, where?: Diagnostic) => void;
  /** The history store; null with history: none. */
  history: HistoryStore | null;
  /** This run writes the history (and so can claim events). */
  writes: boolean;
}

export async function runCheck(io: CheckIO, opts: CheckOptions): Promise<CheckOutcome> {
  const redactor = new Redactor();
  const warnings: string[] = [];
  const warn = (message: string, where?: Diagnostic) => {
    const clean = redactor.apply(message);
    warnings.push(where ? formatDiagnostic({ ...where, message: clean }) : clean);
    io.log.warning(clean, where ? position(where) : undefined);
  };

  // 1. Everything that can be refused, before anything is sent or written.
  const kept = opts.history && opts.peekHistory ? { memo: opts.peekHistory()?.rules } : undefined;
  const { config, warnings: configWarnings, memo } = await loadRules(io, opts, redactor, kept);
  for (const w of configWarnings) warnings.push(redactor.apply(formatDiagnostic(w)));
  if (!opts.history) refuseStaleWithoutHistory(config);
  const runs = await readCheckRuns({ io, opts, config, warn });
  const history = opts.history ? await opts.history() : null;
  const writes = history !== null && opts.historyWrite && !opts.dryRun;
  const run: CheckRun = { io, opts, config, memo, runs, redactor, warnings, warn, history, writes };
  try {
    return await checkSteps(run);
  } finally {
    await history?.close?.();
  }
}

/** A stale rule compares the newest run known with now: with history: none nothing is known. */
function refuseStaleWithoutHistory(config: Config): void {
  const stale = config.alerts.filter((a) => a.enabled && a.kind === 'stale').map((a) => `"${a.name}"`);
  if (stale.length === 0) return;
  throw new UserError(
    `alert ${stale.join(', ')} uses stale, which needs history (the newest run of each experiment is kept there), but the history input is none; set history to cache, git or file (the CLI: --history PATH)`,
  );
}

/**
 * The runs to evaluate. With a stale rule the metrics may be missing (a scheduled check reads the history: a notice);
 * with a status rule on workflow_run, a missing artifact is a warning and the triggering run's conclusion is the status
 * of its run. Otherwise missing metrics fail the step as ever.
 */
async function readCheckRuns(c: Pick<CheckRun, 'io' | 'opts' | 'config' | 'warn'>): Promise<readonly Run[]> {
  const { io, opts, config } = c;
  const enabled = config.alerts.filter((a) => a.enabled);
  const optional = enabled.some((a) => a.kind === 'stale');
  const status = enabled.some((a) => a.kind === 'status') ? statusOfConclusion(opts.conclusion) : undefined;
  let files: MetricsFile[];
  try {
    files = await io.readMetrics({ optional });
  } catch (e) {
    if (!(e instanceof MissingMetrics) || (!optional && status === undefined)) throw e;
    if (status !== undefined)
      c.warn(`${e.message} (the status rules are evaluated with the triggering run's conclusion: ${opts.conclusion})`);
    else io.log.notice(`${e.message}; the stale rules are evaluated from the history`);
    files = [];
  }
  const read = await readRuns(files, opts.identity);
  for (const w of read.warnings) c.warn(w.message, w);
  return status === undefined ? read.runs : withConclusion(read.runs, opts.identity, status);
}

async function checkSteps(run: CheckRun): Promise<CheckOutcome> {
  // 2. Evaluate and claim what this run sends.
  const claimed = await claim(run);
  if (run.history && claimed.fresh)
    run.io.log.notice(`No history yet in ${run.history.describe}: starting an empty one.`);
  for (const n of claimed.evaluation.notes) run.warn(n.message);
  // 3. Notify: only what this run claimed.
  const sent = await notify(run, claimed.plan, claimed.evaluation);
  // 4. Record the delivery results on the events, merged into the latest state.
  await record(run, claimed.evaluation.ledger, sent);
  // 5. Report.
  return report(run, claimed, sent);
}

async function record(run: CheckRun, claimedLedger: Ledger, sent: Sent): Promise<void> {
  if (!run.writes || sent.results.size === 0) return;
  try {
    await run.history!.update(
      (current) => ({ ledger: withDeliveries(current ?? claimedLedger, sent.results), result: undefined }),
      `metric-alerts: deliveries of run ${run.opts.identity.runId}`,
    );
  } catch (e) {
    // The events are recorded and sent; only their results are lost: a later run sends them again, marked late.
    run.warn(
      `the delivery results could not be recorded in the history: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
