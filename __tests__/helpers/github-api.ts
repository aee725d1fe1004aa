// A loopback stand-in for the GitHub REST endpoints that serve workflow artifacts, answering as GitHub documents:
// GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts (optionally ?name=), and
// GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip -> 302 to a pre-signed storage URL (which refuses
// requests that carry an Authorization header, as Azure blob storage does), 410 when expired.
// 401 for a wrong token, 403 "Resource not accessible by integration" for a token without actions: read, 404 for an
// unknown run. Served under a path prefix to stand in for GitHub Enterprise Server's /api/v3.
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

export interface GitHubApiStandIn {
  apiUrl: string;
  requests: { path: string; authorization: string | undefined }[];
  artifacts: StandInArtifact[];
  /** Answer 403 to the token, as GitHub does for a token without actions: read. */
  forbid: boolean;
  close(): Promise<void>;
}

export async function startGitHubApi(opts: {
  repository: string;
  token: string;
  prefix?: string;
  runs?: string[];
  artifacts?: StandInArtifact[];
}): Promise<GitHubApiStandIn> {
  const prefix = opts.prefix ?? '';
  const state = { artifacts: opts.artifacts ?? [], forbid: false };
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
    set forbid(v) {
      state.forbid = v;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
