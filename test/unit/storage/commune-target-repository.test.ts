import { describe, expect, it } from 'vitest';
import { CommuneTargetRepository } from '../../../src/storage/commune-target-repository';
import { WriteGuard } from '../../../src/storage/write-guard';
import { freshDb } from './test-db';

describe('CommuneTargetRepository', () => {
  it('stores a quota, replaces it, and removes it when every field is cleared', async () => {
    const db = freshDb();
    const repo = new CommuneTargetRepository(db, new WriteGuard());
    await repo.save({ code: '00004', enterprisePct: 90, otherPct: null, deadline: '2026-06-30' });
    await repo.save({ code: '00004', enterprisePct: 85, otherPct: 60, deadline: null });
    expect(await repo.all()).toEqual([{ code: '00004', enterprisePct: 85, otherPct: 60, deadline: null }]);
    await repo.save({ code: '00004', enterprisePct: null, otherPct: null, deadline: null });
    expect(await repo.all()).toEqual([]);
  });

  it('refuses an invalid quota and skips invalid stored rows', async () => {
    const db = freshDb();
    const repo = new CommuneTargetRepository(db, new WriteGuard());
    await expect(repo.save({ code: 'x', enterprisePct: 150, otherPct: null, deadline: null })).rejects.toThrow();
    await db.communes.put({ code: 'bad', enterprisePct: 80, otherPct: null, deadline: '30/6/2026' });
    expect(await repo.all()).toEqual([]);
  });
});
