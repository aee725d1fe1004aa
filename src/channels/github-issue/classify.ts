// How a GitHub answer to the github-issue channel reads as an attempt (SPEC §5): a rate limit retried after GitHub's
// wait, a refusal final with GitHub's own words and what to do. Pure.
import { githubMessage, refusalOf } from '../../adapters/github-rest.js';
import { classifyHttp, clip } from '../http-answer.js';
import type { Attempt, HttpAnswer } from '../types.js';

function reasonOf(answer: HttpAnswer): string | undefined {
  const message = githubMessage(answer.body);
  if (message === undefined) return undefined;
  try {
    const json = JSON.parse(answer.body) as { errors?: unknown };
    return Array.isArray(json.errors) ? clip(`${message} ${clip(JSON.stringify(json.errors))}`) : message;
  } catch {
    return message;
  }
}

/** GitHub's wait for a rate limit (retry-after, x-ratelimit-reset, else a minute); undefined when not rate limited. */
export function rateLimitWait(answer: HttpAnswer, now = Date.now()): number | undefined {
  const r = refusalOf(answer, now);
  return r.kind === 'rate-limited' ? r.afterMs : undefined;
}

/** A 403 in words: a rate limit retried after GitHub's wait, a locked issue, a missing permission (GitHub's words). */
function classify403(answer: HttpAnswer, repository: string, now: number): Attempt | undefined {
  const { status } = answer;
  const r = refusalOf(answer, now);
  if (r.kind === 'rate-limited') {
    const error = `rate limited by GitHub (${status}${r.secondary ? ', secondary rate limit' : ''})`;
    return { outcome: 'retry', status, error, afterMs: r.afterMs, rateLimited: true };
  }
  if (r.kind === 'locked')
    return {
      outcome: 'final',
      status,
      error: `the issue in ${repository} is locked (403: "${r.message}"); unlock it so metric-alerts can comment on it`,
    };
  if (r.kind !== 'forbidden') return undefined;
  const said = r.message ? `"${r.message}"` : 'no reason given';
  const fix = r.integration ? '; give the job `permissions: issues: write`' : '';
  return { outcome: 'final', status, error: `GitHub refused the github-token in ${repository} (403: ${said})${fix}` };
}

/** One GitHub answer as an attempt, in words that say what to do. */
export function classifyGitHub(answer: HttpAnswer, repository: string, now = Date.now()): Attempt {
  const { status } = answer;
  const reason = reasonOf(answer) ?? clip(answer.body);
  const refused = classify403(answer, repository, now);
  if (refused) return refused;
  const final = (error: string): Attempt => ({ outcome: 'final', status, error });
  if (status === 410)
    return final(
      `issues are disabled in ${repository} (410: ${reason}); turn Issues on in its settings or remove the channel`,
    );
  if (status === 404)
    return final(
      `repository ${repository} not found, or the github-token cannot see it (404); check the channel's repository and the token's access`,
    );
  if (status === 401) return final(`the github-token was refused (401: ${reason})`);
  if (status === 422)
    return final(`GitHub refused the request (422: ${reason}); check the channel's labels and assignees`);
  return classifyHttp(answer, { ok: (a) => a.status >= 200 && a.status < 300, reason: () => reason });
}
