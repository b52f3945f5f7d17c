import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('"Xuất danh sách này" exports exactly the organisations the filtered list shows', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page.getByText(/Đang có 300 tổ chức MẪU/)).toBeVisible();
  await page.getByLabel(/Tìm theo tên/).fill('hoa binh');
  const shown = Number(((await page.locator('.registry__count p').textContent()) ?? '').split('/')[0]!.replace(/\D/g, ''));
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(300);

  await page.getByRole('link', { name: 'Xuất danh sách này' }).click();
  await expect(page.getByText('Danh sách tổ chức đang lọc')).toBeVisible();
  const row = page.locator('.button-row', { hasText: 'Danh sách tổ chức đang lọc' });
  const pending = page.waitForEvent('download');
  await row.getByRole('button', { name: 'CSV' }).click();
  const file = await pending;
  expect(file.suggestedFilename()).toMatch(/^to-chuc-dang-loc-.*\.csv$/);
  const lines = readFileSync((await file.path())!, 'utf8').trim().split(/\r?\n/);
  expect(lines.length - 1).toBe(shown);
  expect(lines.slice(1).every((l) => /hoa|hòa|hoà|Hoà|Hòa|HOÀ/i.test(l.normalize('NFC')))).toBe(true);
});
