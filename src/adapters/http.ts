// One HTTP request with Node's own http/https (loaded on first use): the smallest HTTP stack there is, so a run that
// posts one Slack message costs little more than one that posts none. Bodies are bounded; aborts and timeouts are
// AbortSignal's. Redirects are not followed (callers decide where a token may go).
// Proxies (SPEC §5): when a proxy variable is set, proxy-tunnel.ts is loaded and core/proxy.ts decides, as
// @actions/http-client does, whether this URL goes through it. With none set, the request is made as before and
// nothing more is loaded: not even the decision.
import type { Agent, ClientRequest, IncomingHttpHeaders, IncomingMessage, RequestOptions } from 'node:http';

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  headers?: Record<string, string>;
  body?: string;
  /** Aborts the request (connect, answer and body); its reason is the error thrown. */
  signal?: AbortSignal;
  /** Longest body read; a longer one rejects with a BodyTooLarge. */
  maxBytes?: number;
  agent?: Agent;
}

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the answer is over ${limit} bytes`);
    this.name = 'BodyTooLarge';
  }
}

type Transport = Pick<typeof import('node:http'), 'request' | 'Agent'>;
const modules: Partial<Record<'http:' | 'https:', Promise<Transport>>> = {};
function transport(protocol: string): Promise<Transport> {
  if (protocol !== 'http:' && protocol !== 'https:')
    return Promise.reject(new Error(`unsupported protocol ${protocol}`));
  return (modules[protocol] ??=
    protocol === 'https:' ? (import('node:https') as Promise<Transport>) : import('node:http'));
}

/** Keep-alive agents for a series of requests, one per protocol, made when first needed; destroy() when done. */
export function keepAliveAgents(): { for(url: string): Promise<Agent>; destroy(): void } {
  const agents = new Map<string, Promise<Agent>>();
  const made: Agent[] = [];
  return {
    for(url) {
      const protocol = new URL(url).protocol;
      let agent = agents.get(protocol);
      if (!agent) {
        agent = transport(protocol).then((lib) => {
          const a = new lib.Agent({ keepAlive: true });
          made.push(a);
          return a;
        });
        agents.set(protocol, agent);
      }
      return agent;
    },
    destroy() {
      for (const a of made) a.destroy();
    },
  };
}

export async function httpRequest(url: string, req: HttpRequest): Promise<HttpAnswer> {
  const target = new URL(url);
  const env = process.env;
  if (env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY) {
    const proxy = await import('./proxy-tunnel.js');
    const route = proxy.proxyFor(target, env);
    if (route) return proxy.viaProxy({ target, route, req });
  }
  const lib = await transport(target.protocol);
  req.signal?.throwIfAborted();
  return exchange({ req, start: (options, onAnswer) => lib.request(target, options, onAnswer) });
}

export interface Exchange {
  req: HttpRequest;
  /** Makes the request with these options (method, headers, agent, signal), as http.request(url, options, cb). */
  start(options: RequestOptions, onAnswer: (res: IncomingMessage) => void): ClientRequest;
}

/** Sends the request and reads the bounded answer. */
export function exchange({ req, start }: Exchange): Promise<HttpAnswer> {
  return new Promise<HttpAnswer>((resolve, reject) => {
    const headers: Record<string, string | number> = { ...(req.headers ?? {}) };
    if (req.body !== undefined) headers['content-length'] = Buffer.byteLength(req.body);
    const r = start(
      {
        method: req.method,
        headers,
        ...(req.agent ? { agent: req.agent } : {}),
        ...(req.signal ? { signal: req.signal } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let length = 0;
        res.on('data', (c: Buffer) => {
          length += c.length;
          if (req.maxBytes !== undefined && length > req.maxBytes) {
            // Before destroy(), which may emit 'aborted' at once (seen through a proxy tunnel).
            reject(new BodyTooLarge(req.maxBytes));
            res.destroy();
            return;
          }
          chunks.push(c);
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
        res.on('aborted', () => reject(req.signal?.reason ?? new Error('the answer was cut off')));
      },
    );
    r.on('error', (e) => reject(req.signal?.aborted ? req.signal.reason : e));
    r.end(req.body);
  });
}
