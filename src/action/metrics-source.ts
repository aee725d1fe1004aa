// Where the action's metrics come from: files in the workspace (`metrics`), or a workflow run's artifact (`artifact`,
// with `metrics` filtering the files inside it).
import { UserError } from '../core/diagnostics.js';
import type { MetricsFile } from '../core/metrics/model.js';
import { findMetricsFiles, readMetricsFiles, splitPatterns } from '../adapters/metrics-files.js';
import type { MetricsNeeds } from '../app/check.js';
import type { ActionInputs } from './inputs.js';
import type { RunnerContext } from './context.js';

export async function readActionMetrics(
  inputs: ActionInputs,
  ctx: RunnerContext,
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: (m: string) => void,
  needs: MetricsNeeds = { optional: false },
): Promise<MetricsFile[]> {
  const patterns = splitPatterns(inputs.metrics);
  if (!inputs.artifact) {
    if (patterns.length === 0 && needs.optional) {
      log('No metrics or artifact input: the stale rules are evaluated from the history alone.');
      return [];
    }
    if (patterns.length === 0)
      throw new UserError(
        'input metrics is required: paths or globs of the metrics files (newline- or comma-separated), or set artifact',
      );
    return readMetricsFiles(await findMetricsFiles(patterns, cwd), cwd);
  }
  const runId = inputs.artifactRunId || ctx.workflowRunId;
  if (!runId)
    throw new UserError('input artifact: no run to read it from; set artifact-run-id (GITHUB_RUN_ID is not set)');
  if (!/^\d+$/.test(runId))
    throw new UserError(
      `input artifact-run-id: "${runId}" is not a run id; allowed: the number in a run's URL (…/actions/runs/NUMBER)`,
    );
  if (!ctx.repository)
    throw new UserError(
      'input artifact: GITHUB_REPOSITORY is not set, so there is no repository to read the artifact from',
    );
  const { downloadArtifact } = await import('../adapters/github-artifacts.js');
  const { metricsFromArchive } = await import('../core/metrics/archive.js');
  const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
  log(`Downloading artifact "${inputs.artifact}" of run ${runId} in ${ctx.repository}`);
  const zip = await downloadArtifact({
    apiUrl,
    repository: ctx.repository,
    runId,
    name: inputs.artifact,
    token: inputs.githubToken,
  });
  const files = metricsFromArchive(zip, patterns, inputs.artifact);
  log(`Read ${files.length} metrics file(s) from the artifact: ${files.map((f) => f.file).join(', ')}`);
  return files;
}
