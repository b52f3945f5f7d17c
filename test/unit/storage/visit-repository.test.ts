import { describe, expect, it } from 'vitest';
import type { Visit } from '../../../src/domain/visit';
import { OrganisationRepository } from '../../../src/storage/organisation-repository';
import { VisitRepository } from '../../../src/storage/visit-repository';
import { WriteGuard } from '../../../src/storage/write-guard';
import { makeOrg } from './org-fixture';
import { freshDb } from './test-db';

const visit = (id: string, orgId: string, at: number): Visit => ({
  id, orgId, at, by: 'Lan', guideSlugs: [], stepsDone: [], problems: [], outcomeStatus: '', note: '', followUpDate: null, demo: false,
});

describe('VisitRepository', () => {
  it("lists an organisation's visits newest first, with those recorded under its aliases (a teammate's, sent before the id moved)", async () => {
    const db = freshDb();
    const guard = new WriteGuard();
    const organisations = new OrganisationRepository(db, guard);
    await organisations.saveMany([makeOrg({ id: 'mst-0100233488' }), makeOrg({ id: 'old', deletedAt: 2, mergedInto: 'mst-0100233488' }), makeOrg({ id: 'other' })]);
    await db.visits.bulkPut([visit('v1', 'mst-0100233488', 1), visit('v2', 'old', 2), visit('v3', 'other', 3)]);
    const visits = new VisitRepository(db, guard, organisations);
    expect((await visits.listForOrg('mst-0100233488')).map((v) => v.id)).toEqual(['v2', 'v1']);
    expect((await visits.listForOrg('other')).map((v) => v.id)).toEqual(['v3']);
    organisations.close();
    db.close();
  });
});
