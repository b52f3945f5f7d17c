import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { Organisation } from '../../src/domain/organisation';
import { withSearchText } from '../../src/domain/organisation-search-text';
import { CHUNK_SIZE } from '../../src/storage/db';

/**
 * Writes organisations straight into the app's IndexedDB in its stored (chunked)
 * format, for tests that need a registry without clicking one together. The page
 * must be the app (it waits for the app's database to exist); reload afterwards.
 *
 * The chunks cross into the page gzipped, as one base64 string: every byte of a
 * page.evaluate argument goes through the DevTools protocol. On a machine with
 * ~14 processes per core, 20,000 organisations (17 MB of JSON) took 150–215 s to
 * arrive as an object, ~55 s as a JSON string, ~20 s gzipped (2.8 MB); the first
 * two ran out the test's 60 s in the seeding or in the reload after it. The
 * reload itself took 1–4 s in every run.
 */
export async function seedOrganisations(page: Page, orgs: Organisation[]): Promise<void> {
  const chunks: { id: number; records: unknown[] }[] = [];
  for (let i = 0; i < orgs.length; i += CHUNK_SIZE) {
    chunks.push({
      id: chunks.length + 1,
      records: orgs.slice(i, i + CHUNK_SIZE).map(withSearchText),
    });
  }
  // The app opens (on a first start, creates) its database a moment after the page has loaded; opening
  // it here first would create an empty one, so wait until the app's exists.
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'eid-field-kit'));
  await page.evaluate(async (packed) => {
    const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
    const json = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    const rows = JSON.parse(json) as { id: number; records: unknown[] }[];
    await new Promise<void>((resolve, reject) => {
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
    });
  }, gzipSync(JSON.stringify(chunks)).toString('base64'));
}
