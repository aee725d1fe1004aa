export const id = 196;
export const ids = [196];
export const modules = {

/***/ 7815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ProxyError: () => (/* binding */ ProxyError),
  openTunnel: () => (/* binding */ openTunnel),
  proxyFor: () => (/* reexport */ proxyFor),
  viaProxy: () => (/* binding */ viaProxy)
});

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/core/proxy.ts
// Which proxy, if any, a request to a URL goes through: the decision @actions/http-client makes (its lib/proxy.js
// getProxyUrl and checkBypass, and `proxyUrl.hostname` in _getAgent), written as a pure function of the environment so
// that every HTTP request of ours (channels, the GitHub API) is routed as the runner's own tooling routes it (SPEC §5).
//
// - https: targets read `https_proxy`, then `HTTPS_PROXY`; http: targets `http_proxy`, then `HTTP_PROXY` (the
//   lowercase one wins; an empty one counts as unset). No fallback from one protocol's variable to the other's.
// - A value that does not parse as a URL and has no scheme gets `http://` in front (`10.0.0.1:3128`). A value that
//   parses but has no host (`proxy.corp:3128` reads as the scheme `proxy.corp:`) means no proxy, as in http-client.
// - Loopback targets (`localhost`, `127.*`, `[::1]`) never go through a proxy.
// - `no_proxy`, then `NO_PROXY`: comma-separated, case-insensitive entries; `*` bypasses everything; an entry matches
//   the target's host or `host:port` (port defaulted to 80/443), exactly or as a dot-suffix (`example.com` covers
//   `api.example.com`; `.example.com` covers the subdomains only). No CIDR ranges, no IP ranges.
// - User-info in the proxy URL (percent-decoded) becomes `Proxy-Authorization: Basic ...`.
/** The proxy a request to `target` goes through, or undefined to connect directly. Throws a ProxyConfigError when
 * the variable is neither a URL nor `host:port` (http-client throws there too); the message never shows the value. */
function proxyFor(target, env) {
    const url = typeof target === 'string' ? new URL(target) : target;
    if (bypassed(url, env))
        return undefined;
    const names = url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    const variable = env[names[0]] ? names[0] : names[1];
    const value = env[variable];
    if (!value)
        return undefined;
    const proxy = parseProxyUrl(value, variable);
    if (!proxy?.url.hostname)
        return undefined;
    return route(proxy, variable);
}
class ProxyConfigError extends Error {
    variable;
    constructor(variable) {
        super(`${variable} is not a proxy URL (write it as http://host:port)`);
        this.variable = variable;
        this.name = 'ProxyConfigError';
    }
}
/** http-client's `new DecodedURL(value)`, then `http://` + value when that throws and the value has no http(s) scheme. */
function parseProxyUrl(value, variable) {
    try {
        return decoded(value);
    }
    catch {
        if (value.startsWith('http://') || value.startsWith('https://'))
            return undefined;
        try {
            return decoded(`http://${value}`);
        }
        catch {
            throw new ProxyConfigError(variable);
        }
    }
}
function decoded(value) {
    const url = new URL(value);
    return { url, username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
}
function route({ url, username, password }, variable) {
    const bare = new URL(url.href);
    bare.username = '';
    bare.password = '';
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    return {
        variable,
        href: bare.href,
        protocol: url.protocol,
        host,
        port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80,
        ...(username || password
            ? {
                credentials: { username, password },
                authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
            }
            : {}),
    };
}
/** http-client's checkBypass: loopback always; else the NO_PROXY list. */
function bypassed(url, env) {
    const host = url.hostname;
    if (!host)
        return false;
    if (isLoopback(host))
        return true;
    const list = env.no_proxy || env.NO_PROXY || '';
    if (!list)
        return false;
    const port = url.port
        ? Number(url.port)
        : url.protocol === 'http:'
            ? 80
            : url.protocol === 'https:'
                ? 443
                : undefined;
    const upper = host.toUpperCase();
    const names = port === undefined ? [upper] : [upper, `${upper}:${port}`];
    return list
        .split(',')
        .map((entry) => entry.trim().toUpperCase())
        .filter((entry) => entry)
        .some((entry) => entry === '*' || names.some((name) => matches(name, entry)));
}
function matches(name, entry) {
    return name === entry || name.endsWith(`.${entry}`) || (entry.startsWith('.') && name.endsWith(entry));
}
function isLoopback(host) {
    const h = host.toLowerCase();
    return h === 'localhost' || h.startsWith('127.') || h.startsWith('[::1]') || h.startsWith('[0:0:0:0:0:0:0:1]');
}

// EXTERNAL MODULE: ./src/adapters/http.ts
var http = __webpack_require__(3618);
;// CONCATENATED MODULE: ./src/adapters/proxy-tunnel.ts
// A request through the proxy the environment names (http.ts loads this module only when a proxy variable is set;
// core/proxy.ts, re-exported here, decides whether the URL goes through it):
// https: targets through a CONNECT tunnel, then TLS to the target inside it (the certificate checked against the
// target's name); http: targets as an absolute-URI request to the proxy. Every request opens its own tunnel, so the
// request's AbortSignal covers connecting to the proxy and its answer to CONNECT as well (Node's own proxyEnv agent
// ignores an abort while the tunnel is being set up). Errors name the proxy without its user-info. node:http is
// imported only for http: targets: importing it as a module loads Node's bundled undici (its WebSocket getter), ~50 ms.





/**
 * A proxy that cannot be used, in words safe to show: the proxy's URL without user-info, the target's host and port
 * (never its path), the proxy's status line. `code` is the system error's (ECONNREFUSED, ...) or ERR_PROXY_TUNNEL.
 */
class ProxyError extends Error {
    code;
    constructor(message, code = 'ERR_PROXY_TUNNEL') {
        super(message);
        this.name = 'ProxyError';
        this.code = code;
    }
}
/** Longest answer head to CONNECT read before giving up on the proxy. */
const MAX_HEAD = 16_384;
async function viaProxy({ target, route, req }) {
    if (route.protocol !== 'http:' && route.protocol !== 'https:')
        throw new ProxyError(`${route.variable} names a ${route.protocol.slice(0, -1)} proxy; only http:// and https:// proxies are supported`);
    req.signal?.throwIfAborted();
    if (target.protocol === 'https:') {
        const tunnel = await openTunnel({ route, target, signal: req.signal });
        const servername = external_node_net_default().isIP(bare(target.hostname)) ? undefined : target.hostname;
        const connection = () => external_node_tls_default().connect({
            socket: tunnel,
            ALPNProtocols: ['http/1.1'],
            ...(servername ? { servername } : { host: bare(target.hostname) }),
        });
        return (0,http/* exchange */.cv)({
            req,
            start: (options, onAnswer) => external_node_https_default().request(target, { ...options, agent: undefined, createConnection: connection }, onAnswer),
        }).finally(() => tunnel.destroy());
    }
    const lib = route.protocol === 'https:' ? (external_node_https_default()) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
    return (0,http/* exchange */.cv)({
        req,
        start: (options, onAnswer) => lib.request({
            ...options,
            agent: undefined,
            host: route.host,
            port: route.port,
            ...(route.protocol === 'https:' && !external_node_net_default().isIP(route.host) ? { servername: route.host } : {}),
            path: target.href,
            headers: {
                ...options.headers,
                host: target.host,
                ...(route.authorization ? { 'proxy-authorization': route.authorization } : {}),
            },
        }, onAnswer),
    });
}
function bare(hostname) {
    return hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
}
/** A socket to the proxy itself: TCP, or TLS when its URL is https:. */
function connectProxy(route) {
    if (route.protocol !== 'https:')
        return external_node_net_default().connect({ host: route.host, port: route.port });
    return external_node_tls_default().connect({
        host: route.host,
        port: route.port,
        ALPNProtocols: ['http/1.1'],
        ...(external_node_net_default().isIP(route.host) ? {} : { servername: route.host }),
    });
}
/** CONNECT target through the proxy; the open tunnel once the proxy answers 2xx. Aborted by `signal` at any point. */
function openTunnel(ctx) {
    const { route, target, signal } = ctx;
    const authority = `${target.hostname}:${target.port || 443}`;
    const proxy = `the proxy ${route.href} (${route.variable})`;
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const socket = connectProxy(route);
        let head = Buffer.alloc(0);
        const settle = (error) => {
            signal?.removeEventListener('abort', onAbort);
            socket.off('data', onData).off('error', onError).off('close', onClose);
            if (!error)
                return resolve(socket);
            socket.destroy();
            reject(error);
        };
        const onAbort = () => settle(signal?.reason);
        const onError = (e) => settle(new ProxyError(`could not reach ${proxy}: ${e.code ?? e.message}`, e.code));
        const onClose = () => settle(new ProxyError(`${proxy} closed the connection before answering CONNECT ${authority}`));
        const onData = (chunk) => {
            head = Buffer.concat([head, chunk]);
            const end = head.indexOf('\r\n\r\n');
            if (end < 0) {
                if (head.length > MAX_HEAD)
                    settle(new ProxyError(`${proxy} answered CONNECT with an over-long head`));
                return;
            }
            const status = /^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(head.subarray(0, end).toString('latin1'));
            if (!status?.[1]?.startsWith('2'))
                return settle(new ProxyError(`${proxy} refused the tunnel to ${authority}: ${status ? `${status[1]}${status[2]}`.slice(0, 200) : 'not an HTTP answer'}`));
            socket.pause();
            const rest = head.subarray(end + 4);
            if (rest.length > 0)
                socket.unshift(rest);
            settle();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        socket.on('data', onData).on('error', onError).on('close', onClose);
        const auth = route.authorization ? `Proxy-Authorization: ${route.authorization}\r\n` : '';
        socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth}\r\n`);
    });
}


/***/ })

};
