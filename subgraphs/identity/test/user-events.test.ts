// Account administration is announced to other subgraphs and provincial systems as identity.user.* events: each
// change writes exactly one event, in the catalogue's shape, carrying ids, roles and jurisdiction but no name or phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createEventValidator, OutboxMessage } from '@anze/events';
import { IDENTITY_EVENT_CATALOGUE } from '../src/domain/event-catalogue.ts';
import { Organisation } from '../src/domain/organisation.entity.ts';
import { startHarness, type Harness } from './fixtures.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

test('creating, re-roling, disabling and enabling a user each publish one catalogued identity.user event', async () => {
  const admin = await h.login('admin');
  const insurer = await h.em().findOneOrFail(Organisation, { type: 'INSURER' });
  const created = await h.ok<{ createUser: { user: { id: string } } }>(
    `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } initialPassword } }`,
    {
      token: admin,
      variables: {
        input: {
          organisationId: insurer.id,
          username: 'claims-clerk',
          displayName: '理赔专员张三',
          mobile: '13912345678',
          roles: ['INSURER'],
        },
      },
    },
  );
  const userId = created.createUser.user.id;
  await h.ok(`mutation ($id: ID!) { setUserRoles(userId: $id, roles: [INSURER]) { id } }`, {
    token: admin,
    variables: { id: userId },
  });
  await h.ok(`mutation ($id: ID!) { setUserEnabled(userId: $id, enabled: false) { id } }`, {
    token: admin,
    variables: { id: userId },
  });
  await h.ok(`mutation ($id: ID!) { setUserEnabled(userId: $id, enabled: true) { id } }`, {
    token: admin,
    variables: { id: userId },
  });

  const rows = (await h.em().find(OutboxMessage, {}, { orderBy: { id: 'asc' } })).filter(
    (r) => r.payload.aggregate.id === userId,
  );
  assert.deepEqual(
    rows.map((r) => r.payload.type),
    [
      'identity.user.created',
      'identity.user.roles_changed',
      'identity.user.disabled',
      'identity.user.enabled',
    ],
  );
  const validate = createEventValidator(IDENTITY_EVENT_CATALOGUE);
  for (const row of rows) {
    assert.deepEqual(validate(row.payload).errors, [], row.payload.type);
    assert.equal(row.payload.divisionCode, insurer.divisionCode);
    const text = JSON.stringify(row.payload);
    assert.ok(
      !text.includes('张三') && !text.includes('13912345678'),
      `no personal data in ${row.payload.type}`,
    );
  }
});
