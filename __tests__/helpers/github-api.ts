// A loopback stand-in for the GitHub REST endpoints that serve workflow artifacts, answering as GitHub documents:
// GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts (optionally ?name=), and
// GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip -> 302 to a pre-signed storage URL (which refuses
// requests that carry an Authorization header, as Azure blob storage does), 410 when expired.
// 401 for a wrong token, 403 "Resource not accessible by integration" for a token without actions: read, 404 for an
// unknown run. Served under a path prefix to stand in for GitHub Enterprise Server's /api/v3.
// Issue comments of pull requests (pr-comment): GET /repos/{owner}/{repo}/issues/{n}/comments?per_page=&page=
// (paginated with a Link header, as GitHub does), POST to the same path (201), PATCH /repos/{owner}/{repo}/issues/
// comments/{id} (200); 403 "Resource not accessible by integration" on writes when `forbidCommentWrites` is set (a
// token without pull-requests: write), 404 for an unknown pull request. GET /user answers 403 to an installation
// token (ghs_…), as GitHub does, and the `userLogin` of a personal token otherwise. The token's comments are written
// by `github-actions[bot]` (a Bot) for an installation token, else by `userLogin`.
// Issues (github-issue): GET/POST /repos/{o}/{r}/issues (list filtered by labels and state, newest first or direction=asc, paginated
// with a Link header; creating an issue with an unknown label creates the label, as GitHub does), PATCH
// /repos/{o}/{r}/issues/{n}, GET/POST .../issues/{n}/comments, GET /repos/{o}/{r}/labels; 410 when issues are disabled;
// queued `faults` answered instead (rate limits); /search/issues answers too, so tests can assert it is never called.
// Every request is recorded in `calls` (method, path, body).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

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

export async function startGitHubApi(opts: {
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
}): Promise<GitHubApiStandIn> {
  const prefix = opts.prefix ?? '';
  const state = {
    artifacts: opts.artifacts ?? [],
    forbid: false,
    comments: [] as StandInPrComment[],
    forbidCommentWrites: false,
    onCommentsListed: undefined as (() => void) | undefined,
  };
  let nextId = 5000;
  const issues: IssueState = {
    repository: opts.repository,
    token: opts.token,
    prefix,
    issues: [],
    labels: [],
    faults: [],
    pageSize: 100,
    disabled: false,
    origin: '',
    author: authorOfToken(opts),
  };
  const calls: StandInCall[] = [];
  const requests: GitHubApiStandIn['requests'] = [];
  const json = (res: http.ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  let origin = '';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', origin);
      const body = Buffer.concat(chunks).toString('utf8');
      const path = url.pathname + url.search;
      calls.push({
        at: Date.now(),
        method: req.method ?? 'GET',
        path,
        authorization: req.headers.authorization,
        headers: req.headers,
        body,
      });
      if (isPrCommentPath(url)) {
        requests.push({ path, authorization: req.headers.authorization });
        return void comments(req, res, url, body);
      }
      if (answerIssues(issues, { req, res, url, body })) return;
      artifacts(req, res, url);
    });
  });
  const artifacts = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
    requests.push({ path: url.pathname + url.search, authorization: req.headers.authorization });
    const storage = /^\/storage\/(\d+)$/.exec(url.pathname);
    if (storage) {
      if (req.headers.authorization)
        return res
          .writeHead(400, { 'content-type': 'application/xml' })
          .end('<Error><Code>InvalidAuthenticationInfo</Code></Error>');
      const a = state.artifacts.find((x) => x.id === Number(storage[1]));
      if (!a || url.searchParams.get('sig') !== 'presigned') return res.writeHead(403).end();
      return res.writeHead(200, { 'content-type': 'application/zip' }).end(a.zip);
    }
    const base = `${prefix}/repos/${opts.repository}/actions`;
    if (!url.pathname.startsWith(base + '/'))
      return json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    if (req.headers.authorization !== `Bearer ${opts.token}`)
      return json(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    if (state.forbid)
      return json(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/actions/artifacts',
      });
    const rest = url.pathname.slice(base.length);
    const list = /^\/runs\/(\d+)\/artifacts$/.exec(rest);
    if (list) {
      const runId = list[1]!;
      const known = (opts.runs ?? []).includes(runId) || state.artifacts.some((a) => a.runId === runId);
      if (!known) return json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      const name = url.searchParams.get('name');
      const found = state.artifacts.filter((a) => a.runId === runId && (name === null || a.name === name));
      return json(res, 200, {
        total_count: found.length,
        artifacts: found.map((a) => ({
          id: a.id,
          node_id: `A_${a.id}`,
          name: a.name,
          size_in_bytes: a.zip.length,
          url: `${origin}${base}/artifacts/${a.id}`,
          archive_download_url: `${origin}${base}/artifacts/${a.id}/zip`,
          expired: a.expired ?? false,
          created_at: '2026-11-22T10:00:00Z',
          expires_at: a.expired ? '2026-11-01T10:00:00Z' : '2027-02-20T10:00:00Z',
          workflow_run: { id: Number(runId) },
        })),
      });
    }
    const zip = /^\/artifacts\/(\d+)\/zip$/.exec(rest);
    if (zip) {
      const a = state.artifacts.find((x) => x.id === Number(zip[1]));
      if (!a) return json(res, 404, { message: 'Not Found' });
      if (a.expired || a.expiresBeforeDownload) return json(res, 410, { message: 'Artifact has expired' });
      return res.writeHead(302, { location: `${origin}/storage/${a.id}?sig=presigned` }).end();
    }
    return json(res, 404, { message: 'Not Found' });
  };
  /** GET /user, and the comments of the pull requests the stand-in knows (issues' own comments are answerIssues'). */
  const isPrCommentPath = (url: URL): boolean => {
    if (url.pathname === `${prefix}/user`) return true;
    const rest = url.pathname.slice(`${prefix}/repos/${opts.repository}/issues`.length);
    if (!url.pathname.startsWith(`${prefix}/repos/${opts.repository}/issues/`)) return false;
    const list = /^\/(\d+)\/comments$/.exec(rest);
    if (list) return (opts.pullRequests ?? []).includes(Number(list[1]));
    // Editing a comment by id is pr-comment's only (github-issue never edits one).
    return /^\/comments\/(\d+)$/.test(rest);
  };
  const author = (): StandInPrComment['user'] => authorOfToken(opts);
  const commentJson = (c: StandInPrComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${origin}${prefix}/repos/${opts.repository}/issues/comments/${c.id}`,
    html_url: `https://github.com/${opts.repository}/pull/${c.pullRequest}#issuecomment-${c.id}`,
    issue_url: `${origin}${prefix}/repos/${opts.repository}/issues/${c.pullRequest}`,
    body: c.body,
    user: { login: c.user.login, id: 41898282, type: c.user.type },
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    created_at: '2026-11-22T10:00:00Z',
    updated_at: '2026-11-22T10:00:00Z',
  });
  const comments = (req: http.IncomingMessage, res: http.ServerResponse, url: URL, text: string): unknown => {
    if (req.headers.authorization !== `Bearer ${opts.token}`)
      return json(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    if (url.pathname === `${prefix}/user`)
      return opts.token.startsWith('ghs_') || !opts.userLogin
        ? json(res, 403, { message: 'Resource not accessible by integration' })
        : json(res, 200, { login: opts.userLogin, type: 'User' });
    const rest = url.pathname.slice(`${prefix}/repos/${opts.repository}/issues`.length);
    const list = /^\/(\d+)\/comments$/.exec(rest);
    const one = /^\/comments\/(\d+)$/.exec(rest);
    const forbidden = () =>
      json(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments',
      });
    if (list && (opts.pullRequests ?? []).includes(Number(list[1]))) {
      const pr = Number(list[1]);
      if (req.method === 'GET') {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
        const page = Number(url.searchParams.get('page') ?? 1) || 1;
        const all = state.comments.filter((c) => c.pullRequest === pr);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const at = (n: number) => {
          const u = new URL(url.href, origin);
          u.searchParams.set('page', String(n));
          return `<${origin}${u.pathname}${u.search}>`;
        };
        const links = [];
        if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
        if (page > 1) links.push(`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`);
        res.setHeader('link', links.join(', '));
        json(res, 200, all.slice((page - 1) * perPage, page * perPage).map(commentJson));
        state.onCommentsListed?.();
        return;
      }
      if (req.method === 'POST') {
        if (state.forbidCommentWrites) return forbidden();
        {
          const c: StandInPrComment = {
            id: nextId++,
            pullRequest: pr,
            body: String((JSON.parse(text) as { body: unknown }).body),
            user: author(),
          };
          state.comments = [...state.comments, c];
          json(res, 201, commentJson(c));
        }
        return;
      }
    }
    if (one && req.method === 'PATCH') {
      const c = state.comments.find((x) => x.id === Number(one[1]));
      if (!c) return json(res, 404, { message: 'Not Found' });
      // An app may edit only its own comments (another bot's: 403, as GitHub answers).
      if (state.forbidCommentWrites || (author().type === 'Bot' && c.user.login !== author().login)) return forbidden();
      const body = String((JSON.parse(text) as { body: unknown }).body);
      state.comments = state.comments.map((x) => (x.id === c.id ? { ...x, body } : x));
      json(res, 200, commentJson({ ...c, body }));
      return;
    }
    return json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  issues.origin = origin;
  return {
    apiUrl: origin + prefix,
    requests,
    calls,
    get issues() {
      return issues.issues;
    },
    set issues(v) {
      issues.issues = v;
    },
    get labels() {
      return issues.labels;
    },
    set labels(v) {
      issues.labels = v;
    },
    get faults() {
      return issues.faults;
    },
    set faults(v) {
      issues.faults = v;
    },
    get pageSize() {
      return issues.pageSize;
    },
    set pageSize(v) {
      issues.pageSize = v;
    },
    get dropLabels() {
      return issues.dropLabels ?? false;
    },
    set dropLabels(v) {
      issues.dropLabels = v;
    },
    get issuesDisabled() {
      return issues.disabled;
    },
    set issuesDisabled(v) {
      issues.disabled = v;
    },
    get artifacts() {
      return state.artifacts;
    },
    set artifacts(v) {
      state.artifacts = v;
    },
    get forbid() {
      return state.forbid;
    },
    get comments() {
      return state.comments;
    },
    set comments(v) {
      state.comments = v;
    },
    get onCommentsListed() {
      return state.onCommentsListed;
    },
    set onCommentsListed(v) {
      state.onCommentsListed = v;
    },
    get forbidCommentWrites() {
      return state.forbidCommentWrites;
    },
    set forbidCommentWrites(v) {
      state.forbidCommentWrites = v;
    },
    set forbid(v) {
      state.forbid = v;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface IssueState {
  repository: string;
  token: string;
  prefix: string;
  issues: StandInIssue[];
  labels: string[];
  faults: StandInFault[];
  pageSize: number;
  disabled: boolean;
  /** Drop the labels of a new issue, as GitHub does for a token that may not set them. */
  dropLabels?: boolean;
  origin: string;
  /** Whom the token writes as. */
  author: StandInUser;
}

interface Exchange {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  body: string;
}

const DOCS = 'https://docs.github.com/rest/issues/issues';

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
  return true;
}

/** Answers the issues endpoints (and /search/issues); false for any other path. */
function answerIssues(st: IssueState, x: Exchange): boolean {
  const method = x.req.method ?? 'GET';
  const path = x.url.pathname;
  if (path === `${st.prefix}/search/issues`)
    return send(x.res, 200, { total_count: 0, incomplete_results: false, items: [] });
  const base = `${st.prefix}/repos/${st.repository}`;
  const rest = path.startsWith(`${base}/`) ? path.slice(base.length) : undefined;
  if (rest === undefined || !/^\/(issues|labels)(\/|$)/.test(rest)) {
    if (/^\/repos\/[^/]+\/[^/]+\/(issues|labels)/.test(path.slice(st.prefix.length)))
      return send(x.res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    return false;
  }
  if (x.req.headers.authorization !== `Bearer ${st.token}`)
    return send(x.res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
  const fault = st.faults.findIndex((f) => !f.when || f.when(method, path));
  if (fault >= 0) {
    const [f] = st.faults.splice(fault, 1);
    return send(x.res, f!.status, f!.body, f!.headers);
  }
  if (st.disabled)
    return send(x.res, 410, { message: 'Issues are disabled for this repo', documentation_url: DOCS, status: '410' });
  return routeIssues(st, x, method, rest);
}

function routeIssues(st: IssueState, x: Exchange, method: string, rest: string): true {
  if (rest === '/labels' && method === 'GET')
    return send(
      x.res,
      200,
      st.labels.map((name) => ({ name })),
    );
  if (rest === '/issues' && method === 'GET') return listIssues(st, x);
  if (rest === '/issues' && method === 'POST') return createIssue(st, x);
  const one = /^\/issues\/(\d+)(\/comments)?$/.exec(rest);
  const issue = one ? st.issues.find((i) => i.number === Number(one[1])) : undefined;
  if (!one || !issue) return send(x.res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
  if (one[2] && method === 'GET')
    return page(
      st,
      x,
      issue.comments.map((c) => commentJson(st, c)),
    );
  if (one[2] && method === 'POST') {
    const body = parse(x.body) as { body?: unknown };
    if (typeof body.body !== 'string' || body.body.length > 65536) return invalid(x.res, 'body');
    const id = 1000 + st.issues.reduce((n, i) => n + i.comments.length, 0);
    const comment = { id, body: body.body, user: st.author };
    issue.comments.push(comment);
    return send(x.res, 201, commentJson(st, comment));
  }
  if (!one[2] && method === 'PATCH') {
    const body = parse(x.body) as { state?: unknown; state_reason?: unknown };
    if (body.state === 'closed' || body.state === 'open') issue.state = body.state;
    issue.state_reason =
      body.state === 'closed'
        ? ((body.state_reason as string | undefined) ?? 'completed')
        : body.state === 'open'
          ? 'reopened'
          : issue.state_reason;
    return send(x.res, 200, issueJson(st, issue));
  }
  if (!one[2] && method === 'GET') return send(x.res, 200, issueJson(st, issue));
  return send(x.res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return {};
  }
}

function invalid(res: http.ServerResponse, field: string, resource = 'Issue'): true {
  return send(res, 422, {
    message: 'Validation Failed',
    errors: [{ resource, code: 'invalid', field }],
    documentation_url: DOCS,
    status: '422',
  });
}

const commentJson = (st: IssueState, c: StandInComment) => ({ id: c.id, body: c.body, user: c.user ?? st.author });

function issueJson(st: IssueState, i: StandInIssue): Record<string, unknown> {
  return {
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason,
    labels: i.labels.map((name) => ({ name })),
    assignees: i.assignees.map((login) => ({ login })),
    comments: i.comments.length,
    html_url: `${st.origin}/${st.repository}/issues/${i.number}`,
    user: i.user ?? st.author,
    ...(i.pull_request ? { pull_request: { url: `${st.origin}/pulls/${i.number}` } } : {}),
  };
}

function listIssues(st: IssueState, x: Exchange): true {
  const q = x.url.searchParams;
  const labels = (q.get('labels') ?? '').split(',').filter(Boolean);
  const state = q.get('state') ?? 'open';
  const found = st.issues
    .filter((i) => labels.every((l) => i.labels.includes(l)))
    .filter((i) => state === 'all' || i.state === state)
    .sort((a, b) => (q.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
  return page(
    st,
    x,
    found.map((i) => issueJson(st, i)),
  );
}

/** One page of a list with GitHub's Link header (next, last; prev, first). */
function page(st: IssueState, x: Exchange, items: unknown[]): true {
  const per = Math.min(Number(x.url.searchParams.get('per_page') ?? 30) || 30, 100, st.pageSize);
  const n = Math.max(1, Number(x.url.searchParams.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / per));
  const at = (p: number) => {
    const u = new URL(x.url.pathname + x.url.search, st.origin);
    u.searchParams.set('page', String(p));
    return u.href;
  };
  const links: string[] = [];
  if (n < last) links.push(`<${at(n + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (n > 1) links.push(`<${at(n - 1)}>; rel="prev"`, `<${at(1)}>; rel="first"`);
  return send(x.res, 200, items.slice((n - 1) * per, n * per), links.length ? { link: links.join(', ') } : {});
}

function createIssue(st: IssueState, x: Exchange): true {
  const body = parse(x.body) as { title?: unknown; body?: unknown; labels?: unknown; assignees?: unknown };
  if (typeof body.title !== 'string' || body.title.length === 0 || body.title.length > 256)
    return invalid(x.res, 'title');
  if (body.body !== undefined && (typeof body.body !== 'string' || body.body.length > 65536))
    return invalid(x.res, 'body');
  const labels = Array.isArray(body.labels) ? body.labels.map(String) : [];
  const assignees = Array.isArray(body.assignees) ? body.assignees.map(String) : [];
  if (assignees.some((a) => a.startsWith('ghost'))) return invalid(x.res, 'assignees');
  // GitHub refuses a label name over 50 characters.
  if (labels.some((l) => l.length > 50)) return invalid(x.res, 'name', 'Label');
  if (st.dropLabels) labels.length = 0;
  for (const l of labels) if (!st.labels.includes(l)) st.labels.push(l); // GitHub creates an unknown label
  const issue: StandInIssue = {
    number: st.issues.reduce((n, i) => Math.max(n, i.number), 0) + 1,
    title: body.title,
    body: typeof body.body === 'string' ? body.body : '',
    labels,
    assignees,
    state: 'open',
    state_reason: null,
    comments: [],
    user: st.author,
  };
  st.issues.push(issue);
  return send(x.res, 201, issueJson(st, issue));
}
