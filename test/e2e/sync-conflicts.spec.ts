
import { csvLine, HEADER, makeRow } from '../../scripts/fixture-rows.mjs';
import { readOrgs } from './data-helpers';
import { expect, test, waitForServiceWorker } from './fixtures';
import { shot } from './shots';
import { addDemo, serverForFile, setStatus, synced, teamOfTwo } from './sync-phones';

// Team sync when things go wrong: the server dies, phones are offline at the same time.
// One sync server for the file (each case its own database); a spec of its own so it runs
// in parallel with sync.spec.ts.
const { server, phone, join } = serverForFile();

/** The document for organisation `id` as the server holds it (404 → null). */
async function serverDoc(db: string, id: string): Promise<Record<string, unknown> | null> {
  return (server.admin('GET', `/${db}/${encodeURIComponent(`org:${id}`)}`) as Promise<Record<string, unknown>>).catch(() => null);
}

test('after a replication error the unsent count clears once the change has reached the server', async ({ browser }) => {
  await server.createTeam('xa-sau', { lan: 'mat-khau-lan' });
  const a = await phone(browser);
  await addDemo(a.page);
  await join(a.page, 'xa-sau', 'lan', 'mat-khau-lan');
  await synced(a.page);
  const target = (await readOrgs(a.page)).find((o) => o.status === 'not_contacted')!;

  server.kill();
  try {
    await setStatus(a.page, target.id, 'informed');
    await expect(a.page.getByTestId('sync-pending')).toHaveText(/1 thay đổi chưa gửi/);
    await expect(a.page.getByTestId('sync-status')).toContainText('Không có kết nối tới máy chủ', { timeout: 30_000 });
  } finally {
    await server.start();
  }
  await expect.poll(async () => ((await serverDoc('xa-sau', target.id))?.org as { status?: string } | undefined)?.status, { timeout: 60_000 }).toBe('informed');
  await synced(a.page);
  await a.context.close();
});

test('offline edits of one organisation on two phones converge through the review list; the choice reaches the other', async ({ browser }) => {
  const { a, b } = await teamOfTwo(browser, server, 'xa-ba');
  const target = (await readOrgs(b.page)).find((o) => o.status === 'not_contacted')!;

  // Offline, pages come from the service worker's cache.
  for (const p of [a.page, b.page]) await waitForServiceWorker(p);
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await setStatus(a.page, target.id, 'informed');
  await setStatus(b.page, target.id, 'guided');
  await a.context.setOffline(false);
  await b.context.setOffline(false);
  await synced(a.page);
  await synced(b.page);

  for (const p of [a.page, b.page]) {
    await p.goto(`/to-chuc/${encodeURIComponent(target.id)}`);
    await p.getByTestId('org-review-link').click();
    await expect(p.getByTestId('review-item')).toHaveCount(1, { timeout: 60_000 });
    await expect(p.getByTestId('review-item')).toContainText('Đã thông báo');
    await expect(p.getByTestId('review-item')).toContainText('Đã hướng dẫn');
  }
  // Both phones hold the same state while the choice waits.
  const pick = (o: { id: string }) => o.id === target.id;
  expect((await readOrgs(a.page)).find(pick)).toEqual((await readOrgs(b.page)).find(pick));
  await shot(a.page, 'sync-review');

  await a.page.getByTestId('review-item').getByLabel('Đã hướng dẫn').check();
  await a.page.getByRole('button', { name: 'Lưu lựa chọn' }).click();
  await expect(a.page.getByTestId('review-none')).toBeVisible();
  await synced(a.page);
  await b.page.goto('/nhom/xem-lai');
  await expect(b.page.getByTestId('review-none')).toBeVisible({ timeout: 60_000 });
  await expect.poll(async () => (await readOrgs(b.page)).find(pick)?.status, { timeout: 60_000 }).toBe('guided');
  await synced(b.page);
  await a.page.goto('/nhom/xem-lai');
  await expect(a.page.getByTestId('review-none')).toBeVisible();
  expect((await readOrgs(a.page)).find(pick)).toEqual((await readOrgs(b.page)).find(pick));
  expect([...a.foreign, ...b.foreign]).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test('the sync server killed in the middle of replicating an import and restarted: both converge, no duplicate, no lost edit', async ({ browser }) => {
  const [DEMO, ROWS] = [300, 2000];
  await server.createTeam('xa-nam', { lan: 'mat-khau-lan', mai: 'mat-khau-mai' });
  const a = await phone(browser);
  const b = await phone(browser);
  // A team already at work: the demo list is on both phones before the import.
  await addDemo(a.page);
  await join(a.page, 'xa-nam', 'lan', 'mat-khau-lan');
  await synced(a.page);
  await join(b.page, 'xa-nam', 'mai', 'mat-khau-mai');
  await synced(b.page);
  await expect.poll(async () => (await readOrgs(b.page)).length, { timeout: 60_000 }).toBe(DEMO);

  const csv = `${csvLine(HEADER)}\r\n${Array.from({ length: ROWS }, (_, i) => csvLine(makeRow(i))).join('\r\n')}\r\n`;
  await a.page.goto('/du-lieu');
  await a.page.getByTestId('import-file').setInputFiles({ name: 'xa-nam.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await a.page.getByRole('button', { name: /^Nhập .* dòng vào sổ$/ }).click();
  await expect(a.page.getByTestId('import-result')).toContainText('Đã nhập', { timeout: 60_000 });
  // Killed once the first documents reach the server, before all have.
  const onServer = async () => ((await server.admin('GET', '/xa-nam')) as { doc_count: number }).doc_count;
  await expect.poll(onServer, { timeout: 60_000, intervals: [50] }).toBeGreaterThan(DEMO);
  const atKill = await onServer();
  server.kill();
  expect(atKill).toBeLessThan(DEMO + ROWS);
  const edited = (await readOrgs(a.page)).find((o) => o.status === 'not_contacted')!;
  try {
    await setStatus(a.page, edited.id, 'informed');
  } finally {
    await server.start();
  }
  await synced(a.page);
  await expect.poll(async () => (await readOrgs(b.page)).length, { timeout: 60_000 }).toBe(DEMO + ROWS);
  await synced(b.page);
  const [onA, onB] = [await readOrgs(a.page), await readOrgs(b.page)];
  expect(onB.map((o) => o.id)).toEqual(onA.map((o) => o.id));
  expect(new Set(onB.map((o) => o.id)).size).toBe(DEMO + ROWS);
  expect(onB.find((o) => o.id === edited.id)?.status).toBe('informed');
  expect(await onServer()).toBe(DEMO + ROWS);
  await a.context.close();
  await b.context.close();
});
