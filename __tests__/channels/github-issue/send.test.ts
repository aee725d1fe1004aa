// One github-issue event in one attempt against the loopback GitHub API stand-in: find by marker (the issues list,
// paginated; never the search API), open, comment, close, reopen; idempotent across retries; answers classified.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { channelType } from '../../../src/channels/github-issue/index.js';
import type { GithubIssueRequest } from '../../../src/channels/github-issue/render.js';
import { nextLink } from '../../../src/adapters/github-rest.js';
import { classifyGitHub, NO_TOKEN } from '../../../src/channels/github-issue/send.js';
import { httpClient } from '../../../src/channels/http-client.js';
import type { DigestItem, SendContext } from '../../../src/channels/types.js';
import type { GithubIssueChannel, RunContext } from '../../../src/core/types.js';
import type { LedgerEvent } from '../../../src/core/history/ledger.js';
import { ledgerEvent } from '../../helpers/fixtures.js';
import { secondaryRateLimit, startGitHubApi, type GitHubApiStandIn } from '../../helpers/github-api.js';

const TOKEN = 'ghs_unit_token';
const REPO = 'acme/vision';
const ctx: RunContext = { serverUrl: 'https://github.com', repository: REPO };
const channel: GithubIssueChannel = { name: 'gh', type: 'github-issue', labels: ['ml-alert'], assignees: ['alice'] };
const http = httpClient();
let api: GitHubApiStandIn;

beforeAll(async () => {
  api = await startGitHubApi({ repository: REPO, token: TOKEN, prefix: '/api/v3' });
});
afterAll(async () => {
  http.destroy();
  await api.close();
});
beforeEach(() => {
  api.issues = [];
  api.labels = [];
  api.faults = [];
  api.calls.length = 0;
  api.pageSize = 100;
  api.issuesDisabled = false;
  api.dropLabels = false;
});

function sx(token: string | undefined = TOKEN): SendContext<GithubIssueChannel> {
  return {
    channel,
    signal: AbortSignal.timeout(10_000),
    timeoutMs: 10_000,
    http,
    ...(token ? { github: { token, apiUrl: api.apiUrl, repository: REPO } } : {}),
  };
}

function request(over: Partial<LedgerEvent> = {}, ch = channel, thread?: string): GithubIssueRequest {
  const items: DigestItem[] = [{ event: ledgerEvent(over), recent: [], ...(thread ? { thread } : {}) }];
  return channelType.render({ channel: ch, items, ctx })[0]!.request;
}
const send = (r: GithubIssueRequest, s = sx()) => channelType.send(r, s);
const fired = (at = '2026-11-20T10:00:00.000Z') => request({ kind: 'fired', at });
const reminder = () => request({ kind: 'reminder', at: '2026-11-20T11:00:00.000Z' });
const resolved = () => request({ kind: 'resolved', state: 'ok', value: 0.95, at: '2026-11-20T12:00:00.000Z' });

describe('github-issue send', () => {
  it('fired opens one issue with labels, assignees and the marker; the headers GitHub asks for', async () => {
    expect(await send(fired())).toEqual({ outcome: 'success', status: 201, ref: '1' });
    expect(api.issues).toHaveLength(1);
    const issue = api.issues[0]!;
    expect(issue).toMatchObject({ labels: ['ml-alert'], assignees: ['alice'], state: 'open' });
    expect(issue.body.startsWith(fired().marker)).toBe(true);
    const post = api.calls.find((c) => c.method === 'POST')!;
    expect(post.headers).toMatchObject({
      authorization: `Bearer ${TOKEN}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
    });
    expect(api.calls[0]!.path).toBe(
      '/api/v3/repos/acme/vision/issues?labels=ml-alert&state=all&sort=created&direction=asc&per_page=100',
    );
  });

  it('a retry after a lost answer opens no second issue and writes no comment', async () => {
    await send(fired());
    expect(await send(fired())).toEqual({ outcome: 'success', status: 200, ref: '1' });
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]!.comments).toHaveLength(0);
  });

  it('reminder comments once; resolved comments and closes completed; fired again reopens with a comment', async () => {
    await send(fired());
    await send(reminder());
    await send(reminder()); // a retry
    expect(api.issues[0]!.comments).toHaveLength(1);
    expect(await send(resolved())).toEqual({ outcome: 'success', status: 200, ref: '1' });
    expect(api.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(api.issues[0]!.comments).toHaveLength(2);
    expect(api.calls.find((c) => c.method === 'PATCH')!.body).toBe('{"state":"closed","state_reason":"completed"}');
    expect(await send(fired('2026-11-21T10:00:00.000Z'))).toMatchObject({ outcome: 'success', ref: '1' });
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]!.state).toBe('open');
    expect(api.issues[0]!.comments).toHaveLength(3);
    expect(api.calls.some((c) => c.path.includes('/search/'))).toBe(false);
  });

  it('finds its issue on a later page (Link header), skipping pull requests; stops paging once found', async () => {
    api.pageSize = 2;
    for (let i = 0; i < 5; i++) await send(request({ experiment: `exp-${i}` }));
    const marker = request({ experiment: 'exp-4' }).marker;
    api.issues.unshift({
      number: 0,
      title: 'a pull request with the marker',
      body: marker,
      labels: ['ml-alert'],
      assignees: [],
      state: 'open',
      state_reason: null,
      comments: [],
      pull_request: true,
    });
    const later = { kind: 'reminder' as const, at: '2026-11-20T11:00:00.000Z' };
    const lists = () => api.calls.filter((c) => c.method === 'GET' && /\/issues\?/.test(c.path)).length;
    api.calls.length = 0;
    expect(await send(request({ experiment: 'exp-4', ...later }))).toMatchObject({ outcome: 'success', ref: '5' });
    expect(lists()).toBe(3);
    api.calls.length = 0;
    expect(await send(request({ experiment: 'exp-0', ...later }))).toMatchObject({ outcome: 'success', ref: '1' });
    expect(lists()).toBe(1);
    expect(api.issues).toHaveLength(6);
    expect(api.issues.find((i) => i.number === 0)!.comments).toHaveLength(0);
  });

  it('a comment then closing are spaced (content creation limit)', async () => {
    await send(fired());
    api.calls.length = 0;
    await send(resolved());
    const [comment, patch] = api.calls.filter((c) => c.method !== 'GET');
    expect(comment!.method).toBe('POST');
    expect(patch!.method).toBe('PATCH');
    expect(patch!.at - comment!.at).toBeGreaterThanOrEqual(900);
  });

  it('a resolved event with no issue writes nothing', async () => {
    expect(await send(resolved())).toMatchObject({ outcome: 'success' });
    expect(api.calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  });

  it('no token: final, saying to give the job issues: write', async () => {
    expect(await send(fired(), sx(''))).toEqual({ outcome: 'final', error: NO_TOKEN });
    expect(NO_TOKEN).toContain('issues: write');
    expect(api.calls).toHaveLength(0);
  });

  it('a secondary rate limit (403 with retry-after) is retried with its wait', async () => {
    api.faults.push({
      status: 403,
      headers: { 'retry-after': '2' },
      body: { message: 'You have exceeded a secondary rate limit' },
    });
    expect(await send(fired())).toMatchObject({ outcome: 'retry', status: 403, afterMs: 2000, rateLimited: true });
    expect(await send(fired())).toMatchObject({ outcome: 'success', status: 201 });
  });

  it('410 (issues disabled), 404, 422, 403 without a limit are final and say what to do', async () => {
    api.issuesDisabled = true;
    const gone = await send(fired());
    expect(gone).toMatchObject({ outcome: 'final', status: 410 });
    expect((gone as { error: string }).error).toMatch(/issues are disabled in acme\/vision/);
    api.issuesDisabled = false;
    const other = { ...channel, repository: 'acme/private' };
    expect(await send(request({}, other))).toMatchObject({ outcome: 'final', status: 404 });
    const ghost = { ...channel, assignees: ['ghost-user'] };
    const invalid = await send(request({}, ghost));
    expect(invalid).toMatchObject({ outcome: 'final', status: 422 });
    expect((invalid as { error: string }).error).toContain('Validation Failed');
    const long = await send(request({}, { ...channel, labels: ['l'.repeat(51)] }));
    expect(long).toMatchObject({ outcome: 'final', status: 422 });
    expect((long as { error: string }).error).toContain('"resource":"Label"');
    api.faults.push({ status: 403, body: { message: 'Resource not accessible by integration' } });
    const forbidden = await send(fired());
    expect(forbidden).toMatchObject({ outcome: 'final', status: 403 });
    expect((forbidden as { error: string }).error).toContain('issues: write');
    expect(JSON.stringify([gone, invalid, forbidden])).not.toContain(TOKEN);
  });
});

const MALLORY = { login: 'mallory', type: 'User' as const };
const lists = () => api.calls.filter((c) => c.method === 'GET' && /\/issues\?/.test(c.path)).length;
const atRef = (over: Partial<LedgerEvent>, ref: string) => request(over, channel, ref);
const later = { kind: 'reminder' as const, at: '2026-11-20T11:00:00.000Z' };

describe('github-issue: whose markers count, the recorded number first, the end of the pages', () => {
  it("an issue or comment with the marker by someone else (not a bot, not the token's user) is not adopted", async () => {
    const f = fired();
    api.issues = [
      {
        number: 1,
        title: 'x',
        body: f.body,
        labels: ['ml-alert'],
        assignees: [],
        state: 'open',
        state_reason: null,
        comments: [],
        user: MALLORY,
      },
    ];
    expect(await send(f)).toMatchObject({ outcome: 'success', status: 201, ref: '2' });
    const r = reminder();
    api.issues[1]!.comments.push({ id: 1, body: r.comment, user: MALLORY });
    await send(r);
    expect(api.issues[1]!.comments).toHaveLength(2);
    expect(api.issues[0]!.comments).toHaveLength(0);
  });

  it("a personal token's own issues are trusted (GET /user), once per send", async () => {
    const own = await startGitHubApi({ repository: REPO, token: 'ghp_personal', userLogin: 'carol' });
    try {
      const s = { ...sx(), github: { token: 'ghp_personal', apiUrl: own.apiUrl, repository: REPO } };
      expect(await send(fired(), s)).toMatchObject({ ref: '1' });
      own.calls.length = 0;
      expect(await send(reminder(), s)).toMatchObject({ outcome: 'success', ref: '1' });
      expect(own.issues).toHaveLength(1);
      expect(own.calls.filter((c) => c.path === '/user')).toHaveLength(1);
    } finally {
      await own.close();
    }
  });

  it('an event with a recorded issue number looks there first; one without the marker falls back to the label', async () => {
    await send(fired());
    await send(request({ experiment: 'other' }));
    api.calls.length = 0;
    expect(await send(atRef(later, '1'))).toMatchObject({ outcome: 'success', ref: '1' });
    expect(api.calls[0]).toMatchObject({ method: 'GET', path: '/api/v3/repos/acme/vision/issues/1' });
    expect(lists()).toBe(0);
    api.calls.length = 0;
    const r = { ...later, at: '2026-11-20T12:00:00.000Z' };
    expect(await send(atRef(r, '2'))).toMatchObject({ outcome: 'success', ref: '1' });
    expect(await send(atRef({ ...r, at: '2026-11-20T13:00:00.000Z' }, '99'))).toMatchObject({ ref: '1' });
    expect(lists()).toBe(2);
    expect(api.issues[0]!.comments).toHaveLength(3);
  });

  it("each request has its own timeout, inside the send's signal", async () => {
    const signals: AbortSignal[] = [];
    const spy = { request: (u: string, r: never, s: AbortSignal) => (signals.push(s), http.request(u, r, s)) };
    const outer = new AbortController();
    await send(fired(), { ...sx(), http: spy, signal: outer.signal });
    expect(signals.length).toBeGreaterThanOrEqual(2);
    expect(new Set(signals).size).toBe(signals.length);
    expect(signals.some((s) => s === outer.signal || s.aborted)).toBe(false);
    outer.abort();
    expect(signals.every((s) => s.aborted)).toBe(true);
  });

  it('when the label pages run out before the marker is found, nothing is opened: final, saying why', async () => {
    api.pageSize = 1;
    for (let i = 0; i < 31; i++) await send(request({ experiment: `exp-${i}` }));
    api.calls.length = 0;
    const out = await send(request({ experiment: 'new' }));
    expect(out).toMatchObject({ outcome: 'final' });
    expect((out as { error: string }).error).toContain(
      "could not find the instance's issue within 3000 issues labelled ml-alert",
    );
    expect(api.issues).toHaveLength(31);
    expect(api.calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  });

  it('an issue opened without the label (labels refused) is found again by its recorded number', async () => {
    api.dropLabels = true;
    const opened = await send(fired());
    expect(opened).toMatchObject({ outcome: 'success', ref: '1' });
    expect((opened as { note: string }).note).toContain('opened without the label ml-alert');
    expect(await send(atRef(later, '1'))).toMatchObject({ outcome: 'success', ref: '1' });
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]!.comments).toHaveLength(1);
  });

  it("a note's issue is closed (completed) right after it is opened; a retry opens no second one", async () => {
    const n = channelType.note(channel, { title: 'wired up', text: 'hello', level: 'info' }, ctx).request;
    expect(await send(n)).toMatchObject({ outcome: 'success', ref: '1' });
    expect(api.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(await send(n)).toMatchObject({ outcome: 'success', ref: '1' });
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]!.comments).toHaveLength(0);
  });
});

describe('github-issue refusals (403)', () => {
  it('a secondary rate limit with no retry-after and no x-ratelimit-remaining waits a minute (GitHub docs)', async () => {
    api.faults.push(secondaryRateLimit());
    const a = await send(fired());
    expect(a).toMatchObject({ outcome: 'retry', status: 403, afterMs: 60_000, rateLimited: true });
    expect((a as { error: string }).error).toContain('secondary rate limit');
    expect(api.issues).toHaveLength(0);
  });

  it("quotes GitHub's message; issues: write only for a token without the permission", async () => {
    api.faults.push({ status: 403, body: { message: 'Must have admin rights to Repository.' } });
    const admin = await send(fired());
    expect(admin).toMatchObject({ outcome: 'final', status: 403 });
    expect((admin as { error: string }).error).toContain('"Must have admin rights to Repository."');
    expect((admin as { error: string }).error).not.toContain('issues: write');
  });

  it('a locked issue is final with its own message', async () => {
    await send(fired());
    api.faults.push({
      status: 403,
      body: { message: 'Unable to create comment because issue is locked.' },
      when: (method) => method === 'POST',
    });
    const locked = await send(reminder());
    expect(locked).toMatchObject({ outcome: 'final', status: 403 });
    expect((locked as { error: string }).error).toMatch(/is locked .*unlock it/);
    expect((locked as { error: string }).error).not.toContain('issues: write');
  });
});

describe('github-issue answers', () => {
  const answer = (status: number, headers: Record<string, string> = {}, body = '{"message":"x"}') => ({
    status,
    headers,
    body,
  });
  it('x-ratelimit-remaining: 0 waits until x-ratelimit-reset', () => {
    const now = 1_000_000_000_000;
    const a = classifyGitHub(
      answer(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 5) }),
      REPO,
      now,
    );
    expect(a).toMatchObject({ outcome: 'retry', afterMs: 5000, rateLimited: true });
    expect(classifyGitHub(answer(429), REPO)).toMatchObject({ outcome: 'retry', afterMs: 60_000, rateLimited: true });
    const primary = answer(
      403,
      { 'x-ratelimit-remaining': '0' },
      '{"message":"API rate limit exceeded for installation"}',
    );
    expect(classifyGitHub(primary, REPO)).toMatchObject({ outcome: 'retry', afterMs: 60_000, rateLimited: true });
    expect(classifyGitHub(answer(502), REPO)).toMatchObject({ outcome: 'retry' });
  });
  it('a next page is followed only on the API origin (the token goes nowhere else)', () => {
    const link = '<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=3>; rel="last"';
    expect(nextLink(link, 'https://api.github.com')).toBe('https://api.github.com/x?page=2');
    expect(nextLink('<https://evil.example/x>; rel="next"', 'https://api.github.com')).toBeUndefined();
    expect(nextLink(undefined, 'https://api.github.com')).toBeUndefined();
  });
});
