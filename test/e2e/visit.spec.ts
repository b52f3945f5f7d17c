import type { Page } from '@playwright/test';
import { toIsoDate } from '../../src/domain/dates';
import { makeOrg } from '../unit/storage/org-fixture';
import { expect, test, waitForServiceWorker } from './fixtures';
import { seedOrganisations } from './seed';
import { shot } from './shots';

const org = makeOrg({ id: 'org-visit-1', name: 'Công ty TNHH Sao Mai', kind: 'enterprise', status: 'informed' });

/** What IndexedDB holds for the organisation and its visits. */
function readStored(page: Page, orgId: string) {
  return page.evaluate(
    (id) =>
      new Promise<{ status: string; followUpDate: string | null; visits: { outcomeStatus: string; stepsDone: string[]; followUpDate: string | null }[]; drafts: string[] }>(
        (resolve, reject) => {
          const req = indexedDB.open('eid-field-kit');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction(['orgChunks', 'visits', 'drafts'], 'readonly');
            const chunks = tx.objectStore('orgChunks').getAll();
            const visits = tx.objectStore('visits').getAll();
            const drafts = tx.objectStore('drafts').getAllKeys();
            tx.oncomplete = () => {
              const rec = chunks.result.flatMap((c: { records: { id: string; status: string; followUpDate: string | null }[] }) => c.records).find((r: { id: string }) => r.id === id);
              req.result.close();
              resolve({
                status: rec?.status ?? 'missing',
                followUpDate: rec?.followUpDate ?? null,
                visits: visits.result.filter((v: { orgId: string }) => v.orgId === id),
                drafts: drafts.result as string[],
              });
            };
          };
        },
      ),
    orgId,
  );
}

async function openAppWithOrg(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForServiceWorker(page);
  await seedOrganisations(page, [org]);
}

async function tickCurrentStep(page: Page): Promise<void> {
  await page.getByLabel('Đã xong bước này').check();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu nháp trên máy' })).toBeVisible();
}

test('an offline visit resumes after a reload and records status, visit and follow-up', async ({ page, context, watch }) => {
  await openAppWithOrg(page);
  await context.setOffline(true);
  await page.goto(`/to-chuc/${org.id}/tham`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Làm việc với Công ty TNHH Sao Mai');

  // Stage 1: suggested from kind + status.
  await expect(page.getByRole('checkbox', { name: /Đăng ký tài khoản định danh điện tử của tổ chức/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Đăng ký tài khoản VNeID mức 2/ })).toBeChecked();
  await shot(page, 'wizard-1-chon-huong-dan');
  await page.getByRole('button', { name: 'Tiếp' }).click();

  // Stage 2: tick two steps, stop on the third.
  await expect(page.getByRole('heading', { name: /^Bước 1\/\d+:/ })).toBeVisible();
  await tickCurrentStep(page);
  await page.getByRole('button', { name: 'Tiếp' }).click();
  await tickCurrentStep(page);
  await page.getByRole('button', { name: 'Tiếp' }).click();
  await expect(page.getByRole('heading', { name: /^Bước 3\/\d+:/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu nháp trên máy' })).toBeVisible();
  await shot(page, 'wizard-2-cac-buoc');

  await page.reload();
  await expect(page.getByText(/Đang tiếp tục lần làm việc dở dang/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Bước 3\/\d+:/ })).toBeVisible();
  await expect(page.getByText('Đã xong 2/', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await expect(page.getByLabel('Đã xong bước này')).toBeChecked();

  // Stage 3: a known problem and a written one.
  await page.getByRole('button', { name: /Vướng mắc/ }).click();
  await page.getByRole('checkbox', { name: /Tổ chức có nhiều người đại diện theo pháp luật/ }).check();
  await page.getByLabel('Ghi vướng mắc khác').fill('Giám đốc đi công tác đến thứ Sáu');
  await page.getByRole('button', { name: 'Thêm' }).click();
  await expect(page.getByRole('checkbox', { name: 'Giám đốc đi công tác đến thứ Sáu' })).toBeChecked();
  await shot(page, 'wizard-3-vuong-mac');
  await page.getByRole('button', { name: 'Tiếp' }).click();

  // Stage 4: outcome.
  const followUp = toIsoDate(new Date(Date.now() + 3 * 86_400_000));
  await page.getByLabel('Trạng thái mới').selectOption({ label: 'Đã nộp hồ sơ' });
  await page.getByLabel('Ghi chú').fill('Đã gửi yêu cầu trên VNeID');
  await page.getByLabel('Hẹn làm việc tiếp vào ngày').fill(followUp);
  await shot(page, 'wizard-4-ket-qua');
  await page.getByRole('button', { name: 'Lưu lần làm việc' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đã lưu lần làm việc.');
  await expect(page.getByText('Trạng thái: Đã nộp hồ sơ.')).toBeVisible();
  await shot(page, 'wizard-5-da-luu');

  const stored = await readStored(page, org.id);
  expect(stored.status).toBe('submitted');
  expect(stored.followUpDate).toBe(followUp);
  expect(stored.visits).toHaveLength(1);
  expect(stored.visits[0]).toMatchObject({ outcomeStatus: 'submitted', followUpDate: followUp });
  expect(stored.visits[0]!.stepsDone).toHaveLength(2);
  expect(stored.drafts).not.toContain(`visit:${org.id}`);

  // Follow-ups due: not today, but on the chosen day, linking to the organisation.
  await page.goto('/hen');
  await expect(page.getByRole('link', { name: /Công ty TNHH Sao Mai/ })).toHaveCount(0);
  await page.goto(`/hen?ngay=${followUp}`);
  const link = page.getByRole('link', { name: /Công ty TNHH Sao Mai/ });
  await expect(link).toHaveAttribute('href', `/to-chuc/${org.id}`);
  await expect(link).toContainText('Đã nộp hồ sơ');
  await shot(page, 'follow-ups');
  expect(watch.pageErrors).toEqual([]);
});

test('a half-done visit can be discarded and starts over', async ({ page }) => {
  await openAppWithOrg(page);
  await page.goto(`/to-chuc/${org.id}/tham`);
  await page.getByRole('button', { name: 'Tiếp' }).click();
  await tickCurrentStep(page);
  await page.goto('/hen');
  await expect(page.getByRole('link', { name: /Công ty TNHH Sao Mai/ })).toHaveAttribute('href', `/to-chuc/${org.id}/tham`);
  await page.getByRole('link', { name: /Công ty TNHH Sao Mai/ }).click();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Bỏ bản nháp, làm lại' }).click();
  await expect(page.getByRole('heading', { name: /Chọn hướng dẫn/ })).toBeVisible();
  await expect(page.getByText(/Đang tiếp tục/)).toHaveCount(0);
  expect((await readStored(page, org.id)).drafts).toEqual([]);
});
