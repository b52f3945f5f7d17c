import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { download, fixture, importFile, readOrgs, type Stored, tmp } from './data-helpers';
import { expect, test, waitForServiceWorker } from './fixtures';
import { shot } from './shots';

type BackupJson = { organisations: Stored[]; visits: unknown[] } & Record<string, unknown>;

/** A real backup of the fixture list, as JSON to tamper with. */
async function realBackup(page: Page): Promise<BackupJson> {
  await importFile(page, fixture('ds-utf8-bom.csv'));
  const path = await download(page, 'Tải tệp sao lưu');
  return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'));
}

async function pick(page: Page, name: string, content: unknown): Promise<void> {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(content));
  await page.getByTestId('backup-file').setInputFiles(path);
}

/**
 * Records every main-thread task longer than 200 ms from now on (Long Tasks API).
 * Starts once the app has settled (service worker installed, an idle period),
 * so start-up work is not counted against reading the file.
 */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await waitForServiceWorker(page);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.duration > 200) w.__long.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __long: number[] }).__long);
}

async function gzipToFile(path: string, head: string, padding: number, tail: string): Promise<void> {
  const block = Buffer.alloc(1 << 20, 0x20);
  async function* parts() {
    yield Buffer.from(head);
    for (let left = padding; left > 0; left -= block.length) yield left >= block.length ? block : block.subarray(0, left);
    yield Buffer.from(tail);
  }
  await pipeline(Readable.from(parts()), createGzip({ level: 1 }), createWriteStream(path));
}

test('a file holding two records with the same id is refused whole, naming the record', async ({ page }) => {
  const json = await realBackup(page);
  const [first, second] = json.organisations;
  const twin = { ...second!, id: first!.id, name: 'Bản sao cùng mã' };
  await page.goto('/du-lieu');
  await pick(page, 'duplicate.json', { ...json, organisations: [...json.organisations, twin] });
  await expect(page.getByTestId('backup-message')).toHaveText(
    new RegExp(`hai bản ghi cùng mã ${first!.id}: “${first!.name}” và “Bản sao cùng mã”.*Không khôi phục, không gộp phần nào`),
  );
  await expect(page.getByRole('button', { name: 'Gộp vào dữ liệu trên máy' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Thay thế toàn bộ dữ liệu trên máy' })).toHaveCount(0);
});

test('merge aliases must point at a record in the file that is not itself an alias', async ({ page }) => {
  const json = await realBackup(page);
  const before = await readOrgs(page);
  const orgs = json.organisations;
  const alias = (o: Stored, target: string) => ({ ...o, deletedAt: o.updatedAt, mergedInto: target });
  await page.goto('/du-lieu');

  await pick(page, 'alias-missing.json', { ...json, organisations: orgs.map((o, i) => (i === 2 ? alias(o, 'khong-co-ma-nay') : o)) });
  await expect(page.getByTestId('backup-message')).toHaveText(
    new RegExp(`“${orgs[2]!.name}” \\(mã ${orgs[2]!.id}\\) đã được gộp vào mã khong-co-ma-nay, nhưng tệp không có mã đó`),
  );

  const [a, b] = [orgs[3]!, orgs[4]!];
  await pick(page, 'alias-cycle.json', { ...json, organisations: orgs.map((o) => (o === a ? alias(a, b.id) : o === b ? alias(b, a.id) : o)) });
  await expect(page.getByTestId('backup-message')).toHaveText(new RegExp(`“${a.name}” \\(mã ${a.id}\\) và “${b.name}” \\(mã ${b.id}\\) được gộp vào nhau thành vòng`));
  await page.getByTestId('backup-message').scrollIntoViewIfNeeded();
  await shot(page, 'backup-alias-cycle');
  await expect(page.getByRole('button', { name: 'Gộp vào dữ liệu trên máy' })).toHaveCount(0);
  expect(await readOrgs(page)).toEqual(before);
});

test('a gzip bomb is refused as too large while the page keeps responding', async ({ page }) => {
  const bomb = join(tmp, 'bomb.json.gz');
  // ~1 GB of spaces inside what starts like a backup: about 1 MB on disk.
  await gzipToFile(bomb, '{"format":"eid-field-kit/backup","version":1,', 1000 << 20, '}');
  await page.goto('/du-lieu');
  const longTasks = await watchLongTasks(page);
  await page.getByTestId('backup-file').setInputFiles(bomb);
  await expect(page.getByTestId('backup-message')).toHaveText(/Tệp quá lớn/, { timeout: 30_000 });
  await page.getByTestId('backup-message').scrollIntoViewIfNeeded();
  await shot(page, 'backup-too-large');
  expect(await longTasks()).toEqual([]);
  expect(await readOrgs(page)).toEqual([]);
});

test('a valid backup padded with 100 MB of whitespace is read without freezing the page', async ({ page }) => {
  const json = await realBackup(page);
  const text = JSON.stringify(json);
  const padded = join(tmp, 'padded.json.gz');
  await gzipToFile(padded, text.slice(0, -1), 100 << 20, '}');
  await page.goto('/du-lieu');
  const longTasks = await watchLongTasks(page);
  await page.getByTestId('backup-file').setInputFiles(padded);
  await expect(page.getByRole('button', { name: 'Gộp vào dữ liệu trên máy' })).toBeVisible({ timeout: 30_000 });
  expect(await longTasks()).toEqual([]);
});
