import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { download, editOrg, fixture, importFile, readOrgs, type Stored, tmp } from './data-helpers';
import { expect, test } from './fixtures';

const fields = (o: Stored) => [o.taxCode, o.name, o.kind, o.address, o.communeCode, o.representativeName, o.representativePhone, o.notes];

test('export .xlsx → re-import on an empty phone gives identical records', async ({ page, browser }) => {
  await importFile(page, fixture('ds-merged-header.xlsx'));
  const before = await readOrgs(page);
  expect(before).toHaveLength(29);
  const xlsx = await download(page, 'Excel (.xlsx)', 0);
  const csv = await download(page, 'CSV', 0);
  expect([...readFileSync(csv).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

  for (const file of [xlsx, csv]) {
    const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const fresh = await other.newPage();
    await importFile(fresh, file);
    const after = await readOrgs(fresh);
    const key = (a: Stored, b: Stored) => a.name.localeCompare(b.name);
    expect(after.sort(key).map(fields)).toEqual(before.sort(key).map(fields));
    await other.close();
  }
});

test('backup → wipe → restore is exact; bad backups are refused whole', async ({ page, browser }) => {
  await importFile(page, fixture('ds-utf8-bom.csv'));
  await page.goto('/du-lieu');
  await expect(page.getByTestId('backup-reminder')).toBeVisible();
  const backup = await download(page, 'Tải tệp sao lưu');
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  const original = await readOrgs(page);

  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const fresh = await other.newPage();
  await fresh.goto('/du-lieu');
  const json = JSON.parse(gunzipSync(readFileSync(backup)).toString('utf8'));
  const bad: [string, unknown, RegExp][] = [
    ['newer.json', { ...json, version: 2 }, /phiên bản ứng dụng mới hơn/],
    ['invalid.json', { ...json, organisations: json.organisations.map((o: Stored, i: number) => (i === 4 ? { ...o, status: 'xyz' } : o)) }, /tổ chức thứ 5 \(“.+”, mã .+\), trường “Trạng thái”/],
    ['other-app.json', { format: 'some-other-app', items: [] }, /không phải bản sao lưu của Sổ tay/],
  ];
  for (const [name, content, message] of bad) {
    const path = join(tmp, name);
    writeFileSync(path, JSON.stringify(content));
    await fresh.getByTestId('backup-file').setInputFiles(path);
    await expect(fresh.getByTestId('backup-message')).toHaveText(message);
  }
  await fresh.getByTestId('backup-file').setInputFiles(fixture('ds-utf8-bom.csv'));
  await expect(fresh.getByTestId('backup-message')).toHaveText(/không phải bản sao lưu/);
  expect(await readOrgs(fresh)).toEqual([]);

  await fresh.getByTestId('backup-file').setInputFiles(backup);
  await fresh.getByRole('button', { name: 'Thay thế toàn bộ dữ liệu trên máy' }).click();
  await expect(fresh.getByTestId('backup-message')).toHaveText('Đã khôi phục dữ liệu từ tệp.');
  expect(await readOrgs(fresh)).toEqual(original);
  await other.close();
});

test('two phones edit the same organisation: merge shows the conflict, the chosen value wins, merging twice changes nothing', async ({ page, browser }) => {
  await importFile(page, fixture('ds-cp1258-semicolon.csv'));
  const shared = await download(page, 'Tải tệp sao lưu');
  const phoneB = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const b = await phoneB.newPage();
  await b.goto('/du-lieu');
  await b.getByTestId('backup-file').setInputFiles(shared);
  await b.getByRole('button', { name: 'Thay thế toàn bộ dữ liệu trên máy' }).click();
  await expect(b.getByTestId('backup-message')).toHaveText('Đã khôi phục dữ liệu từ tệp.');

  const target = (await readOrgs(page))[0]!.taxCode;
  const now = Date.now();
  await editOrg(page, { taxCode: target }, { representativePhone: '+84911111111', updatedAt: now, updatedBy: 'A' });
  await editOrg(b, { taxCode: target }, { representativePhone: '+84922222222', notes: 'B đã gọi', updatedAt: now + 1000, updatedBy: 'B' });
  await page.goto('/du-lieu');
  const fromA = await download(page, 'Tải tệp sao lưu');

  await b.goto('/du-lieu');
  await b.getByTestId('backup-file').setInputFiles(fromA);
  await b.getByRole('button', { name: 'Gộp vào dữ liệu trên máy' }).click();
  const conflict = b.getByTestId('conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict.getByRole('row', { name: /Điện thoại/ })).toContainText('+84922222222');
  await expect(conflict.getByRole('row', { name: /Điện thoại/ })).toContainText('+84911111111');
  await expect(conflict.getByRole('row', { name: /Ghi chú/ })).toContainText('B đã gọi');
  await conflict.getByLabel('Lấy bản trong tệp').check();
  await b.getByRole('button', { name: 'Gộp', exact: true }).click();
  await expect(b.getByTestId('backup-message')).toHaveText('Đã gộp dữ liệu.');
  const merged = await readOrgs(b);
  expect(merged.find((o) => o.taxCode === target)).toMatchObject({ representativePhone: '+84911111111', notes: '' });

  await b.getByTestId('backup-file').setInputFiles(fromA);
  await b.getByRole('button', { name: 'Gộp vào dữ liệu trên máy' }).click();
  await expect(b.getByTestId('merge-review')).toContainText('Tệp không có gì mới');
  expect(await readOrgs(b)).toEqual(merged);
  await phoneB.close();
});
