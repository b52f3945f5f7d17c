import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNewer, mergeRecords } from '../../../../src/domain/backup/merge-records';
import type { Organisation } from '../../../../src/domain/organisation';
import { makeOrg } from '../../storage/org-fixture';
import { phoneState, sortedById as sorted } from './phone-states';

const merge = (...sets: Organisation[][]) => sorted(mergeRecords(...sets));

describe('mergeRecords (property tests)', () => {
  it('is idempotent, commutative and associative, also when one organisation has several ids', () => {
    fc.assert(
      fc.property(phoneState, phoneState, phoneState, (a, b, c) => {
        expect(merge(mergeRecords(a))).toEqual(merge(a));
        expect(merge(a, a)).toEqual(merge(a));
        expect(merge(a, b)).toEqual(merge(b, a));
        expect(merge(mergeRecords(a, b), c)).toEqual(merge(a, mergeRecords(b, c)));
        expect(merge(mergeRecords(a, b), b)).toEqual(merge(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves one live record per tax code, and every alias points at a record that is not an alias', () => {
    fc.assert(
      fc.property(phoneState, phoneState, (a, b) => {
        const out = new Map(mergeRecords(a, b).map((o) => [o.id, o]));
        const byTax = new Map<string, string[]>();
        for (const o of out.values()) {
          if (o.mergedInto === undefined && o.taxCode) byTax.set(o.taxCode, [...(byTax.get(o.taxCode) ?? []), o.id]);
          if (o.mergedInto !== undefined) expect(out.get(o.mergedInto)?.mergedInto).toBeUndefined();
        }
        for (const ids of byTax.values()) expect(ids).toHaveLength(1);
      }),
    );
  });
});

describe('mergeRecords (examples)', () => {
  it('joins one organisation created on two phones under the smaller id, with the newest version', () => {
    const phoneA = makeOrg({ id: 'b-from-A', taxCode: '0100233488', notes: 'A', updatedAt: 5 });
    const phoneB = makeOrg({ id: 'a-from-B', taxCode: '0100233488', notes: 'B', updatedAt: 3 });
    const out = new Map(mergeRecords([phoneA], [phoneB]).map((o) => [o.id, o]));
    expect(out.get('a-from-B')).toMatchObject({ notes: 'A', updatedAt: 5, deletedAt: null });
    expect(out.get('a-from-B')!.mergedInto).toBeUndefined();
    expect(out.get('b-from-A')).toMatchObject({ mergedInto: 'a-from-B', deletedAt: 5 });
  });

  it('joins under the id derived from the tax code when one phone has it, though it sorts after the others', () => {
    const migrated = makeOrg({ id: 'mst-0100233488', taxCode: '0100233488', notes: 'A', updatedAt: 3 });
    const old = makeOrg({ id: '0a-old-uuid', taxCode: '0100233488', notes: 'B', updatedAt: 5 });
    const out = new Map(mergeRecords([old], [migrated]).map((o) => [o.id, o]));
    expect(out.get('mst-0100233488')).toMatchObject({ notes: 'B', deletedAt: null });
    expect(out.get('0a-old-uuid')).toMatchObject({ mergedInto: 'mst-0100233488' });
  });

  it('a newer deletion on one phone deletes the organisation joined from both', () => {
    const kept = makeOrg({ id: 'x', taxCode: '0100233488', updatedAt: 5 });
    const deleted = makeOrg({ id: 'y', taxCode: '0100233488', updatedAt: 8, deletedAt: 8 });
    const out = new Map(mergeRecords([kept], [deleted]).map((o) => [o.id, o]));
    expect(out.get('x')!.deletedAt).toBe(8);
    expect(out.get('y')!.mergedInto).toBe('x');
  });

  it('an alias outranks any plain version of its id', () => {
    const alias = makeOrg({ id: 'y', updatedAt: 2, deletedAt: 2, mergedInto: 'x' });
    expect(isNewer(alias, makeOrg({ id: 'y', updatedAt: 9 }))).toBe(true);
  });
});
