import type { Page } from '@playwright/test';
import { withSearchText } from '../../src/domain/organisation-search-text';
import { newVisitDraft } from '../../src/domain/visit-draft';
import { makeOrg } from '../unit/storage/org-fixture';
import { readOrgs } from './data-helpers';
import { expect, test } from './fixtures';

test.describe('database upgrades and versions', () => {
  test('another tab upgrading the schema is not blocked, and this tab saves and asks to reload', async ({ page, context }) => {
    await page.goto('/cai-dat');
    await expect(page.getByLabel('Họ và tên của tôi')).toBeVisible();

    const other = await context.newPage();
    await other.goto('/them');
    await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
    // A newer build opening the same database with a higher version.
    const outcome = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const current = indexedDB.open('eid-field-kit');
          current.onsuccess = () => {
            const version = current.result.version;
            current.result.close();
            const req = indexedDB.open('eid-field-kit', version + 10);
            req.onblocked = () => resolve('blocked');
            req.onsuccess = () => {
              req.result.close();
              resolve('upgraded');
            };
            req.onerror = () => resolve(`error ${req.error?.name}`);
          };
        }),
    );
    expect(outcome).toBe('upgraded');
    await expect(page.getByText('Một cửa sổ (tab) khác của ứng dụng vừa nâng cấp dữ liệu.')).toBeVisible();
  });

  test('data written by a newer app version makes this one read-only with a message', async ({ page }) => {
    await page.goto('/cai-dat');
    await expect(page.getByLabel('Họ và tên của tôi')).toBeVisible();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('eid-field-kit');
          req.onsuccess = () => {
            const tx = req.result.transaction('meta', 'readwrite');
            tx.objectStore('meta').put({ key: 'dataVersion', value: 99 });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await expect(page.getByText('Dữ liệu trên máy thuộc phiên bản ứng dụng mới hơn.')).toBeVisible();
    await page.getByLabel('Họ và tên của tôi').fill('Trần Văn An');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect(page.getByText('Không lưu được: ứng dụng đang ở chế độ chỉ xem.')).toBeVisible();
  });
});

/**
 * A registry as builds of data version 1 left it (Dexie versions 1 and 2: native
 * version 20), written with raw IndexedDB from a page of the origin that does not
 * run the app, so the app's first open is the upgrade.
 */
async function createVersion1Database(page: Page, chunks: unknown[], visits: unknown[], drafts: unknown[]): Promise<void> {
  await page.evaluate(
    ([chunks, visits, drafts]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('eid-field-kit', 20);
        req.onupgradeneeded = () => {
          const db = req.result;
          for (const [name, keyPath] of [
            ['orgChunks', 'id'], ['visits', 'id'], ['communes', 'code'], ['documents', 'id'], ['imports', 'id'], ['importUndo', ['batchId', 'seq']],
            ['settings', 'key'], ['drafts', 'key'], ['meta', 'key'], ['summaries', 'code'], ['outbox', 'key'], ['syncRevs', 'id'], ['reviews', 'id'], ['refusedDocs', 'id'],
          ] as [string, string | string[]][]) {
            const store = db.createObjectStore(name, { keyPath });
            if (name === 'visits') store.createIndex('orgId', 'orgId');
          }
          const tx = req.transaction!;
          for (const c of chunks) tx.objectStore('orgChunks').put(c);
          for (const v of visits) tx.objectStore('visits').put(v);
          for (const d of drafts) tx.objectStore('drafts').put(d);
          tx.objectStore('meta').put({ key: 'dataVersion', value: 1 });
        };
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
    [chunks, visits, drafts] as const,
  );
}

test('a version-1 registry moves to tax-code ids on the first open; old links, visits and drafts follow', async ({ page }) => {
  const at = Date.UTC(2026, 9, 20, 3);
  const moved = makeOrg({ id: 'old-uuid-1', name: 'Công ty TNHH Phước Lộc', taxCode: '0100233488', createdAt: at, updatedAt: at });
  const kept = makeOrg({ id: 'old-uuid-2', name: 'Trạm Y tế Ngọc Hà', taxCode: '', kind: 'public_unit', createdAt: at, updatedAt: at });
  const visit = { id: 'v1', orgId: 'old-uuid-1', at, by: 'Trần Văn Minh', guideSlugs: [], stepsDone: [], problems: [], outcomeStatus: '', note: '', followUpDate: null, demo: false };
  const draft = { key: 'visit:old-uuid-1', value: { ...newVisitDraft('old-uuid-1', [], at) }, savedAt: at };
  await page.goto('/huong-dan/');
  await createVersion1Database(page, [{ id: 1, records: [moved, kept].map(withSearchText) }], [visit], [draft]);

  // An old link (a bookmark, a printed list) opens the record under its new id, with its visit.
  await page.goto('/to-chuc/old-uuid-1');
  await expect(page).toHaveURL(/\/to-chuc\/mst-0100233488$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Công ty TNHH Phước Lộc');
  await expect(page.getByText('Trần Văn Minh')).toBeVisible();

  const stored = await readOrgs(page);
  expect(stored.map((o) => [o.id, o.mergedInto ?? null, o.deletedAt === null]).sort()).toEqual([
    ['mst-0100233488', null, true],
    ['old-uuid-1', 'mst-0100233488', false],
    ['old-uuid-2', null, true],
  ]);
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'tổ chức' })).toHaveText('2 tổ chức');
  // The unfinished visit is offered under the new id.
  await page.goto('/hen');
  await expect(page.getByRole('link', { name: /Phước Lộc/ }).first()).toHaveAttribute('href', /mst-0100233488/);
  const version = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const req = indexedDB.open('eid-field-kit');
        req.onsuccess = () => {
          const get = req.result.transaction('meta').objectStore('meta').get('dataVersion');
          get.onsuccess = () => {
            req.result.close();
            resolve(get.result?.value);
          };
        };
      }),
  );
  expect(version).toBe(2);
});
