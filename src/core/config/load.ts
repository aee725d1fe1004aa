// alerts.yml text -> compiled rules (YAML parser and schema), or every problem of the file as a positioned diagnostic;
// loadConfig binds them to the environment (rules.ts) in one go.
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod/mini';
import { describeValue, suggest, UserError, type Diagnostic } from '../diagnostics.js';
import { parseDuration } from '../duration.js';
import { parseTemplate } from '../template.js';
import type { Op, Repeat } from '../types.js';
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
import { locate, type Path } from './yaml-positions.js';

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
}

export interface CompileResult {
  rules: CompiledRules;
  /** Problems found after the schema passed (duplicates, unknown channels, templates...): reported with the environment's. */
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
    },
    errors,
  );
}

/** Parses and checks the file; throws a UserError when it cannot be read as rules at all. */
export function compileRules(text: string, file: string): CompileResult {
  const errors: Diagnostic[] = [];

  if (Buffer.byteLength(text, 'utf8') > MAX_CONFIG_BYTES) {
    throw new UserError([
      { file, message: `the rules file is larger than the 1 MiB limit (${Buffer.byteLength(text)} bytes)` },
    ]);
  }
  const lc = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  for (const e of doc.errors.slice(0, MAX_SYNTAX_ERRORS)) {
    const pos = lc.linePos(e.pos[0]);
    errors.push({
      file,
      line: pos.line,
      col: pos.col,
      message: yamlMessage(e.code, e.message, text.slice(e.pos[0], e.pos[0] + 80)),
    });
  }
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
  const at = (path: Path, key = false): Pick<Diagnostic, 'line' | 'col'> => locate(doc, lc, path, { key });
  const err = (path: Path, message: string, key = false) => errors.push({ file, ...at(path, key), message });

  const parsed = fileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of withoutImpliedBounds(parsed.error.issues)) reportIssue(issue, raw, err);
    throw new UserError(sortDiagnostics(errors));
  }
  const data: AlertsFile = parsed.data;

  rejectEnvOutsideChannels(raw, err);

  const channels: CompiledChannel[] = Object.entries(data.channels ?? {}).map(([name, ch]) => ({
    name,
    url: ch.url,
    mentions: ch.mentions ?? [],
    at: {
      key: at(['channels', name], true),
      url: at(['channels', name, 'url']),
      mentions: (ch.mentions ?? []).map((_m, i) => at(['channels', name, 'mentions', i])),
    },
  }));
  const names = new Set(channels.map((c) => c.name));

  // Defaults and alerts.
  const defaults: RawDefaults = data.defaults ?? {};
  checkOverridable(defaults, ['defaults'], names, err);
  const seen = new Map<string, number>();
  const alerts: CompiledAlert[] = [];
  data.alerts.forEach((a, i) => {
    const path = ['alerts', i];
    const first = seen.get(a.name);
    if (first !== undefined) {
      err(
        [...path, 'name'],
        `duplicate alert name "${a.name}" (first used by alerts[${first}] on line ${at(['alerts', first, 'name']).line}); names must be unique`,
      );
    } else {
      seen.set(a.name, i);
    }
    checkOverridable(a, path, names, err);
    alerts.push({ rule: toRule(a, defaults), at: at([...path, 'name']) });
  });
  const history = { keepRuns: data.history?.['keep-runs'] ?? 100, keepEvents: data.history?.['keep-events'] ?? 200 };
  return { rules: { channels, alerts, history }, errors };
}

function toRule(a: RawAlert, d: RawDefaults): CompiledAlert['rule'] {
  const pick = <K extends keyof RawDefaults>(k: K): RawDefaults[K] => (a[k] !== undefined ? a[k] : d[k]);
  const repeatText = pick('repeat') ?? 'never';
  const repeat: Repeat =
    repeatText === 'never' || repeatText === 'every-run'
      ? { kind: repeatText }
      : { kind: 'interval', ms: parseDuration(repeatText) ?? 0, text: repeatText };
  const change = pick('change');
  const rule: CompiledAlert['rule'] = {
    name: a.name,
    metric: a.metric,
    op: (a.op === '=' ? '==' : a.op) as Op,
    threshold: a.threshold,
    severity: pick('severity') ?? 'warning',
    enabled: pick('enabled') ?? true,
    channels: pick('channels') ?? null,
    for: pick('for') ?? 1,
    repeat,
    notifyResolved: pick('notify-resolved') ?? true,
    onMissing: pick('on-missing') ?? 'warn',
    reduce: pick('reduce') ?? 'last',
    labels: { ...(d.labels ?? {}), ...(a.labels ?? {}) },
  };
  const optional = {
    description: pick('description'),
    runbook: pick('runbook'),
    experiment: pick('experiment'),
    message: pick('message'),
    recoverThreshold: pick('recover-threshold'),
  };
  for (const [k, v] of Object.entries(optional))
    if (v !== undefined) (rule as unknown as Record<string, unknown>)[k] = v;
  if (change) {
    rule.change = {
      from: change.from,
      window: change.window ?? (change.from === 'previous' ? 1 : 10),
      unit: change.unit ?? 'absolute',
    };
  }
  return rule;
}

const MAX_REPEAT_MS = 365 * 86_400_000;

type Report = (path: Path, message: string, key?: boolean) => void;

function checkOverridable(a: RawDefaults, path: Path, channels: ReadonlySet<string>, err: Report): void {
  (a.channels ?? []).forEach((c, i) => {
    if (!channels.has(c) && c !== DEFAULT_CHANNEL) {
      const known = [...channels.keys()];
      const hint = suggest(c, known);
      err(
        [...path, 'channels', i],
        `unknown channel "${c}"; defined channels: ${known.length ? known.join(', ') : '(none: add a channels: section or the slack-webhook-url input)'}${hint ? `. Did you mean "${hint}"?` : ''}`,
      );
    }
  });
  if (a.runbook !== undefined) {
    const problem = checkUrl(a.runbook);
    if (problem) err([...path, 'runbook'], `runbook ${problem}`);
  }
  if (a.message !== undefined) {
    for (const p of parseTemplate(a.message).problems) err([...path, 'message'], `message: ${p.message}`);
  }
  const repeatMs = a.repeat === undefined ? undefined : parseDuration(a.repeat);
  if (repeatMs !== undefined && repeatMs > MAX_REPEAT_MS) {
    err(
      [...path, 'repeat'],
      `repeat must be at most 365d (a year), found ${describeValue(a.repeat)}; allowed: never, every-run, or a duration like 30m, 6h, 1d`,
    );
  }
  if (a.experiment !== undefined && !/^[^\s]+$/.test(a.experiment)) {
    err(
      [...path, 'experiment'],
      `experiment ${describeValue(a.experiment)} contains white space; allowed: a name or a glob with * and ?`,
    );
  }
}

function rejectEnvOutsideChannels(raw: unknown, err: Report): void {
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (typeof v === 'string') {
      if (v.includes('${'))
        err(
          path,
          `\${...} is allowed only in channel fields (channels.NAME.url, mentions); found it in ${pathText(path)}`,
        );
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, i]));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    }
  };
  const obj = raw as Record<string, unknown>;
  walk(obj.alerts, ['alerts']);
  walk(obj.defaults, ['defaults']);
}

function pathText(path: Path): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s || '(top level)';
}

function knownKeysAt(path: Path): readonly string[] {
  const [a, b, c] = path;
  if (path.length === 0) return KNOWN_KEYS.file;
  if (a === 'channels' && path.length === 2) return KNOWN_KEYS.channel;
  if (a === 'alerts' && path.length === 2) return KNOWN_KEYS.alert;
  if (a === 'defaults' && path.length === 1) return KNOWN_KEYS.defaults;
  if (a === 'history' && path.length === 1) return KNOWN_KEYS.history;
  if ((a === 'alerts' && c === 'change') || (a === 'defaults' && b === 'change')) return KNOWN_KEYS.change;
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
      const known = knownKeysAt(path);
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
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      if (path.length === 1 && path[0] === 'version') {
        err(path, `version must be 1 (the only version), found ${describeValue(input)}`);
      } else {
        const hint = typeof input === 'string' && input.length > 2 ? suggest(input, allowed) : undefined;
        err(
          path,
          `${where} cannot be ${describeValue(input)}; allowed: ${allowed.join(', ')}${hint ? `. Did you mean "${hint}"?` : ''}`,
        );
      }
      return;
    }
    case 'invalid_union':
      if (path[path.length - 1] === 'repeat') {
        err(
          path,
          `${where} cannot be ${describeValue(input)}; allowed: never, every-run, or a duration like 30m, 6h, 1d`,
        );
      } else {
        err(path, `${where} has an invalid value ${describeValue(input)}`);
      }
      return;
    case 'invalid_format':
      if (path[path.length - 1] === 'repeat') {
        err(
          path,
          `${where} cannot be ${describeValue(input)}; allowed: never, every-run, or a duration like 30m, 6h, 1d`,
        );
      } else if (path[path.length - 1] === 'name') {
        err(
          path,
          `${where} ${describeValue(input)} is not a valid name; allowed: letters, digits, ".", "_", "-", starting with a letter or digit, at most 64 characters (${NAME_PATTERN.source})`,
        );
      } else {
        err(path, `${where} ${describeValue(input)} has the wrong form (${issue.message})`);
      }
      return;
    case 'invalid_key':
      err(
        path,
        `channel name ${describeValue(input)} is not valid; allowed: letters, digits, ".", "_", "-", starting with a letter or digit, at most 64 characters`,
      );
      return;
    case 'too_small':
    case 'too_big': {
      const bound =
        issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      const what =
        issue.origin === 'string'
          ? `must be ${bound} characters long`
          : issue.origin === 'array'
            ? `must have ${bound} items`
            : `must be ${bound}`;
      err(path, `${where} ${what}, found ${describeValue(input)}`);
      return;
    }
    default:
      err(path, `${where}: ${issue.message}`);
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
