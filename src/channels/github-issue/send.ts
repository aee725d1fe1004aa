// One github-issue event in one attempt (SPEC §5): find the instance's issue by its marker among the issues with the
// channel's label (the issues list, paginated by its Link header; never the search API), then open it, or comment on it
// and close or reopen it. Every step first looks whether it was already done (the event's marker on the issue or a
// comment), so an attempt retried after a lost answer opens no second issue and writes no second comment.
import { githubCall, githubMessage, nextLink, refusalOf } from '../../adapters/github-rest.js';
import { sleep } from '../../adapters/sleep.js';
import { isRecord } from '../../core/records.js';
import type { GithubIssueChannel } from '../../core/types.js';
import { classifyHttp, clip } from '../http-answer.js';
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

async function call(
  api: Api,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  body?: unknown,
): Promise<Step<HttpAnswer>> {
  const { sx, github } = api;
  const c = { token: github.token, method, url, signal: sx.signal, timeoutMs: sx.timeoutMs };
  const answer = await githubCall(sx.http, body === undefined ? c : { ...c, body });
  if (answer.status >= 200 && answer.status < 300) return { ok: true, value: answer };
  return { ok: false, attempt: classifyGitHub(answer, api.repository) };
}

function repoUrl(api: Api): string {
  return `${api.github.apiUrl.replace(/\/+$/, '')}/repos/${api.repository}`;
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
    url = nextLink(got.value.headers.link, api.github.apiUrl);
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
