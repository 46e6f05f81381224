// Events on the test prefix (subject carries the project's county code; payload fields the analytics subgraph reads)
// and the enterprise read model fed by identity's events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Subscription } from '@nats-io/transport-node';
import type { EventEnvelope } from '@anze/events';
import { DeadLetter, InboxMessage } from '@anze/events';
import { Enterprise } from '../src/domain/enterprise.entity.ts';
import { Project } from '../src/domain/project.entity.ts';
import { ENTERPRISE_CONSUMER } from '../src/events/enterprise-consumer.ts';
import {
  startHarness,
  createProject,
  projectInput,
  CREATE,
  UPDATE,
  STATUS,
  waitFor,
  type Harness,
} from './fixtures.ts';

let h: Harness;
let sub: Subscription;
const received: Array<{ subject: string; event: EventEnvelope<Record<string, unknown>> }> = [];

before(async () => {
  h = await startHarness('events');
  sub = h.nc.subscribe(`${h.prefix}.*.*.*.projects.>`);
  (async () => {
    for await (const m of sub) received.push({ subject: m.subject, event: m.json() });
  })();
});
after(async () => {
  sub?.unsubscribe();
  await h?.close();
});

async function eventOf(type: string, aggregateId: string) {
  return waitFor(async () =>
    received.find((r) => r.event.type === type && r.event.aggregate.id === aggregateId),
  );
}

test('project events: registered, updated, status_changed with subject, version and payload', async () => {
  const ent = await h.enterprise({ name: '事件测试建筑公司' });
  const { project } = await createProject(h, ent.token, { costYuan: '98765432.10' });
  const registered = await eventOf('projects.project.registered', project.id);
  assert.equal(registered.subject, `${h.prefix}.23.2301.230103.projects.project.registered`);
  assert.equal(registered.event.version, 1);
  assert.equal(registered.event.divisionCode, '230103');
  assert.deepEqual(registered.event.data, {
    projectId: project.id,
    code: '2408-230103-04-01-996708',
    name: '哈尔滨市南岗区某住宅小区1#楼工程',
    divisionCode: '230103',
    category: 'BUILDING',
    costFen: '9876543210',
    constructorUscc: ent.uscc,
    constructorName: '事件测试建筑公司',
    organisationId: ent.organisationId,
    status: 'UNDER_CONSTRUCTION',
    plannedStart: '2026-03-01',
    plannedEnd: '2027-02-28',
  });

  await h.ok(UPDATE, {
    token: ent.token,
    variables: {
      id: project.id,
      v: 1,
      i: projectInput({ costYuan: '98765432.10', ownerUnit: '新建设单位', category: 'MUNICIPAL' }),
    },
  });
  const updated = await eventOf('projects.project.updated', project.id);
  assert.deepEqual((updated.event.data.changedFields as string[]).sort(), ['category', 'ownerUnit']);
  assert.equal(updated.event.data.category, 'MUNICIPAL');

  await h.ok(STATUS, { token: ent.token, variables: { id: project.id, s: 'SUSPENDED', r: '资金不到位' } });
  const changed = await eventOf('projects.project.status_changed', project.id);
  assert.equal(changed.subject, `${h.prefix}.23.2301.230103.projects.project.status_changed`);
  assert.equal(changed.event.data.from, 'UNDER_CONSTRUCTION');
  assert.equal(changed.event.data.to, 'SUSPENDED');
  assert.equal(changed.event.data.status, 'SUSPENDED');
});

test('major hazard events carry no personal data', async () => {
  const ent = await h.enterprise();
  const { project } = await createProject(h, ent.token, { name: '危险源事件项目', code: 'HZ-EVT-1' });
  const d = await h.ok<{ registerMajorHazard: { id: string; version: number } }>(
    `mutation($id: ID!) { registerMajorHazard(projectId: $id, input: { type: DEEP_EXCAVATION, location: "基坑北侧",
      controlMeasures: "专项施工方案并专家论证", responsiblePerson: "李四", responsiblePhone: "13912345678",
      periodStart: "2026-04-01", periodEnd: "2026-08-31" }) { id version } }`,
    { token: ent.token, variables: { id: project.id } },
  );
  const hazardId = d.registerMajorHazard.id;
  const registered = await eventOf('projects.major_hazard.registered', hazardId);
  assert.equal(registered.subject, `${h.prefix}.23.2301.230103.projects.major_hazard.registered`);
  assert.equal(registered.event.data.majorHazardId, hazardId);
  assert.equal(registered.event.data.projectId, project.id);
  assert.equal(registered.event.data.hazardType, 'DEEP_EXCAVATION');
  const text = JSON.stringify(registered.event);
  assert.ok(!text.includes('13912345678') && !text.includes('李四'), text);

  await h.ok(
    `mutation($id: ID!) { updateMajorHazard(id: $id, version: 1, input: { type: DEEP_EXCAVATION, location: "基坑南侧",
      controlMeasures: "专项施工方案并专家论证", responsiblePerson: "李四", responsiblePhone: "13912345678",
      periodStart: "2026-04-01", periodEnd: "2026-08-31" }) { id } }`,
    { token: ent.token, variables: { id: hazardId } },
  );
  assert.deepEqual((await eventOf('projects.major_hazard.updated', hazardId)).event.data.changedFields, [
    'location',
  ]);
  await h.ok('mutation($id: ID!) { removeMajorHazard(id: $id) { id } }', {
    token: ent.token,
    variables: { id: hazardId },
  });
  await eventOf('projects.major_hazard.removed', hazardId);
});

test('enterprise consumer: unknown or not yet approved enterprises cannot create projects; approval allows it', async () => {
  const organisationId = randomUUID();
  const token = await h.token({ roles: ['ENTERPRISE'], organisationId, jurisdiction: '230103' });
  const attempt = () => h.call(CREATE, { token, variables: { i: projectInput({ code: 'ENT-0001' }) } });

  const unknown = await attempt();
  assert.equal(unknown.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  assert.match(unknown.errors![0]!.message, /企业注册审核通过后方可新增项目/);

  await h.organisationEvent('registered', { organisationId, name: '待审核建筑公司' });
  const pending = await attempt();
  assert.match(pending.errors![0]!.message, /企业注册审核中，企业注册审核通过后方可新增项目/);
  assert.equal(await h.em().count(Project, { organisationId }), 0);

  await h.organisationEvent('approved', { organisationId, name: '待审核建筑公司' });
  const created = await attempt();
  assert.equal(created.errors, undefined);
  assert.equal(await h.em().count(Project, { organisationId }), 1);
});

test('enterprise consumer: a duplicate delivery is applied once; other organisation types are ignored', async () => {
  const organisationId = randomUUID();
  const id = randomUUID();
  await h.organisationEvent('approved', { organisationId, name: '幂等建筑公司' }, { id });
  // Same event id again (a redelivery that JetStream's dedupe window did not catch): the inbox drops it.
  await h.organisationEvent('approved', { organisationId, name: '幂等建筑公司' }, { id, wait: false });
  // A later, different event proves the consumer went past the duplicate.
  await h.organisationEvent('updated', { organisationId, name: '幂等建筑公司（更名）' });
  const em = h.em();
  const inbox = await em.count(InboxMessage, { consumer: ENTERPRISE_CONSUMER, eventId: id });
  assert.equal(inbox, 1);
  assert.equal((await em.findOneOrFail(Enterprise, { organisationId })).name, '幂等建筑公司（更名）');
  const stats = await h.service.consumer.stats();
  assert.ok(stats.duplicates >= 1, JSON.stringify(stats));

  const insurerId = randomUUID();
  await h.organisationEvent(
    'approved',
    { organisationId: insurerId, organisationType: 'INSURER', name: '保险公司' },
    { wait: false },
  );
  await h.organisationEvent('approved', { organisationId: randomUUID(), name: '之后的企业' });
  assert.equal(await h.em().count(Enterprise, { organisationId: insurerId }), 0);
});

test('a rejected enterprise cannot create projects; a rename reaches new projects', async () => {
  const ent = await h.enterprise({ name: '旧名建筑公司' });
  await h.organisationEvent('updated', { organisationId: ent.organisationId, name: '新名建筑公司' });
  const { project } = await createProject(h, ent.token, { code: 'REN-0001' });
  assert.equal(project.constructorName, '新名建筑公司');
  await h.organisationEvent('rejected', {
    organisationId: ent.organisationId,
    name: '新名建筑公司',
    reason: '资质过期',
  });
  const r = await h.call(CREATE, { token: ent.token, variables: { i: projectInput({ code: 'REN-0002' }) } });
  assert.match(r.errors![0]!.message, /已驳回/);
});

test('enterprise consumer: an organisation event that does not fit identity’s catalogue is parked, not applied', async () => {
  // CONTEXT: issue 10 — the consumer reads identity's catalogue; a payload it cannot read (here a status identity does
  // not have) must neither create an enterprise nor hold up the events after it.
  const organisationId = randomUUID();
  const eventId = await h.organisationEvent(
    'approved',
    { organisationId, registrationStatus: 'ARCHIVED' as 'APPROVED' },
    { wait: false },
  );
  await h.organisationEvent('approved', { organisationId: randomUUID(), name: '之后的企业二' });
  const letter = await waitFor(() => h.em().findOne(DeadLetter, { consumer: ENTERPRISE_CONSUMER, eventId }));
  assert.match(letter.error, /does not fit the catalogue: .*registrationStatus/);
  assert.equal(letter.deliveries, 1);
  assert.equal(await h.em().count(Enterprise, { organisationId }), 0);
});
