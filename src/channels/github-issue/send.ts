// One github-issue event in one attempt (SPEC §5): find the instance's issue by its marker among the issues with the
// channel's label (the issues list, paginated by its Link header; never the search API), then open it, or comment on it
// and close or reopen it. Every step first looks whether it was already done (the event's marker on the issue or a
// comment), so an attempt retried after a lost answer opens no second issue and writes no second comment.
import { sleep } from '../../adapters/sleep.js';
import { isRecord } from '../../core/records.js';
import type { GithubIssueChannel } from '../../core/types.js';
import { classifyHttp, clip, retryAfterHeader } from '../http-answer.js';
import type { Attempt, GitHubAccess, HttpAnswer, SendContext } from '../types.js';
import type { GithubIssueRequest } from './render.js';

/** The most pages of 100 issues read looking for the instance's issue. */
export const MAX_PAGES = 30;
/**
 * Between two writes of one event (a comment, then closing or reopening): with the pipeline's 1 s between events to a
 * repository, at most about 60 writes a minute, under GitHub's secondary limit on content creation (80 a minute).
 */
export const WRITE_SPACING_MS = 1000;

interface Issue {
  number: number;
  state: 'open' | 'closed';
  body: string;
}

interface Api {
  sx: SendContext<GithubIssueChannel>;
  github: GitHubAccess;
  repository: string;
}

/** A step's result: its value, or the attempt that ends the send (a failure). */
type Step<T> = { ok: true; value: T } | { ok: false; attempt: Attempt };

export const NO_TOKEN =
  "no GitHub token: the github-issue channel needs one that may write issues; give the job `permissions: issues: write` and keep the action's `github-token` input (default: the workflow's token)";

function reasonOf(answer: HttpAnswer): string | undefined {
  try {
    const json = JSON.parse(answer.body) as { message?: unknown; errors?: unknown };
    if (typeof json.message !== 'string') return undefined;
    const errors = Array.isArray(json.errors) ? ` ${clip(JSON.stringify(json.errors))}` : '';
    return clip(`${json.message}${errors}`);
  } catch {
    return undefined;
  }
}

const header = (a: HttpAnswer, name: string): string | undefined => {
  const v = a.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** GitHub's wait for a rate limit: Retry-After, else x-ratelimit-reset when x-ratelimit-remaining is 0. */
export function rateLimitWait(answer: HttpAnswer, now = Date.now()): number | undefined {
  const after = retryAfterHeader(answer.headers['retry-after'], now);
  if (after !== undefined) return after;
  const reset = Number(header(answer, 'x-ratelimit-reset'));
  if (header(answer, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset)) return Math.max(0, reset * 1000 - now);
  return undefined;
}

/** One GitHub answer as an attempt, in words that say what to do. */
export function classifyGitHub(answer: HttpAnswer, repository: string, now = Date.now()): Attempt {
  const { status } = answer;
  const reason = reasonOf(answer) ?? clip(answer.body);
  if (status === 403 || status === 429) {
    const afterMs = rateLimitWait(answer, now);
    const secondary = /secondary rate limit/i.test(reason);
    if (afterMs !== undefined || secondary || status === 429) {
      const error = `rate limited by GitHub (${status}${secondary ? ', secondary rate limit' : ''})`;
      return afterMs === undefined
        ? { outcome: 'retry', status, error, rateLimited: true }
        : { outcome: 'retry', status, error, afterMs, rateLimited: true };
    }
    return {
      outcome: 'final',
      status,
      error: `the github-token may not write issues in ${repository} (403: ${reason}); give the job \`permissions: issues: write\``,
    };
  }
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

async function call(
  api: Api,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  body?: unknown,
): Promise<Step<HttpAnswer>> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${api.github.token}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'metric-alerts',
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const req = body === undefined ? { method, headers } : { method, headers, body: JSON.stringify(body) };
  const answer = await api.sx.http.request(url, req, api.sx.signal);
  if (answer.status >= 200 && answer.status < 300) return { ok: true, value: answer };
  return { ok: false, attempt: classifyGitHub(answer, api.repository) };
}

function repoUrl(api: Api): string {
  return `${api.github.apiUrl.replace(/\/+$/, '')}/repos/${api.repository}`;
}

/** The next page of a Link header, only on the API's own origin (the token goes nowhere else). */
export function nextPage(link: string | string[] | undefined, apiUrl: string): string | undefined {
  const value = Array.isArray(link) ? link.join(',') : link;
  const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(value ?? '')?.[1];
  if (!next) return undefined;
  try {
    return new URL(next).origin === new URL(apiUrl).origin ? next : undefined;
  } catch {
    return undefined;
  }
}

function parseObject(body: string): Record<string, unknown> {
  try {
    const value = JSON.parse(body) as unknown;
    return isRecord(value) ? value : {};
  } catch {
    return {};
  }
}

function parseList<T>(answer: HttpAnswer): T[] {
  try {
    const list = JSON.parse(answer.body) as unknown;
    return Array.isArray(list) ? (list as T[]) : [];
  } catch {
    return [];
  }
}

/** Every page of a list, until `stop` finds what is looked for. */
async function pages<T>(api: Api, first: string, stop: (items: T[]) => boolean): Promise<Step<T[]>> {
  const all: T[] = [];
  let url: string | undefined = first;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const got = await call(api, 'GET', url);
    if (!got.ok) return got;
    const items = parseList<T>(got.value);
    all.push(...items);
    if (stop(items)) break;
    url = nextPage(got.value.headers.link, api.github.apiUrl);
  }
  return { ok: true, value: all };
}

const startsWith = (body: unknown, marker: string): boolean =>
  typeof body === 'string' &&
  body
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith(marker);

/** The instance's issue (the oldest with its marker), or undefined. */
async function findIssue(api: Api, request: GithubIssueRequest): Promise<Step<Issue | undefined>> {
  // Oldest first: the first issue with the marker is the one (two runs that raced both find it), and paging stops there.
  const q = new URLSearchParams({
    labels: request.label,
    state: 'all',
    sort: 'created',
    direction: 'asc',
    per_page: '100',
  });
  type Raw = { number: number; state: string; body?: unknown; pull_request?: unknown };
  const mine = (i: Raw) => !i.pull_request && startsWith(i.body, request.marker);
  const found = await pages<Raw>(api, `${repoUrl(api)}/issues?${q}`, (items) => items.some(mine));
  if (!found.ok) return found;
  const issue = found.value.filter(mine).sort((a, b) => a.number - b.number)[0];
  if (!issue) return { ok: true, value: undefined };
  const state = issue.state === 'closed' ? 'closed' : 'open';
  return { ok: true, value: { number: issue.number, state, body: issue.body as string } };
}

/** Whether this event's comment is already on the issue (a retry after a lost answer). */
async function commented(api: Api, issue: Issue, marker: string): Promise<Step<boolean>> {
  // The issue's own body carries the marker of the event that opened it on its second line.
  const opening = issue.body
    .replace(/^\uFEFF/, '')
    .trimStart()
    .split(/\r?\n/, 2);
  if (opening.includes(marker)) return { ok: true, value: true };
  const has = (items: { body?: unknown }[]) => items.some((c) => startsWith(c.body, marker));
  const got = await pages<{ body?: unknown }>(api, `${repoUrl(api)}/issues/${issue.number}/comments?per_page=100`, has);
  return got.ok ? { ok: true, value: has(got.value) } : got;
}

async function open(api: Api, request: GithubIssueRequest): Promise<Attempt> {
  const body = { title: request.title, body: request.body, labels: request.labels, assignees: request.assignees };
  const got = await call(api, 'POST', `${repoUrl(api)}/issues`, body);
  if (!got.ok) return got.attempt;
  const issue = parseObject(got.value.body) as { number?: unknown; labels?: { name?: unknown }[] };
  if (typeof issue.number !== 'number') return { outcome: 'success', status: got.value.status };
  const ref = String(issue.number);
  const labelled = (issue.labels ?? []).some((l) => (typeof l === 'string' ? l : l.name) === request.label);
  return labelled
    ? { outcome: 'success', status: got.value.status, ref }
    : {
        outcome: 'success',
        status: got.value.status,
        ref,
        note: `issue #${ref} was opened without the label ${request.label} (the token may not set labels): later events cannot find it`,
      };
}

/** Comment (unless already there), then close or reopen as the event asks. */
async function update(api: Api, request: GithubIssueRequest, issue: Issue): Promise<Attempt> {
  const done = await commented(api, issue, request.eventMarker);
  if (!done.ok) return done.attempt;
  const url = `${repoUrl(api)}/issues/${issue.number}`;
  const want = request.action === 'resolved' ? 'closed' : 'open';
  if (!done.value) {
    const got = await call(api, 'POST', `${url}/comments`, { body: request.comment });
    if (!got.ok) return got.attempt;
    if (issue.state !== want) await sleep(WRITE_SPACING_MS);
  }
  if (issue.state !== want) {
    const patch = want === 'closed' ? { state: 'closed', state_reason: 'completed' } : { state: 'open' };
    const got = await call(api, 'PATCH', url, patch);
    if (!got.ok) return got.attempt;
  }
  return { outcome: 'success', status: 200, ref: String(issue.number) };
}

export async function send(request: GithubIssueRequest, sx: SendContext<GithubIssueChannel>): Promise<Attempt> {
  const github = sx.github;
  if (!github?.token) return { outcome: 'final', error: NO_TOKEN };
  const repository = request.repository ?? github.repository;
  if (!repository) return { outcome: 'final', error: "no repository: set the channel's `repository` (owner/name)" };
  const api: Api = { sx, github, repository };
  const found = await findIssue(api, request);
  if (!found.ok) return found.attempt;
  if (found.value) return update(api, request, found.value);
  if (request.action === 'resolved')
    return { outcome: 'success', note: 'no issue was open for this alert: nothing to close' };
  return open(api, request);
}
