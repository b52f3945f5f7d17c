import type { Page } from '@playwright/test';
import type { Organisation } from '../../src/domain/organisation';
import { CHUNK_SIZE } from '../../src/storage/db';
import { searchTextOf } from '../../src/storage/organisation-search-text';

/**
 * Writes organisations straight into the app's IndexedDB in its stored (chunked)
 * format, for tests that need a registry without clicking one together. The page
 * must have opened the app once (so the schema exists); reload afterwards.
 */
export async function seedOrganisations(page: Page, orgs: Organisation[]): Promise<void> {
  const chunks: { id: number; records: unknown[] }[] = [];
  for (let i = 0; i < orgs.length; i += CHUNK_SIZE) {
    chunks.push({
      id: chunks.length + 1,
      records: orgs.slice(i, i + CHUNK_SIZE).map((o) => ({ ...o, search: searchTextOf(o) })),
    });
  }
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('eid-field-kit');
        req.onsuccess = () => {
          const tx = req.result.transaction('orgChunks', 'readwrite');
          for (const row of rows) tx.objectStore('orgChunks').put(row);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    chunks,
  );
}
