// End to end, in headless Chromium through the real stack: the demo enterprise records a project and uploads its
// 营业执照; the provincial regulator watches 数据大屏 count the project without a reload, finds it in 项目信息 and the
// licence in 企业信息 详情.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import {
  DEMO_CERTIFICATE_PASSWORD,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
} from '../../subgraphs/identity/src/demo.ts';
import { certificateLogin, passwordLogin } from '../src/browser.ts';
import { e2eSuite } from '../src/suite.ts';

const suite = e2eSuite('projects', [{ path: '/login', label: '用户名' }]);
const { scenario } = suite;

/**
 * A page in a browser context of its own (its own session), signed in as SIGN_IN_POLICY has the account do: a
 * regulator with its password, the enterprise with its demo CA certificate (`certificate`).
 */
async function signIn(username: string, certificate?: string): Promise<Page> {
  const page = await (await suite.context()).newPage();
  if (certificate) await certificateLogin(page, certificate, DEMO_CERTIFICATE_PASSWORD);
  else {
    await page.goto('/login');
    await passwordLogin(page, username, DEMO_PASSWORD);
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** Waits until an input shows `value` (read-only fields filled by the page). */
async function waitForValue(input: Locator, value: string): Promise<void> {
  const element = await input.elementHandle();
  await input
    .page()
    .waitForFunction(({ element, value }) => (element as unknown as { value: string }).value === value, {
      element,
      value,
    });
}

/** Types a date into an antd DatePicker and confirms it with Enter (which must not submit the form). */
async function pickDate(page: Page, label: string, day: string): Promise<void> {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  assert.equal(await input.inputValue(), day);
}

const demo = DEMO_ORGANISATIONS.find((o) => o.key === 'enterprise')!;
const enterprise = { name: demo.name, uscc: demo.uscc };
const serial = 100_000 + Math.floor(Math.random() * 900_000);
const project = {
  name: `e2e松花江路住宅楼工程${serial}`,
  code: `2408-230103-04-01-${serial}`,
  detailAddress: `红军街${serial % 1000}号`,
  investmentWan: '1234.5',
  ownerUnit: '哈尔滨e2e置业有限公司',
  category: '房屋建筑工程',
  plannedStart: '2026-03-01',
  plannedEnd: '2026-12-31',
  durationDays: 306,
};
const licence = `营业执照-${serial}.pdf`;
const samplePdf = Buffer.from(
  `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
    `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% e2e ${serial}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
);

/** The regulator's 数据大屏, opened before the project exists and kept open (never reloaded) until it counts it. */
let dashboard: Page;
let totalBefore: number;
let projectSaved = false;
let licenceUploaded = false;

/** 项目总数 on 数据大屏: the value next to the KPI's label. */
const projectTotal = (page: Page): Locator =>
  page.locator('div:has(> div:text-is("项目总数")) > [aria-live="polite"]');

/** Text of the freshness line's "刷新于 HH:mm:ss" (changes with every poll). */
const refreshedAt = (page: Page): Promise<string> => page.getByText(/^刷新于 /).innerText();

/**
 * 项目总数 once the screen has settled: no events waiting to be counted and the same number on two consecutive polls,
 * so that a later increase is the new project's and not the demo world still being counted.
 */
async function settledProjectTotal(page: Page): Promise<number> {
  const kpi = projectTotal(page);
  await kpi.filter({ hasText: /^\d+$/ }).waitFor({ timeout: 30_000 });
  let previous: string | null = null;
  for (;;) {
    await page.getByText(/^待处理事件：/).waitFor({ state: 'hidden', timeout: 60_000 });
    const current = await kpi.innerText();
    if (current === previous) return Number(current);
    previous = current;
    // the next poll
    const at = await refreshedAt(page);
    await page.getByText(at, { exact: true }).waitFor({ state: 'hidden', timeout: 30_000 });
  }
}

scenario('regulator opens 数据大屏 and reads 项目总数', async () => {
  dashboard = await signIn('hlj-zjt');
  await dashboard.getByRole('menuitem', { name: '数据大屏' }).click();
  totalBefore = await settledProjectTotal(dashboard);
  assert.ok(totalBefore > 0, 'the small demo world has projects in Heilongjiang');
  // Marks this document: still there at the end proves the screen was never reloaded.
  await dashboard.evaluate(() => {
    (globalThis as unknown as { e2eDashboard: boolean }).e2eDashboard = true;
  });
});

scenario('demo enterprise records a new project and uploads its 营业执照', async () => {
  const ent = await signIn(
    enterprise.uscc,
    join(suite.stack.dataDir, 'ca', `enterprise-${enterprise.uscc}.p12`),
  );
  await ent.locator('.ant-card-extra .ant-tag', { hasText: '已通过' }).waitFor();

  // 项目信息 → 项目列表 → 新增项目
  await ent.getByRole('menuitem', { name: '项目列表' }).click();
  await ent.getByRole('button', { name: /新增项目$/ }).click();
  await ent.waitForURL('**/enterprise/projects/new');
  await waitForValue(ent.getByLabel('施工企业'), enterprise.name);

  await ent.getByLabel('项目名称').fill(project.name);
  await ent.getByLabel('项目代码').fill(project.code);
  // The enterprise is in 南岗区: the picker opens on the counties of 哈尔滨市.
  await ent.getByLabel('行政区划代码').click();
  await ent.locator('.ant-cascader-menu-item-active', { hasText: /^哈尔滨市$/ }).waitFor();
  await ent
    .locator('.ant-cascader-menu-item')
    .filter({ hasText: /^南岗区$/ })
    .click();
  // 项目地址 is derived from the county
  await waitForValue(ent.getByLabel('项目地址'), '黑龙江省 哈尔滨市 南岗区');
  await ent.getByLabel('项目详细地址').fill(project.detailAddress);
  await ent.getByLabel('投资规模', { exact: true }).fill(project.investmentWan);
  await ent.getByLabel('建设单位').fill(project.ownerUnit);
  assert.equal(await ent.getByLabel('统一社会信用代码').inputValue(), enterprise.uscc);
  await ent.getByLabel('项目类别').click();
  await ent.locator('.ant-select-item-option').filter({ hasText: project.category }).click();
  await pickDate(ent, '计划开工日期', project.plannedStart);
  await pickDate(ent, '计划竣工日期', project.plannedEnd);
  // 项目工期 follows the dates (both days counted)
  assert.equal(await ent.getByLabel('项目工期').inputValue(), String(project.durationDays));
  // CONTEXT: Enter in 计划竣工日期 used to submit the half-checked form; it only confirmed the date.
  await ent.getByLabel('项目名称').press('Enter');
  await ent.waitForTimeout(1000);
  assert.equal(new URL(ent.url()).pathname, '/enterprise/projects/new');
  assert.equal(await ent.locator('.ant-form-item-explain-error').count(), 0, 'Enter started a validation');

  await ent.getByRole('button', { name: '提交', exact: true }).click();
  const error = ent.locator('.ant-alert-error, .ant-form-item-explain-error');
  const detail = ent.getByText('项目详情', { exact: true });
  await detail.or(error).first().waitFor();
  if (await error.first().isVisible()) assert.fail(`新增项目 failed: ${await error.first().innerText()}`);
  await ent.getByText('项目已新增').waitFor();
  const descriptions = ent.locator('.ant-descriptions');
  await descriptions.getByText(project.name, { exact: true }).waitFor();
  await descriptions.getByText(project.code, { exact: true }).waitFor();
  await descriptions.getByText(/^1,234\.50* 万元$/).waitFor();
  await descriptions.getByText('在建', { exact: true }).first().waitFor();
  projectSaved = true;

  // and it is listed in 项目列表
  await ent.getByRole('button', { name: '返回', exact: true }).click();
  await ent.waitForURL((url) => url.pathname === '/enterprise/projects');
  await ent.getByRole('row').getByRole('link', { name: project.name, exact: true }).waitFor();

  // 企业信息 → 企业资料 → 营业执照 上传
  await ent.getByRole('menuitem', { name: '企业信息' }).click();
  const row = ent.getByRole('row').filter({ hasText: '营业执照' });
  const chooser = ent.waitForEvent('filechooser');
  await row.getByRole('button', { name: '上传营业执照' }).last().click();
  await (await chooser).setFiles({ name: licence, mimeType: 'application/pdf', buffer: samplePdf });
  await ent.getByText('营业执照已上传').waitFor();
  await row.getByText(licence, { exact: true }).first().waitFor();
  assert.equal(await row.getByText('未上传').count(), 0);
  licenceUploaded = true;
});

scenario('regulator sees 项目总数 grow by one without a reload, the project and the licence', async () => {
  assert.ok(dashboard && projectSaved, 'the previous scenarios opened 数据大屏 and saved the project');

  // 数据大屏 polls every 3 s: the open screen shows the new project on its own.
  await projectTotal(dashboard)
    .filter({ hasText: new RegExp(`^${totalBefore + 1}$`) })
    .waitFor({ timeout: 60_000 });
  assert.equal(
    await dashboard.evaluate(() => (globalThis as unknown as { e2eDashboard?: boolean }).e2eDashboard),
    true,
    'the dashboard was not reloaded',
  );

  // 项目信息: search by 项目名称
  await dashboard.getByRole('menuitem', { name: '项目信息' }).click();
  await dashboard.getByLabel('项目名称').fill(project.name);
  await dashboard.getByRole('button', { name: '查询', exact: true }).click();
  const row = dashboard.getByRole('row').filter({ hasText: project.name });
  await row.waitFor();
  await dashboard.getByText('共 1 项').waitFor();
  assert.ok(await row.getByText(enterprise.name).isVisible());
  // CONTEXT: the table was 2,207 px wide in a 1,062 px area; it has the manual's columns, the rest is in 查看.
  const table = dashboard.locator('.ant-table');
  const [content, frame] = await table.evaluate((t) => [
    t.querySelector('table')!.scrollWidth,
    t.clientWidth,
  ]);
  assert.ok(content! <= frame!, `the table is ${content} px wide in ${frame} px`);
  await row.getByRole('button', { name: '查看', exact: true }).click();
  const drawer = dashboard.locator('.ant-drawer');
  await drawer.getByText(project.code, { exact: true }).waitFor();
  await drawer.getByText(project.ownerUnit, { exact: true }).waitFor();
  await dashboard.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });

  // 企业信息 → 详情: the uploaded 营业执照
  assert.ok(licenceUploaded, 'the enterprise uploaded its licence');
  await dashboard.getByRole('menuitem', { name: '企业信息' }).click();
  await dashboard.getByLabel('企业名称或统一社会信用代码').fill(enterprise.uscc);
  await dashboard.getByRole('button', { name: /查询$/ }).click();
  const ent = dashboard.getByRole('row').filter({ hasText: enterprise.uscc });
  await dashboard.getByText('共 1 项').waitFor();
  await ent.getByRole('button', { name: '详情', exact: true }).click();
  const documents = dashboard.getByRole('region', { name: '企业资料' });
  await documents.getByRole('row').filter({ hasText: '营业执照' }).filter({ hasText: licence }).waitFor();
});

scenario('a disabled menu entry explains itself anywhere on it; the favicon is there', async () => {
  assert.ok(dashboard, 'the regulator signed in');
  await dashboard.keyboard.press('Escape');
  await dashboard.locator('.ant-drawer-content').waitFor({ state: 'hidden' });
  // CONTEXT: the tooltip showed only while the pointer was exactly on the label.
  const item = dashboard.getByRole('menuitem', { name: '统计报告' });
  const box = (await item.boundingBox())!;
  const tooltip = dashboard.locator('.ant-tooltip').filter({ hasText: '功能建设中' });
  // (the pointer entering while the drawer's mask still fades out enters the mask: it leaves and comes back)
  for (let attempt = 1; ; attempt++) {
    await dashboard.mouse.move(box.x + box.width + 200, box.y + box.height / 2);
    await dashboard.mouse.move(box.x + box.width - 8, box.y + box.height / 2, { steps: 4 });
    try {
      await tooltip.waitFor({ timeout: 5_000 });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  // CONTEXT: every page load asked for /favicon.ico and got 404.
  for (const path of ['/favicon.svg', '/favicon.ico']) {
    const response = await dashboard.request.get(path);
    assert.equal(response.status(), 200, path);
  }
});
