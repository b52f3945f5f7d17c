import { publicGuides as guides } from '../../src/content/guides';
import { expect, test, waitForServiceWorker } from './fixtures';
import { shot } from './shots';

test.describe('public guide pages with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('each guide page shows its numbered steps, the hotline and its styling', async ({ page, watch }) => {
    for (const guide of guides) {
      await page.goto(`/huong-dan/${guide.slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
      const steps = page.locator('ol.steps > li');
      await expect(steps).toHaveCount(guide.steps.length);
      await expect(steps.first().locator('h3')).toHaveText(guide.steps[0]!.title);
      await expect(page.getByRole('link', { name: 'Gọi tổng đài 1900 0368' })).toHaveAttribute('href', 'tel:19000368');
      await expect(page.getByText('(có tính cước)', { exact: true })).toBeVisible();
      // The hotline comes after the steps: readers try the steps before a charged call.
      await expect(page.locator('ol.steps ~ .call')).toHaveCount(1);
      // The shared stylesheet loaded through the CSP (large type, brand-coloured call button).
      await expect(page.getByRole('link', { name: 'Gọi tổng đài 1900 0368' })).toHaveCSS('background-color', 'rgb(11, 79, 156)');
    }
    await page.goto('/huong-dan/lien-ket-tai-khoan-dvcqg/');
    await shot(page, 'public-guide-lien-ket');
    await page.goto('/huong-dan/dinh-danh-to-chuc/');
    await page.locator('.sources').scrollIntoViewIfNeeded();
    await shot(page, 'public-guide-sources');
    expect(watch.foreignRequests).toEqual([]);
  });

  test('the index lists every public guide and its relative links open them', async ({ page, watch }) => {
    await page.goto('/huong-dan/');
    for (const guide of guides) await expect(page.getByRole('link', { name: guide.title })).toBeVisible();
    await expect(page.getByRole('link', { name: /Việc của xã, phường/ })).toHaveCount(0);
    await page.getByRole('link', { name: guides[0]!.title }).click();
    await expect(page).toHaveURL(`/huong-dan/${guides[0]!.slug}/`);
    await page.getByRole('link', { name: /Tất cả hướng dẫn/ }).click();
    await expect(page).toHaveURL('/huong-dan/');
    expect(watch.pageErrors).toEqual([]);
  });
});

test('offline after one visit of the app, every guide page opens', async ({ page, context, watch }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/huong-dan/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hướng dẫn định danh điện tử VNeID');
  for (const guide of guides) {
    await page.goto(`/huong-dan/${guide.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
    await expect(page.locator('ol.steps > li')).toHaveCount(guide.steps.length);
    await expect(page.getByRole('link', { name: 'Gọi tổng đài 1900 0368' })).toHaveCSS('background-color', 'rgb(11, 79, 156)');
  }
  expect(watch.pageErrors).toEqual([]);
});
