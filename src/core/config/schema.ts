// The one definition of alerts.yml: the loader validates with it and the JSON Schema is generated from it.
import { z } from 'zod/mini';
import { EVERY_PATTERN, UNTIL_PATTERN } from '../silences.js';
import { RUN_STATUSES, SEVERITIES } from '../types.js';
import { CHANNEL_TYPE_NAMES, CHANNEL_TYPES, isListKind, type FieldSpec } from './channel-fields.js';
import type { ChannelTypeName } from '../types.js';

export { SEVERITIES };

export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const DURATION_PATTERN = /^[1-9][0-9]*(s|m|h|d|w)$/;
export const OPS = ['<', '>', '<=', '>=', '==', '!=', '='] as const;
export const ON_MISSING = ['ignore', 'warn', 'alert', 'fail'] as const;
export const REDUCERS = ['last', 'min', 'max', 'mean'] as const;
export const BASELINES = ['previous', 'min', 'max', 'mean', 'median'] as const;
export const UNITS = ['absolute', 'percent', 'sigma'] as const;

/** A schema with its description for the JSON Schema (each schema instance is described once). */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema as z.ZodMiniType, { description });
  return schema;
}
const optional = <T extends z.ZodMiniType>(schema: T, description: string) =>
  described(z.optional(schema), description);
const name = () => z.string().check(z.regex(NAME_PATTERN));
const finite = () => z.number();
const count = (max: number) => z.int().check(z.gte(1), z.lte(max));
const text = (max: number) => z.string().check(z.maxLength(max));

function fieldSchema(spec: FieldSpec): z.ZodMiniType {
  const base = isListKind(spec.kind)
    ? z.array(z.string().check(z.minLength(1), z.maxLength(2000))).check(z.maxLength(100))
    : z.string().check(z.minLength(1), z.maxLength(4000));
  z.globalRegistry.add(base, { description: spec.description });
  return spec.required ? base : z.optional(base);
}

function typeSchema(type: ChannelTypeName) {
  const spec = CHANNEL_TYPES[type];
  const shape: Record<string, z.ZodMiniType> = { type: z.literal(type) };
  for (const [name, field] of Object.entries(spec.fields)) shape[name] = fieldSchema(field);
  const schema = z.strictObject(shape);
  z.globalRegistry.add(schema, { description: spec.description });
  return schema;
}

/** Every type's fields, told apart by `type`. */
export const channelSchema = z.discriminatedUnion(
  'type',
  CHANNEL_TYPE_NAMES.map(typeSchema) as unknown as [ReturnType<typeof typeSchema>, ...ReturnType<typeof typeSchema>[]],
);
z.globalRegistry.add(channelSchema, { description: 'A named destination for notifications (SPEC §5).' });

const change = described(
  z.strictObject({
    from: described(z.enum(BASELINES), 'Baseline over the earlier runs in the window.'),
    window: optional(count(1000), 'Earlier runs of the same experiment to use (default 1 for previous, 10 otherwise).'),
    unit: optional(
      z.enum(UNITS),
      'absolute: value - baseline; percent: relative change in %; sigma (with from: mean): (value - mean) / the sample standard deviation of the window, at least 3 earlier runs.',
    ),
  }),
  'Compare the change against a baseline instead of the value itself.',
);

/** Fields an alert may take from `defaults`. */
const overridable = () => ({
  description: optional(text(2000), 'Shown in messages.'),
  runbook: optional(text(2000), 'https URL linked in messages.'),
  experiment: optional(
    z.string().check(z.minLength(1), z.maxLength(256)),
    'Experiment name or glob with * and ?. Omitted: every experiment.',
  ),
  severity: optional(z.enum(SEVERITIES), 'Default warning.'),
  enabled: optional(z.boolean(), 'false: kept and shown as disabled, never evaluated.'),
  channels: optional(z.array(z.string()), 'Channel names to notify.'),
  for: optional(count(1000), 'Consecutive breaching runs before it fires.'),
  repeat: optional(
    z.union([z.enum(['never', 'every-run']), z.string().check(z.regex(DURATION_PATTERN))]),
    'While still firing on a later run: never, every-run, or a duration like 30m, 6h, 1d.',
  ),
  'notify-resolved': optional(z.boolean(), 'Post once when it stops breaching.'),
  'recover-threshold': optional(finite(), 'Once firing, resolve only when the value is on the good side of this.'),
  'on-missing': optional(z.enum(ON_MISSING), 'The latest run lacks the metric.'),
  reduce: optional(z.enum(REDUCERS), 'How a list of values becomes one.'),
  change: z.optional(change),
  message: optional(text(2000), 'Template with {{name}} placeholders.'),
  labels: optional(
    z.record(z.string().check(z.minLength(1), z.maxLength(64)), text(200)),
    'String map shown in messages (keys up to 64 characters, values up to 200).',
  ),
});

export const alertSchema = described(
  z.strictObject({
    name: described(name(), 'Unique name of the alert.'),
    metric: optional(
      z.string().check(z.minLength(1), z.maxLength(256)),
      'Dotted path into the run metrics, e.g. eval.accuracy (a threshold rule: with op and threshold).',
    ),
    op: optional(z.enum(OPS), 'Comparison; "=" means ==.'),
    threshold: optional(finite(), 'Finite number compared with the value (or the change).'),
    status: optional(
      z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.minLength(1), z.maxLength(10)),
      `A status rule (no metric): breaches when the latest run's status is one of these (case-insensitive): ${RUN_STATUSES.join(', ')}.`,
    ),
    stale: optional(
      z.string().check(z.regex(DURATION_PATTERN)),
      "A stale rule (no metric; needs history): breaches when the experiment's newest run is older than this duration, like 36h or 2d.",
    ),
    ...overridable(),
  }),
  'One alert rule.',
);

export const defaultsSchema = described(z.strictObject(overridable()), 'Defaults for every alert.');

export const historySchema = described(
  z.strictObject({
    'keep-runs': optional(count(100000), 'Earlier runs kept per experiment.'),
    'keep-events': optional(count(100000), 'Events kept per alert instance.'),
  }),
  'Retention of the history ledger.',
);

const glob = (description: string) => optional(z.string().check(z.minLength(1), z.maxLength(256)), description);

export const silenceSchema = described(
  z.strictObject({
    alerts: glob('Alert name or glob with * and ?. Omitted: every alert.'),
    experiments: glob('Experiment name or glob with * and ?. Omitted: every experiment.'),
    until: optional(
      z.string().check(z.regex(UNTIL_PATTERN)),
      'Silenced until this time (exclusive): ISO 8601 with a zone, e.g. 2026-03-09T06:00:00Z or 2026-03-09T08:00+02:00.',
    ),
    every: optional(
      z.string().check(z.regex(EVERY_PATTERN)),
      'A weekly window in wall-clock time, the end exclusive: "Sat 00:00 - Mon 06:00" (days Mon..Sun, 24-hour times).',
    ),
    timezone: optional(
      z.string().check(z.minLength(1), z.maxLength(64)),
      'IANA time zone of `every`, e.g. Europe/Berlin (default UTC).',
    ),
    reason: described(z.string().check(z.minLength(1), z.maxLength(500)), 'Why: shown in the job summary.'),
  }),
  'Hold back the notifications of matching alert instances: their events are recorded (silenced) and not sent. Set until or every.',
);

export const fileSchema = z
  .strictObject({
    version: described(z.literal(1), 'Format version; only 1 exists.'),
    channels: z.optional(z.record(name(), channelSchema)),
    defaults: z.optional(defaultsSchema),
    history: z.optional(historySchema),
    alerts: z.array(alertSchema),
    silences: optional(z.array(silenceSchema).check(z.maxLength(1000)), 'Silences (SPEC §4): muted alert instances.'),
  })
  .register(z.globalRegistry, { title: 'metric-alerts alerts.yml', description: 'Alert rules for metric-alerts.' });

export type AlertsFile = z.infer<typeof fileSchema>;
export type RawAlert = z.infer<typeof alertSchema>;
export type RawDefaults = z.infer<typeof defaultsSchema>;
export type RawSilence = z.infer<typeof silenceSchema>;

/** Known keys of each kind of mapping, for "did you mean" suggestions. */
export const KNOWN_KEYS = {
  file: Object.keys(fileSchema.shape),
  alert: Object.keys(alertSchema.shape),
  defaults: Object.keys(defaultsSchema.shape),
  history: Object.keys(historySchema.shape),
  change: Object.keys(change.shape),
  silence: Object.keys(silenceSchema.shape),
} as const;

/** An alert is one kind of rule (the loader says which fields are missing or not used, with positions). */
const ONE_RULE_KIND = [{ required: ['metric', 'op', 'threshold'] }, { required: ['status'] }, { required: ['stale'] }];

export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(fileSchema, { target: 'draft-2020-12', io: 'input' }) as unknown as {
    properties: { alerts: { items: Record<string, unknown> } };
  };
  const alerts = schema.properties.alerts;
  return {
    ...schema,
    properties: { ...schema.properties, alerts: { ...alerts, items: { ...alerts.items, oneOf: ONE_RULE_KIND } } },
  };
}
