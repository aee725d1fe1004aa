// Workflow artifacts: GET /repos/{o}/{r}/actions/runs/{run_id}/artifacts (optionally ?name=), and
// GET /repos/{o}/{r}/actions/artifacts/{id}/zip -> 302 to a pre-signed storage URL (which refuses requests that carry
// an Authorization header, as Azure blob storage does), 410 when expired; 401 for a wrong token, 403 "Resource not
// accessible by integration" when `forbid` is set (a token without actions: read), 404 for an unknown run.
import { badCredentials, notFound, send, type Exchange, type StandInArtifact, type StandInCx } from './shared.js';

/** The pre-signed storage the zip endpoint redirects to. */
function storage(cx: StandInCx, x: Exchange, id: string): true {
  if (x.req.headers.authorization) {
    x.res
      .writeHead(400, { 'content-type': 'application/xml' })
      .end('<Error><Code>InvalidAuthenticationInfo</Code></Error>');
    return true;
  }
  const a = cx.api.artifacts.find((y) => y.id === Number(id));
  if (!a || x.url.searchParams.get('sig') !== 'presigned') x.res.writeHead(403).end();
  else x.res.writeHead(200, { 'content-type': 'application/zip' }).end(a.zip);
  return true;
}

function listing(cx: StandInCx, a: StandInArtifact, base: string, runId: string) {
  return {
    id: a.id,
    node_id: `A_${a.id}`,
    name: a.name,
    size_in_bytes: a.zip.length,
    url: `${cx.origin}${base}/artifacts/${a.id}`,
    archive_download_url: `${cx.origin}${base}/artifacts/${a.id}/zip`,
    expired: a.expired ?? false,
    created_at: '2026-11-22T10:00:00Z',
    expires_at: a.expired ? '2026-11-01T10:00:00Z' : '2027-02-20T10:00:00Z',
    workflow_run: { id: Number(runId) },
  };
}

export function answerArtifacts(cx: StandInCx, x: Exchange): true {
  const { api, opts } = cx;
  api.requests.push({ path: x.url.pathname + x.url.search, authorization: x.req.headers.authorization });
  const stored = /^\/storage\/(\d+)$/.exec(x.url.pathname);
  if (stored) return storage(cx, x, stored[1]!);
  const base = `${cx.prefix}/repos/${opts.repository}/actions`;
  if (!x.url.pathname.startsWith(base + '/')) return notFound(x.res);
  if (x.req.headers.authorization !== `Bearer ${opts.token}`) return badCredentials(x.res);
  if (api.forbid)
    return send(x.res, 403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/actions/artifacts',
    });
  const rest = x.url.pathname.slice(base.length);
  const list = /^\/runs\/(\d+)\/artifacts$/.exec(rest);
  if (list) {
    const runId = list[1]!;
    const known = (opts.runs ?? []).includes(runId) || api.artifacts.some((a) => a.runId === runId);
    if (!known) return notFound(x.res);
    const name = x.url.searchParams.get('name');
    const found = api.artifacts.filter((a) => a.runId === runId && (name === null || a.name === name));
    return send(x.res, 200, { total_count: found.length, artifacts: found.map((a) => listing(cx, a, base, runId)) });
  }
  const zip = /^\/artifacts\/(\d+)\/zip$/.exec(rest);
  const a = zip ? api.artifacts.find((y) => y.id === Number(zip[1])) : undefined;
  if (!a) return send(x.res, 404, { message: 'Not Found' });
  if (a.expired || a.expiresBeforeDownload) return send(x.res, 410, { message: 'Artifact has expired' });
  x.res.writeHead(302, { location: `${cx.origin}/storage/${a.id}?sig=presigned` }).end();
  return true;
}
