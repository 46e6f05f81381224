// CONTEXT: issue 12 — 导出 投保信息 and 批量导出 保单台帐 are scoped like the lists and keep phones masked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { TEST_GATEWAY_SECRET } from '@anze/testing';
import {
  startHarness,
  world,
  submitted,
  issueInput,
  REVIEW,
  ISSUE,
  type Harness,
  type World,
  type AppRow,
} from './fixtures.ts';

let h: Harness;
let w: World;
let ledgerNumber: string;

before(async () => {
  h = await startHarness('exports');
  w = await world(h);
  const app = await submitted(w, await w.newProject());
  const ok = (
    await w.insurer.caller.ok<{ reviewInsuranceApplication: AppRow }>(REVIEW, {
      variables: { id: app.id, v: app.version, i: { decision: 'APPROVE' } },
    })
  ).reviewInsuranceApplication;
  const files = await w.policyFiles();
  ledgerNumber = (
    await w.insurer.caller.ok<{ issuePolicy: { ledgerNumber: string } }>(ISSUE, {
      variables: { id: ok.id, v: ok.version, i: issueInput(files, { premiumYuan: ok.quoteYuan }) },
    })
  ).issuePolicy.ledgerNumber;
  await submitted(w, await w.newProject());
});
after(() => h?.close());

const get = (path: string, token: string) =>
  fetch(`${h.base}${path}`, {
    headers: { 'x-anze-gateway-secret': TEST_GATEWAY_SECRET, authorization: `Bearer ${token}` },
  });

test('批量导出 保单台帐 as CSV: the insurer’s rows, phones masked; another insurer gets none', async () => {
  const res = await get('/exports/ledger?format=csv', w.insurer.caller.token);
  assert.equal(res.status, 200);
  assert.match(
    res.headers.get('content-disposition')!,
    /filename\*=UTF-8''%E4%BF%9D%E5%8D%95%E5%8F%B0%E5%B8%90/,
  );
  const csv = await res.text();
  assert.match(csv, /项目号,创建时间,单位名称,项目名称,联系方式,参保方案,保单号,保费/);
  assert.ok(csv.includes(ledgerNumber));
  assert.ok(csv.includes('139****3636') && !csv.includes('13936313636'));
  const other = await (await get('/exports/ledger?format=csv', w.otherInsurer.caller.token)).text();
  assert.ok(!other.includes(ledgerNumber));
});

test('导出 投保信息 filtered by 投保状态; an enterprise may not export, a bad status is refused', async () => {
  const csv = await (
    await get('/exports/applications?format=csv&status=SUBMITTED', w.insurer.caller.token)
  ).text();
  const rows = csv.trim().split('\n');
  assert.equal(rows.length, 2, 'the header and the one 待复审 application');
  assert.match(rows[1]!, /待复审/);
  assert.equal((await get('/exports/applications?format=csv', w.enterprise.caller.token)).status, 403);
  const bad = await get('/exports/applications?format=csv&status=NOPE', w.insurer.caller.token);
  assert.equal(bad.status, 400);
  const body = (await bad.json()) as { errors: Array<{ extensions: { field: string } }> };
  assert.equal(body.errors[0]!.extensions.field, 'status');
});

test('批量导出 of more rows than one chunk: each row once, newest first, ties on 创建时间 kept apart', async () => {
  // CONTEXT: rows are read in keyset chunks of 1,000; rows sharing a 创建时间 straddle a chunk boundary here.
  const insurerId = randomUUID();
  await h
    .em()
    .getConnection()
    .execute(
      `insert into ledger_entry (id, ledger_number, policy_id, created_at, organisation_id, division_code, insurer_id,
         enterprise_name, project_name, contact_phone, plan_label, policy_number, premium_fen, implausible, insurer_name)
       select gen_random_uuid(), 'CB-20260301-' || lpad(n::text, 6, '0') || '-' || upper(substr(md5(n::text), 1, 7)),
         gen_random_uuid(), timestamptz '2026-03-01 08:00:00+08' + (n / 3) * interval '1 second', gen_random_uuid(),
         '230103', ?, '分块测试建筑公司', '分块测试项目' || n, '13936313636', '方案C', 'PZAB' || n, 100000, false,
         '分块测试保险公司'
       from generate_series(1, 2345) n`,
      [insurerId],
    );
  const insurer = await h.as({ roles: ['INSURER'], organisationId: insurerId, jurisdiction: '230000' });
  const csv = await (await get('/exports/ledger?format=csv', insurer.token)).text();
  const numbers = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[0]!);
  assert.equal(numbers.length, 2345);
  assert.equal(new Set(numbers).size, 2345, 'no row twice');
  const serial = (n: string) => Number(n.split('-')[2]);
  // newest 创建时间 first: n / 3 decreasing (the order within a second follows the row id)
  for (let i = 1; i < numbers.length; i++)
    assert.ok(Math.floor(serial(numbers[i]!) / 3) <= Math.floor(serial(numbers[i - 1]!) / 3), numbers[i]);
});
