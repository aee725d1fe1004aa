// Event payloads shaped as GitHub sends them (trimmed of fields nothing reads), for the runner's GITHUB_EVENT_PATH.

const REPO = { id: 1296269, name: 'vision', full_name: 'acme/vision', html_url: 'https://github.com/acme/vision' };
const HEAD_SHA = 'c0ffee0c0ffee0c0ffee0c0ffee0c0ffee0c0ff';

/** A `pull_request` (opened, synchronize, ...) event: the pull request's number, head and base. */
export function pullRequestEvent(number: number, headRef: string): Record<string, unknown> {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      url: `https://api.github.com/repos/acme/vision/pulls/${number}`,
      id: 1_000_000 + number,
      html_url: `https://github.com/acme/vision/pull/${number}`,
      number,
      state: 'open',
      title: 'Try a smaller learning rate',
      head: { label: `acme:${headRef}`, ref: headRef, sha: HEAD_SHA, repo: REPO },
      base: { label: 'acme:main', ref: 'main', sha: 'a'.repeat(40), repo: REPO },
    },
    repository: REPO,
  };
}

/** A `workflow_run` (completed) event: the triggering run, with the pull request it ran for when there is one. */
export function workflowRunEvent(
  over: {
    id?: number;
    name?: string;
    headBranch?: string;
    runNumber?: number;
    runAttempt?: number;
    event?: string;
    pr?: number;
  } = {},
): Record<string, unknown> {
  const id = over.id ?? 424242;
  const headBranch = over.headBranch ?? 'main';
  return {
    action: 'completed',
    workflow_run: {
      id,
      name: over.name ?? 'Train',
      node_id: 'WFR_kwLOA',
      head_branch: headBranch,
      head_sha: HEAD_SHA,
      path: '.github/workflows/train.yml',
      display_title: 'Train',
      run_number: over.runNumber ?? 12,
      event: over.event ?? 'push',
      status: 'completed',
      conclusion: 'success',
      workflow_id: 161335,
      url: `https://api.github.com/repos/acme/vision/actions/runs/${id}`,
      html_url: `https://github.com/acme/vision/actions/runs/${id}`,
      pull_requests:
        over.pr === undefined
          ? []
          : [
              {
                url: `https://api.github.com/repos/acme/vision/pulls/${over.pr}`,
                id: 1_000_000 + over.pr,
                number: over.pr,
                head: {
                  ref: headBranch,
                  sha: HEAD_SHA,
                  repo: { id: 1296269, url: 'https://api.github.com/repos/acme/vision', name: 'vision' },
                },
                base: {
                  ref: 'main',
                  sha: 'a'.repeat(40),
                  repo: { id: 1296269, url: 'https://api.github.com/repos/acme/vision', name: 'vision' },
                },
              },
            ],
      created_at: '2026-11-20T10:00:00Z',
      updated_at: '2026-11-20T10:20:00Z',
      run_attempt: over.runAttempt ?? 1,
      run_started_at: '2026-11-20T10:00:00Z',
      head_repository: REPO,
      repository: REPO,
    },
    workflow: { id: 161335, name: over.name ?? 'Train', path: '.github/workflows/train.yml' },
    repository: REPO,
  };
}

export const EVENT_HEAD_SHA = HEAD_SHA;
