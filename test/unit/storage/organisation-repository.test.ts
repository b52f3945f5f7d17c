import { afterEach, describe, expect, it } from 'vitest';
import { CHUNK_SIZE, type EidDatabase } from '../../../src/storage/db';
import { ReadOnlyError } from '../../../src/storage/errors';
import { OrganisationRepository } from '../../../src/storage/organisation-repository';
import { WriteGuard } from '../../../src/storage/write-guard';
import { makeOrg } from './org-fixture';
import { freshDb } from './test-db';

let db: EidDatabase;
const repos: OrganisationRepository[] = [];
function repo(guard = new WriteGuard()): OrganisationRepository {
  const r = new OrganisationRepository(db, guard);
  repos.push(r);
  return r;
}

afterEach(() => {
  for (const r of repos.splice(0)) r.close();
  db?.close();
});

describe('OrganisationRepository', () => {
  it('saves records and reads them back after a reload, with folded search text', async () => {
    db = freshDb();
    const a = repo();
    await a.save(makeOrg({ id: 'x1' }));
    const b = repo();
    await b.loadAll();
    expect(b.get('x1')?.name).toBe('Công ty TNHH Phước Lộc');
    expect(b.get('x1')?.search).toBe('cong ty tnhh phuoc loc\u00010100233488\u000112 hang bai\u0001nguyen van duc');
  });

  it('packs records into chunks instead of one row each', async () => {
    db = freshDb();
    const r = repo();
    const many = Array.from({ length: CHUNK_SIZE * 2 + 10 }, (_, i) => makeOrg({ id: `o${i}` }));
    await r.saveMany(many);
    expect(await db.orgChunks.count()).toBe(3);
    expect(r.all()).toHaveLength(many.length);
  });

  it('replaces a record in place when saved again', async () => {
    db = freshDb();
    const r = repo();
    await r.saveMany([makeOrg({ id: 'a' }), makeOrg({ id: 'b' })]);
    await r.save(makeOrg({ id: 'a', name: 'Hợp tác xã Hoà Bình' }));
    const again = repo();
    await again.loadAll();
    expect(again.all()).toHaveLength(2);
    expect(again.get('a')?.name).toBe('Hợp tác xã Hoà Bình');
  });

  it('keeps tombstones out of the live list but available for merges', async () => {
    db = freshDb();
    const r = repo();
    await r.saveMany([makeOrg({ id: 'a' }), makeOrg({ id: 'b', deletedAt: 5 })]);
    expect(r.all().map((o) => o.id)).toEqual(['a']);
    expect(r.liveCount()).toBe(1);
    expect(r.allWithTombstones()).toHaveLength(2);
  });

  it('writes nothing when another table in the same transaction fails', async () => {
    db = freshDb();
    const r = repo();
    await expect(
      r.save(makeOrg({ id: 'a' }), {
        tables: ['visits'],
        write: async () => {
          throw new Error('boom');
        },
      }),
    ).rejects.toThrow('boom');
    expect(await db.orgChunks.count()).toBe(0);
    expect(r.get('a')).toBeUndefined();
  });

  it('refuses to write when the data belongs to a newer app version', async () => {
    db = freshDb();
    const guard = new WriteGuard();
    guard.block('newer-data');
    await expect(repo(guard).save(makeOrg())).rejects.toBeInstanceOf(ReadOnlyError);
  });

  it('removes records for good, dropping chunks left empty, and another instance reads the same', async () => {
    db = freshDb();
    const r = repo();
    const many = Array.from({ length: CHUNK_SIZE + 5 }, (_, i) => makeOrg({ id: `o${i}`, demo: i < CHUNK_SIZE }));
    await r.saveMany(many);
    const removed = await r.removeMany(many.filter((o) => o.demo).map((o) => o.id));
    expect(removed).toBe(CHUNK_SIZE);
    expect(await db.orgChunks.count()).toBe(1);
    expect(r.allWithTombstones()).toHaveLength(5);
    const again = repo();
    await again.loadAll();
    expect(again.all().map((o) => o.id).sort()).toEqual(['o256', 'o257', 'o258', 'o259', 'o260']);
    // The freed space is reused: a new record goes to the chunk with room.
    await again.save(makeOrg({ id: 'new' }));
    expect(await db.orgChunks.count()).toBe(1);
  });

  it('restores a deleted record when it is saved again without its tombstone (undo)', async () => {
    db = freshDb();
    const r = repo();
    const org = makeOrg({ id: 'a' });
    await r.save(org);
    await r.save({ ...org, deletedAt: 10 });
    expect(r.all()).toHaveLength(0);
    await r.save({ ...org, deletedAt: null });
    const again = repo();
    await again.loadAll();
    expect(again.all().map((o) => o.id)).toEqual(['a']);
  });

  it('tells listeners after the first batch of a large load, before the end', async () => {
    db = freshDb();
    await repo().saveMany(Array.from({ length: CHUNK_SIZE * 45 }, (_, i) => makeOrg({ id: `o${i}` })));
    const r = repo();
    const seen: number[] = [];
    r.subscribe(() => seen.push(r.all().length));
    await r.loadAll();
    expect(seen[0]).toBeLessThan(CHUNK_SIZE * 45);
    expect(seen.at(-1)).toBe(CHUNK_SIZE * 45);
  });

  it('takes in another context’s writes and removals over the channel; caughtUp waits for them', async () => {
    db = freshDb();
    const page = repo();
    const worker = repo();
    await worker.saveMany(Array.from({ length: CHUNK_SIZE + 1 }, (_, i) => makeOrg({ id: `o${i}` })));
    await page.caughtUp(worker.syncPoint);
    expect(page.all()).toHaveLength(CHUNK_SIZE + 1);
    await worker.removeMany(['o0', `o${CHUNK_SIZE}`]);
    await page.caughtUp(worker.syncPoint);
    expect(page.get('o0')).toBeUndefined();
    expect(page.all()).toHaveLength(CHUNK_SIZE - 1);
  });
});

describe('OrganisationRepository change log', () => {
  it('logs puts and revisions computed from the stored record, and not a merge that asks it not to', async () => {
    db = freshDb();
    const r = repo();
    await r.save(makeOrg({ id: 'x', updatedAt: 1 }));
    expect(r.get('x')?.changes).toBeUndefined();
    await r.save(makeOrg({ id: 'x', notes: 'gọi lại', updatedAt: 2, updatedBy: 'Lan' }));
    await r.write({ revisions: [{ id: 'x', revise: (o) => ({ ...o, assignee: 'Minh', status: 'informed', updatedAt: 3, updatedBy: 'Lan' }) }] });
    expect(r.get('x')?.changes).toEqual([
      { at: 2, by: 'Lan', fields: ['notes'] },
      { at: 3, by: 'Lan', fields: ['assignee'], from: 'not_contacted', to: 'informed' },
    ]);
    await r.write({ puts: [makeOrg({ id: 'x', name: 'Khác', updatedAt: 4 })], logChanges: false });
    expect(r.get('x')?.changes).toBeUndefined();
  });
});
