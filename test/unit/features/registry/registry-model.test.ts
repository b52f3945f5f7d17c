import { afterEach, describe, expect, it } from 'vitest';
import type { Organisation } from '../../../../src/domain/organisation';
import { emptyOrgForm, orgFormFrom } from '../../../../src/domain/organisation-form';
import type { RegistryQuery } from '../../../../src/domain/registry-query';
import { rowArray } from '../../../../src/domain/row-list';
import { createRegistryModel } from '../../../../src/features/registry/registry-model';
import type { EidDatabase } from '../../../../src/storage/db';
import { DraftRepository } from '../../../../src/storage/draft-repository';
import { OrganisationRepository } from '../../../../src/storage/organisation-repository';
import { VisitRepository } from '../../../../src/storage/visit-repository';
import { WriteGuard } from '../../../../src/storage/write-guard';
import { freshDb } from '../../storage/test-db';

const ALL: RegistryQuery = { q: '', commune: '', kind: '', status: '', due: '', problem: false, mine: false, sort: 'name' };
let db: EidDatabase;
let repo: OrganisationRepository;

function model() {
  db = freshDb();
  const guard = new WriteGuard();
  repo = new OrganisationRepository(db, guard);
  return createRegistryModel({ organisations: repo, visits: new VisitRepository(db, guard, repo), drafts: new DraftRepository(db), userName: () => 'Lan', now: () => Date.UTC(2026, 10, 23, 3) });
}

/** A write this context never hears of, as a merge or another phone's sync leaves it. */
async function changeElsewhere(id: string, patch: Partial<Organisation>): Promise<void> {
  await db.orgChunks.toCollection().modify((chunk) => {
    chunk.records = chunk.records.map((r) => (r.id === id ? { ...r, ...patch } : r));
  });
}

afterEach(() => {
  repo?.close();
  db?.close();
});

const form = { ...emptyOrgForm('00004'), name: 'Công ty TNHH Phước Lộc', kind: 'enterprise' as const, taxCode: '0100233488' };

describe('registry model', () => {
  it('saves a form, finds it, flags a second record with the same tax code, and stamps a status change', async () => {
    const m = model();
    const saved = await m.save(form, null);
    expect(saved.ok).toBe(true);
    const id = saved.ok && 'id' in saved.value ? saved.value.id : '';
    expect(rowArray(m.query({ ...ALL, q: 'phuoc loc' }).rows).map((o) => o.id)).toEqual([id]);
    expect(m.duplicateOf('0100-233-488', null)?.id).toBe(id);
    expect(m.duplicateOf('0100233488', id)).toBeUndefined();
    await m.changeStatus(m.get(id)!, { to: 'informed' });
    expect(m.get(id)?.statusHistory.at(-1)).toMatchObject({ status: 'informed', by: 'Lan' });
  });

  it('creates a record under its tax code\'s id, or a random one when that id is already held here', async () => {
    const m = model();
    const first = await m.save({ ...form, taxCode: '0100 233 488' }, null);
    expect(first).toEqual({ ok: true, value: { id: 'mst-0100233488' } });
    await m.remove(m.get('mst-0100233488')!);
    // The deleted record keeps its id; a new record with that code must not take the tombstone's place.
    const second = await m.save(form, null);
    expect(second.ok && 'id' in second.value && second.value.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(repo.get('mst-0100233488')?.deletedAt).not.toBeNull();
  });

  it('deletes with a tombstone and undoes the delete', async () => {
    const m = model();
    const saved = await m.save(form, null);
    const id = saved.ok && 'id' in saved.value ? saved.value.id : '';
    await m.remove(m.get(id)!);
    expect(m.get(id)).toBeUndefined();
    expect(repo.get(id)?.deletedAt).not.toBeNull();
    expect(m.lastDeleted.value?.id).toBe(id);
    await m.undoRemove();
    expect(m.get(id)?.name).toBe('Công ty TNHH Phước Lộc');
    expect(m.lastDeleted.value).toBeNull();
  });

  it('loads demo data beside real records and removes only the demo ones', async () => {
    const m = model();
    await m.save(form, null);
    await m.loadDemo();
    expect(m.demoCount()).toBe(300);
    expect(m.total()).toBe(301);
    expect(await m.removeDemo()).toEqual({ ok: true, value: 300 });
    expect(m.demoCount()).toBe(0);
    expect(rowArray(m.query(ALL).rows).map((o) => o.name)).toEqual(['Công ty TNHH Phước Lộc']);
  });

  it('saves an edit over the record as stored: a field changed elsewhere meanwhile is kept', async () => {
    const m = model();
    const saved = await m.save(form, null);
    const id = saved.ok && 'id' in saved.value ? saved.value.id : '';
    const base = orgFormFrom(m.get(id)!);
    await changeElsewhere(id, { notes: 'Đã gọi lại', status: 'informed' });
    expect(await m.save({ ...base, address: '15 Hàng Bài' }, { id, base })).toEqual({ ok: true, value: { id } });
    expect(repo.get(id)).toMatchObject({ address: '15 Hàng Bài', notes: 'Đã gọi lại', status: 'informed' });
  });

  it('returns a field changed both here and elsewhere as a conflict and writes nothing', async () => {
    const m = model();
    const saved = await m.save(form, null);
    const id = saved.ok && 'id' in saved.value ? saved.value.id : '';
    const base = orgFormFrom(m.get(id)!);
    await changeElsewhere(id, { notes: 'Của Minh' });
    const result = await m.save({ ...base, notes: 'Của tôi', address: '15 Hàng Bài' }, { id, base });
    expect(result).toEqual({ ok: true, value: { conflict: { theirs: { ...base, notes: 'Của Minh' }, fields: ['notes'] } } });
    expect(repo.get(id)).toMatchObject({ notes: 'Của Minh', address: '' });
  });

  it('does not bring back a record deleted elsewhere while it was being edited', async () => {
    const m = model();
    const saved = await m.save(form, null);
    const id = saved.ok && 'id' in saved.value ? saved.value.id : '';
    const base = orgFormFrom(m.get(id)!);
    await changeElsewhere(id, { deletedAt: 5 });
    const result = await m.save({ ...base, notes: 'x' }, { id, base });
    expect(result.ok).toBe(false);
    expect(repo.get(id)?.deletedAt).toBe(5);
  });

  it('refuses a status move chosen from a status that was changed elsewhere meanwhile', async () => {
    const m = model();
    const saved = await m.save(form, null);
    const id = saved.ok && 'id' in saved.value ? saved.value.id : '';
    const seen = m.get(id)!;
    await changeElsewhere(id, { status: 'guided', notes: 'Đã hướng dẫn' });
    const result = await m.changeStatus(seen, { to: 'informed' });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Đã hướng dẫn') });
    expect(repo.get(id)).toMatchObject({ status: 'guided', notes: 'Đã hướng dẫn' });
    expect(await m.changeStatus(repo.get(id)!, { to: 'submitted' })).toEqual({ ok: true, value: id });
    expect(repo.get(id)).toMatchObject({ status: 'submitted', notes: 'Đã hướng dẫn' });
  });
});
