import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * `page.waitForFunction` for pages under an extension's content security policy. Puppeteer's
 * waitForFunction polls with a function it builds with `new Function()` inside the page, which
 * Firefox ESR 140 refuses on the add-on's own pages ("call to Function() blocked by CSP"); a plain
 * `evaluate` sends the function over WebDriver BiDi and runs under any policy. Polls `fn` every
 * `polling` ms until it returns a truthy value, and returns that value.
 */
export async function waitInPage<Args extends unknown[], T>(page: Page, fn: (...args: Args) => T | Promise<T>, options: { polling?: number; timeout?: number } = {}, ...args: Args): Promise<Awaited<T>> {
  const deadline = Date.now() + (options.timeout ?? 30_000);
  for (;;) {
    const value: Awaited<T> = await page.evaluate(fn as (...a: unknown[]) => T, ...args);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waitInPage: still false after ${options.timeout ?? 30_000} ms: ${fn.toString().slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, options.polling ?? 50));
  }
}

/** The element `fn` finds in the page, once it finds one (polled like `waitInPage`). */
export async function waitForElementInPage<Args extends unknown[]>(page: Page, fn: (...args: Args) => Element | null, options: { polling?: number; timeout?: number } = {}, ...args: Args): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + (options.timeout ?? 30_000);
  for (;;) {
    const handle = await page.evaluateHandle(fn as (...a: unknown[]) => Element | null, ...args);
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (element) return element;
    await handle.dispose();
    if (Date.now() > deadline) throw new Error(`waitForElementInPage: nothing found after ${options.timeout ?? 30_000} ms`);
    await new Promise((resolve) => setTimeout(resolve, options.polling ?? 50));
  }
}
