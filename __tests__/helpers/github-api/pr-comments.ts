// Issue comments of pull requests (pr-comment): GET /repos/{o}/{r}/issues/{n}/comments?per_page=&page= (paginated
// with a Link header, as GitHub does), POST to the same path (201), PATCH /repos/{o}/{r}/issues/comments/{id} (200);
// 403 "Resource not accessible by integration" on writes when `forbidCommentWrites` is set (a token without
// pull-requests: write) and on editing another bot's comment (an app may edit only its own), 404 for an unknown pull
// request. GET /user answers 403 to an installation token (ghs_…), as GitHub does, and the `userLogin` of a personal
// token otherwise. The token's comments are written by its bot (github-actions[bot]) or by `userLogin`.
import {
  badCredentials,
  notFound,
  page,
  parse,
  send,
  type Exchange,
  type StandInCx,
  type StandInPrComment,
} from './shared.js';

/** GET /user, and the comments of the pull requests the stand-in knows (issues' own comments are issues.ts'). */
export function isPrCommentPath(cx: StandInCx, url: URL): boolean {
  if (url.pathname === `${cx.prefix}/user`) return true;
  const base = `${cx.prefix}/repos/${cx.opts.repository}/issues`;
  if (!url.pathname.startsWith(`${base}/`)) return false;
  const rest = url.pathname.slice(base.length);
  const list = /^\/(\d+)\/comments$/.exec(rest);
  if (list) return (cx.opts.pullRequests ?? []).includes(Number(list[1]));
  // Editing a comment by id is pr-comment's only (github-issue never edits one).
  return /^\/comments\/(\d+)$/.test(rest);
}

function commentJson(cx: StandInCx, c: StandInPrComment) {
  const repo = cx.opts.repository;
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${cx.origin}${cx.prefix}/repos/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${repo}/pull/${c.pullRequest}#issuecomment-${c.id}`,
    issue_url: `${cx.origin}${cx.prefix}/repos/${repo}/issues/${c.pullRequest}`,
    body: c.body,
    user: { login: c.user.login, id: 41898282, type: c.user.type },
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    created_at: '2026-11-22T10:00:00Z',
    updated_at: '2026-11-22T10:00:00Z',
  };
}

const forbidden = (x: Exchange): true =>
  send(x.res, 403, {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest/issues/comments',
  });

const bodyOf = (text: string): string => String((parse(text) as { body?: unknown }).body);

export function answerPrComments(cx: StandInCx, x: Exchange): true {
  const { api, opts } = cx;
  api.requests.push({ path: x.url.pathname + x.url.search, authorization: x.req.headers.authorization });
  if (x.req.headers.authorization !== `Bearer ${opts.token}`) return badCredentials(x.res);
  if (x.url.pathname === `${cx.prefix}/user`)
    return opts.token.startsWith('ghs_') || !opts.userLogin
      ? send(x.res, 403, { message: 'Resource not accessible by integration' })
      : send(x.res, 200, { login: opts.userLogin, type: 'User' });
  const rest = x.url.pathname.slice(`${cx.prefix}/repos/${opts.repository}/issues`.length);
  const pr = Number(/^\/(\d+)\/comments$/.exec(rest)?.[1] ?? NaN);
  const one = /^\/comments\/(\d+)$/.exec(rest);
  if ((opts.pullRequests ?? []).includes(pr) && x.method === 'GET') {
    page(
      cx,
      x,
      api.comments.filter((c) => c.pullRequest === pr).map((c) => commentJson(cx, c)),
    );
    api.onCommentsListed?.();
    return true;
  }
  if ((opts.pullRequests ?? []).includes(pr) && x.method === 'POST') {
    if (api.forbidCommentWrites) return forbidden(x);
    const c: StandInPrComment = { id: cx.nextId++, pullRequest: pr, body: bodyOf(x.body), user: cx.author };
    api.comments = [...api.comments, c];
    return send(x.res, 201, commentJson(cx, c));
  }
  if (one && x.method === 'PATCH') {
    const c = api.comments.find((y) => y.id === Number(one[1]));
    if (!c) return send(x.res, 404, { message: 'Not Found' });
    // An app may edit only its own comments (another bot's: 403, as GitHub answers).
    if (api.forbidCommentWrites || (cx.author.type === 'Bot' && c.user.login !== cx.author.login)) return forbidden(x);
    const body = bodyOf(x.body);
    api.comments = api.comments.map((y) => (y.id === c.id ? { ...y, body } : y));
    return send(x.res, 200, commentJson(cx, { ...c, body }));
  }
  return notFound(x.res);
}
