import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
export const tmp = mkdtempSync(join(tmpdir(), 'eid-data-'));

export type Stored = Record<string, unknown> & { id: string; taxCode: string; name: string };

/** Every organisation as stored, without the derived search text, sorted by id. */
export async function readOrgs(page: Page): Promise<Stored[]> {
  const rows = await page.evaluate(
    () =>
      new Promise<Stored[]>((resolve, reject) => {
        const req = indexedDB.open('eid-field-kit');
        req.onsuccess = () => {
          const get = req.result.transaction('orgChunks').objectStore('orgChunks').getAll();
          get.onsuccess = () => {
            req.result.close();
            resolve((get.result as { records: Stored[] }[]).flatMap((c) => c.records));
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  return rows.map(({ search: _s, ...r }) => r as Stored).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Changes a stored record behind the app's back (no broadcast): stands in for an edit made on
 * another phone, a merge or an older tab. The record is found by its tax code or its id.
 */
export async function editOrg(page: Page, match: { taxCode: string } | { id: string }, patch: Record<string, unknown>): Promise<void> {
  const [key, value] = Object.entries(match)[0] as ['taxCode' | 'id', string];
  await page.evaluate(
    ({ key, value, patch }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('eid-field-kit');
        req.onsuccess = () => {
          const tx = req.result.transaction('orgChunks', 'readwrite');
          const store = tx.objectStore('orgChunks');
          store.getAll().onsuccess = (e) => {
            for (const chunk of (e.target as IDBRequest<{ id: number; records: Record<string, unknown>[] }[]>).result) {
              const i = chunk.records.findIndex((r) => r[key] === value);
              if (i >= 0) {
                chunk.records[i] = { ...chunk.records[i]!, ...patch };
                store.put(chunk);
              }
            }
          };
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, value, patch },
  );
}

export async function importFile(page: Page, path: string): Promise<void> {
  await page.goto('/du-lieu');
  await page.getByTestId('import-file').setInputFiles(path);
  await page.getByRole('button', { name: /^Nhập .* dòng vào sổ$/ }).click();
  await expect(page.getByTestId('import-result')).toContainText('Đã nhập');
}

export async function download(page: Page, button: RegExp | string, nth = 0): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).nth(nth).click();
  const d = await pending;
  const path = join(tmp, `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return path;
}

