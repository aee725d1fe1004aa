// alerts.yml text -> compiled rules (YAML parser and schema), or every problem of the file as a positioned diagnostic;
// loadConfig binds them to the environment (rules.ts) in one go.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod/mini';
import { describeValue, suggest, UserError, type Diagnostic } from '../diagnostics.js';
import { SIGMA_MIN_RUNS } from '../baseline.js';
import { parseDuration } from '../duration.js';
import { defineOwn, isRecord } from '../records.js';
import { parseTemplate } from '../template.js';
import { RUN_STATUSES, type ChannelTypeName, type Op, type Repeat, type RunStatus } from '../types.js';
import {
  bindRules,
  checkUrl,
  DEFAULT_CHANNEL,
  MAX_CONFIG_BYTES,
  sortDiagnostics,
  type CompiledAlert,
  type CompiledChannel,
  type CompiledRules,
  type LoadedConfig,
} from './rules.js';
import { fileSchema, KNOWN_KEYS, NAME_PATTERN, type AlertsFile, type RawAlert, type RawDefaults } from './schema.js';
import { compileSilences, everyProblem, untilProblem } from './silences.js';
import { locate, type Path } from './yaml-positions.js';
import { CHANNEL_TYPE_NAMES, channelKeys, type FieldValue } from './channel-fields.js';
import type { Position } from './url.js';

export { checkUrl, DEFAULT_CHANNEL, MAX_CONFIG_BYTES, type LoadedConfig } from './rules.js';
const MAX_ALIASES = 100;
/** YAML syntax errors shown; the ones after the first are mostly its echoes. */
const MAX_SYNTAX_ERRORS = 5;

export interface LoadConfigInput {
  text: string;
  file: string;
  /** The step's environment, for ${NAME} in channel fields. */
  env: Readonly<Record<string, string | undefined>>;
  /** The `slack-webhook-url` input: defines the `default` channel. */
  defaultWebhookUrl?: string;
  /** Epoch ms: a silence that ended before this is a warning. */
  now?: number;
}

export interface CompileResult {
  rules: CompiledRules;
  /**
   * Every problem of the file (schema errors, duplicates, unknown channels, templates...), reported with the
   * environment's by bindRules; while there is any, `rules` holds only the channels and alerts the schema accepted.
   */
  errors: Diagnostic[];
}

export function loadConfig(input: LoadConfigInput): LoadedConfig {
  const { rules, errors } = compileRules(input.text, input.file);
  return bindRules(
    rules,
    {
      file: input.file,
      env: input.env,
      ...(input.defaultWebhookUrl !== undefined ? { defaultWebhookUrl: input.defaultWebhookUrl } : {}),
      ...(input.now !== undefined ? { now: input.now } : {}),
    },
    errors,
  );
}

/** Parses and checks the file; throws a UserError when it cannot be read as rules at all. */
export function compileRules(text: string, file: string): CompileResult {
  const { doc, lc, raw } = parseYaml(text, file);
  const errors: Diagnostic[] = [];
  const at = (path: Path, key = false): Pick<Diagnostic, 'line' | 'col'> => locate(doc, lc, path, { key });
  const err = (path: Path, message: string, key = false) => errors.push({ file, ...at(path, key), message });

  // Schema errors first, then every other check on each part the schema accepts, so that one pass reports them all.
  const parsed = fileSchema.safeParse(raw, { reportInput: true });
  const issues = parsed.success ? [] : withoutImpliedBounds(parsed.error.issues);
  for (const issue of issues) reportIssue(issue, raw, err);
  if (!isRecord(raw)) throw new UserError(sortDiagnostics(errors));
  const ctx: Check = { raw, at, err, valid: validAt(issues) };

  rejectEnvOutsideChannels(ctx);
  const channels = compileChannels(ctx);
  // Every channel written counts as defined, even one with an error of its own: that error is reported already.
  const names = new Set(isRecord(raw.channels) ? Object.keys(raw.channels) : []);
  const defaults = isRecord(raw.defaults) ? raw.defaults : {};
  checkOverridable(ctx, { fields: defaults, path: ['defaults'], channels: names });
  const alerts = compileAlerts(ctx, names, ctx.valid(['defaults']) ? (defaults as RawDefaults) : {});
  const kept =
    ctx.valid(['history']) && isRecord(raw.history) ? (raw.history as NonNullable<AlertsFile['history']>) : {};
  const history = { keepRuns: kept['keep-runs'] ?? 100, keepEvents: kept['keep-events'] ?? 200 };
  const silences = compileSilences(ctx);
  return { rules: { channels, alerts, history, silences }, errors };
}

/** The text as a YAML document and its value; throws a UserError when it is too large, broken, empty or a bomb. */
function parseYaml(text: string, file: string): { doc: Document; lc: LineCounter; raw: unknown } {
  if (Buffer.byteLength(text, 'utf8') > MAX_CONFIG_BYTES) {
    throw new UserError([
      { file, message: `the rules file is larger than the 1 MiB limit (${Buffer.byteLength(text)} bytes)` },
    ]);
  }
  const lc = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const errors: Diagnostic[] = doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => ({
    file,
    ...lc.linePos(e.pos[0]),
    message: yamlMessage(e.code, e.message, text.slice(e.pos[0], e.pos[0] + 80)),
  }));
  if (doc.errors.length > MAX_SYNTAX_ERRORS) {
    // One broken line makes the YAML parser stumble on everything after it: the first few say where to look.
    const rest = doc.errors.length - MAX_SYNTAX_ERRORS;
    errors.push({
      file,
      message: `and ${rest} more YAML syntax error${rest === 1 ? '' : 's'} after these, most likely caused by the first`,
    });
  }
  if (errors.length > 0) throw new UserError(errors);

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const message =
      e instanceof Error && /alias/i.test(e.message)
        ? `YAML aliases expand too far (more than ${MAX_ALIASES} alias uses): refused to protect against alias bombs`
        : `the YAML could not be read: ${e instanceof Error ? e.message : String(e)}`;
    throw new UserError([{ file, line: 1, col: 1, message }]);
  }
  if (raw === null || raw === undefined) {
    throw new UserError([
      { file, line: 1, col: 1, message: 'the file is empty; expected a mapping with "version: 1" and "alerts:"' },
    ]);
  }
  return { doc, lc, raw };
}

export type Report = (path: Path, message: string, key?: boolean) => void;

/** What the checks after the schema share: the file's value, where a path is, how to report, what the schema accepted. */
export interface Check {
  raw: Record<string, unknown>;
  at: (path: Path, key?: boolean) => Pick<Diagnostic, 'line' | 'col'>;
  err: Report;
  /** True when the schema found nothing wrong at `path` or under it: its value has the type the schema says. */
  valid: (path: Path) => boolean;
}

function validAt(issues: readonly z.core.$ZodIssue[]): (path: Path) => boolean {
  const paths = issues.map((i) => i.path.map(String));
  return (path) => !paths.some((p) => p.length >= path.length && path.every((seg, k) => String(seg) === p[k]));
}

/** The channels the schema accepts, as written (their ${NAME} is resolved later, by bindRules). */
function compileChannels(ctx: Check): CompiledChannel[] {
  const { raw, at, valid } = ctx;
  if (!isRecord(raw.channels)) return [];
  const out: CompiledChannel[] = [];
  for (const [name, value] of Object.entries(raw.channels)) {
    if (!valid(['channels', name]) || !isRecord(value)) continue;
    const { type, ...written } = value as { type: ChannelTypeName } & Record<string, FieldValue>;
    const path = ['channels', name];
    const fields: Record<string, FieldValue> = {};
    const where: Record<string, Position | Position[]> = {};
    for (const [field, v] of Object.entries(written)) {
      defineOwn(fields, field, v);
      defineOwn(where, field, Array.isArray(v) ? v.map((_x, i) => at([...path, field, i])) : at([...path, field]));
    }
    if (type === 'slack') checkSlackMode(ctx, path, fields);
    out.push({ name, type, fields, at: { key: at(path, true), fields: where } });
  }
  return out;
}

/** A Slack channel is an incoming webhook (url) or the Web API (token + channel), not both. */
function checkSlackMode({ err }: Check, path: Path, fields: Readonly<Record<string, FieldValue>>): void {
  const name = String(path[1]);
  if (fields.url !== undefined && fields.token !== undefined)
    err(
      [...path, 'token'],
      `channel "${name}": set url (an incoming webhook) or token + channel (the Web API), not both`,
    );
  else if (fields.url === undefined && fields.token === undefined)
    err(
      path,
      `channel "${name}": a slack channel needs url (an incoming webhook) or token + channel (the Web API)`,
      true,
    );
  else if (fields.token !== undefined && fields.channel === undefined)
    err(path, `channel "${name}": token needs channel (the channel id, e.g. C0123ABC, or #name)`, true);
  else if (fields.url !== undefined && (fields.channel !== undefined || fields['api-url'] !== undefined))
    err(
      [...path, fields.channel !== undefined ? 'channel' : 'api-url'],
      `channel "${name}": channel and api-url are for the Web API (token); an incoming webhook posts where it was created`,
    );
}

/**
 * Checks each alert entry on its own: its fields the schema accepts are checked (channels, templates, ...) even when
 * another field or another alert has a schema error, and a valid name takes part in the duplicate check. Only entries
 * the schema accepts as a whole are compiled.
 */
function compileAlerts(ctx: Check, channels: ReadonlySet<string>, defaults: RawDefaults): CompiledAlert[] {
  const { raw, at, err, valid } = ctx;
  if (!Array.isArray(raw.alerts)) return [];
  const seen = new Map<string, number>();
  const alerts: CompiledAlert[] = [];
  raw.alerts.forEach((a: unknown, i) => {
    const path = ['alerts', i];
    if (!isRecord(a)) return;
    if (typeof a.name === 'string' && valid([...path, 'name'])) {
      const first = seen.get(a.name);
      if (first !== undefined) {
        err(
          [...path, 'name'],
          `duplicate alert name "${a.name}" (first used by alerts[${first}] on line ${at(['alerts', first, 'name']).line}); names must be unique`,
        );
      } else {
        seen.set(a.name, i);
      }
    }
    checkOverridable(ctx, { fields: a, path, channels });
    if (checkRuleKind(ctx, a, path) && valid(path))
      alerts.push({ rule: toRule(a as RawAlert, defaults), at: at([...path, 'name']) });
  });
  return alerts;
}

function toRule(a: RawAlert, d: RawDefaults): CompiledAlert['rule'] {
  const pick = <K extends keyof RawDefaults>(k: K): RawDefaults[K] => (a[k] !== undefined ? a[k] : d[k]);
  const repeatText = pick('repeat') ?? 'never';
  const repeat: Repeat =
    repeatText === 'never' || repeatText === 'every-run'
      ? { kind: repeatText }
      : { kind: 'interval', ms: parseDuration(repeatText) ?? 0, text: repeatText };
  const common = {
    name: a.name,
    severity: pick('severity') ?? 'warning',
    enabled: pick('enabled') ?? true,
    channels: pick('channels') ?? null,
    for: pick('for') ?? 1,
    repeat,
    notifyResolved: pick('notify-resolved') ?? true,
    labels: { ...(d.labels ?? {}), ...(a.labels ?? {}) },
  };
  const optional = {
    description: pick('description'),
    runbook: pick('runbook'),
    experiment: pick('experiment'),
    message: pick('message'),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) defineOwn(common, k, v);
  if (a.status !== undefined)
    return { ...common, kind: 'status', statuses: [...new Set(a.status.map((x) => x.toLowerCase() as RunStatus))] };
  if (a.stale !== undefined) return { ...common, kind: 'stale', after: a.stale, afterMs: parseDuration(a.stale) ?? 0 };
  return thresholdRule(a, common, pick);
}

/** The threshold rule of an entry that checkRuleKind found to be one (metric, op and threshold given). */
function thresholdRule(
  a: RawAlert,
  common: Omit<CompiledThreshold, 'kind' | 'metric' | 'op' | 'threshold' | 'onMissing' | 'reduce'>,
  pick: <K extends keyof RawDefaults>(k: K) => RawDefaults[K],
): CompiledThreshold {
  const rule: CompiledThreshold = {
    ...common,
    kind: 'threshold',
    metric: a.metric!,
    op: (a.op === '=' ? '==' : a.op) as Op,
    threshold: a.threshold!,
    onMissing: pick('on-missing') ?? 'warn',
    reduce: pick('reduce') ?? 'last',
  };
  const recover = pick('recover-threshold');
  if (recover !== undefined) rule.recoverThreshold = recover;
  const change = pick('change');
  if (change) {
    rule.change = {
      from: change.from,
      window: change.window ?? (change.from === 'previous' ? 1 : 10),
      unit: change.unit ?? 'absolute',
    };
  }
  return rule;
}

type CompiledThreshold = Extract<CompiledAlert['rule'], { kind: 'threshold' }>;

/** Fields of a threshold rule, refused on a status or stale rule. */
const THRESHOLD_ONLY = ['metric', 'op', 'threshold', 'change', 'reduce', 'recover-threshold', 'on-missing'] as const;
const RULE_WORDS = { status: "it breaches on the latest run's status", stale: "it breaches on the newest run's age" };

/**
 * An alert is exactly one kind of rule: metric + op + threshold, `status: [...]` or `stale: DURATION`. Reports what
 * is wrong (and each unknown status) and returns whether the entry is one kind of rule.
 */
function checkRuleKind({ err }: Check, a: Record<string, unknown>, path: Path): boolean {
  const has = (k: string) => Object.hasOwn(a, k) && a[k] !== undefined;
  const name = typeof a.name === 'string' ? `alert "${a.name}"` : pathText(path);
  if (has('status') && has('stale')) {
    err([...path, 'stale'], `${name}: status and stale are two kinds of rule; give one of them (or make two alerts)`);
    return false;
  }
  const kind = has('status') ? 'status' : has('stale') ? 'stale' : undefined;
  if (kind === undefined) return checkThresholdFields(err, a, path, name);
  let ok = true;
  for (const k of THRESHOLD_ONLY.filter(has)) {
    ok = false;
    err(
      [...path, k],
      `${name}: ${k} is not used by a ${kind} rule (${RULE_WORDS[kind]}); remove it, or make a separate alert for the metric`,
      true,
    );
  }
  if (kind === 'status' && Array.isArray(a.status)) ok = checkStatuses(err, a.status, [...path, 'status']) && ok;
  return ok;
}

/** A threshold rule names metric, op and threshold; an entry with none of them names no rule at all. */
function checkThresholdFields(err: Report, a: Record<string, unknown>, path: Path, name: string): boolean {
  const missing = (['metric', 'op', 'threshold'] as const).filter((k) => a[k] === undefined);
  if (missing.length === 3) {
    err(
      path,
      `${name} names no rule: give metric + op + threshold (a value against a threshold), status: [failed, crashed] (a run's status) or stale: DURATION (no new run for that long)`,
    );
  } else {
    for (const k of missing) err(path, `${pathText([...path, k])} is required but missing`);
  }
  return missing.length === 0;
}

/** Each status is one of RUN_STATUSES, in any case. */
function checkStatuses(err: Report, list: readonly unknown[], path: Path): boolean {
  let ok = true;
  list.forEach((s, i) => {
    if (typeof s !== 'string') return;
    const lower = s.toLowerCase();
    if ((RUN_STATUSES as readonly string[]).includes(lower)) return;
    ok = false;
    const hint = suggest(lower, RUN_STATUSES);
    err(
      [...path, i],
      `unknown status ${describeValue(s)}; allowed (in any case): ${RUN_STATUSES.join(', ')}${hint ? `. Did you mean "${hint}"?` : ''}`,
    );
  });
  return ok;
}

const MAX_REPEAT_MS = 365 * 86_400_000;

interface Overridable {
  /** An alert entry or `defaults`, as written. */
  fields: Record<string, unknown>;
  path: Path;
  /** Channel names the file defines. */
  channels: ReadonlySet<string>;
}

/** Checks beyond the schema of the fields an alert shares with `defaults`; a field with a schema error is skipped. */
function checkOverridable({ err, valid }: Check, { fields, path, channels }: Overridable): void {
  const text = (key: string): string | undefined => {
    const v = fields[key];
    return typeof v === 'string' && valid([...path, key]) ? v : undefined;
  };
  const named = Array.isArray(fields.channels) ? (fields.channels as unknown[]) : [];
  named.forEach((c, i) => {
    if (typeof c !== 'string' || !valid([...path, 'channels', i])) return;
    if (!channels.has(c) && c !== DEFAULT_CHANNEL) {
      const known = [...channels.keys()];
      const hint = suggest(c, known);
      err(
        [...path, 'channels', i],
        `unknown channel "${c}"; defined channels: ${known.length ? known.join(', ') : '(none: add a channels: section or the slack-webhook-url input)'}${hint ? `. Did you mean "${hint}"?` : ''}`,
      );
    }
  });
  const runbook = text('runbook');
  const problem = runbook === undefined ? undefined : checkUrl(runbook);
  if (problem) err([...path, 'runbook'], `runbook ${problem}`);
  const message = text('message');
  if (message !== undefined) {
    for (const p of parseTemplate(message).problems) err([...path, 'message'], `message: ${p.message}`);
  }
  const repeat = text('repeat');
  const repeatMs = repeat === undefined ? undefined : parseDuration(repeat);
  if (repeatMs !== undefined && repeatMs > MAX_REPEAT_MS) {
    err(
      [...path, 'repeat'],
      `repeat must be at most 365d (a year), found ${describeValue(repeat)}; allowed: never, every-run, or a duration like 30m, 6h, 1d`,
    );
  }
  checkSigma({ err, valid }, fields.change, [...path, 'change']);
  const experiment = text('experiment');
  if (experiment !== undefined && !/^[^\s]+$/.test(experiment)) {
    err(
      [...path, 'experiment'],
      `experiment ${describeValue(experiment)} contains white space; allowed: a name or a glob with * and ?`,
    );
  }
}

/** `unit: sigma` measures the distance from the mean: any other `from` is refused (SPEC §4). */
function checkSigma({ err, valid }: Pick<Check, 'err' | 'valid'>, change: unknown, path: Path): void {
  if (!isRecord(change) || change.unit !== 'sigma') return;
  const { window } = change;
  if (typeof window === 'number' && window < SIGMA_MIN_RUNS && valid([...path, 'window'])) {
    err(
      [...path, 'window'],
      `change.window must be at least ${SIGMA_MIN_RUNS} with unit: sigma (a standard deviation needs ${SIGMA_MIN_RUNS} earlier runs), found ${window}; allowed: ${SIGMA_MIN_RUNS} to 1000 (default 10)`,
    );
  }
  if (change.from === 'mean' || !valid([...path, 'from'])) return;
  err(
    [...path, 'from'],
    `change.from must be mean with unit: sigma (the deviation is measured from the mean of the window), found ${describeValue(change.from)}; allowed: mean, or unit absolute or percent with ${describeValue(change.from)}`,
  );
}

/** ${NAME} in any string of the alerts or defaults that the schema accepts. */
function rejectEnvOutsideChannels({ raw, err, valid }: Check): void {
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (typeof v === 'string') {
      if (v.includes('${') && valid(path))
        err(
          path,
          `\${...} is allowed only in channel fields (channels.NAME.url, token, password...); found it in ${pathText(path)}`,
        );
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, i]));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    }
  };
  walk(raw.alerts, ['alerts']);
  walk(raw.defaults, ['defaults']);
}

function pathText(path: Path): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s || '(top level)';
}

function knownKeysAt(path: Path, raw: unknown): readonly string[] {
  const [a, b, c] = path;
  if (path.length === 0) return KNOWN_KEYS.file;
  if (a === 'channels' && path.length === 2) return channelKeys(valueAt(raw, [...path, 'type']));
  if (a === 'alerts' && path.length === 2) return KNOWN_KEYS.alert;
  if (a === 'defaults' && path.length === 1) return KNOWN_KEYS.defaults;
  if (a === 'history' && path.length === 1) return KNOWN_KEYS.history;
  if ((a === 'alerts' && c === 'change') || (a === 'defaults' && b === 'change')) return KNOWN_KEYS.change;
  if (a === 'silences' && path.length === 2) return KNOWN_KEYS.silence;
  return [];
}

function valueAt(raw: unknown, path: Path): unknown {
  let v = raw;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function reportIssue(issue: z.core.$ZodIssue, raw: unknown, err: Report): void {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = pathText(path);
  const input = 'input' in issue ? issue.input : valueAt(raw, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(path, raw);
      for (const key of issue.keys) {
        const hint = suggest(key, known);
        err(
          [...path, key],
          `unknown key "${key}" in ${where}${known.length ? `; allowed: ${known.join(', ')}` : ''}${hint ? `. Did you mean "${hint}"?` : ''}`,
          true,
        );
      }
      return;
    }
    case 'invalid_type': {
      if (input === undefined) {
        err(path.slice(0, -1), `${where} is required but missing`);
      } else if (issue.expected === 'number' && typeof input === 'number') {
        err(path, `${where} must be a finite number, found ${String(input)}`);
      } else {
        err(path, `${where} must be ${article(issue.expected)}, found ${describeValue(input)}`);
      }
      return;
    }
    case 'invalid_value':
      reportValue({ issue, raw, err, path, where, input });
      return;
    case 'invalid_union':
      reportUnion({ issue, raw, err, path, where, input });
      return;
    case 'invalid_format':
      reportFormat({ issue, err, path, where, input });
      return;
    case 'invalid_key':
      err(
        path,
        `channel name ${describeValue(input)} is not valid; allowed: letters, digits, ".", "_", "-", starting with a letter or digit, at most 64 characters`,
      );
      return;
    case 'too_small':
    case 'too_big':
      reportSize({ issue, raw, err, path, where, input });
      return;
    default:
      err(path, `${where}: ${issue.message}`);
  }
}

interface IssueAt {
  issue: z.core.$ZodIssue;
  raw: unknown;
  err: Report;
  path: (string | number)[];
  where: string;
  input: unknown;
}

/** A value outside an enum or a literal: what is allowed, with "did you mean" for a mistyped word. */
function reportValue({ issue, err, path, where, input }: IssueAt): void {
  if (issue.code !== 'invalid_value') return;
  const allowed = issue.values.map((v) => String(v));
  if (path.length === 1 && path[0] === 'version') {
    err(path, `version must be 1 (the only version), found ${describeValue(input)}`);
    return;
  }
  const hint = typeof input === 'string' && input.length > 2 ? suggest(input, allowed) : undefined;
  err(
    path,
    `${where} cannot be ${describeValue(input)}; allowed: ${allowed.join(', ')}${hint ? `. Did you mean "${hint}"?` : ''}`,
  );
}

/** Too short, too long, too few or too many; an empty status list names the statuses it could fire on. */
function reportSize({ issue, err, path, where, input }: IssueAt): void {
  if (issue.code !== 'too_small' && issue.code !== 'too_big') return;
  if (path[path.length - 1] === 'status' && Array.isArray(input) && input.length === 0) {
    err(path, `${where} is an empty list; name the statuses it fires on: ${RUN_STATUSES.join(', ')}`);
    return;
  }
  const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
  const what =
    issue.origin === 'string'
      ? `must be ${bound} characters long`
      : issue.origin === 'array'
        ? `must have ${bound} items`
        : `must be ${bound}`;
  err(path, `${where} ${what}, found ${describeValue(input)}`);
}

/** A channel's unknown or missing `type`, or a `repeat` that is neither a keyword nor a duration. */
function reportUnion({ issue, raw, err, path, where, input }: IssueAt): void {
  if ('discriminator' in issue && issue.discriminator === 'type') {
    const allowed = CHANNEL_TYPE_NAMES as readonly string[];
    const type = valueAt(raw, path);
    const hint = typeof type === 'string' ? suggest(type, allowed) : undefined;
    err(
      type === undefined ? path.slice(0, -1) : path,
      `${where} ${type === undefined ? 'is required but missing' : `cannot be ${describeValue(type)}`}; allowed: ${allowed.join(', ')}${hint ? `. Did you mean "${hint}"?` : ''}`,
    );
  } else if (path[path.length - 1] === 'repeat') {
    err(path, `${where} cannot be ${describeValue(input)}; allowed: never, every-run, or a duration like 30m, 6h, 1d`);
  } else {
    err(path, `${where} has an invalid value ${describeValue(input)}`);
  }
}

/** A string of the wrong form: a `repeat`, a name, a silence's `until` or `every`, or another pattern. */
function reportFormat({ issue, err, path, where, input }: Omit<IssueAt, 'raw'>): void {
  const last = path[path.length - 1];
  if (path[0] === 'silences' && (last === 'until' || last === 'every') && typeof input === 'string') {
    err(path, `${where}: ${last === 'until' ? untilProblem(input) : everyProblem(input)}`);
  } else if (last === 'repeat') {
    err(path, `${where} cannot be ${describeValue(input)}; allowed: never, every-run, or a duration like 30m, 6h, 1d`);
  } else if (path[path.length - 1] === 'stale') {
    err(path, `${where} cannot be ${describeValue(input)}; allowed: a duration like 36h, 2d, 1w (s, m, h, d, w)`);
  } else if (path[path.length - 1] === 'name') {
    err(
      path,
      `${where} ${describeValue(input)} is not a valid name; allowed: letters, digits, ".", "_", "-", starting with a letter or digit, at most 64 characters (${NAME_PATTERN.source})`,
    );
  } else {
    err(path, `${where} ${describeValue(input)} has the wrong form (${issue.message})`);
  }
}

/** zod's own safe-integer bound of an int is noise next to the field's real bound at the same place. */
function withoutImpliedBounds(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const implied = (i: z.core.$ZodIssue) =>
    (i.code === 'too_big' && i.maximum === Number.MAX_SAFE_INTEGER) ||
    (i.code === 'too_small' && i.minimum === Number.MIN_SAFE_INTEGER);
  const at = (i: z.core.$ZodIssue) => i.path.map(String).join('.');
  return issues.filter((i) => !implied(i) || !issues.some((o) => o !== i && !implied(o) && at(o) === at(i)));
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    boolean: 'true or false',
    int: 'a whole number',
  };
  return names[type] ?? type;
}

function yamlMessage(code: string, message: string, at: string): string {
  const first = message.split('\n')[0] ?? message;
  if (code === 'DUPLICATE_KEY') {
    const key = /^["']?([^"':\n]+)/.exec(at)?.[1]?.trim();
    return `duplicate key${key ? ` "${key}"` : ''}: each key may appear once in a mapping`;
  }
  if (/tab/i.test(first)) return `${first} (YAML indentation must use spaces, not tabs)`;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}
