import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { csvLine } from '../../scripts/fixture-rows.mjs';
import { readOrgs } from './data-helpers';
import { expect, test } from './fixtures';
import { shot } from './shots';

const units = JSON.parse(readFileSync(new URL('../../src/generated/admin-units.json', import.meta.url), 'utf8')) as {
  communes: [code: string, name: string, province: string][];
};
const communeName = (code: unknown) => units.communes.find((c) => c[0] === code)?.[1] ?? '';
const commitButton = (page: Page) => page.getByRole('button', { name: /^Nhập .* dòng vào sổ$/ });

/** Imports a CSV on a fresh profile with nothing in Settings, and waits for the preview. */
async function previewCsv(page: Page, name: string, rows: string[][]) {
  await page.goto('/du-lieu');
  const body = rows.map((r) => csvLine(r)).join('\r\n');
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${body}\r\n`) });
  await expect(commitButton(page)).toBeEnabled({ timeout: 30_000 });
}

async function commit(page: Page) {
  await commitButton(page).click();
  await expect(page.getByTestId('import-result')).toContainText('Đã nhập');
}

/** Commune name (or the kept list text) per organisation name, as stored. */
async function storedCommunes(page: Page): Promise<Record<string, string>> {
  const orgs = await readOrgs(page);
  return Object.fromEntries(orgs.map((o) => [o.name, o.communeCode ? communeName(o.communeCode) : `(trống) ${o.listedCommune ?? ''}`]));
}

test('a Huế list of 2025 names gets its communes right once the province is inferred', async ({ page }) => {
  await previewCsv(page, 'hue-2025.csv', [
    ['Tên doanh nghiệp', 'Địa chỉ', 'Xã/Phường'],
    ['Công ty Sông Hương', '1 Lê Lợi, phường Thuận Hóa, thành phố Huế', 'Phường Thuận Hoá'],
    ['Công ty Thuận An', '2 Hùng Vương, thành phố Huế', 'Phường Thuận An'],
    ['HTX Phú Vinh', 'thôn 1, xã Phú Vinh, thành phố Huế', 'Xã Phú Vinh'],
    ['Công ty Hương Trà', 'thành phố Huế', 'Phường Hương Trà'],
    ['Công ty Phú Lộc', 'TP. Huế', 'Xã Phú Lộc'],
    ['Công ty Phú Xuân', 'thành phố Huế', 'Phường Phú Xuân'],
  ]);
  await expect(page.getByTestId('import-province')).toHaveValue('46');
  await expect(page.getByText('Ứng dụng đoán từ tên xã, phường và địa chỉ trong tệp.')).toBeVisible();
  await expect(page.getByTestId('commune-groups')).toHaveCount(0);
  await commit(page);
  expect(await storedCommunes(page)).toEqual({
    'Công ty Sông Hương': 'Phường Thuận Hóa',
    'Công ty Thuận An': 'Phường Thuận An',
    'HTX Phú Vinh': 'Xã Phú Vinh',
    'Công ty Hương Trà': 'Phường Hương Trà',
    'Công ty Phú Lộc': 'Xã Phú Lộc',
    'Công ty Phú Xuân': 'Phường Phú Xuân',
  });
});

test('a list with old wards and a district column gets the new communes from the official table; unmatched text is kept', async ({ page }) => {
  await previewCsv(page, 'hue-cu.csv', [
    ['Tên doanh nghiệp', 'Phường/Xã', 'Quận/Huyện'],
    // Phú Vinh of A Lưới is now A Lưới 3, though a new Xã Phú Vinh exists elsewhere in Huế.
    ['HTX A Lưới', 'Xã Phú Vinh', 'Huyện A Lưới'],
    ['Công ty Thuận Hòa', 'Phường Thuận Hoà', 'Quận Phú Xuân'],
    ['Công ty Vĩnh Ninh', 'P. Vĩnh Ninh', 'Q. Thuận Hóa'],
    ['Công ty Lạ', 'Phường Không Có', 'Quận Thuận Hóa'],
  ]);
  await expect(page.getByTestId('import-province')).toHaveValue('46');
  const groups = page.getByTestId('commune-groups').locator('.commune-groups > li');
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toContainText('“Phường Không Có” (Quận Thuận Hóa)');
  await expect(groups.first()).toContainText('Không khớp');
  await commit(page);
  expect(await storedCommunes(page)).toEqual({
    'HTX A Lưới': 'Xã A Lưới 3',
    'Công ty Thuận Hòa': 'Phường Phú Xuân',
    'Công ty Vĩnh Ninh': 'Phường Thuận Hóa',
    'Công ty Lạ': '(trống) Phường Không Có',
  });
  await page.goto(`/?q=${encodeURIComponent('Công ty Lạ')}`);
  await page.getByRole('link', { name: /Công ty Lạ/ }).click();
  await expect(page.getByText('Phường Không Có')).toBeVisible();
});

test('an old ward split between two new communes is asked once for all its rows', async ({ page }) => {
  await previewCsv(page, 'ha-noi-cu.csv', [
    ['Tên doanh nghiệp', 'Địa chỉ', 'Phường/Xã', 'Quận/Huyện'],
    ['Công ty Dịch Vọng 1', '1 Xuân Thủy, Hà Nội', 'Phường Dịch Vọng', 'Quận Cầu Giấy'],
    ['Công ty Dịch Vọng 2', '2 Xuân Thủy, Hà Nội', 'Phường Dịch Vọng', 'Quận Cầu Giấy'],
    ['Công ty Láng', '3 Láng, Hà Nội', 'Phường Láng Thượng', 'Quận Đống Đa'],
  ]);
  await expect(page.getByTestId('import-province')).toHaveValue('01');
  const group = page.getByTestId('commune-groups').locator('.commune-groups > li').first();
  await expect(group).toContainText('“Phường Dịch Vọng” (Quận Cầu Giấy) · 2 dòng');
  await expect(group).toContainText('Cần chọn: có nhiều nơi phù hợp');
  const select = group.getByLabel('Xã, phường, đặc khu cho nhóm này');
  await expect(select.locator('option')).toHaveText(['Để trống — giữ chữ gốc', 'Phường Cầu Giấy', 'Phường Nghĩa Đô']);
  await group.scrollIntoViewIfNeeded();
  await shot(page, 'import-commune-groups');
  await select.selectOption({ label: 'Phường Nghĩa Đô' });
  await expect(commitButton(page)).toBeEnabled();
  await expect(page.getByTestId('commune-groups').getByLabel('Xã, phường, đặc khu cho nhóm này')).toHaveValue(/\d{5}/);
  await commit(page);
  expect(await storedCommunes(page)).toEqual({
    'Công ty Dịch Vọng 1': 'Phường Nghĩa Đô',
    'Công ty Dịch Vọng 2': 'Phường Nghĩa Đô',
    'Công ty Láng': 'Phường Láng',
  });
});
