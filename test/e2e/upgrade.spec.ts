import { expect, test } from './fixtures';

test.describe('database upgrades and versions', () => {
  test('another tab upgrading the schema is not blocked, and this tab saves and asks to reload', async ({ page, context }) => {
    await page.goto('/cai-dat');
    await expect(page.getByLabel('Họ và tên của tôi')).toBeVisible();

    const other = await context.newPage();
    await other.goto('/them');
    await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
    // A newer build opening the same database with a higher version.
    const outcome = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const current = indexedDB.open('eid-field-kit');
          current.onsuccess = () => {
            const version = current.result.version;
            current.result.close();
            const req = indexedDB.open('eid-field-kit', version + 10);
            req.onblocked = () => resolve('blocked');
            req.onsuccess = () => {
              req.result.close();
              resolve('upgraded');
            };
            req.onerror = () => resolve(`error ${req.error?.name}`);
          };
        }),
    );
    expect(outcome).toBe('upgraded');
    await expect(page.getByText('Một cửa sổ (tab) khác của ứng dụng vừa nâng cấp dữ liệu.')).toBeVisible();
  });

  test('data written by a newer app version makes this one read-only with a message', async ({ page }) => {
    await page.goto('/cai-dat');
    await expect(page.getByLabel('Họ và tên của tôi')).toBeVisible();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('eid-field-kit');
          req.onsuccess = () => {
            const tx = req.result.transaction('meta', 'readwrite');
            tx.objectStore('meta').put({ key: 'dataVersion', value: 99 });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await expect(page.getByText('Dữ liệu trên máy thuộc phiên bản ứng dụng mới hơn.')).toBeVisible();
    await page.getByLabel('Họ và tên của tôi').fill('Trần Văn An');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect(page.getByText('Không lưu được: ứng dụng đang ở chế độ chỉ xem.')).toBeVisible();
  });
});
