import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/storage/connection';
import { DATA_VERSION, type EidDatabase } from '../../../src/storage/db';
import { WriteGuard } from '../../../src/storage/write-guard';
import { freshDb } from './test-db';

const events = { onVersionChange: async () => {}, onBlocked: () => {} };
let db: EidDatabase;
afterEach(() => db?.close());

describe('openDatabase', () => {
  it('stamps a new database with this build’s data version and stays writable', async () => {
    db = freshDb();
    const guard = new WriteGuard();
    await openDatabase(db, guard, events);
    expect((await db.meta.get('dataVersion'))?.value).toBe(DATA_VERSION);
    expect(guard.readOnlyReason).toBeNull();
  });

  it('says a first start (no database yet) before creating it, and only then', async () => {
    db = freshDb();
    const starts: boolean[] = [];
    const watched = { ...events, onFirstStart: () => starts.push(db.isOpen()) };
    await openDatabase(db, new WriteGuard(), watched);
    expect(starts).toEqual([false]);
    db.close();
    await openDatabase(db, new WriteGuard(), watched);
    expect(starts).toEqual([false]);
  });

  it('goes read-only when a newer app version wrote the data', async () => {
    db = freshDb();
    await db.open();
    await db.meta.put({ key: 'dataVersion', value: DATA_VERSION + 1 });
    const guard = new WriteGuard();
    await openDatabase(db, guard, events);
    expect(guard.readOnlyReason).toBe('newer-data');
    expect((await db.meta.get('dataVersion'))?.value).toBe(DATA_VERSION + 1);
  });
});
