import { DATA_VERSION, type EidDatabase } from './db';
import type { WriteGuard } from './write-guard';

export interface ConnectionEvents {
  /** Another tab is upgrading the schema: save drafts now, then ask the user to reload. */
  onVersionChange: () => Promise<void>;
  /** This tab's upgrade waits for an old tab that does not close. */
  onBlocked: () => void;
  /**
   * The database was deleted while the app had it open (site data cleared,
   * eviction): what is in memory is all that is left of it.
   */
  onDeletedUnderUs?: () => void;
  /** No database existed: it is being created, so there is nothing to read (known before it is open). */
  onFirstStart?: () => void;
}

/**
 * Opens the database and decides whether this build may write to it. Dexie's
 * default versionchange handler closes and later silently reopens; we close for
 * good instead, so an old tab never writes with old rules after an upgrade.
 */
export async function openDatabase(db: EidDatabase, guard: WriteGuard, events: ConnectionEvents): Promise<void> {
  let closingForUpgrade = false;
  db.on('versionchange', () => {
    closingForUpgrade = true;
    guard.block('upgrade-pending');
    // The upgrading tab waits (blocked) until we close, so drafts are flushed first.
    void events.onVersionChange().finally(() => db.close({ disableAutoOpen: true }));
    return false;
  });
  db.on('blocked', () => events.onBlocked());
  const { onDeletedUnderUs } = events;
  db.on('close', () => {
    if (closingForUpgrade || !onDeletedUnderUs) return;
    // Asked later, not inside Dexie's close: when the page enters the back/forward cache Dexie
    // closes too, and timers wait until the page is shown again.
    setTimeout(() => {
      isGone(db).then(
        (gone) => {
          if (gone) onDeletedUnderUs();
        },
        (error) => console.error(error),
      );
    }, 0);
  });
  if (!(await db.loadUpgraders())) events.onFirstStart?.();
  await db.open();
  const stored = (await db.meta.get('dataVersion'))?.value;
  if (typeof stored === 'number' && stored > DATA_VERSION) {
    guard.block('newer-data');
    return;
  }
  if (stored !== DATA_VERSION) await db.meta.put({ key: 'dataVersion', value: DATA_VERSION });
}

/**
 * Whether the database was deleted under an open connection. Dexie reopens on
 * a read: a deleted database comes back empty, without the version row written
 * at the first open; or, while the deletion is still under way, the reopening
 * fails, and then the list of the origin's databases tells.
 */
async function isGone(db: EidDatabase): Promise<boolean> {
  try {
    return (await db.meta.get('dataVersion')) === undefined;
  } catch (error) {
    if (typeof indexedDB.databases !== 'function') throw error;
    return !(await indexedDB.databases()).some((d) => d.name === db.name);
  }
}
