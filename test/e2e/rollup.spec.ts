import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { communeOrgs } from './progress-data';
import { seedOrganisations } from './seed';
import { shot } from './shots';

/**
 * Three communes of Thành phố Huế (province 46, 40 communes), each on its own phone:
 *   Phú Xuân 19753: enterprises 4 / 10, others 1 / 4 → needs 8 − 4 = 4 and 2 − 1 = 1: 5
 *   Kim Long 19774: enterprises 16 / 20, others 2 / 2 → 0
 *   Vỹ Dạ    19777: enterprises 0 / 5, no others     → needs 4
 * Total: enterprises 20 / 35 = 57,14%, others 3 / 6 = 50,00%, still needed 9.
 */
const COMMUNES: Record<string, { name: string; ent: [number, number]; oth: [number, number] }> = {
  '19753': { name: 'Phường Phú Xuân', ent: [4, 10], oth: [1, 4] },
  '19774': { name: 'Phường Kim Long', ent: [16, 20], oth: [2, 2] },
  '19777': { name: 'Phường Vỹ Dạ', ent: [0, 5], oth: [0, 0] },
};


/** A fresh profile holding one commune's records sends its summary: the downloaded file's name and text. */
async function sendSummary(browser: Browser, code: string): Promise<{ page: Page; name: string; text: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await seedOrganisations(page, communeOrgs(code, COMMUNES[code]!));
  await page.goto('/tien-do');
  await expect(page.locator(`.progress-table tbody tr[data-code="${code}"]`)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp tiến độ' }).click();
  const file = await download;
  await expect(page.getByTestId('send-outcome')).toContainText('Đã tạo tệp');
  return { page, name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

const asFile = (f: { name: string; text: string }) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) });

test('three communes send their summaries; the city adds them up, lists the missing, prints the same report, and hands a quota down', async ({ browser, page }) => {
  // Four browser profiles, each opening the app from scratch: about 25 s each on a loaded 2-core machine.
  test.setTimeout(240_000);
  const sent = [];
  for (const code of Object.keys(COMMUNES)) sent.push(await sendSummary(browser, code));
  // No personal data leaves the commune.
  for (const s of sent) expect(s.text).not.toMatch(/Nguyễn Văn An|0912345678|1000000000|Công ty/);

  // The fourth profile: the city officer.
  await page.goto('/cai-dat');
  await page.getByLabel('Họ và tên của tôi').fill('Lê Văn Bình');
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible();
  await page.goto('/tien-do/tinh');
  await page.getByTestId('summary-files').setInputFiles(sent.map(asFile));
  await expect(page.getByTestId('rollup-messages')).toContainText('Đã nhận số liệu của 3 xã, phường, đặc khu.');
  await expect(page.getByTestId('rollup-province')).toHaveText('Tỉnh, thành phố: Thành phố Huế');

  const rows = page.locator('.rollup-table tbody tr');
  // Furthest behind first: Vỹ Dạ (0 of 4 required), Phú Xuân (5 of 10), Kim Long (reached).
  await expect(rows.locator('th')).toHaveText(['Phường Vỹ Dạ', 'Phường Phú Xuân', 'Phường Kim Long']);
  const row = (code: string) => page.locator(`.rollup-table tbody tr[data-code="${code}"]`);
  await expect(row('19753').locator('[data-k="ent-count"]')).toHaveText('4 / 10');
  await expect(row('19753').locator('[data-k="ent-pct"]')).toHaveText('40,00%');
  await expect(row('19753').locator('[data-k="oth-pct"]')).toHaveText('25,00%');
  await expect(row('19753').locator('[data-k="needed"]')).toHaveText('5');
  await expect(row('19774').locator('[data-k="needed"]')).toHaveText('0');
  await expect(row('19774').locator('[data-k="projection"]')).toHaveText('Đã đạt');
  await expect(row('19777').locator('[data-k="needed"]')).toHaveText('4');
  await expect(row('19777').locator('[data-k="updated"]')).toContainText('hôm nay');
  await expect(row('19777').locator('[data-k="file"]')).toContainText(sent[2]!.name);
  const total = page.locator('.rollup-table tfoot tr');
  await expect(total.locator('[data-k="ent-count"]')).toHaveText('20 / 35');
  await expect(total.locator('[data-k="ent-pct"]')).toHaveText('57,14%');
  await expect(total.locator('[data-k="oth-count"]')).toHaveText('3 / 6');
  await expect(total.locator('[data-k="oth-pct"]')).toHaveText('50,00%');
  await expect(total.locator('[data-k="needed"]')).toHaveText('9');
  // 40 communes in Huế, 3 sent.
  await expect(page.getByTestId('missing-count')).toHaveText('Chưa gửi số liệu: 37 xã, phường, đặc khu');
  await expect(page.getByTestId('missing').locator('li[data-code="19789"]')).toHaveText('Phường Thuận Hóa');
  await expect(page.getByRole('img', { name: /Phường Phú Xuân: 40,00%, chỉ tiêu 80%/ })).toBeVisible();

  // Sorting by a column, then back.
  await page.getByRole('button', { name: 'Còn thiếu' }).click();
  await expect(rows.locator('th')).toHaveText(['Phường Phú Xuân', 'Phường Vỹ Dạ', 'Phường Kim Long']);
  await page.getByRole('button', { name: 'Chậm nhất trước' }).click();
  await expect(rows.locator('th').first()).toHaveText('Phường Vỹ Dạ');

  for (const [width, height] of [[390, 844], [1280, 800]] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => {
      document.querySelector('.table-scroll')!.scrollLeft = 0;
      window.scrollTo(0, 0);
    });
    await shot(page, `rollup-${width}`);
    await page.locator('#communes-h').evaluate((h) => h.scrollIntoView());
    await shot(page, `rollup-${width}-table`);
  }

  // The view survives a reload (summaries kept in IndexedDB).
  await page.reload();
  await expect(total.locator('[data-k="needed"]')).toHaveText('9');

  // The .xlsx: a row per commune and the total, the same numbers; the missing communes on their own sheet.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải báo cáo Excel (.xlsx)' }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await (await xlsxDownload).path())!);
  const sheet = wb.getWorksheet('Tiến độ')!;
  const cells = (r: number) => [1, 2, 3, 4, 6, 7, 8, 10].map((c) => sheet.getRow(r).getCell(c).value);
  expect([5, 6, 7, 8].map(cells)).toEqual([
    ['Phường Vỹ Dạ', 0, 5, 0, 0, 0, null, 4],
    ['Phường Phú Xuân', 4, 10, 40, 1, 4, 25, 5],
    ['Phường Kim Long', 16, 20, 80, 2, 2, 100, 0],
    ['Tổng cộng', 20, 35, 57.14, 3, 6, 50, 9],
  ]);
  expect(wb.getWorksheet('Chưa gửi số liệu')!.rowCount).toBe(1 + 37);

  // The A4 report: a row per commune, the same numbers.
  await page.getByRole('link', { name: 'Mở báo cáo toàn tỉnh để in (A4)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('TOÀN TỈNH');
  const report = page.locator('.progress-table');
  await expect(report.locator('tbody tr')).toHaveCount(3);
  await expect(report.locator('tbody tr[data-code="19753"] [data-k="needed"]')).toHaveText('5');
  await expect(report.locator('tfoot [data-k="ent-count"]')).toHaveText('20 / 35');
  await expect(report.locator('tfoot [data-k="ent-pct"]')).toHaveText('57,14%');
  await expect(report.locator('tfoot [data-k="oth-pct"]')).toHaveText('50,00%');
  await expect(report.locator('tfoot [data-k="needed"]')).toHaveText('9');
  await expect(page.getByTestId('missing-count')).toHaveText('Chưa gửi số liệu: 37 xã, phường, đặc khu');
  await page.getByRole('link', { name: 'Về trang tiến độ toàn tỉnh' }).click();

  // A quota handed down to Phú Xuân: 90% of its 10 enterprises.
  await page.getByLabel('Áp dụng cho').selectOption('19753');
  await page.getByLabel('Doanh nghiệp, HTX (%)').fill('90');
  await page.getByLabel('Hạn chót').fill('2030-06-30');
  await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(page.getByTestId('quota-outcome')).toContainText('Đã lưu chỉ tiêu cho 1 xã');
  // The city's own table already measures Phú Xuân against it: 9 − 4 + 1 = 6.
  await expect(row('19753').locator('[data-k="needed"]')).toHaveText('6');
  await expect(total.locator('[data-k="needed"]')).toHaveText('10');
  const quotaDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp chỉ tiêu để gửi về xã' }).click();
  const quota = await quotaDownload;
  const quotaFile = { name: quota.suggestedFilename(), text: readFileSync((await quota.path())!, 'utf8') };

  // Phú Xuân's phone opens it: its dashboard uses the new quota, says who set it.
  const commune = sent[0]!.page;
  const phuXuan = commune.locator('.progress-table tbody tr[data-code="19753"]');
  await expect(phuXuan.locator('[data-k="needed"]')).toHaveText('5');
  await commune.getByTestId('quota-file').setInputFiles(asFile(quotaFile));
  await expect(commune.getByTestId('send-outcome')).toContainText('Đã nhận chỉ tiêu do Lê Văn Bình giao ngày');
  await expect(commune.getByTestId('send-outcome')).toContainText('Phường Phú Xuân — doanh nghiệp, HTX 90%');
  await expect(phuXuan.locator('[data-k="needed"]')).toHaveText('6');
  await expect(phuXuan).toContainText('30/06/2030');
  await expect(commune.getByTestId('quota-set-by')).toContainText('Chỉ tiêu do Lê Văn Bình giao ngày');
  // A quota file for other communes changes nothing here.
  const other = sent[1]!.page;
  await other.getByTestId('quota-file').setInputFiles(asFile(quotaFile));
  await expect(other.getByTestId('send-outcome')).toContainText(`Tệp ${quotaFile.name} không có chỉ tiêu nào cho xã, phường của máy này`);
  for (const s of sent) await s.page.context().close();
});

test('bad summary files are refused by name and change nothing; the newest copy of a commune wins', async ({ browser, page }) => {
  test.setTimeout(90_000);
  const first = await sendSummary(browser, '19753');
  const summary = JSON.parse(first.text);
  const older = { name: 'phu-xuan-cu.json', text: JSON.stringify({ ...summary, computedAt: summary.computedAt - 86_400_000 }) };
  const newer = { name: 'phu-xuan-moi.json', text: JSON.stringify({ ...summary, computedAt: summary.computedAt + 60_000 }) };
  const haNoi = { name: 'ba-dinh.json', text: JSON.stringify({ ...summary, provinceCode: '01', communes: [{ ...summary.communes[0], code: '00004' }] }) };
  const future = { name: 'ban-moi.json', text: JSON.stringify({ ...summary, version: 2 }) };
  const notSummary = { name: 'danh-sach.csv', text: 'Tên,Mã số thuế\r\nCông ty A,0100233488\r\n' };
  await first.page.context().close();

  await page.goto('/tien-do/tinh');
  await page.getByTestId('summary-files').setInputFiles(asFile(first));
  const messages = page.getByTestId('rollup-messages');
  const needed = page.locator('.rollup-table tbody tr[data-code="19753"] [data-k="needed"]');
  await expect(needed).toHaveText('5');

  await page.getByTestId('summary-files').setInputFiles([haNoi, future, notSummary, older].map(asFile));
  await expect(messages).toContainText('Tệp ba-dinh.json là số liệu của Thành phố Hà Nội, khác với Thành phố Huế đang mở. Không có gì thay đổi.');
  await expect(messages).toContainText('Tệp ban-moi.json được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng rồi mở lại. Không có gì thay đổi.');
  await expect(messages).toContainText('Tệp danh-sach.csv không phải tệp tiến độ do xã, phường gửi lên. Không có gì thay đổi.');
  await expect(messages).toContainText(`Tệp phu-xuan-cu.json có số liệu của Phường Phú Xuân cũ hơn tệp ${first.name} đã mở: vẫn dùng tệp ${first.name}.`);
  await expect(page.locator('.rollup-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.rollup-table tbody tr[data-code="19753"] [data-k="file"]')).toContainText(first.name);

  await page.getByTestId('summary-files').setInputFiles(asFile(first));
  await expect(messages).toContainText(`Tệp ${first.name} trùng với tệp ${first.name} đã mở (Phường Phú Xuân): vẫn dùng tệp ${first.name}.`);

  await page.getByTestId('summary-files').setInputFiles(asFile(newer));
  await expect(messages).toContainText(`Phường Phú Xuân: dùng tệp phu-xuan-moi.json, mới hơn tệp ${first.name}.`);
  await expect(page.locator('.rollup-table tbody tr[data-code="19753"] [data-k="file"]')).toContainText('phu-xuan-moi.json');
  await expect(page.locator('.rollup-table tbody tr')).toHaveCount(1);
  await expect(needed).toHaveText('5');
});
