// Issues (github-issue): GET/POST /repos/{o}/{r}/issues (list filtered by labels and state, newest first or
// direction=asc, paginated with a Link header; creating an issue with an unknown label creates the label, as GitHub
// does; a label over 50 characters is refused with 422; with `dropLabels` the labels are dropped silently, as for a
// token that may not set them), GET/PATCH /repos/{o}/{r}/issues/{n}, GET/POST .../issues/{n}/comments, GET
// /repos/{o}/{r}/labels; 410 when issues are disabled; queued `faults` answered instead (rate limits); /search/issues
// answers too, so tests can assert it is never called. Issues and comments carry their author (`user`).
import type http from 'node:http';
import {
  DOCS,
  page,
  parse,
  send,
  type Exchange,
  type StandInComment,
  type StandInCx,
  type StandInIssue,
} from './shared.js';

/** A page of at most `pageSize` (GitHub's per_page, capped at 100). */
const issuePage = (cx: StandInCx, x: Exchange, items: unknown[]): true => page(cx, x, items, cx.api.pageSize);

/** Answers the issues endpoints (and /search/issues); false for any other path. */
export function answerIssues(cx: StandInCx, x: Exchange): boolean {
  const { method } = x;
  const path = x.url.pathname;
  if (path === `${cx.prefix}/search/issues`)
    return send(x.res, 200, { total_count: 0, incomplete_results: false, items: [] });
  const base = `${cx.prefix}/repos/${cx.opts.repository}`;
  const rest = path.startsWith(`${base}/`) ? path.slice(base.length) : undefined;
  if (rest === undefined || !/^\/(issues|labels)(\/|$)/.test(rest)) {
    if (/^\/repos\/[^/]+\/[^/]+\/(issues|labels)/.test(path.slice(cx.prefix.length)))
      return send(x.res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    return false;
  }
  if (x.req.headers.authorization !== `Bearer ${cx.opts.token}`)
    return send(x.res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
  const fault = cx.api.faults.findIndex((f) => !f.when || f.when(method, path));
  if (fault >= 0) {
    const [f] = cx.api.faults.splice(fault, 1);
    return send(x.res, f!.status, f!.body, f!.headers);
  }
  if (cx.api.issuesDisabled)
    return send(x.res, 410, { message: 'Issues are disabled for this repo', documentation_url: DOCS, status: '410' });
  return routeIssues(cx, x, method, rest);
}

function routeIssues(cx: StandInCx, x: Exchange, method: string, rest: string): true {
  if (rest === '/labels' && method === 'GET')
    return send(
      x.res,
      200,
      cx.api.labels.map((name) => ({ name })),
    );
  if (rest === '/issues' && method === 'GET') return listIssues(cx, x);
  if (rest === '/issues' && method === 'POST') return createIssue(cx, x);
  const one = /^\/issues\/(\d+)(\/comments)?$/.exec(rest);
  const issue = one ? cx.api.issues.find((i) => i.number === Number(one[1])) : undefined;
  if (!one || !issue) return send(x.res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
  if (one[2] && method === 'GET')
    return issuePage(
      cx,
      x,
      issue.comments.map((c) => commentJson(cx, c)),
    );
  if (one[2] && method === 'POST') {
    const body = parse(x.body) as { body?: unknown };
    if (typeof body.body !== 'string' || body.body.length > 65536) return invalid(x.res, 'body');
    const id = 1000 + cx.api.issues.reduce((n, i) => n + i.comments.length, 0);
    const comment = { id, body: body.body, user: cx.author };
    issue.comments.push(comment);
    return send(x.res, 201, commentJson(cx, comment));
  }
  if (!one[2] && method === 'PATCH') {
    const body = parse(x.body) as { state?: unknown; state_reason?: unknown };
    if (body.state === 'closed' || body.state === 'open') issue.state = body.state;
    issue.state_reason =
      body.state === 'closed'
        ? ((body.state_reason as string | undefined) ?? 'completed')
        : body.state === 'open'
          ? 'reopened'
          : issue.state_reason;
    return send(x.res, 200, issueJson(cx, issue));
  }
  if (!one[2] && method === 'GET') return send(x.res, 200, issueJson(cx, issue));
  return send(x.res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
}

function invalid(res: http.ServerResponse, field: string, resource = 'Issue'): true {
  return send(res, 422, {
    message: 'Validation Failed',
    errors: [{ resource, code: 'invalid', field }],
    documentation_url: DOCS,
    status: '422',
  });
}

const commentJson = (cx: StandInCx, c: StandInComment) => ({ id: c.id, body: c.body, user: c.user ?? cx.author });

function issueJson(cx: StandInCx, i: StandInIssue): Record<string, unknown> {
  return {
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason,
    labels: i.labels.map((name) => ({ name })),
    assignees: i.assignees.map((login) => ({ login })),
    comments: i.comments.length,
    html_url: `${cx.origin}/${cx.opts.repository}/issues/${i.number}`,
    user: i.user ?? cx.author,
    ...(i.pull_request ? { pull_request: { url: `${cx.origin}/pulls/${i.number}` } } : {}),
  };
}

function listIssues(cx: StandInCx, x: Exchange): true {
  const q = x.url.searchParams;
  const labels = (q.get('labels') ?? '').split(',').filter(Boolean);
  const state = q.get('state') ?? 'open';
  const found = cx.api.issues
    .filter((i) => labels.every((l) => i.labels.includes(l)))
    .filter((i) => state === 'all' || i.state === state)
    .sort((a, b) => (q.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
  return issuePage(
    cx,
    x,
    found.map((i) => issueJson(cx, i)),
  );
}

function createIssue(cx: StandInCx, x: Exchange): true {
  const body = parse(x.body) as { title?: unknown; body?: unknown; labels?: unknown; assignees?: unknown };
  if (typeof body.title !== 'string' || body.title.length === 0 || body.title.length > 256)
    return invalid(x.res, 'title');
  if (body.body !== undefined && (typeof body.body !== 'string' || body.body.length > 65536))
    return invalid(x.res, 'body');
  const labels = Array.isArray(body.labels) ? body.labels.map(String) : [];
  const assignees = Array.isArray(body.assignees) ? body.assignees.map(String) : [];
  if (assignees.some((a) => a.startsWith('ghost'))) return invalid(x.res, 'assignees');
  // GitHub refuses a label name over 50 characters.
  if (labels.some((l) => l.length > 50)) return invalid(x.res, 'name', 'Label');
  if (cx.api.dropLabels) labels.length = 0;
  for (const l of labels) if (!cx.api.labels.includes(l)) cx.api.labels.push(l); // GitHub creates an unknown label
  const issue: StandInIssue = {
    number: cx.api.issues.reduce((n, i) => Math.max(n, i.number), 0) + 1,
    title: body.title,
    body: typeof body.body === 'string' ? body.body : '',
    labels,
    assignees,
    state: 'open',
    state_reason: null,
    comments: [],
    user: cx.author,
  };
  cx.api.issues.push(issue);
  return send(x.res, 201, issueJson(cx, issue));
}
