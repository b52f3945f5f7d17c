import { csvLine, HEADER, makeRow } from '../../scripts/fixture-rows.mjs';
import { COMMIT_SLICE } from '../../src/features/data/import/import-commit';
import { expect, test } from './fixtures';

// Chromium applies a quota override reliably only when set before the origin first stores anything,
// so no service worker (its precache would use the room) and the override comes before the first visit.
test.use({ serviceWorkers: 'block' });

test('a full disk during an import stops at a chunk boundary with a clear message; the registry stays consistent and undoable', async ({ page, baseURL }) => {
  const cdp = await page.context().newCDPSession(page);
  // Room for a few chunks of the import (each with its undo rows), not for all of it: 4 MB held all twelve
  // once ids came from tax codes (shorter than random ids), 2 MB sometimes none.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 3 * 1024 * 1024 });
  await page.goto('/du-lieu');

  const rows = Array.from({ length: 30_000 }, (_, i) => csvLine(makeRow(i)));
  await page.getByTestId('import-file').setInputFiles({ name: 'day.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csvLine(HEADER)}\r\n${rows.join('\r\n')}\r\n`) });
  await page.getByRole('button', { name: /^Nhập .* dòng vào sổ$/ }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('Nhập bị lỗi giữa chừng', { timeout: 30_000 });
  await expect(result).toContainText('Bộ nhớ của trình duyệt đã đầy');

  const batch = page.getByTestId('import-history').locator(':scope > li');
  await expect(batch).toHaveAttribute('data-state', 'failed');
  const line = (await batch.textContent())!;
  const added = Number(line.match(/thêm ([\d.]+)/)![1]!.replace(/\./g, ''));
  const chunks = Number(line.match(/\((\d+) phần đã lưu\)/)![1]);
  expect(chunks).toBeGreaterThan(0);
  expect(chunks).toBeLessThan(12);
  expect(added).toBe(chunks * COMMIT_SLICE);
  // What the registry holds after a reload is exactly the committed chunks.
  await page.goto('/');
  await expect(page.getByText(/Đang đọc dữ liệu/)).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText(`${added.toLocaleString('vi-VN')} tổ chức`, { exact: true })).toBeVisible();

  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin });
  await page.goto('/du-lieu');
  await page.getByRole('button', { name: 'Hoàn tác lần nhập này' }).click();
  await page.getByTestId('undo-panel').getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(page.getByText(`Đã hoàn tác lần nhập: ${added.toLocaleString('vi-VN')} tổ chức.`)).toBeVisible();
});
