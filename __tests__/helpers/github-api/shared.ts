// What the GitHub API stand-in's routers share: its types, its state (the stand-in object itself, so a test sets
// `api.issues = []` and the routers see it), and the answer helpers.
import type http from 'node:http';

export interface StandInArtifact {
  id: number;
  runId: string;
  name: string;
  zip: Buffer;
  expired?: boolean;
  /** Listed as live, but expires before the download (410 from the zip endpoint). */
  expiresBeforeDownload?: boolean;
}

/** Who wrote an issue or a comment. */
export interface StandInUser {
  login: string;
  type: 'Bot' | 'User';
}

export interface StandInComment {
  id: number;
  body: string;
  /** Default: whoever the token writes as. */
  user?: StandInUser;
}

/** Whom a token writes as: an installation token (ghs_…) as its bot, a personal token as its user. */
export function authorOfToken(opts: { token: string; userLogin?: string; botLogin?: string }): StandInUser {
  return opts.token.startsWith('ghs_')
    ? { login: opts.botLogin ?? 'github-actions[bot]', type: 'Bot' }
    : { login: opts.userLogin ?? 'someone', type: 'User' };
}

/** A comment on a pull request (pr-comment), with its author. */
export interface StandInPrComment {
  id: number;
  pullRequest: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface StandInIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
  state: 'open' | 'closed';
  state_reason: string | null;
  comments: StandInComment[];
  pull_request?: boolean;
  /** Default: whoever the token writes as. */
  user?: StandInUser;
}

export interface StandInCall {
  /** When it arrived (Date.now()). */
  at: number;
  method: string;
  path: string;
  authorization: string | undefined;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** An answer given instead of the real one, to the next issues request (or the next one matching `when`). */
export interface StandInFault {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
  when?: (method: string, path: string) => boolean;
}

/** GitHub's secondary rate limit as it often comes: 403, neither retry-after nor x-ratelimit-remaining: 0. */
export function secondaryRateLimit(): StandInFault {
  return {
    status: 403,
    headers: { 'x-ratelimit-remaining': '4990', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
    },
  };
}

export interface GitHubApiStandIn {
  apiUrl: string;
  requests: { path: string; authorization: string | undefined }[];
  /** Every request, with its method and body. */
  calls: StandInCall[];
  /** Issues of the stand-in's repository. */
  issues: StandInIssue[];
  labels: string[];
  faults: StandInFault[];
  /** Issues per page when a list asks for more (GitHub caps per_page at 100). */
  pageSize: number;
  /** Answer 410 to issue requests, as GitHub does for a repository with issues turned off. */
  issuesDisabled: boolean;
  /** Drop the labels of new issues, as GitHub does silently for a token that may not set labels. */
  dropLabels: boolean;
  artifacts: StandInArtifact[];
  /** Answer 403 to the token, as GitHub does for a token without actions: read. */
  forbid: boolean;
  /** Issue comments of pull requests, oldest first. */
  comments: StandInPrComment[];
  /** Answer 403 to comment writes, as GitHub does for a token without pull-requests: write. */
  forbidCommentWrites: boolean;
  /** Called after each listing of comments is answered (to change them between a listing and a write). */
  onCommentsListed: (() => void) | undefined;
  close(): Promise<void>;
}

export interface StandInOptions {
  repository: string;
  token: string;
  prefix?: string;
  runs?: string[];
  artifacts?: StandInArtifact[];
  /** Pull requests whose comments can be listed and written. */
  pullRequests?: number[];
  /** The user of a personal token (GET /user); an installation token (ghs_…) has none. */
  userLogin?: string;
  /** The bot an installation token writes as (default github-actions[bot], the workflow's GITHUB_TOKEN). */
  botLogin?: string;
}

/** One router's view: the stand-in (its state), its options, where it is served, whom the token writes as. */
export interface StandInCx {
  api: GitHubApiStandIn;
  opts: StandInOptions;
  prefix: string;
  origin: string;
  author: StandInUser;
  nextId: number;
}

export interface Exchange {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  body: string;
  method: string;
}

export const DOCS = 'https://docs.github.com/rest/issues/issues';

export function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
  return true;
}

export const notFound = (res: http.ServerResponse): true =>
  send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });

export const badCredentials = (res: http.ServerResponse): true =>
  send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });

export function parse(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return {};
  }
}

/** One page of a list with GitHub's Link header (next, last; prev, first); at most `cap` a page. */
export function page(cx: StandInCx, x: Exchange, items: unknown[], cap = 100): true {
  const per = Math.min(Number(x.url.searchParams.get('per_page') ?? 30) || 30, 100, cap);
  const n = Math.max(1, Number(x.url.searchParams.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / per));
  const at = (p: number) => {
    const u = new URL(x.url.pathname + x.url.search, cx.origin);
    u.searchParams.set('page', String(p));
    return u.href;
  };
  const links: string[] = [];
  if (n < last) links.push(`<${at(n + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (n > 1) links.push(`<${at(n - 1)}>; rel="prev"`, `<${at(1)}>; rel="first"`);
  return send(x.res, 200, items.slice((n - 1) * per, n * per), links.length ? { link: links.join(', ') } : {});
}
