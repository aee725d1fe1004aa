// One channel as written -> the typed channel this step sends to: ${NAME} read from the environment, each field checked
// for its kind (URLs, addresses, mentions), secrets collected for masking. A field whose variable is unset or empty makes
// the channel unconfigured (skipped with a warning), never an error: fork pull requests have no secrets.
import { describeValue } from '../diagnostics.js';
import {
  DATADOG_SITES,
  PAGERDUTY_EVENTS_URL,
  SLACK_API_URL,
  type ChannelConfig,
  type ChannelTypeName,
} from '../types.js';
import { CHANNEL_TYPES, isListKind, type FieldKind, type FieldSpec, type FieldValue } from './channel-fields.js';
import { checkUrl, interpolate, urlSecrets, type Position } from './url.js';

/** A channel as written in the file: its fields may still hold ${NAME}. */
export interface CompiledChannel {
  name: string;
  type: ChannelTypeName;
  fields: Record<string, FieldValue>;
  at: { key: Position; fields: Record<string, Position | Position[]> };
}

export interface BoundChannel {
  channel: ChannelConfig;
  errors: { at: Position; message: string }[];
  warnings: { at: Position; message: string }[];
  secrets: string[];
}

const SLACK_MENTION = /^(<@[UW][A-Z0-9]{2,}>|<!subteam\^S[A-Z0-9]{2,}>|<!(here|channel|everyone)>)$/;
const DISCORD_MENTION = /^<@&?\d{17,20}>$/;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const NAME = /^[^\s,][^,\r\n]{0,99}$/;
/** GitHub's limits: a label of at most 50 characters, a login of 1 to 39, at most 10 assignees. */
const LABEL_MAX = 50;
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
const MAX_ASSIGNEES = 10;
/** What one item of a list field is called in an error. */
const ITEM_WORD: Partial<Record<FieldKind, string>> = { mentions: 'mention', labels: 'label', logins: 'assignee' };
const EMAIL = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\]]+$/;

const MENTION_RULES: Partial<Record<ChannelTypeName, { pattern: RegExp; allowed: string }>> = {
  slack: {
    pattern: SLACK_MENTION,
    allowed: '"<@U012AB3CD>" (user), "<!subteam^S0123>" (user group), "<!here>", "<!channel>"',
  },
  discord: { pattern: DISCORD_MENTION, allowed: '"<@123456789012345678>" (user), "<@&123456789012345678>" (role)' },
};

interface Resolved {
  values: Record<string, FieldValue>;
  missing: string[];
}

export function bindChannel(ch: CompiledChannel, env: Readonly<Record<string, string | undefined>>): BoundChannel {
  const out: BoundChannel = { channel: { name: ch.name, type: 'desktop' }, errors: [], warnings: [], secrets: [] };
  const resolved: Resolved = { values: {}, missing: [] };
  const spec = CHANNEL_TYPES[ch.type];
  for (const [field, value] of Object.entries(ch.fields)) {
    const fieldSpec = spec.fields[field];
    if (!fieldSpec) continue;
    const at = ch.at.fields[field];
    const cx = { ch, field, spec: fieldSpec, out, resolved, env };
    if (Array.isArray(value)) bindList(cx, value, Array.isArray(at) ? at : []);
    else bindText(cx, value, Array.isArray(at) || !at ? ch.at.key : at);
  }
  const channel = typed(ch, resolved.values);
  if (resolved.missing.length > 0)
    channel.unconfiguredReason = `\${${[...new Set(resolved.missing)].join('}, ${')}} is unset or empty`;
  out.channel = channel;
  return out;
}

interface FieldCx {
  ch: CompiledChannel;
  field: string;
  spec: FieldSpec;
  out: BoundChannel;
  resolved: Resolved;
  env: Readonly<Record<string, string | undefined>>;
}

function bindText(cx: FieldCx, written: string, at: Position): void {
  const { ch, field, spec, out, resolved } = cx;
  const v = interpolate(written, cx.env);
  if (v.missing.length > 0) {
    resolved.missing.push(...v.missing);
    return;
  }
  const problem = checkKind(spec.kind, v.value);
  if (problem) {
    // Never echo a value that came from the environment: it may be a secret.
    const shown = v.fromEnv
      ? ` read from \${${v.refs.join('}, ${')}}`
      : spec.secret
        ? ''
        : ` ${describeValue(v.value)}`;
    out.errors.push({ at, message: `channel "${ch.name}": ${v.fromEnv ? 'the ' : ''}${field}${shown} ${problem}` });
    return;
  }
  resolved.values[field] = v.value;
  if (spec.secret) {
    out.secrets.push(...(spec.kind === 'text' ? [v.value] : urlSecrets(v.value)));
    if (!v.fromEnv)
      out.warnings.push({
        at,
        message: `channel "${ch.name}": ${field} is written in the file, so the repository now holds a secret; use ${field}: \${${suggestedVariable(ch, field)}} and a repository secret`,
      });
  }
}

function bindList(cx: FieldCx, written: readonly string[], at: readonly Position[]): void {
  const { ch, field, spec, out, resolved } = cx;
  const values: string[] = [];
  written.forEach((item, i) => {
    const v = interpolate(item, cx.env);
    // An unset mention is left out; an unset address leaves the channel unconfigured.
    if (v.missing.length > 0) {
      if (spec.kind !== 'mentions') resolved.missing.push(...v.missing);
      return;
    }
    const problem = listProblem(ch.type, spec.kind, v.value, v.fromEnv);
    const what = ITEM_WORD[spec.kind] ?? (spec.kind === 'names' ? field : `${field} address`);
    if (problem) out.errors.push({ at: at[i] ?? ch.at.key, message: `channel "${ch.name}": ${what} ${problem}` });
    else values.push(v.value);
  });
  if (spec.kind === 'logins' && written.length > MAX_ASSIGNEES)
    out.errors.push({
      at: at[MAX_ASSIGNEES] ?? ch.at.key,
      message: `channel "${ch.name}": ${written.length} ${field}; GitHub assigns at most ${MAX_ASSIGNEES} to an issue`,
    });
  resolved.values[field] = values;
}

/** What is wrong with one item of a list field, or undefined. */
function listProblem(type: ChannelTypeName, kind: FieldKind, value: string, fromEnv: boolean): string | undefined {
  const name = NAME.test(value)
    ? undefined
    : `${describeValue(value)} is not a name; allowed: up to 100 characters, one line, no commas`;
  if (kind === 'names') return name;
  if (kind === 'labels')
    return (
      name ??
      (value.length > LABEL_MAX
        ? `${describeValue(value)} has ${value.length} characters; GitHub allows at most ${LABEL_MAX} in a label`
        : undefined)
    );
  if (kind === 'logins')
    return LOGIN.test(value)
      ? undefined
      : `${describeValue(value)} is not a GitHub login; allowed: letters, digits and hyphens, 1 to 39 characters, not starting with a hyphen`;
  if (kind === 'mentions') return checkMention(type, value);
  const problem = checkKind('email', value);
  return problem && `${fromEnv ? 'read from the environment' : describeValue(value)} ${problem}`;
}

function checkKind(kind: FieldKind, value: string): string | undefined {
  if (kind === 'url') return checkUrl(value);
  if (kind === 'smtp-url') return checkSmtpUrl(value);
  if (kind === 'email' && !EMAIL.test(value)) return 'is not an email address; allowed: name@example.com';
  if (kind === 'repository' && !REPOSITORY.test(value)) return 'is not a repository; allowed: owner/name';
  if (kind === 'datadog-site' && !(DATADOG_SITES as readonly string[]).includes(value))
    return `is not a Datadog site; allowed: ${DATADOG_SITES.join(', ')}`;
  if (isListKind(kind)) return undefined;
  if (/[\r\n]/.test(value)) return 'must be one line';
  return undefined;
}

function checkMention(type: ChannelTypeName, value: string): string | undefined {
  const rule = MENTION_RULES[type];
  if (!rule || rule.pattern.test(value)) return undefined;
  return `${describeValue(value)} is not a ${type === 'slack' ? 'Slack' : 'Discord'} mention; allowed: ${rule.allowed}`;
}

/** An SMTP server URL; what is wrong with it (never the URL itself), or undefined. */
export function checkSmtpUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid URL';
  }
  if (!['smtp:', 'smtps:', 'smtp+starttls:'].includes(url.protocol))
    return `must be an smtp://, smtp+starttls:// or smtps:// URL, found the scheme "${url.protocol.replace(/:$/, '')}"`;
  if (!url.hostname) return 'has no host';
  return undefined;
}

function suggestedVariable(ch: CompiledChannel, field: string): string {
  return `${ch.name}_${field}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

const text = (v: FieldValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: FieldValue | undefined): string[] => (Array.isArray(v) ? v : []);

/** The typed channel from its resolved fields; a field left unresolved stays empty (the channel is unconfigured). */
/** `{ key: value }` when the value is set, else nothing: optional fields stay absent rather than undefined. */
function opt<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function typed(ch: CompiledChannel, v: Record<string, FieldValue>): ChannelConfig {
  const { name } = ch;
  const url = text(v.url) ?? '';
  switch (ch.type) {
    case 'slack': {
      const apiUrl = text(v['api-url']) ?? SLACK_API_URL;
      const mode = { ...opt('url', text(v.url)), ...opt('token', text(v.token)), ...opt('channel', text(v.channel)) };
      return { name, type: 'slack', apiUrl, mentions: list(v.mentions), ...mode };
    }
    case 'discord':
      return { name, type: 'discord', url, mentions: list(v.mentions) };
    case 'teams':
      return { name, type: 'teams', url };
    case 'email': {
      const login = { ...opt('username', text(v.username)), ...opt('password', text(v.password)) };
      return { name, type: 'email', smtp: text(v.smtp) ?? '', from: text(v.from) ?? '', to: list(v.to), ...login };
    }
    case 'webhook':
      return { name, type: 'webhook', url, ...opt('secret', text(v.secret)) };
    case 'desktop':
      return { name, type: 'desktop' };
    case 'pagerduty':
      return {
        name,
        type: 'pagerduty',
        routingKey: text(v['routing-key']) ?? '',
        url: text(v.url) ?? PAGERDUTY_EVENTS_URL,
      };
    case 'github-issue': {
      const lists = { labels: list(v.labels), assignees: list(v.assignees) };
      return { name, type: 'github-issue', ...lists, ...opt('repository', text(v.repository)) };
    }
    case 'datadog': {
      const site = text(v.site) ?? 'datadoghq.com';
      return { name, type: 'datadog', apiKey: text(v['api-key']) ?? '', site, ...opt('apiUrl', text(v['api-url'])) };
    }
    case 'sentry':
      return { name, type: 'sentry', dsn: text(v.dsn) ?? '' };
  }
}
