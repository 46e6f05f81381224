// Grants from underwriting's events (events/grant-consumers.ts, domain/grants.ts): the insurer reviewing an
// application reads its documents, another insurer does not; the issued policy is read by the insured enterprise,
// the broker and the regulators where the project is — not by regulators elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { InboxMessage } from '@anze/events';
import { applicationCase, applicationEvent, policyEvent, type ApplicationCase } from '@anze/testing';
import { Document } from '../src/domain/document.entity.ts';
import { APPLICATION_SOURCE } from '../src/manifest.ts';
import { startHarness, samplePdf, ENTERPRISE_DIVISION, type Harness } from './fixtures.ts';

let h: Harness;
const enterprise = randomUUID();
const insurerA = randomUUID();
const insurerB = randomUUID();
const partnerBroker = randomUUID();
const otherBroker = randomUUID();
const t: Record<string, string> = {};
const docs: Record<string, string> = {};

const DOC = 'query($id: ID!) { document(id: $id) { id downloadUrl } }';
const ARCHIVE = 'query($ids: [ID!]!) { documentsArchiveUrl(ids: $ids) }';

before(async () => {
  h = await startHarness('grants');
  t.enterprise = await h.token({
    roles: ['ENTERPRISE'],
    organisationId: enterprise,
    jurisdiction: ENTERPRISE_DIVISION,
  });
  // The insurer's office is in 齐齐哈尔 (230202); the project lies in 哈尔滨 (南岗区 230103).
  t.insurerA = await h.token({ roles: ['INSURER'], organisationId: insurerA, jurisdiction: '230202' });
  t.insurerB = await h.token({ roles: ['INSURER'], organisationId: insurerB, jurisdiction: '230202' });
  t.partner = await h.token({ roles: ['BROKER'], organisationId: partnerBroker, jurisdiction: '230102' });
  t.otherBroker = await h.token({ roles: ['BROKER'], organisationId: otherBroker, jurisdiction: '230102' });
  t.harbin = await h.token({ roles: ['REGULATOR'], jurisdiction: '230100' });
  t.nangang = await h.token({ roles: ['REGULATOR'], jurisdiction: '230103' });
  t.jiamusi = await h.token({ roles: ['REGULATOR'], jurisdiction: '230800' });
  t.daoli = await h.token({ roles: ['REGULATOR'], jurisdiction: '230102' });
  for (const [key, token, kind] of [
    ['license', t.enterprise, 'BUSINESS_LICENSE'],
    ['contract', t.enterprise, 'CONTRACT'],
    ['policy', t.insurerA, 'POLICY'],
    ['agreement', t.insurerA, 'AGREEMENT'],
  ] as const) {
    const r = await h.upload(token!, kind, { bytes: samplePdf(key), name: `${key}.pdf` });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    docs[key] = r.body.id!;
  }
});
after(() => h?.close());

function caseOf(over: Partial<ApplicationCase> = {}): ApplicationCase {
  return applicationCase({
    organisationId: enterprise,
    insurerId: insurerA,
    brokerId: partnerBroker,
    divisionCode: '230103',
    readerOrganisationIds: [insurerA, partnerBroker],
    documentIds: [docs.license!, docs.contract!],
    ...over,
  });
}

async function reads(token: string, id: string): Promise<boolean> {
  const r = await h.call<{ document: { downloadUrl: string } }>(DOC, { token, variables: { id } });
  if (r.errors?.length) {
    assert.equal(r.errors[0]!.extensions?.code, 'FORBIDDEN');
    return false;
  }
  assert.equal((await h.fetchLink(r.data!.document.downloadUrl)).status, 200);
  return true;
}

test('after 提交 the insurer and its partner broker read the application documents; others do not', async () => {
  assert.equal(await reads(t.insurerA!, docs.license!), false);
  const c = caseOf();
  await h.deliver(applicationEvent('submitted', c));
  for (const id of [docs.license!, docs.contract!]) {
    assert.equal(await reads(t.insurerA!, id), true, 'the addressed insurer');
    assert.equal(await reads(t.partner!, id), true, 'its partner broker');
    assert.equal(await reads(t.insurerB!, id), false, 'another insurer');
    assert.equal(await reads(t.otherBroker!, id), false, 'another broker');
  }
  // 资料下载: the insurer may sign the archive of the application's documents.
  const zip = await h.ok<{ documentsArchiveUrl: string }>(ARCHIVE, {
    token: t.insurerA,
    variables: { ids: [docs.license, docs.contract] },
  });
  assert.equal((await h.fetchLink(zip.documentsArchiveUrl)).status, 200);

  // 复审不通过, then 复审通过: the same readers, and each grant once however often it comes, redeliveries included.
  const rejected = applicationEvent('rejected', c);
  await h.deliver(rejected, applicationEvent('approved', c));
  await h.publish(rejected, `${rejected.id}-again`);
  await h.settle();
  const row = await h.em().findOneOrFail(Document, { id: docs.license! });
  assert.deepEqual(
    row.grants,
    [{ organisationId: insurerA }, { organisationId: partnerBroker }].sort((a, b) =>
      JSON.stringify(a) < JSON.stringify(b) ? -1 : 1,
    ),
  );
  assert.equal(
    await h.em().count(InboxMessage, { consumer: APPLICATION_SOURCE.durable, eventId: rejected.id }),
    1,
  );
});

test("出单: the policy PDF is read by the enterprise, the broker and the project's regulators, not by regulators elsewhere", async () => {
  const policy = {
    ...caseOf(),
    policyId: randomUUID(),
    policyDocumentId: docs.policy!,
    agreementDocumentId: docs.agreement!,
  };
  for (const id of [docs.policy!, docs.agreement!]) {
    assert.equal(await reads(t.enterprise!, id), false);
    assert.equal(await reads(t.harbin!, id), false);
  }
  await h.deliver(policyEvent('issued', policy));
  for (const id of [docs.policy!, docs.agreement!]) {
    assert.equal(await reads(t.enterprise!, id), true, 'the insured enterprise');
    assert.equal(await reads(t.partner!, id), true, 'the broker');
    assert.equal(await reads(t.harbin!, id), true, "the regulator of the project's city");
    assert.equal(await reads(t.nangang!, id), true, "the regulator of the project's county");
    assert.equal(await reads(t.jiamusi!, id), false, 'the regulator of another city');
    assert.equal(await reads(t.daoli!, id), false, 'the regulator of another county of the city');
    assert.equal(await reads(t.insurerB!, id), false, 'another insurer');
    assert.equal(await reads(t.insurerA!, id), true, 'the insurer that uploaded it');
  }
  // 顺延 carries the same documents: nothing new, nothing twice.
  const before = (await h.em().findOneOrFail(Document, { id: docs.policy! })).grants;
  await h.deliver(policyEvent('extended', { ...policy, expiryDate: '2027-06-30' }));
  assert.deepEqual((await h.em().findOneOrFail(Document, { id: docs.policy! })).grants, before);
  assert.ok(before.some((g) => g.divisionCode === '230103'));
});

test('撤回 and 复审超期 open nothing; ids documents does not know are skipped', async () => {
  const c = caseOf({ readerOrganisationIds: [insurerB], documentIds: [docs.contract!, randomUUID()] });
  await h.deliver(applicationEvent('review_overdue', c), applicationEvent('withdrawn', c));
  assert.equal(await reads(t.insurerB!, docs.contract!), false);
  await h.deliver(applicationEvent('submitted', c));
  assert.equal(await reads(t.insurerB!, docs.contract!), true);
});
