// The one definition of alerts.yml: the loader validates with it and the JSON Schema is generated from it.
import { z } from 'zod';

export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const DURATION_PATTERN = /^[1-9][0-9]*(s|m|h|d|w)$/;
export const OPS = ['<', '>', '<=', '>=', '==', '!=', '='] as const;
export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export const ON_MISSING = ['ignore', 'warn', 'alert', 'fail'] as const;
export const REDUCERS = ['last', 'min', 'max', 'mean'] as const;
export const BASELINES = ['previous', 'min', 'max', 'mean', 'median'] as const;
export const UNITS = ['absolute', 'percent'] as const;

const name = z.string().regex(NAME_PATTERN);
const finite = z.number();

const channel = z
  .strictObject({
    type: z.literal('slack').meta({ description: 'Kind of destination. Only slack exists today.' }),
    url: z.string().min(1).meta({
      description: 'Incoming webhook URL. Write ${NAME} to read it from the step environment (keep it in a secret).',
    }),
    mentions: z
      .array(z.string())
      .optional()
      .meta({ description: 'Slack mentions added to firing messages: "<@U012AB3CD>", "<!subteam^S0123>", "<!here>".' }),
  })
  .meta({ description: 'A named destination for notifications.' });

const change = z
  .strictObject({
    from: z.enum(BASELINES).meta({ description: 'Baseline over the earlier runs in the window.' }),
    window: z.int().min(1).max(1000).optional().meta({
      description: 'Earlier runs of the same experiment to use (default 1 for previous, 10 otherwise).',
    }),
    unit: z.enum(UNITS).optional().meta({ description: 'absolute: value - baseline; percent: relative change in %.' }),
  })
  .meta({ description: 'Compare the change against a baseline instead of the value itself.' });

/** Fields an alert may take from `defaults`. */
const overridable = {
  description: z.string().max(2000).optional().meta({ description: 'Shown in messages.' }),
  runbook: z.string().optional().meta({ description: 'https URL linked in messages.' }),
  experiment: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Experiment name or glob with * and ?. Omitted: every experiment.' }),
  severity: z.enum(SEVERITIES).optional().meta({ description: 'Default warning.' }),
  enabled: z.boolean().optional().meta({ description: 'false: kept and shown as disabled, never evaluated.' }),
  channels: z.array(z.string()).optional().meta({ description: 'Channel names to notify.' }),
  for: z.int().min(1).max(1000).optional().meta({ description: 'Consecutive breaching runs before it fires.' }),
  repeat: z
    .union([z.enum(['never', 'every-run']), z.string().regex(DURATION_PATTERN)])
    .optional()
    .meta({ description: 'While still firing on a later run: never, every-run, or a duration like 30m, 6h, 1d.' }),
  'notify-resolved': z.boolean().optional().meta({ description: 'Post once when it stops breaching.' }),
  'recover-threshold': finite
    .optional()
    .meta({ description: 'Once firing, resolve only when the value is on the good side of this.' }),
  'on-missing': z.enum(ON_MISSING).optional().meta({ description: 'The latest run lacks the metric.' }),
  reduce: z.enum(REDUCERS).optional().meta({ description: 'How a list of values becomes one.' }),
  change: change.optional(),
  message: z.string().max(2000).optional().meta({ description: 'Template with {{name}} placeholders.' }),
  labels: z.record(z.string(), z.string()).optional().meta({ description: 'String map shown in messages.' }),
};

export const alertSchema = z
  .strictObject({
    name: name.meta({ description: 'Unique name of the alert.' }),
    metric: z.string().min(1).meta({ description: 'Dotted path into the run metrics, e.g. eval.accuracy.' }),
    op: z.enum(OPS).meta({ description: 'Comparison; "=" means ==.' }),
    threshold: finite.meta({ description: 'Finite number compared with the value (or the change).' }),
    ...overridable,
  })
  .meta({ description: 'One alert rule.' });

export const defaultsSchema = z.strictObject(overridable).meta({ description: 'Defaults for every alert.' });

export const historySchema = z
  .strictObject({
    'keep-runs': z.int().min(1).max(100000).optional().meta({ description: 'Earlier runs kept per experiment.' }),
    'keep-events': z.int().min(1).max(100000).optional().meta({ description: 'Events kept per alert instance.' }),
  })
  .meta({ description: 'Retention of the history ledger.' });

export const fileSchema = z
  .strictObject({
    version: z.literal(1).meta({ description: 'Format version; only 1 exists.' }),
    channels: z.record(name, channel).optional(),
    defaults: defaultsSchema.optional(),
    history: historySchema.optional(),
    alerts: z.array(alertSchema),
  })
  .meta({ title: 'metric-alerts alerts.yml', description: 'Alert rules for metric-alerts.' });

export type AlertsFile = z.infer<typeof fileSchema>;
export type RawAlert = z.infer<typeof alertSchema>;
export type RawDefaults = z.infer<typeof defaultsSchema>;

/** Known keys of each kind of mapping, for "did you mean" suggestions. */
export const KNOWN_KEYS = {
  file: Object.keys(fileSchema.shape),
  channel: Object.keys(channel.shape),
  alert: Object.keys(alertSchema.shape),
  defaults: Object.keys(defaultsSchema.shape),
  history: Object.keys(historySchema.shape),
  change: Object.keys(change.shape),
} as const;

export function jsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(fileSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
