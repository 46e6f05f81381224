// End to end, in headless Chromium through the real stack: the platform administrator's 系统管理. A new accident-
// prevention organisation, a user in it (initial password shown once), roles, 停用 and 启用, 重置密码 and the user's
// first sign-in (a regulator department's user) with the one-time password (forced change), 解锁 after a lockout, a broker's 合作保险机构 removed and
// added back, an API client created and revoked, 角色管理 — and 审计日志 lists every one of these actions.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DEMO_CERTIFICATE_PASSWORD, DEMO_PASSWORD, demoUscc } from '../../subgraphs/identity/src/demo.ts';
import { operatorLogin, passwordLogin, pickCascader, pickOption } from '../src/browser.ts';
import { e2eSuite } from '../src/suite.ts';

const suite = e2eSuite('admin', [{ path: '/login', label: '用户名' }]);
const { open, scenario } = suite;
let admin: Page;

const serial = 1_000_000 + Math.floor(Math.random() * 8_000_000);
const org = { name: `哈尔滨e2e安全技术服务有限公司${serial}`, uscc: demoUscc('230102', serial) };
const user = { username: `e2e-prevention-${serial}`, displayName: '钱安全', mobile: '13945067890' };
const department = {
  name: `哈尔滨市道里区住房和城乡建设局（e2e${serial}）`,
  uscc: demoUscc('230102', serial + 1),
};
const regulator = { username: `e2e-regulator-${serial}`, displayName: '孙监管' };
const apiClient = `e2e第三方平台${serial}`;
let initialPassword = '';

/** The dialog that shows a password or secret once: its value, after checking it says so. */
async function readOneTimeSecret(page: Page, label: string): Promise<string> {
  const dialog = page.getByRole('dialog').filter({ hasText: '只显示这一次' });
  await dialog.getByText(`${label}只显示这一次，关闭后无法再次查看。`).waitFor();
  await dialog.getByRole('button', { name: `复制${label}` }).waitFor();
  const value = await dialog.getByLabel(label, { exact: true }).innerText();
  await dialog.getByRole('button', { name: '我已妥善保存，关闭' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return value.trim();
}

/**
 * Clicks an action of a row and confirms it in its Popconfirm; clicks again when the Popconfirm did not open (the
 * click can land while the row re-renders after the previous action's reload).
 */
async function confirmAction(row: Locator, action: string, button: string, says?: string): Promise<void> {
  const page = row.page();
  const popconfirm = page.locator('.ant-popconfirm:visible');
  const ok = popconfirm.getByRole('button', { name: button, exact: true });
  for (let attempt = 1; ; attempt++) {
    // (a second click on the action would close a Popconfirm that opened late)
    if (!(await ok.isVisible())) await row.getByRole('button', { name: action, exact: true }).click();
    try {
      await ok.waitFor({ timeout: 10_000 });
      break;
    } catch (e) {
      if (attempt === 4) throw e;
    }
  }
  if (says) await popconfirm.getByText(says).waitFor();
  await ok.click();
}

const userRow = () => admin.getByRole('row').filter({ hasText: user.username });

scenario('admin creates an organisation (with Chinese validation messages)', async () => {
  admin = await open('/login');
  await operatorLogin(admin, {
    username: 'admin',
    password: DEMO_PASSWORD,
    certificate: join(suite.stack.dataDir, 'ca', 'platform-admin.p12'),
    certificatePassword: DEMO_CERTIFICATE_PASSWORD,
  });
  await admin.getByRole('menuitem', { name: '机构管理' }).click();

  // The demo enterprises come with their contacts.
  await admin.getByLabel('单位类型').first().click();
  await pickOption(admin, '建筑施工企业');
  await admin.getByRole('button', { name: '查询', exact: true }).click();
  const firstRow = admin.locator('.ant-table-tbody tr.ant-table-row').first();
  await firstRow.waitFor();
  // (the mobile masked, as every list shows it)
  assert.match(await firstRow.locator('td').nth(4).innerText(), /\p{Script=Han}{2,3}\s+1[3-9]\d\*{4}\d{4}/u);
  await admin.getByRole('button', { name: '重置', exact: true }).click();

  await admin.getByRole('button', { name: /新增机构$/ }).click();
  const dialog = admin.getByRole('dialog', { name: '新增机构' });
  await dialog.getByLabel('统一社会信用代码').fill('91230102MA000000XX');
  await dialog.getByLabel('联系人手机').fill('1234');
  // Enter in a field does not submit (the required fields would complain); 确定 does, and says what is wrong.
  await dialog.getByLabel('联系人手机').press('Enter');
  await admin.waitForTimeout(500);
  assert.equal(await dialog.getByText('请选择单位类型').count(), 0, 'Enter submitted the form');
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  await dialog.getByText('请选择单位类型').waitFor();
  await dialog.getByText('请输入单位名称').waitFor();
  await dialog.getByText('统一社会信用代码校验位不正确').waitFor();
  await dialog.getByText('请输入正确的11位手机号码').waitFor();

  await dialog.getByLabel('单位类型').click();
  await pickOption(admin, '事故预防机构');
  await dialog.locator('.ant-select').filter({ hasText: '事故预防机构' }).waitFor();
  await dialog.getByLabel('单位名称').fill(org.name);
  await pickCascader(admin, '行政区划代码', ['黑龙江省', '哈尔滨市', '道里区']);
  await dialog.getByLabel('统一社会信用代码').fill(org.uscc);
  await dialog.getByLabel('联系人姓名').fill('赵安全');
  await dialog.getByLabel('联系人手机').fill('13945012345');
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  await admin.getByText(`已新增机构：${org.name}`).waitFor();
  await admin.getByRole('row').filter({ hasText: org.uscc }).waitFor();
});

scenario('admin creates a user in it: the initial password is shown once', async () => {
  assert.ok(admin, 'the organisation was created');
  await admin.getByRole('row').filter({ hasText: org.uscc }).getByRole('button', { name: '查看' }).click();
  await admin.getByText('机构详情', { exact: true }).waitFor();
  await admin.locator('.ant-descriptions').getByText(org.name, { exact: true }).waitFor();

  await admin.getByRole('button', { name: /新增用户$/ }).click();
  const dialog = admin.getByRole('dialog', { name: '新增用户' });
  await dialog.getByLabel('用户名').fill('a b');
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  await dialog.getByText('用户名只能包含字母、数字和 _ . @ -，长度3到64位').waitFor();
  await dialog.getByText('请输入姓名').waitFor();
  await dialog.getByLabel('用户名').fill(user.username);
  await dialog.getByLabel('姓名').fill(user.displayName);
  await dialog.getByLabel('手机').fill(user.mobile);
  // An accident-prevention organisation's users may be 事故预防机构 and 事故预防专家; the first is preselected.
  assert.ok(await dialog.getByRole('checkbox', { name: '事故预防机构' }).isChecked());
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  initialPassword = await readOneTimeSecret(admin, '初始密码');
  assert.ok(initialPassword.length >= 8, initialPassword);
  await admin.getByText(`已新增用户：${user.username}`).waitFor();
  await userRow().getByText('待修改密码').waitFor();
});

scenario('admin assigns roles, disables and enables the user, resets the password', async () => {
  assert.ok(initialPassword, 'the user was created');
  await userRow().getByRole('button', { name: '分配角色' }).click();
  const dialog = admin.getByRole('dialog').filter({ hasText: '分配角色' });
  await dialog.getByRole('checkbox', { name: '事故预防专家' }).check();
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  await admin.getByText(/已为 .* 分配角色：事故预防机构、事故预防专家/).waitFor();
  await userRow().getByText('事故预防专家').waitFor();

  await confirmAction(userRow(), '停用', '停用', '停用后该用户不能登录，已登录的会话立即失效。');
  await admin.getByText(/^已停用：/).waitFor();
  await userRow().getByText('已停用').waitFor();

  await confirmAction(userRow(), '启用', '启用');
  await admin.getByText(/^已启用：/).waitFor();
  await userRow().getByText('正常').waitFor();

  await confirmAction(userRow(), '重置密码', '重置');
  const reset = await readOneTimeSecret(admin, '初始密码');
  assert.notEqual(reset, initialPassword);
  initialPassword = reset;
});

// CONTEXT: SIGN_IN_POLICY has prevention organisations sign in with their CA certificate; a regulator department's
// user signs in with a password, so the one-time password is tried there.
scenario('a regulator user signs in with the one-time password and must change it first', async () => {
  assert.ok(admin, 'admin signed in');
  await admin.getByRole('menuitem', { name: '机构管理' }).click();
  await admin.getByRole('button', { name: /新增机构$/ }).click();
  const dialog = admin.getByRole('dialog', { name: '新增机构' });
  await dialog.getByLabel('单位类型').click();
  await pickOption(admin, '职能部门');
  await dialog.locator('.ant-select').filter({ hasText: '职能部门' }).waitFor();
  await dialog.getByLabel('单位名称').fill(department.name);
  await pickCascader(admin, '行政区划代码', ['黑龙江省', '哈尔滨市', '道里区']);
  await dialog.getByLabel('统一社会信用代码').fill(department.uscc);
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  await admin.getByText(`已新增机构：${department.name}`).waitFor();

  await admin
    .getByRole('row')
    .filter({ hasText: department.uscc })
    .getByRole('button', { name: '查看' })
    .click();
  await admin.getByRole('button', { name: /新增用户$/ }).click();
  const create = admin.getByRole('dialog', { name: '新增用户' });
  await create.getByLabel('用户名').fill(regulator.username);
  await create.getByLabel('姓名').fill(regulator.displayName);
  // A regulator's account needs its 管辖区域.
  await create.getByRole('button', { name: '确定', exact: true }).click();
  await create.getByText('请选择管辖区域').waitFor();
  await pickCascader(admin, '管辖区域', ['黑龙江省', '哈尔滨市', '道里区']);
  await create.getByLabel('姓名').click();
  await create.getByRole('button', { name: '确定', exact: true }).click();
  const first = await readOneTimeSecret(admin, '初始密码');
  const row = admin.getByRole('row').filter({ hasText: regulator.username });
  await confirmAction(row, '重置密码', '重置');
  const password = await readOneTimeSecret(admin, '初始密码');
  assert.notEqual(password, first);

  const page = await open('/login');
  await passwordLogin(page, regulator.username, password);
  await page.waitForURL('**/change-password');
  const newPassword = `Jianguan#${serial}`;
  await page.getByLabel('当前密码').fill(password);
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('确认新密码').fill(newPassword);
  await page.getByRole('button', { name: '确定', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/change-password'));
  await page.getByText('密码已修改').waitFor();
  // In the app, the header names the organisation and the user.
  await page.locator('.ant-layout-header').getByText(department.name).waitFor();
  await page.locator('.ant-layout-header').getByText(regulator.displayName).waitFor();
  await page.getByRole('menuitem', { name: '项目信息' }).waitFor();
});

scenario('a locked user is unlocked by the administrator', async () => {
  assert.ok(admin && initialPassword, 'the user exists');
  // Five wrong passwords lock the account (LOCKOUT_THRESHOLD).
  for (let i = 0; i < 5; i++) {
    await fetch(suite.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation ($u: String!, $p: String!) { loginWithPassword(username: $u, password: $p) { expiresIn } }',
        variables: { u: user.username, p: 'Wrong#password1' },
      }),
    });
  }
  await admin.getByRole('menuitem', { name: '用户管理' }).click();
  await admin.getByLabel('用户名', { exact: true }).fill(user.username);
  await admin.getByRole('button', { name: '查询', exact: true }).click();
  await userRow().getByText('已锁定').waitFor();
  await confirmAction(userRow(), '解锁', '解锁');
  await admin.getByText(/^已解锁：/).waitFor();
  await userRow().getByText('正常').waitFor();
});

scenario("admin removes and adds back a broker's partner insurer", async () => {
  assert.ok(admin, 'admin signed in');
  await admin.getByRole('menuitem', { name: '机构管理' }).click();
  await admin.getByLabel('名称', { exact: true }).fill('昆仑保险经纪');
  await admin.getByRole('button', { name: '查询', exact: true }).click();
  await admin
    .getByRole('row')
    .filter({ hasText: '昆仑保险经纪' })
    .getByRole('button', { name: '查看' })
    .click();
  const partners = admin.getByRole('region', { name: '合作保险机构' });
  // The demo broker's company partners with seven insurers, 人保财险 among them.
  const insurer = '中国人民财产保险股份有限公司黑龙江省分公司';
  const row = partners.getByRole('row').filter({ hasText: insurer });
  await confirmAction(row, '移除', '移除');
  await admin.getByText(`已移除合作保险机构：${insurer}`).waitFor();
  await row.waitFor({ state: 'detached' });
  await partners.getByRole('row').filter({ hasText: '中国人寿财产保险股份有限公司黑龙江省分公司' }).waitFor();
  // More insurers than the list shows at once: type to search.
  await partners.getByLabel('选择保险机构').click();
  await admin.keyboard.type('中国人民财产');
  await pickOption(admin, insurer);
  await partners.getByRole('button', { name: '添加' }).click();
  await admin.getByText(`已添加合作保险机构：${insurer}`).waitFor();
  await partners.getByRole('row').filter({ hasText: insurer }).waitFor();
});

scenario('admin creates an API client (secret shown once), it gets a token, and revokes it', async () => {
  assert.ok(admin, 'admin signed in');
  await admin.getByRole('menuitem', { name: 'API 客户端' }).click();
  await admin.getByRole('button', { name: /新增 API 客户端$/ }).click();
  const dialog = admin.getByRole('dialog', { name: '新增 API 客户端' });
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  await dialog.getByText('请输入名称').waitFor();
  await dialog.getByText('请至少选择一个权限范围').waitFor();
  await dialog.getByText('请选择数据范围').waitFor();
  await dialog.getByLabel('名称').fill(apiClient);
  await dialog.getByRole('checkbox', { name: /projects:read/ }).check();
  await pickCascader(admin, '数据范围', ['黑龙江省']);
  await dialog.getByLabel('名称').click();
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  const secretDialog = admin.getByRole('dialog').filter({ hasText: '只显示这一次' });
  const clientId = (await secretDialog.getByLabel('客户端 ID', { exact: true }).innerText()).trim();
  const secret = await readOneTimeSecret(admin, '客户端密钥');

  const token = async () => {
    const response = await fetch(suite.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation ($id: String!, $secret: String!) { issueClientToken(clientId: $id, clientSecret: $secret) { scopes } }',
        variables: { id: clientId, secret },
      }),
    });
    return (await response.json()) as { data?: { issueClientToken: { scopes: string[] } } | null };
  };
  assert.deepEqual((await token()).data?.issueClientToken.scopes, ['projects:read']);

  const row = admin.getByRole('row').filter({ hasText: apiClient });
  await row.getByText('有效').waitFor();
  await confirmAction(row, '吊销', '吊销', '吊销后该客户端不能再获取访问令牌，且不能恢复。');
  await admin.getByText(`已吊销：${apiClient}`).waitFor();
  await row.getByText('已吊销').waitFor();
  assert.equal((await token()).data ?? null, null, 'a revoked client gets no token');
});

scenario('角色管理 shows what each role may call, from the schema', async () => {
  assert.ok(admin, 'admin signed in');
  await admin.getByRole('menuitem', { name: '角色管理' }).click();
  await admin.getByRole('tab', { name: '平台管理员' }).click();
  const region = (name: string) => admin.getByRole('region', { name }).filter({ visible: true });
  await region('可操作').getByText('新增用户', { exact: true }).waitFor();
  await admin.getByRole('tab', { name: '审计员' }).click();
  await region('可查看（查询）').getByText('审计日志', { exact: true }).waitFor();
  assert.equal(await region('可操作').getByText('新增用户').count(), 0);
  await admin.getByRole('tab', { name: '权限矩阵' }).click();
  await admin.getByRole('row').filter({ hasText: 'createUser' }).waitFor();
});

scenario('审计日志 lists every action, with readable details', async () => {
  assert.ok(admin, 'admin signed in');
  await admin.getByRole('menuitem', { name: '审计日志' }).click();
  await admin.getByText(/共 \d+ 项/).waitFor();
  // 50 条/页: everything this file did is on the first page.
  await admin.locator('.ant-pagination-options .ant-select').click();
  await pickOption(admin, '50 条/页');
  const rows = admin.locator('.ant-table-tbody');
  for (const label of [
    '新增机构',
    '新增用户',
    '分配角色',
    '停用用户',
    '启用用户',
    '重置密码',
    '修改密码',
    '账号锁定',
    '解锁用户',
    '移除合作保险机构',
    '添加合作保险机构',
    '新增API客户端',
    '第三方平台获取令牌',
    '吊销API客户端',
  ]) {
    await rows.getByText(label, { exact: true }).first().waitFor();
  }
  // 类型 is picked from the list of audit types.
  await admin.getByLabel('类型').click();
  await pickOption(admin, '分配角色');
  await admin.getByRole('button', { name: '查询', exact: true }).click();
  const row = admin.locator('.ant-table-tbody tr.ant-table-row').first();
  await row.getByText('分配角色', { exact: true }).waitFor();
  await row.getByRole('button', { name: '查看' }).click();
  const drawer = admin.locator('.ant-drawer');
  await drawer.getByText('变更后角色').waitFor();
  await drawer.getByText('事故预防机构、事故预防专家').waitFor();
});
