import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeFields, rebaseOnto } from '../../../src/domain/field-merge';

const record = fc.record({ a: fc.constantFrom('x', 'y', 'z'), b: fc.constantFrom('x', 'y', 'z'), c: fc.boolean() });

describe('mergeFields', () => {
  it('takes my change, keeps theirs, and lists a field both changed differently', () => {
    const base = { notes: 'cũ', phone: '1', name: 'A' };
    const mine = { notes: 'của tôi', phone: '1', name: 'B' };
    const theirs = { notes: 'cũ', phone: '2', name: 'C' };
    expect(mergeFields(base, mine, theirs)).toEqual({ merged: { notes: 'của tôi', phone: '2', name: 'C' }, conflicts: ['name'] });
  });

  it('sees no conflict when both sides made the same change', () => {
    expect(mergeFields({ a: 1 }, { a: 2 }, { a: 2 })).toEqual({ merged: { a: 2 }, conflicts: [] });
  });

  it('never reverts a field the user did not touch', () => {
    fc.assert(
      fc.property(record, record, record, (base, mine, theirs) => {
        const { merged } = mergeFields(base, mine, theirs);
        for (const f of ['a', 'b', 'c'] as const) if (mine[f] === base[f]) expect(merged[f]).toBe(theirs[f]);
      }),
    );
  });

  it('keeps every change of mine that is not a conflict, and overwrites nothing changed elsewhere', () => {
    fc.assert(
      fc.property(record, record, record, (base, mine, theirs) => {
        const { merged, conflicts } = mergeFields(base, mine, theirs);
        for (const f of ['a', 'b', 'c'] as const) {
          if (conflicts.includes(f)) expect(merged[f]).toBe(theirs[f]);
          else if (mine[f] !== base[f]) expect(merged[f]).toBe(mine[f]);
          if (theirs[f] !== base[f] && !conflicts.includes(f)) expect([theirs[f], mine[f]]).toContain(merged[f]);
        }
      }),
    );
  });

  it('is the identity when nothing changed elsewhere, and takes theirs when I changed nothing', () => {
    fc.assert(
      fc.property(record, record, (base, other) => {
        expect(mergeFields(base, other, base)).toEqual({ merged: other, conflicts: [] });
        expect(mergeFields(base, base, other)).toEqual({ merged: other, conflicts: [] });
      }),
    );
  });
});

describe('rebaseOnto', () => {
  it('takes in the changes made elsewhere and keeps my value only where I chose it', () => {
    const base = { notes: 'cũ', phone: '1', name: 'A' };
    const mine = { notes: 'của tôi', phone: '1', name: 'B' };
    const theirs = { notes: 'cũ', phone: '2', name: 'C' };
    expect(rebaseOnto(base, mine, theirs, ['name'])).toEqual({ values: { notes: 'của tôi', phone: '2', name: 'B' }, base: theirs });
    expect(rebaseOnto(base, mine, theirs, [])).toEqual({ values: { notes: 'của tôi', phone: '2', name: 'C' }, base: theirs });
  });

  it('after rebasing, merging again against the same stored record has no conflict and writes what was chosen', () => {
    fc.assert(
      fc.property(record, record, record, fc.boolean(), (base, mine, theirs, keep) => {
        const { conflicts } = mergeFields(base, mine, theirs);
        const rebased = rebaseOnto(base, mine, theirs, keep ? conflicts : []);
        const again = mergeFields(rebased.base, rebased.values, theirs);
        expect(again.conflicts).toEqual([]);
        expect(again.merged).toEqual(rebased.values);
      }),
    );
  });
});
