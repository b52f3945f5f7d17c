import { afterEach, describe, expect, it } from 'vitest';
import type { EidDatabase } from '../../../src/storage/db';
import { OrganisationRepository } from '../../../src/storage/organisation-repository';
import { WriteGuard } from '../../../src/storage/write-guard';
import { makeOrg } from './org-fixture';
import { freshDb } from './test-db';

let db: EidDatabase;
let repo: OrganisationRepository;
afterEach(() => {
  repo?.close();
  db?.close();
});

describe('OrganisationRepository change log', () => {
  it('logs puts and revisions computed from the stored record, and not a merge that asks it not to', async () => {
    db = freshDb();
    repo = new OrganisationRepository(db, new WriteGuard());
    await repo.save(makeOrg({ id: 'x', updatedAt: 1 }));
    expect(repo.get('x')?.changes).toBeUndefined();
    await repo.save(makeOrg({ id: 'x', notes: 'gọi lại', updatedAt: 2, updatedBy: 'Lan' }));
    await repo.write({ revisions: [{ id: 'x', revise: (o) => ({ ...o, assignee: 'Minh', status: 'informed', updatedAt: 3, updatedBy: 'Lan' }) }] });
    expect(repo.get('x')?.changes).toEqual([
      { at: 2, by: 'Lan', fields: ['notes'] },
      { at: 3, by: 'Lan', fields: ['assignee'], from: 'not_contacted', to: 'informed' },
    ]);
    await repo.write({ puts: [makeOrg({ id: 'x', name: 'Khác', updatedAt: 4 })], logChanges: false });
    expect(repo.get('x')?.changes).toBeUndefined();
  });
});
