import { describe, expect, it } from 'vitest';
import { ImportRepository } from '../../../src/storage/import-repository';
import { OrganisationRepository } from '../../../src/storage/organisation-repository';
import { WriteGuard } from '../../../src/storage/write-guard';
import { makeOrg } from './org-fixture';
import { freshDb } from './test-db';

describe('ImportRepository', () => {
  it('commits chunks with their undo log, and undo restores the registry exactly', async () => {
    const db = freshDb();
    const orgs = new OrganisationRepository(db, new WriteGuard());
    const before = makeOrg({ id: 'kept', name: 'Cũ', notes: 'ghi chú cũ' });
    await orgs.saveMany([before, makeOrg({ id: 'other' })]);
    const snapshot = structuredClone(orgs.allWithTombstones());
    const imports = new ImportRepository(db, orgs);
    await imports.begin('b1', 'ds.csv', 10);
    const added = Array.from({ length: 600 }, (_, i) => makeOrg({ id: `n${i}`, importBatchId: 'b1' }));
    await imports.commitChunk('b1', 0, added.slice(0, 300), [{ before, after: { ...before, name: 'Mới', updatedAt: 10 } }]);
    await imports.commitChunk('b1', 1, added.slice(300), []);
    expect(orgs.all().length).toBe(602);
    expect(orgs.get('kept')!.name).toBe('Mới');
    const batch = (await imports.list())[0]!;
    expect(batch).toMatchObject({ state: 'running', committedChunks: 2, added: 600, updated: 1 });

    await imports.undo('b1', 20);
    expect(orgs.allWithTombstones()).toEqual(snapshot);
    expect((await imports.list())[0]!.state).toBe('undone');
    expect(await db.importUndo.count()).toBe(0);

    const reread = new OrganisationRepository(db, new WriteGuard());
    await reread.loadAll();
    expect(reread.allWithTombstones().sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      snapshot.sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('a failing chunk leaves neither records nor counters behind', async () => {
    const db = freshDb();
    const orgs = new OrganisationRepository(db, new WriteGuard());
    const imports = new ImportRepository(db, orgs);
    await expect(imports.commitChunk('missing', 0, [makeOrg({ id: 'x' })], [])).rejects.toThrow(/missing/);
    const reread = new OrganisationRepository(db, new WriteGuard());
    await reread.loadAll();
    expect(reread.all()).toEqual([]);
    expect(await db.importUndo.count()).toBe(0);
  });
});
