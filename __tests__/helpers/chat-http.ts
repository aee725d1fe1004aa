// An HttpClient (src/channels/types.ts) over the project's own httpRequest, for sending to loopback stand-ins in tests
// of one channel type before the pipeline's client is in play.
import { httpRequest } from '../../src/adapters/http.js';
import type { HttpClient } from '../../src/channels/types.js';

export const loopbackHttp: HttpClient = {
  async request(url, req, signal) {
    if (req.method !== 'GET' && req.method !== 'POST') throw new Error(`${req.method} is not used by these tests`);
    const answer = await httpRequest(url, {
      method: req.method,
      ...(req.headers ? { headers: req.headers } : {}),
      ...(req.body !== undefined ? { body: req.body } : {}),
      signal,
      maxBytes: 1 << 20,
    });
    return { status: answer.status, headers: answer.headers, body: answer.body.toString('utf8') };
  },
};
