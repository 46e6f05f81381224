// 等保 2.0 for platform operators: password + CA certificate of the same account (SIGN_IN_POLICY).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AuditRecord } from '../src/domain/audit-record.entity.ts';
import { Session } from '../src/domain/session.entity.ts';
import { User } from '../src/domain/user.entity.ts';
import { DEMO_PASSWORD } from '../src/demo.ts';
import { signDemoChallenge } from '../src/testbed.ts';
import type { CertificateLogin } from '../src/domain/authentication.ts';
import { startHarness, account, type Harness } from './fixtures.ts';

const CHALLENGE = 'mutation { requestCertificateChallenge { id challenge } }';
const LOGIN = `mutation($u: String!, $p: String!, $f: CertificateLoginInput) {
  loginWithPassword(username: $u, password: $p, secondFactor: $f) { accessToken viewer { roles } }
}`;
const CERTIFICATE_LOGIN = `mutation($input: CertificateLoginInput!) {
  loginWithCertificate(input: $input) { accessToken }
}`;
type Login = { loginWithPassword: { accessToken: string; viewer: { roles: string[] } } };

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

const challenge = async (harness = h) =>
  (await harness.ok<{ requestCertificateChallenge: { id: string; challenge: string } }>(CHALLENGE))
    .requestCertificateChallenge;
/** A challenge signed with the demo certificate of `certificateOf`. */
const factor = async (certificateOf: string): Promise<CertificateLogin> =>
  signDemoChallenge(account(h, certificateOf), await challenge());
const login = (u: string, f: CertificateLogin | null, p = DEMO_PASSWORD, harness = h) =>
  harness.call<Login>(LOGIN, { variables: { u, p, f } });

const userRow = (username: string) => h.em().findOneOrFail(User, { username });
const sessionsOf = async (username: string) =>
  h.em().count(Session, { userId: (await userRow(username)).id });
/** The newest audit record of the account with this login name (主体 `name (user:<id>)`). */
const lastAudit = async (username: string) =>
  (
    await h
      .em()
      .find(
        AuditRecord,
        { subject: { $like: `${username} (user:%)` } },
        { orderBy: { seq: 'desc' }, limit: 1 },
      )
  )[0]!;

test('the right password alone is answered with SECOND_FACTOR_REQUIRED: audited, no session, not a failure', async () => {
  for (const u of ['admin', 'auditor']) {
    const before = await sessionsOf(u);
    const r = await login(u, null);
    assert.equal(r.errors?.[0]?.extensions?.code, 'SECOND_FACTOR_REQUIRED', u);
    assert.match(r.errors![0]!.message, /CA证书/);
    assert.equal(r.data?.loginWithPassword ?? null, null);
    assert.equal(await sessionsOf(u), before, `${u}: no session`);
    assert.equal((await userRow(u)).failedAttempts, 0, `${u}: not counted towards the lockout`);
    const audit = await lastAudit(u);
    assert.equal(audit.result, 'FAILURE');
    assert.equal((audit.detail as { reason: string }).reason, 'second_factor_required');
  }
  // CONTEXT: a wrong password still gets the ordinary answer; SECOND_FACTOR_REQUIRED only follows the right one.
  const wrong = await login('admin', null, 'wrong-password');
  assert.equal(wrong.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  assert.match(wrong.errors![0]!.message, /用户名或密码错误/);
  assert.ok((await login('admin', await factor('admin'))).data, 'a success resets the counter');
});

test('password + own certificate signs in; the session records both factors', async () => {
  const r = await login('admin', await factor('admin'));
  assert.equal(r.errors, undefined);
  assert.deepEqual(r.data?.loginWithPassword.viewer.roles, ['PLATFORM_ADMIN']);
  const admin = await userRow('admin');
  assert.equal(admin.failedAttempts, 0);
  const session = await h
    .em()
    .findOneOrFail(Session, { userId: admin.id }, { orderBy: { createdAt: 'desc' } });
  assert.equal(session.method, 'PASSWORD_CERTIFICATE');
  const auditor = await login('auditor', await factor('auditor'));
  assert.deepEqual(auditor.data?.loginWithPassword.viewer.roles, ['AUDITOR']);
});

test("another account's certificate or a bad signature is refused and counts towards the lockout", async () => {
  const before = await sessionsOf('admin');
  // The auditor's personal certificate, the expert's, and an enterprise certificate (mapped by its USCC).
  for (const [i, other] of ['auditor', 'expert', 'enterprise'].entries()) {
    const r = await login('admin', await factor(other));
    assert.equal(r.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', other);
    assert.match(r.errors![0]!.message, /不属于此账号/, other);
    assert.match(r.errors![0]!.message, new RegExp(`再失败${5 - (i + 1)}次`), other);
    assert.equal((await userRow('admin')).failedAttempts, i + 1, other);
  }
  const audit = await lastAudit('admin');
  assert.equal((audit.detail as { reason: string }).reason, 'second_factor_other_account');

  // A signature over another challenge.
  const [f, other] = [await factor('admin'), await factor('admin')];
  const bad = await login('admin', { ...f, signature: other.signature });
  assert.match(bad.errors![0]!.message, /签名验证失败/);
  assert.equal((await userRow('admin')).failedAttempts, 4);
  assert.equal(await sessionsOf('admin'), before, 'no session for any refusal');
  // A success resets the counter before the fifth failure would lock the account.
  assert.ok((await login('admin', await factor('admin'))).data?.loginWithPassword.accessToken);
  assert.equal((await userRow('admin')).failedAttempts, 0);
});

test('a signed challenge is single use; a wrong password does not spend it', async () => {
  const f = await factor('admin');
  // CONTEXT: the password is checked first, so a typo does not cost the operator another signature on the USB key.
  const typo = await login('admin', f, 'wrong-password');
  assert.match(typo.errors![0]!.message, /用户名或密码错误/);
  const first = await login('admin', f);
  assert.ok(first.data?.loginWithPassword.accessToken);
  const replay = await login('admin', f);
  assert.equal(replay.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  assert.match(replay.errors![0]!.message, /挑战码/);
  assert.equal((await userRow('admin')).failedAttempts, 1, 'the replay counts as a failure');
  assert.ok((await login('admin', await factor('admin'))).data);
});

test('the certificate alone does not sign an operator in', async () => {
  const before = await sessionsOf('admin');
  const r = await h.call(CERTIFICATE_LOGIN, { variables: { input: await factor('admin') } });
  assert.equal(r.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  assert.match(r.errors![0]!.message, /密码 \+ 证书/);
  assert.equal(await sessionsOf('admin'), before);
  // Experts still sign in with their certificate alone.
  const expert = await h.call(CERTIFICATE_LOGIN, { variables: { input: await factor('expert') } });
  assert.equal(expert.errors, undefined);
});

test('a regulator signs in with the password alone, as before', async () => {
  const r = await login('hlj-zjt', null);
  assert.deepEqual(r.data?.loginWithPassword.viewer.roles, ['REGULATOR']);
  const user = await userRow('hlj-zjt');
  const session = await h
    .em()
    .findOneOrFail(Session, { userId: user.id }, { orderBy: { createdAt: 'desc' } });
  assert.equal(session.method, 'PASSWORD');
});

test('SIGN_IN_POLICY can let operators sign in with a password alone', async () => {
  const off = await startHarness({ SIGN_IN_POLICY: 'PLATFORM_ADMIN:password' });
  try {
    assert.equal(off.config.signInPolicy.PLATFORM_ADMIN, 'password');
    const r = await login('admin', null, DEMO_PASSWORD, off);
    assert.deepEqual(r.data?.loginWithPassword.viewer.roles, ['PLATFORM_ADMIN']);
  } finally {
    await off.close();
  }
});
