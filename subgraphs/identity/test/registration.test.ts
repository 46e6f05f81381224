import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createEventValidator, OutboxMessage } from '@anze/events';
import { IDENTITY_EVENT_CATALOGUE } from '../src/domain/event-catalogue.ts';
import { Organisation } from '../src/domain/organisation.entity.ts';
import { demoUscc } from '../src/demo.ts';
import { startHarness, registration, type Harness } from './fixtures.ts';
import { enterpriseCertificateLogin } from '../src/testbed.ts';

const REGISTER = `mutation($input: EnterpriseRegistrationInput!) {
  registerEnterprise(input: $input) { id: organisationId registrationStatus uscc }
}`;
const ORG_FIELDS = 'id registrationStatus rejectionReason name';

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

test('the manual’s enterprise registers and waits for review (审核中)', async () => {
  const data = await h.ok<{ registerEnterprise: { id: string; registrationStatus: string } }>(REGISTER, {
    variables: { input: registration('9123019930088715XU') },
  });
  assert.equal(data.registerEnterprise.registrationStatus, 'PENDING');
  const events = await h
    .em()
    .find(OutboxMessage, { subject: { $like: '%.identity.organisation.registered' } });
  const mine = events.find(
    (e) => (e.payload as { aggregate: { id: string } }).aggregate.id === data.registerEnterprise.id,
  );
  assert.ok(mine, 'organisation.registered is in the outbox');
  // CONTEXT: the subject carries the division so a province can be granted exactly its own events.
  assert.equal(mine.subject, 'anze.23.2301.230103.identity.organisation.registered');
  // CONTEXT: events go to provincial systems; no contact names or phones may travel with them.
  assert.doesNotMatch(JSON.stringify(mine.payload), /13936313636|陈术研/);
});

test('bad input is refused next to its field and writes nothing', async () => {
  const before = await h.em().count(Organisation, {});
  const cases: Array<[Record<string, unknown>, string, RegExp]> = [
    [{ uscc: '9123019930088715XA' }, 'profile.uscc', /校验|不正确/],
    [{ uscc: demoUscc('230103', 91), contactMobile: '12345' }, 'profile.contactMobile', /手机/],
    [{ uscc: demoUscc('230103', 92), divisionCode: '239999' }, 'profile.divisionCode', /不存在/],
    [{ uscc: demoUscc('230103', 93), contactEmail: 'not-an-email' }, 'profile.contactEmail', /邮箱/],
    [{ uscc: demoUscc('230103', 94), name: '  ' }, 'profile.name', /企业名称/],
  ];
  for (const [override, field, message] of cases) {
    const r = await h.call(REGISTER, {
      variables: { input: registration(override.uscc as string, override) },
    });
    assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(r.errors));
    assert.equal(r.errors?.[0]?.extensions?.field, field);
    assert.match(r.errors![0]!.message, message);
  }
  const weak = await h.call(REGISTER, {
    variables: { input: { ...registration(demoUscc('230103', 95)), password: 'abc' } },
  });
  assert.equal(weak.errors?.[0]?.extensions?.field, 'password');
  assert.equal(await h.em().count(Organisation, {}), before);
});

test('one enterprise per 统一社会信用代码', async () => {
  const uscc = demoUscc('230103', 101);
  await h.ok(REGISTER, { variables: { input: registration(uscc) } });
  const again = await h.call(REGISTER, {
    variables: { input: { ...registration(uscc), username: 'another-login' } },
  });
  assert.equal(again.errors?.[0]?.extensions?.code, 'CONFLICT');
  assert.equal(again.errors?.[0]?.extensions?.field, 'profile.uscc');
});

test('review: rejected with a reason → enterprise corrects and resubmits → approved', async () => {
  const uscc = demoUscc('230103', 102);
  const { registerEnterprise } = await h.ok<{ registerEnterprise: { id: string } }>(REGISTER, {
    variables: { input: { ...registration(uscc), username: 'resubmit-co' } },
  });
  const admin = await h.login('admin');
  const reject = `mutation($id: ID!, $reason: String!) { rejectRegistration(organisationId: $id, reason: $reason) { ${ORG_FIELDS} } }`;
  const noReason = await h.call(reject, {
    token: admin,
    variables: { id: registerEnterprise.id, reason: ' ' },
  });
  assert.equal(noReason.errors?.[0]?.extensions?.field, 'reason');
  const rejected = await h.ok<{
    rejectRegistration: { registrationStatus: string; rejectionReason: string };
  }>(reject, {
    token: admin,
    variables: { id: registerEnterprise.id, reason: '营业执照与企业名称不一致' },
  });
  assert.equal(rejected.rejectRegistration.registrationStatus, 'REJECTED');

  // The enterprise can still sign in, sees the reason, corrects its profile: saving resubmits.
  const { accessToken: enterprise } = await enterpriseCertificateLogin(h, h.config.caTrustDir, uscc);
  const mine = await h.ok<{ myOrganisation: { rejectionReason: string } }>(
    `{ myOrganisation { ${ORG_FIELDS} } }`,
    { token: enterprise },
  );
  assert.equal(mine.myOrganisation.rejectionReason, '营业执照与企业名称不一致');
  const update = `mutation($input: EnterpriseProfileInput!) { updateEnterpriseProfile(input: $input) { ${ORG_FIELDS} } }`;
  const saved = await h.ok<{ updateEnterpriseProfile: { registrationStatus: string; name: string } }>(
    update,
    {
      token: enterprise,
      variables: { input: { ...registration(uscc).profile, name: '哈尔滨更正建筑工程有限公司' } },
    },
  );
  assert.equal(saved.updateEnterpriseProfile.registrationStatus, 'PENDING');
  assert.equal(saved.updateEnterpriseProfile.name, '哈尔滨更正建筑工程有限公司');

  const approve = `mutation($id: ID!) { approveRegistration(organisationId: $id) { ${ORG_FIELDS} } }`;
  const approved = await h.ok<{ approveRegistration: { registrationStatus: string } }>(approve, {
    token: admin,
    variables: { id: registerEnterprise.id },
  });
  assert.equal(approved.approveRegistration.registrationStatus, 'APPROVED');
  // CONTEXT: a decided registration cannot be decided again (guarded transition).
  const twice = await h.call(reject, { token: admin, variables: { id: registerEnterprise.id, reason: 'x' } });
  assert.equal(twice.errors?.[0]?.extensions?.code, 'CONFLICT');
  // The USCC identifies the enterprise and its certificates: it cannot be edited.
  const changeCode = await h.call(update, {
    token: enterprise,
    variables: { input: { ...registration(demoUscc('230103', 103)).profile } },
  });
  assert.equal(changeCode.errors?.[0]?.extensions?.field, 'uscc');
  // CONTEXT: after approval the 企业名称 is the one the reviewer approved: 进入编辑 must not change it either.
  const rename = await h.call(update, {
    token: enterprise,
    variables: { input: { ...registration(uscc).profile, name: '改名后的建筑工程有限公司' } },
  });
  assert.equal(rename.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.equal(rename.errors?.[0]?.extensions?.field, 'name');
  assert.match(rename.errors![0]!.message, /企业名称不能修改/);
  const unchanged = await h.em().findOneOrFail(Organisation, { uscc });
  assert.equal(unchanged.name, '哈尔滨更正建筑工程有限公司');
  // The other fields stay editable.
  const address = await h.call<{ updateEnterpriseProfile: { businessAddress: string } }>(update, {
    token: enterprise,
    variables: {
      input: {
        ...registration(uscc).profile,
        name: '哈尔滨更正建筑工程有限公司',
        businessAddress: '哈尔滨市南岗区学府路2号',
      },
    },
  });
  assert.equal(address.errors, undefined);
});

test('a regulator reviews only inside its jurisdiction', async () => {
  const inHarbin = await h.ok<{ registerEnterprise: { id: string } }>(REGISTER, {
    variables: { input: { ...registration(demoUscc('230103', 104)), username: 'harbin-co' } },
  });
  const inQiqihar = await h.ok<{ registerEnterprise: { id: string } }>(REGISTER, {
    variables: {
      input: { ...registration(demoUscc('230202', 105), { divisionCode: '230202' }), username: 'qqhr-co' },
    },
  });
  const province = await h.login('hlj-zjt');
  // The Harbin regulator must change its initial password first.
  const first = await h.ok<{ loginWithPassword: { accessToken: string } }>(
    'mutation { loginWithPassword(username: "hrb-zjj", password: "Anze@2026") { accessToken } }',
  );
  const changed = await h.ok<{ changePassword: { accessToken: string } }>(
    'mutation { changePassword(currentPassword: "Anze@2026", newPassword: "Harbin#2026new") { accessToken } }',
    { token: first.loginWithPassword.accessToken },
  );
  const harbin = changed.changePassword.accessToken;
  const approve = 'mutation($id: ID!) { approveRegistration(organisationId: $id) { registrationStatus } }';
  const refused = await h.call(approve, {
    token: harbin,
    variables: { id: inQiqihar.registerEnterprise.id },
  });
  assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  await h.ok(approve, { token: harbin, variables: { id: inHarbin.registerEnterprise.id } });
  await h.ok(approve, { token: province, variables: { id: inQiqihar.registerEnterprise.id } });

  // Lists are scoped too: Harbin does not see Qiqihar's enterprise; phones are masked for regulators.
  const list = await h.ok<{ organisations: { items: Array<{ id: string; contactMobile: string }> } }>(
    '{ organisations(filter: { type: ENTERPRISE }, page: { pageSize: 50 }) { items { id contactMobile } total } }',
    { token: harbin },
  );
  const ids = list.organisations.items.map((o) => o.id);
  assert.ok(ids.includes(inHarbin.registerEnterprise.id));
  assert.ok(!ids.includes(inQiqihar.registerEnterprise.id));
  assert.ok(list.organisations.items.every((o) => /^\d{3}\*{4}\d{4}$/.test(o.contactMobile)));
  const filteredOutside = await h.ok<{ organisations: { total: number } }>(
    '{ organisations(filter: { divisionCode: "230200" }) { total } }',
    { token: harbin },
  );
  assert.equal(filteredOutside.organisations.total, 0);
  // CONTEXT: a division filter wider than the jurisdiction (the province, from Harbin) is clamped to the
  // jurisdiction, exactly as projects' list does: it never widens what a regulator sees, nor empties the list.
  const filteredWider = await h.ok<{ organisations: { items: Array<{ id: string }> } }>(
    '{ organisations(filter: { type: ENTERPRISE, divisionCode: "230000" }, page: { pageSize: 50 }) { items { id } } }',
    { token: harbin },
  );
  const wider = filteredWider.organisations.items.map((o) => o.id);
  assert.ok(wider.includes(inHarbin.registerEnterprise.id));
  assert.ok(!wider.includes(inQiqihar.registerEnterprise.id));
});

// CONTEXT: outside subscribers rely on docs/events (generated from the catalogue); an event type or field the
// catalogue does not declare must fail here rather than reach them undocumented.
test('every event written here is in the event catalogue and fits its schema', async () => {
  const validate = createEventValidator(IDENTITY_EVENT_CATALOGUE);
  const rows = await h.em().find(OutboxMessage, {});
  const types = new Set(rows.map((r) => r.payload.type));
  assert.ok(types.has('identity.organisation.registered'), 'identity.organisation.registered');
  assert.ok(types.has('identity.organisation.rejected'), 'identity.organisation.rejected');
  assert.ok(types.has('identity.organisation.resubmitted'), 'identity.organisation.resubmitted');
  assert.ok(types.has('identity.organisation.approved'), 'identity.organisation.approved');
  for (const row of rows) assert.deepEqual(validate(row.payload).errors, [], row.subject);
});
