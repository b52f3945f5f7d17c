// Screenshots of the team sync screens at phone size (390×844), for looking at
// what we build: the join page, the team page and its status line, the review
// list with a conflict (the same organisation changed on two phones while apart)
// and the registry's "Của tôi" filter after an assignment. One Chromium profile
// against `npm run sync-server`, through the shared harness (test/e2e uses it too).
// Usage: node scripts/team-screenshots.mjs [outDir] (run `npm run build` first).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { SyncServer } from './sync-server-harness.mjs';

const out = process.argv[2] ?? '/tmp/shots-team';
const DB = 'xa-phu-dien';
const LEAD = 'Nguyễn Thị Lan';
const MEMBER = 'Trần Văn Minh';
const WAIT = { timeout: 120_000 };

assertChromium();
mkdirSync(out, { recursive: true });
const server = new SyncServer();
await server.start();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

async function shot(page, name) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log(`${out}/${name}.png`);
}

async function phone() {
  const context = await browser.newContext({ baseURL: server.appOrigin, viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  return { context, page: await context.newPage() };
}

async function setUserName(page, name) {
  await page.goto('/cai-dat');
  await page.getByLabel('Họ và tên của tôi').fill(name);
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await page.getByText('Đã lưu cài đặt.').waitFor(WAIT);
}

async function join(page, user, password) {
  await page.goto(server.joinPath(DB));
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Kết nối' }).click();
  await page.waitForURL(/\/nhom$/, WAIT);
}

async function synced(page) {
  await page.getByTestId('sync-pending').filter({ hasText: 'Mọi thay đổi đã được gửi.' }).waitFor(WAIT);
  await page.getByTestId('sync-status').filter({ hasText: 'Đã đồng bộ lúc' }).waitFor(WAIT);
}

/**
 * A teammate's edit made while apart, written on the server as a sibling of the
 * phone's latest revision (a CouchDB conflict, as a phone's push with
 * `new_edits: false` makes): "informed" where this phone chose "guided".
 */
async function writeSibling(id) {
  const path = `/${DB}/${encodeURIComponent(`org:${id}`)}`;
  const doc = await server.admin('GET', `${path}?revs=true`);
  const { start, ids } = doc._revisions;
  const hash = crypto.randomUUID().replaceAll('-', '');
  const at = doc.org.updatedAt - 60_000;
  const org = {
    ...doc.org,
    status: 'informed',
    updatedAt: at,
    updatedBy: MEMBER,
    statusHistory: [...doc.org.statusHistory.slice(0, -1), { status: 'informed', at, by: MEMBER }],
    changes: doc.org.changes && [...doc.org.changes.slice(0, -1), { ...doc.org.changes.at(-1), at, by: MEMBER, to: 'informed' }],
  };
  const sibling = { ...doc, org, _rev: `${start}-${hash}`, _revisions: { start, ids: [hash, ...ids.slice(1)] } };
  await server.admin('POST', `/${DB}/_bulk_docs`, { docs: [sibling], new_edits: false });
}

async function setStatus(page, id, status) {
  await page.goto(`/to-chuc/${encodeURIComponent(id)}`);
  await page.locator('#next-status').selectOption(status);
  await page.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
  await page.getByText('Đã cập nhật trạng thái.').waitFor(WAIT);
}

try {
  await server.createTeam(DB, { lan: 'mat-khau-lan', minh: 'mat-khau-minh' });
  const a = await phone();

  // A: the lead, with the commune's list already on the phone, joins and merges it.
  await setUserName(a.page, LEAD);
  await a.page.goto('/');
  await a.page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await a.page.getByText('300 tổ chức', { exact: true }).waitFor(WAIT);
  await a.page.goto(server.joinPath(DB));
  await a.page.getByTestId('join-merge-note').waitFor(WAIT);
  await a.page.getByLabel('Tên đăng nhập').fill('lan');
  await shot(a.page, 'sync-join');
  await join(a.page, 'lan', 'mat-khau-lan');
  await synced(a.page);
  await a.page.getByTestId('team-members').waitFor(WAIT);
  await shot(a.page, 'sync-team');

  // The same organisation changed on this phone and on a teammate's while they were apart.
  await a.page.goto('/?tt=not_contacted');
  const href = await a.page.locator('.vlist li a').first().getAttribute('href', WAIT);
  const id = decodeURIComponent(href.split('/').pop());
  await setStatus(a.page, id, 'guided');
  await synced(a.page);
  await writeSibling(id);
  await a.page.getByTestId('sync-review-link').waitFor(WAIT);
  await a.page.goto('/');
  await a.page.getByText('300 tổ chức', { exact: true }).waitFor(WAIT);
  await shot(a.page, 'sync-status-line');
  await a.page.goto('/nhom/xem-lai');
  await a.page.getByTestId('review-item').first().waitFor(WAIT);
  await shot(a.page, 'sync-review');

  // Assignment: every cooperative of the list to the lead, then "Của tôi".
  await a.page.goto('/?loai=cooperative');
  await a.page.getByRole('button', { name: /^Giao việc cả danh sách này/ }).click();
  await a.page.getByLabel('Tên thành viên (chọn hoặc gõ tên mới)').fill(LEAD);
  await a.page.getByRole('button', { name: 'Tiếp tục' }).click();
  await a.page.getByRole('alertdialog').waitFor(WAIT);
  await shot(a.page, 'team-assign-many');
  await a.page.getByRole('alertdialog').getByRole('button', { name: /^Giao \d+ tổ chức$/ }).click();
  await a.page.getByTestId('bulk-outcome').waitFor(WAIT);
  await a.page.goto('/?toi=1');
  await a.page.getByRole('checkbox', { name: /^Của tôi/ }).waitFor(WAIT);
  await shot(a.page, 'team-mine');
  await a.page.locator('.vlist li a').first().click();
  await a.page.getByTestId('assignee').waitFor(WAIT);
  // Under the sticky header: the section's heading shown just below it.
  await a.page.getByRole('heading', { name: 'Người phụ trách' }).evaluate((h) => scrollTo(0, h.getBoundingClientRect().top + scrollY - 70));
  await shot(a.page, 'team-assign-one');
} finally {
  await browser.close();
  await server.stop();
}
