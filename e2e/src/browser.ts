// Headless Chromium (playwright-core, the Debian chromium binary) and a failure screenshot helper.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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
