// The GitHub REST API as a run may use it for its channels (github-issue): a token and GITHUB_API_URL (GitHub
// Enterprise Server's /api/v3 works), and the repository of the run. The action takes its `github-token` input; the CLI
// takes GITHUB_TOKEN (or GH_TOKEN, as the gh CLI does) from the environment.
import type { GitHubAccess } from '../channels/types.js';

export const GITHUB_API_URL = 'https://api.github.com';

/** GitHub access from a token, or undefined without one. */
export function githubAccess(
  token: string | undefined,
  apiUrl: string | undefined,
  repository: string | undefined,
): GitHubAccess | undefined {
  if (!token) return undefined;
  return { token, apiUrl: apiUrl || GITHUB_API_URL, ...(repository ? { repository } : {}) };
}

/** The CLI's: GITHUB_TOKEN or GH_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY. */
export function githubFromEnv(env: Readonly<Record<string, string | undefined>>): GitHubAccess | undefined {
  return githubAccess(env.GITHUB_TOKEN || env.GH_TOKEN, env.GITHUB_API_URL, env.GITHUB_REPOSITORY);
}
