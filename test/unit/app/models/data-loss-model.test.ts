import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataLossModel } from '../../../../src/app/models/data-loss-model';
import { readMarker } from '../../../../src/storage/data-marker';
import type { EidDatabase } from '../../../../src/storage/db';
import { OrganisationRepository } from '../../../../src/storage/organisation-repository';
import { WriteGuard } from '../../../../src/storage/write-guard';
import { makeOrg } from '../../storage/org-fixture';
import { freshDb } from '../../storage/test-db';

let db: EidDatabase;
let repo: OrganisationRepository;

beforeEach(() => {
  const store = new Map<string, string>();
  vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) });
  db = freshDb();
  repo = new OrganisationRepository(db, new WriteGuard());
});

afterEach(() => {
  repo.close();
  db.close();
  vi.unstubAllGlobals();
});

const orgs = (n: number, demo = false) => Array.from({ length: n }, (_, i) => makeOrg({ id: `o${i}`, taxCode: '', demo }));

describe('data loss model', () => {
  it('follows every change, deliberate removals included, so an empty registry after them is not a loss', async () => {
    const model = createDataLossModel(repo);
    model.check(true);
    expect(model.lost.value).toBeNull();
    await repo.saveMany(orgs(3, true));
    expect(readMarker()).toEqual({ records: 3, lastBackupAt: null, lost: false });
    model.backedUp(1000);
    await repo.removeMany(['o0', 'o1', 'o2']);
    expect(readMarker()).toEqual({ records: 0, lastBackupAt: 1000, lost: false });
    createDataLossModel(repo).check(true);
    expect(readMarker()?.lost).toBe(false);
  });

  it('reports records the marker expects in an empty database, and keeps saying so until the user answers', async () => {
    const before = createDataLossModel(repo);
    before.check(true);
    await repo.saveMany(orgs(5));
    before.backedUp(2000);

    const after = createDataLossModel(new OrganisationRepository(freshDb(), new WriteGuard()));
    after.check(true);
    expect(after.lost.value).toEqual({ records: 5, lastBackupAt: 2000 });
    // A reload, even with something written meanwhile, still reports it.
    const reloaded = createDataLossModel(repo);
    reloaded.check(false);
    expect(reloaded.lost.value).toEqual({ records: 5, lastBackupAt: 2000 });

    reloaded.resolve();
    expect(reloaded.lost.value).toBeNull();
    expect(readMarker()).toEqual({ records: 5, lastBackupAt: 2000, lost: false });
  });
});
