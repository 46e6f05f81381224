// CONTEXT: issue 12 — 导出 投保信息 and 批量导出 保单台帐 are scoped like the lists and keep phones masked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
