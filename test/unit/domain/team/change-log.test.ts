import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANGE_LOG_LIMIT, type ChangeEntry, changedFields, unionChangeLogs, withChangeLogged } from '../../../../src/domain/team/change-log';
import { makeOrg } from '../../storage/org-fixture';

const entry = fc.record({
  at: fc.integer({ min: 1, max: 80 }),
  by: fc.constantFrom('Lan', 'Minh', ''),
  fields: fc.subarray(['name', 'notes', 'assignee']),
});
const log = fc.array(entry, { maxLength: 40 }) as fc.Arbitrary<ChangeEntry[]>;

describe('unionChangeLogs (property tests)', () => {
  it('is idempotent, commutative and associative, and keeps at most the newest CHANGE_LOG_LIMIT entries', () => {
    fc.assert(
      fc.property(log, log, log, (a, b, c) => {
        expect(unionChangeLogs(a, a)).toEqual(unionChangeLogs(a));
        expect(unionChangeLogs(unionChangeLogs(a))).toEqual(unionChangeLogs(a));
        expect(unionChangeLogs(a, b)).toEqual(unionChangeLogs(b, a));
        expect(unionChangeLogs(unionChangeLogs(a, b), c)).toEqual(unionChangeLogs(a, unionChangeLogs(b, c)));
        const out = unionChangeLogs(a, b, c);
        expect(out.length).toBeLessThanOrEqual(CHANGE_LOG_LIMIT);
        for (let i = 1; i < out.length; i++) expect(out[i]!.at).toBeGreaterThanOrEqual(out[i - 1]!.at);
      }),
      { numRuns: 300 },
    );
  });
});

describe('withChangeLogged', () => {
  it('appends who changed which fields and the status move, stamped with the new version', () => {
    const before = makeOrg({ updatedAt: 10, status: 'informed' });
    const after = { ...before, notes: 'gọi lại', assignee: 'Lan', status: 'guided' as const, updatedAt: 20, updatedBy: 'Minh' };
    expect(withChangeLogged(before, after).changes).toEqual([{ at: 20, by: 'Minh', fields: ['notes', 'assignee'], from: 'informed', to: 'guided' }]);
  });

  it('adds nothing for a new record, an unchanged one, or a version not newer than the stored one (undo, restore)', () => {
    const before = makeOrg({ updatedAt: 10 });
    expect(withChangeLogged(undefined, before).changes).toBeUndefined();
    expect(withChangeLogged(before, { ...before, updatedAt: 11 }).changes).toBeUndefined();
    expect(withChangeLogged(before, { ...before, notes: 'x', updatedAt: 9 }).changes).toBeUndefined();
  });

  it('keeps the stored log and the incoming one, cut to the limit', () => {
    const old = Array.from({ length: CHANGE_LOG_LIMIT }, (_, i) => ({ at: i + 1, by: 'A', fields: ['notes'] }));
    const before = makeOrg({ updatedAt: 100, changes: old });
    const out = withChangeLogged(before, { ...before, name: 'Mới', updatedAt: 200, updatedBy: 'B' }).changes!;
    expect(out).toHaveLength(CHANGE_LOG_LIMIT);
    expect(out.at(-1)).toEqual({ at: 200, by: 'B', fields: ['name'] });
    expect(out[0]!.at).toBe(2);
  });

  it('compares values, not object identity', () => {
    const before = makeOrg({ consent: { given: true, recordedBy: 'A', at: 1 } });
    expect(changedFields(before, { ...before, consent: { given: true, recordedBy: 'A', at: 1 } })).toEqual([]);
  });
});
