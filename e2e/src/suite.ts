// One test file's platform and browser: the stack and Chromium start before its scenarios (after warming up the web
// app's pages) and stop after them; each page opens in a browser context of its own (its own session); a failing
// scenario saves screenshots of every open page, and the file then saves the platform log.
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newContext, withScreenshots } from './browser.ts';
import { saveLogs, startStack, type Stack } from './stack.ts';

/** A page to load before the scenarios, and the label that shows it is there. */
export type WarmUp = { path: string; label?: string };

export type Suite = {
  readonly stack: Stack;
  /** A new browser context (a session of its own). */
  context(): Promise<BrowserContext>;
  /** A page at `path` in a new browser context. */
  open(path: string): Promise<Page>;
  /** A test that saves screenshots when it fails. */
  scenario(name: string, body: () => Promise<void>): void;
};

export function e2eSuite(name: string, warmUp: readonly WarmUp[]): Suite {
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let failed = false;

  before(async () => {
    stack = await startStack();
    for (const note of stack.notes) console.log(`note: ${note}`);
    browser = await launchChromium();
    // CONTEXT: the first page load makes vite dev optimise dependencies (and possibly reload the page): warm up
    // here, so the scenarios do not race a reload.
    const warm = await browser.newPage();
    for (const page of warmUp) {
      await warm.goto(`${stack.webUrl}${page.path}`, { waitUntil: 'networkidle', timeout: 60_000 });
      if (page.label) await warm.getByLabel(page.label).waitFor({ timeout: 60_000 });
    }
    await warm.close();
  });

  after(async () => {
    if (failed && stack) console.error(`platform log: ${saveLogs(`platform-${name}`, stack.logs)}`);
    await browser?.close().catch(() => {});
    await stack?.stop();
  });

  const suite: Suite = {
    get stack() {
      if (!stack) throw new Error('the stack has not started');
      return stack;
    },
    async context() {
      const context = await newContext(browser!, suite.stack.webUrl);
      contexts.push(context);
      return context;
    },
    async open(path) {
      const page = await (await suite.context()).newPage();
      await page.goto(path);
      return page;
    },
    scenario(title, body) {
      test(title, () =>
        withScreenshots(
          `${name}-${title.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'scenario'}`,
          () => contexts,
          body,
        ).catch((e: unknown) => {
          failed = true;
          throw e;
        }),
      );
    },
  };
  return suite;
}
