import type { Browser, BrowserContext, Page } from '@playwright/test';
import { importFile, readOrgs } from './data-helpers';
import { expect, test } from './fixtures';
import { shot } from './shots';
import { SyncServer } from './sync-server';

// Team sync against `npm run sync-server` (CouchDB protocol on LevelDB), each profile a
// browser context of its own, served through the app's own origin (`serve.mjs --sync`).
const server = new SyncServer();
test.beforeAll(async () => server.start());
// Several phones, each loading the app and replicating: more steps than one page's test.
test.describe.configure({ timeout: 180_000 });
test.afterAll(async () => server.stop());

interface Phone {
  context: BrowserContext;
  page: Page;
  /** Every URL requested that is not the app's origin (must stay empty). */
  foreign: string[];
}

async function phone(browser: Browser): Promise<Phone> {
  const context = await browser.newContext({ baseURL: server.appOrigin });
  const foreign: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(server.appOrigin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  const page = await context.newPage();
  return { context, page, foreign };
}

async function join(page: Page, db: string, user: string, password: string): Promise<void> {
  await page.goto(server.joinPath(db));
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Kết nối' }).click();
}

/** Waits for replication to settle: it runs as long as the machine needs (no wall-clock target is asserted here). */
async function synced(page: Page): Promise<void> {
  await expect(page.getByTestId('sync-pending')).toHaveText('Mọi thay đổi đã được gửi.', { timeout: 60_000 });
  await expect(page.getByTestId('sync-status')).toContainText('Đã đồng bộ lúc', { timeout: 60_000 });
}

async function addDemo(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page.getByText('300 tổ chức', { exact: true })).toBeVisible({ timeout: 30_000 });
}

async function setStatus(page: Page, id: string, status: string): Promise<void> {
  await page.goto(`/to-chuc/${encodeURIComponent(id)}`);
  await page.locator('#next-status').selectOption(status);
  await page.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
  await expect(page.getByText('Đã cập nhật trạng thái.')).toBeVisible();
}

test('join by the link; a list added on A appears on B; a status change on B reaches A; nothing leaves the origin', async ({ browser }) => {
  await server.createTeam('xa-mot', { lan: 'mat-khau-lan', mai: 'mat-khau-mai' });
  const a = await phone(browser);
  const b = await phone(browser);
  await addDemo(a.page);
  await a.page.goto(server.joinPath('xa-mot'));
  await expect(a.page.getByTestId('join-database')).toHaveText('xa-mot');
  await expect(a.page.getByTestId('join-server')).toHaveText(`${server.appOrigin}/couchdb/`);
  await expect(a.page.getByTestId('join-merge-note')).toContainText('Gộp 300 tổ chức');
  await shot(a.page, 'sync-join');
  await join(a.page, 'xa-mot', 'lan', 'mat-khau-lan');
  await expect(a.page).toHaveURL(/\/nhom$/);
  await synced(a.page);
  await expect(a.page.getByTestId('team-members')).toContainText('mai');
  await shot(a.page, 'sync-team');

  await join(b.page, 'xa-mot', 'mai', 'mat-khau-mai');
  await synced(b.page);
  await b.page.goto('/');
  await expect(b.page.getByText('300 tổ chức', { exact: true })).toBeVisible({ timeout: 60_000 });
  await shot(b.page, 'sync-status-line');

  const target = (await readOrgs(b.page)).find((o) => o.status === 'not_contacted')!;
  await setStatus(b.page, target.id, 'informed');
  await synced(b.page);
  await expect.poll(async () => (await readOrgs(a.page)).find((o) => o.id === target.id)?.status).toBe('informed');

  // The same documents on both phones: no duplicate, same content.
  const [onA, onB] = [await readOrgs(a.page), await readOrgs(b.page)];
  expect(onB.map((o) => o.id)).toEqual(onA.map((o) => o.id));
  expect(onA.find((o) => o.id === target.id)).toEqual(onB.find((o) => o.id === target.id));
  expect([...a.foreign, ...b.foreign]).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test('wrong password, not a member, server unreachable: a Vietnamese message, nothing joined, local work untouched', async ({ browser }) => {
  await server.createTeam('xa-hai', { lan: 'mat-khau-lan' }, { khach: 'mat-khau-khach' });
  const a = await phone(browser);
  await addDemo(a.page);
  const before = await readOrgs(a.page);

  await join(a.page, 'xa-hai', 'lan', 'sai-mat-khau');
  await expect(a.page.getByTestId('join-outcome')).toHaveText('Sai tên đăng nhập hoặc mật khẩu.');
  await join(a.page, 'xa-hai', 'khach', 'mat-khau-khach');
  await expect(a.page.getByTestId('join-outcome')).toHaveText(/không phải thành viên của cơ sở dữ liệu nhóm/);
  server.kill();
  try {
    await join(a.page, 'xa-hai', 'lan', 'mat-khau-lan');
    await expect(a.page.getByTestId('join-outcome')).toHaveText(/Không kết nối được máy chủ của nhóm/);
    await shot(a.page, 'sync-join-error');
  } finally {
    await server.start();
  }
  await a.page.goto('/nhom');
  await expect(a.page.getByTestId('team-none')).toBeVisible();
  await expect(a.page.getByTestId('sync-status')).toHaveCount(0);
  expect(await readOrgs(a.page)).toEqual(before);
  expect(await server.admin('GET', '/xa-hai')).toMatchObject({ doc_count: 0 });
  expect(a.foreign).toEqual([]);
  await a.context.close();
});

test('a document failing the schema is listed, not applied, and the others still arrive', async ({ browser }) => {
  await server.createTeam('xa-bon', { lan: 'mat-khau-lan' });
  await server.admin('PUT', '/xa-bon/org:hong', { type: 'org', org: { name: 42 } });
  await server.admin('PUT', '/xa-bon/summary:xa', { type: 'summary' });
  await server.admin('PUT', '/xa-bon/bao-cao:xa', { type: 'report' });
  const a = await phone(browser);
  await a.page.goto('/');
  await join(a.page, 'xa-bon', 'lan', 'mat-khau-lan');
  await synced(a.page);
  const b = await phone(browser);
  await addDemo(b.page);
  await join(b.page, 'xa-bon', 'lan', 'mat-khau-lan');
  await synced(b.page);
  await a.page.goto('/');
  await expect(a.page.getByText('300 tổ chức', { exact: true })).toBeVisible({ timeout: 60_000 });
  await a.page.goto('/nhom');
  await expect(a.page.getByTestId('team-refused')).toContainText('org:hong: sai định dạng');
  // A summary without its figures is refused like a bad record (issue 15 documents are checked too).
  await expect(a.page.getByTestId('team-refused')).toContainText('summary:xa: sai định dạng');
  await expect(a.page.getByTestId('team-refused')).toContainText('bao-cao:xa: loại bản ghi không biết');
  expect((await readOrgs(a.page)).some((o) => o.id === 'hong')).toBe(false);
  await a.context.close();
  await b.context.close();
});

test('two phones that imported the same list hold the same records once both join: no duplicate, nothing to review', async ({ browser }) => {
  await server.createTeam('xa-nam', { lan: 'mat-khau-lan', mai: 'mat-khau-mai' });
  const list = new URL('../fixtures/ds-cp1258-semicolon.csv', import.meta.url).pathname;
  const a = await phone(browser);
  const b = await phone(browser);
  for (const p of [a, b]) await importFile(p.page, list);
  const live = async (page: Page) => (await readOrgs(page)).filter((o) => o.deletedAt === null).map((o) => o.id).sort();
  const imported = await live(a.page);
  expect(imported).toHaveLength(25);
  expect(await live(b.page)).toEqual(imported);

  await join(a.page, 'xa-nam', 'lan', 'mat-khau-lan');
  await synced(a.page);
  await join(b.page, 'xa-nam', 'mai', 'mat-khau-mai');
  await synced(b.page);
  await expect.poll(async () => (await server.admin('GET', '/xa-nam')) as { doc_count: number }).toMatchObject({ doc_count: 25 });
  await a.page.goto('/nhom');
  await synced(a.page);
  expect(await live(a.page)).toEqual(imported);
  expect(await live(b.page)).toEqual(imported);
  await expect(a.page.getByRole('link', { name: /Cần xem lại/ })).toHaveText(/\(0\)/);
  await a.context.close();
  await b.context.close();
});
