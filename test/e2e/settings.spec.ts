import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { expect, test, waitForServiceWorker } from './fixtures';
import { shot } from './shots';

test('a setting saved offline survives a browser restart with the same profile', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'eid-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      baseURL,
      viewport: { width: 390, height: 844 },
    });
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/cai-dat');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();

    await page.getByLabel('Họ và tên của tôi').fill('Nguyễn Thị Hoà');
    await page.getByLabel('Tìm xã, phường, đặc khu (gõ không dấu cũng được)').fill('ba dinh');
    await page.getByRole('option', { name: /Phường Ba Đình/ }).click();
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible();
    await context.close();

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await context.setOffline(true);
    await page.goto('/cai-dat');
    await expect(page.getByLabel('Họ và tên của tôi')).toHaveValue('Nguyễn Thị Hoà');
    await expect(page.getByRole('button', { name: 'Bỏ Phường Ba Đình' })).toBeVisible();
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('an invalid setting names the field and is not saved', async ({ page }) => {
  await page.goto('/cai-dat');
  await page.getByLabel('Doanh nghiệp, hợp tác xã (%)').fill('150');
  await page.getByLabel('Địa chỉ công khai dùng trong mã QR').fill('ftp://example');
  await expect(page.locator('#enterprisePct-error')).toHaveText('Nhập số từ 0 đến 100');
  await expect(page.locator('#publicBaseUrl-error')).toHaveText('Địa chỉ phải bắt đầu bằng http:// hoặc https://');
  const summary = page.getByRole('status').filter({ hasText: 'Còn 2 ô cần sửa trước khi lưu:' });
  await expect(summary.getByRole('listitem')).toHaveText([
    'Địa chỉ công khai dùng trong mã QR: Địa chỉ phải bắt đầu bằng http:// hoặc https://',
    'Doanh nghiệp, hợp tác xã (%): Nhập số từ 0 đến 100',
  ]);
  await expect(page.getByRole('button', { name: 'Lưu cài đặt' })).toBeDisabled();
  await shot(page, 'settings-errors');
  await page.reload();
  await expect(page.getByLabel('Doanh nghiệp, hợp tác xã (%)')).toHaveValue('80');
});
