// CONTEXT: refresh tokens are single-use and a reused one revokes the whole session, so the client must refresh
// exactly once however many requests fail together, retry each once, and give up cleanly when refreshing fails.
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';

const storage = new Map<string, string>();
Object.assign(globalThis, {
  sessionStorage: {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  },
});

const session = await import('../src/shared/session/session.ts');

type Call = { body: { query: string; variables?: Record<string, unknown> }; authorization: string | null };
let calls: Call[] = [];
let validToken = 'access-2';
let refreshOk = true;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const viewer = {
  user: null,
  organisation: null,
  roles: ['ENTERPRISE'],
  jurisdiction: null,
  mustChangePassword: false,
  idleTimeoutSeconds: 600,
};

globalThis.fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
  const body = JSON.parse(String(init?.body)) as Call['body'];
  const authorization = new Headers(init?.headers).get('authorization');
  calls.push({ body, authorization });
  if (body.query.includes('refreshSession')) {
    await new Promise((r) => setTimeout(r, 10));
    if (!refreshOk)
      return json({
        data: null,
        errors: [{ message: '登录已失效', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    return json({
      data: {
        refreshSession: {
          accessToken: validToken,
          expiresIn: 900,
          refreshToken: 'refresh-2',
          mustChangePassword: false,
          viewer,
        },
      },
    });
  }
  if (authorization === `Bearer ${validToken}` && body.query.includes('query Viewer'))
    return json({ data: { viewer: { ...viewer, user: { username: 'u1', displayName: '张三' } } } });
  if (authorization === `Bearer ${validToken}`) return json({ data: { ok: true } });
  return json({ data: null, errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] });
};

const request = () =>
  session.authFetch('/graphql', { method: 'POST', body: JSON.stringify({ query: '{ ok }' }) });
const refreshCalls = () => calls.filter((c) => c.body.query.includes('refreshSession'));

beforeEach(() => {
  calls = [];
  refreshOk = true;
  validToken = 'access-2';
  session.clearSession();
  session.storeSession({
    accessToken: 'access-1',
    expiresIn: 900,
    refreshToken: 'refresh-1',
    mustChangePassword: false,
    viewer,
  } as never);
});

test('an expired access token is refreshed once and the request retried with the new token', async () => {
  const response = await request();
  assert.deepEqual(await response.json(), { data: { ok: true } });
  assert.equal(calls[0]!.authorization, 'Bearer access-1');
  assert.deepEqual(
    refreshCalls().map((c) => c.body.variables),
    [{ refreshToken: 'refresh-1' }],
  );
  assert.equal(calls.at(-1)!.authorization, 'Bearer access-2');
  assert.equal(session.getRefreshToken(), 'refresh-2');
});

test('parallel failures share one refresh', async () => {
  const responses = await Promise.all([request(), request(), request()]);
  for (const r of responses) assert.deepEqual(await r.json(), { data: { ok: true } });
  assert.equal(refreshCalls().length, 1);
});

test('a failed refresh clears the session and reports expiry', async () => {
  refreshOk = false;
  const events: string[] = [];
  const off = session.onSessionEvent((e) => events.push(e.kind));
  const response = await request();
  off();
  assert.equal(((await response.json()) as { errors: unknown[] }).errors.length, 1);
  assert.deepEqual(events, ['expired']);
  assert.equal(session.getRefreshToken(), null);
  assert.equal(session.getAccessToken(), null);
});

test('after a reload only the refresh token exists: it is exchanged before the request', async () => {
  session.clearSession();
  storage.set('anze.refreshToken', 'refresh-1');
  await request();
  assert.ok(calls[0]!.body.query.includes('refreshSession'));
  assert.equal(calls[1]!.authorization, 'Bearer access-2');
});

test('anonymous requests are sent without a token and never trigger a refresh', async () => {
  session.clearSession();
  await request();
  assert.equal(calls.length, 1);
  assert.equal(calls[0]!.authorization, null);
});

// CONTEXT: the login payload's viewer came without user and organisation (the header showed no names): the app reads
// `viewer` again with the new token.
test("the viewer is read with the session's token, refreshed when needed", async () => {
  const fresh = await session.fetchViewer();
  assert.equal(fresh?.user?.displayName, '张三');
  assert.equal(calls.at(-1)!.authorization, 'Bearer access-2');
  session.clearSession();
  assert.equal(await session.fetchViewer(), null);
});
