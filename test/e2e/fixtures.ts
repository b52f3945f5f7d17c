import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
  cspViolations: string[];
  foreignRequests: string[];
  pageErrors: string[];
}

/**
 * Every e2e test runs with these watches: a CSP violation, a request to any
 * other origin, or an uncaught page error fails the test at its end.
 */
export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const watch: Watch = { cspViolations: [], foreignRequests: [], pageErrors: [] };
    const origin = new URL(baseURL!).origin;
    await page.exposeFunction('__reportCsp', (v: string) => watch.cspViolations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    page.context().on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
    });
    page.on('pageerror', (e) => watch.pageErrors.push(e.message));
    await use(watch);
    expect(watch.cspViolations, 'CSP violations').toEqual([]);
    expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    expect(watch.pageErrors, 'uncaught page errors').toEqual([]);
  },
});

export { expect };

/** Waits until the service worker controls the page (after the first visit it precaches everything). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
    return reg.active?.state;
  });
}
