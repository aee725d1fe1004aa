export const id = 618;
export const ids = [618];
export const modules = {

/***/ 3618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BodyTooLarge: () => (/* binding */ BodyTooLarge),
/* harmony export */   T: () => (/* binding */ keepAliveAgents),
/* harmony export */   httpRequest: () => (/* binding */ httpRequest)
/* harmony export */ });
class BodyTooLarge extends Error {
    limit;
    constructor(limit) {
        super(`the answer is over ${limit} bytes`);
        this.limit = limit;
        this.name = 'BodyTooLarge';
    }
}
const modules = {};
function transport(protocol) {
    if (protocol !== 'http:' && protocol !== 'https:')
        return Promise.reject(new Error(`unsupported protocol ${protocol}`));
    return (modules[protocol] ??= protocol === 'https:' ? Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23)));
}
/** Keep-alive agents for a series of requests, one per protocol, made when first needed; destroy() when done. */
function keepAliveAgents() {
    const agents = new Map();
    const made = [];
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
            for (const a of made)
                a.destroy();
        },
    };
}
async function httpRequest(url, req) {
    const target = new URL(url);
    const lib = await transport(target.protocol);
    req.signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
        const headers = { ...(req.headers ?? {}) };
        if (req.body !== undefined)
            headers['content-length'] = Buffer.byteLength(req.body);
        const r = lib.request(target, { method: req.method, headers, ...(req.agent ? { agent: req.agent } : {}), ...(req.signal ? { signal: req.signal } : {}) }, (res) => {
            const chunks = [];
            let length = 0;
            res.on('data', (c) => {
                length += c.length;
                if (req.maxBytes !== undefined && length > req.maxBytes) {
                    res.destroy();
                    reject(new BodyTooLarge(req.maxBytes));
                    return;
                }
                chunks.push(c);
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
            res.on('error', reject);
            res.on('aborted', () => reject(req.signal?.reason ?? new Error('the answer was cut off')));
        });
        r.on('error', (e) => reject(req.signal?.aborted ? req.signal.reason : e));
        r.end(req.body);
    });
}


/***/ })

};
