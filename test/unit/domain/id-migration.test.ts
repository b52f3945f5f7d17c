import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../../src/domain/backup/merge-records';
import { migrateIds, movedId, planIdMigration } from '../../../src/domain/id-migration';
import type { Organisation } from '../../../src/domain/organisation';
import { makeOrg } from '../storage/org-fixture';

/** The records as stored after the migration. */
const apply = (records: Organisation[]): Organisation[] => migrateIds(records, []).records;

describe('planIdMigration', () => {
  it('moves a record with a valid tax code to its derived id and leaves its old id as an alias', () => {
    const org = makeOrg({ id: 'u1', taxCode: '0314409058-002', notes: 'gọi lại' });
    const { moved, added, replaced } = planIdMigration([org]);
    expect(moved).toEqual(new Map([['u1', 'mst-0314409058-002']]));
    expect(added).toEqual([{ ...org, id: 'mst-0314409058-002' }]);
    // The alias keeps what finds it, and nothing of the person or the notes (the record lives on under its new id).
    expect(replaced).toEqual([
      { ...org, id: 'u1', mergedInto: 'mst-0314409058-002', deletedAt: org.updatedAt, representativeName: '', representativePhone: '', notes: '' },
    ]);
    expect(movedId({ moved }, 'u1')).toBe('mst-0314409058-002');
    expect(movedId({ moved }, 'other')).toBe('other');
  });

  it('leaves records without a usable code, personal ID numbers, demo records and aliases where they are', () => {
    const records = [
      makeOrg({ id: 'none', taxCode: '' }),
      makeOrg({ id: 'bad', taxCode: '0100233480', keptAsIs: { taxCode: 'Như trong tệp' } }),
      makeOrg({ id: 'hkd', kind: 'household', taxCode: '001085012345' }),
      makeOrg({ id: 'demo-2025-1', taxCode: '0100233488', demo: true }),
      makeOrg({ id: 'alias', taxCode: '0101243150', deletedAt: 3, mergedInto: 'none' }),
    ];
    expect(planIdMigration(records)).toEqual({ moved: new Map(), added: [], replaced: [] });
  });

  it('two records with one tax code: the live, then older one takes the id; the other keeps its own, nothing is joined', () => {
    const older = makeOrg({ id: 'z', taxCode: '0100233488', createdAt: 1 });
    const newer = makeOrg({ id: 'a', taxCode: '0100233488', createdAt: 2 });
    const deleted = makeOrg({ id: '0', taxCode: '0100233488', createdAt: 0, deletedAt: 5 });
    const { moved } = planIdMigration([newer, deleted, older]);
    expect(moved).toEqual(new Map([['z', 'mst-0100233488']]));
    const after = apply([newer, deleted, older]);
    expect(after.filter((o) => o.deletedAt === null).map((o) => o.id).sort()).toEqual(['a', 'mst-0100233488']);
  });

  it('moves deleted records too, repoints older aliases, and a second run changes nothing', () => {
    const deleted = makeOrg({ id: 'd', taxCode: '0101243150', deletedAt: 7, updatedAt: 7 });
    const root = makeOrg({ id: 'r', taxCode: '0100233488' });
    const oldAlias = makeOrg({ id: 's', taxCode: '0100233488', deletedAt: 2, mergedInto: 'r' });
    const after = apply([deleted, root, oldAlias]);
    const byId = new Map(after.map((o) => [o.id, o]));
    expect(byId.get('mst-0101243150')).toMatchObject({ deletedAt: 7 });
    expect(byId.get('d')).toMatchObject({ mergedInto: 'mst-0101243150' });
    expect(byId.get('s')!.mergedInto).toBe('mst-0100233488');
    expect(byId.get('r')!.mergedInto).toBe('mst-0100233488');
    expect(planIdMigration(after).moved.size).toBe(0);
  });

  it('a migrated phone merging a file of a phone not yet migrated keeps the derived id, with no duplicate', () => {
    const mine = makeOrg({ id: 'mine', taxCode: '0100233488', updatedAt: 5 });
    const theirs = makeOrg({ id: 'theirs', taxCode: '0100233488', updatedAt: 9, notes: 'mới' });
    const merged = mergeRecords(apply([mine]), [theirs]);
    const live = merged.filter((o) => o.deletedAt === null);
    expect(live.map((o) => [o.id, o.notes])).toEqual([['mst-0100233488', 'mới']]);
    expect(merged.find((o) => o.id === 'theirs')!.mergedInto).toBe('mst-0100233488');
    expect(merged.find((o) => o.id === 'mine')!.mergedInto).toBe('mst-0100233488');
  });

  it('moves a backup\'s records and visits as the upgrade moves a phone\'s', () => {
    const org = makeOrg({ id: 'u1', taxCode: '0100233488' });
    const out = migrateIds([org], [{ id: 'v1', orgId: 'u1' }, { id: 'v2', orgId: 'x' }]);
    expect(out.records.map((o) => [o.id, o.mergedInto ?? null])).toEqual([['u1', 'mst-0100233488'], ['mst-0100233488', null]]);
    expect(out.visits).toEqual([{ id: 'v1', orgId: 'mst-0100233488' }, { id: 'v2', orgId: 'x' }]);
  });
});
