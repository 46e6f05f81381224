// End to end, in headless Chromium through the real stack: 在线填报 → 复审 → 出单. The demo enterprise records a project
// and fills in its application with the seven uploads (营业执照 reused from 企业信息); the demo insurer rejects it with
// an opinion (复审不通过); the enterprise reads the opinion, corrects and resubmits; the insurer approves it with the
// plan's floating ratio for a year without accidents and issues the policy with its PDFs; the enterprise sees 已投保
// and downloads the 保单文件; the policy has its row in 保单台帐 and in its 批量导出; the regulator, whose 数据大屏 stays
// open throughout, finds the project under 投保状态 = 已投保 with 保险机构 and 保费 and sees 投保比率 move without a reload.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from '../../subgraphs/identity/src/demo.ts';
import { passwordLogin, pickOption } from '../src/browser.ts';
import {
  applicationRow as findApplication,
  completeIssue,
  fillApplication,
  pickDate,
  recordProject,
  signIn as signInWith,
  submitUntil,
  upload as uploadFile,
  uploadLicence,
} from '../src/insurance.ts';
import { e2eSuite } from '../src/suite.ts';

const suite = e2eSuite('underwriting', [{ path: '/login', label: '用户名' }]);
const { scenario } = suite;

const demo = DEMO_ORGANISATIONS.find((o) => o.key === 'enterprise')!;
const enterpriseUscc = demo.uscc;
const insurerName = DEMO_ORGANISATIONS.find((o) => o.key === 'insurer')!.name;
const serial = 100_000 + Math.floor(Math.random() * 900_000);
const project = {
  name: `e2e承保住宅楼工程${serial}`,
  code: `2408-230103-04-03-${serial}`,
  investmentWan: '3899.06',
  plannedStart: '2026-03-01',
  plannedEnd: '2027-06-30',
};
const policyNumber = `PZAB2026E2E${serial}`;
const opinion = `营业执照已过期（e2e${serial}），请上传有效期内的营业执照。`;

let enterprise: Page;
let insurer: Page;
/** The provincial regulator's 数据大屏, opened first and never reloaded. */
let dashboard: Page;
let stage = '';
let ledgerNumber = '';
let issuedPremium = '';
/** 投保笔数 and 投保比率's numerator/denominator on 数据大屏 just before the policy is issued. */
let before: { insured: number; ratio: string } | undefined;

const signIn = (certificate: string) => signInWith(suite, certificate);
const upload = (page: Page, label: string, tag: string) => uploadFile(page, label, tag, serial);
const applicationRow = (page: Page) => findApplication(page, project.name);

/** A KPI of 数据大屏: its label, its value (aria-live) and its detail line. */
const kpi = (page: Page, label: string) => page.locator(`div:has(> div:text-is("${label}"))`);
const kpiValue = (page: Page, label: string) => kpi(page, label).locator('[aria-live="polite"]');
const ratioDetail = (page: Page) => kpi(page, '投保比率').locator('> div').nth(2);

/**
 * 投保笔数 and the 投保比率 detail once the screen has settled: no events waiting and the same figures on two
 * consecutive polls (every 3 s), so that a later change is this policy's and not the demo world still being counted.
 */
async function settledInsurance(page: Page): Promise<{ insured: number; ratio: string }> {
  await kpiValue(page, '投保笔数').filter({ hasText: /^\d+$/ }).waitFor({ timeout: 30_000 });
  let previous = '';
  for (;;) {
    await page.getByText(/^待处理事件：/).waitFor({ state: 'hidden', timeout: 60_000 });
    const insured = await kpiValue(page, '投保笔数').innerText();
    const ratio = await ratioDetail(page).innerText();
    if (`${insured} ${ratio}` === previous) return { insured: Number(insured), ratio };
    previous = `${insured} ${ratio}`;
    const at = await page.getByText(/^刷新于 /).innerText();
    await page.getByText(at, { exact: true }).waitFor({ state: 'hidden', timeout: 30_000 });
  }
}

scenario('regulator opens 数据大屏 with 投保笔数 and 投保比率', async () => {
  dashboard = await (await suite.context()).newPage();
  await dashboard.goto('/login');
  await passwordLogin(dashboard, 'hlj-zjt', DEMO_PASSWORD);
  await dashboard.getByRole('menuitem', { name: '数据大屏' }).click();
  await kpiValue(dashboard, '投保比率')
    .filter({ hasText: /^\d+\.\d{2}%$/ })
    .waitFor({ timeout: 30_000 });
  // Marks this document: still there at the end proves the screen was never reloaded.
  await dashboard.evaluate(() => {
    (globalThis as unknown as { e2eDashboard: boolean }).e2eDashboard = true;
  });
});

scenario('enterprise records a project and fills in its application with the seven uploads', async () => {
  enterprise = await signIn(`enterprise-${enterpriseUscc}.p12`);

  await uploadLicence(enterprise, serial);
  await recordProject(enterprise, project, demo.name);
  await fillApplication(enterprise, project, insurerName, serial);

  // 《用户协议》: printed with the enterprise's details, stamped, scanned and uploaded (附件 1)
  await enterprise.getByRole('button', { name: '《用户协议》' }).first().click();
  const agreement = enterprise
    .getByRole('dialog')
    .filter({ hasText: '建筑施工安全生产责任保险投保用户协议' });
  await agreement.getByText(`统一社会信用代码：${enterpriseUscc}`).waitFor();
  await agreement.getByText(`项目代码：${project.code}`).waitFor();
  await agreement.getByText(`保险机构（乙方）：${insurerName}`).waitFor();
  // (a click while the dialog is still zooming in can be lost on a loaded machine: clicked until it has gone)
  for (let attempt = 1; ; attempt++) {
    await agreement.getByRole('button', { name: '关闭', exact: true }).last().click();
    try {
      await agreement.waitFor({ state: 'hidden', timeout: 5_000 });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  await upload(enterprise, '用户协议', 'agreement');

  // 提交保单 without 我已阅读并同意 is refused next to the checkbox
  await enterprise.getByRole('button', { name: '提交保单', exact: true }).click();
  await enterprise.getByText('请阅读并勾选同意《用户协议》').waitFor();
  await enterprise.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  // (the message fades out after the tick; a click before it has gone would read it as this click's failure)
  await enterprise.getByText('请阅读并勾选同意《用户协议》').waitFor({ state: 'hidden' });
  await submitUntil(enterprise, '提交保单', enterprise.getByText('查看投保单', { exact: true }));
  await enterprise.locator('.ant-descriptions').getByText('待复审', { exact: true }).waitFor();
  stage = 'submitted';
});

scenario('insurer rejects it with an opinion (复审不通过)', async () => {
  assert.equal(stage, 'submitted');
  insurer = await signIn('insurer-insurer.p12');
  const row = await applicationRow(insurer);
  await row.getByText('待复审').waitFor();
  // 联系电话 masked in the list
  await row.getByText('139****3636').waitFor();
  // 详情: 查看完整信息 of the phone, and 资料下载 of all seven documents as one ZIP
  await row.getByRole('button', { name: '详情', exact: true }).click();
  await insurer.getByText('投保详情', { exact: true }).waitFor();
  await insurer.getByRole('button', { name: '查看完整信息' }).click();
  await insurer.locator('.ant-descriptions').getByText('13936313636', { exact: true }).waitFor();
  const archive = insurer.waitForEvent('download');
  await insurer.getByRole('button', { name: /资料下载$/ }).click();
  assert.match((await archive).suggestedFilename(), /\.zip$/);
  await insurer.getByRole('button', { name: '审核', exact: true }).click();
  const dialog = insurer.getByRole('dialog').filter({ hasText: '审核结果' });
  await dialog.locator('label', { hasText: '复审不通过' }).click();
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  // 审核意见 is required to reject
  await dialog.getByText('复审不通过时请填写审核意见（不通过原因）').waitFor();
  await dialog.getByLabel('审核意见').fill(opinion);
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  await insurer.getByText('复审不通过，已退回施工企业').waitFor();
  await insurer.locator('.ant-descriptions').getByText('复审不通过', { exact: true }).waitFor();
  stage = 'rejected';
});

scenario('enterprise reads the opinion, corrects the 营业执照 and resubmits', async () => {
  assert.equal(stage, 'rejected');
  await enterprise.getByRole('menuitem', { name: '在线填报' }).click();
  await enterprise.getByText(/个投保单复审不通过，请按审核意见修改后重新提交/).waitFor();
  const row = enterprise.locator('.ant-table-row').filter({ hasText: project.name });
  await row.getByText('复审不通过').waitFor();
  await row.getByRole('button', { name: '修改', exact: true }).click();
  await enterprise.getByText(`复审不通过 — 审核意见：${opinion}`).waitFor();
  await upload(enterprise, '营业执照', 'licence-renewed');
  // the phone comes back masked (PIPL): typed again in full
  await enterprise.getByLabel('联系电话').fill('13936313636');
  await submitUntil(enterprise, '提交保单', enterprise.getByText('查看投保单', { exact: true }));
  await enterprise.locator('.ant-descriptions').getByText('待复审', { exact: true }).waitFor();
  stage = 'resubmitted';
});

scenario(
  'insurer approves it with the floating ratio of a year without accidents and issues the policy',
  async () => {
    assert.equal(stage, 'resubmitted');
    // 数据大屏's figures now (the project is counted), so that the issue's change can be told apart
    before = await settledInsurance(dashboard);
    const row = await applicationRow(insurer);
    await row.getByText('待复审').waitFor();
    await row.getByRole('button', { name: '审核', exact: true }).click();
    const dialog = insurer.getByRole('dialog').filter({ hasText: '审核结果' });
    await dialog
      .getByRole('row')
      .filter({ hasText: '上一年度无事故' })
      .getByRole('button', { name: '选用' })
      .click();
    assert.match(await dialog.getByLabel('浮动比例').inputValue(), /^-0\.10?$/);
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    // a ratio other than 0 needs its reason
    await dialog.getByText('调整浮动比例时请填写原因（如上一年度事故情况）').waitFor();
    await dialog.getByLabel('浮动原因').fill('上一年度无事故');
    await dialog.getByLabel('复审后保费').waitFor();
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    await insurer.getByText('复审通过，可出单').waitFor();
    await row.getByText('复审通过').waitFor();

    // 提交 (出单)
    await row.getByRole('button', { name: '提交', exact: true }).click();
    await insurer.getByText('提交保单', { exact: true }).waitFor();
    assert.equal(await insurer.getByLabel('项目名称').inputValue(), project.name);
    assert.equal(await insurer.getByLabel('项目代码').inputValue(), project.code);
    issuedPremium = await insurer.getByLabel('保费(元)').inputValue();
    assert.match(issuedPremium, /^\d+\.\d{2}$/);
    assert.equal(await insurer.getByLabel('建设单位名称').inputValue(), '哈尔滨e2e置业有限公司');
    await pickDate(insurer, '生效日期', '2026-03-01');
    await pickDate(insurer, '终止日期', '2027-02-28');
    // the period ends before the project's 计划竣工日期: warned, not refused
    await insurer.getByText(/保险期间未覆盖项目计划竣工日期（2027-06-30）/).waitFor();
    await pickDate(insurer, '终止日期', '2027-06-30');
    await insurer.getByText(/保险期间未覆盖项目计划竣工日期/).waitFor({ state: 'hidden' });
    await completeIssue(insurer, policyNumber, serial);
    await insurer.locator('.ant-descriptions').getByText(policyNumber, { exact: true }).waitFor();
    stage = 'issued';
  },
);

scenario('enterprise sees 已投保 and downloads the 保单文件', async () => {
  assert.equal(stage, 'issued');
  await enterprise.getByRole('menuitem', { name: '项目列表' }).click();
  const projectRow = enterprise.locator('.ant-table-row').filter({ hasText: project.name });
  await projectRow.getByText('已投保').waitFor();

  await enterprise.getByRole('menuitem', { name: '保单', exact: true }).click();
  const row = enterprise.locator('.ant-table-row').filter({ hasText: policyNumber });
  await row.waitFor();
  await row.getByText('有效').or(row.getByText('未生效')).first().waitFor();
  const download = enterprise.waitForEvent('download');
  // 保单文件 is the first of the row's two files
  await row.getByRole('link', { name: '下载', exact: true }).first().click();
  const file = await (await download).path();
  assert.match((await readFile(file)).toString('latin1'), new RegExp(`% e2e policy ${serial}`));
});

scenario('the policy has its row in 保单台帐', async () => {
  assert.equal(stage, 'issued');
  await insurer.getByRole('menuitem', { name: '保单台帐' }).click();
  await insurer.getByLabel('项目名称').fill(project.name);
  await insurer.getByRole('button', { name: '查询', exact: true }).click();
  const row = insurer.locator('.ant-table-row').filter({ hasText: policyNumber });
  await row.waitFor();
  const number = row.getByText(/^CB-\d{8}-\d{6}-[0-9A-F]{7}$/);
  await number.waitFor();
  ledgerNumber = await number.innerText();
  await row.getByText(demo.name).waitFor();
  await row.getByText('139****3636').waitFor();

  // 批量导出 of the search: the file has the row, with the 台帐 number and the phone masked as on screen
  const download = insurer.waitForEvent('download');
  await insurer.getByRole('button', { name: /批量导出/ }).hover();
  await insurer.getByRole('menuitem', { name: '导出 CSV' }).click();
  const csv = (await readFile(await (await download).path())).toString('utf8');
  await insurer.getByText(/^导出完成：/).waitFor();
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  assert.equal(lines.length, 2, `the header and the one row of the search:\n${csv}`);
  for (const value of [ledgerNumber, policyNumber, project.name, demo.name, '139****3636'])
    assert.ok(lines[1]!.includes(value), `${value} in ${lines[1]}`);
});

scenario(
  'regulator finds the project under 投保状态 = 已投保, and 数据大屏 投保比率 moved without a reload',
  async () => {
    assert.ok(before && issuedPremium, 'the policy was issued with 数据大屏 settled');
    // 投保笔数 one more, and 投保比率's numerator with it, on the screen that stayed open
    await kpiValue(dashboard, '投保笔数')
      .filter({ hasText: new RegExp(`^${before.insured + 1}$`) })
      .waitFor({ timeout: 60_000 });
    const [numerator, denominator] = before.ratio
      .match(/(\d+)\/(\d+)/)!
      .slice(1)
      .map(Number) as [number, number];
    const percentage = (((numerator + 1) / denominator) * 100).toFixed(2);
    await ratioDetail(dashboard)
      .filter({ hasText: `${numerator + 1}/${denominator}（${percentage}%）` })
      .waitFor({ timeout: 30_000 });
    assert.equal(await kpiValue(dashboard, '投保比率').innerText(), `${percentage}%`);
    assert.equal(
      await dashboard.evaluate(() => (globalThis as unknown as { e2eDashboard?: boolean }).e2eDashboard),
      true,
      'the dashboard was not reloaded',
    );

    // 项目信息: 投保状态 = 已投保 and the project's name
    await dashboard.getByRole('menuitem', { name: '项目信息' }).click();
    await dashboard.getByLabel('项目名称').fill(project.name);
    await dashboard.getByLabel('投保状态').click();
    await pickOption(dashboard, '已投保');
    await dashboard.getByRole('button', { name: '查询', exact: true }).click();
    const row = dashboard.locator('.ant-table-row').filter({ hasText: project.name });
    await row.waitFor();
    await dashboard.getByText('共 1 项').waitFor();
    await row.getByText(insurerName).waitFor();
    // (保费(元) grouped by thousands, as the list shows amounts)
    await row.getByText(issuedPremium.replace(/\B(?=(\d{3})+\.)/g, ','), { exact: true }).waitFor();
    await row.getByText('已投保').waitFor();
    // and 未投保 does not list it
    await dashboard.getByLabel('投保状态').click();
    await pickOption(dashboard, '未投保');
    await dashboard.getByRole('button', { name: '查询', exact: true }).click();
    await dashboard.locator('.ant-table .ant-empty-description', { hasText: '暂无数据' }).waitFor();
  },
);
