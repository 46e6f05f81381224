// Who may read and change which projects: deny by default, tenants apart, regulators inside their jurisdiction.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, createProject, projectInput, UPDATE, STATUS, type Harness } from './fixtures.ts';

const DENIED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
let h: Harness;
let a: Awaited<ReturnType<Harness['enterprise']>>;
let b: Awaited<ReturnType<Harness['enterprise']>>;
let harbinProject: string; // 230103 南岗区 (哈尔滨 2301), enterprise A
let qiqiharProject: string; // 230202 龙沙区 (齐齐哈尔 2302), enterprise B
const tokens: Record<string, string> = {};

before(async () => {
  h = await startHarness('authz');
  a = await h.enterprise({ name: '甲建筑公司' });
  b = await h.enterprise({ name: '乙建筑公司', divisionCode: '230202', uscc: '91230202MA1B2C3D6H' });
  harbinProject = (await createProject(h, a.token, { name: '哈尔滨项目', code: 'HRB-0001' })).project.id;
  qiqiharProject = (
    await createProject(h, b.token, { name: '齐齐哈尔项目', code: 'QQHR-0001', divisionCode: '230202' })
  ).project.id;
  tokens.hrb = await h.token({ roles: ['REGULATOR'], jurisdiction: '230100' });
  tokens.qqhr = await h.token({ roles: ['REGULATOR'], jurisdiction: '230200' });
  tokens.hlj = await h.token({ roles: ['REGULATOR'], jurisdiction: '230000' });
  tokens.noJurisdiction = await h.token({ roles: ['REGULATOR'] });
  tokens.admin = await h.token({ roles: ['PLATFORM_ADMIN'] });
  tokens.insurer = await h.token({ roles: ['INSURER'] });
  tokens.prevention = await h.token({ roles: ['PREVENTION_ORG'] });
  tokens.clientHrb = await h.token({
    roles: ['API_CLIENT'],
    scopes: ['projects:read'],
    jurisdiction: '230100',
  });
  tokens.clientNowhere = await h.token({ roles: ['API_CLIENT'], scopes: ['projects:read'] });
});
after(() => h?.close());

const LIST = '{ projects(page: { pageSize: 50 }) { total items { name } } }';
async function names(token: string | null) {
  const r = await h.call<{ projects: { items: Array<{ name: string }> } }>(LIST, { token });
  if (r.errors?.length) return r.errors[0]!.extensions?.code;
  return r.data!.projects.items.map((p) => p.name).sort();
}

test('list: each caller sees exactly its scope', async () => {
  assert.deepEqual(await names(tokens.admin!), ['哈尔滨项目', '齐齐哈尔项目']);
  assert.deepEqual(await names(tokens.hlj!), ['哈尔滨项目', '齐齐哈尔项目']);
  assert.deepEqual(await names(tokens.hrb!), ['哈尔滨项目']);
  assert.deepEqual(await names(tokens.qqhr!), ['齐齐哈尔项目']);
  assert.deepEqual(await names(tokens.noJurisdiction!), []);
  assert.deepEqual(await names(tokens.clientHrb!), ['哈尔滨项目']);
  // A client bound to no division sees nothing rather than everything (deny by default).
  assert.deepEqual(await names(tokens.clientNowhere!), []);
  // CONTEXT: an enterprise calling the regulator-wide list gets its own projects only.
  assert.deepEqual(await names(a.token), ['哈尔滨项目']);
  assert.deepEqual(await names(b.token), ['齐齐哈尔项目']);
  // An insurer reads only projects whose insurance names it (insurance.test.ts): here none.
  assert.deepEqual(await names(tokens.insurer!), []);
  assert.equal(await names(tokens.prevention!), 'FORBIDDEN');
  assert.equal(await names(null), 'UNAUTHENTICATED');
});

test('a division filter outside the jurisdiction finds nothing; inside it narrows', async () => {
  const q = 'query($d: String) { projects(filter: { divisionCode: $d }) { total } }';
  const total = async (token: string, d: string) =>
    (await h.ok<{ projects: { total: number } }>(q, { token, variables: { d } })).projects.total;
  assert.equal(await total(tokens.hrb!, '230200'), 0);
  assert.equal(await total(tokens.hrb!, '230000'), 1);
  assert.equal(await total(tokens.hlj!, '230200'), 1);
  assert.equal(await total(tokens.hlj!, '230202'), 1);
  assert.equal(await total(tokens.admin!, '230103'), 1);
});

// CONTEXT: identity's organisations list and this one treat a filter wider than the jurisdiction alike (clamped to
// the jurisdiction, @anze/auth divisionFilterWithin); the export uses the same filter.
test('a division filter wider than the jurisdiction is clamped to it, never widening it', async () => {
  const r = await h.ok<{ projects: { items: Array<{ name: string }> } }>(
    '{ projects(filter: { divisionCode: "230000" }, page: { pageSize: 50 }) { items { name } } }',
    { token: tokens.hrb! },
  );
  assert.deepEqual(
    r.projects.items.map((p) => p.name),
    ['哈尔滨项目'],
  );
});

const ONE = 'query($id: ID!) { project(id: $id) { name } }';
test('project(id): cross-tenant and cross-jurisdiction reads are refused', async () => {
  const read = async (token: string | null, id: string) => {
    const r = await h.call<{ project: { name: string } }>(ONE, { token, variables: { id } });
    return r.errors?.length ? r.errors[0]!.extensions?.code : r.data!.project.name;
  };
  assert.equal(await read(a.token, harbinProject), '哈尔滨项目');
  assert.equal(await read(a.token, qiqiharProject), 'FORBIDDEN');
  assert.equal(await read(b.token, harbinProject), 'FORBIDDEN');
  assert.equal(await read(tokens.hrb!, harbinProject), '哈尔滨项目');
  assert.equal(await read(tokens.hrb!, qiqiharProject), 'FORBIDDEN');
  assert.equal(await read(tokens.qqhr!, harbinProject), 'FORBIDDEN');
  assert.equal(await read(tokens.admin!, qiqiharProject), '齐齐哈尔项目');
  assert.equal(await read(tokens.insurer!, harbinProject), 'FORBIDDEN');
  assert.equal(await read(null, harbinProject), 'UNAUTHENTICATED');
});

test('only the owning enterprise changes a project; regulators and admins cannot write', async () => {
  const writes = [
    {
      query: UPDATE,
      variables: { id: harbinProject, v: 1, i: projectInput({ name: '篡改', code: 'HRB-0001' }) },
    },
    { query: STATUS, variables: { id: harbinProject, s: 'SUSPENDED' } },
    {
      query: `mutation($id: ID!) { registerMajorHazard(projectId: $id, input: { type: SCAFFOLDING, location: "1#楼",
        controlMeasures: "专项方案", responsiblePerson: "张三", responsiblePhone: "13800000000",
        periodStart: "2026-04-01", periodEnd: "2026-06-30" }) { id } }`,
      variables: { id: harbinProject },
    },
  ];
  for (const w of writes) {
    for (const token of [b.token, tokens.hrb!, tokens.admin!, tokens.clientHrb!, null]) {
      const r = await h.call(w.query, { token, variables: w.variables });
      assert.ok(
        DENIED.has(r.errors?.[0]?.extensions?.code as string),
        `${w.query.slice(0, 40)}: ${JSON.stringify(r.errors)}`,
      );
    }
  }
  const r = await h.ok<{ project: { name: string; version: number } }>(
    'query($id: ID!) { project(id: $id) { name version } }',
    {
      token: a.token,
      variables: { id: harbinProject },
    },
  );
  assert.deepEqual(r.project, { name: '哈尔滨项目', version: 1 });
});

test('createProject: enterprises only; regulators and anonymous callers are refused', async () => {
  const q = 'mutation($i: ProjectInput!) { createProject(input: $i) { project { id } } }';
  for (const token of [tokens.hlj!, tokens.admin!, null]) {
    const r = await h.call(q, { token, variables: { i: projectInput({ code: 'X-0001' }) } });
    assert.ok(DENIED.has(r.errors?.[0]?.extensions?.code as string));
  }
});

test('myProjects is for enterprises; dictionaries are public', async () => {
  const r = await h.call('{ myProjects { total } }', { token: tokens.hlj! });
  assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  const d = await h.ok<{
    projectCategories: Array<{ label: string }>;
    majorHazardTypes: Array<{ label: string }>;
  }>('{ projectCategories { value label } majorHazardTypes { value label } }');
  assert.equal(d.projectCategories.length, 8);
  assert.equal(d.majorHazardTypes[0]!.label, '深基坑工程');
});

test('calls without the gateway credential are refused', async () => {
  const r = await h.call(LIST, { token: tokens.admin!, gatewaySecret: false });
  assert.equal(r.status, 403);
});
