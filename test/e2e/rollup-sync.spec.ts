import type { Browser, BrowserContext, Page } from '@playwright/test';
import { generateDemoOrganisations } from '../../src/domain/demo-data';
import { toOrgDoc } from '../../src/domain/sync/docs';
import { readOrgs } from './data-helpers';
import { expect, test } from './fixtures';
import { communeOrgs } from './progress-data';
import { seedOrganisations } from './seed';
import { shot } from './shots';
import { SyncServer } from './sync-server';

/**
 * The roll-up through team sync (issue 15): two commune teams of Thành phố Huế
 * (province 46, 40 communes), each with its own database and a phone, and the
 * city's database gathering their summaries by the server's own replication.
 *   Phú Xuân 19753: enterprises 4 / 10, others 1 / 4 → needs 8 − 4 = 4 and 2 − 1 = 1: 5
 *   Kim Long 19774: enterprises 16 / 20, others 2 / 2 → 0
 * Total: enterprises 20 / 30 = 66,67%, others 3 / 6 = 50,00%, still needed 5; 38 communes missing.
 */
const COMMUNES = {
  '19753': { db: 'xa-phu-xuan', user: 'lan', search: 'phu xuan', name: 'Phường Phú Xuân', ent: [4, 10], oth: [1, 4] },
  '19774': { db: 'xa-kim-long', user: 'hoa', search: 'kim long', name: 'Phường Kim Long', ent: [16, 20], oth: [2, 2] },
} as const;
type Code = keyof typeof COMMUNES;
const PASSWORD = 'mat-khau-xa';
/** The city database's validate_doc_update, as the README gives it: phones write quota documents only. */
const ONLY_QUOTAS = `function (doc, old, user) {
  if (user.roles.indexOf('_admin') !== -1 || user.roles.indexOf('tong-hop') !== -1) return;
  if (doc._id.indexOf('quota:') !== 0) throw({ forbidden: 'Cơ sở dữ liệu tỉnh, thành phố chỉ nhận chỉ tiêu.' });
}`;

const server = new SyncServer();
test.beforeAll(async () => server.start());
test.afterAll(async () => server.stop());


const contexts: BrowserContext[] = [];
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.appOrigin });
  contexts.push(context);
  return context.newPage();
}

async function settings(page: Page, name: string, commune?: { search: string; name: string }): Promise<void> {
  await page.goto('/cai-dat');
  await page.getByLabel('Họ và tên của tôi').fill(name);
  if (commune) {
    await page.getByLabel('Tìm xã, phường, đặc khu (gõ không dấu cũng được)').fill(commune.search);
    await page.getByRole('option', { name: new RegExp(commune.name) }).click();
  }
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible();
}

async function join(page: Page, path: string, user: string): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Kết nối' }).click();
  await expect(page).toHaveURL(/\/nhom$/);
}

/** The ids in a database on the server (as its admin). */
async function ids(db: string): Promise<string[]> {
  const all = (await server.admin('GET', `/${db}/_all_docs`)) as { rows: { id: string }[] };
  return all.rows.map((r) => r.id).filter((id) => !id.startsWith('_design/'));
}

test('summaries reach the city database by server replication; the officer follows it, and a quota set there reaches one commune', async ({ browser }) => {
  // Three phones, each loading the app and replicating through a server that replicates on its own.
  test.setTimeout(240_000);
  await server.createTeam('tp-hue', { binh: PASSWORD });
  await server.admin('PUT', '/tp-hue/_design/chi-tieu', { validate_doc_update: ONLY_QUOTAS });
  const communes: Page[] = [];
  for (const [code, c] of Object.entries(COMMUNES) as [Code, (typeof COMMUNES)[Code]][]) {
    await server.createTeam(c.db, { [c.user]: PASSWORD });
    // Up: only the commune's summary; down: only its quota. Never an organisation.
    await server.replicate(`${c.db}-len-tp`, c.db, 'tp-hue', [`summary:${code}`]);
    await server.replicate(`tp-xuong-${c.db}`, 'tp-hue', c.db, [`quota:${code}`]);
    const page = await phone(browser);
    await page.goto('/');
    await seedOrganisations(page, communeOrgs(code, COMMUNES[code]));
    await settings(page, `Tổ CNS ${c.name}`, c);
    await join(page, server.joinPath(c.db), c.user);
    communes.push(page);
  }
  await expect.poll(() => ids('tp-hue'), { timeout: 60_000 }).toEqual(['summary:19753', 'summary:19774']);
  // A record that should never be there (a replication set up without its doc_ids): the officer's phone refuses it.
  const stray = { ...generateDemoOrganisations({ seed: 1, count: 1, now: Date.now() })[0]!, id: 'lac-vao' };
  await server.admin('PUT', '/tp-hue/org:lac-vao', toOrgDoc(stray));
  // The server's own guard (README): a member's phone may write quotas there, nothing else.
  const asOfficer = await fetch(`${server.url}/tp-hue/org:lac-vao-nua`, {
    method: 'PUT',
    headers: { Authorization: `Basic ${btoa(`binh:${PASSWORD}`)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(toOrgDoc({ ...stray, id: 'lac-vao-nua' })),
  });
  expect(asOfficer.status).toBe(403);

  // The officer's phone holds its own records: none of them may reach the city database.
  const officer = await phone(browser);
  await officer.goto('/');
  await seedOrganisations(officer, communeOrgs('19753', COMMUNES['19753']).slice(0, 3).map((o) => ({ ...o, id: `can-bo-${o.id}` })));
  await settings(officer, 'Lê Văn Bình');
  await officer.goto(`${server.joinPath('tp-hue')}&tinh=1`);
  await expect(officer.getByTestId('join-province')).toContainText('chỉ nhận tiến độ của các xã');
  await expect(officer.getByTestId('join-merge-note')).toHaveCount(0);
  await join(officer, `${server.joinPath('tp-hue')}&tinh=1`, 'binh');
  await expect(officer.getByTestId('team-province')).toBeVisible();
  await expect(officer.getByTestId('team-refused')).toContainText('org:lac-vao: cơ sở dữ liệu tỉnh chỉ dùng tiến độ và chỉ tiêu', { timeout: 60_000 });
  expect((await readOrgs(officer)).map((o) => o.id)).not.toContain('lac-vao');

  await officer.goto('/tien-do/tinh');
  await expect(officer.getByTestId('rollup-following')).toContainText('Đang theo dõi cơ sở dữ liệu tp-hue');
  const row = (code: string) => officer.locator(`.rollup-table tbody tr[data-code="${code}"]`);
  await expect(row('19753').locator('[data-k="ent-count"]')).toHaveText('4 / 10', { timeout: 60_000 });
  await expect(row('19753').locator('[data-k="oth-pct"]')).toHaveText('25,00%');
  await expect(row('19753').locator('[data-k="needed"]')).toHaveText('5');
  await expect(row('19753').locator('[data-k="file"]')).toContainText('tp-hue/summary:19753');
  await expect(row('19774').locator('[data-k="ent-count"]')).toHaveText('16 / 20', { timeout: 60_000 });
  await expect(row('19774').locator('[data-k="needed"]')).toHaveText('0');
  const total = officer.locator('.rollup-table tfoot tr');
  await expect(total.locator('[data-k="ent-count"]')).toHaveText('20 / 30');
  await expect(total.locator('[data-k="ent-pct"]')).toHaveText('66,67%');
  await expect(total.locator('[data-k="oth-pct"]')).toHaveText('50,00%');
  await expect(total.locator('[data-k="needed"]')).toHaveText('5');
  await expect(officer.getByTestId('missing-count')).toHaveText('Chưa gửi số liệu: 38 xã, phường, đặc khu');
  await expect(officer.getByTestId('missing').locator('li[data-code="19777"]')).toHaveText('Phường Vỹ Dạ');
  await officer.setViewportSize({ width: 390, height: 844 });
  await shot(officer, 'rollup-following-390');
  await row('19774').scrollIntoViewIfNeeded();
  await shot(officer, 'rollup-following-table-390');
  await officer.setViewportSize({ width: 1280, height: 800 });
  await officer.evaluate(() => window.scrollTo(0, 0));
  await shot(officer, 'rollup-following-1280');
  await row('19774').scrollIntoViewIfNeeded();
  await shot(officer, 'rollup-following-table-1280');

  // A quota for Phú Xuân: 90% of its 10 enterprises, down through the city database to that commune only.
  await officer.getByLabel('Áp dụng cho').selectOption('19753');
  await officer.getByLabel('Doanh nghiệp, HTX (%)').fill('90');
  await officer.getByLabel('Hạn chót').fill('2030-06-30');
  await officer.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(officer.getByTestId('quota-outcome')).toContainText('gửi xuống các xã qua cơ sở dữ liệu của tỉnh');
  const [phuXuan, kimLong] = communes as [Page, Page];
  await phuXuan.goto('/tien-do');
  const dashboardRow = phuXuan.locator('.progress-table tbody tr[data-code="19753"]');
  await expect(dashboardRow.locator('[data-k="needed"]')).toHaveText('6', { timeout: 60_000 });
  await expect(dashboardRow).toContainText('30/06/2030');
  await expect(phuXuan.getByTestId('quota-set-by')).toContainText('Chỉ tiêu do Lê Văn Bình giao ngày');

  // Only summaries and the quota are in the city database; Kim Long got no quota.
  expect(await ids('tp-hue')).toEqual(['org:lac-vao', 'quota:19753', 'summary:19753', 'summary:19774']);
  expect((await ids('xa-kim-long')).filter((id) => !id.startsWith('org:'))).toEqual(['summary:19774']);
  await kimLong.goto('/tien-do');
  await expect(kimLong.getByTestId('quota-set-by')).toHaveCount(0);
  for (const context of contexts) await context.close();
});
