import { DATA_VERSION, type EidDatabase } from './db';
import type { WriteGuard } from './write-guard';

export interface ConnectionEvents {
  /** Another tab is upgrading the schema: save drafts now, then ask the user to reload. */
  onVersionChange: () => Promise<void>;
  /** This tab's upgrade waits for an old tab that does not close. */
  onBlocked: () => void;
}

/**
 * Opens the database and decides whether this build may write to it. Dexie's
 * default versionchange handler closes and later silently reopens; we close for
 * good instead, so an old tab never writes with old rules after an upgrade.
 */
export async function openDatabase(db: EidDatabase, guard: WriteGuard, events: ConnectionEvents): Promise<void> {
  db.on('versionchange', () => {
    guard.block('upgrade-pending');
    // The upgrading tab waits (blocked) until we close, so drafts are flushed first.
    void events.onVersionChange().finally(() => db.close({ disableAutoOpen: true }));
    return false;
  });
  db.on('blocked', () => events.onBlocked());
  await db.open();
  const stored = (await db.meta.get('dataVersion'))?.value;
  if (typeof stored === 'number' && stored > DATA_VERSION) {
    guard.block('newer-data');
    return;
  }
  if (stored !== DATA_VERSION) await db.meta.put({ key: 'dataVersion', value: DATA_VERSION });
}
