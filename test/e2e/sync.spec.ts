import type { Page } from '@playwright/test';
import { download, importFile, readOrgs } from './data-helpers';
import { expect, test } from './fixtures';
import { shot } from './shots';
import { addDemo, serverForFile, setStatus, synced, teamOfTwo } from './sync-phones';

// Team sync against `npm run sync-server` (CouchDB protocol on LevelDB), each profile a
// browser context of its own, served through the app's own origin (`serve.mjs --sync`).
const { server, phone, join } = serverForFile();

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
  // The sync server is reached under the app's own origin (`/couchdb/`): no other origin at all, not even for the lazy sync chunk.
  expect([...a.origins, ...b.origins].filter((o) => o !== server.appOrigin && o !== 'null')).toEqual([]);
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

test('a deletion on A reaches B: deleted from the list, and removed for good as a tombstone', async ({ browser }) => {
  const { a, b } = await teamOfTwo(browser, server, 'xa-bay');
  const [target] = await readOrgs(a.page);

  await a.page.goto(`/to-chuc/${encodeURIComponent(target!.id)}`);
  await a.page.getByRole('button', { name: 'Xóa tổ chức' }).click();
  await expect(a.page).toHaveURL(/\/$/);
  await synced(a.page);
  await expect.poll(async () => (await readOrgs(b.page)).find((o) => o.id === target!.id)?.deletedAt, { timeout: 60_000 }).not.toBeNull();

  await a.page.getByRole('button', { name: 'Xóa dữ liệu mẫu' }).click();
  await expect(a.page.getByText('Đã xóa 300 tổ chức mẫu.')).toBeVisible();
  await synced(a.page);
  await expect.poll(async () => (await readOrgs(b.page)).length, { timeout: 60_000 }).toBe(0);
  await synced(b.page);
  await b.page.goto('/');
  await expect(b.page.getByText('Sổ chưa có tổ chức nào.')).toBeVisible();
  expect(await server.admin('GET', '/xa-bay')).toMatchObject({ doc_count: 0 });
  await a.context.close();
  await b.context.close();
});

test('a backup from a synced phone merges cleanly into a phone outside the team and into a teammate’s', async ({ browser }) => {
  const { a, b } = await teamOfTwo(browser, server, 'xa-tam');
  const target = (await readOrgs(a.page)).find((o) => o.status === 'not_contacted')!;
  await setStatus(a.page, target.id, 'informed');
  await synced(a.page);
  await a.page.goto('/du-lieu');
  const file = await download(a.page, 'Tải tệp sao lưu');

  const merge = async (page: Page) => {
    await page.goto('/du-lieu');
    await page.getByTestId('backup-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Gộp vào dữ liệu trên máy' }).click();
    await expect(page.getByTestId('merge-review')).toBeVisible();
    await page.getByRole('button', { name: 'Gộp', exact: true }).click();
    await expect(page.getByTestId('backup-message')).toHaveText('Đã gộp dữ liệu.');
  };
  const c = await phone(browser);
  await c.page.goto('/');
  await merge(c.page);
  await merge(b.page);
  await synced(b.page);
  await synced(a.page);
  const onA = await readOrgs(a.page);
  for (const other of [b, c]) {
    const records = await readOrgs(other.page);
    expect(records.map((o) => o.id)).toEqual(onA.map((o) => o.id));
    expect(records.find((o) => o.id === target.id)?.status).toBe('informed');
  }
  await expect(b.page.getByTestId('sync-review-link')).toHaveCount(0);
  expect(await server.admin('GET', '/xa-tam')).toMatchObject({ doc_count: 300 });
  for (const p of [a, b, c]) await p.context.close();
});

test('leaving the team offers a backup first, then keeps or removes the local copy; the team’s data stays on the server', async ({ browser }) => {
  await server.createTeam('xa-chin', { lan: 'mat-khau-lan' });
  const a = await phone(browser);
  await addDemo(a.page);
  await join(a.page, 'xa-chin', 'lan', 'mat-khau-lan');
  await synced(a.page);
  await a.page.goto('/nhom');
  await expect(a.page.getByRole('link', { name: 'Sao lưu trước khi rời nhóm' })).toHaveAttribute('href', '/du-lieu');
  await a.page.getByRole('button', { name: 'Rời nhóm, giữ dữ liệu trên điện thoại' }).click();
  await expect(a.page.getByTestId('team-none')).toBeVisible();
  await expect(a.page.getByText('Đã rời nhóm.')).toBeVisible();
  await expect(a.page.getByTestId('sync-status')).toHaveCount(0);
  expect(await readOrgs(a.page)).toHaveLength(300);

  await join(a.page, 'xa-chin', 'lan', 'mat-khau-lan');
  await synced(a.page);
  await a.page.goto('/nhom');
  a.page.once('dialog', (d) => void d.accept());
  await a.page.getByRole('button', { name: 'Rời nhóm và xóa dữ liệu trên điện thoại' }).click();
  await expect(a.page.getByText('Đã rời nhóm.')).toBeVisible();
  expect(await readOrgs(a.page)).toHaveLength(0);
  await a.page.goto('/');
  await expect(a.page.getByText('Sổ chưa có tổ chức nào.')).toBeVisible();
  expect(await server.admin('GET', '/xa-chin')).toMatchObject({ doc_count: 300 });
  await a.context.close();
});
