// pr-comment's adapter against the loopback GitHub API stand-in: create, update in place, pagination, whose comment
// is edited, and refusals as messages naming the fix (never the token).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { nextLink, upsertPrComment, type PrCommentRequest } from '../../src/adapters/github-comments.js';
import { startGitHubApi, type GitHubApiStandIn, type StandInPrComment } from '../helpers/github-api.js';

const TOKEN = 'ghs_commenttoken';
const MARKER = '<!-- metric-alerts:pr-comment config=alerts.yml -->';
let api: GitHubApiStandIn;

beforeAll(async () => {
  api = await startGitHubApi({ repository: 'acme/vision', token: TOKEN, prefix: '/api/v3', pullRequests: [12] });
});
afterAll(() => api.close());
beforeEach(() => {
  api.comments = [];
  api.requests.length = 0;
  api.forbidCommentWrites = false;
});

const request = (body: string, over: Partial<PrCommentRequest> = {}): PrCommentRequest => ({
  apiUrl: api.apiUrl,
  repository: 'acme/vision',
  pullRequest: 12,
  token: TOKEN,
  marker: MARKER,
  body: `${MARKER}\n${body}`,
  ...over,
});

const filler = (n: number, user: StandInPrComment['user'] = { login: 'alice', type: 'User' }): StandInPrComment[] =>
  Array.from({ length: n }, (_, i) => ({ id: 100 + i, pullRequest: 12, body: `comment ${i}`, user }));

describe('upsertPrComment', () => {
  it('creates the comment, then updates the same one in place', async () => {
    const first = await upsertPrComment(request('one'));
    expect(first).toEqual({ ok: true, action: 'created', id: expect.any(Number) });
    const second = await upsertPrComment(request('two'));
    expect(second).toEqual({ ok: true, action: 'updated', id: first.ok ? first.id : -1 });
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toBe(`${MARKER}\ntwo`);
    expect(api.comments[0]!.user).toEqual({ login: 'github-actions[bot]', type: 'Bot' });
    expect(api.requests.every((r) => r.path.startsWith('/api/v3/') && r.authorization === `Bearer ${TOKEN}`)).toBe(
      true,
    );
  });

  it('finds its comment on a later page (Link pagination, 100 a page)', async () => {
    api.comments = [
      ...filler(250),
      { id: 999, pullRequest: 12, body: `${MARKER}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ];
    const r = await upsertPrComment(request('new'));
    expect(r).toEqual({ ok: true, action: 'updated', id: 999 });
    expect(api.comments).toHaveLength(251);
    expect(api.comments.at(-1)!.body).toBe(`${MARKER}\nnew`);
    const pages = api.requests.filter((q) => q.path.includes('/issues/12/comments'));
    expect(pages.map((q) => new URLSearchParams(q.path.split('?')[1]).get('page'))).toEqual([null, '2', '3']);
    expect(api.requests.at(-1)!.path).toBe('/api/v3/repos/acme/vision/issues/comments/999');
  });

  it("never edits a user's comment that carries the marker, nor one of another config", async () => {
    api.comments = [
      { id: 1, pullRequest: 12, body: `${MARKER}\nforged`, user: { login: 'mallory', type: 'User' } },
      {
        id: 2,
        pullRequest: 12,
        body: '<!-- metric-alerts:pr-comment config=other.yml -->\nx',
        user: { login: 'github-actions[bot]', type: 'Bot' },
      },
    ];
    const r = await upsertPrComment(request('mine'));
    expect(r).toMatchObject({ ok: true, action: 'created' });
    expect(api.comments.map((c) => c.body)).toEqual([
      `${MARKER}\nforged`,
      '<!-- metric-alerts:pr-comment config=other.yml -->\nx',
      `${MARKER}\nmine`,
    ]);
  });

  it("with a personal token: updates the token's own user's comment (learnt from GET /user)", async () => {
    const pat = 'ghp_personal';
    const own = await startGitHubApi({ repository: 'acme/vision', token: pat, pullRequests: [12], userLogin: 'carol' });
    try {
      own.comments = [
        { id: 1, pullRequest: 12, body: `${MARKER}\nby mallory`, user: { login: 'mallory', type: 'User' } },
        { id: 2, pullRequest: 12, body: `${MARKER}\nby carol`, user: { login: 'carol', type: 'User' } },
      ];
      const r = await upsertPrComment(request('new', { apiUrl: own.apiUrl, token: pat }));
      expect(r).toEqual({ ok: true, action: 'updated', id: 2 });
      expect(own.comments.map((c) => c.body)).toEqual([`${MARKER}\nby mallory`, `${MARKER}\nnew`]);
    } finally {
      await own.close();
    }
  });

  it('a 403 (no pull-requests: write) is a message naming the permission, without the token', async () => {
    api.forbidCommentWrites = true;
    const r = await upsertPrComment(request('x'));
    expect(r.ok).toBe(false);
    const message = r.ok ? '' : r.message;
    expect(message).toContain('HTTP 403: Resource not accessible by integration');
    expect(message).toContain('permissions: pull-requests: write');
    expect(message).toContain('pull request #12 of acme/vision');
    expect(message).not.toContain(TOKEN);
  });

  it('404 for an unknown pull request, 401 for a wrong token, and an unreachable API: messages, no throw', async () => {
    const unknown = await upsertPrComment(request('x', { pullRequest: 13 }));
    expect(unknown).toMatchObject({ ok: false, message: expect.stringContaining('HTTP 404') });
    expect(unknown.ok ? '' : unknown.message).toContain('not found');
    const wrong = await upsertPrComment(request('x', { token: 'ghs_wrong' }));
    expect(wrong).toMatchObject({ ok: false, message: expect.stringContaining('pass a valid token in github-token') });
    expect(wrong.ok ? '' : wrong.message).not.toContain('ghs_wrong');
    const down = await upsertPrComment(request('x', { apiUrl: 'http://127.0.0.1:1' }));
    expect(down).toMatchObject({ ok: false, message: expect.stringContaining('could not reach http://127.0.0.1:1') });
  });

  it('a comment deleted between the listing and the update is written anew', async () => {
    api.comments = [
      { id: 7, pullRequest: 12, body: `${MARKER}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ];
    api.onCommentsListed = () => (api.comments = []); // as if someone deleted it on GitHub meanwhile
    try {
      const r = await upsertPrComment(request('new'));
      expect(r).toMatchObject({ ok: true, action: 'created' });
      expect(api.comments.map((c) => c.body)).toEqual([`${MARKER}\nnew`]);
      expect(api.requests.map((q) => q.path.split('?')[0]!.replace(/^\/api\/v3\/repos\/acme\/vision/, ''))).toEqual([
        '/issues/12/comments',
        '/issues/comments/7',
        '/issues/12/comments',
      ]);
    } finally {
      api.onCommentsListed = undefined;
    }
  });

  it("after a switch of token to an app, the other bot's comment (403 to edit) is left and a new one written, then kept", async () => {
    const app = await startGitHubApi({
      repository: 'acme/vision',
      token: 'ghs_app',
      botLogin: 'metric-app[bot]',
      prefix: '/api/v3',
      pullRequests: [12],
    });
    try {
      const old = { login: 'github-actions[bot]', type: 'Bot' as const };
      app.comments = [{ id: 7, pullRequest: 12, body: `${MARKER}\nold`, user: old }];
      const over = { apiUrl: app.apiUrl, token: 'ghs_app' };
      const r = await upsertPrComment(request('new', over));
      expect(r).toMatchObject({ ok: true, action: 'created' });
      expect(app.comments.map((c) => [c.user.login, c.body])).toEqual([
        ['github-actions[bot]', `${MARKER}\nold`],
        ['metric-app[bot]', `${MARKER}\nnew`],
      ]);
      expect(await upsertPrComment(request('newer', over))).toMatchObject({ ok: true, action: 'updated' });
      expect(app.comments).toHaveLength(2);
      expect(app.comments[1]!.body).toBe(`${MARKER}\nnewer`);
    } finally {
      await app.close();
    }
  });

  it('follows rel="next" only on the API origin', () => {
    const link = '<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"';
    expect(nextLink(link, 'https://api.github.com')).toBe('https://api.github.com/x?page=2');
    expect(nextLink('<https://evil.example/x?page=2>; rel="next"', 'https://api.github.com')).toBeUndefined();
    expect(nextLink('', 'https://api.github.com')).toBeUndefined();
  });
});
