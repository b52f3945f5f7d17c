import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { csvLine, HEADER } from '../../scripts/fixture-rows.mjs';
import { expect, test } from './fixtures';
import { demoOrganisations } from './progress-data';
import { seedOrganisations } from './seed';
import { shot } from './shots';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await seedOrganisations(page, demoOrganisations());
});

/** Cell texts of the commune table's total row, as the dashboard shows them. */
async function totalRow(page: import('@playwright/test').Page) {
  const row = page.locator('.progress-table tfoot tr');
  const cell = (k: string) => row.locator(`[data-k="${k}"]`).textContent();
  return { entCount: await cell('ent-count'), entPct: await cell('ent-pct'), othPct: await cell('oth-pct'), needed: await cell('needed') };
}

test('the dashboard counts by group and updates without reload when another tab changes a status', async ({ page, context }) => {
  await page.goto('/tien-do');
  await expect(page.getByTestId('rule')).toContainText('Hộ kinh doanh');
  const totals = page.locator('.progress-table tfoot tr');
  // Enterprises: 20 + 40 issued of 100 + 50 (ceased ones excluded) = 40,00%.
  await expect(totals.locator('[data-k="ent-count"]')).toHaveText('60 / 150');
  await expect(totals.locator('[data-k="ent-pct"]')).toHaveText('40,00%');
  await expect(totals.locator('[data-k="oth-pct"]')).toHaveText('50,00%');
  await expect(totals.locator('[data-k="household"]')).toHaveText('5');
  await expect(totals.locator('[data-k="na"]')).toHaveText('3');
  // Furthest behind first: Ba Đình (20%) before Ngọc Hà (80%).
  await expect(page.getByTestId('commune-table').locator('tbody tr th').first()).toContainText('Ba Đình');
  await expect(page.getByTestId('followups-count')).toHaveText('6');
  await expect(page.getByText('Thông tin thuế, đăng ký kinh doanh chưa khớp với CSDL quốc gia về dân cư: 3')).toBeVisible();
  // A reason's organisations are linked once its disclosure is opened.
  const problems = page.locator('section[aria-labelledby="problems-h"]');
  await problems.getByText('Thông tin thuế, đăng ký kinh doanh chưa khớp với CSDL quốc gia về dân cư: 3').click();
  await expect(problems.getByRole('link')).toHaveCount(3);

  // Another tab of the app records an account: the repository's chunk write plus its BroadcastChannel notice.
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('eid-field-kit');
        req.onsuccess = () => {
          const tx = req.result.transaction('orgChunks', 'readwrite');
          const store = tx.objectStore('orgChunks');
          const get = store.get(1);
          get.onsuccess = () => {
            const chunk = get.result;
            for (const r of chunk.records) {
              if (r.status === 'informed' && r.communeCode === '00004') {
                r.status = 'issued';
                r.statusHistory.push({ status: 'issued', at: Date.now(), by: 'Trần Thị Lan' });
                break;
              }
            }
            store.put(chunk);
          };
          tx.oncomplete = () => {
            new BroadcastChannel('eid-field-kit:orgs').postMessage({ chunks: [1], writer: 'another-tab', seq: 1 });
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await expect(totals.locator('[data-k="ent-count"]')).toHaveText('61 / 150');
  await expect(totals.locator('[data-k="ent-pct"]')).toHaveText('40,67%');
});

test('the printed A4 report shows the same numbers as the dashboard', async ({ page }) => {
  await page.goto('/tien-do');
  await expect(page.locator('.progress-table tfoot [data-k="ent-count"]')).toHaveText('60 / 150');
  const screen = await totalRow(page);
  const perDay = await page.getByTestId('overall-per-day').textContent();
  await page.getByRole('link', { name: 'Mở báo cáo để in (A4)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('BÁO CÁO TIẾN ĐỘ');
  await expect(page.getByTestId('commune-table').locator('tbody tr')).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'eid-report-'));
  const pdf = join(dir, 'report.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('BÁO CÁO TIẾN ĐỘ');
  // The percentage sits under its bar, so the total row spans a few text lines.
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('Tổng cộng'));
  const totalRowText = lines.slice(at - 2, at + 3).join('\n');
  for (const value of [screen.entCount, screen.entPct, screen.othPct, screen.needed]) expect(totalRowText).toContain(value);
  expect(text).toContain(perDay);
  expect(text).toContain('Phường Ba Đình');
  expect(text).toMatch(/Thông tin thuế, đăng ký kinh doanh chưa khớp với CSDL quốc gia về dân cư: 3/);
});

test('the .xlsx report opens and its totals match the dashboard', async ({ page }) => {
  await page.goto('/tien-do');
  await expect(page.locator('.progress-table tfoot [data-k="ent-count"]')).toHaveText('60 / 150');
  const screen = await totalRow(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải báo cáo Excel (.xlsx)' }).click();
  const file = await (await download).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('Tiến độ')!;
  let total: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === 'Tổng cộng') total = row;
  });
  expect(total).toBeDefined();
  const n = (c: number) => Number(total!.getCell(c).value);
  expect(`${n(2)} / ${n(3)}`).toBe(screen.entCount);
  expect(`${n(4).toLocaleString('vi-VN', { minimumFractionDigits: 2 })}%`).toBe(screen.entPct);
  expect(`${n(8).toLocaleString('vi-VN', { minimumFractionDigits: 2 })}%`).toBe(screen.othPct);
  expect(String(n(10))).toBe(screen.needed);
  expect(sheet.rowCount).toBe(4 + 2 + 1);
});

test('a commune quota edited on the dashboard applies at once and survives a reload', async ({ page }) => {
  await page.goto('/tien-do');
  const baDinh = page.locator('.progress-table tbody tr[data-code="00004"]');
  await expect(baDinh.locator('[data-k="needed"]')).toHaveText('60'); // 80% of 100 = 80, 20 issued
  await page.getByLabel('Xã, phường, đặc khu', { exact: true }).selectOption('00004');
  await page.getByLabel('Doanh nghiệp, HTX (%)').fill('150');
  await expect(page.locator('#tg-ent-error')).toHaveText('Nhập số từ 0 đến 100');
  await expect(page.getByRole('status').filter({ hasText: 'Còn 1 ô cần sửa trước khi lưu:' })).toContainText('Doanh nghiệp, HTX (%): Nhập số từ 0 đến 100');
  await expect(page.getByRole('button', { name: 'Lưu chỉ tiêu' })).toBeDisabled();
  await page.getByLabel('Doanh nghiệp, HTX (%)').fill('30');
  await page.getByLabel('Hạn chót').fill('2030-06-30');
  await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(page.getByText('Đã lưu chỉ tiêu.')).toBeVisible();
  await expect(baDinh.locator('[data-k="needed"]')).toHaveText('10'); // 30% of 100 = 30, 20 issued
  await expect(baDinh).toContainText('chỉ tiêu riêng');
  await expect(baDinh).toContainText('30/06/2030');
  await page.reload();
  await expect(page.locator('.progress-table tbody tr[data-code="00004"] [data-k="needed"]')).toHaveText('10');
});

test('an imported branch is not counted in the enterprise percentage, and the rule says so', async ({ page }) => {
  const rows = [
    ['1', 'Công ty TNHH Phước Lộc - Chi nhánh Hà Nội', '0100233488-001', '1 Kim Mã', 'Phường Ba Đình', 'Lê Văn A', '0912000001', 'Doanh nghiệp'],
    ['2', 'Văn phòng đại diện Công ty Cổ phần An Bình', '', '2 Kim Mã', 'Phường Ba Đình', 'Lê Văn B', '0912000002', ''],
  ];
  await page.goto('/du-lieu');
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'chi-nhanh.csv', mimeType: 'text/csv', buffer: Buffer.from(`${[HEADER, ...rows].map((r) => csvLine(r)).join('\r\n')}\r\n`) });
  await page.getByRole('button', { name: /^Nhập .* dòng vào sổ$/ }).click();
  await expect(page.getByTestId('import-result')).toContainText('thêm 2');
  await page.goto('/tien-do');
  await expect(page.getByTestId('rule')).toContainText('chi nhánh');
  const totals = page.locator('.progress-table tfoot tr');
  await expect(totals.locator('[data-k="ent-count"]')).toHaveText('60 / 150');
  await expect(totals.locator('[data-k="ent-pct"]')).toHaveText('40,00%');
  await expect(totals.locator('[data-k="branch"]')).toHaveText('2');
  await expect(page.getByTestId('overall-deadline')).toHaveText('Chưa đặt hạn chót');
  await shot(page, 'progress-branch');
});
