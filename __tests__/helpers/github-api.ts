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

export interface StandInComment {
  id: number;
  pullRequest: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface GitHubApiStandIn {
  apiUrl: string;
  requests: { path: string; authorization: string | undefined }[];
  artifacts: StandInArtifact[];
  /** Answer 403 to the token, as GitHub does for a token without actions: read. */
  forbid: boolean;
  /** Issue comments of pull requests, oldest first. */
  comments: StandInComment[];
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
}): Promise<GitHubApiStandIn> {
  const prefix = opts.prefix ?? '';
  const state = {
    artifacts: opts.artifacts ?? [],
    forbid: false,
    comments: [] as StandInComment[],
    forbidCommentWrites: false,
    onCommentsListed: undefined as (() => void) | undefined,
  };
  let nextId = 5000;
  const requests: GitHubApiStandIn['requests'] = [];
  const json = (res: http.ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  let origin = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
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
    if (
      url.pathname.startsWith(`${prefix}/user`) ||
      url.pathname.startsWith(`${prefix}/repos/${opts.repository}/issues/`)
    )
      return comments(req, res, url);
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
  });
  const author = (): StandInComment['user'] =>
    opts.token.startsWith('ghs_')
      ? { login: 'github-actions[bot]', type: 'Bot' }
      : { login: opts.userLogin ?? 'someone', type: 'User' };
  const commentJson = (c: StandInComment) => ({
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
  const readBody = (req: http.IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => resolve(text));
    });
  const comments = (req: http.IncomingMessage, res: http.ServerResponse, url: URL): unknown => {
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
        void readBody(req).then((text) => {
          const c: StandInComment = {
            id: nextId++,
            pullRequest: pr,
            body: String((JSON.parse(text) as { body: unknown }).body),
            user: author(),
          };
          state.comments = [...state.comments, c];
          json(res, 201, commentJson(c));
        });
        return;
      }
    }
    if (one && req.method === 'PATCH') {
      const c = state.comments.find((x) => x.id === Number(one[1]));
      if (!c) return json(res, 404, { message: 'Not Found' });
      if (state.forbidCommentWrites) return forbidden();
      void readBody(req).then((text) => {
        const body = String((JSON.parse(text) as { body: unknown }).body);
        state.comments = state.comments.map((x) => (x.id === c.id ? { ...x, body } : x));
        json(res, 200, commentJson({ ...c, body }));
      });
      return;
    }
    return json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: origin + prefix,
    requests,
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
