// The CLI: `metric-alerts check | validate | history | schema`, the same core as the action.
import path from 'node:path';
import { runCheck, type CheckIO } from '../app/check.js';
import { Redactor } from '../app/redactor.js';
import { FAIL_ON } from '../core/types.js';
import type { HistoryStore, Logger } from '../app/ports.js';
import { loadConfig } from '../core/config/load.js';
import { jsonSchema } from '../core/config/schema.js';
import { formatDiagnostic, UserError } from '../core/diagnostics.js';
import { formatNumber, formatReading } from '../core/format.js';
import { fromStored, type LedgerEvent } from '../core/history/ledger.js';
import { previewMessage } from '../core/slack/preview.js';
import { fileHistory } from '../adapters/history-file.js';
import { findMetricsFiles, readMetricsFiles, splitPatterns } from '../adapters/metrics-files.js';
import { readConfigFile } from '../adapters/config-file.js';
import { parseArgs } from './args.js';

export interface Streams {
  out: (s: string) => void;
  err: (s: string) => void;
}

const USAGE = `metric-alerts: alerts on ML training metrics

Usage:
  metric-alerts check --config alerts.yml --metrics 'runs/*.json' [--experiment E] [--run-id R]
                      [--history-file F | --no-history] [--fail-on never|info|warning|critical]
                      [--slack-webhook-url URL] [--dry-run] [--json]
  metric-alerts validate [alerts.yml]
  metric-alerts history [ALERT] [--experiment E] [--history-file F | --history-branch B [--history-path P]] [--json]
  metric-alerts schema

Exit codes: 0 fine, 1 fail-on or on-missing: fail met, 2 usage, config or input error.
Channel URLs come from the environment (\${SLACK_WEBHOOK_URL} in alerts.yml).`;

function stderrLogger(err: (s: string) => void, redactor: Redactor): Logger {
  const where = (w?: { file?: string; line?: number; col?: number }) =>
    w?.file
      ? `${formatDiagnostic({ file: w.file, ...(w.line ? { line: w.line } : {}), ...(w.col ? { col: w.col } : {}), message: '' }).replace(/: $/, '')}: `
      : '';
  return {
    info: () => undefined,
    debug: () => undefined,
    notice: (m) => err(`note: ${redactor.apply(m)}`),
    warning: (m, w) => err(`warning: ${where(w)}${redactor.apply(m)}`),
    error: (m, w) => err(`error: ${where(w)}${redactor.apply(m)}`),
  };
}

export async function cli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  streams: Streams,
  cwd = process.cwd(),
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        streams.out(USAGE);
        return command === undefined ? 2 : 0;
      case 'schema':
        parseArgs(rest, {}, 'schema');
        streams.out(JSON.stringify(jsonSchema(), null, 2));
        return 0;
      case 'validate':
        return await validate(rest, env, streams, cwd);
      case 'check':
        return await check(rest, env, streams, cwd);
      case 'history':
        return await history(rest, streams, cwd);
      default:
        throw new UserError(`unknown command "${command}"; allowed: check, validate, history, schema, --help`);
    }
  } catch (e) {
    if (e instanceof UserError) {
      streams.err(e.message);
      return 2;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    streams.err(`metric-alerts failed: ${err.message}`);
    if (env.METRIC_ALERTS_DEBUG || env.ACTIONS_STEP_DEBUG === 'true') streams.err(err.stack ?? '');
    return 2;
  }
}

async function validate(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  streams: Streams,
  cwd: string,
): Promise<number> {
  const { positional } = parseArgs(argv, {}, 'validate');
  if (positional.length > 1) throw new UserError('validate: give one rules file');
  const { file, text } = await readConfigFile(positional[0] ?? 'alerts.yml', cwd);
  const { config, warnings } = loadConfig({ text, file, env });
  for (const w of warnings) streams.err(`warning: ${formatDiagnostic(w)}`);
  streams.out(
    `${file}: OK (${config.alerts.length} alert${config.alerts.length === 1 ? '' : 's'}, ${config.channels.size} channel${config.channels.size === 1 ? '' : 's'})`,
  );
  return 0;
}

async function check(argv: readonly string[], env: NodeJS.ProcessEnv, streams: Streams, cwd: string): Promise<number> {
  const { flags, positional } = parseArgs(
    argv,
    {
      config: 'string',
      metrics: 'string',
      experiment: 'string',
      'run-id': 'string',
      'history-file': 'string',
      'no-history': 'boolean',
      'dry-run': 'boolean',
      json: 'boolean',
      'fail-on': 'string',
      'slack-webhook-url': 'string',
    },
    'check',
  );
  if (positional.length)
    throw new UserError(`check: unexpected argument "${positional[0]}"; give metrics with --metrics`);
  const metrics = typeof flags.metrics === 'string' ? splitPatterns(flags.metrics) : [];
  if (metrics.length === 0) throw new UserError('check: --metrics is required (paths or globs of metrics files)');
  const failOn = (flags['fail-on'] as string | undefined) ?? 'never';
  if (!(FAIL_ON as readonly string[]).includes(failOn))
    throw new UserError(`check: --fail-on "${failOn}" is not allowed; allowed: ${FAIL_ON.join(', ')}`);
  if (flags['no-history'] && flags['history-file'])
    throw new UserError('check: --no-history and --history-file exclude each other');
  const historyFile = (flags['history-file'] as string | undefined) ?? 'alerts-history.json';
  const local = flags['no-history'] ? undefined : fileHistory(historyFile, cwd);
  const store = local ? async (): Promise<HistoryStore> => local : null;
  const redactor = new Redactor();
  const log = stderrLogger(streams.err, redactor);
  const json = flags.json === true;
  const webhook = flags['slack-webhook-url'] as string | undefined;
  const io: CheckIO = {
    readConfig: () => readConfigFile((flags.config as string | undefined) ?? 'alerts.yml', cwd),
    readMetrics: async () => readMetricsFiles(await findMetricsFiles(metrics, cwd), cwd),
    mask: (s) => redactor.add(s),
    deliver: async (jobs) => (jobs.length ? (await import('../adapters/slack-webhook.js')).deliverAll(jobs) : []),
    preview: (channel, message) => {
      if (!json) streams.out(`── message for channel ${channel} (dry run: not sent) ──\n${previewMessage(message)}\n`);
    },
    log,
  };
  const outcome = await runCheck(io, {
    env,
    ...(webhook ? { defaultWebhookUrl: webhook } : {}),
    identity: {
      experiment: (flags.experiment as string | undefined) ?? 'default',
      runId: (flags['run-id'] as string | undefined) ?? 'local',
    },
    history: store,
    ...(local ? { peekHistory: () => local.peek() } : {}),
    historyWrite: true,
    dryRun: flags['dry-run'] === true,
    failOn: failOn as 'never',
    ctx: { serverUrl: 'https://github.com' },
    now: Date.now(),
  });
  if (json) {
    streams.out(outcome.results);
  } else {
    for (const r of outcome.evaluation.results) {
      streams.out(
        `${r.state.padEnd(11)} ${r.alert} [${r.experiment}] ${formatReading(r, r.rule.change?.unit)}${r.event ? ` -> ${r.event}` : ''}`,
      );
    }
    const c = outcome.counts;
    streams.out(
      `checked ${c.checked}, triggered ${c.triggered}, fired ${c.fired}, resolved ${c.resolved}, firing ${c.firing}${c.failedDeliveries ? `, failed deliveries ${c.failedDeliveries}` : ''}`,
    );
  }
  for (const f of outcome.failures) streams.err(`error: ${f}`);
  return outcome.failures.length ? 1 : 0;
}

async function history(argv: readonly string[], streams: Streams, cwd: string): Promise<number> {
  const { flags, positional } = parseArgs(
    argv,
    {
      experiment: 'string',
      'history-file': 'string',
      'history-branch': 'string',
      'history-path': 'string',
      json: 'boolean',
    },
    'history',
  );
  if (positional.length > 1) throw new UserError('history: give at most one alert name');
  if (flags['history-branch'] && flags['history-file'])
    throw new UserError('history: --history-branch and --history-file exclude each other');
  let ledger;
  if (typeof flags['history-branch'] === 'string') {
    // The git ledger of the current repository's origin.
    const { gitHistory } = await import('../adapters/history-git.js');
    const store = await gitHistory({
      workspace: cwd,
      branch: flags['history-branch'],
      path: (flags['history-path'] as string | undefined) ?? 'alerts-history.json',
    });
    ledger = await store.load();
    await store.close?.();
    if (!ledger) throw new UserError(`history: no ledger on branch ${flags['history-branch']} of origin`);
  } else {
    const file = path.resolve(cwd, (flags['history-file'] as string | undefined) ?? 'alerts-history.json');
    ledger = await fileHistory(file, cwd).load();
    if (!ledger)
      throw new UserError([
        {
          file: path.relative(cwd, file) || file,
          message: 'no history file here (set --history-file, or --history-branch for a git ledger)',
        },
      ]);
  }
  const alert = positional[0];
  const events = ledger.events
    .filter(
      (e) =>
        (alert === undefined || e.alert === alert) &&
        (flags.experiment === undefined || e.experiment === flags.experiment),
    )
    .sort((a, b) => b.at.localeCompare(a.at));
  if (flags.json) {
    streams.out(JSON.stringify(events.map(historyObject), null, 2));
  } else if (events.length === 0) {
    streams.out('no events');
  } else {
    for (const e of events) {
      const sent = e.deliveries
        .map((d) => `${d.channel}:${d.ok ? 'ok' : d.skipped ? 'skipped' : `failed${d.status ? ` ${d.status}` : ''}`}`)
        .join(' ');
      streams.out(
        `${e.at}  ${e.kind.padEnd(8)} ${e.alert} [${e.experiment}] run ${e.run}  ${e.metric} = ${e.value === null ? 'missing' : formatNumber(fromStored(e.value))} (${e.op} ${formatNumber(e.threshold)}) ${e.severity}${sent ? `  ${sent}` : ''}`,
      );
    }
  }
  return 0;
}

function historyObject(e: LedgerEvent) {
  return {
    alert: e.alert,
    experiment: e.experiment,
    run: e.run,
    at: e.at,
    event: e.kind,
    state: e.state,
    value: e.value,
    threshold: e.threshold,
    severity: e.severity,
    deliveries: e.deliveries.map((d) => ({
      channel: d.channel,
      ok: d.ok,
      status: d.status ?? null,
      attempts: d.attempts,
      error: d.error ?? null,
    })),
  };
}
