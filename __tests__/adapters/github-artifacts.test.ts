// The artifact download over real HTTP against a loopback stand-in for GitHub's REST API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { downloadArtifact, type ArtifactRequest } from '../../src/adapters/github-artifacts.js';
import { UserError } from '../../src/core/diagnostics.js';
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-api.js';
import { makeZip } from '../helpers/zip.js';

const TOKEN = 'ghs_artifacttoken';
const ZIP = makeZip([['metrics.json', '{"accuracy":0.9}']]);
let api: GitHubApiStandIn;

beforeAll(async () => {
  api = await startGitHubApi({ repository: 'acme/vision', token: TOKEN, prefix: '/api/v3', runs: ['7'] });
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
  api.forbid = false;
  api.artifacts = [
    { id: 11, runId: '42', name: 'metrics', zip: makeZip([['old.json', '{}']]), expired: true },
    { id: 12, runId: '42', name: 'metrics', zip: ZIP },
    { id: 13, runId: '42', name: 'model', zip: makeZip([['m.bin', 'x']]) },
    { id: 14, runId: '43', name: 'metrics', zip: makeZip([['gone.json', '{}']]), expired: true },
  ];
});

const req = (over: Partial<ArtifactRequest> = {}): ArtifactRequest => ({
  apiUrl: api.apiUrl,
  repository: 'acme/vision',
  runId: '42',
  name: 'metrics',
  token: TOKEN,
  ...over,
});

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(UserError);
  return (e as Error).message;
}

describe('downloadArtifact', () => {
  it('lists the run, takes the newest live artifact of that name, follows the redirect without the token', async () => {
    const zip = await downloadArtifact(req());
    expect(zip.equals(ZIP)).toBe(true);
    expect(api.requests.map((r) => r.path)).toEqual([
      '/api/v3/repos/acme/vision/actions/runs/42/artifacts?per_page=100&name=metrics',
      '/api/v3/repos/acme/vision/actions/artifacts/12/zip',
      '/storage/12?sig=presigned',
    ]);
    expect(api.requests.map((r) => r.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`, undefined]);
  });

  it('a missing artifact names the run and what it has', async () => {
    const m = await refusal(downloadArtifact(req({ name: 'metrcs' })));
    expect(m).toBe(
      'artifact "metrcs" of run 42 in acme/vision: not found; the run has "metrics", "model". Is the name right, and did the training job upload it (actions/upload-artifact) before this step?',
    );
    expect(await refusal(downloadArtifact(req({ runId: '7' })))).toContain('not found; the run has no artifacts.');
  });

  it('an expired artifact says so, from the listing or from a 410', async () => {
    expect(await refusal(downloadArtifact(req({ runId: '43' })))).toBe(
      'artifact "metrics" of run 43 in acme/vision: it has expired (on 2026-11-01T10:00:00Z); artifacts are kept for the repository\'s retention period (retention-days on upload-artifact)',
    );
    api.artifacts = [{ id: 15, runId: '44', name: 'metrics', zip: ZIP, expiresBeforeDownload: true }];
    expect(await refusal(downloadArtifact(req({ runId: '44' })))).toBe(
      'artifact "metrics" of run 44 in acme/vision: the artifact has expired (HTTP 410: Artifact has expired); artifacts are kept for the repository\'s retention period (retention-days on upload-artifact)',
    );
  });

  it('a token without actions: read, a wrong token and an unknown run fail with what to do, never the token', async () => {
    api.forbid = true;
    const forbidden = await refusal(downloadArtifact(req()));
    expect(forbidden).toBe(
      'artifact "metrics" of run 42 in acme/vision: the github-token may not read it (HTTP 403: Resource not accessible by integration); give the job `permissions: actions: read` (and for another repository\'s run, a token with access to it)',
    );
    api.forbid = false;
    const wrong = await refusal(downloadArtifact(req({ token: 'ghs_wrong' })));
    expect(wrong).toContain(
      "the github-token was refused while listing the run's artifacts (HTTP 401: Bad credentials)",
    );
    expect(wrong).not.toContain('ghs_wrong');
    expect(await refusal(downloadArtifact(req({ runId: '999' })))).toContain(
      'artifact "metrics" of run 999 in acme/vision: the run was not found while listing the run\'s artifacts (HTTP 404: Not Found)',
    );
    expect(await refusal(downloadArtifact(req({ token: '' })))).toContain('no github-token to call the API with');
  });

  it('refuses an artifact over the limit before downloading it', async () => {
    const m = await refusal(downloadArtifact(req({ maxBytes: 10 })));
    expect(m).toBe(
      `artifact "metrics" of run 42 in acme/vision: it is ${ZIP.length} bytes, over the 10 bytes limit; refused without downloading it`,
    );
    expect(api.requests.some((r) => r.path.includes('/zip'))).toBe(false);
  });

  it('an unreachable API is a clear failure', async () => {
    const m = await refusal(downloadArtifact(req({ apiUrl: 'http://127.0.0.1:1' })));
    expect(m).toMatch(/^artifact "metrics" of run 42 in acme\/vision: could not reach http:\/\/127\.0\.0\.1:1 \(/);
  });
});
