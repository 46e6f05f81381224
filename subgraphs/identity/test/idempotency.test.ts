// CONTEXT: issue 11 — identity's writes under an Idempotency-Key: a repeated self-registration creates one
// organisation, and a repeated approval answers its first result instead of CONFLICT "already decided", with one
// audit record (appended inside the key's transaction, as a savepoint of it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Organisation } from '../src/domain/organisation.entity.ts';
import { AuditRecord } from '../src/domain/audit-record.entity.ts';
import { demoUscc } from '../src/demo.ts';
import { startHarness, registration, type Harness } from './fixtures.ts';

const REGISTER = `mutation($input: EnterpriseRegistrationInput!) {
  registerEnterprise(input: $input) { organisationId registrationStatus username }
}`;
const APPROVE = 'mutation($id: ID!) { approveRegistration(organisationId: $id) { id registrationStatus } }';

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

test('a keyed registration sent twice creates one organisation; a keyed approval sent twice decides once', async () => {
  const input = { ...registration(demoUscc('230103', 201)), username: 'idempotent-co' };
  const key = randomUUID();
  const before = await h.em().count(Organisation, {});
  const first = await h.call<{ registerEnterprise: { organisationId: string } }>(REGISTER, {
    variables: { input },
    headers: { 'idempotency-key': key },
  });
  const second = await h.call(REGISTER, { variables: { input }, headers: { 'idempotency-key': key } });
  assert.equal(first.errors, undefined, JSON.stringify(first.errors));
  assert.deepEqual(second.data, first.data);
  assert.equal(await h.em().count(Organisation, {}), before + 1);

  const admin = await h.login('admin');
  const id = first.data!.registerEnterprise.organisationId;
  const approveKey = randomUUID();
  const approve = () =>
    h.call(APPROVE, { token: admin, variables: { id }, headers: { 'idempotency-key': approveKey } });
  const one = await approve();
  const two = await approve();
  assert.equal(one.errors, undefined, JSON.stringify(one.errors));
  assert.deepEqual(two.data, one.data);
  const audits = await h
    .em()
    .count(AuditRecord, { object: `organisation:${id}`, type: { $like: '%approved%' } });
  assert.equal(audits, 1);
  // Without the key the repeat is what it always was: a refused second decision.
  const unkeyed = await h.call(APPROVE, { token: admin, variables: { id } });
  assert.equal(unkeyed.errors?.[0]?.extensions?.code, 'CONFLICT');
});
