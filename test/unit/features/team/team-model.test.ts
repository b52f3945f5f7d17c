import { describe, expect, it, vi } from 'vitest';
import { createTeamModel } from '../../../../src/features/team/team-model';
import { common } from '../../../../src/i18n/common';
import { teamText } from '../../../../src/i18n/team';
import { OrganisationRepository } from '../../../../src/storage/organisation-repository';
import { TeamStore } from '../../../../src/storage/team-store';
import { WriteGuard } from '../../../../src/storage/write-guard';
import { freshDb } from '../../storage/test-db';

/** A phone in a team whose sync is paused (so no sync engine is loaded). */
async function pausedMember() {
  const db = freshDb();
  const guard = new WriteGuard();
  const store = new TeamStore(db, guard, new OrganisationRepository(db, guard));
  await store.join({ url: 'https://so-tay.example.vn/couchdb/xa-mot', user: 'lan', joinedAt: 1, paused: true }, false);
  const model = createTeamModel({ readMembership: () => store.membership(), openStore: async () => store, onLocalChange: () => {}, userName: () => 'lan', records: { all: () => [], get: () => undefined } });
  await model.load();
  return { guard, store, model };
}

describe('team model: leaving', () => {
  it('leaves, keeping nothing of the team but the records', async () => {
    const { model, store } = await pausedMember();
    expect(await model.leave(false)).toEqual({ ok: true, value: undefined });
    expect(model.membership.value).toBeNull();
    expect(await store.membership()).toBeNull();
  });

  it('says in Vietnamese why it could not leave, and stays in the team', async () => {
    const { guard, model, store } = await pausedMember();
    guard.block('newer-data');
    expect(await model.leave(true)).toEqual({ ok: false, message: common.readOnlyError });
    expect(model.membership.value).not.toBeNull();

    const { model: other, store: otherStore } = await pausedMember();
    vi.spyOn(otherStore, 'leave').mockRejectedValue(new Error('IDBDatabase: The database connection is closing.'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await other.leave(false)).toEqual({ ok: false, message: teamText.leaveFailed });
    expect(await store.membership()).not.toBeNull();
  });
});
