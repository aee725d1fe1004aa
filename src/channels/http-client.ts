// The HTTP client the pipeline hands to each send: Node's http/https (adapters/http.ts) with keep-alive agents for the
// run, bodies bounded, answers as text.
import { httpRequest, keepAliveAgents } from '../adapters/http.js';
import type { HttpClient } from './types.js';

/** Longest answer body read (a service's error page, an API's JSON). */
const MAX_ANSWER_BYTES = 1024 * 1024;

export function httpClient(): HttpClient & { destroy(): void } {
  const agents = keepAliveAgents();
  return {
    async request(url, req, signal) {
      const answer = await httpRequest(url, {
        method: req.method,
        ...(req.headers ? { headers: req.headers } : {}),
        ...(req.body !== undefined ? { body: req.body } : {}),
        signal,
        maxBytes: MAX_ANSWER_BYTES,
        agent: await agents.for(url),
      });
      return { status: answer.status, headers: answer.headers, body: answer.body.toString('utf8') };
    },
    destroy: () => agents.destroy(),
  };
}
