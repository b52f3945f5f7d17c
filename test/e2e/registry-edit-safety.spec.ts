import type { Page } from '@playwright/test';
import { generateDemoOrganisations } from '../../src/domain/demo-data';
import type { Organisation } from '../../src/domain/organisation';
import { withSearchText } from '../../src/domain/organisation-search-text';
import { CHUNK_SIZE } from '../../src/storage/db';
import { editOrg } from './data-helpers';
import { fillStorage } from './fill-storage';
import { expect, test } from './fixtures';
import { seedOrganisations } from './seed';

const SHOTS = process.env.SHOTS_DIR;
// The quota test needs the override before the origin stores anything (no service-worker precache);
// the others do not need a service worker either.
test.use({ serviceWorkers: 'block' });

const ID = 'org-tan-phu';
const EDIT = `/to-chuc/${ID}/sua`;

/** A record with every field the edit form holds filled in. */
function fullRecord(): Organisation {
  const [demo] = generateDemoOrganisations({ seed: 21, count: 1, now: Date.now() - 86_400_000 });
  return {
    ...demo!,
    id: ID,
    demo: false,
    kind: 'association',
    taxCode: '',
    name: 'Hội Nông dân Tân Phú',
    address: '12 đường Láng, tổ 3',
    representativeName: 'Trần Thị Hoa',
    representativePhone: '+84912345678',
    consent: { given: true, recordedBy: 'Lan', at: Date.now() - 86_400_000 },
    notes: 'Gặp chị Hoa buổi sáng',
    followUpDate: '2031-01-15',
    status: 'not_contacted',
    problemReason: null,
    notApplicableReason: null,
    statusNote: '',
    statusHistory: [{ status: 'not_contacted', at: Date.now() - 86_400_000, by: 'Lan' }],
  };
}

async function stored(page: Page, id = ID): Promise<Organisation> {
  return page.evaluate(
    (id) =>
      new Promise<Organisation>((resolve, reject) => {
        const req = indexedDB.open('eid-field-kit');
        req.onsuccess = () => {
          const all = req.result.transaction('orgChunks').objectStore('orgChunks').getAll();
          all.onsuccess = () => {
            req.result.close();
            resolve((all.result as { records: Organisation[] }[]).flatMap((c) => c.records).find((r) => r.id === id)!);
          };
          all.onerror = () => reject(all.error);
        };
        req.onerror = () => reject(req.error);
      }),
    id,
  );
}

/** A write this tab never hears of (no broadcast): what a merge, a sync or an older tab leaves while the form is open. */
const writeElsewhere = (page: Page, patch: Partial<Organisation>) => editOrg(page, { id: ID }, { ...patch, updatedAt: Date.now() });

/** The draft stored under `key` as JSON text (null when none), to wait until the autosave has run. */
async function storedDraft(page: Page, key: string): Promise<string | null> {
  return page.evaluate(
    (key) =>
      new Promise<string | null>((resolve, reject) => {
        const req = indexedDB.open('eid-field-kit');
        req.onsuccess = () => {
          const get = req.result.transaction('drafts').objectStore('drafts').get(key);
          get.onsuccess = () => {
            req.result.close();
            resolve(get.result ? JSON.stringify(get.result.value) : null);
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
    key,
  );
}

/**
 * Adds `copies` × 256 generated records in chunks of their own (ids `<id>~<copy>`), cloned in the
 * page so that only one chunk crosses to it: enough records that loading them takes a while.
 */
async function seedMany(page: Page, copies: number): Promise<void> {
  const template = generateDemoOrganisations({ seed: 4, count: CHUNK_SIZE, now: Date.now() }).map(withSearchText);
  await page.evaluate(
    ({ template, copies }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('eid-field-kit');
        req.onsuccess = () => {
          const tx = req.result.transaction('orgChunks', 'readwrite');
          for (let k = 0; k < copies; k++) tx.objectStore('orgChunks').put({ id: 1000 + k, records: template.map((r) => ({ ...r, id: `${r.id}~${k}` })) });
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    { template, copies },
  );
}

async function seeded(page: Page, orgs: Organisation[]): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổ chức' })).toBeVisible();
  await seedOrganisations(page, orgs);
}

const unchangedFields = (o: Organisation) => ({
  name: o.name,
  address: o.address,
  notes: o.notes,
  representativeName: o.representativeName,
  representativePhone: o.representativePhone,
  consent: o.consent,
  followUpDate: o.followUpDate,
  status: o.status,
});

test('the edit form opened directly while 10,000 records load waits for them, and saving it wipes nothing', async ({ page }) => {
  const record = fullRecord();
  await seeded(page, [record]);
  await seedMany(page, 40);
  await page.goto(EDIT);
  // Reading 10,000 records takes seconds on a busy machine; the form waits for them.
  await expect(page.getByText(/Đang đọc dữ liệu/)).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByLabel('Tên tổ chức')).toHaveValue(record.name);
  await expect(page.getByLabel('Ghi chú')).toHaveValue(record.notes);
  await page.getByRole('button', { name: 'Lưu tổ chức' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(record.name);
  expect(unchangedFields(await stored(page))).toEqual(unchangedFields(record));

  // An id that does not exist says so once the records are loaded.
  await page.goto('/to-chuc/khong-co/sua');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Không tìm thấy tổ chức này/);
});

test('the detail page opened directly while 10,000 records load waits for them and never says "not found"', async ({ page }) => {
  const record = fullRecord();
  await seeded(page, [record]);
  await seedMany(page, 40);
  // Watches every DOM change from the first paint, so a "not found" shown for a moment is caught too.
  await page.addInitScript(() => {
    const w = window as unknown as { sawNotFound: boolean };
    w.sawNotFound = false;
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('Không tìm thấy')) w.sawNotFound = true;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`/to-chuc/${ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(record.name, { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { sawNotFound: boolean }).sawNotFound)).toBe(false);
});

test('a form saved after another tab changed the record keeps that tab’s changes', async ({ page, context }) => {
  const record = fullRecord();
  await seeded(page, [record]);
  await page.goto(EDIT);
  await expect(page.getByLabel('Ghi chú')).toHaveValue(record.notes);

  const other = await context.newPage();
  await other.goto(EDIT);
  await other.getByLabel('Ghi chú').fill('Đã gọi lại, hẹn tuần sau');
  await other.getByRole('button', { name: 'Lưu tổ chức' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(record.name);
  await other.getByLabel('Trạng thái mới').selectOption({ label: 'Đã thông báo' });
  await other.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
  await expect(other.getByText('Đã cập nhật trạng thái.')).toBeVisible();
  await other.close();

  await page.getByLabel(/^Số điện thoại/).fill('0987654321');
  await page.getByRole('button', { name: 'Lưu tổ chức' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(record.name);
  const after = await stored(page);
  expect(after.representativePhone).toBe('+84987654321');
  expect(after.notes).toBe('Đã gọi lại, hẹn tuần sau');
  expect(after.status).toBe('informed');
  expect(after.address).toBe(record.address);
});

test('a draft restored after a reload keeps what was changed elsewhere meanwhile', async ({ page }) => {
  const record = fullRecord();
  await seeded(page, [record]);
  await page.goto(EDIT);
  await page.getByLabel('Địa chỉ (số nhà').fill('15 đường Láng, tổ 3');
  await expect.poll(() => storedDraft(page, `org:${ID}`)).toContain('15 đường Láng, tổ 3');

  // A sync or merge changes the record while the tab is away.
  await writeElsewhere(page, { notes: 'Ghi chú từ máy của Minh', status: 'guided', representativeName: 'Lê Văn Minh' });
  await page.reload();
  await expect(page.getByText('Đã mở lại bản nháp chưa lưu.')).toBeVisible();
  await expect(page.getByLabel('Địa chỉ (số nhà')).toHaveValue('15 đường Láng, tổ 3');
  await page.getByRole('button', { name: 'Lưu tổ chức' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(record.name);
  const after = await stored(page);
  expect(after.address).toBe('15 đường Láng, tổ 3');
  expect(after.notes).toBe('Ghi chú từ máy của Minh');
  expect(after.representativeName).toBe('Lê Văn Minh');
  expect(after.status).toBe('guided');
});

test('the same field changed here and elsewhere shows both values; nothing is written until the user picks', async ({ page }) => {
  const record = fullRecord();
  await seeded(page, [record]);
  await page.goto(EDIT);
  await page.getByLabel('Ghi chú').fill('Ghi chú của tôi');
  await page.getByLabel('Họ tên người đại diện').fill('Trần Thị Hoa Mai');
  await writeElsewhere(page, { notes: 'Ghi chú từ máy của Minh', followUpDate: '2031-02-01' });

  await page.getByRole('button', { name: 'Lưu tổ chức' }).click();
  const conflict = page.getByRole('group', { name: 'Ghi chú' });
  await expect(conflict).toContainText('Trường này đã được thay đổi ở nơi khác');
  await expect(conflict.getByRole('radio', { name: /Ghi chú của tôi/ })).toBeVisible();
  await expect(conflict.getByRole('radio', { name: /Ghi chú từ máy của Minh/ })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Họ tên người đại diện' })).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/form-conflict.png`, fullPage: true });
  let now = await stored(page);
  expect(now.notes).toBe('Ghi chú từ máy của Minh');
  expect(now.representativeName).toBe(record.representativeName);

  await conflict.getByRole('radio', { name: /Ghi chú của tôi/ }).check();
  await page.getByRole('button', { name: 'Lưu với các giá trị đã chọn' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(record.name);
  now = await stored(page);
  expect(now.notes).toBe('Ghi chú của tôi');
  expect(now.representativeName).toBe('Trần Thị Hoa Mai');
  expect(now.followUpDate).toBe('2031-02-01');
});

test('a draft that cannot be written on a full disk is said, on the form and in a visit', async ({ page, baseURL }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 1024 * 1024 });
  await seeded(page, [fullRecord()]);
  await page.goto(EDIT);
  await expect(page.getByText('Bản nháp được tự lưu trên máy.')).toBeVisible();
  await fillStorage(page);

  await page.getByLabel('Ghi chú').fill('Không lưu được nháp này');
  const problem = page.getByRole('alert').filter({ hasText: 'Chưa lưu được bản nháp' });
  await expect(problem).toContainText('bộ nhớ của trình duyệt đã đầy');
  await expect(page.getByText('Bản nháp được tự lưu trên máy.')).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/form-draft-failed.png`, fullPage: true });

  await page.goto(`/to-chuc/${ID}/tham`);
  await page.getByRole('button', { name: 'Tiếp' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa lưu được bản nháp' })).toBeVisible();
  await expect(page.getByText('Đã lưu nháp trên máy')).toHaveCount(0);
});
