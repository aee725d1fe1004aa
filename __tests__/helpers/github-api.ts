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
// Every request is recorded in `calls` (method, path, body). One router per part of the API, in github-api/:
// artifacts.ts, pr-comments.ts, issues.ts; their state is the stand-in object itself (shared.ts).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerArtifacts } from './github-api/artifacts.js';
import { answerIssues } from './github-api/issues.js';
import { answerPrComments, isPrCommentPath } from './github-api/pr-comments.js';
import {
  authorOfToken,
  type Exchange,
  type GitHubApiStandIn,
  type StandInCx,
  type StandInOptions,
} from './github-api/shared.js';

export * from './github-api/shared.js';

export async function startGitHubApi(opts: StandInOptions): Promise<GitHubApiStandIn> {
  let server: http.Server | undefined;
  const api: GitHubApiStandIn = {
    apiUrl: '',
    requests: [],
    calls: [],
    issues: [],
    labels: [],
    faults: [],
    pageSize: 100,
    issuesDisabled: false,
    dropLabels: false,
    artifacts: opts.artifacts ?? [],
    forbid: false,
    comments: [],
    forbidCommentWrites: false,
    onCommentsListed: undefined,
    close: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
  const cx: StandInCx = { api, opts, prefix: opts.prefix ?? '', origin: '', author: authorOfToken(opts), nextId: 5000 };
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', cx.origin);
      const x: Exchange = { req, res, url, body: Buffer.concat(chunks).toString('utf8'), method: req.method ?? 'GET' };
      const { headers } = req;
      api.calls.push({
        at: Date.now(),
        method: x.method,
        path: url.pathname + url.search,
        authorization: headers.authorization,
        headers,
        body: x.body,
      });
      if (isPrCommentPath(cx, url)) answerPrComments(cx, x);
      else if (!answerIssues(cx, x)) answerArtifacts(cx, x);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  cx.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.apiUrl = cx.origin + cx.prefix;
  return api;
}
