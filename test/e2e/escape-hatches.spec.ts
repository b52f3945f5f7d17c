import { expect, test, waitForServiceWorker } from './fixtures';

test('?no-sw unregisters the service worker and clears its caches, keeping the data', async ({ page }) => {
  await page.goto('/cai-dat');
  await waitForServiceWorker(page);
  await page.getByLabel('Họ và tên của tôi').fill('Võ Thị Sáu');
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible();

  await page.goto('/cai-dat?no-sw');
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length))
    .toBe(0);
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  await expect(page.getByLabel('Họ và tên của tôi')).toHaveValue('Võ Thị Sáu');
});

test.describe('stale lazy chunk after a deploy', () => {
  test.use({ serviceWorkers: 'block' });

  test('reloads once, then explains instead of looping', async ({ page, watch }) => {
    await page.goto('/them');
    await expect(page.getByRole('heading', { name: 'Thêm' })).toBeVisible();
    await page.route(/\/assets\/SettingsPage-[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    let loads = 0;
    page.on('load', () => loads++);

    await page.getByRole('link', { name: /Cài đặt/ }).first().click();
    await expect(page.getByText('Không tải được phần này của ứng dụng')).toBeVisible({ timeout: 15_000 });
    await page.waitForTimeout(1500);
    expect(loads).toBe(1);
    // The refused chunk is reported by the browser as an error: expected here.
    watch.pageErrors.length = 0;
  });
});
