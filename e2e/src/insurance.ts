// The steps of 在线填报 → 复审 → 出单 that more than one e2e test needs: signing in with a demo certificate, dates and
// uploads in the forms, a project recorded by the demo enterprise, its application filled in with the uploads, and
// the policy issued from 提交. Each test adds its own checks between them.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DEMO_CERTIFICATE_PASSWORD } from '../../subgraphs/identity/src/demo.ts';
import { certificateLogin, pickOption } from './browser.ts';
import type { Suite } from './suite.ts';

/** A project as the enterprise's 新增项目 form takes it. */
export type E2eProject = {
  name: string;
  code: string;
  investmentWan: string;
  plannedStart: string;
  plannedEnd: string;
};

/** A small valid PDF, tagged so a download can be recognised. */
export function pdf(tag: string, serial: number): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% e2e ${tag} ${serial}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** Signed in with the account's demo CA certificate, in a browser context of its own. */
export async function signIn(suite: Suite, certificate: string): Promise<Page> {
  const page = await (await suite.context()).newPage();
  await certificateLogin(page, join(suite.stack.dataDir, 'ca', certificate), DEMO_CERTIFICATE_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** Types a date into an antd DatePicker and confirms it with Enter (which must not submit the form). */
export async function pickDate(root: Page | Locator, label: string, day: string): Promise<void> {
  const input = root.getByLabel(label);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

/** Uploads a PDF through the 上传 button of a document slot and waits for its confirmation. */
export async function upload(page: Page, label: string, tag: string, serial: number): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `上传${label}`, exact: true }).click();
  await (
    await chooser
  ).setFiles({ name: `${label}-${serial}.pdf`, mimeType: 'application/pdf', buffer: pdf(tag, serial) });
  await page.getByText(`${label}已上传`).first().waitFor();
}

/**
 * Clicks a form's button until it leads somewhere: underwriting learns of an upload from documents' events
 * (milliseconds), and refuses a document it has not heard of yet with 尚在处理中, which is worth another click. The
 * answer may take long on a loaded machine (seen: over 15 s for a resubmission in CI), and clicking again while the
 * first request is still on its way only meets 该投保单已在别处被修改: so a click is waited for, up to 45 s.
 */
export async function submitUntil(page: Page, button: string, done: Locator): Promise<void> {
  const pending = page.getByText(/尚在处理中/).first();
  // (the 审核意见 of a 复审不通过 application stands on top as an error too: it is not this click's)
  const failure = page
    .locator('.ant-form-item-explain-error, .ant-alert-error:not(:has-text("审核意见"))')
    .first();
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await done.or(failure).first().waitFor({ timeout: 45_000 });
    if (await done.first().isVisible()) return;
    if (attempt === 5 || !(await pending.isVisible())) assert.fail(`${button}: ${await failure.innerText()}`);
    await page.waitForTimeout(1_000);
  }
}

/** 新增项目 by the enterprise, in 哈尔滨市 南岗区, a 房屋建筑工程. */
export async function recordProject(page: Page, project: E2eProject, enterpriseName: string): Promise<void> {
  await page.getByRole('menuitem', { name: '新增项目' }).click();
  await page.waitForURL('**/enterprise/projects/new');
  // the form is filled in once 施工企业 has come from 企业信息 (it re-renders then)
  await page
    .getByLabel('施工企业')
    .and(page.locator(`[value="${enterpriseName}"]`))
    .waitFor();
  await page.getByLabel('项目名称').fill(project.name);
  await page.getByLabel('项目代码').fill(project.code);
  await page.getByLabel('行政区划代码').click();
  await page.locator('.ant-cascader-menu-item-active', { hasText: /^哈尔滨市$/ }).waitFor();
  await page
    .locator('.ant-cascader-menu-item')
    .filter({ hasText: /^南岗区$/ })
    .click();
  await page.getByLabel('投资规模', { exact: true }).fill(project.investmentWan);
  await page.getByLabel('建设单位').fill('哈尔滨e2e置业有限公司');
  await page.getByLabel('项目类别').click();
  await pickOption(page, '房屋建筑工程');
  await pickDate(page, '计划开工日期', project.plannedStart);
  await pickDate(page, '计划竣工日期', project.plannedEnd);
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByText('项目已新增').waitFor();
}

/**
 * 填报 of the project from 项目列表: the insurer, 方案C, the phone, the 营业执照 uploaded to 企业信息 before and the
 * other five uploads. The 《用户协议》 and 提交保单 are the test's.
 */
export async function fillApplication(
  page: Page,
  project: E2eProject,
  insurerName: string,
  serial: number,
): Promise<void> {
  await page.getByRole('menuitem', { name: '项目列表' }).click();
  const row = page.locator('.ant-table-row').filter({ hasText: project.name });
  await row.getByText('未投保').waitFor();
  await row.getByRole('button', { name: '填报', exact: true }).click();
  await page.getByText('注：此处投资规模计价单位为：“万元”人民币').waitFor();

  await page.getByLabel('保险机构').click();
  await pickOption(page, insurerName);
  await page.locator('label.ant-radio-button-wrapper', { hasText: '方案C' }).click();
  // 预计保费 while filling in: 3,899.06 万元 is above plan C's first tier
  await page
    .getByLabel('预计保费', { exact: true })
    .filter({ hasText: /^[\d,]+\.\d{2} 元$/ })
    .waitFor();
  await page.getByLabel('联系电话').fill('13936313636');
  await page.getByLabel('选择已上传的营业执照').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: `营业执照-${serial}.pdf` })
    .click();
  for (const [label, tag] of [
    ['项目合同或中标通知', 'contract'],
    ['法定代表人身份证国徽面', 'emblem'],
    ['法定代表人身份证人像面', 'portrait'],
    ['安全生产许可证', 'safety'],
    ['施工企业资质', 'qualification'],
  ] as const) {
    await upload(page, label, tag, serial);
  }
}

/** 营业执照 uploaded in 企业信息, for the application to reuse. */
export async function uploadLicence(page: Page, serial: number): Promise<void> {
  await page.getByRole('menuitem', { name: '企业信息' }).click();
  const licenceRow = page.getByRole('row').filter({ hasText: '营业执照' });
  const chooser = page.waitForEvent('filechooser');
  await licenceRow.getByRole('button', { name: '上传营业执照' }).last().click();
  await (
    await chooser
  ).setFiles({ name: `营业执照-${serial}.pdf`, mimeType: 'application/pdf', buffer: pdf('licence', serial) });
  await page.getByText('营业执照已上传').waitFor();
}

/** The rest of 提交 (出单) once the period is chosen: 保单号, 保单文件, 协议文件, the agreement, 已出单. */
export async function completeIssue(page: Page, policyNumber: string, serial: number): Promise<void> {
  await page.getByLabel('保单号').fill(policyNumber);
  await upload(page, '保单文件', 'policy', serial);
  await upload(page, '协议文件', 'stamped-agreement', serial);
  await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await submitUntil(page, '提交', page.getByText('保单详情', { exact: true }));
  await page.getByText(`已出单，保单号 ${policyNumber}`).waitFor();
}

/** The row of a project in the insurer's 投保信息, found with the search form. */
export async function applicationRow(page: Page, projectName: string): Promise<Locator> {
  await page.getByRole('menuitem', { name: '投保信息' }).click();
  await page.getByLabel('项目名称').fill(projectName);
  await page.getByRole('button', { name: '查询', exact: true }).click();
  const row = page.locator('.ant-table-row').filter({ hasText: projectName });
  await row.waitFor();
  return row;
}
