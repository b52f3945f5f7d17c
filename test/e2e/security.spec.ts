import { expect, test } from './fixtures';

const ROUTES = ['/', '/cai-dat', '/them'];

test('every screen loads under the Content-Security-Policy without violations or foreign requests', async ({ page, watch }) => {
  const csp = await page.request.get('/').then((r) => r.text());
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  for (const path of ROUTES) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // An inline script injected at run time must be refused by the policy.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  expect(watch.cspViolations.some((v) => v.startsWith('script-src'))).toBe(true);
  watch.cspViolations.length = 0;
});
