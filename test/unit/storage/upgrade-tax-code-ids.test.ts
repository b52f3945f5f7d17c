import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { withSearchText } from '../../../src/domain/organisation-search-text';
import type { Visit } from '../../../src/domain/visit';
import { EidDatabase } from '../../../src/storage/db';
import { makeOrg } from './org-fixture';

/** The database as builds of data version 1 left it: Dexie versions 1 and 2 only. */
function oldBuild(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({ orgChunks: 'id', visits: 'id, orgId', communes: 'code', documents: 'id', imports: 'id', importUndo: '[batchId+seq]', settings: 'key', drafts: 'key', meta: 'key' });
  db.version(2).stores({ summaries: 'code', outbox: 'key', syncRevs: 'id', reviews: 'id', refusedDocs: 'id' });
  return db;
}

const visit = (id: string, orgId: string): Visit => ({
  id, orgId, at: 5, by: 'Lan', guideSlugs: [], stepsDone: [], problems: [], outcomeStatus: '', note: '', followUpDate: null, demo: false,
});

let n = 0;
const open: Dexie[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

async function seedOldBuild(chunk: unknown = undefined) {
  const name = `upgrade-${Date.now()}-${++n}`;
  const old = oldBuild(name);
  open.push(old);
  const org = makeOrg({ id: 'u1', taxCode: '0100233488', name: 'Công ty A' });
  const plain = makeOrg({ id: 'u2', taxCode: '' });
  await old.table('orgChunks').put(chunk ?? { id: 1, records: [org, plain].map(withSearchText) });
  await old.table('visits').bulkPut([visit('v1', 'u1'), visit('v2', 'u2')]);
  await old.table('drafts').bulkPut([
    { key: 'org:u1', value: { values: {}, base: {} }, savedAt: 1 },
    { key: 'visit:u1', value: { orgId: 'u1', stage: 'steps' }, savedAt: 1 },
  ]);
  await old.table('importUndo').put({ batchId: 'b', seq: 0, added: ['u1'], previous: [{ ...plain, name: 'Cũ' }] });
  await old.table('reviews').put({ id: 'u1', dispute: { notes: ['x', 'y'] } });
  await old.table('meta').bulkPut([{ key: 'dataVersion', value: 1 }, { key: 'team', value: { url: 'x', user: 'lan', joinedAt: 1, paused: false } }]);
  old.close();
  return name;
}

describe('upgrade to tax-code ids (Dexie version 3, data version 2)', () => {
  it('moves records and every table naming them in one upgrade', async () => {
    const db = new EidDatabase(await seedOldBuild());
    open.push(db);
    await db.loadUpgraders();
    await db.open();
    const records = (await db.orgChunks.toArray()).flatMap((c) => c.records);
    expect(records.map((r) => [r.id, r.mergedInto ?? null, r.deletedAt === null])).toEqual([
      ['u1', 'mst-0100233488', false],
      ['u2', null, true],
      ['mst-0100233488', null, true],
    ]);
    expect(records.find((r) => r.id === 'mst-0100233488')!.search).toContain('0100233488');
    expect((await db.visits.get('v1'))!.orgId).toBe('mst-0100233488');
    expect((await db.visits.get('v2'))!.orgId).toBe('u2');
    expect((await db.drafts.toCollection().primaryKeys()).sort()).toEqual(['org:mst-0100233488', 'visit:mst-0100233488']);
    expect((await db.drafts.get('visit:mst-0100233488'))!.value).toEqual({ orgId: 'mst-0100233488', stage: 'steps' });
    expect(await db.importUndo.toArray()).toMatchObject([{ added: ['mst-0100233488', 'u1'], previous: [{ id: 'u2', name: 'Cũ' }] }]);
    expect(await db.reviews.toArray()).toEqual([{ id: 'mst-0100233488', dispute: { notes: ['x', 'y'] } }]);
    expect(await db.outbox.toArray()).toEqual([{ key: 'o:1', ids: ['u1', 'mst-0100233488'], seq: 1 }]);
  });

  it('an upgrader that throws on a malformed row leaves the database at the old version with its data (RELIABILITY case 7)', async () => {
    const name = await seedOldBuild({ id: 1, records: null });
    const db = new EidDatabase(name);
    open.push(db);
    await db.loadUpgraders();
    await expect(db.open()).rejects.toThrow("reading 'map'");
    db.close();
    const old = oldBuild(name);
    open.push(old);
    await old.open();
    expect(old.verno).toBe(2);
    expect(await old.table('orgChunks').get(1)).toEqual({ id: 1, records: null });
    expect((await old.table('visits').get('v1')).orgId).toBe('u1');
    expect((await old.table('meta').get('dataVersion')).value).toBe(1);
  });

  it('an older database opened without its upgrader loaded is left as it was', async () => {
    const name = await seedOldBuild();
    const db = new EidDatabase(name);
    open.push(db);
    await expect(db.open()).rejects.toThrow('loadUpgraders');
    db.close();
    const old = oldBuild(name);
    open.push(old);
    await old.open();
    expect(old.verno).toBe(2);
    expect((await old.table('visits').get('v1')).orgId).toBe('u1');
  });
});
