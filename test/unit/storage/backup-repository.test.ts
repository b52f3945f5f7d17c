import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/domain/backup/parse';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { BackupRepository } from '../../../src/storage/backup-repository';
import { OrganisationRepository } from '../../../src/storage/organisation-repository';
import { TEAM_META_KEY, visitOutboxKey } from '../../../src/storage/outbox';
import { WriteGuard } from '../../../src/storage/write-guard';
import { makeOrg } from './org-fixture';
import { freshDb } from './test-db';

describe('BackupRepository', () => {
  it('backup → wipe → restore is exact', async () => {
    const db = freshDb();
    const orgs = new OrganisationRepository(db, new WriteGuard());
    await orgs.saveMany(Array.from({ length: 700 }, (_, i) => makeOrg({ id: `o${i}`, name: `Tổ chức ${i}`, deletedAt: i % 50 === 0 ? 9 : null })));
    await db.visits.put({ id: 'v', orgId: 'o1', at: 1, by: 'A', guideSlugs: [], stepsDone: [], problems: [], outcomeStatus: 'informed', note: '', followUpDate: null, demo: false });
    const repo = new BackupRepository(db, orgs);
    const settings = { ...DEFAULT_SETTINGS, userName: 'Hoà' };
    const backup = await repo.snapshot(settings, 'Hoà', 1000);
    const text = JSON.stringify(backup);

    const empty = freshDb();
    const emptyOrgs = new OrganisationRepository(empty, new WriteGuard());
    const parsed = parseBackup(text, 1000);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    await new BackupRepository(empty, emptyOrgs).restoreReplace(parsed.backup);

    const reread = new OrganisationRepository(empty, new WriteGuard());
    await reread.loadAll();
    const again = await new BackupRepository(empty, reread).snapshot(settings, 'Hoà', 1000);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(again.organisations.sort(byId)).toEqual(backup.organisations.sort(byId));
    expect(again.visits).toEqual(backup.visits);
    expect((await empty.settings.get('settings'))!.value).toEqual(settings);
  });

  it('a backup made before data version 2 is restored under tax-code ids, as the upgrade moves a phone', async () => {
    const source = freshDb();
    const orgs = new OrganisationRepository(source, new WriteGuard());
    await orgs.saveMany([makeOrg({ id: 'u1', taxCode: '0100233488' }), makeOrg({ id: 'u2', taxCode: '' })]);
    await source.visits.put({ id: 'v', orgId: 'u1', at: 1, by: 'A', guideSlugs: [], stepsDone: [], problems: [], outcomeStatus: 'informed', note: '', followUpDate: null, demo: false });
    const backup = { ...(await new BackupRepository(source, orgs).snapshot(DEFAULT_SETTINGS, 'Hoà', 1000)), dataVersion: 1 };

    const target = freshDb();
    const restored = new OrganisationRepository(target, new WriteGuard());
    await new BackupRepository(target, restored).restoreReplace(backup);
    expect(restored.get('mst-0100233488')).toMatchObject({ deletedAt: null });
    expect(restored.get('u1')).toMatchObject({ mergedInto: 'mst-0100233488' });
    expect(restored.get('u2')).toMatchObject({ deletedAt: null });
    expect((await target.visits.get('v'))!.orgId).toBe('mst-0100233488');
  });
});

describe('BackupRepository on a phone in a team', () => {
  it('a merge that moves visits to the surviving organisation queues them for sync', async () => {
    const db = freshDb();
    await db.meta.put({ key: TEAM_META_KEY, value: { url: 'https://x/couchdb/xa', user: 'lan', joinedAt: 1, paused: false } });
    const orgs = new OrganisationRepository(db, new WriteGuard());
    await orgs.saveMany([makeOrg({ id: 'cu', name: 'Tổ chức cũ' })]);
    const visit = { id: 'v1', orgId: 'cu', at: 1, by: 'A', guideSlugs: [], stepsDone: [], problems: [], outcomeStatus: 'informed' as const, note: '', followUpDate: null, demo: false };
    await db.visits.put(visit);
    await db.outbox.clear();

    await new BackupRepository(db, orgs).applyMerge([makeOrg({ id: 'moi', name: 'Tổ chức cũ' })], [], new Map([['cu', 'moi']]), 'peer', 5);

    expect((await db.visits.get('v1'))?.orgId).toBe('moi');
    expect(await db.outbox.get(visitOutboxKey('v1'))).toMatchObject({ ids: ['v1'] });
  });
});
