import { guides } from '../../src/content/guides';
import { expect, test, waitForServiceWorker } from './fixtures';

const guide = guides[0]!;

/** True when the page's stylesheet loaded and applies (the guide pages link it relatively). */
const styled = () => [...document.styleSheets].some((s) => s.cssRules.length > 0);

test('registry searches whose query ends like a file name reload offline', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  for (const path of ['/?q=lô 1.2', '/to-chuc?q=fpt.vn', '/cam-nang?q=v1.0']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a guide page URL without its trailing slash opens with its stylesheet, online and offline', async ({ page, context, baseURL }) => {
  await page.goto(`/huong-dan/${guide.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: guide.title })).toBeVisible();
  expect(await page.evaluate(styled)).toBe(true);

  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto(`/huong-dan/${guide.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: guide.title })).toBeVisible();
  expect(await page.evaluate(styled)).toBe(true);
  // Its "all guides" link is relative too.
  await page.getByRole('link', { name: /Tất cả/ }).first().click();
  await expect(page).toHaveURL(`${baseURL}/huong-dan/`);

  // The short URL printed under the code is exactly an address that works.
  await page.goto(`/qr?g=${guide.slug}`);
  const short = (await page.getByTestId('short-url').textContent())!;
  await page.goto(`http://${short}`);
  await expect(page.getByRole('heading', { level: 1, name: guide.title })).toBeVisible();
  expect(await page.evaluate(styled)).toBe(true);
});
