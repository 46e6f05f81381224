import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
  assert.ok(page.auditRecords.items.some((r) => r.subject === 'admin' && r.result === 'FAILURE'));
  assert.ok(page.auditRecords.items.some((r) => r.subject === 'auditor' && r.result === 'SUCCESS'));
  const v = await h.ok<Verification>(VERIFY, { token: auditor });
  assert.equal(v.auditChainVerification.intact, true);
  assert.ok(v.auditChainVerification.recordsChecked > 10);
  // Other roles cannot read the log.
  const regulator = await h.login('hlj-zjt');
  assert.equal((await h.call(VERIFY, { token: regulator })).errors![0]!.extensions?.code, 'FORBIDDEN');
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
