// A loopback forward proxy, as a corporate proxy answers: CONNECT host:port opens a tunnel (200 Connection
// Established), an absolute-URI request (GET http://host/path) is forwarded. It records every host asked for. It never
// reaches beyond loopback: a target is connected to only through `routes` ("host:port" → a loopback port) or when it
// is already 127.0.0.1; anything else gets 502, as a proxy answers for a host it cannot resolve.
// Only node: built-ins, so a bench script can load it too.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

export interface Asked {
  method: string;
  /** "host:port" for CONNECT, the absolute URI otherwise. */
  target: string;
  host: string;
  authorization?: string;
}

export interface ForwardProxy {
  /** http://127.0.0.1:PORT (with `user:password@` when given). */
  url(auth?: { user: string; password: string }): string;
  asked: Asked[];
  /** Hosts (without port) asked for, in order. */
  hosts(): string[];
  close(): Promise<void>;
}

export interface ForwardProxyOptions {
  /** "host:port" → loopback port the proxy connects to instead (a name that resolves nowhere else). */
  routes?: Record<string, number>;
  /** The Proxy-Authorization value required; 407 with Proxy-Authenticate otherwise. */
  authorization?: string;
}

export async function startForwardProxy(opts: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const asked: Asked[] = [];
  const sockets = new Set<Duplex>();
  const where = (hostPort: string): number | undefined => {
    const routed = opts.routes?.[hostPort.toLowerCase()];
    if (routed !== undefined) return routed;
    const m = /^127\.0\.0\.1:(\d+)$/.exec(hostPort);
    return m ? Number(m[1]) : undefined;
  };
  const record = (req: http.IncomingMessage, target: string, hostPort: string): boolean => {
    const authorization = req.headers['proxy-authorization'];
    asked.push({
      method: req.method ?? '',
      target,
      host: hostPort.replace(/:\d+$/, '').replace(/^\[|\]$/g, ''),
      ...(authorization ? { authorization } : {}),
    });
    return opts.authorization === undefined || authorization === opts.authorization;
  };

  const server = http.createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      return res.writeHead(400).end('absolute URI required');
    }
    const hostPort = `${target.hostname}:${target.port || 80}`;
    if (!record(req, target.href, hostPort))
      return res.writeHead(407, { 'proxy-authenticate': 'Basic realm="proxy"' }).end();
    const port = where(hostPort);
    if (port === undefined) return res.writeHead(502).end(`cannot resolve ${target.hostname}`);
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = http.request(
      { host: '127.0.0.1', port, method: req.method, path: target.pathname + target.search, headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });

  server.on('connect', (req: http.IncomingMessage, client: Duplex, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const hostPort = req.url ?? '';
    if (!record(req, hostPort, hostPort)) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\n\r\n');
      return;
    }
    const port = where(hostPort);
    if (port === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (auth) =>
      auth
        ? `http://${encodeURIComponent(auth.user)}:${encodeURIComponent(auth.password)}@127.0.0.1:${port}`
        : `http://127.0.0.1:${port}`,
    asked,
    hosts: () => asked.map((a) => a.host),
    close: async () => {
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A TLS server in front of a plain loopback stand-in (Slack's, say): https for a host name the proxy routes. */
export async function startTlsFront(
  tlsOptions: { cert: string; key: string },
  plainPort: number,
): Promise<{ port: number; close(): Promise<void> }> {
  const tls = await import('node:tls');
  const sockets = new Set<Duplex>();
  const server = tls.createServer(tlsOptions, (secure) => {
    const plain = net.connect(plainPort, '127.0.0.1');
    for (const s of [secure, plain]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        secure.destroy();
        plain.destroy();
      });
    }
    secure.pipe(plain).pipe(secure);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
