import type { Page } from '@playwright/test';
import { fixture, importFile } from './data-helpers';
import { expect, test } from './fixtures';

// As in data-quota.spec.ts: the quota override holds only if set before the origin stores anything.
test.use({ serviceWorkers: 'block' });

const QUOTA = 3 * 1024 * 1024;

/** Fills what is left of the quota with incompressible values in another database of the origin, to the last few bytes. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('filler');
      req.onupgradeneeded = () => req.result.createObjectStore('f');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const put = (key: number, size: number) =>
      new Promise<boolean>((resolve) => {
        const value = new Uint8Array(size);
        for (let i = 0; i < size; i += 65_536) crypto.getRandomValues(value.subarray(i, Math.min(size, i + 65_536)));
        const tx = db.transaction('f', 'readwrite');
        tx.objectStore('f').put(value, key);
        tx.oncomplete = () => resolve(true);
        tx.onabort = () => resolve(false);
      });
    let key = 0;
    for (let size = 256 * 1024; size >= 16; ) if (!(await put(key++, size))) size = Math.floor(size / 2);
    db.close();
  });
}

async function startWithQuota(page: Page, baseURL: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL).origin, quotaSize: QUOTA });
}

test('with the storage full, the backup still downloads and says the time was not recorded; writes say the disk is full in Vietnamese', async ({ page, baseURL }) => {
  await startWithQuota(page, baseURL!);
  await importFile(page, fixture('ds-utf8-bom.csv'));
  await fillStorage(page);
  await page.reload();
  await expect(page.getByTestId('last-backup')).toHaveText('Chưa sao lưu lần nào.');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp sao lưu' }).click();
  expect((await download).suggestedFilename()).toMatch(/^sao-luu-so-dinh-danh-.*\.json\.gz$/);
  await expect(page.getByTestId('backup-message')).toHaveText(/^Đã tạo tệp sao lưu, nhưng bộ nhớ của trình duyệt đã đầy nên chưa ghi được thời điểm sao lưu/);

  // An import that cannot even record its start says why in Vietnamese, not “QuotaExceededError”.
  await page.getByTestId('import-file').setInputFiles(fixture('ds-cp1258-semicolon.csv'));
  await page.getByRole('button', { name: /^Nhập .* dòng vào sổ$/ }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('Bộ nhớ của trình duyệt đã đầy');
  await expect(result).not.toContainText(/Quota|AbortError|Error/);

  await page.goto('/cai-dat');
  await fillStorage(page); // whatever room the failed import's transactions gave back
  await page.getByLabel('Họ và tên của tôi').fill('Trần Văn An');
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByText('Bộ nhớ của trình duyệt đã đầy')).toBeVisible();
});

test('with the storage full, “Dùng dữ liệu mẫu” on an empty registry says why nothing was added', async ({ page, baseURL }) => {
  await startWithQuota(page, baseURL!);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toBeVisible();
  await fillStorage(page);
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page.getByRole('alert')).toContainText('Bộ nhớ của trình duyệt đã đầy');
});
