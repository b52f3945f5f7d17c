import type { Page } from '@playwright/test';

/**
 * Fills the origin's quota (set small with CDP `Storage.overrideQuotaForOrigin` before the
 * first visit) with a database of its own, halving the piece size on each refusal, until even a
 * few hundred bytes no longer fit: the app's next write fails as on a full phone.
 */
export async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('filler', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('blobs', { autoIncrement: true });
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          let size = 256 * 1024;
          const put = () => {
            const tx = db.transaction('blobs', 'readwrite');
            // Random bytes: Chromium compresses stored values, so repeated text would hardly count.
            const bytes = new Uint8Array(size);
            for (let i = 0; i < size; i += 65_536) crypto.getRandomValues(bytes.subarray(i, i + 65_536));
            tx.objectStore('blobs').add(bytes);
            tx.oncomplete = put;
            tx.onabort = () => {
              size = Math.floor(size / 2);
              if (size < 256) {
                db.close();
                resolve();
              } else put();
            };
          };
          put();
        };
      }),
  );
}
