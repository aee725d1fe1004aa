// The run's context as every message shows it: repository, branch, workflow run (number and attempt), commit and pull
// request. Pure: each surface renders the parts with its own escaping (names are untrusted: a branch can hold anything).
import type { RunContext } from './types.js';

/** One piece of the context line: `code` text is a name (shown literally), `url` makes it a link. */
export interface ContextPart {
  text: string;
  code?: boolean;
  url?: string;
}

/** The context line as groups of parts: parts of a group are joined by a space, groups by " · ". */
export function contextGroups(ctx: RunContext): ContextPart[][] {
  const groups: ContextPart[][] = [];
  const repoUrl = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined;
  if (ctx.repository) groups.push([{ text: ctx.repository, url: repoUrl! }]);
  if (ctx.ref) groups.push([{ text: ctx.ref, code: true }]);
  const run = runGroup(ctx);
  if (run.length) groups.push(run);
  if (ctx.sha) {
    const short: ContextPart = { text: ctx.sha.slice(0, 7) };
    if (repoUrl) short.url = `${repoUrl}/commit/${ctx.sha}`;
    groups.push([{ text: 'commit' }, short]);
  }
  if (ctx.pullRequest !== undefined) {
    const pr: ContextPart = { text: `PR #${ctx.pullRequest}` };
    if (repoUrl) pr.url = `${repoUrl}/pull/${ctx.pullRequest}`;
    groups.push([pr]);
  }
  return groups;
}

/** "workflow `Train` #12 (attempt 2)", the number linked to the run; "workflow run" when only the link is known. */
function runGroup(ctx: RunContext): ContextPart[] {
  const parts: ContextPart[] = [];
  if (ctx.workflow) parts.push({ text: 'workflow' }, { text: ctx.workflow, code: true });
  const attempt = ctx.workflowRunAttempt ? ` (attempt ${ctx.workflowRunAttempt})` : '';
  const label = ctx.runNumber
    ? `#${ctx.runNumber}${attempt}`
    : ctx.workflow
      ? `run${attempt}`
      : ctx.workflowRunUrl
        ? `workflow run${attempt}`
        : '';
  if (label) parts.push(ctx.workflowRunUrl ? { text: label, url: ctx.workflowRunUrl } : { text: label });
  return parts;
}

/** Renders the groups for a surface: `part` escapes and links one part. */
export function renderContext(groups: readonly ContextPart[][], part: (p: ContextPart) => string): string {
  return groups.map((g) => g.map(part).join(' ')).join(' · ');
}
