import type { Browser, BrowserContext, Page } from '@playwright/test';
import { readOrgs } from './data-helpers';
import { expect, test } from './fixtures';
import { SyncServer } from './sync-server';

/** One phone of a team: a browser context of its own, on the app's origin served with `--sync`. */
export interface Phone {
  context: BrowserContext;
  page: Page;
  /** Every URL requested that is not the app's origin (must stay empty). */
  foreign: string[];
  /** The origin of every request the profile made (pages, workers, the service worker), to be compared with the allowed ones. */
  origins: Set<string>;
}

export async function phone(browser: Browser, server: SyncServer): Promise<Phone> {
  const context = await browser.newContext({ baseURL: server.appOrigin });
  const foreign: string[] = [];
  const origins = new Set<string>();
  context.on('request', (r) => {
    origins.add(new URL(r.url()).origin);
    if (!r.url().startsWith(server.appOrigin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  const page = await context.newPage();
  return { context, page, foreign, origins };
}

export async function join(page: Page, server: SyncServer, db: string, user: string, password: string): Promise<void> {
  await page.goto(server.joinPath(db));
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Kết nối' }).click();
}

/** Waits for replication to settle: it runs as long as the machine needs (no wall-clock target is asserted here). */
export async function synced(page: Page): Promise<void> {
  await expect(page.getByTestId('sync-pending')).toHaveText('Mọi thay đổi đã được gửi.', { timeout: 60_000 });
  await expect(page.getByTestId('sync-status')).toContainText('Đã đồng bộ lúc', { timeout: 60_000 });
}

export async function addDemo(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page.getByText('300 tổ chức', { exact: true })).toBeVisible({ timeout: 30_000 });
}

export async function setStatus(page: Page, id: string, status: string): Promise<void> {
  await page.goto(`/to-chuc/${encodeURIComponent(id)}`);
  await page.locator('#next-status').selectOption(status);
  await page.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
  await expect(page.getByText('Đã cập nhật trạng thái.')).toBeVisible();
}

/** A team of two phones in database `db`: A brings the 300 demo records and joins, then B joins and holds them all. */
export async function teamOfTwo(browser: Browser, server: SyncServer, db: string): Promise<{ a: Phone; b: Phone }> {
  await server.createTeam(db, { lan: 'mat-khau-lan', mai: 'mat-khau-mai' });
  const a = await phone(browser, server);
  const b = await phone(browser, server);
  await addDemo(a.page);
  await join(a.page, server, db, 'lan', 'mat-khau-lan');
  await synced(a.page);
  await join(b.page, server, db, 'mai', 'mat-khau-mai');
  await synced(b.page);
  await expect.poll(async () => (await readOrgs(b.page)).length, { timeout: 60_000 }).toBe(300);
  return { a, b };
}

/**
 * One sync server for the spec file that calls this (each case its own database), started before its
 * tests and stopped after; with the file's `phone` and `join`. Several phones, each loading the app and
 * replicating: more steps than one page's test, hence the longer timeout.
 */
export function serverForFile() {
  const server = new SyncServer();
  test.beforeAll(async () => server.start());
  test.describe.configure({ timeout: 180_000 });
  test.afterAll(async () => server.stop());
  return {
    server,
    phone: (browser: Browser) => phone(browser, server),
    join: (page: Page, db: string, user: string, password: string) => join(page, server, db, user, password),
  };
}
