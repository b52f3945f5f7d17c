import { z } from 'zod/mini';

/**
 * What this phone is expected to hold, kept outside IndexedDB (localStorage),
 * so a database that was evicted or deleted under the app is noticed instead
 * of being taken for a first start. A hint only: a browser that clears all
 * site data clears this too, and then nothing can be said.
 */
const markerSchema = z.object({
  /** Live organisations after the last change this phone saw. */
  records: z.number(),
  lastBackupAt: z.nullable(z.number()),
  /** The database was found missing and the user has not answered yet (restore, or start afresh). */
  lost: z.boolean(),
});

export type DataMarker = z.infer<typeof markerSchema>;

const KEY = 'eid-field-kit:expected-data';

export function readMarker(): DataMarker | null {
  try {
    const parsed = markerSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeMarker(marker: DataMarker): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(marker));
  } catch {
    // Storage disabled or full: the marker only helps notice a loss; the app works without it.
  }
}
