// Headless Chromium (playwright-core, the Debian chromium binary), a failure screenshot helper, and the steps every
// scenario takes: signing in (password, certificate, both), picking a 行政区划 or an option.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ARTIFACTS } from './stack.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 1400, height: 1000 },
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(15_000);
  return context;
}

/** Runs `body`; on failure saves a screenshot of every open page of the contexts to e2e/artifacts/. */
export async function withScreenshots(
  name: string,
  contexts: () => BrowserContext[],
  body: () => Promise<void>,
): Promise<void> {
  try {
    await body();
  } catch (e) {
    mkdirSync(ARTIFACTS, { recursive: true });
    let i = 0;
    for (const context of contexts()) {
      for (const page of context.pages() as Page[]) {
        const file = join(ARTIFACTS, `${name}-${++i}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => {});
        console.error(`screenshot: ${file} (${page.url()})`);
      }
    }
    throw e;
  }
}

/** 密码登录 on /login (regulators sign in so: SIGN_IN_POLICY). */
export async function passwordLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** Chooses a certificate file, types its password and waits until the page has read it (证书主体 shown). */
export async function chooseCertificate(page: Page, file: string, password: string): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({
    name: file.split('/').pop()!,
    mimeType: 'application/x-pkcs12',
    buffer: readFileSync(file),
  });
  await page.getByLabel('证书密码').fill(password);
  // leaving the field reads the certificate (证书主体 appears and moves the button): wait for it before clicking
  await page.getByLabel('证书密码').blur();
  await page.getByText('证书主体').waitFor();
}

/**
 * CA证书登录 on /login?tab=certificate with a .p12 file (enterprises, insurers, brokers, prevention organisations and
 * experts sign in so: SIGN_IN_POLICY).
 */
export async function certificateLogin(page: Page, file: string, password: string): Promise<void> {
  await page.goto('/login?tab=certificate');
  await chooseCertificate(page, file, password);
  // the button's accessible name also carries its icon's label ("safety-certificate 登录")
  await page.getByRole('button', { name: /登录$/ }).click();
}

/** A platform operator's login: password, then the operator's own certificate as the second factor. */
export async function operatorLogin(
  page: Page,
  account: { username: string; password: string; certificate: string; certificatePassword: string },
): Promise<void> {
  await passwordLogin(page, account.username, account.password);
  await page.getByText('第二重身份验证').waitFor();
  await chooseCertificate(page, account.certificate, account.certificatePassword);
  await page.getByRole('button', { name: /验证证书并登录$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * Clicks until `done` holds (polled for 3 s after each click): on a loaded machine a click on a popup still in its
 * opening motion can be lost (seen: an option of 单位类型 highlighted, nothing selected, the list still open), so a
 * click is judged by its effect.
 */
async function clickUntil(target: Locator, done: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await target.click();
    for (const until = Date.now() + 3_000; Date.now() < until;) {
      if (await done()) return;
      await target.page().waitForTimeout(100);
    }
  }
  throw new Error(`${what}: three clicks without effect`);
}

/** Clicks through a 行政区划 cascader, one level per name (lists of earlier cascaders stay in the page, hidden). */
export async function pickCascader(page: Page, label: string, path: string[]): Promise<void> {
  await page.getByLabel(label).click();
  const item = (name: string) =>
    page
      .locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item')
      .filter({ hasText: new RegExp(`^${name}$`) });
  const chosen = (name: string) => item(name).and(page.locator('.ant-cascader-menu-item-active'));
  for (const [i, name] of path.entries()) {
    const next = path[i + 1];
    await clickUntil(
      item(name),
      async () =>
        next === undefined
          ? // the last level: the list closes, or stays open with it chosen where any level may be chosen
            (await item(name).count()) === 0 || (await chosen(name).count()) > 0
          : (await item(next).count()) > 0,
      `${label} ${name}`,
    );
  }
}

/** Picks an option of the single select whose list is open (lists of earlier selects stay in the page, hidden). */
export async function pickOption(page: Page, option: string): Promise<void> {
  const item = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${option}$`) });
  // a single select closes its list once the option is taken
  await clickUntil(item, async () => (await item.count()) === 0, option);
}
