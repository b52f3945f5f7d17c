import type { Page } from '@playwright/test';
import { csvLine, HEADER, makeRow } from '../../scripts/fixture-rows.mjs';
import { expect, test } from './fixtures';
import { shot } from './shots';

const commitButton = (page: Page) => page.getByRole('button', { name: /^Nhập .* dòng vào sổ$/ });

async function importCsv(page: Page, name: string, rows: string[][]) {
  await page.goto('/du-lieu');
  const body = [csvLine(HEADER), ...rows.map((r) => csvLine(r))].join('\r\n');
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${body}\r\n`) });
  await expect(commitButton(page)).toBeEnabled({ timeout: 30_000 });
}

test('the preview shows what each duplicate would change, and a choice per row wins over the choice for all', async ({ page }) => {
  const rows = [0, 1, 2].map(makeRow);
  await importCsv(page, 'lan-1.csv', rows);
  await commitButton(page).click();
  await expect(page.getByTestId('import-result')).toContainText('thêm 3, cập nhật 0');

  // The second list moved two organisations; the third row is the same as before.
  const moved = rows.map((r, i) => (i < 2 ? r.map((c, k) => (k === 3 ? `${c} (địa chỉ mới)` : c)) : r));
  await importCsv(page, 'lan-2.csv', moved);
  await expect(page.locator('[data-count="duplicates"] dd')).toHaveText('3');
  await expect(page.locator('[data-count="unchanged"] dd')).toHaveText('1');
  const listed = page.getByTestId('duplicate-rows').locator(':scope > li');
  await expect(listed).toHaveCount(2);
  await expect(listed.first()).toContainText(`Dòng 2: ${rows[0]![1]}`);
  await expect(listed.first()).toContainText(`Địa chỉ: ${rows[0]![3]}`);
  await expect(listed.first()).toContainText(`${rows[0]![3]} (địa chỉ mới)`);
  // For all: update; for the first listed row: skip.
  await listed.first().getByLabel('Với dòng này').selectOption({ label: 'Bỏ qua, giữ nguyên sổ' });
  await listed.first().scrollIntoViewIfNeeded();
  await shot(page, 'import-duplicates');
  await commitButton(page).click();
  await expect(page.getByTestId('import-result')).toContainText('thêm 0, cập nhật 1, bỏ qua 1, 1 dòng không có gì mới');

  await page.goto(`/?q=${encodeURIComponent(rows[0]![2]!)}`);
  await page.getByRole('link', { name: new RegExp(rows[0]![1]!) }).click();
  await expect(page.getByText(rows[0]![3]!, { exact: true })).toBeVisible();
  await page.goto(`/?q=${encodeURIComponent(rows[1]![2]!)}`);
  await page.getByRole('link', { name: new RegExp(rows[1]![1]!) }).click();
  await expect(page.getByText(`${rows[1]![3]} (địa chỉ mới)`, { exact: true })).toBeVisible();
});

test('undo keeps an organisation whose status changed after the import, unless asked to include it', async ({ page }) => {
  const rows = [0, 1, 2].map(makeRow);
  await importCsv(page, 'lan-1.csv', rows);
  await commitButton(page).click();
  await expect(page.getByTestId('import-result')).toContainText('thêm 3');

  await page.goto(`/?q=${encodeURIComponent(rows[1]![2]!)}`);
  await page.getByRole('link', { name: new RegExp(rows[1]![1]!) }).click();
  await page.getByLabel('Trạng thái mới').selectOption({ label: 'Đã thông báo' });
  await page.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
  await expect(page.getByText('Đã cập nhật trạng thái.')).toBeVisible();

  await page.goto('/du-lieu');
  await page.getByRole('button', { name: 'Hoàn tác lần nhập này' }).click();
  const panel = page.getByTestId('undo-panel');
  await expect(panel).toContainText('1 tổ chức đã được sửa sau lần nhập');
  await expect(panel.getByRole('listitem')).toHaveText([rows[1]![1]!]);
  await shot(page, 'import-undo-panel');
  await panel.getByRole('button', { name: 'Hoàn tác, giữ các tổ chức đã sửa' }).click();
  await expect(page.getByText('Đã hoàn tác lần nhập: 2 tổ chức. Giữ nguyên 1 tổ chức đã sửa sau đó.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('1 tổ chức', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(rows[1]![1]!) })).toBeVisible();
});
