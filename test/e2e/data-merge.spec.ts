import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { download, fixture, importFile, readOrgs } from './data-helpers';
import { expect, test } from './fixtures';
import { shot } from './shots';

async function mergeFile(page: import('@playwright/test').Page, path: string) {
  await page.goto('/du-lieu');
  await page.getByTestId('backup-file').setInputFiles(path);
  await page.getByRole('button', { name: 'Gộp vào dữ liệu trên máy' }).click();
  await expect(page.getByTestId('merge-review')).toBeVisible();
}

test('two phones that each imported the same list hold the same ids; a file from a phone still on the old version joins under them', async ({ page, browser }) => {
  const phoneB = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const b = await phoneB.newPage();
  await importFile(page, fixture('ds-cp1258-semicolon.csv'));
  await importFile(b, fixture('ds-cp1258-semicolon.csv'));
  const idByTax = async (p: typeof page) => new Map((await readOrgs(p)).map((o) => [o.taxCode, o.id]));
  const [idsA, idsB] = [await idByTax(page), await idByTax(b)];
  expect([...idsA]).toEqual([...idsB]);
  for (const [taxCode, id] of idsA) expect(id).toBe(`mst-${taxCode}`);

  // B's file as a build of data version 1 wrote it: random ids.
  const oldId = (taxCode: string) => `0-old-${taxCode}`;
  const file = JSON.parse(gunzipSync(readFileSync(await download(b, 'Tải tệp sao lưu'))).toString('utf8'));
  file.dataVersion = 1;
  for (const o of file.organisations) o.id = oldId(o.taxCode);
  const fromOldB = join(tmpdir(), `old-b-${Date.now()}.json`);
  writeFileSync(fromOldB, JSON.stringify(file));
  await mergeFile(page, fromOldB);
  // The file's records join this phone's under its ids: nothing added, nothing to choose.
  await expect(page.getByTestId('merge-review')).toContainText('Gộp sẽ thêm 0 tổ chức, cập nhật 0');
  await expect(page.getByTestId('conflict')).toHaveCount(0);
  await page.getByTestId('merge-review').scrollIntoViewIfNeeded();
  await shot(page, 'merge-joined');
  await page.getByRole('button', { name: 'Gộp', exact: true }).click();
  await expect(page.getByTestId('backup-message')).toHaveText('Đã gộp dữ liệu.');

  const live = (await readOrgs(page)).filter((o) => o.deletedAt === null);
  expect(live.map((o) => o.id).sort()).toEqual([...idsA.values()].sort());
  await page.goto('/');
  await expect(page.getByText('25 tổ chức', { exact: true })).toBeVisible();
  // B's old id, as a link from B, opens the record it joined.
  const [taxCode, id] = [...idsA][0]!;
  await page.goto(`/to-chuc/${oldId(taxCode)}`);
  await expect(page).toHaveURL(new RegExp(`/to-chuc/${id}$`));
  await phoneB.close();
});
