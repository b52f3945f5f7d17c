import { effect } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../../src/domain/organisation';
import { createFollowUpsModel } from '../../../../src/features/followups/followups-model';
import type { DraftRepository } from '../../../../src/storage/draft-repository';
import type { OrganisationRepository } from '../../../../src/storage/organisation-repository';
import { makeOrg } from '../../storage/org-fixture';

/** A registry in memory that tells its listeners of every change, as the repository does. */
function fakeRegistry(orgs: Organisation[]) {
  const listeners: (() => void)[] = [];
  const repo = {
    version: 0,
    all: () => orgs,
    get: (id: string) => orgs.find((o) => o.id === id),
    subscribe: (listener: () => void) => listeners.push(listener),
  };
  const change = (next: Organisation[]) => {
    orgs = next;
    repo.version++;
    for (const l of listeners) l();
  };
  return { repo: repo as unknown as OrganisationRepository, change };
}

describe('follow-ups model', () => {
  it('lists follow-ups due and overdue, and tells its readers when a record changes', () => {
    const { repo, change } = fakeRegistry([makeOrg({ id: 'a', followUpDate: '2026-11-30' }), makeOrg({ id: 'b', followUpDate: '2026-11-20' })]);
    const model = createFollowUpsModel({ organisations: repo, drafts: {} as DraftRepository });
    const seen: string[][] = [];
    effect(() => {
      const { due, overdue } = model.dueOn('2026-11-30');
      seen.push([...due, ...overdue].map((o) => o.id));
    });
    change([makeOrg({ id: 'c', followUpDate: '2026-11-30' })]);
    expect(seen).toEqual([['a', 'b'], ['c']]);
  });

  it('names the organisations with an unfinished visit, and says when one is gone', async () => {
    const { repo } = fakeRegistry([makeOrg({ id: 'a', name: 'Hợp tác xã Tân Lập' })]);
    const drafts = { keysWithPrefix: async (prefix: string) => [`${prefix}a`, `${prefix}gone`] } as unknown as DraftRepository;
    const model = createFollowUpsModel({ organisations: repo, drafts });
    expect(await model.unfinishedVisits()).toEqual([
      { id: 'a', name: 'Hợp tác xã Tân Lập' },
      { id: 'gone', name: null },
    ]);
  });
});
