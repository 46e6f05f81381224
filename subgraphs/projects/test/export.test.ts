// 导出: XLSX (read back with exceljs) and CSV (UTF-8 with BOM) hold exactly the list's rows for the same filter and
// viewer; rows outside the viewer's jurisdiction never appear.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request, type IncomingMessage } from 'node:http';
import ExcelJS from 'exceljs';
import { TEST_GATEWAY_SECRET } from '@anze/testing';
import { startHarness, createProject, waitFor, type Harness } from './fixtures.ts';
import { EXPORT_COLUMNS } from '../src/exports/projects-export.ts';
import { Project } from '../src/domain/project.entity.ts';

let h: Harness;
let hrb: string;
let hlj: string;

before(async () => {
  h = await startHarness('export');
  const a = await h.enterprise({ name: '哈尔滨甲公司' });
  const b = await h.enterprise({
    name: '齐齐哈尔乙公司',
    divisionCode: '230202',
    uscc: '91230202MA1B2C3D6H',
  });
  for (let i = 1; i <= 12; i++) {
    await createProject(h, a.token, {
      name: `哈尔滨项目${i}`,
      code: `HRB-${1000 + i}`,
      costYuan: `${i}000000.5`,
    });
  }
  await createProject(h, a.token, {
    name: '=HYPERLINK("x")公式项目',
    code: 'HRB-2000',
    divisionCode: '230102',
  });
  for (let i = 1; i <= 3; i++) {
    await createProject(h, b.token, {
      name: `齐齐哈尔项目${i}`,
      code: `QQHR-${i}000`,
      divisionCode: '230202',
    });
  }
  hrb = await h.token({ roles: ['REGULATOR'], jurisdiction: '230100' });
  hlj = await h.token({ roles: ['REGULATOR'], jurisdiction: '230000' });
});
after(() => h?.close());

function download(query: string, token: string | null) {
  return fetch(`${h.base}/exports/projects?${query}`, {
    headers: {
      'x-anze-gateway-secret': TEST_GATEWAY_SECRET,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
}

async function listNames(token: string, filter: Record<string, unknown>) {
  const d = await h.ok<{ projects: { total: number; items: Array<{ name: string }> } }>(
    'query($f: ProjectFilter) { projects(filter: $f, page: { pageSize: 50 }) { total items { name } } }',
    { token, variables: { f: filter } },
  );
  return d.projects.items.map((p) => p.name);
}

test('XLSX: streamed workbook with the Chinese columns and exactly the list rows of the jurisdiction', async () => {
  const res = await download('format=xlsx', hrb);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type')!, /spreadsheetml/);
  const disposition = res.headers.get('content-disposition')!;
  assert.match(disposition, /^attachment; filename="projects-\d{8}\.xlsx"; filename\*=UTF-8''/);
  assert.match(decodeURIComponent(disposition.split("UTF-8''")[1]!), /^项目信息-\d{8}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('项目信息')!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  assert.deepEqual(rows[0], [...EXPORT_COLUMNS]);
  const data = rows.slice(1);
  const names = data.map((r) => r[1]);
  assert.deepEqual(names, await listNames(hrb, {}));
  assert.equal(data.length, 13);
  assert.ok(names.every((n) => !String(n).startsWith('齐齐哈尔')));
  const first = data.find((r) => r[1] === '哈尔滨项目12')!;
  assert.equal(first[0], 2);
  assert.equal(first[3], '230103');
  assert.equal(first[4], '黑龙江省哈尔滨市南岗区学府路74号');
  assert.equal(first[9], 12000000.5);
  assert.equal(first[10], 1200.00005);
  assert.equal(first[14], '在建');
  assert.equal(first[15], '未投保');
});

test('CSV: UTF-8 with BOM, same filter → same rows as the list', async () => {
  const res = await download(`format=csv&name=${encodeURIComponent('项目1')}&sort=NAME&direction=ASC`, hlj);
  assert.equal(res.status, 200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
  assert.equal(lines[0], EXPORT_COLUMNS.join(','));
  const names = lines.slice(1).map((l) => l.split(',')[1]);
  const expected = await h.ok<{ projects: { items: Array<{ name: string }> } }>(
    'query { projects(filter: { name: "项目1" }, sort: { field: NAME, direction: ASC }, page: { pageSize: 50 }) { items { name } } }',
    { token: hlj },
  );
  assert.deepEqual(
    names,
    expected.projects.items.map((p) => p.name),
  );
  assert.deepEqual(names, ['哈尔滨项目1', '哈尔滨项目10', '哈尔滨项目11', '哈尔滨项目12', '齐齐哈尔项目1']);
  assert.ok(lines[1]!.includes(',哈尔滨项目1,HRB-1001,230103,'), lines[1]);
  assert.ok(
    lines[1]!.includes(',房屋建筑工程,1000000.50,100.00005,2026-03-01,2027-02-28,365,在建,未投保,,,,'),
    lines[1],
  );
  // 登记时间 in China Standard Time, to the second.
  const created = (await h.em().findOneOrFail(Project, { code: 'HRB-1001' })).createdAt;
  const cst = new Date(created.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
  assert.equal(lines[1]!.split(',').at(-1), cst);
});

test('CSV: cross-jurisdiction rows absent, division filter applied, formulas neutralised', async () => {
  const res = await download('format=csv&divisionCode=230102', hrb);
  const text = (await res.text()).replace(/^\uFEFF/, '');
  const lines = text.trimEnd().split('\r\n').slice(1);
  assert.equal(lines.length, 1);
  assert.ok(lines[0]!.includes(`"'=HYPERLINK(""x"")公式项目"`), lines[0]);
  const outside = await download('format=csv&divisionCode=230200', hrb);
  assert.equal(
    (await outside.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n').length,
    1,
  );
});

test('export is for regulators and administrators only; bad parameters are refused', async () => {
  const ent = await h.enterprise();
  assert.equal((await download('format=csv', ent.token)).status, 403);
  assert.equal((await download('format=csv', null)).status, 401);
  assert.equal((await download('format=pdf', hrb)).status, 400);
  const bad = await download('format=csv&divisionCode=999999', hrb);
  assert.equal(bad.status, 400);
  assert.equal(
    ((await bad.json()) as { errors: Array<{ extensions: { field: string } }> }).errors[0]!.extensions.field,
    'divisionCode',
  );
  const admin = await h.token({ roles: ['PLATFORM_ADMIN'] });
  const all = await download('format=csv', admin);
  assert.equal((await all.text()).trimEnd().split('\r\n').length, 1 + 16);
});

test('large exports stream across cursor chunks: every row once, in order', async () => {
  // CONTEXT: the export reads through a PostgreSQL cursor in chunks of 500; 1 234 rows cross two chunk boundaries.
  const em = h.em();
  const organisationId = '00000000-0000-4000-8000-000000000001';
  for (let i = 0; i < 1234; i++) {
    em.create(Project, {
      name: `伊春批量项目${String(i).padStart(4, '0')}`,
      code: `YC-${i}`,
      divisionCode: '230717',
      costFen: BigInt(100 + i),
      ownerUnit: '伊春建设单位',
      constructorName: '伊春施工企业',
      constructorUscc: '91230103MA1B2C3D4L',
      category: 'OTHER',
      durationDays: 10,
      plannedStart: '2026-01-01',
      plannedEnd: '2026-01-10',
      status: 'UNDER_CONSTRUCTION',
      organisationId,
    });
  }
  await em.flush();
  const res = await download('format=csv&divisionCode=230700&sort=NAME&direction=ASC', hlj);
  const lines = (await res.text()).trimEnd().split('\r\n').slice(1);
  assert.equal(lines.length, 1234);
  assert.deepEqual(
    lines.map((l) => Number(l.split(',')[0])),
    Array.from({ length: 1234 }, (_, i) => i + 1),
  );
  assert.ok(lines[1233]!.includes('伊春批量项目1233'));
});

test('a client that goes away mid-export stops the read: the cursor is closed, the connection goes back idle', async () => {
  // 16,000 rows with a long 详细地址 (~16 MB of CSV) are more than the socket buffers hold, so the export must wait for
  // a client that reads nothing, with its cursor open. Inserted by SQL in one statement.
  const em = h.em();
  await em.execute(
    `insert into project (id, name, code, division_code, detail_address, cost_fen, owner_unit, constructor_name,
       constructor_uscc, category, duration_days, planned_start, planned_end, status, organisation_id, created_at,
       updated_at)
     select gen_random_uuid(), '鹤岗断开项目' || i, 'HG-' || i, '230402', repeat('鹤岗市工农区很长的详细地址', 23),
       100 + i, '鹤岗建设单位', '鹤岗施工企业', '91230103MA1B2C3D4L', 'OTHER', 10, '2026-01-01', '2026-01-10',
       'UNDER_CONSTRUCTION', '00000000-0000-4000-8000-000000000002', now(), now()
     from generate_series(1, 16000) as i`,
  );
  const [{ db } = { db: '' }] = await em.execute<Array<{ db: string }>>('select current_database() as db');
  // The export's own cursor query (its 登记时间 column is formatted by to_char), not yet finished.
  const exporting = async () => {
    const [{ n } = { n: 'NaN' }] = await em.execute<Array<{ n: string }>>(
      `select count(*) as n from pg_stat_activity
        where datname = ? and state <> 'idle' and query like '%to_char((created_at at time zone%'
          and pid <> pg_backend_pid()`,
      [db],
    );
    return Number(n);
  };

  const url = new URL(`${h.base}/exports/projects?format=csv&divisionCode=230402`);
  const req = request(url, {
    headers: { 'x-anze-gateway-secret': TEST_GATEWAY_SECRET, authorization: `Bearer ${hlj}` },
  });
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    req.once('response', resolve).once('error', reject).end();
  });
  assert.equal(res.statusCode, 200);
  res.pause(); // reads nothing more: the server fills the socket buffers and waits
  await waitFor(async () => (await exporting()) === 1);
  // Still stalled a moment later: backpressure, not a fast export that happens to be running.
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await exporting(), 1);

  res.destroy();
  req.destroy();
  await waitFor(async () => (await exporting()) === 0);
});
