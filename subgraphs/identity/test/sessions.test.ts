import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTokenVerifier } from '@anze/auth';
import { startHarness, type Harness } from './fixtures.ts';
import { demoSignIn } from '../src/testbed.ts';

const LOGIN = `mutation($u: String!, $p: String!) {
  loginWithPassword(username: $u, password: $p) { accessToken refreshToken mustChangePassword expiresIn }
}`;
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
type Tokens = { accessToken: string; refreshToken: string; mustChangePassword: boolean };

let h: Harness;
// Short idle timeout and lockout so the tests can wait them out.
before(async () => (h = await startHarness({ SESSION_IDLE_SECONDS: '2', LOCKOUT_SECONDS: '3' })));
after(() => h.close());

const login = async (u: string, p = 'Anze@2026') =>
  (await h.ok<{ loginWithPassword: Tokens }>(LOGIN, { variables: { u, p } })).loginWithPassword;

test('five consecutive failures lock the account, even against the right password, until the period ends', async () => {
  for (let i = 1; i <= 4; i++) {
    const r = await h.call(LOGIN, { variables: { u: 'hlj-zjt', p: 'wrong-password' } });
    assert.match(r.errors![0]!.message, new RegExp(`再失败${5 - i}次`));
  }
  const fifth = await h.call(LOGIN, { variables: { u: 'hlj-zjt', p: 'wrong-password' } });
  assert.match(fifth.errors![0]!.message, /已锁定/);
  const locked = await h.call(LOGIN, { variables: { u: 'hlj-zjt', p: 'Anze@2026' } });
  assert.match(locked.errors![0]!.message, /已锁定/);
  await sleep(3100);
  assert.ok((await login('hlj-zjt')).accessToken);
});

test('an unknown user and a wrong password get the same answer', async () => {
  const unknown = await h.call(LOGIN, { variables: { u: 'nobody-here', p: 'x' } });
  assert.equal(unknown.errors![0]!.message, '用户名或密码错误');
  assert.equal(unknown.errors![0]!.extensions?.code, 'UNAUTHENTICATED');
});

test('an account issued by someone else must change its password before anything else', async () => {
  const first = await login('hrb-zjj');
  assert.equal(first.mustChangePassword, true);
  const blocked = await h.call('{ myOrganisation { name } }', { token: first.accessToken });
  assert.equal(blocked.errors![0]!.extensions?.code, 'PASSWORD_CHANGE_REQUIRED');
  const change =
    'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken mustChangePassword } }';
  const weak = await h.call(change, { token: first.accessToken, variables: { c: 'Anze@2026', n: 'short' } });
  assert.equal(weak.errors![0]!.extensions?.field, 'newPassword');
  const wrong = await h.call(change, {
    token: first.accessToken,
    variables: { c: 'not-it', n: 'Harbin#2026new' },
  });
  assert.equal(wrong.errors![0]!.extensions?.field, 'currentPassword');
  const done = await h.ok<{ changePassword: { accessToken: string; mustChangePassword: boolean } }>(change, {
    token: first.accessToken,
    variables: { c: 'Anze@2026', n: 'Harbin#2026new' },
  });
  assert.equal(done.changePassword.mustChangePassword, false);
  const org = await h.ok<{ myOrganisation: { name: string } }>('{ myOrganisation { name } }', {
    token: done.changePassword.accessToken,
  });
  assert.match(org.myOrganisation.name, /哈尔滨/);
  assert.equal((await login('hrb-zjj', 'Harbin#2026new')).mustChangePassword, false);
});

test('refresh tokens rotate; reusing a rotated one revokes the whole session', async () => {
  const s = await login('hlj-zjt');
  const r1 = (await h.ok<{ refreshSession: Tokens }>(REFRESH, { variables: { t: s.refreshToken } }))
    .refreshSession;
  assert.notEqual(r1.refreshToken, s.refreshToken);
  const reuse = await h.call(REFRESH, { variables: { t: s.refreshToken } });
  assert.match(reuse.errors![0]!.message, /重复使用/);
  // CONTEXT: after reuse detection the legitimate holder's newer token is dead too (the thief may hold it).
  const after = await h.call(REFRESH, { variables: { t: r1.refreshToken } });
  assert.equal(after.errors![0]!.extensions?.code, 'UNAUTHENTICATED');
});

test('logout revokes; an idle session cannot be refreshed', async () => {
  const s = await demoSignIn(h, h, 'prevention');
  assert.equal(
    (
      await h.ok<{ logout: boolean }>('mutation($t: String!) { logout(refreshToken: $t) }', {
        variables: { t: s.refreshToken },
      })
    ).logout,
    true,
  );
  assert.ok((await h.call(REFRESH, { variables: { t: s.refreshToken } })).errors);
  const idle = await demoSignIn(h, h, 'prevention');
  await sleep(2200);
  const r = await h.call(REFRESH, { variables: { t: idle.refreshToken } });
  assert.match(r.errors![0]!.message, /长时间未操作/);
});

test('access tokens verify against the published JWKS, as every other subgraph does', async () => {
  // The harness adds the admin's certificate as second factor.
  const s = { accessToken: await h.login('admin') };
  const verify = createTokenVerifier({ jwksUrl: h.service.jwksUrl });
  const viewer = await verify(s.accessToken);
  assert.equal(viewer.kind, 'user');
  assert.deepEqual(viewer.roles, ['PLATFORM_ADMIN']);
  await assert.rejects(verify(s.accessToken.slice(0, -4) + 'AAAA'));
  const expired = await h.call('{ myOrganisation { name } }', {
    token: s.accessToken.replace(/\.[^.]+$/, '.bad'),
  });
  assert.equal(expired.errors![0]!.extensions?.code, 'UNAUTHENTICATED');
});
