// End to end, in headless Chromium through the real stack: 报案 → 受理 → 补充材料 → 已决 → 累计金额. The demo
// enterprise has a policy issued (its project, 在线填报, the insurer's 复审通过 and 提交); it reports an accident on it
// (报案, the 备注 counter); the demo insurer finds the claim under 保单信息 › 理赔, 受理 it and asks for 补充材料, which
// the enterprise reads and answers; the insurer is refused 已决 above the per-person limit next to the field, settles
// it with an amount, 累计金额 shows the sum and a 更正 stands in 理赔详情; the enterprise sees 已决 in its 理赔信息 and
// the provincial regulator finds the claim by 施工企业 in its 理赔信息, read-only.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from '../../subgraphs/identity/src/demo.ts';
import { passwordLogin, pickOption } from '../src/browser.ts';
import {
  applicationRow,
  completeIssue,
  fillApplication,
  pickDate,
  recordProject,
  signIn,
  submitUntil,
  upload,
  uploadLicence,
} from '../src/insurance.ts';
import { e2eSuite } from '../src/suite.ts';

const suite = e2eSuite('claims', [{ path: '/login', label: '用户名' }]);
const { scenario } = suite;

const demo = DEMO_ORGANISATIONS.find((o) => o.key === 'enterprise')!;
const insurerName = DEMO_ORGANISATIONS.find((o) => o.key === 'insurer')!.name;
const serial = 100_000 + Math.floor(Math.random() * 900_000);

/** A day relative to today in the platform's time zone, YYYY-MM-DD. */
function day(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('sv-SE', {
    timeZone: 'Asia/Shanghai',
  });
}

// The policy began two months ago, so the accident two days ago lies inside its period.
const period = { from: day(-60), to: day(300) };
const project = {
  name: `e2e理赔住宅楼工程${serial}`,
  code: `2408-230103-04-09-${serial}`,
  investmentWan: '3899.06',
  plannedStart: period.from,
  plannedEnd: period.to,
};
const policyNumber = `PZAB2026LP${serial}`;
const accident = {
  date: day(-2),
  place: '3号楼主体结构施工层外脚手架',
  description: '作业人员在脚手架上绑扎钢筋时失足坠落，腿部骨折，已送医。',
  remark: `e2e报案${serial}`,
};
const settled = '12345.67';
const supplementNote = `请补充医疗证明（e2e${serial}）`;

let enterprise: Page;
let insurer: Page;
let claimNumber = '';
let stage = '';

/** With E2E_SCREENSHOTS=1, a full-page screenshot of each screen to e2e/artifacts/claims-<name>.png. */
async function shot(page: Page, name: string): Promise<void> {
  if (!process.env['E2E_SCREENSHOTS']) return;
  const dir = join(import.meta.dirname, '..', 'artifacts');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `claims-${name}.png`), fullPage: true });
}

/** The policy's claims: claims learns of a new policy from underwriting's events, so reload until it has. */
async function untilClaimsKnowThePolicy(page: Page, button: string): Promise<void> {
  // (the button's accessible name also carries its icon's label: "plus 报案")
  const ready = page.getByRole('button', { name: new RegExp(`${button}$`) });
  const notYet = page.getByText('理赔尚未收到该保单');
  for (let attempt = 1; ; attempt++) {
    await ready.or(notYet).first().waitFor();
    if (await ready.isVisible()) return;
    if (attempt === 10) assert.fail(`${button} did not appear`);
    await page.waitForTimeout(1_000);
    await page.reload();
  }
}

scenario('the demo enterprise has a policy: its project, 在线填报, 复审通过 and 提交', async () => {
  enterprise = await signIn(suite, `enterprise-${demo.uscc}.p12`);
  await uploadLicence(enterprise, serial);
  await recordProject(enterprise, project, demo.name);
  await fillApplication(enterprise, project, insurerName, serial);
  await upload(enterprise, '用户协议', 'agreement', serial);
  await enterprise.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await submitUntil(enterprise, '提交保单', enterprise.getByText('查看投保单', { exact: true }));

  insurer = await signIn(suite, 'insurer-insurer.p12');
  const row = await applicationRow(insurer, project.name);
  await row.getByRole('button', { name: '审核', exact: true }).click();
  const dialog = insurer.getByRole('dialog').filter({ hasText: '审核结果' });
  await dialog.getByLabel('浮动比例').fill('0');
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  await insurer.getByText('复审通过，可出单').waitFor();
  await row.getByRole('button', { name: '提交', exact: true }).click();
  await insurer.getByText('提交保单', { exact: true }).waitFor();
  await pickDate(insurer, '生效日期', period.from);
  await pickDate(insurer, '终止日期', period.to);
  await completeIssue(insurer, policyNumber, serial);
  stage = 'issued';
});

scenario('the enterprise reports an accident on its policy (报案)', async () => {
  assert.equal(stage, 'issued');
  await enterprise.getByRole('menuitem', { name: '保单', exact: true }).click();
  const row = enterprise.locator('.ant-table-row').filter({ hasText: policyNumber });
  await row.getByRole('button', { name: '理赔', exact: true }).click();
  await enterprise.getByText('保单理赔', { exact: true }).waitFor();
  await untilClaimsKnowThePolicy(enterprise, '报案');
  await enterprise.getByText('暂无理赔').waitFor();
  await enterprise.getByRole('button', { name: /报案$/ }).click();

  const dialog = enterprise.getByRole('dialog').filter({ hasText: '出险日期' });
  // 项目名称 and 项目代码 come from the policy and cannot be changed
  assert.equal(await dialog.getByLabel('项目名称').inputValue(), project.name);
  assert.equal(await dialog.getByLabel('项目代码').inputValue(), project.code);
  assert.ok(await dialog.getByLabel('项目代码').isDisabled());
  // 确定 with nothing filled in: each field says what it needs
  // (a click while the dialog still zooms in can be lost: clicked again then)
  const required = dialog.getByText('请选择出险日期');
  for (let attempt = 1; !(await required.isVisible()); attempt++) {
    if (attempt > 3) assert.fail('确定 did not validate the form');
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    await required.waitFor({ timeout: 3_000 }).catch(() => {});
  }
  await dialog.getByText('请填写估损金额').waitFor();

  await pickDate(dialog, '出险日期', accident.date);
  await dialog.getByLabel('出险地点').fill(accident.place);
  await dialog.getByLabel('事故经过').fill(accident.description);
  // (the list of the 20 categories is virtual: typed, so that the option is rendered)
  await dialog.getByLabel('事故类别').click();
  await dialog.getByLabel('事故类别').fill('高处');
  await pickOption(enterprise, '高处坠落');
  await dialog.getByLabel('伤残人数').fill('1');
  await dialog.getByLabel('估损金额').fill('80000');
  await dialog.getByLabel('备注').fill(accident.remark);
  // the manual's counter under 备注
  await dialog.getByText(`${accident.remark.length} / 500`).waitFor();
  await shot(enterprise, 'report-form');
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  const done = enterprise.getByText(/^已报案，理赔编号 LP-\d{8}-[0-9A-Z]{6}$/);
  await done.waitFor();
  claimNumber = (await done.innerText()).replace('已报案，理赔编号 ', '');

  const claimRow = enterprise.locator('.ant-table-row').filter({ hasText: claimNumber });
  await claimRow.getByText('已报案').waitFor();
  await claimRow.getByText('高处坠落').waitFor();
  await claimRow.getByText('80,000.00').waitFor();
  await claimRow.getByText('一般事故').waitFor();
  await shot(enterprise, 'enterprise-policy-claims');
  stage = 'reported';
});

scenario('the insurer finds the claim under 保单信息 › 理赔, 受理 it and asks for 补充材料', async () => {
  assert.equal(stage, 'reported');
  await insurer.getByRole('menuitem', { name: '保单信息' }).click();
  await insurer.getByLabel('项目名称').fill(project.name);
  await insurer.getByRole('button', { name: '查询', exact: true }).click();
  const policyRow = insurer.locator('.ant-table-row').filter({ hasText: project.name });
  await policyRow.getByRole('button', { name: '理赔', exact: true }).click();
  await insurer.getByText('保单详情', { exact: true }).waitFor();
  const claims = insurer.locator('#claims');
  const row = claims.locator('.ant-table-row').filter({ hasText: claimNumber });
  await row.getByText('已报案').waitFor();
  await claims.getByText('0.00', { exact: true }).first().waitFor();

  // 受理
  await row.getByRole('button', { name: '受理', exact: true }).click();
  const accept = insurer.getByRole('dialog').filter({ hasText: `受理：${claimNumber}` });
  await accept.getByRole('button', { name: '受理', exact: true }).click();
  await insurer.getByText(`${claimNumber}：已受理`).waitFor();
  await row.getByText('已受理').waitFor();

  // 补充材料: back to the enterprise with a note
  await row.getByRole('button', { name: '补充材料', exact: true }).click();
  const ask = insurer.getByRole('dialog').filter({ hasText: `补充材料：${claimNumber}` });
  await ask.getByLabel('补充材料说明').fill(supplementNote);
  await ask.getByRole('button', { name: '补充材料', exact: true }).click();
  await insurer.getByText(`${claimNumber}：已要求补充材料`).waitFor();
  await row.getByText('待补充材料').waitFor();
  stage = 'accepted';
});

scenario('the enterprise reads the request and answers it (提交补充材料)', async () => {
  assert.equal(stage, 'accepted');
  await enterprise.getByRole('menuitem', { name: '理赔信息' }).click();
  const row = enterprise.locator('.ant-table-row').filter({ hasText: claimNumber });
  await row.getByText('待补充材料').waitFor();
  await row.getByRole('button', { name: '提交补充材料', exact: true }).click();
  const dialog = enterprise.getByRole('dialog').filter({ hasText: `提交补充材料：${claimNumber}` });
  await dialog.getByText(`保险机构要求补充材料：${supplementNote}`).waitFor();
  await shot(enterprise, 'provide-supplement');
  await dialog.getByLabel('补充说明').fill('已补充上传医疗证明');
  await dialog.getByRole('button', { name: '提交补充材料', exact: true }).click();
  await enterprise.getByText(`${claimNumber}：已提交补充材料`).waitFor();
  await row.getByText('待补充材料').waitFor({ state: 'hidden' });
  stage = 'answered';
});

scenario('the insurer 已决 the claim; 累计金额 shows the sum; 更正 is recorded', async () => {
  assert.equal(stage, 'answered');
  await insurer.reload();
  const claims = insurer.locator('#claims');
  const row = claims.locator('.ant-table-row').filter({ hasText: claimNumber });
  await row.getByText('已受理').waitFor();

  // 已决 above (每人死亡伤残限额 + 每人医疗费用限额) × 1 person: refused with the figures, next to 已决金额
  await row.getByRole('button', { name: '已决', exact: true }).click();
  const settle = insurer.getByRole('dialog').filter({ hasText: `已决：${claimNumber}` });
  await settle.getByLabel('已决金额').fill('99999999');
  await pickDate(settle, '已决日期', day(0));
  await settle.getByRole('button', { name: '已决', exact: true }).click();
  await settle.locator('.ant-form-item-explain-error').filter({ hasText: /超过/ }).waitFor();
  await shot(insurer, 'settle-refused');
  await settle.getByLabel('已决金额').fill(settled);
  await settle.getByRole('button', { name: '已决', exact: true }).click();
  await insurer.getByText(`${claimNumber}：已决`).waitFor();
  await row.getByText('已决', { exact: true }).waitFor();
  await row.getByText('12,345.67').waitFor();
  // 累计金额 (元) over the policy
  await claims
    .locator('.ant-statistic')
    .filter({ hasText: '累计金额（元）' })
    .getByText('12,345.67')
    .waitFor();
  await shot(insurer, 'policy-claims');

  // 理赔详情: the history of the claim
  await row.getByRole('link', { name: claimNumber }).click();
  await insurer.getByText('理赔详情', { exact: true }).waitFor();
  const history = insurer.locator('.ant-card').filter({ hasText: '处理记录' });
  await history
    .getByRole('row')
    .filter({ hasText: /已受理\s*→\s*已决/ })
    .filter({ hasText: `已决金额 ${settled} 元` })
    .waitFor();

  // 更正 of 估损金额, with its reason, in 更正记录
  await insurer.getByRole('button', { name: '更正', exact: true }).click();
  const correct = insurer.getByRole('dialog').filter({ hasText: `更正：${claimNumber}` });
  await correct.getByLabel('估损金额').fill('90000');
  await correct.getByLabel('更正原因').fill('医疗费用清单核定后调整');
  await correct.getByRole('button', { name: '更正', exact: true }).click();
  await insurer.getByText(`${claimNumber}：已更正`).waitFor();
  await insurer
    .locator('.ant-card')
    .filter({ hasText: '更正记录' })
    .getByRole('row')
    .filter({ hasText: '医疗费用清单核定后调整' })
    .waitFor();
  await insurer.locator('.ant-descriptions').getByText('90,000.00').waitFor();
  await shot(insurer, 'claim-detail');
  stage = 'settled';
});

scenario('the enterprise sees 已决 and the regulator finds the claim in its 理赔信息', async () => {
  assert.equal(stage, 'settled');
  // still on 理赔信息 since 提交补充材料: 查询 shows what the insurer has done since
  await enterprise.getByRole('button', { name: '查询', exact: true }).click();
  const row = enterprise.locator('.ant-table-row').filter({ hasText: claimNumber });
  await row.getByText('已决', { exact: true }).waitFor();
  await row.getByText('12,345.67').waitFor();
  await shot(enterprise, 'enterprise-claims');

  const regulator = await (await suite.context()).newPage();
  await regulator.goto('/login');
  await passwordLogin(regulator, 'hlj-zjt', DEMO_PASSWORD);
  await regulator.waitForURL((url) => !url.pathname.startsWith('/login'));
  await regulator.getByRole('menuitem', { name: '理赔信息' }).click();
  await regulator.getByLabel('施工企业').click();
  await regulator.getByLabel('施工企业').fill(demo.name);
  await pickOption(regulator, demo.name);
  await regulator.getByRole('button', { name: '查询', exact: true }).click();
  const found = regulator.locator('.ant-table-row').filter({ hasText: claimNumber });
  await found.getByText(project.name).waitFor();
  await regulator.getByText('共 1 项').waitFor();
  await shot(regulator, 'regulator-claims');
  await found.getByRole('link', { name: claimNumber }).click();
  await regulator.getByText('理赔详情', { exact: true }).waitFor();
  await regulator.locator('.ant-descriptions').getByText(accident.place).waitFor();
  // read-only: no transitions
  assert.equal(await regulator.getByRole('button', { name: '重新受理' }).count(), 0);
  await shot(regulator, 'regulator-claim-detail');
});
