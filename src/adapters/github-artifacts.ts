// Downloads a named artifact of a workflow run through GitHub's REST API (GITHUB_API_URL, so GitHub Enterprise
// Server works): list the run's artifacts, then fetch the archive, whose endpoint redirects to short-lived storage.
// The token goes to the API only, never to the storage host, and never into a message. Loaded only for `artifact`.
import { formatBytes, MissingMetrics, overLimit, UserError } from '../core/diagnostics.js';
import { BodyTooLarge, httpRequest } from './http.js';

export interface ArtifactRequest {
  /** e.g. https://api.github.com or https://ghe.example.com/api/v3 */
  apiUrl: string;
  /** owner/name */
  repository: string;
  runId: string;
  name: string;
  token: string;
  /** Largest archive downloaded; bigger ones are refused before the download. */
  maxBytes?: number;
  timeoutMs?: number;
}

export const MAX_ARTIFACT_BYTES = 256 * 1024 * 1024;

interface Artifact {
  id: number;
  name: string;
  size_in_bytes?: number;
  expired?: boolean;
  expires_at?: string;
  archive_download_url?: string;
}

interface Answer {
  status: number;
  location: string | undefined;
  body: Buffer;
}

/** One download: the request, its limits, and how it fails (naming the artifact and the run). */
interface Download {
  req: ArtifactRequest;
  api: string;
  timeout: number;
  maxBytes: number;
  /** A UserError: the step fails. */
  fail: (message: string) => never;
  /** A MissingMetrics error: with a status rule the check goes on without the artifact. */
  missing: (message: string) => never;
}

/** The artifact's ZIP archive, or a UserError naming the artifact, the run and what to do. */
export async function downloadArtifact(req: ArtifactRequest): Promise<Buffer> {
  const what = `artifact "${req.name}" of run ${req.runId} in ${req.repository}`;
  const d: Download = {
    req,
    api: req.apiUrl.replace(/\/+$/, ''),
    timeout: req.timeoutMs ?? 60_000,
    maxBytes: req.maxBytes ?? MAX_ARTIFACT_BYTES,
    fail: (message) => {
      throw new UserError(`${what}: ${message}`);
    },
    missing: (message) => {
      throw new MissingMetrics(`${what}: ${message}`);
    },
  };
  if (!req.token)
    d.fail('no github-token to call the API with; leave github-token at its default (${{ github.token }})');
  const chosen = await chooseArtifact(d);
  const zipUrl = chosen.archive_download_url ?? `${d.api}/repos/${req.repository}/actions/artifacts/${chosen.id}/zip`;
  let answer = await get(d, zipUrl, true, d.maxBytes);
  if (answer.status >= 300 && answer.status < 400 && answer.location) {
    // Storage URLs are pre-signed: the token must not travel there.
    answer = await get(d, new URL(answer.location, zipUrl).toString(), false, d.maxBytes);
    if (answer.status !== 200) d.fail(`the artifact storage answered HTTP ${answer.status} to the download`);
  } else if (answer.status !== 200) refused(d, answer, 'downloading the artifact');
  return answer.body;
}

/** The newest unexpired artifact of the name, within the size limit; refused with what the run has otherwise. */
async function chooseArtifact(d: Download): Promise<Artifact> {
  const { req } = d;
  const base = `${d.api}/repos/${req.repository}/actions/runs/${encodeURIComponent(req.runId)}/artifacts`;
  const listed = await get(d, `${base}?per_page=100&name=${encodeURIComponent(req.name)}`, true, 8 * 1048576);
  if (listed.status !== 200) refused(d, listed, "listing the run's artifacts");
  const named = artifactsOf(listed.body).filter((a) => a.name === req.name);
  if (named.length === 0) {
    const all = await get(d, `${base}?per_page=100`, true, 8 * 1048576);
    const names = all.status === 200 ? [...new Set(artifactsOf(all.body).map((a) => a.name))] : [];
    d.missing(
      `not found; ${names.length ? `the run has ${names.map((n) => JSON.stringify(n)).join(', ')}` : 'the run has no artifacts'}. Is the name right, and did the training job upload it (actions/upload-artifact) before this step?`,
    );
  }
  const chosen = named.filter((a) => !a.expired).sort((a, b) => b.id - a.id)[0];
  if (!chosen)
    return d.fail(
      `it has expired${named[0]?.expires_at ? ` (on ${named[0].expires_at})` : ''}; artifacts are kept for the repository's retention period (retention-days on upload-artifact)`,
    );
  if ((chosen.size_in_bytes ?? 0) > d.maxBytes)
    d.fail(overLimit('it', chosen.size_in_bytes ?? 0, d.maxBytes, 'refused without downloading it'));
  return chosen;
}

/** A GET (with the token only when `auth`: never to the storage host), at most `limit` bytes. */
async function get(d: Download, url: string, auth: boolean, limit: number): Promise<Answer> {
  const headers: Record<string, string> = {
    'user-agent': 'metric-alerts',
    accept: auth ? 'application/vnd.github+json' : '*/*',
  };
  if (auth) {
    headers.authorization = `Bearer ${d.req.token}`;
    headers['x-github-api-version'] = '2022-11-28';
  }
  let res;
  try {
    res = await httpRequest(url, { method: 'GET', headers, maxBytes: limit, signal: AbortSignal.timeout(d.timeout) });
  } catch (e) {
    if (e instanceof BodyTooLarge) return d.fail(`the download is over the ${formatBytes(limit)} limit; refused`);
    const err = e as { name?: string; code?: string; message?: string };
    const why =
      err.name === 'TimeoutError'
        ? `no answer within ${d.timeout / 1000} s`
        : (err.code ?? err.message ?? 'network error');
    return d.fail(`could not reach ${new URL(url).origin} (${why})`);
  }
  return { status: res.status, location: res.headers.location, body: res.body };
}

/** An API refusal in words: what to fix for 401, 403 (a rate limit, or permissions), 404, 410. */
function refused(d: Download, a: Answer, doing: string): never {
  const message = apiMessage(a.body);
  if (a.status === 401)
    return d.fail(
      `the github-token was refused while ${doing} (HTTP 401${message}); pass a valid token in github-token`,
    );
  if (a.status === 403 && /rate limit/i.test(message))
    return d.fail(`GitHub's API rate limit was hit while ${doing} (HTTP 403${message}); try again later`);
  if (a.status === 403)
    return d.fail(
      `the github-token may not read it (HTTP 403${message}); give the job \`permissions: actions: read\` (and for another repository's run, a token with access to it)`,
    );
  if (a.status === 404)
    return d.missing(
      `the run was not found while ${doing} (HTTP 404${message}): check artifact-run-id, and that the token can see the repository (\`permissions: actions: read\`)`,
    );
  if (a.status === 410)
    return d.fail(
      `the artifact has expired (HTTP 410${message}); artifacts are kept for the repository's retention period (retention-days on upload-artifact)`,
    );
  return d.fail(`GitHub's API answered HTTP ${a.status}${message} while ${doing}`);
}

function artifactsOf(body: Buffer): Artifact[] {
  try {
    const v = JSON.parse(body.toString('utf8')) as { artifacts?: unknown };
    return Array.isArray(v.artifacts)
      ? (v.artifacts as Artifact[]).filter((a) => a && typeof a.name === 'string' && typeof a.id === 'number')
      : [];
  } catch {
    return [];
  }
}

/** ": message" from a GitHub error body, cut short. */
function apiMessage(body: Buffer): string {
  try {
    const m = (JSON.parse(body.toString('utf8')) as { message?: unknown }).message;
    return typeof m === 'string' && m ? `: ${m.slice(0, 200)}` : '';
  } catch {
    return '';
  }
}
