// Compiled rules -> Config for this step: the part of loading alerts.yml that depends on the environment (${NAME} in
// channel fields, the slack-webhook-url input). It needs neither the YAML parser nor the schema, so a run whose rules
// were compiled before (see memo.ts) loads neither.
import { appendAll } from '../arrays.js';
import { describeValue, UserError, type Diagnostic } from '../diagnostics.js';
import {
  SLACK_API_URL,
  type AlertRule,
  type ChannelConfig,
  type Config,
  type HistoryRetention,
  type SlackChannel,
} from '../types.js';

export const MAX_CONFIG_BYTES = 1024 * 1024;
export const DEFAULT_CHANNEL = 'default';

export interface Position {
  line?: number;
  col?: number;
}

/** A channel as written in the file: `url` and `mentions` may still hold ${NAME}. */
export interface CompiledChannel {
  name: string;
  url: string;
  mentions: string[];
  at: { key: Position; url: Position; mentions: Position[] };
}

/** A rule as written in the file, defaults applied; `channels: null` when neither it nor `defaults` names any. */
export interface CompiledAlert {
  rule: Omit<AlertRule, 'channels'> & { channels: string[] | null };
  /** Where its name is, for warnings about it. */
  at: Position;
}

/** Everything alerts.yml says, checked, independent of the environment: plain JSON. */
export interface CompiledRules {
  channels: CompiledChannel[];
  alerts: CompiledAlert[];
  history: HistoryRetention;
}

export interface BindInput {
  file: string;
  /** The step's environment, for ${NAME} in channel fields. */
  env: Readonly<Record<string, string | undefined>>;
  /** The `slack-webhook-url` input: defines the `default` channel. */
  defaultWebhookUrl?: string;
}

export interface LoadedConfig {
  config: Config;
  warnings: Diagnostic[];
  /** Every resolved secret (webhook URLs and their parts, see urlSecrets), to be masked before anything is logged. */
  secrets: string[];
}

const MENTION = /^(<@[UW][A-Z0-9]{2,}>|<!subteam\^S[A-Z0-9]{2,}>|<!(here|channel|everyone)>)$/;
const ENV_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Resolves the channels against the environment and the default channel. `fileErrors` (problems of the file found
 * while compiling) are reported together with the environment's, every one at once.
 */
export function bindRules(
  rules: CompiledRules,
  input: BindInput,
  fileErrors: readonly Diagnostic[] = [],
): LoadedConfig {
  const { file } = input;
  const errors: Diagnostic[] = [...fileErrors];
  const warnings: Diagnostic[] = [];
  const secrets: string[] = [];
  const err = (at: Position, message: string) => errors.push({ file, ...at, message });

  const channels = new Map<string, ChannelConfig>();
  for (const ch of rules.channels) {
    const { name } = ch;
    const url = interpolate(ch.url, input.env);
    const channel: SlackChannel = { name, type: 'slack', apiUrl: SLACK_API_URL, mentions: [] };
    if (url.missing.length > 0) {
      channel.unconfiguredReason = `\${${url.missing.join('}, ${')}} is unset or empty`;
    } else {
      const problem = checkUrl(url.value);
      if (problem) {
        // Never echo a URL that came from the environment: it is a secret.
        err(
          ch.at.url,
          url.fromEnv
            ? `channel "${name}": the url read from \${${url.refs.join('}, ${')}} ${problem}`
            : `channel "${name}": url ${problem}`,
        );
      } else {
        channel.url = url.value;
        appendAll(secrets, urlSecrets(url.value));
        if (!url.fromEnv) {
          warnings.push({
            file,
            ...ch.at.url,
            message: `channel "${name}": the webhook URL is written in the file, so the repository now holds a secret; use url: \${SLACK_WEBHOOK_URL} and a repository secret`,
          });
        }
      }
    }
    ch.mentions.forEach((m, i) => {
      const value = interpolate(m, input.env);
      if (value.missing.length > 0) return;
      if (!MENTION.test(value.value)) {
        err(
          ch.at.mentions[i] ?? ch.at.key,
          `channel "${name}": mention ${describeValue(value.value)} is not a Slack mention; allowed: "<@U012AB3CD>" (user), "<!subteam^S0123>" (user group), "<!here>", "<!channel>"`,
        );
      } else {
        channel.mentions.push(value.value);
      }
    });
    channels.set(name, channel);
  }
  if (input.defaultWebhookUrl !== undefined && input.defaultWebhookUrl !== '') {
    const defined = rules.channels.find((c) => c.name === DEFAULT_CHANNEL);
    if (defined) {
      warnings.push({
        file,
        ...defined.at.key,
        message: `a channel named "${DEFAULT_CHANNEL}" is defined in the file, so the slack-webhook-url input is not used`,
      });
    } else {
      const problem = checkUrl(input.defaultWebhookUrl);
      // Reported with the file's errors, not instead of them.
      if (problem) {
        errors.push({ file: 'slack-webhook-url', message: `the slack-webhook-url input ${problem}` });
      } else {
        channels.set(DEFAULT_CHANNEL, {
          name: DEFAULT_CHANNEL,
          type: 'slack',
          url: input.defaultWebhookUrl,
          apiUrl: SLACK_API_URL,
          mentions: [],
        });
        appendAll(secrets, urlSecrets(input.defaultWebhookUrl));
      }
    }
  }

  const fallback = channels.has(DEFAULT_CHANNEL) ? [DEFAULT_CHANNEL] : [];
  const alerts: AlertRule[] = rules.alerts.map(({ rule, at }) => {
    const bound: AlertRule = { ...rule, channels: rule.channels ?? fallback };
    if (bound.channels.length === 0 && bound.enabled) {
      warnings.push({
        file,
        ...at,
        message: `alert "${rule.name}" has no channels: set channels (or defaults.channels) or the slack-webhook-url input; it is evaluated and reported but notifies no one`,
      });
    }
    return bound;
  });

  if (errors.length > 0) throw new UserError(sortDiagnostics(errors));

  for (const ch of rules.channels) {
    const c = channels.get(ch.name);
    if (c && c.unconfiguredReason) {
      warnings.push({
        file,
        ...ch.at.key,
        message: `channel "${ch.name}" is not configured (${c.unconfiguredReason}); its messages are skipped`,
      });
    }
  }
  return { config: { version: 1, file, channels, alerts, history: { ...rules.history } }, warnings, secrets };
}

/** Parts of a secret URL shorter than this are not masked on their own: "/", "api" or "hooks" would be masked everywhere. */
export const MIN_SECRET_PART = 8;

/**
 * A secret URL and the parts of it a receiver may echo on their own: its path with the query and without, the last
 * path segment (decoded too), the user-info and its password; each part at least MIN_SECRET_PART characters long.
 */
export function urlSecrets(value: string): string[] {
  const out = [value];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return out;
  }
  const last = url.pathname.split('/').pop() ?? '';
  const userInfo = url.username + (url.password ? `:${url.password}` : '');
  const parts = [url.pathname + url.search, url.pathname, last, decoded(last), userInfo, url.password];
  for (const p of parts) if (p.length >= MIN_SECRET_PART && !out.includes(p)) out.push(p);
  return out;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Checks a URL; returns what is wrong with it (never the URL itself), or undefined. */
export function checkUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return undefined;
  if (url.protocol === 'http:') return 'must use https: (http: is accepted only for localhost, 127.0.0.0/8 and [::1])';
  return `must be an https: URL, found the scheme "${url.protocol.replace(/:$/, '')}"`;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

function interpolate(value: string, env: Readonly<Record<string, string | undefined>>) {
  const refs: string[] = [];
  const missing: string[] = [];
  const out = value.replace(ENV_REF, (_m, name: string) => {
    refs.push(name);
    const v = Object.hasOwn(env, name) ? env[name] : undefined;
    if (v === undefined || v === '') missing.push(name);
    return v ?? '';
  });
  return { value: out, refs, missing, fromEnv: refs.length > 0 };
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
