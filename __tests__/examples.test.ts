// The examples users copy are valid, and the self-test workflow's steps do what it asserts, run here through dist.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../src/core/config/load.js';
import { readRuns } from '../src/core/metrics/runs.js';
import { startGitHubApi, type GitHubApiStandIn } from './helpers/github-api.js';
import { runAction } from './helpers/run-action.js';
import { makeZip } from './helpers/zip.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const files = (dir: string, re: RegExp) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => re.test(f))
    .map((f) => `${dir}/${f}`);
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
const ACTION_INPUTS = Object.keys((parse(read('action.yml')) as { inputs: Record<string, unknown> }).inputs);

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | boolean | number>;
  env?: Record<string, string>;
}
const stepsOf = (f: string): Step[] =>
  Object.values((parse(read(f)) as { jobs: Record<string, { steps: Step[] }> }).jobs).flatMap((j) => j.steps);
const isOurs = (s: Step) => s.uses === './' || /metric-alerts@/.test(s.uses ?? '');

const RULES = [...files('examples/alerts', /\.yml$/), 'examples/demo/alerts.yml'];
const METRICS = [...files('examples/metrics', /\.(json|jsonl)$/), 'examples/demo/metrics.jsonl'];
const WORKFLOWS = [...files('examples/workflows', /\.yml$/), ...files('.github/workflows', /\.yml$/)];

describe('examples', () => {
  it.each(RULES)('%s loads without errors', (f) => {
    const { config } = loadConfig({
      text: read(f),
      file: f,
      env: {
        SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/x',
        ONCALL_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/y',
      },
    });
    expect(config.alerts.length).toBeGreaterThan(0);
  });

  it.each(METRICS)('%s reads as runs', async (f) => {
    expect(
      (await readRuns([{ file: f, text: read(f) }], { experiment: 'default', runId: '1' })).runs.length,
    ).toBeGreaterThan(0);
  });

  it.each(WORKFLOWS)('%s gives metric-alerts only inputs it has', (f) => {
    const ours = stepsOf(f).filter(isOurs);
    if (!f.startsWith('.github/workflows/ci')) expect(ours.length).toBeGreaterThan(0);
    for (const s of ours) for (const k of Object.keys(s.with ?? {})) expect(ACTION_INPUTS).toContain(k);
  });
});

/** Every `run:` script in a parsed YAML document, wherever it sits (steps of jobs, a bare list of steps, one step). */
function runScripts(doc: unknown): string[] {
  if (Array.isArray(doc)) return doc.flatMap(runScripts);
  if (doc === null || typeof doc !== 'object') return [];
  return Object.entries(doc).flatMap(([k, v]) => (k === 'run' && typeof v === 'string' ? [v] : runScripts(v)));
}
/** YAML code fences of the README (some indented inside list items). */
const readmeYaml = () =>
  [...read('README.md').matchAll(/^( *)```ya?ml\n([\s\S]*?)^\1```/gm)].map((m, i) => ({
    name: `README.md yaml block ${i + 1}`,
    doc: parse(m[2]!.replace(new RegExp(`^${m[1]}`, 'gm'), '')) as unknown,
  }));
/**
 * Values that come from outside the workflow (outputs holding names from metrics, event payloads, branch names,
 * dispatch inputs) are pasted into a `run:` script before the shell reads it, so they must reach it through `env:`.
 */
const INJECTABLE = /\$\{\{\s*(steps\.|needs\.|inputs\.|github\.event\.|github\.head_ref)/;

describe('no expression from outside the workflow is interpolated into a run: script (SPEC §6)', () => {
  const docs = [...readmeYaml(), ...WORKFLOWS.map((f) => ({ name: f, doc: parse(read(f)) as unknown }))];

  it('the README has YAML examples with run: scripts, and the check catches an interpolated output', () => {
    expect(readmeYaml().flatMap((d) => runScripts(d.doc)).length).toBeGreaterThan(0);
    const bad = parse('- env: { A: "${{ steps.x.outputs.y }}" }\n  run: echo \'${{ steps.alerts.outputs.results }}\'');
    expect(runScripts(bad).filter((r) => INJECTABLE.test(r))).toHaveLength(1);
    expect(
      runScripts(parse('- run: echo "${{ github.event.workflow_run.head_branch }}"')).some((r) => INJECTABLE.test(r)),
    ).toBe(true);
  });

  it.each(docs.map((d) => [d.name, d.doc] as const))('%s', (_name, doc) => {
    for (const script of runScripts(doc)) expect(script).not.toMatch(INJECTABLE);
  });
});

describe('the self-test workflow, run here', () => {
  let api: GitHubApiStandIn | undefined;
  afterAll(() => api?.close());

  it('each uses: ./ step gives the outputs the workflow checks', async () => {
    const steps = stepsOf('.github/workflows/self-test.yml');
    api = await startGitHubApi({ repository: 'acme/vision', token: 'ghs_faketoken' });
    const outputs: Record<string, Record<string, string>> = {};
    for (const s of steps) {
      if (s.uses?.startsWith('actions/upload-artifact')) {
        const dir = String(s.with!.path).replace(/\/$/, '');
        const zip = makeZip(readdirSync(path.join(ROOT, dir)).map((n) => [n, read(`${dir}/${n}`)] as [string, string]));
        api.artifacts.push({ id: api.artifacts.length + 1, runId: '1000', name: String(s.with!.name), zip });
      }
      if (s.uses !== './') continue;
      const inputs = Object.fromEntries(Object.entries(s.with ?? {}).map(([k, v]) => [k, String(v)]));
      const r = await runAction({ workspace: ROOT, inputs, env: { GITHUB_API_URL: api.apiUrl } });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      outputs[s.id!] = r.outputs;
    }
    const check = steps.find((s) => s.run?.includes('test "$'))!;
    const tests = [...check.run!.matchAll(/test "\$(\w+)" = "([^"]*)"/g)];
    expect(tests.length).toBeGreaterThan(3);
    for (const [, variable, expected] of tests) {
      const m = /\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}/.exec(check.env![variable!]!)!;
      expect(`${variable}=${outputs[m[1]!]![m[2]!]}`).toBe(`${variable}=${expected}`);
    }
  });
});
