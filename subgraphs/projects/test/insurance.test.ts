// A project's insurance kept from underwriting's events (events/insurance-consumer.ts, domain/insurance.ts): the
// status through every event, order tolerance, redelivery, who reads a project as insurer or broker, the regulator's
// 投保状态 filter and the export's insurance columns.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { InboxMessage } from '@anze/events';
import {
  applicationCase,
  applicationEvent,
  policyEvent,
  TEST_GATEWAY_SECRET,
  type ApplicationCase,
} from '@anze/testing';
import { Project } from '../src/domain/project.entity.ts';
import { APPLICATION_SOURCE } from '../src/manifest.ts';
import { startHarness, createProject, type Harness } from './fixtures.ts';

let h: Harness;
let enterprise: Awaited<ReturnType<Harness['enterprise']>>;
let regulator: string;
const insurerA = randomUUID();
const insurerB = randomUUID();
const partnerBroker = randomUUID();
const otherBroker = randomUUID();

before(async () => {
  h = await startHarness('insurance');
  enterprise = await h.enterprise({ name: '投保测试建筑公司' });
  regulator = await h.token({ roles: ['REGULATOR'], jurisdiction: '230100' });
  // The insurer's name, as identity announces it (保险机构 of the list and the export).
  await h.organisationEvent('approved', {
    organisationId: insurerA,
    organisationType: 'INSURER',
    name: '中国人民财产保险股份有限公司黑龙江省分公司',
  });
});
after(() => h?.close());

let serial = 0;
async function project(name = `投保项目${++serial}`) {
  const { project } = await createProject(h, enterprise.token, { name, code: `INS-${1000 + serial}` });
  return project.id;
}

/** One application of a project to insurer A through the partner broker. */
function caseOf(projectId: string, over: Partial<ApplicationCase> = {}): ApplicationCase {
  return applicationCase({
    projectId,
    insurerId: insurerA,
    brokerId: partnerBroker,
    organisationId: enterprise.organisationId,
    // The insurer, the named broker, the insurer's partner brokers (here the same).
    readerOrganisationIds: [insurerA, partnerBroker],
    ...over,
  });
}

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 8, minute)).toISOString();

const INSURANCE = `query($id: ID!) { project(id: $id) { insuranceStatus insuranceStatusLabel insurerId insurerName
  brokerId insuredPremiumYuan insuredPremiumImplausible policyNumber insuredAt policyStart policyEnd } }`;

interface Insurance {
  insuranceStatus: string;
  insuranceStatusLabel: string;
  insurerId: string | null;
  insurerName: string | null;
  brokerId: string | null;
  insuredPremiumYuan: string | null;
  insuredPremiumImplausible: boolean;
  policyNumber: string | null;
  insuredAt: string | null;
  policyStart: string | null;
  policyEnd: string | null;
}

async function insurance(id: string, token = regulator): Promise<Insurance> {
  return (await h.ok<{ project: Insurance }>(INSURANCE, { token, variables: { id } })).project;
}

async function status(id: string): Promise<string> {
  return (await insurance(id)).insuranceStatusLabel;
}

test('the status follows every event: 待复审, 复审不通过, 待复审, 可出单, 已投保, 顺延; 撤回 goes back to 未投保', async () => {
  const id = await project();
  assert.equal(await status(id), '未投保');
  const c = caseOf(id);
  await h.deliver(applicationEvent('submitted', c, { occurredAt: at(1) }));
  assert.equal(await status(id), '待复审');
  await h.deliver(applicationEvent('rejected', c, { occurredAt: at(2) }));
  assert.equal(await status(id), '复审不通过');
  await h.deliver(applicationEvent('submitted', c, { occurredAt: at(3) }));
  // 复审超期 changes nothing of the status.
  await h.deliver(applicationEvent('review_overdue', c, { occurredAt: at(4) }));
  assert.equal(await status(id), '待复审');
  await h.deliver(applicationEvent('approved', c, { occurredAt: at(5) }));
  const approved = await insurance(id);
  assert.equal(approved.insuranceStatus, 'APPROVED');
  assert.equal(approved.insuranceStatusLabel, '可出单');
  assert.equal(approved.insurerId, insurerA);
  assert.equal(approved.insurerName, '中国人民财产保险股份有限公司黑龙江省分公司');
  assert.equal(approved.policyNumber, null);

  const { version, updatedAt } = await h.em().findOneOrFail(Project, { id });
  const policy = { ...c, policyId: randomUUID(), policyNumber: 'PICC-2026-0001', premiumFen: '1111000' };
  await h.deliver(policyEvent('issued', policy, { occurredAt: at(6) }));
  assert.deepEqual(await insurance(id), {
    insuranceStatus: 'INSURED',
    insuranceStatusLabel: '已投保',
    insurerId: insurerA,
    insurerName: '中国人民财产保险股份有限公司黑龙江省分公司',
    brokerId: partnerBroker,
    insuredPremiumYuan: '11110.00',
    insuredPremiumImplausible: false,
    policyNumber: 'PICC-2026-0001',
    insuredAt: '2026-03-05T02:15:00.000Z',
    policyStart: '2026-03-06',
    policyEnd: '2027-03-05',
  });
  await h.deliver(policyEvent('extended', { ...policy, expiryDate: '2027-06-30' }, { occurredAt: at(7) }));
  assert.equal((await insurance(id)).policyEnd, '2027-06-30');
  // CONTEXT: the enterprise may have the project's form open; an insurance event must not make it stale.
  const after = await h.em().findOneOrFail(Project, { id });
  assert.equal(after.version, version);
  assert.equal(after.updatedAt.getTime(), updatedAt.getTime());

  const withdrawn = await project();
  const w = caseOf(withdrawn);
  await h.deliver(applicationEvent('submitted', w, { occurredAt: at(1) }));
  const insurer = await h.token({ roles: ['INSURER'], organisationId: insurerA });
  assert.equal((await insurance(withdrawn, insurer)).insuranceStatus, 'SUBMITTED');
  await h.deliver(applicationEvent('withdrawn', w, { occurredAt: at(2) }));
  assert.deepEqual(
    { status: await status(withdrawn), insurer: (await insurance(withdrawn)).insurerId },
    { status: '未投保', insurer: null },
  );
  // A withdrawn application is closed: its insurer no longer reads the project.
  const read = await h.call(INSURANCE, { token: insurer, variables: { id: withdrawn } });
  assert.equal(read.errors?.[0]?.extensions?.code, 'FORBIDDEN');
});

test('an older event never undoes a newer one, whichever order the durables deliver them in', async () => {
  // CONTEXT: replicas share each durable and applications and policies come through two durables: the issue can
  // arrive before the approval, and a late 复审通过 must not turn 复审不通过 back.
  const id = await project();
  const c = caseOf(id);
  const policy = { ...c, policyId: randomUUID() };
  await h.deliver(policyEvent('issued', policy, { occurredAt: at(30) }));
  await h.deliver(
    applicationEvent('approved', c, { occurredAt: at(20) }),
    applicationEvent('submitted', c, { occurredAt: at(10) }),
  );
  assert.equal(await status(id), '已投保');
  // A 顺延 older than the one applied changes nothing.
  await h.deliver(policyEvent('extended', { ...policy, expiryDate: '2027-09-30' }, { occurredAt: at(50) }));
  await h.deliver(policyEvent('extended', { ...policy, expiryDate: '2027-06-30' }, { occurredAt: at(40) }));
  assert.equal((await insurance(id)).policyEnd, '2027-09-30');
  // A renewal application after the policy: the project stays 已投保, and the renewal's insurer reads it too.
  const renewal = caseOf(id, { insurerId: insurerB, brokerId: null, readerOrganisationIds: [insurerB] });
  await h.deliver(applicationEvent('submitted', renewal, { occurredAt: at(55) }));
  assert.equal(await status(id), '已投保');
  const b = await h.token({ roles: ['INSURER'], organisationId: insurerB });
  assert.equal((await insurance(id, b)).insurerId, insurerA);

  const other = await project();
  const o = caseOf(other);
  await h.deliver(applicationEvent('rejected', o, { occurredAt: at(12) }));
  await h.deliver(applicationEvent('approved', o, { occurredAt: at(11) }));
  assert.equal(await status(other), '复审不通过');
});

test("a premium the insurer confirmed outside the plan's bounds is flagged on the project", async () => {
  // CONTEXT: the manual shows a premium of 43,074,500.00; the regulator's 项目信息 marks such a 保费(元).
  const id = await project();
  const policy = {
    ...caseOf(id),
    policyId: randomUUID(),
    premiumFen: '4307450000',
    premiumImplausible: true,
  };
  await h.deliver(policyEvent('issued', policy, { occurredAt: at(1) }));
  const flagged = await insurance(id);
  assert.deepEqual([flagged.insuredPremiumYuan, flagged.insuredPremiumImplausible], ['43074500.00', true]);
});

test('a redelivered event is applied once', async () => {
  const id = await project();
  const c = caseOf(id);
  const submitted = applicationEvent('submitted', c, { occurredAt: at(1) });
  await h.deliver(submitted);
  await h.deliver(applicationEvent('rejected', c, { occurredAt: at(2) }));
  // The same event again, under another msgID (beyond JetStream's dedupe window): the inbox drops it, so it cannot
  // make the application 待复审 again even though the fold alone would also refuse it.
  await h.publish(submitted, `${submitted.id}-again`);
  await h.settle();
  assert.equal(await status(id), '复审不通过');
  const inbox = await h.em().count(InboxMessage, {
    consumer: APPLICATION_SOURCE.durable,
    eventId: submitted.id,
  });
  assert.equal(inbox, 1);
  const stats = await h.service.insuranceConsumers[0]!.stats();
  assert.ok(stats.duplicates >= 1, JSON.stringify(stats));
});

test('insurer A reads its project, insurer B does not; a partner broker reads it, another broker does not', async () => {
  const id = await project('授权测试项目');
  await h.deliver(applicationEvent('submitted', caseOf(id), { occurredAt: at(1) }));
  const LIST = `{ projects(page: { pageSize: 50 }) { total items { id name insuranceStatus majorHazards { id } } } }`;
  const sees = async (roles: ['INSURER'] | ['BROKER'], organisationId: string) => {
    const token = await h.token({ roles, organisationId });
    const one = await h.call<{ project: { name: string } }>('query($id: ID!) { project(id: $id) { name } }', {
      token,
      variables: { id },
    });
    const list = await h.ok<{ projects: { total: number; items: Array<{ id: string }> } }>(LIST, { token });
    const listed = list.projects.items.some((p) => p.id === id);
    assert.equal(listed, !one.errors, 'the list and the single read agree');
    return one.errors ? one.errors[0]!.extensions?.code : one.data!.project.name;
  };
  assert.equal(await sees(['INSURER'], insurerA), '授权测试项目');
  assert.equal(await sees(['INSURER'], insurerB), 'FORBIDDEN');
  assert.equal(await sees(['BROKER'], partnerBroker), '授权测试项目');
  assert.equal(await sees(['BROKER'], otherBroker), 'FORBIDDEN');
  // Who changed what stays with the enterprise and the regulators.
  const insurer = await h.token({ roles: ['INSURER'], organisationId: insurerA });
  const history = await h.call('query($id: ID!) { project(id: $id) { history { id } } }', {
    token: insurer,
    variables: { id },
  });
  assert.equal(history.errors?.[0]?.extensions?.code, 'FORBIDDEN');
});

const FILTERED = `query($f: ProjectFilter) { projects(filter: $f, page: { pageSize: 50 }) { total items { name } } }`;

async function filtered(filter: Record<string, unknown>) {
  const d = await h.ok<{ projects: { total: number; items: Array<{ name: string }> } }>(FILTERED, {
    token: regulator,
    variables: { f: filter },
  });
  return { total: d.projects.total, names: d.projects.items.map((p) => p.name).sort() };
}

test('the regulator filters by 投保状态; 共 N 项 follows the insurance events', async () => {
  const county = '230108'; // 平房区: this test's projects only
  const make = async (name: string) =>
    (await createProject(h, enterprise.token, { name, code: `FLT-${++serial}`, divisionCode: county }))
      .project.id;
  const insured = await make('筛选已投保项目');
  const pending = await make('筛选待复审项目');
  await make('筛选未投保项目');
  await h.deliver(
    policyEvent('issued', { ...caseOf(insured), policyId: randomUUID(), divisionCode: county }),
    applicationEvent('submitted', caseOf(pending, { divisionCode: county })),
  );
  assert.deepEqual(await filtered({ divisionCode: county, insuranceStatus: 'INSURED' }), {
    total: 1,
    names: ['筛选已投保项目'],
  });
  assert.deepEqual(await filtered({ divisionCode: county, insuranceStatus: 'SUBMITTED' }), {
    total: 1,
    names: ['筛选待复审项目'],
  });
  assert.deepEqual(await filtered({ divisionCode: '230100', insuranceStatus: 'UNINSURED', name: '筛选' }), {
    total: 1,
    names: ['筛选未投保项目'],
  });
  // CONTEXT: 共 N 项 of a search is remembered while the county's revision stands; an insurance event must move it.
  await h.deliver(
    policyEvent('issued', { ...caseOf(pending), policyId: randomUUID(), divisionCode: county }),
  );
  assert.deepEqual(await filtered({ divisionCode: county, insuranceStatus: 'INSURED' }), {
    total: 2,
    names: ['筛选已投保项目', '筛选待复审项目'],
  });
  const bad = await h.call(FILTERED, { token: regulator, variables: { f: { insuranceStatus: 'LAPSED' } } });
  assert.ok(bad.errors?.length);
});

test('export: 投资规模, 投保状态, 保险机构, 保费, 承保时间, and the 投保状态 filter', async () => {
  const county = '230109'; // 松北区
  const { project } = await createProject(h, enterprise.token, {
    name: '导出已投保项目',
    code: 'EXP-INS-1',
    divisionCode: county,
    costYuan: '12345678.90',
  });
  await createProject(h, enterprise.token, {
    name: '导出未投保项目',
    code: 'EXP-INS-2',
    divisionCode: county,
  });
  await h.deliver(
    policyEvent('issued', {
      ...caseOf(project.id),
      policyId: randomUUID(),
      divisionCode: county,
      premiumFen: '987654',
      issuedAt: '2026-03-05T02:15:00.000Z',
    }),
  );
  const res = await fetch(
    `${h.base}/exports/projects?format=csv&divisionCode=${county}&insuranceStatus=INSURED`,
    { headers: { 'x-anze-gateway-secret': TEST_GATEWAY_SECRET, authorization: `Bearer ${regulator}` } },
  );
  assert.equal(res.status, 200);
  const [header, ...rows] = (await res.text())
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const columns = header!.split(',');
  assert.equal(rows.length, 1);
  const cell = (row: string, name: string) => row.split(',')[columns.indexOf(name)];
  assert.equal(cell(rows[0]!, '项目名称'), '导出已投保项目');
  assert.equal(cell(rows[0]!, '施工企业'), '投保测试建筑公司');
  assert.equal(cell(rows[0]!, '投资规模(万元)'), '1234.56789');
  assert.equal(cell(rows[0]!, '投保状态'), '已投保');
  assert.equal(cell(rows[0]!, '保险机构'), '中国人民财产保险股份有限公司黑龙江省分公司');
  assert.equal(cell(rows[0]!, '保费(元)'), '9876.54');
  // 承保时间 in China Standard Time.
  assert.equal(cell(rows[0]!, '承保时间'), '2026-03-05 10:15:00');
  const uninsured = await fetch(
    `${h.base}/exports/projects?format=csv&divisionCode=${county}&insuranceStatus=UNINSURED`,
    { headers: { 'x-anze-gateway-secret': TEST_GATEWAY_SECRET, authorization: `Bearer ${regulator}` } },
  );
  const lines = (await uninsured.text()).trimEnd().split('\r\n').slice(1);
  assert.deepEqual(
    lines.map((l) => l.split(',')[1]),
    ['导出未投保项目'],
  );
  assert.equal(cell(lines[0]!, '保险机构'), '');
});
