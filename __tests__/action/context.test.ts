import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readRunnerContext } from '../../src/action/context.js';
import { EVENT_HEAD_SHA, pullRequestEvent, workflowRunEvent } from '../helpers/github-events.js';
import { tempDir } from '../helpers/run-action.js';

/** The environment a runner gives a step (push to main), with the event payload written where it points. */
function env(name: string, payload: unknown, over: Record<string, string> = {}): Record<string, string> {
  const file = path.join(tempDir('event-'), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/vision',
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_RUN_ID: '5000',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '31',
    GITHUB_WORKFLOW: 'Alerts',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_HEAD_REF: '',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    ...over,
  };
}

describe('readRunnerContext', () => {
  it('push: this run, its workflow, number, attempt, branch and commit', () => {
    expect(readRunnerContext(env('push', { ref: 'refs/heads/main' }))).toEqual({
      serverUrl: 'https://github.com',
      eventName: 'push',
      sourceEvent: 'push',
      defaultRunId: '5000',
      repository: 'acme/vision',
      workflowRunId: '5000',
      workflowRunAttempt: '1',
      workflowRunUrl: 'https://github.com/acme/vision/actions/runs/5000',
      workflow: 'Alerts',
      runNumber: '31',
      ref: 'main',
      sha: '0123456789abcdef0123456789abcdef01234567',
    });
  });

  it('pull_request: the pull request number and its head branch (not the merge ref)', () => {
    const ctx = readRunnerContext(
      env('pull_request', pullRequestEvent(7, 'feature/lr'), {
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_REF_NAME: '7/merge',
        GITHUB_HEAD_REF: 'feature/lr',
      }),
    );
    expect(ctx).toMatchObject({ pullRequest: 7, ref: 'feature/lr', workflow: 'Alerts', runNumber: '31' });
    expect(ctx.baseRef).toBe('main');
    // pull_request_target too, from the payload alone.
    const target = readRunnerContext(env('pull_request_target', pullRequestEvent(8, 'fix/x'), { GITHUB_HEAD_REF: '' }));
    expect(target).toMatchObject({ pullRequest: 8, ref: 'fix/x' });
  });

  it("workflow_run: the triggering run's workflow, number, attempt, branch, commit, event and pull request", () => {
    const ctx = readRunnerContext(
      env(
        'workflow_run',
        workflowRunEvent({
          name: 'Train',
          headBranch: 'feature/lr',
          runNumber: 12,
          runAttempt: 2,
          event: 'pull_request',
          pr: 7,
        }),
      ),
    );
    expect(ctx).toMatchObject({
      eventName: 'workflow_run',
      sourceEvent: 'pull_request',
      defaultRunId: '424242',
      workflowRunId: '424242',
      workflowRunAttempt: '2',
      workflowRunUrl: 'https://github.com/acme/vision/actions/runs/424242',
      workflow: 'Train',
      runNumber: '12',
      ref: 'feature/lr',
      sha: EVENT_HEAD_SHA,
      pullRequest: 7,
      baseRef: 'main',
    });
    // A push-triggered run (or a fork's pull request, which GitHub lists with no pull_requests) names none.
    expect(readRunnerContext(env('workflow_run', workflowRunEvent()))).not.toHaveProperty('pullRequest');
    expect(readRunnerContext(env('workflow_run', workflowRunEvent()))).not.toHaveProperty('baseRef');
  });

  it('keeps untrusted names as text without bidirectional overrides, and drops values of the wrong shape', () => {
    const payload = workflowRunEvent({ headBranch: 'x\u202e<!channel>' });
    const run = payload.workflow_run as Record<string, unknown>;
    run.head_sha = 'not a sha; rm -rf';
    run.run_number = '12; x';
    run.pull_requests = [{ number: 'seven' }];
    const ctx = readRunnerContext(env('workflow_run', payload, { GITHUB_SHA: 'zzz' }));
    expect(ctx.ref).toBe('x<!channel>');
    expect(ctx).not.toHaveProperty('sha');
    expect(ctx.runNumber).toBe('31');
    expect(ctx).not.toHaveProperty('pullRequest');
  });

  it('an unreadable payload leaves what the environment says', () => {
    const ctx = readRunnerContext({
      ...env('pull_request', {}),
      GITHUB_EVENT_PATH: '/nonexistent/event.json',
      GITHUB_HEAD_REF: 'feature/lr',
    });
    expect(ctx).toMatchObject({ ref: 'feature/lr', workflow: 'Alerts', runNumber: '31' });
    expect(ctx).not.toHaveProperty('pullRequest');
  });
});
