// CONTEXT: underwriting's seed addresses the demo world's applications to its insurers and brokers by id, without
// reading identity's database; identity must create them with those ids, announce each, and announce every
// partnership, so underwriting's read models (parties, what a broker sees) are built from events alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { createDemoPki } from '@anze/ca';
import { DEMO_BROKERS, DEMO_INSURERS, DEMO_PARTNERSHIPS } from '@anze/demo';
import { createEventValidator, OutboxMessage } from '@anze/events';
import { IDENTITY_EVENT_CATALOGUE } from '../src/domain/event-catalogue.ts';
import { Organisation, Partnership } from '../src/domain/organisation.entity.ts';
import { User } from '../src/domain/user.entity.ts';
import { DEMO_CERTIFICATE_PASSWORD, demoUscc, seedDemo } from '../src/demo.ts';
import { startHarness, type Harness } from './fixtures.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

const VIEWER = '{ viewer { organisation { id name partners { id } } } }';
type ViewerOrg = { viewer: { organisation: { id: string; name: string; partners: Array<{ id: string }> } } };
const market = [...DEMO_INSURERS, ...DEMO_BROKERS];
const eventsOf = async (type: string) =>
  (await h.em().find(OutboxMessage, {}, { orderBy: { id: 'asc' } })).filter((r) => r.payload.type === type);

test('the 21 insurers and 5 brokers are approved organisations with the demo world’s ids, each announced', async () => {
  const orgs = await h.em().find(Organisation, { id: { $in: market.map((o) => o.id) } });
  assert.equal(orgs.length, 26);
  for (const o of market) {
    const org = orgs.find((x) => x.id === o.id)!;
    assert.deepEqual(
      [org.name, org.uscc, org.divisionCode, org.registrationStatus, org.contactMobile],
      [o.name, o.uscc, o.divisionCode, 'APPROVED', o.profile.contactMobile],
    );
    assert.equal(
      org.type,
      DEMO_INSURERS.includes(o as (typeof DEMO_INSURERS)[number]) ? 'INSURER' : 'BROKER',
    );
  }
  const validate = createEventValidator(IDENTITY_EVENT_CATALOGUE);
  const registered = await eventsOf('identity.organisation.registered');
  for (const o of market) {
    const [event] = registered.filter((r) => r.payload.aggregate.id === o.id);
    assert.ok(event, `${o.shortName} announced`);
    assert.deepEqual(validate(event.payload).errors, []);
    assert.equal((event.payload.data as { registrationStatus: string }).registrationStatus, 'APPROVED');
  }
});

test('every partnership is a row and an identity.partnership.changed event', async () => {
  const rows = await h.em().find(Partnership, { brokerId: { $in: DEMO_BROKERS.map((b) => b.id) } });
  const pair = (p: { brokerId: string; insurerId: string }) => `${p.brokerId}/${p.insurerId}`;
  assert.deepEqual(rows.map(pair).sort(), DEMO_PARTNERSHIPS.map(pair).sort());
  const events = await eventsOf('identity.partnership.changed');
  const validate = createEventValidator(IDENTITY_EVENT_CATALOGUE);
  for (const e of events) assert.deepEqual(validate(e.payload).errors, []);
  assert.deepEqual(
    events.map((e) => pair(e.payload.data as { brokerId: string; insurerId: string })).sort(),
    DEMO_PARTNERSHIPS.map(pair).sort(),
  );
});

test('`insurer` signs in as 人保财险 and `broker` as 昆仑保险经纪, partner of seven insurers', async () => {
  const insurer = await h.ok<ViewerOrg>(VIEWER, { token: await h.login('insurer') });
  assert.equal(insurer.viewer.organisation.id, DEMO_INSURERS[0]!.id);
  assert.equal(insurer.viewer.organisation.name, '中国人民财产保险股份有限公司黑龙江省分公司');
  assert.equal(insurer.viewer.organisation.partners.length, 4);
  const broker = await h.ok<ViewerOrg>(VIEWER, { token: await h.login('broker') });
  assert.equal(broker.viewer.organisation.id, DEMO_BROKERS[0]!.id);
  assert.deepEqual(
    broker.viewer.organisation.partners.map((p) => p.id).sort(),
    [...DEMO_BROKERS[0]!.partnerIds].sort(),
  );
});

// CONTEXT: a data directory from before the demo market has `insurer` in 龙江财产保险（演示） and its certificate
// naming that company's USCC; after the next start it must sign in as 人保财险.
test('a second run adds nothing, and moves an `insurer` of an older demo to 人保财险 with a new certificate', async () => {
  const em = h.em();
  const before = await em.count(OutboxMessage, {});
  const old = em.create(Organisation, {
    type: 'INSURER',
    name: '龙江财产保险股份有限公司黑龙江分公司（演示）',
    divisionCode: '230102',
    uscc: demoUscc('230102', 5),
    registrationStatus: 'APPROVED',
  });
  await em.flush();
  await em.nativeUpdate(User, { username: 'insurer' }, { organisationId: old.id });
  const account = h.accounts.find((a) => a.username === 'insurer')!;
  const ca = h.config.caTrustDir;
  const spec = { id: 'insurer-insurer', commonName: old.name, organisationName: old.name, uscc: old.uscc };
  await createDemoPki({
    dir: ca,
    password: DEMO_CERTIFICATE_PASSWORD,
    certificates: [{ ...spec, keyAlgorithm: 'RSA_2048' }],
  });
  const uscc = () =>
    new X509Certificate(readFileSync(join(ca, 'insurer-insurer.cert.pem'))).subject.includes(
      DEMO_INSURERS[0]!.uscc,
    );
  assert.equal(uscc(), false);

  await seedDemo(h.em(), ca);
  assert.equal(
    await h.em().count(OutboxMessage, {}),
    before,
    'no organisation or partnership announced twice',
  );
  assert.equal(
    (await h.em().findOneOrFail(User, { username: 'insurer' })).organisationId,
    DEMO_INSURERS[0]!.id,
  );
  assert.ok(uscc(), 'the certificate names 人保财险');
  assert.equal(account.certificate, join(ca, 'insurer-insurer.p12'));
  const viewer = await h.ok<ViewerOrg>(VIEWER, { token: await h.login('insurer') });
  assert.equal(viewer.viewer.organisation.id, DEMO_INSURERS[0]!.id);
});
