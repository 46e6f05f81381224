// End to end through the real stack (PostgreSQL, NATS, identity, gateway, built web app) in headless Chromium.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createDemoPki } from '@anze/ca';
import { demoUscc, DEMO_CERTIFICATE_PASSWORD, DEMO_PASSWORD } from '../../subgraphs/identity/src/demo.ts';
import { certificateLogin, chooseCertificate, passwordLogin, pickCascader } from '../src/browser.ts';
import { e2eSuite } from '../src/suite.ts';

const suite = e2eSuite('registration', [
  { path: '/register', label: '企业名称' },
  { path: '/login?tab=certificate' },
]);
const { open, scenario } = suite;

const serial = 1_000_000 + Math.floor(Math.random() * 8_000_000);
const enterprise = {
  name: `哈尔滨e2e建筑工程有限公司${serial}`,
  divisionCode: '230103',
  uscc: demoUscc('230103', serial),
  registeredAddress: '哈尔滨市南岗区红军街1号',
  businessAddress: '哈尔滨市南岗区红军街1号',
  contactName: '张联系',
  contactMobile: '13800138000',
  contactEmail: 'e2e@example.com',
  legalRepresentative: '李法人',
  legalRepresentativeMobile: '13900139000',
  businessScope: '房屋建筑工程施工',
};
const username = `e2e${serial}`;
const password = 'Qiye#2026e2e';
let registeredInBrowser = false;

scenario('enterprise registers in the browser and sees 审核中', async () => {
  const reg = await open('/register');
  await reg.getByLabel('企业名称').fill(enterprise.name);
  await pickCascader(reg, '行政区划代码', ['黑龙江省', '哈尔滨市', '南岗区']);
  await reg.getByLabel('统一社会信用代码').fill(enterprise.uscc);
  await reg.getByLabel('工商注册地址').fill(enterprise.registeredAddress);
  await reg.getByLabel('主要经营地址').fill(enterprise.businessAddress);
  await reg.getByLabel('联系人姓名').fill(enterprise.contactName);
  await reg.getByLabel('联系人手机').fill(enterprise.contactMobile);
  await reg.getByLabel('联系邮箱').fill(enterprise.contactEmail);
  await reg.getByLabel('法人姓名').fill(enterprise.legalRepresentative);
  await reg.getByLabel('法人手机').fill(enterprise.legalRepresentativeMobile);
  await reg.getByLabel('经营范围').fill(enterprise.businessScope);
  await reg.getByLabel('登录名').fill(username);
  await reg.getByLabel('密码', { exact: true }).fill(password);
  await reg.getByLabel('确认密码').fill(password);
  await reg.getByRole('button', { name: '确定', exact: true }).click();
  const error = reg.locator('.ant-alert-error');
  const done = reg.getByText('注册成功，审核中');
  await done.or(error).first().waitFor();
  if (await error.isVisible()) assert.fail(`注册 failed: ${await error.innerText()}`);
  await reg.locator('.ant-tag', { hasText: '审核中' }).waitFor();
  assert.ok(await reg.getByText(enterprise.uscc).isVisible());
  registeredInBrowser = true;
});

scenario(
  'admin approves the registration, the enterprise signs in with its CA certificate and edits its profile',
  async () => {
    assert.ok(registeredInBrowser, 'the enterprise was registered in the browser by the previous test');
    const { name, uscc } = enterprise;

    // 平台管理员: password, then the second factor with the operator's own certificate
    const admin = await open('/login');
    await passwordLogin(admin, 'admin', DEMO_PASSWORD);
    await admin.getByText('第二重身份验证').waitFor();
    await chooseCertificate(
      admin,
      join(suite.stack.dataDir, 'ca', 'platform-admin.p12'),
      DEMO_CERTIFICATE_PASSWORD,
    );
    await admin.getByRole('button', { name: /验证证书并登录$/ }).click();

    // 注册审核 → 通过
    await admin.getByRole('menuitem', { name: '注册审核' }).click();
    const row = admin.getByRole('row').filter({ hasText: name });
    await row.getByRole('button', { name: '通过', exact: true }).click();
    await admin.locator('.ant-popconfirm').getByRole('button', { name: '确定', exact: true }).click();
    await admin.getByText(`已通过：${name}`).waitFor();

    // A certificate for the new enterprise from the demo CA (its USCC maps it to the enterprise's account).
    const caDir = join(suite.stack.dataDir, 'ca');
    const id = `e2e-${serial}`;
    await createDemoPki({
      dir: caDir,
      certificates: [{ id, commonName: '张联系', organisationName: name, uscc, keyAlgorithm: 'ECDSA_P256' }],
      password: DEMO_CERTIFICATE_PASSWORD,
    });

    // CA证书登录
    const ent = await open('/login');
    await certificateLogin(ent, join(caDir, `${id}.p12`), DEMO_CERTIFICATE_PASSWORD);

    // 企业信息: 已通过, 进入编辑 → 主要经营地址 → 保存
    await ent.waitForURL('**/enterprise/profile');
    await ent.locator('.ant-card-extra .ant-tag', { hasText: '已通过' }).waitFor();
    await ent.getByRole('button', { name: '进入编辑' }).click();
    const newAddress = `哈尔滨市南岗区学府路${serial % 1000}号`;
    await ent.getByLabel('主要经营地址').fill(newAddress);
    await ent.getByRole('button', { name: '保存', exact: true }).click();
    await ent.getByText('已保存').waitFor();
    await ent.locator('.ant-descriptions').getByText(newAddress, { exact: true }).waitFor();
  },
);

scenario('regulator is made to change the initial password, then lands in the app', async () => {
  const page = await open('/login');
  await passwordLogin(page, 'hrb-zjj', DEMO_PASSWORD);
  await page.waitForURL('**/change-password');
  await page.getByText('首次登录或密码已重置，请先修改密码后再使用系统。').waitFor();
  const newPassword = 'Jianguan#2026e2e';
  await page.getByLabel('当前密码').fill(DEMO_PASSWORD);
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('确认新密码').fill(newPassword);
  await page.getByRole('button', { name: '确定', exact: true }).click();
  await page.waitForURL(
    (url) => !url.pathname.startsWith('/change-password') && !url.pathname.startsWith('/login'),
  );
  await page.getByRole('menuitem', { name: '注册审核' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/enterprises');
  // CONTEXT: the login payload's viewer has no user or organisation; the header reads them with the new token.
  await page.locator('.ant-layout-header').getByText('哈尔滨市住房和城乡建设局（演示）').waitFor();
  await page.locator('.ant-layout-header').getByText('市住建局监管员').waitFor();
});
