import { expect, test } from './fixtures';
import { shot } from './shots';

test('guides are searchable without diacritics and link to their public page and QR', async ({ page, watch }) => {
  await page.goto('/cam-nang');
  await page.getByLabel('Tìm hướng dẫn (gõ không dấu cũng được)').fill('lien ket');
  await expect(page.getByRole('link', { name: /Liên kết tài khoản Cổng Dịch vụ công cũ/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Đăng ký tài khoản VNeID mức 1/ })).toHaveCount(0);
  await page.getByRole('link', { name: /Liên kết tài khoản Cổng Dịch vụ công cũ/ }).click();
  await expect(page).toHaveURL('/cam-nang/lien-ket-tai-khoan-dvcqg');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liên kết tài khoản Cổng Dịch vụ công cũ với VNeID');
  await expect(page.getByRole('main').getByRole('link', { name: 'Mã QR', exact: true })).toHaveAttribute('href', '/qr?g=lien-ket-tai-khoan-dvcqg');
  await shot(page, 'app-guide');
  await page.getByRole('link', { name: 'Mở trang cho người dân' }).click();
  await expect(page).toHaveURL('/huong-dan/lien-ket-tai-khoan-dvcqg/');
  await expect(page.locator('ol.steps > li')).toHaveCount(5);
  expect(watch.pageErrors).toEqual([]);
});

test('the staff quick reference shows the key dates, rules and hotline', async ({ page, watch }) => {
  await page.goto('/tra-cuu-nhanh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tra cứu nhanh');
  await expect(page.getByRole('link', { name: 'Gọi 1900 0368' })).toHaveAttribute('href', 'tel:19000368');
  await expect(page.getByText('30/6/2025', { exact: true })).toBeVisible();
  await shot(page, 'quick-reference');
  expect(watch.pageErrors).toEqual([]);
});
