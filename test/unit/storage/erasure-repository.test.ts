import { describe, expect, it } from 'vitest';
import { ErasureRepository } from '../../../src/storage/erasure-repository';
import { OrganisationRepository } from '../../../src/storage/organisation-repository';
import { WriteGuard } from '../../../src/storage/write-guard';
import { makeOrg } from './org-fixture';
import { freshDb } from './test-db';

describe('ErasureRepository', () => {
  it('erases the record, its aliases, its drafts, and the values the review list keeps of the person', async () => {
    const db = freshDb();
    const organisations = new OrganisationRepository(db, new WriteGuard());
    await organisations.saveMany([
      makeOrg({ id: 'o1', notes: 'gặp Nguyễn Văn Đức' }),
      // The id it had before the tax-code migration: an alias holding a copy of it.
      makeOrg({ id: 'old', notes: 'gặp Nguyễn Văn Đức', deletedAt: 3, mergedInto: 'o1' }),
    ]);
    await db.drafts.put({ key: 'org:o1', value: { representativeName: 'Nguyễn Văn Đức' }, savedAt: 1 });
    await db.reviews.put({ id: 'o1', dispute: { representativeName: ['Nguyễn Văn Đức', 'Nguyễn Văn Đ.'], notes: ['gọi 0912 345 678', ''], status: ['informed', 'guided'] } });
    const erased = await new ErasureRepository(db, organisations).erase('o1', { at: 99, by: 'Lan' });
    expect(erased).toMatchObject({ representativeName: '', notes: 'gặp …' });
    expect(JSON.stringify(organisations.allWithTombstones())).not.toMatch(/Đức|912/);
    expect(organisations.get('old')!.mergedInto).toBe('o1');
    expect(await db.drafts.get('org:o1')).toBeUndefined();
    expect(await db.reviews.get('o1')).toEqual({ id: 'o1', dispute: { notes: ['gọi …', ''], status: ['informed', 'guided'] } });
    organisations.close();
    db.close();
  });
});
