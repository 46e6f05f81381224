// CONTEXT: issue 11 — identity's writes under an Idempotency-Key: a repeated self-registration creates one
// organisation, and a repeated approval answers its first result instead of CONFLICT "already decided", with one
// audit record (appended inside the key's transaction, as a savepoint of it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { IdempotencyRecord } from '@anze/orm';
import { Organisation } from '../src/domain/organisation.entity.ts';
import { AuditRecord } from '../src/domain/audit-record.entity.ts';
import { ApiClient } from '../src/domain/session.entity.ts';
import { User } from '../src/domain/user.entity.ts';
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

const CREATE_USER = `mutation($input: CreateUserInput!) {
  createUser(input: $input) { user { id username } initialPassword }
}`;
const RESET = 'mutation($id: ID!) { resetPassword(userId: $id) { user { id } initialPassword } }';
const CREATE_CLIENT = `mutation($input: ApiClientInput!) {
  issued: createApiClient(input: $input) { client { id clientId } ...secret }
}
fragment secret on ApiClientCredentials { key: clientSecret }`;

const record = (key: string) => h.em().findOneOrFail(IdempotencyRecord, { idempotencyKey: key });

// CONTEXT: issue 11 — createUser, resetPassword and createApiClient were exempt from the key because their answers
// carry a one-time secret; a retried createUser whose first request had succeeded answered 该登录名已被使用, and the
// admin believed it had failed. Now they are keyed, the secret is removed before the answer is stored, and a repeat
// is told that the request was carried out and that the secret is shown once.
test('one-time secrets under a key: one effect, the secret never stored, a repeat told it was already carried out', async () => {
  const admin = await h.login('admin');
  const insurer = await h.em().findOneOrFail(Organisation, { type: 'INSURER' });
  const input = {
    organisationId: insurer.id,
    username: 'keyed-clerk',
    displayName: '核保专员李四',
    roles: ['INSURER'],
  };
  const key = randomUUID();
  const create = (k: string | null) =>
    h.call<{ createUser: { user: { id: string }; initialPassword: string } }>(CREATE_USER, {
      token: admin,
      variables: { input },
      headers: k ? { 'idempotency-key': k } : {},
    });
  const first = await create(key);
  assert.equal(first.errors, undefined, JSON.stringify(first.errors));
  const { user, initialPassword } = first.data!.createUser;
  const again = await create(key);
  assert.equal(again.data, null);
  assert.equal(again.errors?.[0]?.extensions?.code, 'ALREADY_PROCESSED');
  assert.equal(
    again.errors?.[0]?.message,
    '该请求已处理：用户已创建，初始密码只显示一次；如未记下，请在用户管理中重置密码',
  );
  assert.equal(await h.em().count(User, { username: 'keyed-clerk' }), 1);
  const stored = await record(key);
  assert.ok(stored.response?.includes(user.id), 'the rest of the answer is kept');
  assert.ok(!stored.response?.includes(initialPassword), 'the initial password is not stored');
  assert.ok(!stored.response?.includes('initialPassword'));
  // Without a key a repeat is a new request, refused as before.
  assert.equal((await create(null)).errors?.[0]?.extensions?.code, 'CONFLICT');
  // A refusal has no secret: its repeat gets the same refusal.
  const refusedKey = randomUUID();
  const refused = await create(refusedKey);
  assert.equal(refused.errors?.[0]?.extensions?.code, 'CONFLICT');
  assert.deepEqual((await create(refusedKey)).errors, refused.errors);

  const resetKey = randomUUID();
  const reset = () =>
    h.call<{ resetPassword: { initialPassword: string } }>(RESET, {
      token: admin,
      variables: { id: user.id },
      headers: { 'idempotency-key': resetKey },
    });
  const firstReset = await reset();
  assert.equal(firstReset.errors, undefined, JSON.stringify(firstReset.errors));
  const repeatedReset = await reset();
  assert.equal(repeatedReset.errors?.[0]?.extensions?.code, 'ALREADY_PROCESSED');
  assert.match(repeatedReset.errors![0]!.message, /^该请求已处理：密码已重置，新密码只显示一次/);
  assert.ok(!(await record(resetKey)).response?.includes(firstReset.data!.resetPassword.initialPassword));
  assert.equal(
    await h.em().count(AuditRecord, { object: `user:${user.id}`, type: 'account.password.reset' }),
    1,
    'reset once',
  );

  // Aliases and fragments are followed: `key: clientSecret` in a fragment is removed as well.
  const clientKey = randomUUID();
  const createClient = () =>
    h.call<{ issued: { client: { clientId: string }; key: string } }>(CREATE_CLIENT, {
      token: admin,
      variables: { input: { name: '幂等测试平台', scopes: ['projects:read'], jurisdiction: '230000' } },
      headers: { 'idempotency-key': clientKey },
    });
  const client = await createClient();
  assert.equal(client.errors, undefined, JSON.stringify(client.errors));
  const secret = client.data!.issued.key;
  assert.ok(secret.length >= 32);
  const repeatedClient = await createClient();
  assert.equal(repeatedClient.errors?.[0]?.extensions?.code, 'ALREADY_PROCESSED');
  assert.match(repeatedClient.errors![0]!.message, /客户端密钥只显示一次/);
  assert.equal(await h.em().count(ApiClient, { name: '幂等测试平台' }), 1);
  const storedClient = (await record(clientKey)).response!;
  assert.ok(storedClient.includes(client.data!.issued.client.clientId));
  assert.ok(!storedClient.includes(secret), 'the client secret is not stored');
});
