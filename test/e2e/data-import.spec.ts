import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { csvLine, HEADER, makeRow } from '../../scripts/fixture-rows.mjs';
import { COMMIT_SLICE } from '../../src/features/data/import/import-commit';
import { importFile, readOrgs } from './data-helpers';
import { expect, test, waitForServiceWorker } from './fixtures';
import { shot } from './shots';

const fixtures = new URL('../fixtures/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', fixtures), 'utf8')) as {
  files: Record<string, { total: number; importable: number; errors: number; warnings: number }>;
};
const fixturePath = (name: string) => new URL(name, fixtures).pathname;
const SHOTS = process.env.SHOTS_DIR;

/**
 * Organisations in the registry list, once every chunk is loaded (the count grows while loading)
 * and the list is sorted (after a bulk change the line says so instead of a count).
 */
async function registryCount(page: Page): Promise<number> {
  await page.goto('/');
  const shown = page.locator('.registry__count');
  const empty = page.getByText('Sổ chưa có tổ chức nào.');
  await expect(shown.or(empty)).toBeVisible();
  await expect(page.getByText(/Đang đọc dữ liệu|Đang sắp xếp lại/)).toHaveCount(0, { timeout: 30_000 });
  if (await empty.isVisible()) return 0;
  return Number((await shown.textContent())!.replace(/\D/g, ''));
}

/** Undo the one import listed, through the confirmation panel. */
async function undoImport(page: Page) {
  await page.getByRole('button', { name: 'Hoàn tác lần nhập này' }).click();
  await page.getByTestId('undo-panel').getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(page.getByText(/^Đã hoàn tác lần nhập/)).toBeVisible();
}

function count(page: Page, key: string) {
  return page.locator(`[data-count="${key}"] dd`);
}

test('offline: each fixture previews the right counts and the committed registry matches', async ({ page, context }) => {
  await page.goto('/du-lieu');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  let committed = 0;
  for (const [name, want] of Object.entries(expected.files)) {
    await page.goto('/du-lieu');
    await page.getByTestId('import-file').setInputFiles(fixturePath(name));
    await expect(count(page, 'total')).toHaveText(String(want.total));
    await expect(count(page, 'importable')).toHaveText(String(want.importable));
    await expect(count(page, 'rejected')).toHaveText(String(want.errors));
    await expect(count(page, 'warnings')).toHaveText(String(want.warnings));
    const duplicates = Number(await count(page, 'duplicates').textContent());
    const unchanged = Number(await count(page, 'unchanged').textContent());
    await page.getByRole('button', { name: /^Nhập .* dòng vào sổ$/ }).click();
    await expect(page.getByTestId('import-result')).toContainText(`thêm ${want.importable - duplicates}, cập nhật ${duplicates - unchanged}`);
    committed += want.importable - duplicates;
  }
  expect(await registryCount(page)).toBe(committed);
  await page.goto('/du-lieu');
  await expect(page.getByTestId('import-history').locator('li')).toHaveCount(Object.keys(expected.files).length);
});

test('bad files are refused with a Vietnamese message and nothing is written', async ({ page }) => {
  const cases: [string, RegExp][] = [
    ['empty.csv', /Tệp trống/],
    ['random.xlsx', /không phải bảng tính \.xlsx hợp lệ/],
    ['truncated.xlsx', /không phải bảng tính \.xlsx hợp lệ/],
    ['zip-bomb.xlsx', /giải nén lớn bất thường/],
    ['legacy-tcvn3.csv', /bảng mã cũ \(TCVN3 hoặc VNI\)/],
    ['legacy-vni.csv', /bảng mã cũ \(TCVN3 hoặc VNI\)/],
    ['no-header.csv', /Không nhận ra dòng tiêu đề/],
    ['missing-name.csv', /Thiếu cột bắt buộc/],
    ['libreoffice-ds.xls', /^Tệp “libreoffice-ds\.xls” là định dạng Excel 97–2003 \(\.xls\).*Lưu thành….*Excel Workbook \(\.xlsx\)/],
  ];
  await page.goto('/du-lieu');
  for (const [name, message] of cases) {
    await page.getByTestId('import-file').setInputFiles(fixturePath(name));
    await expect(page.getByTestId('import-error')).toHaveText(message);
    if (name === 'missing-name.csv') await page.getByRole('button', { name: 'Hủy' }).click();
  }
  const big = join(mkdtempSync(join(tmpdir(), 'eid-big-')), 'lon.csv');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
  await page.getByTestId('import-file').setInputFiles(big);
  await expect(page.getByTestId('import-error')).toHaveText(/Tệp quá lớn \(50 MB\)/);
  // Still responsive: the page answers and nothing was written.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  await expect(page.getByTestId('import-history')).toHaveCount(0);
  expect(await registryCount(page)).toBe(0);
});

test('a list saved by LibreOffice imports with its codes as text; the same list saved as .xls is answered with how to re-save it', async ({ page }) => {
  await importFile(page, fixturePath('libreoffice-ds.xlsx'));
  const stored = await readOrgs(page);
  expect(stored.map((o) => [o.taxCode, o.name]).sort()).toEqual([
    ['', 'Hộ kinh doanh Bùi Thị Ánh'],
    ['0100112437', 'Công ty TNHH Phước Lộc'],
    ['0100112437-001', 'Chi nhánh Công ty TNHH Phước Lộc'],
    ['0101234565', 'Hợp tác xã Thủy Tiên'],
  ]);
  await page.getByTestId('import-file').setInputFiles(fixturePath('libreoffice-ds.xls'));
  await expect(page.getByTestId('import-error')).toContainText('Tệp “libreoffice-ds.xls” là định dạng Excel 97–2003 (.xls)');
  await expect(page.getByTestId('import-error')).toContainText('Mở tệp bằng Excel, WPS hoặc LibreOffice, chọn Tệp → Lưu thành…');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-xls.png`, fullPage: true });
  expect(await readOrgs(page)).toHaveLength(4);
});

test('a crash in the middle of an import leaves whole chunks only, and the batch can be undone', async ({ baseURL }) => {
  // A persistent profile: whatever the crash takes down, the same IndexedDB is reopened afterwards.
  const profile = mkdtempSync(join(tmpdir(), 'eid-crash-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, baseURL, viewport: { width: 390, height: 844 } });
  try {
    const rows = Array.from({ length: 60_000 }, (_, i) => csvLine(makeRow(i)));
    const csv = Buffer.from(`${csvLine(HEADER)}\r\n${rows.join('\r\n')}\r\n`);
    let context = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/du-lieu');
    await page.getByTestId('import-file').setInputFiles({ name: 'lon-60k.csv', mimeType: 'text/csv', buffer: csv });
    await expect(count(page, 'importable')).toHaveText('60.000', { timeout: 30_000 });
    await page.getByRole('button', { name: /^Nhập .* dòng vào sổ$/ }).click();
    await expect(page.getByTestId('import-progress')).toHaveText(/Đang lưu [1-9][\d.]* \//, { timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    await context.close().catch(() => undefined);

    context = await launch();
    const fresh = context.pages()[0] ?? (await context.newPage());
    await fresh.goto('/du-lieu');
    const batch = fresh.getByTestId('import-history').locator('li');
    await expect(batch).toHaveAttribute('data-state', 'interrupted');
    const chunks = Number((await batch.textContent())!.match(/\((\d+) phần đã lưu\)/)![1]);
    expect(chunks).toBeGreaterThan(0);
    expect(chunks).toBeLessThan(24);
    expect(await registryCount(fresh)).toBe(chunks * COMMIT_SLICE);

    await fresh.goto('/du-lieu');
    await undoImport(fresh);
    expect(await registryCount(fresh)).toBe(0);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('Cancel during the commit keeps whole chunks, says so, and the batch can be undone', async ({ page }) => {
  const rows = Array.from({ length: 40_000 }, (_, i) => csvLine(makeRow(i)));
  await page.goto('/du-lieu');
  await page.getByTestId('import-file').setInputFiles({ name: 'huy.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csvLine(HEADER)}\r\n${rows.join('\r\n')}\r\n`) });
  await page.getByRole('button', { name: /^Nhập .* dòng vào sổ$/ }).click();
  await expect(page.getByTestId('import-progress')).toHaveText(/Đang lưu [1-9][\d.]* \//, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByTestId('import-result')).toContainText('Đã hủy giữa chừng');
  const added = Number((await page.getByTestId('import-result').textContent())!.match(/thêm ([\d.]+)/)![1]!.replace(/\./g, ''));
  expect(added % COMMIT_SLICE).toBe(0);
  expect(added).toBeLessThan(40_000);
  await expect(page.getByTestId('import-history').locator('li')).toHaveAttribute('data-state', 'cancelled');
  expect(await registryCount(page)).toBe(added);
  await page.goto('/du-lieu');
  await undoImport(page);
  expect(await registryCount(page)).toBe(0);
});

test('a wrong tax-code check digit is flagged at its row; imported, it opens in the form with the problem shown and still saves', async ({ page }) => {
  const rows = [
    ['1', 'Công ty TNHH Đúng Mã', '0100233488', '1 Kim Mã', 'Phường Ngọc Hà', 'Lê Văn A', '0912000001', 'Công ty'],
    ['2', 'Công ty TNHH Sai Số Kiểm Tra', '0100233480', '2 Kim Mã', 'Phường Ngọc Hà', 'Lê Văn B', '024 3123 4567', 'Công ty'],
  ];
  await page.goto('/du-lieu');
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'sai-ma.csv', mimeType: 'text/csv', buffer: Buffer.from(`${[HEADER, ...rows].map((r) => csvLine(r)).join('\r\n')}\r\n`) });
  await expect(count(page, 'importable')).toHaveText('2');
  const issues = page.getByTestId('import-issues').locator('li');
  await expect(issues).toHaveCount(1);
  await expect(issues.first()).toContainText('Mã số thuế: Dòng 3');
  await expect(issues.first()).toContainText('chữ số kiểm tra');
  await issues.first().scrollIntoViewIfNeeded();
  await shot(page, 'import-check-digit');
  await page.getByRole('button', { name: /^Nhập .* dòng vào sổ$/ }).click();
  await expect(page.getByTestId('import-result')).toContainText('Đã nhập');

  await page.goto('/?q=sai so kiem tra');
  await page.getByRole('link', { name: /Sai Số Kiểm Tra/ }).click();
  await page.getByRole('link', { name: 'Sửa thông tin' }).click();
  await expect(page.locator('#taxCode')).toHaveValue('0100233480');
  await expect(page.getByText(/sai chữ số kiểm tra/).first()).toBeVisible();
  await expect(page.locator('#taxCodeKeep')).not.toHaveValue('');
  await expect(page.getByRole('button', { name: 'Lưu tổ chức' })).toBeEnabled();
  await page.locator('#taxCode').scrollIntoViewIfNeeded();
  await shot(page, 'form-kept-tax-code');
});
