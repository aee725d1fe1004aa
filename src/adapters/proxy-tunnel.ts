// A request through the proxy the environment names (http.ts loads this module only when a proxy variable is set;
// core/proxy.ts, re-exported here, decides whether the URL goes through it):
// https: targets through a CONNECT tunnel, then TLS to the target inside it (the certificate checked against the
// target's name); http: targets as an absolute-URI request to the proxy. Every request opens its own tunnel, so the
// request's AbortSignal covers connecting to the proxy and its answer to CONNECT as well (Node's own proxyEnv agent
// ignores an abort while the tunnel is being set up). Errors name the proxy without its user-info. node:http is
// imported only for http: targets: importing it as a module loads Node's bundled undici (its WebSocket getter), ~50 ms.
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import type { ProxyRoute } from '../core/proxy.js';
export { proxyFor } from '../core/proxy.js';
import { exchange, type HttpAnswer, type HttpRequest } from './http.js';

export interface ProxiedRequest {
  target: URL;
  route: ProxyRoute;
  req: HttpRequest;
}

/**
 * A proxy that cannot be used, in words safe to show: the proxy's URL without user-info, the target's host and port
 * (never its path), the proxy's status line. `code` is the system error's (ECONNREFUSED, ...) or ERR_PROXY_TUNNEL.
 */
export class ProxyError extends Error {
  readonly code: string;
  constructor(message: string, code = 'ERR_PROXY_TUNNEL') {
    super(message);
    this.name = 'ProxyError';
    this.code = code;
  }
}

/** Longest answer head to CONNECT read before giving up on the proxy. */
const MAX_HEAD = 16_384;

export async function viaProxy({ target, route, req }: ProxiedRequest): Promise<HttpAnswer> {
  if (route.protocol !== 'http:' && route.protocol !== 'https:')
    throw new ProxyError(
      `${route.variable} names a ${route.protocol.slice(0, -1)} proxy; only http:// and https:// proxies are supported`,
    );
  req.signal?.throwIfAborted();
  if (target.protocol === 'https:') {
    const tunnel = await openTunnel({ route, target, signal: req.signal });
    const servername = net.isIP(bare(target.hostname)) ? undefined : target.hostname;
    const connection = () =>
      tls.connect({
        socket: tunnel,
        ALPNProtocols: ['http/1.1'],
        ...(servername ? { servername } : { host: bare(target.hostname) }),
      });
    return exchange({
      req,
      start: (options, onAnswer) =>
        https.request(target, { ...options, agent: undefined, createConnection: connection }, onAnswer),
    }).finally(() => tunnel.destroy());
  }
  const lib = route.protocol === 'https:' ? https : await import('node:http');
  return exchange({
    req,
    start: (options, onAnswer) =>
      lib.request(
        {
          ...options,
          agent: undefined,
          host: route.host,
          port: route.port,
          ...(route.protocol === 'https:' && !net.isIP(route.host) ? { servername: route.host } : {}),
          path: target.href,
          headers: {
            ...options.headers,
            host: target.host,
            ...(route.authorization ? { 'proxy-authorization': route.authorization } : {}),
          },
        },
        onAnswer,
      ),
  });
}

function bare(hostname: string): string {
  return hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
}

/** A socket to the proxy itself: TCP, or TLS when its URL is https:. */
function connectProxy(route: ProxyRoute): net.Socket {
  if (route.protocol !== 'https:') return net.connect({ host: route.host, port: route.port });
  return tls.connect({
    host: route.host,
    port: route.port,
    ALPNProtocols: ['http/1.1'],
    ...(net.isIP(route.host) ? {} : { servername: route.host }),
  });
}

/** CONNECT target through the proxy; the open tunnel once the proxy answers 2xx. Aborted by `signal` at any point. */
export function openTunnel(ctx: {
  route: ProxyRoute;
  target: URL;
  signal?: AbortSignal | undefined;
}): Promise<net.Socket> {
  const { route, target, signal } = ctx;
  const authority = `${target.hostname}:${target.port || 443}`;
  const proxy = `the proxy ${route.href} (${route.variable})`;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const socket = connectProxy(route);
    let head = Buffer.alloc(0);
    const settle = (error?: Error): void => {
      signal?.removeEventListener('abort', onAbort);
      socket.off('data', onData).off('error', onError).off('close', onClose);
      if (!error) return resolve(socket);
      socket.destroy();
      reject(error);
    };
    const onAbort = (): void => settle(signal?.reason as Error);
    const onError = (e: NodeJS.ErrnoException): void =>
      settle(new ProxyError(`could not reach ${proxy}: ${e.code ?? e.message}`, e.code));
    const onClose = (): void =>
      settle(new ProxyError(`${proxy} closed the connection before answering CONNECT ${authority}`));
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > MAX_HEAD) settle(new ProxyError(`${proxy} answered CONNECT with an over-long head`));
        return;
      }
      const status = /^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(head.subarray(0, end).toString('latin1'));
      if (!status?.[1]?.startsWith('2'))
        return settle(
          new ProxyError(
            `${proxy} refused the tunnel to ${authority}: ${status ? `${status[1]}${status[2]}`.slice(0, 200) : 'not an HTTP answer'}`,
          ),
        );
      socket.pause();
      const rest = head.subarray(end + 4);
      if (rest.length > 0) socket.unshift(rest);
      settle();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.on('data', onData).on('error', onError).on('close', onClose);
    const auth = route.authorization ? `Proxy-Authorization: ${route.authorization}\r\n` : '';
    socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth}\r\n`);
  });
}
