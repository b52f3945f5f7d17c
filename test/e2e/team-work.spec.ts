import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { makeOrg } from '../unit/storage/org-fixture';
import { download, readOrgs } from './data-helpers';
import { expect, test } from './fixtures';
import { seedOrganisations } from './seed';
import { shot } from './shots';

const ME = 'Nguyễn Thị Lan';
const orgs = [
  makeOrg({ id: 'o1', name: 'Công ty TNHH Phước Lộc', taxCode: '0100233488', kind: 'enterprise', status: 'informed' }),
  makeOrg({ id: 'o2', name: 'Hợp tác xã Hoà Bình', taxCode: '0101243150', kind: 'cooperative', status: 'issued' }),
  makeOrg({ id: 'o3', name: 'Hợp tác xã Tân Tiến', taxCode: '0102721620', kind: 'cooperative', status: 'problem', problemReason: 'data_mismatch' }),
  makeOrg({ id: 'o4', name: 'Trạm Y tế Ngọc Hà', taxCode: '', kind: 'public_unit', representativeName: '', representativePhone: '' }),
];

async function openWith(page: Page, userName: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/cai-dat');
  await seedOrganisations(page, orgs);
  if (userName) {
    await page.getByLabel('Họ và tên của tôi').fill(userName);
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible();
  }
}

const assigneeOf = async (page: Page, id: string) => (await readOrgs(page)).find((o) => o.id === id)?.assignee;

test('“Của tôi” without a user name says where to set it', async ({ page }) => {
  await openWith(page, '');
  await page.goto('/?toi=1');
  await expect(page.getByTestId('mine-no-name')).toHaveText('Để dùng bộ lọc “Của tôi”, hãy nhập tên của bạn trong Cài đặt.');
  await expect(page.getByRole('checkbox', { name: 'Của tôi' })).toBeDisabled();
  await expect(page.getByRole('status').filter({ hasText: 'tổ chức' })).toHaveText('4 tổ chức');
});

test('assign one organisation from its page', async ({ page }) => {
  await openWith(page, ME);
  await page.goto('/to-chuc/o1');
  await expect(page.getByTestId('assignee')).toHaveText('Chưa giao cho ai');
  await page.getByLabel('Tên thành viên (chọn hoặc gõ tên mới)').fill('Trần Văn Minh');
  await page.getByRole('button', { name: 'Giao việc', exact: true }).click();
  await expect(page.getByTestId('assignee')).toHaveText('Đang giao cho: Trần Văn Minh');
  await expect(page.getByTestId('assign-outcome')).toHaveText('Đã giao cho Trần Văn Minh.');
  expect(await assigneeOf(page, 'o1')).toBe('Trần Văn Minh');
  // The names offered: this phone's user and every name already used.
  await expect(page.locator('#assign-name-list option')).toHaveCount(2);
  await shot(page, 'team-assign-one');
});

test('assign a filtered list at once after a confirmation, then “Của tôi” and the counts per member', async ({ page }) => {
  await openWith(page, ME);
  await seedOrganisations(page, [{ ...orgs[0]!, assignee: 'Trần Văn Minh' }, ...orgs.slice(1)]);
  // Every cooperative of the filtered list, with the count in the confirmation.
  await page.goto('/?loai=cooperative');
  await page.getByRole('button', { name: 'Giao việc cả danh sách này (2 tổ chức)' }).click();
  await page.getByLabel('Tên thành viên (chọn hoặc gõ tên mới)').fill(ME);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(`Giao 2 tổ chức trong danh sách đang lọc cho “${ME}”?`);
  await shot(page, 'team-assign-many');
  await page.getByRole('button', { name: 'Giao 2 tổ chức' }).click();
  await expect(page.getByTestId('bulk-outcome')).toHaveText(`Đã giao 2 tổ chức cho ${ME}.`);
  expect(await assigneeOf(page, 'o2')).toBe(ME);
  expect(await assigneeOf(page, 'o3')).toBe(ME);
  expect(await assigneeOf(page, 'o4')).toBeUndefined();

  // "Của tôi" lives in the URL, like the other filters.
  await page.goto('/');
  await page.getByRole('checkbox', { name: 'Của tôi (2)' }).check();
  await expect(page).toHaveURL(/[?&]toi=1/);
  await expect(page.getByRole('status').filter({ hasText: 'tổ chức' })).toHaveText('2 / 4 tổ chức');
  await expect(page.getByRole('link', { name: /Hợp tác xã Hoà Bình/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Phước Lộc/ })).toHaveCount(0);
  await shot(page, 'team-mine');
  await page.goBack();
  await expect(page.getByRole('status').filter({ hasText: 'tổ chức' })).toHaveText('4 tổ chức');

  await page.goto('/tien-do');
  const table = page.getByTestId('member-table');
  const cell = (member: string, k: string) => table.locator(`tr[data-member="${member}"] [data-k="${k}"]`);
  await expect(cell(ME, 'assigned')).toHaveText('2');
  await expect(cell(ME, 'assigned-issued')).toHaveText('1');
  await expect(cell(ME, 'assigned-problem')).toHaveText('1');
  await expect(cell('Trần Văn Minh', 'assigned')).toHaveText('1');
  await expect(cell('Trần Văn Minh', 'assigned-issued')).toHaveText('0');
  await expect(page.getByTestId('unassigned')).toHaveText('1 tổ chức chưa giao cho ai.');
  await expect(table.getByRole('columnheader', { name: 'Được giao', exact: true })).toBeVisible();
  await page.getByRole('heading', { name: 'Theo thành viên' }).scrollIntoViewIfNeeded();
  await shot(page, 'team-members');
});

test('the change history says who changed what and when, after an edit, a status change and an assignment', async ({ page }) => {
  await openWith(page, ME);
  await page.goto('/to-chuc/o1/sua');
  await page.getByLabel('Ghi chú').fill('Hẹn gặp kế toán');
  await page.getByRole('button', { name: 'Lưu tổ chức' }).click();
  await expect(page).toHaveURL(/\/to-chuc\/o1$/);
  await page.getByLabel('Trạng thái mới').selectOption({ label: 'Đã hướng dẫn' });
  await page.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
  await expect(page.getByText('Đã cập nhật trạng thái.')).toBeVisible();
  await page.getByLabel('Tên thành viên (chọn hoặc gõ tên mới)').fill(ME);
  await page.getByRole('button', { name: 'Giao việc', exact: true }).click();

  const items = page.getByTestId('change-history').getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(`${ME}: Sửa: Người phụ trách`);
  await expect(items.nth(1)).toContainText(`${ME}: Trạng thái: Đã thông báo → Đã hướng dẫn`);
  await expect(items.nth(2)).toContainText(`${ME}: Sửa: Ghi chú`);
  await expect(items.nth(2)).toContainText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} — /);
  await page.getByRole('heading', { name: 'Lịch sử thay đổi' }).scrollIntoViewIfNeeded();
  await shot(page, 'team-history');
});

test('“Xóa dữ liệu cá nhân” removes the person from the record, its visits and drafts; a backup afterwards holds none of it', async ({ page }) => {
  const person = makeOrg({
    id: 'p1',
    name: 'Hộ kinh doanh Tạp hóa Bình An',
    kind: 'household',
    taxCode: '001085012345',
    representativeName: 'Lê Văn An',
    representativePhone: '+84987654321',
    consent: { given: true, recordedBy: ME, at: 1 },
    notes: 'Chủ hộ Lê Văn An, gọi 0987 654 321 buổi sáng',
  });
  await openWith(page, ME);
  await seedOrganisations(page, [...orgs, person]);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('eid-field-kit');
        req.onsuccess = () => {
          const tx = req.result.transaction(['visits', 'drafts'], 'readwrite');
          tx.objectStore('visits').put({
            id: 'v1', orgId: 'p1', at: 1, by: 'Nguyễn Thị Lan', guideSlugs: [], stepsDone: [], problems: ['Số 0987654321 không nghe máy'],
            outcomeStatus: 'informed', note: 'Đã gặp Lê Văn An', followUpDate: null, demo: false,
          });
          tx.objectStore('drafts').put({ key: 'org:p1', value: { values: { representativeName: 'Lê Văn An' } }, savedAt: 1 });
          tx.objectStore('drafts').put({ key: 'visit:p1', value: { note: 'Lê Văn An' }, savedAt: 1 });
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.goto('/to-chuc/p1');
  await page.getByRole('button', { name: 'Xóa dữ liệu cá nhân' }).click();
  await expect(page.getByRole('alertdialog')).toHaveText(/Xóa hẳn dữ liệu cá nhân của người đại diện\? Không thể hoàn tác\./);
  await page.getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(page.getByTestId('erase-outcome')).toHaveText('Đã xóa dữ liệu cá nhân của người đại diện.');
  await expect(page.getByTestId('erasure-marker')).toContainText(`bởi ${ME}`);
  await expect(page.getByRole('button', { name: 'Xóa dữ liệu cá nhân' })).toHaveCount(0);
  await expect(page.getByTestId('change-history')).toContainText(`${ME}: Xóa dữ liệu cá nhân của người đại diện`);

  const stored = (await readOrgs(page)).find((o) => o.id === 'p1')!;
  expect(stored).toMatchObject({ representativeName: '', representativePhone: '', consent: null, taxCode: '', notes: 'Chủ hộ …, gọi … buổi sáng' });
  expect(stored.erasure).toMatchObject({ by: ME });
  const rest = await page.evaluate(
    () =>
      new Promise<{ visits: unknown[]; drafts: string[] }>((resolve) => {
        const req = indexedDB.open('eid-field-kit');
        req.onsuccess = () => {
          const tx = req.result.transaction(['visits', 'drafts']);
          const visits = tx.objectStore('visits').getAll();
          const drafts = tx.objectStore('drafts').getAllKeys();
          tx.oncomplete = () => {
            req.result.close();
            resolve({ visits: visits.result, drafts: drafts.result as string[] });
          };
        };
      }),
  );
  expect(rest.visits).toEqual([expect.objectContaining({ note: 'Đã gặp …', problems: ['Số … không nghe máy'] })]);
  expect(rest.drafts.filter((k) => k.endsWith(':p1'))).toEqual([]);

  await page.goto('/du-lieu');
  const backup = readFileSync(await download(page, 'Tải tệp sao lưu'));
  const file = JSON.parse(gunzipSync(backup).toString('utf8'));
  const inFile = file.organisations.find((o: { id: string }) => o.id === 'p1');
  expect(JSON.stringify([inFile, file.visits])).not.toMatch(/Lê Văn An|987654321|001085012345/);
  expect(inFile).toMatchObject({ representativeName: '', representativePhone: '', consent: null, erasure: { by: ME } });
});
