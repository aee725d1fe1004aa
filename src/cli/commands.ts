// The commands, their flags and their help: one table for parsing, `--help` and "did you mean".
import { FAIL_ON, SEVERITIES } from '../core/types.js';
import type { FlagSpec } from './args.js';

export interface CommandSpec {
  name: string;
  summary: string;
  /** After "metric-alerts ": the command line with its arguments. */
  synopsis: string;
  /** Positional arguments: [name, help]. */
  args: readonly (readonly [string, string])[];
  flags: FlagSpec;
  /** Lines after the flags. */
  notes: readonly string[];
}

const HISTORY_FILE = 'alerts-history.json';

export const CHECK: CommandSpec = {
  name: 'check',
  summary: 'Evaluate the rules on metrics files, notify the channels, keep the history.',
  synopsis: "check --metrics 'runs/*.json' [--config alerts.yml] [flags]",
  args: [],
  flags: {
    config: { kind: 'string', value: 'FILE', help: 'the rules file (default: alerts.yml)' },
    metrics: {
      kind: 'string',
      value: 'PATTERNS',
      help: 'metrics files: paths or globs, separated by commas or newlines (required, unless a stale rule reads the history)',
    },
    experiment: { kind: 'string', value: 'E', help: 'experiment of runs that name none (default: default)' },
    'run-id': { kind: 'string', value: 'R', help: 'run id of runs that name none (default: local)' },
    'history-file': { kind: 'string', value: 'F', help: `the history file (default: ${HISTORY_FILE})` },
    'no-history': { kind: 'boolean', help: 'keep no history: every run is judged on its own' },
    'fail-on': {
      kind: 'string',
      value: 'LEVEL',
      help: `exit 1 when an instance is firing at this severity or above: ${FAIL_ON.join(', ')} (default: never)`,
    },
    'slack-webhook-url': {
      kind: 'string',
      value: 'URL',
      help: 'defines a slack channel named default, used by alerts with no channels',
    },
    'dry-run': { kind: 'boolean', help: 'print the messages instead of sending them; write no history' },
    json: { kind: 'boolean', help: 'print the results as JSON (with each delivery)' },
  },
  notes: [
    'Prints one line per alert instance, then one line per channel: what was sent, or why not.',
    'Channel URLs come from the environment (${SLACK_WEBHOOK_URL} in alerts.yml).',
  ],
};

export const VALIDATE: CommandSpec = {
  name: 'validate',
  summary: 'Check a rules file: exit 0, or every error as FILE:LINE:COL: message and exit 2.',
  synopsis: 'validate [alerts.yml]',
  args: [['alerts.yml', 'the rules file (default: alerts.yml)']],
  flags: {},
  notes: [],
};

export const HISTORY: CommandSpec = {
  name: 'history',
  summary: 'List the events of the history, newest first.',
  synopsis: 'history [ALERT] [flags]',
  args: [['ALERT', 'only the events of this alert']],
  flags: {
    experiment: { kind: 'string', value: 'E', help: 'only the events of this experiment' },
    'history-file': { kind: 'string', value: 'F', help: `the history file (default: ${HISTORY_FILE})` },
    'history-branch': {
      kind: 'string',
      value: 'B',
      help: "the git ledger on branch B of the current repository's origin",
    },
    'history-path': {
      kind: 'string',
      value: 'P',
      help: `the ledger's path on that branch (default: ${HISTORY_FILE})`,
    },
    json: {
      kind: 'boolean',
      help: 'print JSON objects: alert, experiment, run, at, event, state, metric, value, baseline, change, change_unit, op, threshold, severity, deliveries; silenced: true when a silence held the event back',
    },
  },
  notes: ['A change rule shows its value with the change and the baseline: 0.702 (-7.99% vs 0.763), change < -5%.'],
};

export const SCHEMA: CommandSpec = {
  name: 'schema',
  summary: 'Print the JSON Schema of alerts.yml.',
  synopsis: 'schema',
  args: [],
  flags: {},
  notes: [],
};

export const NOTIFY: CommandSpec = {
  name: 'notify',
  summary: 'Send one message to the channels (default: every channel); evaluates nothing.',
  synopsis: 'notify --title T --text X [--level LEVEL] [--channel NAME]... [--wait-duration 5m] [flags]',
  args: [],
  flags: {
    title: { kind: 'string', value: 'T', help: 'the title (required); wait-duration compares titles' },
    text: { kind: 'string', value: 'X', help: 'the text (required)' },
    level: { kind: 'string', value: 'LEVEL', help: `${SEVERITIES.join(', ')} (default: info)` },
    channel: {
      kind: 'string',
      value: 'NAME',
      repeatable: true,
      help: 'a channel of the rules; repeat it or separate names with commas (default: every channel)',
    },
    'wait-duration': {
      kind: 'string',
      value: 'D',
      help: 'not sent to a channel that received the same title within D (30s, 5m, 6h, 1d); needs the history',
    },
    config: { kind: 'string', value: 'FILE', help: 'the rules file, for its channels (default: alerts.yml)' },
    'history-file': { kind: 'string', value: 'F', help: `the history file (default: ${HISTORY_FILE})` },
    'no-history': { kind: 'boolean', help: 'keep no history: wait-duration cannot hold anything back' },
    'slack-webhook-url': { kind: 'string', value: 'URL', help: 'defines a slack channel named default' },
  },
  notes: [
    'Prints one line per channel: sent, held back by wait-duration (and when it was last sent), or why it failed.',
    'Exit codes: 0 sent or held back, 1 a delivery failed, 2 usage, config or history error.',
  ],
};

export const COMMANDS: readonly CommandSpec[] = [CHECK, VALIDATE, HISTORY, SCHEMA, NOTIFY];

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([l]) => l.length)) + 2;
  return rows.map(([l, r]) => `  ${l.padEnd(width)}${r}`);
}

/** `metric-alerts check --help`. */
export function commandUsage(spec: CommandSpec): string {
  const flags: [string, string][] = Object.entries(spec.flags).map(([name, f]) => [
    `--${name}${f.value ? ` ${f.value}` : ''}`,
    f.help,
  ]);
  flags.push(['-h, --help', 'show this help']);
  const lines = [`Usage: metric-alerts ${spec.synopsis}`, '', spec.summary];
  if (spec.args.length) lines.push('', 'Arguments:', ...table(spec.args));
  lines.push('', 'Flags:', ...table(flags));
  if (spec.notes.length) lines.push('', ...spec.notes);
  return lines.join('\n');
}

/** `metric-alerts --help`. */
export function mainUsage(version: string): string {
  return [
    `metric-alerts ${version}: alerts on ML training metrics`,
    '',
    'Usage: metric-alerts <command> [flags]',
    '',
    'Commands:',
    ...table(COMMANDS.map((c) => [c.name, c.summary])),
    '',
    'Flags:',
    ...table([
      ['-h, --help', 'show this help (metric-alerts <command> --help: the flags of a command)'],
      ['-V, --version', 'print the version'],
    ]),
    '',
    'Exit codes: 0 fine, 1 fail-on or on-missing: fail met (notify: a delivery failed), 2 usage, config or input error.',
  ].join('\n');
}
