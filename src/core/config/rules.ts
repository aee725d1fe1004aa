// Compiled rules -> Config for this step: the part of loading alerts.yml that depends on the environment (${NAME} in
// channel fields, the slack-webhook-url input). It needs neither the YAML parser nor the schema, so a run whose rules
// were compiled before (see memo.ts) loads neither.
import { appendAll } from '../arrays.js';
import { UserError, type Diagnostic } from '../diagnostics.js';
import { bindChannel, type CompiledChannel } from './bind-channel.js';
import { silenceWarnings, type CompiledSilence } from './silences.js';
import { checkUrl, urlSecrets, type Position } from './url.js';
import { SLACK_API_URL, type AlertRule, type ChannelConfig, type Config, type HistoryRetention } from '../types.js';

export { checkUrl, urlSecrets, MIN_SECRET_PART } from './url.js';

export const MAX_CONFIG_BYTES = 1024 * 1024;
export const DEFAULT_CHANNEL = 'default';

export type { CompiledChannel, Position };

/** A rule as written in the file, defaults applied; `channels: null` when neither it nor `defaults` names any. */
export interface CompiledAlert {
  rule: Unbound<AlertRule>;
  /** Where its name is, for warnings about it. */
  at: Position;
}

/** A rule before its channels are bound: each kind of rule, with `channels: null` when none are named. */
type Unbound<R> = R extends AlertRule ? Omit<R, 'channels'> & { channels: string[] | null } : never;

/** Everything alerts.yml says, checked, independent of the environment: plain JSON. */
export interface CompiledRules {
  channels: CompiledChannel[];
  alerts: CompiledAlert[];
  history: HistoryRetention;
  silences: CompiledSilence[];
}

export interface BindInput {
  file: string;
  /** The step's environment, for ${NAME} in channel fields. */
  env: Readonly<Record<string, string | undefined>>;
  /** The `slack-webhook-url` input: defines the `default` channel. */
  defaultWebhookUrl?: string;
  /** Epoch ms: a silence that ended before this is a warning. */
  now?: number;
}

export interface LoadedConfig {
  config: Config;
  warnings: Diagnostic[];
  /** Every resolved secret (URLs and their parts, see urlSecrets; tokens, passwords), masked before anything is logged. */
  secrets: string[];
}

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
  const out: Bound = { file, errors: [...fileErrors], warnings: [], secrets: [], channels: new Map() };
  for (const bound of rules.channels.map((ch) => bindChannel(ch, input.env))) {
    for (const e of bound.errors) out.errors.push({ file, ...e.at, message: e.message });
    for (const w of bound.warnings) out.warnings.push({ file, ...w.at, message: w.message });
    appendAll(out.secrets, bound.secrets);
    out.channels.set(bound.channel.name, bound.channel);
  }
  bindDefaultChannel(rules, input, out);
  const alerts = bindAlerts(rules, out);
  if (out.errors.length > 0) throw new UserError(sortDiagnostics(out.errors));
  const ruleList = rules.alerts.map((a) => a.rule);
  appendAll(out.warnings, silenceWarnings(rules.silences, ruleList, file, input.now));
  for (const ch of rules.channels) {
    const c = out.channels.get(ch.name);
    if (c && c.unconfiguredReason) {
      out.warnings.push({
        file,
        ...ch.at.key,
        message: `channel "${ch.name}" is not configured (${c.unconfiguredReason}); its messages are skipped`,
      });
    }
  }
  const silences = rules.silences.map((s) => s.silence);
  const config = { version: 1 as const, file, channels: out.channels, alerts, history: { ...rules.history }, silences };
  return { config, warnings: out.warnings, secrets: out.secrets };
}

/** What binding collects: errors and warnings of the file, secrets to mask, the channels as bound. */
interface Bound {
  file: string;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  secrets: string[];
  channels: Map<string, ChannelConfig>;
}

/** The slack-webhook-url input: a slack channel named `default`, unless the file defines one. */
function bindDefaultChannel(rules: CompiledRules, input: BindInput, out: Bound): void {
  if (input.defaultWebhookUrl === undefined || input.defaultWebhookUrl === '') return;
  const defined = rules.channels.find((c) => c.name === DEFAULT_CHANNEL);
  if (defined) {
    out.warnings.push({
      file: out.file,
      ...defined.at.key,
      message: `a channel named "${DEFAULT_CHANNEL}" is defined in the file, so the slack-webhook-url input is not used`,
    });
    return;
  }
  const problem = checkUrl(input.defaultWebhookUrl);
  // Reported with the file's errors, not instead of them.
  if (problem) {
    out.errors.push({ file: 'slack-webhook-url', message: `the slack-webhook-url input ${problem}` });
    return;
  }
  out.channels.set(DEFAULT_CHANNEL, {
    name: DEFAULT_CHANNEL,
    type: 'slack',
    url: input.defaultWebhookUrl,
    apiUrl: SLACK_API_URL,
    mentions: [],
  });
  appendAll(out.secrets, urlSecrets(input.defaultWebhookUrl));
}

/** Each alert with its channels (the default channel when it names none); an enabled alert with none is a warning. */
function bindAlerts(rules: CompiledRules, out: Bound): AlertRule[] {
  const fallback = out.channels.has(DEFAULT_CHANNEL) ? [DEFAULT_CHANNEL] : [];
  return rules.alerts.map(({ rule, at }) => {
    const bound = { ...rule, channels: rule.channels ?? fallback } as AlertRule;
    if (bound.channels.length === 0 && bound.enabled) {
      out.warnings.push({
        file: out.file,
        ...at,
        message: `alert "${rule.name}" has no channels: set channels (or defaults.channels) or the slack-webhook-url input; it is evaluated and reported but notifies no one`,
      });
    }
    return bound;
  });
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
