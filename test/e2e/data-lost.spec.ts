import { download, fixture, importFile, readOrgs } from './data-helpers';
import { expect, test } from './fixtures';

test('the database deleted under the open app is noticed after a reload, said with the count, and answered by restoring a backup', async ({ page, baseURL }) => {
  await importFile(page, fixture('ds-utf8-bom.csv'));
  const before = await readOrgs(page);
  const backup = await download(page, 'Tải tệp sao lưu');

  // What eviction or a partial "clear site data" does: the database goes, the page stays open.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL!).origin, storageTypes: 'indexeddb' });
  const lost = page.getByTestId('data-lost');
  await expect(lost).toContainText(`Dữ liệu trên máy này đã bị xóa`);

  await page.goto('/');
  await expect(lost).toContainText(`Trước đó máy có ${before.length} tổ chức`);
  await expect(lost).toContainText('Sao lưu gần nhất:');
  await expect(page.getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Khôi phục từ tệp sao lưu' }).click();
  await page.getByTestId('backup-file').setInputFiles(backup);
  await page.getByRole('button', { name: 'Thay thế toàn bộ dữ liệu trên máy' }).click();
  await expect(page.getByTestId('backup-message')).toHaveText('Đã khôi phục dữ liệu từ tệp.');
  await expect(lost).toHaveCount(0);
  expect(await readOrgs(page)).toEqual(before);

  await page.reload();
  await expect(page.getByTestId('safety')).toContainText(`${before.length} tổ chức trên máy.`);
  await expect(lost).toHaveCount(0);
});

test('removing demo data is deliberate: the empty registry after it is not reported as lost', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await page.getByRole('button', { name: /^X(oá|óa) dữ liệu mẫu$/ }).click();
  await expect(page.getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toBeVisible();
  await expect(page.getByTestId('data-lost')).toHaveCount(0);
});
