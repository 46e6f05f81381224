// 新增项目 / 编辑 / 状态: creation, one test per validation rule (each asserting nothing was written), warnings,
// history, optimistic concurrency and the status state machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Project } from '../src/domain/project.entity.ts';
import { ProjectChange } from '../src/domain/project-change.entity.ts';
import { createEventValidator, OutboxMessage } from '@anze/events';
import { PROJECTS_EVENT_CATALOGUE } from '../src/events/catalogue.ts';
import {
  startHarness,
  createProject,
  projectInput,
  CREATE,
  UPDATE,
  STATUS,
  type Harness,
} from './fixtures.ts';

let h: Harness;
let ent: Awaited<ReturnType<Harness['enterprise']>>;

before(async () => {
  h = await startHarness('core');
  ent = await h.enterprise({ name: '哈尔滨测试建筑工程有限公司' });
});
after(() => h?.close());

async function counts() {
  const em = h.em();
  return {
    projects: await em.count(Project, {}),
    changes: await em.count(ProjectChange, {}),
    outbox: await em.count(OutboxMessage, {}),
  };
}

test('createProject stores every field, derives address, amounts, duration and 施工企业 from the enterprise', async () => {
  const { project: p, warnings } = await createProject(h, ent.token, { code: 'sZsG0207G240918001001001' });
  assert.deepEqual(warnings, []);
  assert.equal(p.name, '哈尔滨市南岗区某住宅小区1#楼工程');
  assert.equal(p.code, 'SZSG0207G240918001001001');
  assert.equal(p.address, '黑龙江省哈尔滨市南岗区');
  assert.equal(p.detailAddress, '学府路74号');
  assert.equal(p.costFen, '1234567890');
  assert.equal(p.costYuan, '12345678.90');
  assert.equal(p.investmentWan, '1234.56789');
  assert.equal(p.constructorName, ent.name);
  assert.equal(p.constructorUscc, ent.uscc);
  assert.equal(p.organisationId, ent.organisationId);
  assert.equal(p.category, 'BUILDING');
  assert.equal(p.categoryLabel, '房屋建筑工程');
  assert.equal(p.durationDays, 365);
  assert.equal(p.plannedStart, '2026-03-01');
  assert.equal(p.status, 'UNDER_CONSTRUCTION');
  assert.equal(p.statusLabel, '在建');
  assert.equal(p.longitude, 126.64);
  assert.equal(p.version, 1);
});

test('investment in 万元 is stored as the same exact amount in 分', async () => {
  const { project: p } = await createProject(h, ent.token, {
    name: '投资规模万元项目',
    code: 'WAN-0001',
    costYuan: null,
    investmentWan: '1234.5678',
  });
  assert.equal(p.costFen, '1234567800');
  assert.equal(p.costYuan, '12345678.00');
  assert.equal(p.investmentWan, '1234.5678');
});

// CONTEXT: each rule refuses with a Chinese message and extensions.field, and nothing (project, history, event) is
// written.
const INVALID: Array<{ rule: string; input: Record<string, unknown>; field: string; message: RegExp }> = [
  { rule: 'name required', input: { name: '  ' }, field: 'name', message: /请填写项目名称/ },
  { rule: 'code format', input: { code: 'ABC_12/3' }, field: 'code', message: /字母、数字和“-”/ },
  { rule: 'code too short', input: { code: 'A1' }, field: 'code', message: /长度3到64位/ },
  {
    rule: 'division must exist',
    input: { divisionCode: '239999' },
    field: 'divisionCode',
    message: /不存在/,
  },
  {
    rule: 'division must be county level',
    input: { divisionCode: '230100' },
    field: 'divisionCode',
    message: /区县级/,
  },
  {
    rule: 'coordinates outside China',
    input: { longitude: 2.35, latitude: 48.85 },
    field: 'longitude',
    message: /中国境内/,
  },
  { rule: 'coordinates come in pairs', input: { latitude: null }, field: 'latitude', message: /同时填写/ },
  { rule: 'cost required', input: { costYuan: null }, field: 'costYuan', message: /请填写工程造价/ },
  { rule: 'cost positive', input: { costYuan: '0' }, field: 'costYuan', message: /大于0/ },
  {
    rule: 'cost plausible (≤ 1000 亿元)',
    input: { costYuan: '100000000000.01' },
    field: 'costYuan',
    message: /1000亿元/,
  },
  {
    rule: 'cost is a decimal, not a float',
    input: { costYuan: '1.5e7' },
    field: 'costYuan',
    message: /两位小数/,
  },
  {
    rule: 'cost in one unit only',
    input: { investmentWan: '1234' },
    field: 'investmentWan',
    message: /只填写一项/,
  },
  { rule: 'owner unit required', input: { ownerUnit: '' }, field: 'ownerUnit', message: /请填写建设单位/ },
  {
    rule: 'completion not before start',
    input: { plannedEnd: '2026-02-28' },
    field: 'plannedEnd',
    message: /不能早于/,
  },
  {
    rule: 'duration consistent with the dates',
    input: { durationDays: 300 },
    field: 'durationDays',
    message: /应为365天/,
  },
];

for (const c of INVALID) {
  test(`validation: ${c.rule}`, async () => {
    const before = await counts();
    const r = await h.call(CREATE, { token: ent.token, variables: { i: projectInput({ ...c.input }) } });
    assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(r.errors));
    assert.equal(r.errors?.[0]?.extensions?.field, c.field);
    assert.match(r.errors![0]!.message, c.message);
    assert.deepEqual(await counts(), before);
  });
}

test('duration within one day of the inclusive count is accepted (counting conventions differ)', async () => {
  const { project } = await createProject(h, ent.token, {
    name: '工期容差项目',
    code: 'DUR-0001',
    durationDays: 364,
  });
  assert.equal(project.durationDays, 364);
});

test('warning (not refusal) for the GF-2017-0201 model-contract number', async () => {
  const { project, warnings } = await createProject(h, ent.token, {
    name: '示范文本编号项目',
    code: 'GF-2017-0201',
  });
  assert.ok(project.id);
  assert.deepEqual(
    warnings.map((w) => w.code),
    ['TEMPLATE_CODE'],
  );
});

test('warnings for likely duplicates: same code, or same name of the same enterprise', async () => {
  await createProject(h, ent.token, { name: '重复检查项目', code: 'DUP-0001' });
  const sameCode = await createProject(h, ent.token, { name: '另一个项目', code: 'dup-0001' });
  assert.deepEqual(
    sameCode.warnings.map((w) => w.code),
    ['DUPLICATE_CODE'],
  );
  const sameName = await createProject(h, ent.token, { name: '重复检查项目', code: 'DUP-0002' });
  assert.deepEqual(
    sameName.warnings.map((w) => w.code),
    ['DUPLICATE_NAME'],
  );
  // Another enterprise's project of the same name is not a duplicate of this one.
  const other = await h.enterprise({ name: '另一家建筑公司' });
  const otherName = await createProject(h, other.token, { name: '重复检查项目', code: 'DUP-0003' });
  assert.deepEqual(otherName.warnings, []);
});

const HISTORY = `query($id: ID!) { project(id: $id) { version history { action actorUserId actorOrganisationId reason
  changes { field label from to } } } }`;

test('updateProject records who and per-field from → to, and bumps the version', async () => {
  const { project } = await createProject(h, ent.token, { name: '编辑历史项目', code: 'HIST-0001' });
  const d = await h.ok<{ updateProject: { project: { version: number; costYuan: string; name: string } } }>(
    UPDATE,
    {
      token: ent.token,
      variables: {
        id: project.id,
        v: project.version,
        i: projectInput({ name: '编辑历史项目（二期）', code: 'HIST-0001', costYuan: '20000000' }),
      },
    },
  );
  assert.equal(d.updateProject.project.version, 2);
  assert.equal(d.updateProject.project.costYuan, '20000000.00');
  const hist = await h.ok<{
    project: {
      history: Array<{
        action: string;
        actorOrganisationId: string;
        changes: Array<{ field: string; label: string; from: string; to: string }>;
      }>;
    };
  }>(HISTORY, {
    token: ent.token,
    variables: { id: project.id },
  });
  const [latest, created] = hist.project.history;
  assert.equal(latest!.action, 'UPDATED');
  assert.equal(latest!.actorOrganisationId, ent.organisationId);
  assert.deepEqual(
    latest!.changes.sort((a, b) => a.field.localeCompare(b.field)),
    [
      { field: 'costYuan', label: '工程造价(元)', from: '12345678.90', to: '20000000.00' },
      { field: 'name', label: '项目名称', from: '编辑历史项目', to: '编辑历史项目（二期）' },
    ],
  );
  assert.equal(created!.action, 'CREATED');
});

test('optimistic concurrency: an update with a stale version is refused and changes nothing', async () => {
  const { project } = await createProject(h, ent.token, { name: '并发项目', code: 'CONC-0001' });
  await h.ok(UPDATE, {
    token: ent.token,
    variables: { id: project.id, v: 1, i: projectInput({ name: '并发项目A', code: 'CONC-0001' }) },
  });
  const before = await counts();
  const r = await h.call(UPDATE, {
    token: ent.token,
    variables: { id: project.id, v: 1, i: projectInput({ name: '并发项目B', code: 'CONC-0001' }) },
  });
  assert.equal(r.errors?.[0]?.extensions?.code, 'CONFLICT');
  assert.match(r.errors![0]!.message, /已被修改/);
  assert.deepEqual(await counts(), before);
  const row = await h.em().findOneOrFail(Project, { id: project.id });
  assert.equal(row.name, '并发项目A');
});

test('an invalid edit writes nothing', async () => {
  const { project } = await createProject(h, ent.token, { name: '无效编辑项目', code: 'INV-0001' });
  const before = await counts();
  const r = await h.call(UPDATE, {
    token: ent.token,
    variables: { id: project.id, v: 1, i: projectInput({ code: 'INV-0001', divisionCode: '230000' }) },
  });
  assert.equal(r.errors?.[0]?.extensions?.field, 'divisionCode');
  assert.deepEqual(await counts(), before);
});

test('status machine: 在建 ⇄ 停工 → 竣工, and 竣工 cannot go back to 在建', async () => {
  const { project } = await createProject(h, ent.token, { name: '状态项目', code: 'STAT-0001' });
  const go = (s: string, r?: string) =>
    h.call<{ changeProjectStatus: { status: string } }>(STATUS, {
      token: ent.token,
      variables: { id: project.id, s, r },
    });
  assert.equal((await go('SUSPENDED', '冬季停工')).data?.changeProjectStatus.status, 'SUSPENDED');
  assert.equal((await go('UNDER_CONSTRUCTION')).data?.changeProjectStatus.status, 'UNDER_CONSTRUCTION');
  assert.equal((await go('COMPLETED')).data?.changeProjectStatus.status, 'COMPLETED');
  const before = await counts();
  const back = await go('UNDER_CONSTRUCTION');
  assert.equal(back.errors?.[0]?.extensions?.code, 'CONFLICT');
  assert.match(back.errors![0]!.message, /当前为“竣工”，不能变更为“在建”/);
  assert.deepEqual(await counts(), before);
  const hist = await h.ok<{
    project: {
      history: Array<{ action: string; reason: string | null; changes: Array<{ from: string; to: string }> }>;
    };
  }>(HISTORY, { token: ent.token, variables: { id: project.id } });
  const statusChanges = hist.project.history.filter((x) => x.action === 'STATUS_CHANGED').reverse();
  assert.deepEqual(
    statusChanges.map((x) => [x.changes[0]!.from, x.changes[0]!.to, x.reason]),
    [
      ['UNDER_CONSTRUCTION', 'SUSPENDED', '冬季停工'],
      ['SUSPENDED', 'UNDER_CONSTRUCTION', null],
      ['UNDER_CONSTRUCTION', 'COMPLETED', null],
    ],
  );
});

test('list: filters, sort and page sizes 10/20/50 only', async () => {
  const list = (variables: Record<string, unknown>) =>
    h.call<{
      myProjects: {
        total: number;
        page: number;
        pageSize: number;
        items: Array<{ name: string; costYuan: string }>;
      };
    }>(
      `query($f: ProjectFilter, $s: ProjectSort, $p: PageInput) { myProjects(filter: $f, sort: $s, page: $p) {
        total page pageSize items { name costYuan } } }`,
      { token: ent.token, variables },
    );
  const all = await list({});
  assert.ok(all.data!.myProjects.total >= 5);
  assert.equal(all.data!.myProjects.pageSize, 10);
  const byName = await list({ f: { name: '重复检查' } });
  assert.deepEqual(
    byName.data!.myProjects.items.map((p) => p.name),
    ['重复检查项目', '重复检查项目'],
  );
  const byCost = await list({ s: { field: 'COST', direction: 'DESC' }, p: { pageSize: 20 } });
  const costs = byCost.data!.myProjects.items.map((p) => Number(p.costYuan));
  assert.deepEqual(
    costs,
    [...costs].sort((a, b) => b - a),
  );
  // Pages partition the list; a page past the end is empty but still says 共 N 项.
  const first = (await list({ p: { page: 1, pageSize: 10 } })).data!.myProjects;
  const second = (await list({ p: { page: 2, pageSize: 10 } })).data!.myProjects;
  const wholeList = (await list({ p: { pageSize: 50 } })).data!.myProjects;
  assert.ok(wholeList.total > 10, `${wholeList.total} projects: too few to page`);
  assert.deepEqual(
    [...first.items, ...second.items].map((p) => p.name),
    wholeList.items.slice(0, first.items.length + second.items.length).map((p) => p.name),
  );
  assert.equal(second.page, 2);
  assert.equal(second.total, wholeList.total);
  const beyond = (await list({ p: { page: 99, pageSize: 50 } })).data!.myProjects;
  assert.deepEqual(beyond.items, []);
  assert.equal(beyond.total, wholeList.total);
  const bad = await list({ p: { pageSize: 15 } });
  assert.equal(bad.errors?.[0]?.extensions?.field, 'pageSize');
  const completed = await list({ f: { status: 'COMPLETED' } });
  assert.deepEqual(
    completed.data!.myProjects.items.map((p) => p.name),
    ['状态项目'],
  );
});

// CONTEXT: outside subscribers rely on docs/events (generated from the catalogue); an event type or field the
// catalogue does not declare must fail here rather than reach them undocumented.
test('every event written here is in the event catalogue and fits its schema', async () => {
  const validate = createEventValidator(PROJECTS_EVENT_CATALOGUE);
  const rows = await h.em().find(OutboxMessage, {});
  const types = new Set(rows.map((r) => r.payload.type));
  assert.ok(types.has('projects.project.registered'), 'projects.project.registered');
  assert.ok(types.has('projects.project.updated'), 'projects.project.updated');
  assert.ok(types.has('projects.project.status_changed'), 'projects.project.status_changed');
  for (const row of rows) assert.deepEqual(validate(row.payload).errors, [], row.subject);
});

// 共 N 项 of a list filtered by jurisdiction, 行政区划 and 状态 only is summed from project_division_count, which a
// trigger keeps: it must equal a count of the rows after creations, a move to another county, status changes and a
// deletion, for every such filter.
test('共 N 项 from the per-county counts equals a count of the rows, whatever was written', async () => {
  const { project } = await createProject(h, ent.token, {
    name: '计数项目',
    code: 'TALLY-0001',
    divisionCode: '230102',
  });
  await createProject(h, ent.token, { name: '计数项目二', code: 'TALLY-0002', divisionCode: '230202' });
  await h.ok(UPDATE, {
    token: ent.token,
    variables: {
      id: project.id,
      v: 1,
      i: projectInput({ name: '计数项目', code: 'TALLY-0001', divisionCode: '230103' }),
    },
  });
  await h.ok(STATUS, { token: ent.token, variables: { id: project.id, s: 'SUSPENDED', r: '停工' } });
  const doomed = await createProject(h, ent.token, { name: '删除项目', code: 'TALLY-0003' });
  await h.em().getConnection().execute('delete from project where id = ?', [doomed.project.id]);

  const province = await h.token({ roles: ['REGULATOR'], jurisdiction: '230000' });
  const city = await h.token({ roles: ['REGULATOR'], jurisdiction: '230100' });
  const total = async (token: string, f: Record<string, unknown>) =>
    (
      await h.ok<{ projects: { total: number } }>(
        'query($f: ProjectFilter) { projects(filter: $f) { total } }',
        { token, variables: { f } },
      )
    ).projects.total;
  const rows = async (divisionLike: string, status?: string) =>
    h.em().count(Project, {
      divisionCode: { $like: divisionLike },
      ...(status ? { status: status as 'SUSPENDED' } : {}),
    });

  const cases: Array<[string, Record<string, unknown>, string, string?]> = [
    [province, {}, '23%'],
    [province, { status: 'SUSPENDED' }, '23%', 'SUSPENDED'],
    [province, { divisionCode: '230100' }, '2301%'],
    [province, { divisionCode: '230103', status: 'SUSPENDED' }, '230103', 'SUSPENDED'],
    [province, { divisionCode: '230102' }, '230102'],
    [city, {}, '2301%'],
    [city, { divisionCode: '230000' }, '2301%'], // the province from a city regulator: its own city only
    [city, { divisionCode: '230202' }, 'none'], // outside the city: nothing
  ];
  for (const [token, f, like, status] of cases) {
    assert.equal(await total(token, f), await rows(like, status), JSON.stringify(f));
  }
  assert.ok((await total(province, {})) >= 2);
  assert.equal(await total(province, { divisionCode: '230202' }), 1);

  assert.deepEqual(await countDrift(), []);
});

/** Counties and statuses whose project_division_count differs from a count of the rows (none, when the trigger works). */
const countDrift = () =>
  h.em().execute(
    `select coalesce(c.division_code, r.division_code) as division, coalesce(c.status, r.status) as status,
            c.projects, r.n
       from project_division_count c
       full join (select division_code, status, count(*)::int as n from project group by 1, 2) r
         on r.division_code = c.division_code and r.status = c.status
      where coalesce(c.projects, 0) <> coalesce(r.n, 0)`,
  );

// The counts are kept per statement (one upsert per county and status a statement touches), so a bulk import, a
// mass status change or a clean-up by SQL must leave them exact — and the revision must still move, or a remembered
// search count would survive a write.
test('per-county counts stay exact through statements that write many projects at once', async () => {
  const em = h.em();
  const revision = async () =>
    Number(
      (await em.execute<Array<{ r: string }>>('select sum(revision) as r from project_division_count'))[0]!.r,
    );
  await em.execute(
    `insert into project (id, name, code, division_code, cost_fen, owner_unit, constructor_name, constructor_uscc,
       category, duration_days, planned_start, planned_end, status, organisation_id, created_at, updated_at)
     select gen_random_uuid(), '批量计数' || i, 'BULK-' || i, (array['230502', '230503', '230505'])[1 + i % 3],
       100 + i, '建设单位', '施工企业', '91230103MA1B2C3D4L', 'OTHER', 10, '2026-01-01', '2026-01-10',
       (array['UNDER_CONSTRUCTION', 'SUSPENDED'])[1 + i % 2], '00000000-0000-4000-8000-000000000002', now(), now()
     from generate_series(1, 3000) as i`,
  );
  assert.deepEqual(await countDrift(), [], 'after one insert of 3,000 projects in 3 counties and 2 statuses');

  await em.execute(
    `update project set division_code = '230506', status = 'COMPLETED'
      where code like 'BULK-%' and division_code = '230502' and status = 'SUSPENDED'`,
  );
  assert.deepEqual(await countDrift(), [], 'after moving 500 projects to another county and status');

  const before = await revision();
  await em.execute(
    `update project set name = name || '（更名）' where code like 'BULK-%' and division_code = '230503'`,
  );
  assert.deepEqual(await countDrift(), [], 'after renaming 1,000 projects in place');
  assert.ok((await revision()) > before, 'a rename in place moves the revision');

  await em.execute(`delete from project where code like 'BULK-%' and division_code <> '230505'`);
  assert.deepEqual(await countDrift(), [], 'after deleting 2,000 projects in one statement');
  await em.execute(`delete from project where code like 'BULK-%'`);
  assert.deepEqual(await countDrift(), [], 'after deleting the rest');
});

// A search's 共 N 项 is remembered with the revision of its counties and status (count-cache.ts): every kind of write
// that changes what the search finds must show in the next answer, through the API and behind its back.
test('共 N 项 of a search is never stale: every write in its counties shows in the next answer', async () => {
  const province = await h.token({ roles: ['REGULATOR'], jurisdiction: '230000' });
  const filters = [
    { divisionCode: '230103', name: '缓存' },
    { divisionCode: '230103', status: 'UNDER_CONSTRUCTION', name: '缓存' },
    { name: '缓存' },
  ];
  const rows = (f: Record<string, unknown>) =>
    h.em().count(Project, {
      name: { $like: '%缓存%' },
      divisionCode: { $like: `${(f.divisionCode as string | undefined) ?? '23'}%` },
      ...(f.status ? { status: f.status as 'UNDER_CONSTRUCTION' } : {}),
    });
  const check = async (step: string) => {
    for (const f of filters) {
      const expected = await rows(f);
      // Twice: the first answer may count, the second is the remembered one.
      for (let i = 0; i < 2; i++) {
        const d = await h.ok<{ projects: { total: number } }>(
          'query($f: ProjectFilter) { projects(filter: $f) { total } }',
          { token: province, variables: { f } },
        );
        assert.equal(d.projects.total, expected, `${step}: ${JSON.stringify(f)}`);
      }
    }
  };
  await check('before');
  const a = await createProject(h, ent.token, { name: '缓存项目甲', code: 'CACHE-0001' });
  await check('created');
  const b = await createProject(h, ent.token, { name: '另一个项目', code: 'CACHE-0002' });
  await check('created, not matching');
  await h.ok(UPDATE, {
    token: ent.token,
    variables: { id: b.project.id, v: 1, i: projectInput({ name: '改名后的缓存项目', code: 'CACHE-0002' }) },
  });
  await check('renamed to match');
  await h.ok(STATUS, { token: ent.token, variables: { id: a.project.id, s: 'SUSPENDED', r: '停工' } });
  await check('status changed');
  await h.em().getConnection().execute(`update project set name = '不再匹配' where id = ?`, [a.project.id]);
  await check('renamed by SQL');
  await h
    .em()
    .getConnection()
    .execute('update project set division_code = ? where id = ?', ['230102', b.project.id]);
  await check('moved by SQL');
  await h.em().getConnection().execute('delete from project where id = ?', [b.project.id]);
  await check('deleted by SQL');
});

// A term without letters of any case is matched with LIKE (fast over Chinese), one with them with ILIKE: both must
// find the same names, whatever the case of the Latin letters in the name or the term.
test('项目名称 search: Chinese terms, Latin letters in any case, and % _ taken literally', async () => {
  await createProject(h, ent.token, { name: 'ABC改造工程', code: 'SRCH-0001' });
  await createProject(h, ent.token, { name: '老旧小区100%_改造', code: 'SRCH-0002' });
  const names = async (name: string) =>
    (
      await h.ok<{ myProjects: { items: Array<{ name: string }> } }>(
        'query($f: ProjectFilter) { myProjects(filter: $f, page: { pageSize: 50 }) { items { name } } }',
        { token: ent.token, variables: { f: { name } } },
      )
    ).myProjects.items
      .map((p) => p.name)
      .sort();
  assert.deepEqual(await names('改造'), ['ABC改造工程', '老旧小区100%_改造']);
  assert.deepEqual(await names('abc改造'), ['ABC改造工程']);
  assert.deepEqual(await names('aBc'), ['ABC改造工程']);
  assert.deepEqual(await names('100%_'), ['老旧小区100%_改造']);
  assert.deepEqual(await names('区1_0'), []); // unescaped, _ would match the 0 of 100
});
