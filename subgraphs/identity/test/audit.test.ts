import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { demoSignIn } from '../src/testbed.ts';
import { startHarness, type Harness } from './fixtures.ts';

const VERIFY = '{ auditChainVerification { intact recordsChecked firstBrokenSeq } }';
type Verification = {
  auditChainVerification: { intact: boolean; recordsChecked: number; firstBrokenSeq: number | null };
};

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

test('logins, failures and mutations are recorded; the auditor reads them and the chain verifies', async () => {
  await h.call('mutation { loginWithPassword(username: "admin", password: "nope") { accessToken } }');
  const auditor = await h.login('auditor');
  const page = await h.ok<{
    auditRecords: { total: number; items: Array<{ type: string; subject: string; result: string }> };
  }>(
    '{ auditRecords(filter: { type: "auth.login" }, page: { pageSize: 50 }) { total items { type subject result at } } }',
    { token: auditor },
  );
  assert.ok(
    page.auditRecords.items.some((r) => r.subject.startsWith('admin (user:') && r.result === 'FAILURE'),
  );
  assert.ok(
    page.auditRecords.items.some((r) => r.subject.startsWith('auditor (user:') && r.result === 'SUCCESS'),
  );
  const v = await h.ok<Verification>(VERIFY, { token: auditor });
  assert.equal(v.auditChainVerification.intact, true);
  assert.ok(v.auditChainVerification.recordsChecked > 10);
  // Other roles cannot read the log.
  const regulator = await h.login('hlj-zjt');
  assert.equal((await h.call(VERIFY, { token: regulator })).errors![0]!.extensions?.code, 'FORBIDDEN');
});

test('主体 is one form for an account (name with id): a filter by login name finds its logins, logout and password change', async () => {
  // CONTEXT: logins recorded the login name, logout and password changes `user:<uuid>`: filtering 审计日志 by the
  // login name missed the latter.
  const tokens = await demoSignIn(h, h, 'hlj-zjt');
  await h.ok('mutation($t: String!) { logout(refreshToken: $t) }', { variables: { t: tokens.refreshToken } });
  const second = await demoSignIn(h, h, 'hlj-zjt');
  const change = `mutation($c: String!, $n: String!) {
    changePassword(currentPassword: $c, newPassword: $n) { accessToken } }`;
  await h.ok(change, { token: second.accessToken, variables: { c: 'Anze@2026', n: 'Provincial#2026b' } });
  const auditor = await h.login('auditor');
  type Page = { auditRecords: { items: Array<{ type: string; subject: string }> } };
  const byName = await h.ok<Page>(
    '{ auditRecords(filter: { subject: "hlj-zjt" }, page: { pageSize: 50 }) { items { type subject } } }',
    { token: auditor },
  );
  const types = new Set(byName.auditRecords.items.map((r) => r.type));
  for (const t of ['auth.login.password', 'auth.logout', 'auth.password.change']) assert.ok(types.has(t), t);
  const subjects = new Set(byName.auditRecords.items.map((r) => r.subject));
  assert.equal(subjects.size, 1, [...subjects].join(', '));
  const [subject] = [...subjects];
  assert.match(subject!, /^hlj-zjt \(user:[0-9a-f-]{36}\)$/);
  // The id alone finds the same records.
  const id = /user:[0-9a-f-]{36}/.exec(subject!)![0];
  const byId = await h.ok<Page>(
    `{ auditRecords(filter: { subject: "${id}" }, page: { pageSize: 50 }) { items { type } } }`,
    { token: auditor },
  );
  assert.equal(byId.auditRecords.items.length, byName.auditRecords.items.length);
  // The audit types, for the 类型 Select.
  const listed = await h.ok<{ auditTypes: string[] }>('{ auditTypes }', { token: auditor });
  for (const t of ['auth.login.password', 'auth.logout', 'auth.password.change'])
    assert.ok(listed.auditTypes.includes(t), t);
  assert.deepEqual(listed.auditTypes, [...listed.auditTypes].sort());
  assert.equal(new Set(listed.auditTypes).size, listed.auditTypes.length);
});

test('the database refuses changes to the log; a change forced past that is detected', async () => {
  const conn = h.em().getConnection();
  await assert.rejects(
    conn.execute("update audit_record set result = 'SUCCESS' where seq = 3"),
    /append-only/,
  );
  await assert.rejects(conn.execute('delete from audit_record where seq = 3'), /append-only/);
  await assert.rejects(conn.execute('truncate audit_record'), /append-only/);
  // A superuser can bypass triggers; the hash chain still tells.
  await conn.execute(`begin; set local session_replication_role = replica;
    update audit_record set subject = 'someone-else' where seq = 3; commit;`);
  const v = await h.ok<Verification>(VERIFY, { token: await h.login('auditor') });
  assert.equal(v.auditChainVerification.intact, false);
  assert.equal(v.auditChainVerification.firstBrokenSeq, 3);
});
