// PIPL: contact details are masked for every role in every answer (administrators saw full mobiles in every list,
// and contactEmail was never masked). 查看完整信息 is per record, needs the permission (administrators; the
// organisation itself / the user itself) and writes an audit record: who, whose record, which fields.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AuditRecord } from '../src/domain/audit-record.entity.ts';
import { Organisation } from '../src/domain/organisation.entity.ts';
import { User } from '../src/domain/user.entity.ts';
import { maskEmail } from '@anze/auth';
import { startHarness, account, type Harness } from './fixtures.ts';

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

const MOBILE = /^1\d{2}\*{4}\d{4}$/;
const EMAIL = /^.\*{3}@[^@]+$/;
const ORG = 'contactMobile contactEmail legalRepresentativeMobile';
const REVEAL = `mutation($id: ID!) { revealContact(organisationId: $id) { organisationId ${ORG} } }`;
const REVEAL_USER = 'mutation($id: ID!) { revealUserContact(userId: $id) { userId mobile } }';
type Contact = {
  contactMobile: string | null;
  contactEmail: string | null;
  legalRepresentativeMobile: string | null;
};

const enterpriseOrg = () =>
  h.em().findOneOrFail(Organisation, { type: 'ENTERPRISE', name: { $like: '%安泰%' } });
const masked = (c: Contact, who: string) => {
  assert.match(c.contactMobile!, MOBILE, `${who}: contactMobile`);
  assert.match(c.legalRepresentativeMobile!, MOBILE, `${who}: legalRepresentativeMobile`);
  assert.match(c.contactEmail!, EMAIL, `${who}: contactEmail`);
};

test('the e-mail mask keeps the first character and the domain', () => {
  assert.equal(maskEmail('zhang.san@example.com'), 'z***@example.com');
  assert.equal(maskEmail('26640973@qq.com'), '2***@qq.com');
});

test('masked for every role: lists, single records, the own organisation, users', async () => {
  const admin = await h.login('admin');
  const list = await h.ok<{ organisations: { items: Contact[] } }>(
    `{ organisations(page: { pageSize: 50 }) { items { ${ORG} } } }`,
    { token: admin },
  );
  for (const o of list.organisations.items) masked(o, 'admin list');
  const regulator = await h.login('hlj-zjt');
  const org = await enterpriseOrg();
  const one = await h.ok<{ organisation: Contact }>(`{ organisation(id: "${org.id}") { ${ORG} } }`, {
    token: regulator,
  });
  masked(one.organisation, 'regulator');
  for (const u of ['enterprise', 'insurer', 'broker', 'prevention', 'expert', 'hlj-zjt']) {
    const token = await h.login(account(h, u).username);
    const mine = await h.ok<{ viewer: { organisation: Contact; user: { mobile: string | null } } }>(
      `{ viewer { organisation { ${ORG} } user { mobile } } }`,
      { token },
    );
    masked(mine.viewer.organisation, u);
    assert.match(mine.viewer.user.mobile!, MOBILE, `${u}: own mobile`);
  }
  const users = await h.ok<{ users: { items: Array<{ mobile: string | null }> } }>(
    '{ users(page: { pageSize: 50 }) { items { mobile } } }',
    { token: admin },
  );
  for (const u of users.users.items) if (u.mobile) assert.match(u.mobile, MOBILE, 'admin users list');
  const auditorOrg = await h.ok<{ viewer: { organisation: Contact } }>(
    `{ viewer { organisation { ${ORG} } } }`,
    {
      token: await h.login('auditor'),
    },
  );
  masked(auditorOrg.viewer.organisation, 'auditor');
});

test('revealing needs the permission: others are refused, and the refusal is audited', async () => {
  const org = await enterpriseOrg();
  for (const u of ['hlj-zjt', 'insurer', 'auditor']) {
    const r = await h.call(REVEAL, {
      token: await h.login(account(h, u).username),
      variables: { id: org.id },
    });
    assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN', u);
    assert.match(r.errors![0]!.message, /无权查看/);
  }
  const enterpriseUser = await h.em().findOneOrFail(User, { organisationId: org.id });
  const r = await h.call(REVEAL_USER, {
    token: await h.login('hlj-zjt'),
    variables: { id: enterpriseUser.id },
  });
  assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  const refused = await h
    .em()
    .find(AuditRecord, { type: 'pipl.contact.revealed', result: 'FAILURE' }, { orderBy: { seq: 'desc' } });
  assert.equal(refused[0]!.object, `user:${enterpriseUser.id}`);
  assert.match(refused[0]!.subject, /^hlj-zjt \(user:/);
});

test('an administrator and the organisation itself reveal; each reveal writes who, whose record, which fields', async () => {
  const org = await enterpriseOrg();
  const admin = await h.login('admin');
  const revealed = await h.ok<{ revealContact: Contact }>(REVEAL, {
    token: admin,
    variables: { id: org.id },
  });
  assert.equal(revealed.revealContact.contactMobile, org.contactMobile);
  assert.equal(revealed.revealContact.contactEmail, org.contactEmail);
  assert.equal(revealed.revealContact.legalRepresentativeMobile, org.legalRepresentativeMobile);
  const [record] = await h
    .em()
    .find(
      AuditRecord,
      { type: 'pipl.contact.revealed', result: 'SUCCESS' },
      { orderBy: { seq: 'desc' }, limit: 1 },
    );
  assert.match(record!.subject, /^admin \(user:/);
  assert.equal(record!.object, `organisation:${org.id}`);
  assert.deepEqual((record!.detail as { fields: string[] }).fields, [
    'contactMobile',
    'contactEmail',
    'legalRepresentativeMobile',
  ]);
  // The enterprise, for its own organisation (and not for another one).
  const own = await h.login(account(h, 'enterprise').username);
  assert.equal(
    (await h.ok<{ revealContact: Contact }>(REVEAL, { token: own, variables: { id: org.id } })).revealContact
      .contactMobile,
    org.contactMobile,
  );
  const insurer = await h.em().findOneOrFail(Organisation, { type: 'INSURER' });
  assert.equal(
    (await h.call(REVEAL, { token: own, variables: { id: insurer.id } })).errors?.[0]?.extensions?.code,
    'FORBIDDEN',
  );
  // A user's own mobile.
  const me = await h.em().findOneOrFail(User, { username: 'hlj-zjt' });
  const mine = await h.ok<{ revealUserContact: { mobile: string } }>(REVEAL_USER, {
    token: await h.login('hlj-zjt'),
    variables: { id: me.id },
  });
  assert.equal(mine.revealUserContact.mobile, me.mobile);
});

test('进入编辑 → 保存 with the masked values shown keeps the stored contacts', async () => {
  // CONTEXT: the form shows the masked values; saving them back must neither fail validation nor store the mask.
  const org = await enterpriseOrg();
  const token = await h.login(account(h, 'enterprise').username);
  const shown = await h.ok<{ myOrganisation: Record<string, string> }>(
    `{ myOrganisation { name divisionCode uscc registeredAddress businessAddress contactName ${ORG}
       legalRepresentative businessScope } }`,
    { token },
  );
  const saved = await h.call(
    'mutation($i: EnterpriseProfileInput!) { updateEnterpriseProfile(input: $i) { id } }',
    { token, variables: { i: { ...shown.myOrganisation, businessAddress: '哈尔滨市南岗区学府路9号' } } },
  );
  assert.equal(saved.errors, undefined);
  const after = await h.em().findOneOrFail(Organisation, { id: org.id });
  assert.equal(after.contactMobile, org.contactMobile);
  assert.equal(after.contactEmail, org.contactEmail);
  assert.equal(after.businessAddress, '哈尔滨市南岗区学府路9号');
});
