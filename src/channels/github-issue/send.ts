// One github-issue event in one attempt (SPEC §5): find the instance's issue (by the number an earlier delivery
// recorded, else by its marker among the issues with the channel's label: the issues list, paginated by its Link
// header, never the search API), then open it, or comment on it and close or reopen it. A marker counts only in what a
// bot or the token's own user wrote. Every step first looks whether it was already done (the event's marker on the
// issue or a comment), so an attempt retried after a lost answer opens no second issue and writes no second comment.
// Each request has its own timeout, inside the send's signal.
import { authorOf, githubCall, nextLink, tokenLogin, trustedAuthor } from '../../adapters/github-rest.js';
import { sleep } from '../../adapters/sleep.js';
import { isRecord } from '../../core/records.js';
import type { GithubIssueChannel } from '../../core/types.js';
import type { Attempt, GitHubAccess, HttpAnswer, SendContext } from '../types.js';
import { classifyGitHub } from './classify.js';
import type { GithubIssueRequest } from './render.js';

export { classifyGitHub, rateLimitWait } from './classify.js';

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
  /** The token's own login (GET /user, asked at most once per send). */
  login: () => Promise<string | undefined>;
}

/** A step's result: its value, or the attempt that ends the send (a failure). */
type Step<T> = { ok: true; value: T } | { ok: false; attempt: Attempt };

export const NO_TOKEN =
  "no GitHub token: the github-issue channel needs one that may write issues; give the job `permissions: issues: write` and keep the action's `github-token` input (default: the workflow's token)";

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

/** Items of a list, and whether its pages ran out (MAX_PAGES read, more left) before `find` found one. */
interface Listed<T> {
  found: T | undefined;
  exhausted: boolean;
}

/** The first item `find` accepts, page after page. */
async function firstOf<T>(api: Api, first: string, find: (item: T) => Promise<boolean>): Promise<Step<Listed<T>>> {
  let url: string | undefined = first;
  for (let page = 0; url; page++) {
    if (page >= MAX_PAGES) return { ok: true, value: { found: undefined, exhausted: true } };
    const got = await call(api, 'GET', url);
    if (!got.ok) return got;
    for (const item of parseList<T>(got.value))
      if (await find(item)) return { ok: true, value: { found: item, exhausted: false } };
    url = nextLink(got.value.headers.link, api.github.apiUrl);
  }
  return { ok: true, value: { found: undefined, exhausted: false } };
}

const startsWith = (body: unknown, marker: string): boolean =>
  typeof body === 'string' &&
  body
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith(marker);

type RawIssue = { number: number; state: string; body?: unknown; pull_request?: unknown; user?: unknown };

/** An issue with the marker, written by a bot or the token's own user (nobody else can make it the instance's). */
async function isMine(api: Api, i: RawIssue, marker: string): Promise<boolean> {
  return !i.pull_request && startsWith(i.body, marker) && (await trustedAuthor(authorOf(i), api.login));
}

const issueOf = (i: RawIssue): Issue => ({
  number: i.number,
  state: i.state === 'closed' ? 'closed' : 'open',
  body: i.body as string,
});

/** The issue an earlier delivery recorded (its number), when it still is the instance's; else undefined. */
async function byRef(api: Api, request: GithubIssueRequest): Promise<Step<Issue | undefined>> {
  if (!request.ref || !/^\d{1,12}$/.test(request.ref)) return { ok: true, value: undefined };
  const got = await call(api, 'GET', `${repoUrl(api)}/issues/${request.ref}`);
  // Gone (deleted, transferred, another repository now): looked for by label instead.
  if (!got.ok) return got.attempt.status === 404 || got.attempt.status === 410 ? { ok: true, value: undefined } : got;
  const issue = parseObject(got.value.body) as RawIssue;
  const mine = typeof issue.number === 'number' && (await isMine(api, issue, request.marker));
  return { ok: true, value: mine ? issueOf(issue) : undefined };
}

/** The instance's issue: by its recorded number, else the oldest with its marker and label; undefined when none. */
async function findIssue(api: Api, request: GithubIssueRequest): Promise<Step<Issue | undefined>> {
  const known = await byRef(api, request);
  if (!known.ok || known.value) return known;
  // Oldest first: the first issue with the marker is the one (two runs that raced both find it), and paging stops there.
  const q = new URLSearchParams({
    labels: request.label,
    state: 'all',
    sort: 'created',
    direction: 'asc',
    per_page: '100',
  });
  const got = await firstOf<RawIssue>(api, `${repoUrl(api)}/issues?${q}`, (i) => isMine(api, i, request.marker));
  if (!got.ok) return got;
  if (got.value.exhausted)
    return {
      ok: false,
      attempt: {
        outcome: 'final',
        error: `could not find the instance's issue within ${MAX_PAGES * 100} issues labelled ${request.label} in ${api.repository}; nothing was opened (a second issue would split the instance): close and unlabel old issues, or give the channel a label of its own`,
      },
    };
  return { ok: true, value: got.value.found ? issueOf(got.value.found) : undefined };
}

/** Whether this event's comment is already on the issue (a retry after a lost answer). */
async function commented(api: Api, issue: Issue, marker: string): Promise<Step<boolean>> {
  // The issue's own body carries the marker of the event that opened it on its second line.
  const opening = issue.body
    .replace(/^\uFEFF/, '')
    .trimStart()
    .split(/\r?\n/, 2);
  if (opening.includes(marker)) return { ok: true, value: true };
  const mine = async (c: { body?: unknown }) =>
    startsWith(c.body, marker) && (await trustedAuthor(authorOf(c), api.login));
  const got = await firstOf(api, `${repoUrl(api)}/issues/${issue.number}/comments?per_page=100`, mine);
  return got.ok ? { ok: true, value: got.value.found !== undefined } : got;
}

/** Closes a note's issue right after opening it (it would stay open in the labelled set forever). */
async function closeNote(api: Api, number: number): Promise<string | undefined> {
  await sleep(WRITE_SPACING_MS);
  const got = await call(api, 'PATCH', `${repoUrl(api)}/issues/${number}`, {
    state: 'closed',
    state_reason: 'completed',
  });
  return got.ok
    ? undefined
    : `issue #${number} was opened but could not be closed: ${'error' in got.attempt ? got.attempt.error : ''}`;
}

async function open(api: Api, request: GithubIssueRequest): Promise<Attempt> {
  const body = { title: request.title, body: request.body, labels: request.labels, assignees: request.assignees };
  const got = await call(api, 'POST', `${repoUrl(api)}/issues`, body);
  if (!got.ok) return got.attempt;
  const issue = parseObject(got.value.body) as { number?: unknown; labels?: { name?: unknown }[] };
  if (typeof issue.number !== 'number') return { outcome: 'success', status: got.value.status };
  const ref = String(issue.number);
  const ok = { outcome: 'success', status: got.value.status, ref } as const;
  const unclosed = request.action === 'note' ? await closeNote(api, issue.number) : undefined;
  if (unclosed) return { ...ok, note: unclosed };
  const labelled = (issue.labels ?? []).some((l) => (typeof l === 'string' ? l : l.name) === request.label);
  if (labelled || request.action === 'note') return ok;
  return {
    ...ok,
    note: `issue #${ref} was opened without the label ${request.label} (the token may not set labels): later events of this alert find it by its number; add the label to it`,
  };
}

/** Comment (unless already there), then close or reopen as the event asks (a note's issue stays closed). */
async function update(api: Api, request: GithubIssueRequest, issue: Issue): Promise<Attempt> {
  const done = await commented(api, issue, request.eventMarker);
  if (!done.ok) return done.attempt;
  const url = `${repoUrl(api)}/issues/${issue.number}`;
  const want = request.action === 'resolved' || request.action === 'note' ? 'closed' : 'open';
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

/** Asks GET /user once, and only when a marker by someone other than a bot is met. */
function loginOnce(sx: SendContext<GithubIssueChannel>, github: GitHubAccess): () => Promise<string | undefined> {
  let login: Promise<string | undefined> | undefined;
  const c = { token: github.token, apiUrl: github.apiUrl, signal: sx.signal, timeoutMs: sx.timeoutMs };
  return () => (login ??= tokenLogin(sx.http, c).catch(() => undefined));
}

export async function send(request: GithubIssueRequest, sx: SendContext<GithubIssueChannel>): Promise<Attempt> {
  const github = sx.github;
  if (!github?.token) return { outcome: 'final', error: NO_TOKEN };
  const repository = request.repository ?? github.repository;
  if (!repository) return { outcome: 'final', error: "no repository: set the channel's `repository` (owner/name)" };
  const api: Api = { sx, github, repository, login: loginOnce(sx, github) };
  const found = await findIssue(api, request);
  if (!found.ok) return found.attempt;
  if (found.value) return update(api, request, found.value);
  if (request.action === 'resolved')
    return { outcome: 'success', note: 'no issue was open for this alert: nothing to close' };
  return open(api, request);
}
