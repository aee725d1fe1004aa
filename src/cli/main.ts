// The CLI: `metric-alerts check | validate | history | schema | notify`, the same core as the action.
import { runCheck, type CheckIO, type CheckOutcome } from '../app/check.js';
import type { ChannelDelivery } from '../app/notify.js';
import { Redactor } from '../app/redactor.js';
import { appendAll } from '../core/arrays.js';
import { FAIL_ON } from '../core/types.js';
import type { HistoryStore, Logger } from '../app/ports.js';
import { loadConfig } from '../core/config/load.js';
import { jsonSchema } from '../core/config/schema.js';
import { formatDiagnostic, suggest, UserError } from '../core/diagnostics.js';
import { formatReading } from '../core/format.js';
import { fileHistory } from '../adapters/history-file.js';
import { githubFromEnv } from '../adapters/github-access.js';
import { findMetricsFiles, readMetricsFiles, splitPatterns } from '../adapters/metrics-files.js';
import { readConfigFile } from '../adapters/config-file.js';
import { HELP_FLAGS, parseArgs } from './args.js';
import { CHECK, COMMANDS, commandUsage, mainUsage, SCHEMA, VALIDATE } from './commands.js';
import { history } from './history.js';
import { notifyCommand } from './notify.js';
import { VERSION } from './version.js';

export interface Streams {
  out: (s: string) => void;
  err: (s: string) => void;
}

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

const TOP_LEVEL = [...COMMANDS.map((c) => c.name), 'help', '--help', '--version'];

export async function cli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  streams: Streams,
  cwd = process.cwd(),
): Promise<number> {
  try {
    return await dispatch(argv, env, streams, cwd);
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

async function dispatch(argv: readonly string[], env: NodeJS.ProcessEnv, streams: Streams, cwd: string) {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      streams.out(mainUsage(VERSION));
      return 2;
    case '--version':
    case '-V':
    case 'version':
      streams.out(VERSION);
      return 0;
    case 'help':
      return help(rest, streams);
    case 'schema':
      if (parseArgs(rest, SCHEMA.flags, 'schema').help) streams.out(commandUsage(SCHEMA));
      else streams.out(JSON.stringify(jsonSchema(), null, 2));
      return 0;
    case 'validate':
      return await validate(rest, env, streams, cwd);
    case 'check':
      return await check(rest, env, streams, cwd);
    case 'history':
      return await history(rest, streams, cwd);
    case 'notify':
      return await notifyCommand(rest, { env, out: streams.out, cwd, log: (r) => stderrLogger(streams.err, r) });
    default:
      if (HELP_FLAGS.includes(command)) return help([], streams);
      throw unknownCommand(command);
  }
}

function unknownCommand(command: string): UserError {
  const near = suggest(command, TOP_LEVEL);
  return new UserError(
    `unknown command "${command}"; ${near ? `did you mean "${near}"? ` : ''}allowed: ${COMMANDS.map((c) => c.name).join(', ')}, --help, --version`,
  );
}

/** `metric-alerts help [COMMAND]`. */
function help(argv: readonly string[], streams: Streams): number {
  const name = argv[0];
  const spec = COMMANDS.find((c) => c.name === name);
  if (name !== undefined && !spec) throw unknownCommand(name);
  streams.out(spec ? commandUsage(spec) : mainUsage(VERSION));
  return 0;
}

async function validate(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  streams: Streams,
  cwd: string,
): Promise<number> {
  const { positional, help } = parseArgs(argv, VALIDATE.flags, 'validate');
  if (help) {
    streams.out(commandUsage(VALIDATE));
    return 0;
  }
  if (positional.length > 1) throw new UserError('validate: give one rules file');
  const { file, text } = await readConfigFile(positional[0] ?? 'alerts.yml', cwd);
  const { config, warnings } = loadConfig({ text, file, env, now: Date.now() });
  for (const w of warnings) streams.err(`warning: ${formatDiagnostic(w)}`);
  streams.out(
    `${file}: OK (${config.alerts.length} alert${config.alerts.length === 1 ? '' : 's'}, ${config.channels.size} channel${config.channels.size === 1 ? '' : 's'}${silenceCount(config.silences.length)})`,
  );
  return 0;
}

function silenceCount(n: number): string {
  return n === 0 ? '' : `, ${n} silence${n === 1 ? '' : 's'}`;
}

interface CheckFlags {
  config: string;
  metrics: string[];
  experiment: string;
  runId: string;
  historyFile: string | undefined;
  failOn: (typeof FAIL_ON)[number];
  webhook: string | undefined;
  dryRun: boolean;
  json: boolean;
}

/** The flags of `check`, refused here when they cannot work together; undefined for --help. */
function checkFlags(argv: readonly string[]): CheckFlags | undefined {
  const { flags, positional, help } = parseArgs(argv, CHECK.flags, 'check');
  if (help) return undefined;
  const str = (name: string) => flags[name] as string | undefined;
  if (positional.length)
    throw new UserError(`check: unexpected argument "${positional[0]}"; give metrics with --metrics`);
  const metrics = splitPatterns(str('metrics') ?? '');
  const failOn = str('fail-on') ?? 'never';
  if (!(FAIL_ON as readonly string[]).includes(failOn))
    throw new UserError(`check: --fail-on "${failOn}" is not allowed; allowed: ${FAIL_ON.join(', ')}`);
  if (flags['no-history'] && flags['history-file'])
    throw new UserError('check: --no-history and --history-file exclude each other');
  return {
    config: str('config') ?? 'alerts.yml',
    metrics,
    experiment: str('experiment') ?? 'default',
    runId: str('run-id') ?? 'local',
    historyFile: flags['no-history'] ? undefined : (str('history-file') ?? 'alerts-history.json'),
    failOn: failOn as CheckFlags['failOn'],
    webhook: str('slack-webhook-url'),
    dryRun: flags['dry-run'] === true,
    json: flags.json === true,
  };
}

async function check(argv: readonly string[], env: NodeJS.ProcessEnv, streams: Streams, cwd: string): Promise<number> {
  const flags = checkFlags(argv);
  if (!flags) {
    streams.out(commandUsage(CHECK));
    return 0;
  }
  const local = flags.historyFile === undefined ? undefined : fileHistory(flags.historyFile, cwd);
  const redactor = new Redactor();
  const github = githubFromEnv(env);
  if (github) redactor.add(github.token);
  const io: CheckIO = {
    readConfig: () => readConfigFile(flags.config, cwd),
    readMetrics: async ({ optional }) => {
      if (flags.metrics.length > 0) return readMetricsFiles(await findMetricsFiles(flags.metrics, cwd), cwd);
      if (!optional)
        throw new UserError(
          'check: --metrics is required (paths or globs of metrics files; optional only with a stale rule)',
        );
      return [];
    },
    mask: (s) => redactor.add(s),
    deliver: async (jobs) => (jobs.length ? (await import('../channels/pipeline.js')).deliverAll(jobs) : []),
    preview: (channel, message) => {
      if (!flags.json) streams.out(`── message for channel ${channel} (dry run: not sent) ──\n${message}\n`);
    },
    log: stderrLogger(streams.err, redactor),
  };
  const outcome = await runCheck(io, {
    env,
    ...(flags.webhook ? { defaultWebhookUrl: flags.webhook } : {}),
    identity: { experiment: flags.experiment, runId: flags.runId },
    history: local ? async (): Promise<HistoryStore> => local : null,
    ...(local ? { peekHistory: () => local.peek() } : {}),
    historyWrite: true,
    dryRun: flags.dryRun,
    failOn: flags.failOn,
    ctx: { serverUrl: 'https://github.com' },
    ...(github ? { github } : {}),
    now: Date.now(),
  });
  if (flags.json) streams.out(outcome.results);
  else for (const line of checkReport(outcome)) streams.out(redactor.apply(line));
  for (const f of outcome.failures) streams.err(`error: ${f}`);
  return outcome.failures.length ? 1 : 0;
}

/** One line per alert instance, one per channel that this run's events went to, then the counts. */
function checkReport(outcome: CheckOutcome): string[] {
  const lines = outcome.evaluation.results.map(
    (r) =>
      `${r.state.padEnd(11)} ${r.alert} [${r.experiment}] ${formatReading(r, r.rule.change?.unit)}${r.event ? ` -> ${r.event}${r.record?.silenced ? ' (silenced: not sent)' : ''}` : ''}`,
  );
  appendAll(lines, deliveryLines(outcome.deliveries));
  const c = outcome.counts;
  lines.push(
    `checked ${c.checked}, triggered ${c.triggered}, fired ${c.fired}, resolved ${c.resolved}, firing ${c.firing}${c.failedDeliveries ? `, failed deliveries ${c.failedDeliveries}` : ''}`,
  );
  return lines;
}

/** What was sent, by channel name: per channel (one message a run), how many events, or why they were not sent. */
/** One line per channel: what this check sent it (earlier events sent late included), or why not. */
export function deliveryLines(deliveries: readonly ChannelDelivery[]): string[] {
  const sorted = [...deliveries].sort((a, b) => (a.delivery.channel < b.delivery.channel ? -1 : 1));
  return sorted.map(({ delivery: d, events, late }) => {
    const channel = d.channel;
    const count = `${events} event(s)${late ? ` (${late} late)` : ''}`;
    if (d.ok) return `sent ${count} to channel ${channel}`;
    if (d.skipped && d.error === 'dry run') return `dry run: ${count} not sent to channel ${channel}`;
    if (d.skipped) return `not sent to channel ${channel}: ${d.error ?? 'skipped'} (${count})`;
    const attempts = `${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`;
    return `delivery to channel ${channel} failed: ${d.error ?? 'unknown error'} (${attempts}); ${count} not sent`;
  });
}
