import type { Page } from '@playwright/test';
import { generateDemoOrganisations } from '../../src/domain/demo-data';
import type { Organisation } from '../../src/domain/organisation';
import { expect, test, waitForServiceWorker } from './fixtures';
import { seedOrganisations } from './seed';

const SHOTS = process.env.SHOTS_DIR;

async function storedCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('eid-field-kit');
        req.onsuccess = () => {
          const all = req.result.transaction('orgChunks').objectStore('orgChunks').getAll();
          all.onsuccess = () => {
            req.result.close();
            resolve((all.result as { records: { deletedAt: number | null }[] }[]).flatMap((c) => c.records).filter((r) => r.deletedAt === null).length);
          };
          all.onerror = () => reject(all.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

async function seeded(page: Page, orgs: Organisation[]): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổ chức' })).toBeVisible();
  await seedOrganisations(page, orgs);
  await page.reload();
}

const search = (page: Page) => page.getByLabel('Tìm theo tên, mã số thuế, địa chỉ, người đại diện');
const rows = (page: Page) => page.getByRole('list', { name: 'Tổ chức' }).getByRole('listitem');

test('offline: an invalid tax code names the field and saves nothing; corrected, it saves and survives a reload; search finds it', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();

  await page.getByRole('link', { name: 'Thêm tổ chức' }).click();
  await page.getByLabel('Tên tổ chức').fill('Công ty TNHH Phước Lộc');
  await page.getByLabel('Loại hình').selectOption({ label: 'Doanh nghiệp' });
  await page.getByLabel('Tìm xã, phường, đặc khu khác').fill('ba dinh');
  await page.getByRole('option', { name: /Phường Ba Đình/ }).click();
  await page.getByLabel('Mã số thuế').fill('0100233480');
  await page.getByLabel('Số điện thoại (di động hoặc cố định)').fill('0912 345 678');
  await page.getByLabel('Họ tên người đại diện').fill('Nguyễn Văn Đức');

  await expect(page.locator('#taxCode-error')).toHaveText(/sai chữ số kiểm tra/);
  await expect(page.getByRole('status').filter({ hasText: 'Còn 1 ô cần sửa' })).toContainText('Mã số thuế: Mã số thuế sai chữ số kiểm tra');
  const save = page.getByRole('button', { name: 'Lưu tổ chức' });
  await expect(save).toBeDisabled();
  await page.getByLabel('Mã số thuế').press('Enter');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/form-errors.png`, fullPage: true });
  expect(await storedCount(page)).toBe(0);

  await page.getByLabel('Mã số thuế').fill('0100233488');
  await expect(save).toBeEnabled();
  await save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Công ty TNHH Phước Lộc' })).toBeVisible();
  await expect(page.getByText('0912 345 678').first()).toBeVisible();
  expect(await storedCount(page)).toBe(1);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Công ty TNHH Phước Lộc' })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/detail.png`, fullPage: true });

  await page.goto('/');
  await search(page).fill('cong ty phuoc loc');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Công ty TNHH Phước Lộc');
  await expect(rows(page).first().locator('mark').first()).toHaveText('Công');
  await search(page).fill('0100233');
  await expect(rows(page).first()).toContainText('0100233488');
  await search(page).fill('khong co dau');
  await expect(rows(page)).toHaveCount(0);
});

test('filters and search live in the URL, and Back steps through them', async ({ page }) => {
  await seeded(page, generateDemoOrganisations({ seed: 3, count: 300, now: Date.now() }));
  await expect(page.getByText('300 tổ chức', { exact: true })).toBeVisible();
  await page.getByText('Bộ lọc và sắp xếp').click();

  await page.getByLabel('Trạng thái').selectOption('problem');
  await expect(page).toHaveURL(/tt=problem/);
  const problemCount = await rows(page).count();
  expect(problemCount).toBeGreaterThan(0);
  await expect(rows(page).first()).toContainText('Vướng mắc');

  await page.getByLabel('Loại hình').selectOption('enterprise');
  await expect(page).toHaveURL(/loai=enterprise/);
  for (const text of await rows(page).allTextContents()) expect(text).toContain('Vướng mắc');

  await page.goBack();
  await expect(page).not.toHaveURL(/loai=/);
  await expect(page).toHaveURL(/tt=problem/);
  await expect(page.getByLabel('Loại hình')).toHaveValue('');
  await page.goBack();
  await expect(page).not.toHaveURL(/tt=/);
  await expect(page.getByText('300 tổ chức', { exact: true })).toBeVisible();

  // The option labels carry counts: "Vướng mắc (N)" equals the rows that filter gives.
  const label = await page.getByLabel('Trạng thái').locator('option[value="problem"]').textContent();
  const shown = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
  await page.getByLabel('Trạng thái').selectOption('problem');
  await expect(page.getByText(`${shown} / 300 tổ chức`)).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/list-filtered.png` });
  await search(page).fill('hoa binh');
  await expect(rows(page).first().locator('mark').first()).toHaveText('Hoà');
  await page.getByText('Bộ lọc (1 đang bật)').click();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/list-search.png` });
});

test('delete, then undo, restores the organisation', async ({ page }) => {
  const [org] = generateDemoOrganisations({ seed: 5, count: 1, now: Date.now() });
  await seeded(page, [{ ...org!, demo: false, name: 'Hợp tác xã Hoà Bình' }]);
  await page.getByRole('link', { name: /Hợp tác xã Hoà Bình/ }).click();
  await page.getByRole('button', { name: 'Xóa tổ chức' }).click();
  await expect(page.getByText('Đã xóa “Hợp tác xã Hoà Bình”.')).toBeVisible();
  expect(await storedCount(page)).toBe(0);
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(rows(page)).toHaveCount(1);
  await page.reload();
  await expect(rows(page).first()).toContainText('Hợp tác xã Hoà Bình');
});

test('demo data: one tap loads it with a banner, one tap removes it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page.getByText(/Đang có 300 tổ chức MẪU/)).toBeVisible();
  await expect(rows(page).first().getByText('Mẫu', { exact: true })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/list-demo.png` });
  await page.getByRole('button', { name: 'Xóa dữ liệu mẫu' }).click();
  await expect(page.getByText('Đã xóa 300 tổ chức mẫu.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toBeVisible();
  expect(await storedCount(page)).toBe(0);
});

test('the list keeps fewer than 200 rows in the DOM while scrolling 20,000 organisations', async ({ page }) => {
  await seeded(page, generateDemoOrganisations({ seed: 9, count: 20_000, now: Date.now() }));
  await expect(page.getByText('20.000 tổ chức', { exact: true })).toBeVisible();
  expect(await page.locator('.vlist li').count()).toBeLessThan(200);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator('.vlist li[aria-posinset="20000"]')).toBeVisible();
  expect(await page.locator('.vlist li').count()).toBeLessThan(200);
});

test('a half-typed form survives a reload as a draft', async ({ page }) => {
  await page.goto('/to-chuc/moi');
  await page.getByLabel('Tên tổ chức').fill('Hội Nông dân Tân Phú');
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.getByLabel('Tên tổ chức')).toHaveValue('Hội Nông dân Tân Phú');
  await expect(page.getByText('Đã mở lại bản nháp chưa lưu.')).toBeVisible();
});
