import { z } from 'zod/mini';
import { ORG_KINDS } from '../domain/organisation';
import { STATUSES } from '../domain/status';

/** Rows kept: more than a tall phone shows in the list's default order. */
export const FIRST_SCREEN_ROWS = 12;

/** Only what a list row shows, so no address, phone or representative sits in localStorage. */
const rowSchema = z.object({
  id: z.string(),
  name: z.string(),
  taxCode: z.string(),
  kind: z.enum(ORG_KINDS),
  communeCode: z.string(),
  status: z.enum(STATUSES),
  demo: z.boolean(),
});

const snapshotSchema = z.object({
  total: z.number(),
  demo: z.number(),
  rows: z.array(rowSchema).check(z.maxLength(FIRST_SCREEN_ROWS)),
});

/**
 * The registry's first screen as it stood when the list last settled: its first
 * rows in the default order, the count and how many are demo records. Read at
 * start-up (synchronous localStorage, before IndexedDB opens), so the list shows
 * rows while the records load; replaced by the real list once they have.
 */
export type FirstScreen = z.infer<typeof snapshotSchema>;

export interface FirstScreenStore {
  read(): FirstScreen | null;
  write(snapshot: FirstScreen): void;
}

/** The snapshot of one database, in localStorage (validated when read: it is outside the app's control). */
export function localFirstScreen(databaseName: string): FirstScreenStore {
  const key = `${databaseName}:first-screen`;
  return {
    read() {
      try {
        const parsed = snapshotSchema.safeParse(JSON.parse(localStorage.getItem(key) ?? 'null'));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    write(snapshot) {
      try {
        const text = JSON.stringify(snapshotSchema.parse(snapshot));
        if (localStorage.getItem(key) !== text) localStorage.setItem(key, text);
      } catch {
        // Storage disabled or full: the first screen then waits for the records, as before.
      }
    },
  };
}
