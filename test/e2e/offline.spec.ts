import { expect, test, waitForServiceWorker } from './fixtures';

test.describe('offline after one visit', () => {
  test('the shell, deep routes and settings open with the network off', async ({ page, context, watch }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForServiceWorker(page);

    await context.setOffline(true);
    for (const path of ['/', '/cai-dat', '/them', '/to-chuc/khong-co-that']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await expect(page.getByText('Không có mạng')).toBeVisible();
    // The commune list is a lazy chunk: it must come from the precache too.
    await page.goto('/cai-dat');
    await expect(page.getByLabel('Tỉnh / thành phố')).toBeVisible();
    expect(watch.pageErrors).toEqual([]);
  });
});
