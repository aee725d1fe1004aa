// The webhook payload, version 1: the one definition of what a `webhook` channel posts. The renderer's types come from
// it, tests validate rendered payloads with it, and schema/webhook-payload.schema.json is generated from it
// (scripts/schema.mjs; a test fails when the committed file is stale).
//
// This file imports nothing at run time but zod: scripts/schema.mjs loads it with Node's type stripping, which
// resolves no `.js` import to its `.ts` file. The enums below are checked against the core's types at compile time.
//
// Compatibility: within version "1" fields are only added, never removed, renamed or retyped; a receiver ignores
// fields it does not know. Values are data, exactly as read: nothing is escaped for a surface (the receiver escapes
// for wherever it shows them), and names can hold any character (bidirectional controls included).
import { z } from 'zod/mini';
import type { ChangeUnit, Op, Severity } from '../../core/types.js';
import type { EventKind, InstanceStateName } from '../../core/history/ledger.js';
import type { LateReason } from '../../core/deliveries.js';

export const PAYLOAD_VERSION = '1';
export const DIGEST_TYPE = 'metric-alerts.digest';
export const NOTE_TYPE = 'metric-alerts.note';

/** A schema with its description for the JSON Schema (each schema instance is described once). */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema as z.ZodMiniType, { description });
  return schema;
}
const nullable = <T extends z.ZodMiniType>(schema: T, description: string) =>
  described(z.nullable(schema), description);
const text = (description: string) => described(z.string(), description);

const SEVERITY = z.enum(['info', 'warning', 'critical']);
const KIND = z.enum(['fired', 'reminder', 'resolved']);
const STATE = z.enum(['ok', 'pending', 'firing']);
const OP = z.enum(['<', '>', '<=', '>=', '==', '!=']);
const UNIT = z.enum(['absolute', 'percent', 'sigma']);
const LATE = z.enum(['failed', 'unrecorded']);

// Each enum names exactly the core's values: tsc fails here when one of them gains or loses a member.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const ENUMS_MATCH_CORE: [
  Same<z.infer<typeof SEVERITY>, Severity>,
  Same<z.infer<typeof KIND>, EventKind>,
  Same<z.infer<typeof STATE>, InstanceStateName>,
  Same<z.infer<typeof OP>, Op>,
  Same<z.infer<typeof UNIT>, ChangeUnit>,
  Same<z.infer<typeof LATE>, LateReason>,
] = [true, true, true, true, true, true];

/** JSON has no NaN or Infinity: a number that is not finite is the string "NaN", "Infinity" or "-Infinity". */
export const NOT_FINITE = ['NaN', 'Infinity', '-Infinity'] as const;
const jsonNumber = () => z.union([z.number(), z.enum(NOT_FINITE)]);

export const contextSchema = described(
  z.object({
    repository: nullable(z.string(), 'owner/name of the repository, when known.'),
    server_url: text('The GitHub server, e.g. https://github.com.'),
    ref: nullable(z.string(), 'The branch (a pull request: its head branch), or the tag or ref name.'),
    workflow: nullable(z.string(), 'Name of the workflow whose run was evaluated.'),
    run_id: nullable(z.string(), 'Id of that workflow run.'),
    run_number: nullable(z.int(), 'Its run number.'),
    run_attempt: nullable(z.int(), 'Its attempt (1 for the first).'),
    run_url: nullable(z.string(), 'Link to that workflow run.'),
    sha: nullable(z.string(), 'The commit evaluated (full sha).'),
    commit_url: nullable(z.string(), 'Link to that commit.'),
    pull_request: nullable(z.int(), 'Number of the pull request the run belongs to.'),
    pull_request_url: nullable(z.string(), 'Link to that pull request.'),
  }),
  'Where the evaluation ran. Every key is present; null when unknown (a local CLI run knows little).',
);

export const eventSchema = described(
  z.object({
    event_id: text('Stable id of this event (hex): the same in every message and every run that sends it again.'),
    instance_key: text(
      'Stable id (hex) of the alert instance (repository + alert + experiment): fired, reminders and resolved of one instance share it.',
    ),
    kind: described(KIND, 'fired: began firing; reminder: still firing (repeat); resolved: back on the good side.'),
    alert: text('Name of the alert rule.'),
    severity: SEVERITY,
    state: described(STATE, 'State of the instance after this evaluation.'),
    previous_state: described(STATE, 'State of the instance before this evaluation.'),
    at: text('When the event happened (ISO 8601).'),
    experiment: text('Experiment the run belongs to.'),
    run: text('Run whose metrics were evaluated.'),
    run_url: nullable(z.string(), 'Link to the workflow run that evaluated it.'),
    metric: nullable(z.string(), 'Metric the rule reads (a dotted path); null for status and stale rules (see check).'),
    value: nullable(
      jsonNumber(),
      "The value read; null when the metric was missing, and for status rules; stale rules: the newest run's age in hours.",
    ),
    op: nullable(OP, 'Comparison of the rule; null for status and stale rules.'),
    threshold: nullable(
      z.number(),
      'Threshold of the rule (a change rule: of the change, in change_unit); null for status and stale rules.',
    ),
    check: described(
      z.enum(['threshold', 'status', 'stale']),
      "Kind of rule: threshold (a value against a threshold), status (the run's status), stale (no new run).",
    ),
    status: nullable(z.string(), "Status rules: the run's status, lower-cased (null: none, and for other rules)."),
    statuses: nullable(z.array(z.string()), 'Status rules: the statuses the rule breaches on.'),
    stale_after: nullable(z.string(), 'Stale rules: the duration after which the experiment is stale ("2d").'),
    recover_threshold: nullable(z.number(), 'Once firing, the instance resolves only past this.'),
    baseline: nullable(jsonNumber(), 'Change rules: the baseline the value is compared with.'),
    baseline_from: nullable(
      z.enum(['previous', 'min', 'max', 'mean', 'median']),
      'Change rules: how the baseline is taken from earlier runs.',
    ),
    change: nullable(
      jsonNumber(),
      'Change rules: value - baseline (absolute), the relative change in % (percent), or (value - mean) / the standard deviation of the window (sigma).',
    ),
    change_unit: nullable(UNIT, 'Change rules: the unit of change and threshold.'),
    firing_since: nullable(
      z.string(),
      'Reminders, resolved, and a fired event sent after a silence: when the instance began firing (ISO 8601).',
    ),
    firing_runs: nullable(z.int(), 'Reminders and resolved: how many runs it has been firing.'),
    reading: described(
      z.object({
        value: text('What was read: "accuracy = 0.93".'),
        outcome: text('What it means for the rule: "condition < 0.9", "back above 0.9 after 3 runs / 2 h".'),
      }),
      'The reading in words, as every other channel words it.',
    ),
    summary: text('The event in one line of words: "accuracy firing on iris (accuracy = 0.85, condition < 0.9)".'),
    message: nullable(z.string(), "The rule's message template with its placeholders filled in (not escaped)."),
    description: nullable(z.string(), "The rule's description."),
    runbook: nullable(z.string(), "The rule's runbook link."),
    labels: described(z.record(z.string(), z.string()), "The rule's labels."),
    recent: described(z.array(jsonNumber()), 'Recent values of the metric for this experiment, oldest first.'),
    after_silence: described(
      z.boolean(),
      'A fired event held back by a silence and sent on the first run after it (firing_since says since when), or a resolve held back by one.',
    ),
    late: nullable(
      z.object({
        reason: described(
          LATE,
          'failed: its first delivery failed (retryable); unrecorded: the run that was sending it stopped first.',
        ),
        text: text('The reason in words.'),
      }),
      'Set when an earlier run created the event and this run sends it again.',
    ),
  }),
  'One alert event.',
);

const common = {
  version: described(z.literal(PAYLOAD_VERSION), 'Payload version. Fields are only ever added within a version.'),
  channel: text('Name of the channel in alerts.yml.'),
  context: contextSchema,
};

export const digestSchema = described(
  z.object({
    ...common,
    type: described(z.literal(DIGEST_TYPE), 'Alert events of one evaluation.'),
    timestamp: text('When the events happened: the time of the newest event of this message (ISO 8601).'),
    counts: described(
      z.object({
        firing: z.int(),
        resolved: z.int(),
        total: z.int(),
        worst_severity: SEVERITY,
      }),
      'Events of this message: firing (fired or reminder), resolved, all, and the worst severity among them.',
    ),
    part: described(
      z.object({ index: z.int(), count: z.int() }),
      'A digest larger than one message is split: this message is part index (from 1) of count.',
    ),
    events: described(z.array(eventSchema), 'The events, critical first, then fired, reminders, resolved.'),
  }),
  'Alert events of one evaluation for one channel (type metric-alerts.digest).',
);

export const noteSchema = described(
  z.object({
    ...common,
    type: described(z.literal(NOTE_TYPE), 'A message that is not an evaluation.'),
    note: z.object({
      title: z.string(),
      text: z.string(),
      level: SEVERITY,
    }),
  }),
  'A message that is not an evaluation: test-channels\' "metric-alerts is wired up", an ad-hoc notify.',
);

export const payloadSchema = z.discriminatedUnion('type', [digestSchema, noteSchema]).register(z.globalRegistry, {
  title: 'metric-alerts webhook payload, version 1',
  description:
    'The JSON body a metric-alerts webhook channel posts. Within version "1" fields are only added; ignore the ones you do not know.',
});

export type WebhookPayload = z.infer<typeof payloadSchema>;
export type DigestPayload = z.infer<typeof digestSchema>;
export type NotePayload = z.infer<typeof noteSchema>;
export type EventPayload = z.infer<typeof eventSchema>;
export type ContextPayload = z.infer<typeof contextSchema>;
export type JsonNumber = number | (typeof NOT_FINITE)[number];

/** The JSON Schema of the payload (committed as schema/webhook-payload.schema.json). */
export function payloadJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(payloadSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}

/** The committed file's text. */
export function payloadJsonSchemaText(): string {
  return `${JSON.stringify(payloadJsonSchema(), null, 2)}\n`;
}
