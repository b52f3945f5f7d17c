import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planMerge, resolveConflict } from '../../../../src/domain/backup/merge';
import { isNewer, mergeRecords } from '../../../../src/domain/backup/merge-records';
import type { Organisation } from '../../../../src/domain/organisation';
import type { Visit } from '../../../../src/domain/visit';
import { makeOrg } from '../../storage/org-fixture';
import { phoneState, sortedById as sorted } from './phone-states';

/** Applies a plan the way the app does: write its versions over the local set. */
function apply(local: Organisation[], incoming: Organisation[]): Organisation[] {
  const plan = planMerge(local, incoming, [], [], 0);
  const out = new Map(local.map((o) => [o.id, o]));
  for (const w of plan.writes) out.set(w.id, w);
  return sorted([...out.values()]);
}

const visit = (id: string, orgId: string): Visit => ({
  id, orgId, at: 1, by: 'B', guideSlugs: [], stepsDone: [], problems: [], outcomeStatus: 'informed', note: '', followUpDate: null, demo: false,
});

describe('merge plan (property tests)', () => {
  it('merging a file gives the join; merging it twice changes nothing; file order does not matter', () => {
    fc.assert(
      fc.property(phoneState, phoneState, phoneState, (local, fileA, fileB) => {
        const once = apply(local, fileA);
        expect(once).toEqual(sorted(mergeRecords(local, fileA)));
        expect(planMerge(once, fileA, [], [], 0).writes).toEqual([]);
        expect(apply(apply(local, fileA), fileB)).toEqual(apply(apply(local, fileB), fileA));
      }),
      { numRuns: 300 },
    );
    // 300 runs take about a second on a quiet machine; the default 5 s timed out on a loaded one.
  }, 30_000);
});

describe('merge plan (examples)', () => {
  it('joins a record of this phone with the teammate’s record of the same tax code, and re-points visits', () => {
    const mine = makeOrg({ id: 'mine', taxCode: '0100233488', updatedAt: 5 });
    const theirs = makeOrg({ id: 'theirs', taxCode: '0100233488', notes: 'đã gọi', updatedAt: 9 });
    const plan = planMerge([mine], [theirs], [], [visit('v1', 'theirs')], 0);
    expect(plan.writes).toEqual([expect.objectContaining({ id: 'mine', notes: 'đã gọi', updatedAt: 9 }), expect.objectContaining({ id: 'theirs', mergedInto: 'mine' })]);
    expect(plan).toMatchObject({ added: 0, updated: 1, joined: 0 });
    expect(plan.visits[0]!.orgId).toBe('mine');
    expect(plan.aliases).toEqual(new Map([['theirs', 'mine']]));
    expect(plan.conflicts).toHaveLength(1);

    // The other phone merges this phone's file: its id gives way, its visits move, the same record results.
    const back = planMerge([theirs], [mine], ['v1'], [], 0);
    expect(back).toMatchObject({ added: 0, joined: 1 });
    expect(back.aliases).toEqual(new Map([['theirs', 'mine']]));
    expect(apply([theirs], [mine])).toEqual(apply([mine], [theirs]));
  });

  it('lists a both-sides change as a conflict field by field; the chosen older value wins from then on', () => {
    const base = makeOrg({ id: 'x', updatedAt: 10 });
    const local = { ...base, representativePhone: '+84911111111', updatedAt: 20 };
    const incoming = { ...base, representativePhone: '+84922222222', notes: 'mới', updatedAt: 30 };
    const plan = planMerge([local], [incoming], [], [], 15);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]!.fields).toEqual(['representativePhone', 'notes']);
    expect(isNewer(incoming, local)).toBe(true);
    const kept = resolveConflict(plan.conflicts[0]!, 'local', 40, 'A')!;
    expect(kept).toMatchObject({ representativePhone: '+84911111111', updatedAt: 40, updatedBy: 'A' });
    expect(resolveConflict(plan.conflicts[0]!, 'incoming', 40, 'A')).toBeNull();
    // Merging the same file again after the choice: nothing to write, no conflict.
    const again = planMerge([kept], [incoming], [], [], 35);
    expect(again.writes).toEqual([]);
    expect(again.conflicts).toEqual([]);
  });

  it('a change made only on one side since the last meeting is not a conflict', () => {
    const local = makeOrg({ id: 'x', notes: 'cũ', updatedAt: 10 });
    const incoming = { ...local, notes: 'mới', updatedAt: 30 };
    const plan = planMerge([local], [incoming], [], [], 15);
    expect(plan.conflicts).toEqual([]);
    expect(plan.updated).toBe(1);
  });

  it('counts new, deleted and unknown records from the organisation’s point of view', () => {
    const local = [makeOrg({ id: 'a', taxCode: '' }), makeOrg({ id: 'b', taxCode: '0100233488' })];
    const incoming = [makeOrg({ id: 'b', taxCode: '0100233488', deletedAt: 4, updatedAt: 4 }), makeOrg({ id: 'c', taxCode: '' })];
    expect(planMerge(local, incoming, [], [], 0)).toMatchObject({ added: 1, updated: 0, deleted: 1, joined: 0 });
  });
});
