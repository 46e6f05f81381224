// CONTEXT: an access token is valid for up to ACCESS_TOKEN_SECONDS (300 s) and every subgraph verifies it alone.
// After logout, a password change, a disabled account or changed roles, identity publishes identity.session.revoked
// and every verifier refuses the session's tokens as soon as the event reaches it. Measured here through the gateway
// against projects and analytics (not identity): the time from the revoking call's answer to the first refusal.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startPlatformTestbed, type PlatformTestbed } from '../src/testbed.ts';

let s: PlatformTestbed;
let admin: string;
let regulatorOrg: string;
const delays: Record<string, number> = {};

before(async () => {
  s = await startPlatformTestbed();
  admin = await s.login('admin');
  const orgs = await s.ok<{ organisations: { items: Array<{ id: string; divisionCode: string }> } }>(
    '{ organisations(filter: { type: REGULATOR }, page: { pageSize: 50 }) { items { id divisionCode } } }',
    { token: admin },
  );
  regulatorOrg = orgs.organisations.items.find((o) => o.divisionCode === '230000')!.id;
});
after(async () => {
  console.log(`revocation delays (ms): ${JSON.stringify(delays)}`);
  await s?.close();
});

const PROJECTS = '{ projects { total } }';
const METRICS = '{ regulatorMetrics { projectTotal } }';
const LOGIN = `mutation($u: String!, $p: String!) {
  loginWithPassword(username: $u, password: $p) { accessToken refreshToken }
}`;
const CHANGE = `mutation($c: String!, $n: String!) {
  changePassword(currentPassword: $c, newPassword: $n) { accessToken refreshToken }
}`;
type Tokens = { accessToken: string; refreshToken: string };

let serial = 0;
/** A fresh regulator (password sign-in), past its forced first password change: its token and user id. */
async function regulator(): Promise<Tokens & { userId: string; password: string }> {
  const username = `revoke-${process.pid}-${++serial}`;
  const issued = await s.ok<{ createUser: { user: { id: string }; initialPassword: string } }>(
    `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } initialPassword } }`,
    {
      token: admin,
      variables: {
        i: {
          organisationId: regulatorOrg,
          username,
          displayName: '撤销测试',
          roles: ['REGULATOR'],
          jurisdiction: '230000',
        },
      },
    },
  );
  const first = (
    await s.ok<{ loginWithPassword: Tokens }>(LOGIN, {
      variables: { u: username, p: issued.createUser.initialPassword },
    })
  ).loginWithPassword;
  const password = `Revoke#${serial}2026x`;
  const changed = (
    await s.ok<{ changePassword: Tokens }>(CHANGE, {
      token: first.accessToken,
      variables: { c: issued.createUser.initialPassword, n: password },
    })
  ).changePassword;
  return { ...changed, userId: issued.createUser.user.id, password };
}

/** Calls `query` with `token` until it is refused; the milliseconds that took. Fails after 5 s. */
async function refusedWithin(query: string, token: string, since: number): Promise<number> {
  for (;;) {
    const r = await s.call(query, { token });
    if (r.errors?.length) {
      assert.equal(r.errors[0]!.extensions?.code, 'UNAUTHENTICATED', JSON.stringify(r.errors));
      assert.equal(r.errors[0]!.message, '登录已失效，请重新登录');
      return Date.now() - since;
    }
    if (Date.now() - since > 5000) assert.fail('the revoked token still works after 5 s');
    await sleep(10);
  }
}

async function expectRevoked(name: string, token: string, revoke: () => Promise<unknown>) {
  assert.equal((await s.call(PROJECTS, { token })).errors, undefined, 'the token works before');
  assert.equal((await s.call(METRICS, { token })).errors, undefined, 'in analytics too');
  await revoke();
  const since = Date.now();
  const projects = await refusedWithin(PROJECTS, token, since);
  const analytics = await refusedWithin(METRICS, token, since);
  delays[name] = Math.max(projects, analytics);
  assert.ok(delays[name] < 2000, `${name}: refused after ${delays[name]} ms`);
}

test('logout: the access token is refused by projects and analytics within seconds', async () => {
  const r = await regulator();
  await expectRevoked('logout', r.accessToken, () =>
    s.ok('mutation($t: String!) { logout(refreshToken: $t) }', { variables: { t: r.refreshToken } }),
  );
});

test('password change: the tokens of the other sessions are refused; the new one works', async () => {
  const r = await regulator();
  const other = (
    await s.ok<{ loginWithPassword: Tokens }>(LOGIN, {
      variables: { u: `revoke-${process.pid}-${serial}`, p: r.password },
    })
  ).loginWithPassword;
  let next: Tokens | undefined;
  await expectRevoked('password change', other.accessToken, async () => {
    next = (
      await s.ok<{ changePassword: Tokens }>(CHANGE, {
        token: r.accessToken,
        variables: { c: r.password, n: `${r.password}!` },
      })
    ).changePassword;
  });
  assert.match((await s.call(PROJECTS, { token: r.accessToken })).errors![0]!.message, /登录已失效/);
  assert.equal((await s.call(PROJECTS, { token: next!.accessToken })).errors, undefined);
});

test('a disabled account: its token is refused within seconds', async () => {
  const r = await regulator();
  await expectRevoked('disable', r.accessToken, () =>
    s.ok('mutation($id: ID!) { setUserEnabled(userId: $id, enabled: false) { id } }', {
      token: admin,
      variables: { id: r.userId },
    }),
  );
});

test('changed roles: the token with the old roles is refused within seconds', async () => {
  const r = await regulator();
  await expectRevoked('role change', r.accessToken, () =>
    s.ok('mutation($id: ID!) { setUserRoles(userId: $id, roles: [REGULATOR]) { id } }', {
      token: admin,
      variables: { id: r.userId },
    }),
  );
});

test('a service started after the revocation knows it too (the feed starts one token lifetime back)', async () => {
  const r = await regulator();
  await s.ok('mutation($t: String!) { logout(refreshToken: $t) }', { variables: { t: r.refreshToken } });
  await refusedWithin(PROJECTS, r.accessToken, Date.now());
  // A restarted projects (a new port: called directly, with the gateway's credential).
  const projects = s.subgraphs.projects!;
  await projects.stop();
  await projects.start();
  const after = await projects.call(PROJECTS, { token: r.accessToken });
  assert.equal(after.errors?.[0]?.message, '登录已失效，请重新登录');
  const fresh = await regulator();
  assert.equal((await projects.call(PROJECTS, { token: fresh.accessToken })).errors, undefined);
});
