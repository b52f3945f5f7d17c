import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNewer, mergeSets, planMerge, resolveConflict } from '../../../../src/domain/backup/merge';
import type { Organisation } from '../../../../src/domain/organisation';
import { makeOrg } from '../../storage/org-fixture';

/** Versions of a few records: same ids, different times, edits and deletions. Tax code tied to the id. */
const version = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    updatedAt: fc.integer({ min: 1, max: 6 }),
    name: fc.constantFrom('Phước Lộc', 'An Bình', 'Hòa Phát'),
    notes: fc.constantFrom('', 'gọi lại', 'đã hướng dẫn'),
    deleted: fc.boolean(),
  })
  .map(({ id, updatedAt, name, notes, deleted }) =>
    makeOrg({ id, taxCode: `010000000${id.charCodeAt(0) - 97}`, name, notes, updatedAt, deletedAt: deleted ? updatedAt : null, createdAt: 0 }),
  );
const recordSet = fc.uniqueArray(version, { selector: (o) => o.id, maxLength: 4 });

const sorted = (xs: Organisation[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

/** Applies a plan the way the app does: write its versions over the local set. */
function apply(local: Organisation[], incoming: Organisation[]): Organisation[] {
  const plan = planMerge(local, incoming, [], [], 0);
  const out = new Map(local.map((o) => [o.id, o]));
  for (const w of plan.writes) out.set(w.id, w);
  return sorted([...out.values()]);
}

describe('merge (property tests)', () => {
  it('the join is idempotent, commutative and associative', () => {
    fc.assert(
      fc.property(recordSet, recordSet, recordSet, (a, b, c) => {
        expect(sorted(mergeSets(a, a))).toEqual(sorted(a));
        expect(sorted(mergeSets(a, b))).toEqual(sorted(mergeSets(b, a)));
        expect(sorted(mergeSets(mergeSets(a, b), c))).toEqual(sorted(mergeSets(a, mergeSets(b, c))));
      }),
    );
  });

  it('merging a file gives the join; merging it twice changes nothing; file order does not matter', () => {
    fc.assert(
      fc.property(recordSet, recordSet, recordSet, (local, fileA, fileB) => {
        const once = apply(local, fileA);
        expect(once).toEqual(sorted(mergeSets(local, fileA)));
        expect(planMerge(once, fileA, [], [], 0).writes).toEqual([]);
        expect(apply(apply(local, fileA), fileB)).toEqual(apply(apply(local, fileB), fileA));
      }),
    );
  });
});

describe('merge (examples)', () => {
  it('matches an unknown id by tax code, and re-points its visits', () => {
    const mine = makeOrg({ id: 'mine', taxCode: '0100233488', updatedAt: 5 });
    const theirs = makeOrg({ id: 'theirs', taxCode: '0100233488', notes: 'đã gọi', updatedAt: 9 });
    const plan = planMerge([mine], [theirs], [], [{ id: 'v1', orgId: 'theirs', at: 1, by: 'B', guideSlugs: [], stepsDone: [], problems: [], outcomeStatus: 'informed', note: '', followUpDate: null, demo: false }], 0);
    expect(plan.writes).toHaveLength(1);
    expect(plan.writes[0]).toMatchObject({ id: 'mine', notes: 'đã gọi' });
    expect(plan.visits[0]!.orgId).toBe('mine');
    expect(plan.conflicts).toHaveLength(1);
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
});
