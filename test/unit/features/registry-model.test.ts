import { afterEach, describe, expect, it } from 'vitest';
import { emptyOrgForm } from '../../../src/domain/organisation-form';
import type { RegistryQuery } from '../../../src/domain/registry-query';
import { createRegistryModel } from '../../../src/features/registry/registry-model';
import type { EidDatabase } from '../../../src/storage/db';
import { OrganisationRepository } from '../../../src/storage/organisation-repository';
import { VisitRepository } from '../../../src/storage/visit-repository';
import { WriteGuard } from '../../../src/storage/write-guard';
import { freshDb } from '../storage/test-db';

const ALL: RegistryQuery = { q: '', commune: '', kind: '', status: '', due: '', problem: false, sort: 'name' };
let db: EidDatabase;
let repo: OrganisationRepository;

function model() {
  db = freshDb();
  const guard = new WriteGuard();
  repo = new OrganisationRepository(db, guard);
  return createRegistryModel({ organisations: repo, visits: new VisitRepository(db, guard, repo), userName: () => 'Lan', now: () => Date.UTC(2026, 10, 23, 3) });
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
    const id = saved.ok ? saved.id : '';
    expect(m.query({ ...ALL, q: 'phuoc loc' }).rows.map((o) => o.id)).toEqual([id]);
    expect(m.duplicateOf('0100-233-488', null)?.id).toBe(id);
    expect(m.duplicateOf('0100233488', id)).toBeUndefined();
    await m.changeStatus(m.get(id)!, { to: 'informed' });
    expect(m.get(id)?.statusHistory.at(-1)).toMatchObject({ status: 'informed', by: 'Lan' });
  });

  it('deletes with a tombstone and undoes the delete', async () => {
    const m = model();
    const saved = await m.save(form, null);
    const id = saved.ok ? saved.id : '';
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
    await m.removeDemo();
    expect(m.demoCount()).toBe(0);
    expect(m.query(ALL).rows.map((o) => o.name)).toEqual(['Công ty TNHH Phước Lộc']);
  });
});
