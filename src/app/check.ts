// One check: read rules and metrics, evaluate against history, notify, record, report. The action and the CLI
// are thin shells over this. Everything that can be refused is refused before anything is sent or written.
import { memoFor, usableMemo, type RulesMemo } from '../core/config/memo.js';
import { bindRules, type CompiledRules, type LoadedConfig } from '../core/config/rules.js';
import { planDeliveries } from '../core/deliveries.js';
import { formatDiagnostic, type Diagnostic } from '../core/diagnostics.js';
import { formatReading } from '../core/format.js';
import { evaluate, type Evaluation } from '../core/evaluate.js';
import { emptyLedger, withDeliveries, type Delivery, type Ledger, type LedgerEvent } from '../core/history/ledger.js';
import { readRuns, type MetricsText, type RunIdentity } from '../core/metrics/runs.js';
import { countResults, resultsJson, toResultObject, type Counts } from '../core/report/results.js';
import { buildSummary } from '../core/report/summary.js';
import { buildDigest, buildWiredUpMessage, type DigestItem, type SlackMessage } from '../core/slack/message.js';
import type { Config, Run, RunContext } from '../core/types.js';
import type { DeliveryJob, DeliveryOutcome } from '../adapters/slack-webhook.js';
import { stepFailures, type FailOn } from './fail-on.js';
import type { HistoryStore, Logger } from './ports.js';
import { Redactor } from './redactor.js';

export { Redactor, type FailOn };

export interface CheckIO {
  readConfig(): Promise<{ file: string; text: string }>;
  readMetrics(): Promise<MetricsText[]>;
  /** Registers a secret so that no log shows it (core.setSecret in the action). */
  mask(secret: string): void;
  deliver(jobs: readonly DeliveryJob[]): Promise<DeliveryOutcome[]>;
  /** Shows a message that a dry run would have sent. */
  preview?(channel: string, message: SlackMessage): void;
  log: Logger;
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
}

export interface CheckOutcome {
  counts: Counts;
  results: string;
  resultsTruncated: boolean;
  summary: string;
  /** Reasons the step fails (fail-on, on-missing: fail); empty when it passes. */
  failures: string[];
  evaluation: Evaluation;
}

export interface Rules extends LoadedConfig {
  /** What to keep in the history for the next run: only when asked for (`kept`) and when the rules may be kept. */
  memo: RulesMemo | undefined;
}

/**
 * Reads alerts.yml and binds it to the environment. With `kept` (a history that keeps compiled rules), rules compiled
 * by this build from the same text are used as they are; otherwise the file is compiled, which loads the YAML parser
 * and the schema.
 */
export async function loadRules(
  io: Pick<CheckIO, 'readConfig' | 'mask' | 'log'>,
  opts: Pick<CheckOptions, 'env' | 'defaultWebhookUrl'>,
  redactor: Redactor,
  kept?: { memo: unknown },
): Promise<Rules> {
  if (opts.defaultWebhookUrl && redactor.add(opts.defaultWebhookUrl)) io.mask(opts.defaultWebhookUrl);
  const { file, text } = await io.readConfig();
  const reused = kept?.memo === undefined ? undefined : usableMemo(kept.memo, text);
  let rules: CompiledRules;
  let fileErrors: Diagnostic[] = [];
  if (reused) {
    rules = reused.rules;
  } else {
    const { compileRules } = await import('../core/config/load.js');
    ({ rules, errors: fileErrors } = compileRules(text, file));
  }
  const loaded = bindRules(
    rules,
    { file, env: opts.env, ...(opts.defaultWebhookUrl ? { defaultWebhookUrl: opts.defaultWebhookUrl } : {}) },
    fileErrors,
  );
  for (const s of loaded.secrets) if (redactor.add(s)) io.mask(s);
  for (const w of loaded.warnings) io.log.warning(redactor.apply(w.message), position(w));
  return { ...loaded, memo: kept ? (reused ?? memoFor(text, rules)) : undefined };
}

function position(d: Diagnostic): { file: string; line?: number; col?: number } {
  const p: { file: string; line?: number; col?: number } = { file: d.file };
  if (d.line !== undefined) p.line = d.line;
  if (d.col !== undefined) p.col = d.col;
  return p;
}

export async function runCheck(io: CheckIO, opts: CheckOptions): Promise<CheckOutcome> {
  const redactor = new Redactor();
  const { log } = io;
  const warnings: string[] = [];
  const warn = (message: string, where?: Diagnostic) => {
    const clean = redactor.apply(message);
    warnings.push(where ? formatDiagnostic({ ...where, message: clean }) : clean);
    log.warning(clean, where ? position(where) : undefined);
  };

  // 1. Everything that can be refused, before anything is sent or written.
  const kept = opts.history && opts.peekHistory ? { memo: opts.peekHistory()?.rules } : undefined;
  const { config, warnings: configWarnings, memo } = await loadRules(io, opts, redactor, kept);
  for (const w of configWarnings) warnings.push(redactor.apply(formatDiagnostic(w)));
  const read = readRuns(await io.readMetrics(), opts.identity);
  for (const w of read.warnings) warn(w.message, w);
  const store = opts.history ? await opts.history() : null;
  try {
    return await checkWith(store, config, memo, read.runs, io, opts, redactor, warnings, warn);
  } finally {
    await store?.close?.();
  }
}

async function checkWith(
  history: HistoryStore | null,
  config: Config,
  memo: RulesMemo | undefined,
  runs: readonly Run[],
  io: CheckIO,
  opts: CheckOptions,
  redactor: Redactor,
  warnings: string[],
  warn: (message: string, where?: Diagnostic) => void,
): Promise<CheckOutcome> {
  const { log } = io;
  const stateless = history === null;
  const writes = history !== null && opts.historyWrite && !opts.dryRun;
  const evaluateOn = (prior: Ledger | undefined) => {
    const ev = evaluate({ config, runs, ledger: prior ?? emptyLedger(), now: opts.now, stateless });
    if (memo) ev.ledger.rules = memo;
    if (opts.ctx.workflowRunUrl) for (const e of ev.events) e.runUrl = opts.ctx.workflowRunUrl;
    return { ev, earlier: stateless || !prior ? [] : prior.events, fresh: prior === undefined };
  };

  // 2. Evaluate (pure) and, with history, claim the new state: with a shared store (git) the write that wins decides
  //    which events this run sends, so one transition is notified once even when two runs see it at once.
  let claimed: ReturnType<typeof evaluateOn>;
  if (writes)
    claimed = await history!.update((prior) => {
      const c = evaluateOn(prior);
      return { ledger: c.ev.ledger, result: c };
    }, `metric-alerts: evaluate run ${opts.identity.runId}`);
  else claimed = evaluateOn(history ? await history.load() : undefined);
  const evaluation = claimed.ev;
  let historyNote: string | undefined;
  if (history && claimed.fresh) {
    historyNote = `No history yet in ${history.describe}: starting an empty one.`;
    log.notice(historyNote);
  }
  if (history && !opts.dryRun && !opts.historyWrite)
    historyNote = `History is read but not written (history-write is off for this event).`;
  for (const n of evaluation.notes) warn(n.message);

  // 3. Notify: only what this run claimed.
  const { deliveries, touched } = await notify(io, opts, config, evaluation, claimed.earlier, redactor, warn);

  // 4. Record the delivery results on the events, merged into the latest state.
  if (writes && touched.length > 0) {
    try {
      await history!.update(
        (current) => ({ ledger: withDeliveries(current ?? evaluation.ledger, touched), result: undefined }),
        `metric-alerts: deliveries of run ${opts.identity.runId}`,
      );
    } catch (e) {
      // The events are recorded and sent; only their delivery results are lost (failed ones are then not retried).
      warn(`the delivery results could not be recorded in the history: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  // 5. Report.
  const failedDeliveries = deliveries.filter((d) => !d.ok && !d.skipped).length;
  const counts = countResults(evaluation.results, failedDeliveries);
  const objects = evaluation.results.map(toResultObject);
  const { json, truncated } = resultsJson(objects);
  for (const r of evaluation.results) {
    if (r.state !== 'firing' || r.rerun) continue;
    const text = `${r.alert} is firing on ${r.experiment}: ${formatReading(r, r.rule.change?.unit)}, run ${r.run}`;
    if (r.severity === 'critical') log.error(redactor.apply(text), { title: `metric-alerts: ${r.alert}` });
    else log.warning(redactor.apply(text), { title: `metric-alerts: ${r.alert}` });
  }
  const summary = redactor.apply(
    buildSummary({
      results: evaluation.results,
      counts,
      disabled: evaluation.disabled,
      warnings,
      ctx: opts.ctx,
      dryRun: opts.dryRun,
      ...(historyNote ? { historyNote } : {}),
    }),
  );

  const failures = stepFailures(evaluation, opts.failOn);
  return {
    counts,
    results: redactor.apply(json),
    resultsTruncated: truncated,
    summary,
    failures: failures.map((f) => redactor.apply(f)),
    evaluation,
  };
}

async function notify(
  io: CheckIO,
  opts: CheckOptions,
  config: Config,
  evaluation: Evaluation,
  earlierEvents: readonly LedgerEvent[],
  redactor: Redactor,
  warn: (m: string) => void,
): Promise<{ deliveries: Delivery[]; touched: LedgerEvent[] }> {
  const plan = planDeliveries(evaluation.events, earlierEvents, opts.now);
  const recent = new Map<LedgerEvent, readonly number[]>();
  for (const r of evaluation.results)
    if (r.record)
      recent.set(
        r.record,
        r.recent.map((p) => p.value),
      );
  const rules = new Map(config.alerts.map((a) => [a.name, a]));
  const at = new Date(opts.now).toISOString();
  const jobs: { job: DeliveryJob; items: DigestItem[] }[] = [];
  const all: Delivery[] = [];
  const record = (items: readonly DigestItem[], d: Delivery) => {
    all.push(d);
    for (const { event } of items) {
      const i = event.deliveries.findIndex((x) => x.channel === d.channel);
      const earlierAttempts = i >= 0 ? event.deliveries[i]!.attempts : 0;
      const entry = { ...d, attempts: d.attempts + (d.skipped ? 0 : earlierAttempts) };
      if (i >= 0) event.deliveries[i] = entry;
      else event.deliveries.push(entry);
    }
  };
  for (const [name, planned] of plan) {
    const channel = config.channels.get(name);
    if (!channel) continue; // a retry for a channel that no longer exists
    const items: DigestItem[] = planned.map((p) => {
      const item: DigestItem = { event: p.event, recent: recent.get(p.event) ?? [], retry: p.retry };
      const rule = rules.get(p.event.alert);
      if (rule) item.rule = rule;
      return item;
    });
    const message = buildDigest(items, channel, opts.ctx);
    if (opts.dryRun) {
      io.preview?.(name, message);
      all.push({ channel: name, ok: false, skipped: true, attempts: 0, error: 'dry run', at });
      continue;
    }
    if (!channel.url) {
      warn(
        `channel ${name} is not configured (${channel.unconfiguredReason ?? 'no URL'}): ${items.length} event(s) not sent`,
      );
      record(items, { channel: name, ok: false, skipped: true, attempts: 0, error: 'channel not configured', at });
      continue;
    }
    jobs.push({ job: { channel: name, url: channel.url, message }, items });
  }
  const outcomes = await io.deliver(jobs.map((j) => j.job));
  outcomes.forEach((o, i) => {
    const d: Delivery = { ...o, at };
    if (d.error) d.error = redactor.apply(d.error);
    record(jobs[i]!.items, d);
    if (!d.ok)
      warn(
        `delivery to channel ${d.channel} failed: ${d.error ?? 'unknown error'} (${d.attempts} attempt${d.attempts === 1 ? '' : 's'}); it is retried on the next run with history`,
      );
    else io.log.info(`sent ${jobs[i]!.items.length} event(s) to channel ${d.channel}`);
  });
  // Dry-run deliveries are shown on the results, not recorded on events.
  if (opts.dryRun) {
    for (const [name, planned] of plan)
      for (const p of planned)
        if (!p.retry)
          p.event.deliveries.push({ channel: name, ok: false, skipped: true, attempts: 0, error: 'dry run', at });
  }
  const touched = new Set<LedgerEvent>();
  for (const planned of plan.values()) for (const p of planned) touched.add(p.event);
  return { deliveries: all, touched: [...touched] };
}

export interface TestChannelsOutcome {
  sent: number;
  failed: string[];
  skipped: string[];
}

/** Sends "metric-alerts is wired up" to every configured channel; evaluates and records nothing. */
export async function runTestChannels(
  io: Pick<CheckIO, 'readConfig' | 'mask' | 'log' | 'deliver'>,
  opts: Pick<CheckOptions, 'env' | 'defaultWebhookUrl' | 'ctx'>,
): Promise<TestChannelsOutcome> {
  const redactor = new Redactor();
  const { config } = await loadRules(io, opts, redactor);
  const jobs: DeliveryJob[] = [];
  const skipped: string[] = [];
  for (const ch of config.channels.values()) {
    if (!ch.url) {
      skipped.push(ch.name);
      io.log.warning(`channel ${ch.name} is not configured (${ch.unconfiguredReason ?? 'no URL'}): not tested`);
      continue;
    }
    jobs.push({ channel: ch.name, url: ch.url, message: buildWiredUpMessage(ch.name, opts.ctx) });
  }
  const outcomes = await io.deliver(jobs);
  const failed: string[] = [];
  for (const o of outcomes) {
    if (o.ok) io.log.info(`channel ${o.channel}: wired up`);
    else {
      failed.push(o.channel);
      io.log.warning(redactor.apply(`channel ${o.channel}: the test message failed: ${o.error ?? 'unknown error'}`));
    }
  }
  return { sent: outcomes.length - failed.length, failed, skipped };
}
