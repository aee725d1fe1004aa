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
  const errors: Diagnostic[] = [...fileErrors];
  const warnings: Diagnostic[] = [];
  const secrets: string[] = [];
  const err = (at: Position, message: string) => errors.push({ file, ...at, message });

  const channels = new Map<string, ChannelConfig>();
  for (const bound of rules.channels.map((ch) => bindChannel(ch, input.env))) {
    for (const e of bound.errors) err(e.at, e.message);
    for (const w of bound.warnings) warnings.push({ file, ...w.at, message: w.message });
    appendAll(secrets, bound.secrets);
    channels.set(bound.channel.name, bound.channel);
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
    const bound = { ...rule, channels: rule.channels ?? fallback } as AlertRule;
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
  appendAll(
    warnings,
    silenceWarnings(
      rules.silences,
      rules.alerts.map((a) => a.rule),
      file,
      input.now,
    ),
  );

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
  const silences = rules.silences.map((s) => s.silence);
  return { config: { version: 1, file, channels, alerts, history: { ...rules.history }, silences }, warnings, secrets };
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
