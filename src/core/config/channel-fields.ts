// The fields of each channel type (SPEC §5's table), in one place: the schema (schema.ts), the loader's checks, secret
// masking and the typed configs are all read from here, so a new type is one entry. No zod here: binding rules to the
// environment (rules.ts) must not load the schema.
import type { ChannelTypeName } from '../types.js';

export type FieldKind =
  /** An https: URL (http: for loopback hosts). */
  | 'url'
  /** smtp://, smtps:// or smtp+starttls:// */
  | 'smtp-url'
  | 'text'
  | 'email'
  | 'emails'
  | 'mentions'
  /** A list of plain names. */
  | 'names'
  /** GitHub labels: names of at most 50 characters. */
  | 'labels'
  /** GitHub logins (at most 10): letters, digits and hyphens, 1 to 39, no leading hyphen. */
  | 'logins'
  /** owner/name */
  | 'repository'
  /** One of DATADOG_SITES. */
  | 'datadog-site';

export interface FieldSpec {
  kind: FieldKind;
  /** The type cannot send without it (checked by the schema). */
  required?: boolean;
  /** Masked everywhere; a literal value in the file draws a warning (the repository then holds a secret). */
  secret?: boolean;
  description: string;
}

export interface TypeSpec {
  description: string;
  fields: Readonly<Record<string, FieldSpec>>;
}

const webhookUrl = (what: string): FieldSpec => ({
  kind: 'url',
  required: true,
  secret: true,
  description: `${what}. Write \${NAME} to read it from the step environment (keep it in a secret).`,
});

export const CHANNEL_TYPES: Readonly<Record<ChannelTypeName, TypeSpec>> = {
  slack: {
    description: 'Slack: an incoming webhook (url), or the Web API (token + channel) with threads.',
    fields: {
      url: { ...webhookUrl('Incoming webhook URL'), required: false },
      token: {
        kind: 'text',
        secret: true,
        description: 'Bot token (xoxb-...) for the Web API, needs chat:write. Write ${NAME}.',
      },
      channel: { kind: 'text', description: 'Channel id (C0123ABC) or name for the Web API.' },
      'api-url': {
        kind: 'url',
        description: 'Base of the Web API, default https://slack.com/api (a stand-in for tests).',
      },
      mentions: {
        kind: 'mentions',
        description: 'Slack mentions added to firing messages: "<@U012AB3CD>", "<!subteam^S0123>", "<!here>".',
      },
    },
  },
  discord: {
    description: 'Discord: a channel webhook.',
    fields: {
      url: webhookUrl('Discord webhook URL'),
      mentions: {
        kind: 'mentions',
        description: 'Users "<@123...>" or roles "<@&456...>" pinged by firing messages (nothing else can ping).',
      },
    },
  },
  teams: {
    description: 'Microsoft Teams: a Workflows webhook (Office 365 connectors are retired).',
    fields: { url: webhookUrl('Teams Workflows webhook URL') },
  },
  email: {
    description: 'Email over SMTP: one mail per digest.',
    fields: {
      smtp: {
        kind: 'smtp-url',
        required: true,
        secret: true,
        description: 'smtp://host:587 (STARTTLS when offered), smtp+starttls:// (required) or smtps://host:465.',
      },
      from: { kind: 'email', required: true, description: 'Sender address.' },
      to: { kind: 'emails', required: true, description: 'Recipient addresses.' },
      username: { kind: 'text', description: 'SMTP user.' },
      password: { kind: 'text', secret: true, description: 'SMTP password. Write ${NAME}.' },
    },
  },
  webhook: {
    description: 'Any HTTP receiver: a versioned JSON payload, signed (Standard Webhooks) with a secret.',
    fields: {
      url: webhookUrl('Receiver URL'),
      secret: {
        kind: 'text',
        secret: true,
        description: 'Signing secret (whsec_... base64, or any text). Write ${NAME}.',
      },
    },
  },
  desktop: {
    description: 'A desktop notification, for the CLI on your machine; skipped in the action.',
    fields: {},
  },
  pagerduty: {
    description:
      'PagerDuty Events API v2: trigger on fired and reminder, resolve on resolved, one incident per instance.',
    fields: {
      'routing-key': {
        kind: 'text',
        required: true,
        secret: true,
        description: 'Integration (routing) key of an Events API v2 integration. Write ${NAME}.',
      },
      url: { kind: 'url', description: 'Events API endpoint; https://events.eu.pagerduty.com/v2/enqueue for the EU.' },
    },
  },
  'github-issue': {
    description: 'One GitHub issue per alert instance: opened, commented, closed and reopened. Needs issues: write.',
    fields: {
      repository: { kind: 'repository', description: 'owner/name; default: the repository of the run.' },
      labels: {
        kind: 'labels',
        description: 'Labels of the issues, each at most 50 characters (the first also finds them again).',
      },
      assignees: { kind: 'logins', description: 'GitHub logins assigned to new issues (at most 10).' },
    },
  },
  datadog: {
    description: 'Datadog events: one per alert event, aggregated per instance.',
    fields: {
      'api-key': { kind: 'text', required: true, secret: true, description: 'Datadog API key. Write ${NAME}.' },
      site: {
        kind: 'datadog-site',
        description: 'Datadog site, default datadoghq.com (datadoghq.eu, us3.datadoghq.com, ...).',
      },
      'api-url': { kind: 'url', description: "Replaces the site's API base (a stand-in for tests)." },
    },
  },
  sentry: {
    description: 'Sentry: an event per fired or reminder event (Sentry resolves in its own UI).',
    fields: {
      dsn: { kind: 'url', required: true, secret: true, description: 'The project DSN. Write ${NAME}.' },
    },
  },
};

export const CHANNEL_TYPE_NAMES = Object.keys(CHANNEL_TYPES) as ChannelTypeName[];

/** A field's list or text value, as written. */
export type FieldValue = string | string[];

export function isListKind(kind: FieldKind): boolean {
  return kind === 'mentions' || kind === 'emails' || kind === 'names' || kind === 'labels' || kind === 'logins';
}

/** The keys a channel of `type` may have, for "did you mean". */
export function channelKeys(type: unknown): string[] {
  const spec =
    typeof type === 'string' && Object.hasOwn(CHANNEL_TYPES, type) ? CHANNEL_TYPES[type as ChannelTypeName] : undefined;
  return spec ? ['type', ...Object.keys(spec.fields)] : ['type'];
}
