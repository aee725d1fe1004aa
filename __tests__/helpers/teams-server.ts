// A loopback stand-in for a Teams Workflows webhook (Power Automate's "When a Teams webhook request is received"
// trigger), answering as documented: 202 Accepted with an empty body once the request is taken (the flow then posts the
// card, or fails: past about 28 KB with "Request Entity too large"); errors in the Logic Apps envelope
// `{"error": {"code", "message"}}`: 401 without a valid `sig`, 404 for an unknown workflow, 400 for a body that is not
// JSON; 429 with Retry-After; or any queued answer (5xx, a reset connection). It records what it received and what the
// flow made of it.
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'hang' | 'reset';

export interface TeamsPayload {
  type?: string;
  attachments?: { contentType?: string; contentUrl?: unknown; content?: AdaptiveCardJson }[];
}

export interface AdaptiveCardJson {
  $schema?: string;
  type?: string;
  version?: string;
  body?: CardElementJson[];
  actions?: { type: string; url?: string; title?: string }[];
  msteams?: { width?: string; entities?: unknown[] };
}

export interface CardElementJson {
  type: string;
  text?: string;
  inlines?: { type: string; text: string; selectAction?: { type: string; url: string } }[];
  items?: CardElementJson[];
  style?: string;
  [key: string]: unknown;
}

export interface Received {
  path: string;
  query: URLSearchParams;
  at: number;
  body: string;
  bytes: number;
  json: TeamsPayload;
  status: number;
  /** Why the flow could not post the card, after the 202 (undefined: posted). */
  flowError?: string;
}

export interface TeamsStandIn {
  url(opts?: { workflow?: string; sig?: string | null }): string;
  received: Received[];
  answer(...answers: Answer[]): void;
  reset(): void;
  close(): Promise<void>;
}

export const WORKFLOW_ID = '3f6c1e0a9b2d4c7e8f1a2b3c4d5e6f70';
export const SIGNATURE = 'teams-workflow-sig-secret';
/** "The message size limit is about 28 KB": past it the post action fails. */
export const POST_LIMIT_BYTES = 28 * 1024;

const envelope = (code: string, message: string) => JSON.stringify({ error: { code, message } });

/** Throttled: 429 with Retry-After in seconds. */
export function throttled(seconds: number): Answer {
  return {
    status: 429,
    body: envelope('WorkflowRequestsThrottled', 'Rate limit is exceeded. Try again later.'),
    headers: { 'content-type': 'application/json', 'retry-after': String(seconds) },
  };
}

/** What the flow's "Post card in a chat or channel" step makes of a payload: undefined when the card is posted. */
export function flowError(payload: unknown, bytes: number): string | undefined {
  const p = payload as TeamsPayload;
  if (bytes > POST_LIMIT_BYTES) return 'RequestEntityTooLarge: Request Entity too large';
  const a = p.attachments?.[0];
  if (p.type !== 'message' || !a) return 'InvalidTemplate: the body has no attachments';
  if (a.contentType !== 'application/vnd.microsoft.card.adaptive') return 'BadRequest: not an Adaptive Card';
  const card = a.content;
  if (card?.type !== 'AdaptiveCard' || !Array.isArray(card.body)) return 'BadRequest: the card has no body';
  if (card.version !== '1.5') return `BadRequest: version ${String(card.version)} is not 1.5`;
  return undefined;
}

function send(res: http.ServerResponse, status: number, body?: string, headers: Record<string, string> = {}): void {
  if (body === undefined) res.writeHead(status, headers).end();
  else res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(body);
}

export async function startTeams(): Promise<TeamsStandIn> {
  const received: Received[] = [];
  const queue: Answer[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const target = new URL(req.url ?? '/', 'http://x');
      const route =
        /^\/powerautomate\/automations\/direct\/workflows\/([0-9a-f]+)\/triggers\/manual\/paths\/invoke$/.exec(
          target.pathname,
        );
      if (req.method !== 'POST' || !route) return send(res, 404, envelope('NotFound', 'The resource was not found.'));
      if (route[1] !== WORKFLOW_ID)
        return send(res, 404, envelope('WorkflowNotFound', `The workflow '${route[1]}' could not be found.`));
      const sig = target.searchParams.get('sig');
      if (sig === null)
        return send(
          res,
          401,
          envelope('DirectApiAuthorizationRequired', 'The request must be authenticated only by Shared Access scheme.'),
        );
      if (sig !== SIGNATURE)
        return send(
          res,
          401,
          envelope('DirectApiInvalidAuthorizationSignature', 'The provided authorization signature is not valid.'),
        );
      const raw = Buffer.concat(chunks);
      const body = raw.toString('utf8');
      let json: TeamsPayload;
      try {
        json = JSON.parse(body) as TeamsPayload;
      } catch {
        return send(
          res,
          400,
          envelope('InvalidRequestContent', 'The request content is not valid and could not be deserialized.'),
        );
      }
      const answer = queue.shift();
      if (answer === 'hang') return void hanging.add(res);
      if (answer === 'reset') return void req.socket.destroy();
      const base = { path: target.pathname, query: target.searchParams, at: Date.now(), body, bytes: raw.length, json };
      if (answer) {
        received.push({ ...base, status: answer.status });
        return void res.writeHead(answer.status, answer.headers ?? {}).end(answer.body ?? '');
      }
      const failed = flowError(json, raw.length);
      received.push(failed ? { ...base, status: 202, flowError: failed } : { ...base, status: 202 });
      send(res, 202);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: ({ workflow = WORKFLOW_ID, sig = SIGNATURE } = {}) =>
      `http://127.0.0.1:${port}/powerautomate/automations/direct/workflows/${workflow}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0${sig === null ? '' : `&sig=${sig}`}`,
    received,
    answer: (...answers) => queue.push(...answers),
    reset: () => {
      received.length = 0;
      queue.length = 0;
    },
    close: async () => {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Every piece of text of a card as a person reads it, with the kind of element that holds it. */
export function cardTexts(card: AdaptiveCardJson): { element: string; text: string; url?: string }[] {
  const out: { element: string; text: string; url?: string }[] = [];
  const walk = (e: CardElementJson): void => {
    if (e.type === 'TextBlock' && e.text !== undefined) out.push({ element: 'TextBlock', text: e.text });
    for (const r of e.inlines ?? [])
      out.push(
        r.selectAction ? { element: r.type, text: r.text, url: r.selectAction.url } : { element: r.type, text: r.text },
      );
    for (const i of e.items ?? []) walk(i);
    if (e.type === 'FactSet') out.push({ element: 'FactSet', text: JSON.stringify(e.facts) });
  };
  for (const e of card.body ?? []) walk(e);
  return out;
}

/** One Teams stand-in for a test file, emptied before each test. */
export function teamsForSuite(): { readonly server: TeamsStandIn } {
  const holder = {} as { server: TeamsStandIn };
  beforeAll(async () => {
    holder.server = await startTeams();
  });
  afterAll(() => holder.server.close());
  beforeEach(() => holder.server.reset());
  return holder;
}
