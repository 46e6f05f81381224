// 重大危险源登记: add / edit / remove by the owning enterprise, audited in the project's history, phones masked for
// everyone but the owner and platform administrators.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createEventValidator, OutboxMessage } from '@anze/events';
import { MajorHazardSource } from '../src/domain/major-hazard.entity.ts';
import { PROJECTS_EVENT_CATALOGUE } from '../src/events/catalogue.ts';
import { startHarness, createProject, STATUS, type Harness } from './fixtures.ts';

let h: Harness;
let ent: Awaited<ReturnType<Harness['enterprise']>>;
let projectId: string;

const INPUT = {
  type: 'HIGH_FORMWORK',
  location: '3#楼地下室顶板',
  controlMeasures: '编制专项施工方案，组织专家论证，搭设后验收',
  responsiblePerson: '王五',
  responsiblePhone: '13812341234',
  periodStart: '2026-05-01',
  periodEnd: '2026-07-31',
};
const REGISTER = `mutation($p: ID!, $i: MajorHazardInput!) { registerMajorHazard(projectId: $p, input: $i) {
  id version type typeLabel responsiblePhone } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: MajorHazardInput!) { updateMajorHazard(id: $id, version: $v, input: $i) {
  id version location } }`;
const READ = `query($id: ID!) { project(id: $id) { majorHazards { id responsiblePerson responsiblePhone location }
  history { action majorHazardId changes { field label from to } } } }`;

before(async () => {
  h = await startHarness('hazards');
  ent = await h.enterprise();
  projectId = (await createProject(h, ent.token, { code: 'HZ-0001' })).project.id;
});
after(() => h?.close());

test('register, edit and remove a major hazard source, each in the history', async () => {
  const r = await h.ok<{
    registerMajorHazard: { id: string; version: number; typeLabel: string; responsiblePhone: string };
  }>(REGISTER, { token: ent.token, variables: { p: projectId, i: INPUT } });
  const hz = r.registerMajorHazard;
  assert.equal(hz.typeLabel, '高大模板工程');
  assert.equal(hz.responsiblePhone, '13812341234');
  await h.ok(UPDATE, {
    token: ent.token,
    variables: { id: hz.id, v: 1, i: { ...INPUT, location: '3#楼屋面' } },
  });
  const stale = await h.call(UPDATE, {
    token: ent.token,
    variables: { id: hz.id, v: 1, i: { ...INPUT, location: 'X' } },
  });
  assert.equal(stale.errors?.[0]?.extensions?.code, 'CONFLICT');
  await h.ok('mutation($id: ID!) { removeMajorHazard(id: $id) { id } }', {
    token: ent.token,
    variables: { id: hz.id },
  });
  assert.equal(await h.em().count(MajorHazardSource, { id: hz.id }), 0);

  const d = await h.ok<{
    project: {
      majorHazards: unknown[];
      history: Array<{
        action: string;
        majorHazardId: string;
        changes: Array<{ field: string; label: string; from: string | null; to: string | null }>;
      }>;
    };
  }>(READ, { token: ent.token, variables: { id: projectId } });
  assert.deepEqual(d.project.majorHazards, []);
  const hazardHistory = d.project.history.filter((x) => x.majorHazardId === hz.id).map((x) => x.action);
  assert.deepEqual(hazardHistory, ['HAZARD_REMOVED', 'HAZARD_UPDATED', 'HAZARD_REGISTERED']);
  const update = d.project.history.find((x) => x.action === 'HAZARD_UPDATED')!;
  assert.deepEqual(update.changes, [
    { field: 'majorHazard.location', label: '部位', from: '3#楼地下室顶板', to: '3#楼屋面' },
  ]);
  // The history is read by regulators too: the phone is kept masked there.
  const registered = d.project.history.find((x) => x.action === 'HAZARD_REGISTERED')!;
  assert.equal(registered.changes.find((c) => c.field === 'majorHazard.responsiblePhone')!.to, '138****1234');
});

test('phone masked for regulators, shown to the owner and to platform administrators', async () => {
  await h.ok(REGISTER, { token: ent.token, variables: { p: projectId, i: INPUT } });
  const phone = async (token: string) =>
    (
      await h.ok<{ project: { majorHazards: Array<{ responsiblePhone: string }> } }>(READ, {
        token,
        variables: { id: projectId },
      })
    ).project.majorHazards[0]!.responsiblePhone;
  assert.equal(await phone(ent.token), '13812341234');
  assert.equal(await phone(await h.token({ roles: ['PLATFORM_ADMIN'] })), '13812341234');
  assert.equal(await phone(await h.token({ roles: ['REGULATOR'], jurisdiction: '230100' })), '138****1234');
  assert.equal(
    await phone(await h.token({ roles: ['API_CLIENT'], scopes: ['projects:read'], jurisdiction: '230000' })),
    '138****1234',
  );
});

test('validation: phone format and period order; nothing written', async () => {
  const before = await h.em().count(MajorHazardSource, {});
  for (const [input, field] of [
    [{ ...INPUT, responsiblePhone: '12345' }, 'responsiblePhone'],
    [{ ...INPUT, periodEnd: '2026-04-30' }, 'periodEnd'],
    [{ ...INPUT, location: ' ' }, 'location'],
  ] as const) {
    const r = await h.call(REGISTER, { token: ent.token, variables: { p: projectId, i: input } });
    assert.equal(r.errors?.[0]?.extensions?.field, field, JSON.stringify(r.errors));
  }
  assert.equal(await h.em().count(MajorHazardSource, {}), before);
});

test('another enterprise cannot register, edit or remove hazards of this project; completed projects take none', async () => {
  const other = await h.enterprise({ name: '别家公司' });
  const r = await h.call(REGISTER, { token: other.token, variables: { p: projectId, i: INPUT } });
  assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  const [existing] = await h.em().find(MajorHazardSource, { projectId });
  const rm = await h.call('mutation($id: ID!) { removeMajorHazard(id: $id) { id } }', {
    token: other.token,
    variables: { id: existing!.id },
  });
  assert.equal(rm.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  await h.ok(STATUS, { token: ent.token, variables: { id: projectId, s: 'COMPLETED' } });
  const done = await h.call(REGISTER, { token: ent.token, variables: { p: projectId, i: INPUT } });
  assert.equal(done.errors?.[0]?.extensions?.code, 'CONFLICT');
});

// CONTEXT: outside subscribers rely on docs/events (generated from the catalogue); an event type or field the
// catalogue does not declare must fail here rather than reach them undocumented.
test('every event written here is in the event catalogue and fits its schema', async () => {
  const validate = createEventValidator(PROJECTS_EVENT_CATALOGUE);
  const rows = await h.em().find(OutboxMessage, {});
  const types = new Set(rows.map((r) => r.payload.type));
  assert.ok(types.has('projects.major_hazard.registered'), 'projects.major_hazard.registered');
  assert.ok(types.has('projects.major_hazard.updated'), 'projects.major_hazard.updated');
  assert.ok(types.has('projects.major_hazard.removed'), 'projects.major_hazard.removed');
  for (const row of rows) assert.deepEqual(validate(row.payload).errors, [], row.subject);
});
