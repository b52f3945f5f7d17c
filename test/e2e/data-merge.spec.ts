import { download, fixture, importFile, readOrgs } from './data-helpers';
import { expect, test } from './fixtures';
import { shot } from './shots';

async function mergeFile(page: import('@playwright/test').Page, path: string) {
  await page.goto('/du-lieu');
  await page.getByTestId('backup-file').setInputFiles(path);
  await page.getByRole('button', { name: 'Gộp vào dữ liệu trên máy' }).click();
  await expect(page.getByTestId('merge-review')).toBeVisible();
}

test('two phones that each imported the same list end with the same organisations under the same ids, whichever merges first', async ({ page, browser }) => {
  const phoneB = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const b = await phoneB.newPage();
  await importFile(page, fixture('ds-cp1258-semicolon.csv'));
  await importFile(b, fixture('ds-cp1258-semicolon.csv'));
  const idByTax = async (p: typeof page) => new Map((await readOrgs(p)).map((o) => [o.taxCode, o.id]));
  const [idsA, idsB] = [await idByTax(page), await idByTax(b)];
  expect([...idsA.values()].filter((id) => [...idsB.values()].includes(id))).toEqual([]);

  const fromA = await download(page, 'Tải tệp sao lưu');
  const fromB = await download(b, 'Tải tệp sao lưu');
  await mergeFile(b, fromA);
  await expect(b.getByTestId('merge-review')).toContainText('trùng mã số thuế với tổ chức trong tệp sẽ được nhập làm một');
  // Same values on both phones: nothing to choose.
  await expect(b.getByTestId('conflict')).toHaveCount(0);
  await b.getByTestId('merge-review').scrollIntoViewIfNeeded();
  await shot(b, 'merge-joined');
  await b.getByRole('button', { name: 'Gộp', exact: true }).click();
  await expect(b.getByTestId('backup-message')).toHaveText('Đã gộp dữ liệu.');
  await mergeFile(page, fromB);
  await page.getByRole('button', { name: 'Gộp', exact: true }).click();
  await expect(page.getByTestId('backup-message')).toHaveText('Đã gộp dữ liệu.');

  const live = async (p: typeof page) => (await readOrgs(p)).filter((o) => o.deletedAt === null);
  const [onA, onB] = [await live(page), await live(b)];
  expect(onA).toHaveLength(25);
  expect(onA.map((o) => o.id)).toEqual(onB.map((o) => o.id));
  expect(new Set(onA.map((o) => o.taxCode)).size).toBe(25);
  // Each organisation keeps the smaller of the two ids it had.
  for (const o of onA) expect(o.id).toBe([idsA.get(o.taxCode)!, idsB.get(o.taxCode)!].sort()[0]);
  await page.goto('/');
  await expect(page.getByText('25 tổ chức', { exact: true })).toBeVisible();
  // A's old link to an organisation whose id gave way opens the surviving record.
  const gaveWay = onA.find((o) => o.id !== idsA.get(o.taxCode))!;
  await page.goto(`/to-chuc/${idsA.get(gaveWay.taxCode)}`);
  await expect(page).toHaveURL(new RegExp(`/to-chuc/${gaveWay.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: gaveWay.name })).toBeVisible();
  await phoneB.close();
});
