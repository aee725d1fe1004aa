// The pull request comment of pr-comment (SPEC §6) through GitHub's REST API (GITHUB_API_URL, so GitHub Enterprise
// Server works): list the pull request's issue comments (paginated by Link), find the one whose first line is the
// marker, PATCH it, else POST a new one. Whose comment is edited: one written by a bot (github-actions[bot] for the
// workflow's GITHUB_TOKEN, or an app), else one written by the token's own user (a personal token, learnt from
// GET /user); a comment anyone else wrote is never edited, even with the marker. Nothing here throws: a refusal is
// a message naming the fix, and the token never appears in it. Loaded only when pr-comment is on in a PR's run.
import { isRecord } from '../core/records.js';
import {
  authorOf,
  githubCall,
  githubMessage,
  nextLink,
  refusalOf,
  tokenLogin,
  type RestAnswer,
  type RestTransport,
} from './github-rest.js';
import { httpRequest } from './http.js';

export interface PrCommentRequest {
  /** e.g. https://api.github.com or https://ghe.example.com/api/v3 */
  apiUrl: string;
  /** owner/name */
  repository: string;
  pullRequest: number;
  token: string;
  /** The comment's first line. */
  marker: string;
  body: string;
  timeoutMs?: number;
}

export type PrCommentResult = { ok: true; action: 'created' | 'updated'; id: number } | { ok: false; message: string };

interface Comment {
  id: number;
  login: string;
  bot: boolean;
}

/** Pages of 100 comments read at most (10,000 comments). */
const MAX_PAGES = 100;
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

class Refused extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** A 404 or a 403 that is no rate limit: the comment is not this token's to edit. */
    readonly writeAnew = false,
  ) {
    super(message);
  }
}

interface Api {
  req: PrCommentRequest;
  call(method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown): Promise<RestAnswer & { json: unknown }>;
}

/** Node's http/https as github-rest's transport (the comment is written once per run: no keep-alive). */
const transport: RestTransport = {
  async request(url, req, signal) {
    const res = await httpRequest(url, { ...req, signal, maxBytes: MAX_ANSWER_BYTES });
    return { status: res.status, headers: res.headers, body: res.body.toString('utf8') };
  },
};

function api(req: PrCommentRequest): Api {
  const timeoutMs = req.timeoutMs ?? 30_000;
  return {
    req,
    async call(method, url, body) {
      let res: RestAnswer;
      try {
        const c = { token: req.token, method, url, timeoutMs };
        res = await githubCall(transport, body === undefined ? c : { ...c, body });
      } catch (e) {
        const err = e as { name?: string; code?: string; message?: string };
        const why =
          err.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (err.code ?? err.message ?? 'error');
        throw new Refused(`could not reach ${new URL(url).origin} (${why})`);
      }
      let json: unknown;
      try {
        json = JSON.parse(res.body);
      } catch {
        json = undefined;
      }
      return { ...res, json };
    },
  };
}

export { nextLink };

/** What GitHub's error answer says, short, without the token. */
function refusal(req: PrCommentRequest, res: RestAnswer, doing: string): Refused {
  const { status } = res;
  const message = githubMessage(res.body);
  const said = message ? `: ${message}` : '';
  const code = `HTTP ${status}${said}`.split(req.token).join('***');
  const where = `pull request #${req.pullRequest} of ${req.repository}`;
  const kind = refusalOf(res).kind;
  const fix =
    status === 401
      ? 'pass a valid token in github-token'
      : kind === 'rate-limited'
        ? "GitHub's API rate limit was hit; the next run updates the comment"
        : kind === 'locked'
          ? 'the pull request is locked; unlock it to let the comment be written'
          : status === 403
            ? 'give the job `permissions: pull-requests: write` (a pull_request run from a fork gets a read-only token: comment from a workflow_run workflow instead)'
            : status === 404
              ? 'the pull request was not found, or the token cannot see the repository (check github-token and `permissions: pull-requests: write`)'
              : 'the next run tries again';
  const anew = status === 404 || (status === 403 && kind === 'forbidden');
  return new Refused(`could not ${doing} on ${where} (${code}); ${fix}`, status, anew);
}

function commentOf(v: unknown, marker: string): Comment | undefined {
  if (!isRecord(v) || typeof v.id !== 'number' || typeof v.body !== 'string') return undefined;
  if (v.body.split(/\r?\n/, 1)[0]!.trim() !== marker) return undefined;
  return { id: v.id, ...authorOf(v) };
}

/** Every comment of the pull request that starts with the marker, oldest first. */
async function markedComments(a: Api): Promise<Comment[]> {
  const { req } = a;
  const base = req.apiUrl.replace(/\/+$/, '');
  let url: string | undefined = `${base}/repos/${req.repository}/issues/${req.pullRequest}/comments?per_page=100`;
  const found: Comment[] = [];
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const res = await a.call('GET', url);
    if (res.status !== 200 || !Array.isArray(res.json)) throw refusal(req, res, 'list the comments');
    for (const v of res.json as unknown[]) {
      const c = commentOf(v, req.marker);
      if (c) found.push(c);
    }
    url = nextLink(res.headers.link, base);
  }
  return found;
}

/**
 * The comment this action wrote before: the newest a bot wrote (after a switch of token, from GITHUB_TOKEN to an app's,
 * the new bot's own comment is the newest once written), else one the token's own user wrote.
 */
async function ownComment(a: Api, marked: readonly Comment[]): Promise<Comment | undefined> {
  const bot = marked.filter((c) => c.bot).at(-1);
  if (bot || marked.length === 0) return bot;
  const { apiUrl, token } = a.req;
  const login = await tokenLogin(transport, { apiUrl, token, timeoutMs: a.req.timeoutMs ?? 30_000 }).catch(
    () => undefined,
  );
  return login ? marked.find((c) => c.login === login) : undefined;
}

async function write(a: Api, existing: Comment | undefined): Promise<PrCommentResult> {
  const { req } = a;
  const base = req.apiUrl.replace(/\/+$/, '');
  const url = existing
    ? `${base}/repos/${req.repository}/issues/comments/${existing.id}`
    : `${base}/repos/${req.repository}/issues/${req.pullRequest}/comments`;
  const res = await a.call(existing ? 'PATCH' : 'POST', url, { body: req.body });
  const ok = existing ? res.status === 200 : res.status === 201;
  if (!ok) throw refusal(req, res, existing ? 'update the comment' : 'comment');
  const id = isRecord(res.json) && typeof res.json.id === 'number' ? res.json.id : (existing?.id ?? 0);
  return { ok: true, action: existing ? 'updated' : 'created', id };
}

/** Creates the pull request's comment, or updates the one an earlier run wrote. Never throws. */
export async function upsertPrComment(req: PrCommentRequest): Promise<PrCommentResult> {
  const a = api(req);
  try {
    const existing = await ownComment(a, await markedComments(a));
    try {
      return await write(a, existing);
    } catch (e) {
      // Deleted between the listing and the update, or written by another bot (the token changed from GITHUB_TOKEN to
      // an app's, which may not edit it): written anew.
      if (existing && e instanceof Refused && e.writeAnew) return await write(a, undefined);
      throw e;
    }
  } catch (e) {
    const message = e instanceof Refused ? e.message : `could not comment (${(e as Error).message})`;
    return { ok: false, message: message.split(req.token).join('***') };
  }
}
