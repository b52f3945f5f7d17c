import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../src/domain/organisation';
import { ImportRepository } from '../../../src/storage/import-repository';
import { OrganisationRepository } from '../../../src/storage/organisation-repository';
import { WriteGuard } from '../../../src/storage/write-guard';
import { makeOrg } from './org-fixture';
import { freshDb } from './test-db';

const STAMP = 10;
const rename = (name: string) => (current: Organisation) => ({ ...current, name, updatedAt: STAMP });

async function setup() {
  const db = freshDb();
  const orgs = new OrganisationRepository(db, new WriteGuard());
  const imports = new ImportRepository(db, orgs);
  return { db, orgs, imports };
}

const byId = (list: Organisation[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('ImportRepository', () => {
  it('commits chunks with their undo log, and undo restores the registry exactly', async () => {
    const { db, orgs, imports } = await setup();
    await orgs.saveMany([makeOrg({ id: 'kept', name: 'Cũ', notes: 'ghi chú cũ' }), makeOrg({ id: 'other' })]);
    const snapshot = structuredClone(orgs.allWithTombstones());
    await imports.begin('b1', 'ds.csv', STAMP);
    const added = Array.from({ length: 600 }, (_, i) => makeOrg({ id: `n${i}`, importBatchId: 'b1', updatedAt: STAMP }));
    const first = await imports.commitChunk('b1', 0, added.slice(0, 300), [{ id: 'kept', revise: rename('Mới') }]);
    expect(first).toEqual({ added: 300, updated: 1, unchanged: 0 });
    await imports.commitChunk('b1', 1, added.slice(300), [{ id: 'other', revise: () => 'keep' }]);
    expect(orgs.all().length).toBe(602);
    expect(orgs.get('kept')!.name).toBe('Mới');
    expect((await imports.list())[0]).toMatchObject({ state: 'running', committedChunks: 2, added: 600, updated: 1 });

    expect(await imports.previewUndo('b1')).toEqual({ revertible: 601, changedSince: [] });
    expect(await imports.undo('b1', 20)).toEqual({ reverted: 601, kept: 0 });
    expect(byId(orgs.allWithTombstones())).toEqual(byId(snapshot));
    expect((await imports.list())[0]!.state).toBe('undone');
    expect(await db.importUndo.count()).toBe(0);

    const reread = new OrganisationRepository(db, new WriteGuard());
    await reread.loadAll();
    expect(byId(reread.allWithTombstones())).toEqual(byId(snapshot));
  });

  it('an update is computed from the record as stored at commit time, not from a stale copy', async () => {
    const { db, orgs, imports } = await setup();
    await orgs.save(makeOrg({ id: 'a', status: 'not_contacted' }));
    // Another tab records a visit: this repository has not seen it yet.
    const otherTab = new OrganisationRepository(db, new WriteGuard());
    await otherTab.loadAll();
    await otherTab.save({ ...otherTab.get('a')!, status: 'guided', updatedAt: 5 });
    await imports.begin('b1', 'ds.csv', STAMP);
    await imports.commitChunk('b1', 0, [], [{ id: 'a', revise: rename('Tên mới') }]);
    expect(orgs.get('a')).toMatchObject({ name: 'Tên mới', status: 'guided' });
    otherTab.close();
  });

  it('undo keeps records changed since the import unless asked to include them', async () => {
    const { orgs, imports } = await setup();
    await orgs.save(makeOrg({ id: 'matched', name: 'Trước' }));
    await imports.begin('b1', 'ds.csv', STAMP);
    await imports.commitChunk('b1', 0, [makeOrg({ id: 'new1', updatedAt: STAMP }), makeOrg({ id: 'new2', updatedAt: STAMP })], [{ id: 'matched', revise: rename('Theo tệp') }]);
    // After the import: a visit changes one added record, and the matched one is edited.
    await orgs.save({ ...orgs.get('new1')!, status: 'guided', updatedAt: 30 });
    await orgs.save({ ...orgs.get('matched')!, notes: 'đã gọi', updatedAt: 31 });

    const preview = await imports.previewUndo('b1');
    expect(preview.revertible).toBe(1);
    expect(preview.changedSince.map((o) => o.id).sort()).toEqual(['matched', 'new1']);

    expect(await imports.undo('b1', 40)).toEqual({ reverted: 1, kept: 2 });
    expect(orgs.get('new2')).toBeUndefined();
    expect(orgs.get('new1')?.status).toBe('guided');
    expect(orgs.get('matched')).toMatchObject({ name: 'Theo tệp', notes: 'đã gọi' });
    expect((await imports.list())[0]).toMatchObject({ state: 'undone', keptOnUndo: 2 });
  });

  it('undo including changed records removes and restores them too', async () => {
    const { orgs, imports } = await setup();
    await orgs.save(makeOrg({ id: 'matched', name: 'Trước' }));
    await imports.begin('b1', 'ds.csv', STAMP);
    await imports.commitChunk('b1', 0, [makeOrg({ id: 'new1', updatedAt: STAMP })], [{ id: 'matched', revise: rename('Theo tệp') }]);
    await orgs.save({ ...orgs.get('new1')!, status: 'guided', updatedAt: 30 });
    await orgs.save({ ...orgs.get('matched')!, notes: 'đã gọi', updatedAt: 31 });
    expect(await imports.undo('b1', 40, { includeChanged: true })).toEqual({ reverted: 2, kept: 0 });
    expect(orgs.get('new1')).toBeUndefined();
    expect(orgs.get('matched')).toMatchObject({ name: 'Trước', notes: '' });
  });

  it('a failing chunk leaves neither records nor counters behind', async () => {
    const { db, imports } = await setup();
    await expect(imports.commitChunk('missing', 0, [makeOrg({ id: 'x' })], [])).rejects.toThrow(/missing/);
    const reread = new OrganisationRepository(db, new WriteGuard());
    await reread.loadAll();
    expect(reread.all()).toEqual([]);
    expect(await db.importUndo.count()).toBe(0);
  });
});
