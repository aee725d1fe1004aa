// A loopback stand-in for PagerDuty's Events API v2 (POST /v2/enqueue), answering as PagerDuty documents: 202
// {"status":"success","message":"Event processed","dedup_key":...}; 400 {"status":"invalid event","message":"Event
// object is invalid","errors":[...]} for an event that breaks the documented rules (a routing_key of 32 characters,
// event_action trigger|acknowledge|resolve, a dedup_key of at most 255 characters (required to resolve), and for a
// trigger a payload with summary (1..1024 characters), source, severity critical|error|warning|info, an ISO 8601
// timestamp, links of href+text); 429 with no Retry-After (PagerDuty sends none); or any queued answer (5xx, a reset
// connection). Change events (POST /v2/change/enqueue: a summary, never an incident) are kept apart. It records every
// request and keeps incidents by dedup_key: a trigger opens one (or adds to the open
// one), a resolve closes it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const PATH = '/v2/enqueue';
/** "Send a Change Event": a change in the service's timeline, never an incident. */
export const CHANGE_PATH = '/v2/change/enqueue';
export const ROUTING_KEY = 'R0123456789abcdef0123456789abcde';

export type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'reset';

export interface PagerDutyEvent {
  routing_key?: unknown;
  event_action?: unknown;
  dedup_key?: unknown;
  payload?: {
    summary?: unknown;
    source?: unknown;
    severity?: unknown;
    timestamp?: unknown;
    component?: unknown;
    group?: unknown;
    class?: unknown;
    custom_details?: Record<string, unknown>;
  };
  links?: unknown;
  client?: unknown;
  client_url?: unknown;
}

export interface Received {
  path: string;
  body: string;
  json: PagerDutyEvent;
  status: number;
  errors?: string[];
  /** When it arrived (epoch ms). */
  at: number;
}

export interface Incident {
  dedupKey: string;
  open: boolean;
  /** Every accepted trigger and resolve for this key, in order. */
  actions: ('trigger' | 'resolve')[];
  /** How many times it was opened (a trigger while closed). */
  opened: number;
}

export interface PagerDutyStandIn {
  url(): string;
  received: Received[];
  /** Accepted events by dedup_key. */
  incidents: Map<string, Incident>;
  /** Accepted change events, in order. */
  changes: PagerDutyEvent[];
  answer(...answers: Answer[]): void;
  reset(): void;
  close(): Promise<void>;
}

/** PagerDuty's 429: a short body and no Retry-After. */
export const RATE_LIMITED: Answer = { status: 429, body: 'Too many requests' };

const SEVERITIES = ['critical', 'error', 'warning', 'info'];
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const str = (v: unknown): v is string => typeof v === 'string';

function payloadErrors(p: PagerDutyEvent['payload'], errors: string[]): void {
  if (typeof p !== 'object' || p === null) return void errors.push("'payload' is missing or not an object");
  if (!str(p.summary) || p.summary.trim() === '') errors.push("'payload.summary' is missing or blank");
  else if (p.summary.length > 1024) errors.push("'payload.summary' must be at most 1024 characters");
  if (!str(p.source) || p.source.trim() === '') errors.push("'payload.source' is missing or blank");
  if (!SEVERITIES.includes(p.severity as string))
    errors.push("'payload.severity' must be one of critical, error, warning, info");
  if (p.timestamp !== undefined && !(str(p.timestamp) && ISO_8601.test(p.timestamp)))
    errors.push("'payload.timestamp' must be a valid ISO 8601 timestamp");
  for (const k of ['component', 'group', 'class'] as const)
    if (p[k] !== undefined && !str(p[k])) errors.push(`'payload.${k}' must be a string`);
  const cd = p.custom_details;
  if (cd !== undefined && (typeof cd !== 'object' || cd === null)) errors.push("'payload.custom_details' is invalid");
}

function linkErrors(links: unknown, errors: string[]): void {
  if (links === undefined) return;
  if (!Array.isArray(links)) return void errors.push("'links' must be an array");
  links.forEach((l: { href?: unknown; text?: unknown }, i) => {
    if (!str(l?.href) || !/^https?:\/\//.test(l.href)) errors.push(`'links[${i}].href' must be a URL`);
    if (l?.text !== undefined && !str(l.text)) errors.push(`'links[${i}].text' must be a string`);
  });
}

/** The errors PagerDuty would report for this event (empty when valid). */
export function eventErrors(e: PagerDutyEvent): string[] {
  const errors: string[] = [];
  if (!str(e.routing_key) || e.routing_key.length !== 32)
    errors.push("Length of 'routing_key' is incorrect (should be 32 characters)");
  if (!['trigger', 'acknowledge', 'resolve'].includes(e.event_action as string))
    errors.push("'event_action' must be one of trigger, acknowledge, resolve");
  if (e.dedup_key !== undefined && (!str(e.dedup_key) || e.dedup_key.length > 255))
    errors.push("'dedup_key' must be a string of at most 255 characters");
  if (e.event_action !== 'trigger' && !str(e.dedup_key)) errors.push("'dedup_key' is required for this action");
  if (e.event_action === 'trigger') payloadErrors(e.payload, errors);
  linkErrors(e.links, errors);
  return errors;
}

/** The errors PagerDuty would report for a change event: a routing key, and a summary of 1..1024 characters. */
export function changeErrors(e: PagerDutyEvent): string[] {
  const errors: string[] = [];
  if (!str(e.routing_key) || e.routing_key.length !== 32)
    errors.push("Length of 'routing_key' is incorrect (should be 32 characters)");
  const summary = e.payload?.summary;
  if (!str(summary) || summary.trim() === '') errors.push("'payload.summary' is missing or blank");
  else if (summary.length > 1024) errors.push("'payload.summary' must be at most 1024 characters");
  if (e.payload?.timestamp !== undefined && !(str(e.payload.timestamp) && ISO_8601.test(e.payload.timestamp)))
    errors.push("'payload.timestamp' must be a valid ISO 8601 timestamp");
  linkErrors(e.links, errors);
  return errors;
}

function judgeChange(body: string, changes: PagerDutyEvent[]): { status: number; body: string; errors?: string[] } {
  let event: PagerDutyEvent;
  try {
    event = JSON.parse(body) as PagerDutyEvent;
  } catch {
    return { status: 400, body: JSON.stringify({ status: 'invalid event', message: 'Invalid JSON' }) };
  }
  const errors = changeErrors(event);
  if (errors.length > 0)
    return {
      status: 400,
      errors,
      body: JSON.stringify({ status: 'invalid event', message: 'Event object is invalid', errors }),
    };
  changes.push(event);
  return { status: 202, body: JSON.stringify({ status: 'success', message: 'Change event processed' }) };
}

function record(incidents: Map<string, Incident>, e: PagerDutyEvent, key: string): void {
  const action = e.event_action as 'trigger' | 'resolve' | 'acknowledge';
  if (action === 'acknowledge') return;
  const prior = incidents.get(key) ?? { dedupKey: key, open: false, actions: [], opened: 0 };
  const opening = action === 'trigger' && !prior.open;
  incidents.set(key, {
    ...prior,
    open: action === 'trigger',
    actions: [...prior.actions, action],
    opened: prior.opened + (opening ? 1 : 0),
  });
}

function judge(body: string, incidents: Map<string, Incident>): { status: number; body: string; errors?: string[] } {
  let event: PagerDutyEvent;
  try {
    event = JSON.parse(body) as PagerDutyEvent;
  } catch {
    return { status: 400, body: JSON.stringify({ status: 'invalid event', message: 'Invalid JSON' }) };
  }
  const errors = eventErrors(event);
  if (errors.length > 0) {
    return {
      status: 400,
      errors,
      body: JSON.stringify({ status: 'invalid event', message: 'Event object is invalid', errors }),
    };
  }
  const key = str(event.dedup_key) ? event.dedup_key : `generated-${incidents.size + 1}`;
  record(incidents, event, key);
  return { status: 202, body: JSON.stringify({ status: 'success', message: 'Event processed', dedup_key: key }) };
}

export async function startPagerDuty(): Promise<PagerDutyStandIn> {
  const received: Received[] = [];
  const incidents = new Map<string, Incident>();
  const changes: PagerDutyEvent[] = [];
  const queue: Answer[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: PagerDutyEvent = {};
      try {
        json = JSON.parse(body) as PagerDutyEvent;
      } catch {
        // judged below
      }
      const queued = queue.shift();
      if (queued === 'reset') {
        received.push({ path: req.url ?? '', body, json, status: 0, at: Date.now() });
        req.socket.destroy();
        return;
      }
      const judged = () => (req.url === PATH ? judge(body, incidents) : judgeChange(body, changes));
      const answer =
        req.method !== 'POST' || (req.url !== PATH && req.url !== CHANGE_PATH)
          ? { status: 404, body: 'Not Found' }
          : (queued ?? judged());
      received.push({
        path: req.url ?? '',
        body,
        json,
        status: answer.status,
        at: Date.now(),
        ...('errors' in answer ? { errors: answer.errors } : {}),
      });
      res.writeHead(answer.status, {
        'content-type': 'application/json',
        ...('headers' in answer ? answer.headers : {}),
      });
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: () => `http://127.0.0.1:${port}${PATH}`,
    received,
    incidents,
    changes,
    answer: (...answers) => void queue.push(...answers),
    reset: () => {
      received.length = 0;
      incidents.clear();
      changes.length = 0;
      queue.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
