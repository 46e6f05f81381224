// SIGN_IN_POLICY: each role signs in with the method the manuals give it (CA certificate for enterprises, insurers,
// brokers, prevention organisations and experts; password + certificate for operators; password for regulators).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../src/config.ts';
import { DEFAULT_SIGN_IN_POLICY, parseSignInPolicy } from '../src/domain/sign-in-policy.ts';
import { AuditRecord } from '../src/domain/audit-record.entity.ts';
import { User } from '../src/domain/user.entity.ts';
import { DEMO_PASSWORD } from '../src/demo.ts';
import { signDemoChallenge } from '../src/testbed.ts';
import { startHarness, account, type Harness } from './fixtures.ts';

const CHALLENGE = 'mutation { requestCertificateChallenge { id challenge } }';
const VIEWER = 'viewer { roles user { username } organisation { id name } }';
const PASSWORD_LOGIN = `mutation($u: String!, $p: String!, $f: CertificateLoginInput) {
  loginWithPassword(username: $u, password: $p, secondFactor: $f) { accessToken refreshToken ${VIEWER} }
}`;
const CERTIFICATE_LOGIN = `mutation($input: CertificateLoginInput!) {
  loginWithCertificate(input: $input) { accessToken refreshToken ${VIEWER} }
}`;
type Payload = {
  accessToken: string;
  refreshToken: string;
  viewer: {
    roles: string[];
    user: { username: string } | null;
    organisation: { id: string; name: string } | null;
  };
};

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

const factor = async (username: string) =>
  signDemoChallenge(
    account(h, username),
    (await h.ok<{ requestCertificateChallenge: { id: string; challenge: string } }>(CHALLENGE))
      .requestCertificateChallenge,
  );
const passwordLogin = (u: string, f: unknown = null) =>
  h.call<{ loginWithPassword: Payload }>(PASSWORD_LOGIN, { variables: { u, p: DEMO_PASSWORD, f } });
const certificateLogin = async (u: string) =>
  h.call<{ loginWithCertificate: Payload }>(CERTIFICATE_LOGIN, { variables: { input: await factor(u) } });
const lastAudit = async (type: string) =>
  (await h.em().find(AuditRecord, { type }, { orderBy: { seq: 'desc' }, limit: 1 }))[0]!;

const ENV = { GATEWAY_SECRET: 'x'.repeat(32) };
const CERTIFICATE_ROLES = ['enterprise', 'insurer', 'broker', 'prevention', 'expert'];

test('the default policy: certificate for five roles, password + certificate for operators, password for regulators', () => {
  assert.deepEqual(loadConfig(ENV).signInPolicy, DEFAULT_SIGN_IN_POLICY);
  assert.equal(DEFAULT_SIGN_IN_POLICY.REGULATOR, 'password');
  for (const r of ['ENTERPRISE', 'INSURER', 'BROKER', 'PREVENTION_ORG', 'EXPERT'] as const)
    assert.equal(DEFAULT_SIGN_IN_POLICY[r], 'certificate');
  for (const r of ['PLATFORM_ADMIN', 'AUDITOR'] as const)
    assert.equal(DEFAULT_SIGN_IN_POLICY[r], 'password+certificate');
});

test('SIGN_IN_POLICY overrides roles one by one and refuses anything it does not understand at start', () => {
  const p = parseSignInPolicy(' BROKER:password , REGULATOR:password+certificate ');
  assert.equal(p.BROKER, 'password');
  assert.equal(p.REGULATOR, 'password+certificate');
  assert.equal(p.ENTERPRISE, 'certificate', 'the others keep the default');
  assert.throws(
    () => loadConfig({ ...ENV, SIGN_IN_POLICY: 'ENTERPRISE:sms' }),
    /SIGN_IN_POLICY: unknown method "sms"/,
  );
  assert.throws(
    () => loadConfig({ ...ENV, SIGN_IN_POLICY: 'BOSS:password' }),
    /SIGN_IN_POLICY: unknown role "BOSS"/,
  );
  assert.throws(() => loadConfig({ ...ENV, SIGN_IN_POLICY: 'API_CLIENT:password' }), /unknown role/);
  assert.throws(() => loadConfig({ ...ENV, SIGN_IN_POLICY: 'ENTERPRISE' }), /is not ROLE:method/);
  assert.throws(
    () => loadConfig({ ...ENV, SIGN_IN_POLICY: 'BROKER:password,BROKER:certificate' }),
    /BROKER is listed twice/,
  );
  assert.throws(() => loadConfig({ ...ENV, SECOND_FACTOR_ROLES: 'AUDITOR' }), /replaced by SIGN_IN_POLICY/);
});

test('certificate roles: the right password is refused with the method to use; the certificate signs in', async () => {
  for (const u of CERTIFICATE_ROLES) {
    const username = account(h, u).username;
    const refused = await passwordLogin(username);
    assert.equal(refused.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', u);
    assert.match(refused.errors![0]!.message, /该账号须使用数字证书（CA）登录/, u);
    assert.equal(refused.data?.loginWithPassword ?? null, null);
    const audit = await lastAudit('auth.login.password');
    assert.equal((audit.detail as { reason: string }).reason, 'certificate_required', u);
    // CONTEXT: the refusal follows the right password only, so it is no failed attempt.
    assert.equal((await h.em().findOneOrFail(User, { username })).failedAttempts, 0, u);
    const wrong = await h.call(PASSWORD_LOGIN, { variables: { u: username, p: 'wrong-password', f: null } });
    assert.match(wrong.errors![0]!.message, /用户名或密码错误/, `${u}: a wrong password says nothing more`);
    const ok = await certificateLogin(u);
    assert.equal(ok.errors, undefined, u);
    assert.equal(ok.data!.loginWithCertificate.viewer.user?.username, username);
  }
});

test('operators: password alone and certificate alone are refused; password + certificate signs in', async () => {
  for (const u of ['admin', 'auditor']) {
    const alone = await passwordLogin(u);
    assert.equal(alone.errors?.[0]?.extensions?.code, 'SECOND_FACTOR_REQUIRED', u);
    const cert = await certificateLogin(u);
    assert.match(cert.errors![0]!.message, /该账号须使用 密码 \+ 证书 登录/, u);
    const both = await passwordLogin(u, await factor(u));
    assert.equal(both.errors, undefined, u);
  }
});

test('regulators: the password signs in; a certificate alone is refused with the method to use', async () => {
  const ok = await passwordLogin('hlj-zjt');
  assert.equal(ok.errors, undefined);
  // The enterprise's certificate under a policy that has enterprises use the password.
  const strict = await startHarness({ SIGN_IN_POLICY: 'ENTERPRISE:password' });
  try {
    const c = await strict.ok<{ requestCertificateChallenge: { id: string; challenge: string } }>(CHALLENGE);
    const input = await signDemoChallenge(account(strict, 'enterprise'), c.requestCertificateChallenge);
    const refused = await strict.call(CERTIFICATE_LOGIN, { variables: { input } });
    assert.match(refused.errors![0]!.message, /该账号须使用用户名和密码登录/);
    const pw = await strict.call(PASSWORD_LOGIN, {
      variables: { u: account(strict, 'enterprise').username, p: DEMO_PASSWORD, f: null },
    });
    assert.equal(pw.errors, undefined, 'and the password signs it in');
  } finally {
    await strict.close();
  }
});

test("the sign-in payload's viewer is the account that just signed in (user and organisation resolved)", async () => {
  // CONTEXT: the web app reads viewer.user / viewer.organisation from the login and refresh answers; they were
  // guarded with the request's anonymous viewer and answered UNAUTHENTICATED 请先登录.
  const pw = await passwordLogin('hlj-zjt');
  assert.equal(pw.errors, undefined);
  assert.equal(pw.data!.loginWithPassword.viewer.user?.username, 'hlj-zjt');
  assert.ok(pw.data!.loginWithPassword.viewer.organisation?.name);
  const cert = await certificateLogin('insurer');
  assert.equal(cert.errors, undefined);
  assert.ok(cert.data!.loginWithCertificate.viewer.organisation?.name);
  const refreshed = await h.call<{ refreshSession: Payload }>(
    `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken ${VIEWER} } }`,
    { variables: { t: pw.data!.loginWithPassword.refreshToken } },
  );
  assert.equal(refreshed.errors, undefined);
  assert.equal(refreshed.data!.refreshSession.viewer.user?.username, 'hlj-zjt');
  assert.ok(refreshed.data!.refreshSession.viewer.organisation?.id);
});

test('the auditor sees its own organisation on viewer', async () => {
  // CONTEXT: the schema grants AUDITOR viewer.organisation, but the Organisation type's fields did not.
  const token = await h.login('auditor');
  const r = await h.call<{ viewer: { organisation: { name: string } | null } }>(
    '{ viewer { organisation { id name type } } }',
    { token },
  );
  assert.equal(r.errors, undefined);
  assert.ok(r.data!.viewer.organisation?.name);
});
