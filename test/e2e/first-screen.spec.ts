import type { Page } from '@playwright/test';
import { generateDemoOrganisations } from '../../src/domain/demo-data';
import { sortOrganisations } from '../../src/domain/registry-sort';
import { editOrg } from './data-helpers';
import { expect, test } from './fixtures';
import { seedOrganisations } from './seed';

const COUNT = 3_000;
// Demo names repeat; the record under test has a name of its own that sorts first.
const orgs = generateDemoOrganisations({ seed: 16, count: COUNT, now: Date.now() }).map((o, i) => ({ ...o, demo: false, ...(i === 7 ? { name: 'An Khang Khởi Đầu' } : {}) }));
const first = sortOrganisations(orgs, 'name')[0]!;
const rows = (page: Page) => page.getByRole('list', { name: 'Tổ chức' }).getByRole('listitem');
const loadedLine = (page: Page) => page.getByText(`${COUNT.toLocaleString('vi-VN')} tổ chức`, { exact: true });

/** Opens the app with the records stored and waits until the list has settled and its snapshot is written. */
async function seededOnce(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổ chức' })).toBeVisible();
  await seedOrganisations(page, orgs);
  await page.reload();
  await expect(loadedLine(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('eid-field-kit:first-screen')?.includes('"rows"') ?? false)).toBe(true);
}

/**
 * Holds a read-write transaction on the chunk table from another tab, so this
 * origin's reads of the records wait: the app is caught "before the registry is
 * in memory" for as long as the test needs. Resolves the release function.
 */
async function holdChunks(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const req = indexedDB.open('eid-field-kit');
        req.onsuccess = () => {
          const store = req.result.transaction('orgChunks', 'readwrite').objectStore('orgChunks');
          const w = window as unknown as { held: boolean };
          w.held = true;
          // Keeps the transaction alive with one request after another until released.
          const spin = () => {
            if (w.held) store.count().onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
  );
  return () =>
    page.evaluate(() => {
      (window as unknown as { held: boolean }).held = false;
    });
}

test('the first paint needs no script: header, the registry frame and the navigation are in index.html', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổ chức' })).toBeVisible();
  await expect(page.getByLabel('Tìm theo tên, mã số thuế, địa chỉ, người đại diện')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  await expect(page.getByText('Bộ lọc và sắp xếp')).toBeVisible();
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/first-paint-no-js.png` });
  await context.close();
});

test('the snapshot rows show while the records load, then the full list, with an edit made elsewhere and no layout shift', async ({ page, context }) => {
  await seededOnce(page);
  // Another tab (or phone, merged) renames the first record after the snapshot was written.
  await editOrg(page, { id: first.id }, { name: `${first.name} (đã sửa)` });
  const release = await holdChunks(page);

  const tab = await context.newPage();
  await tab.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto('/');
  // Rows from the snapshot while the records cannot be read yet.
  await expect(rows(tab).first()).toContainText(first.name);
  await expect(tab.getByRole('status').filter({ hasText: 'Đang đọc dữ liệu' })).toBeVisible();
  if (process.env.SHOTS_DIR) await tab.screenshot({ path: `${process.env.SHOTS_DIR}/first-screen-snapshot.png` });

  await release();
  await expect(loadedLine(tab)).toBeVisible();
  const names = () => tab.locator('.org-row__name').allTextContents();
  await expect.poll(names).toContain(`${first.name} (đã sửa)`);
  expect(await names()).not.toContain(first.name);
  expect(await tab.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
});
