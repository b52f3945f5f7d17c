import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../../../src/domain/backup/merge-records';
import type { Organisation } from '../../../../src/domain/organisation';
import { holdsPersonalData } from '../../../../src/domain/team/erasure';
import { settleVersions } from '../../../../src/domain/team/settle-versions';
import { makeOrg } from '../../storage/org-fixture';

/**
 * Versions of a few records on several phones, as in backup/phone-states.ts, plus
 * change logs, assignees and erasures (some with personal data entered again
 * after the erasure). Ids a and b share a tax code.
 */
const TAX: Record<string, string> = { a: '0100233488', b: '0100233488', e: '0102721620', f: '' };
const version = fc
  .record({
    id: fc.constantFrom(...Object.keys(TAX)),
    updatedAt: fc.integer({ min: 1, max: 5 }),
    notes: fc.constantFrom('', 'gọi lại'),
    name: fc.constantFrom('', 'Nguyễn Văn Đức', 'Trần Thị Hoa'),
    assignee: fc.option(fc.constantFrom('Lan', 'Minh'), { nil: undefined }),
    erasure: fc.option(fc.record({ at: fc.integer({ min: 1, max: 5 }), by: fc.constantFrom('Lan', 'Minh') }), { nil: undefined }),
    changes: fc.array(fc.record({ at: fc.integer({ min: 1, max: 5 }), by: fc.constantFrom('Lan', 'Minh'), fields: fc.subarray(['notes', 'assignee']) }), { maxLength: 3 }),
    deleted: fc.boolean(),
  })
  .map(({ id, updatedAt, notes, name, assignee, erasure, changes, deleted }) =>
    makeOrg({
      id,
      taxCode: TAX[id]!,
      notes,
      representativeName: name,
      representativePhone: name ? '+84912345678' : '',
      updatedAt,
      deletedAt: deleted ? updatedAt : null,
      createdAt: 0,
      ...(assignee ? { assignee } : {}),
      ...(erasure ? { erasure } : {}),
      ...(changes.length ? { changes } : {}),
    }),
  );
const plainSet = fc.uniqueArray(version, { selector: (o) => o.id, maxLength: 4 });
const phoneState = fc.oneof(plainSet, fc.array(plainSet, { minLength: 2, maxLength: 3 }).map((sets) => mergeRecords(...sets)));
const merge = (...sets: Organisation[][]) => [...mergeRecords(...sets)].sort((x, y) => x.id.localeCompare(y.id));

describe('mergeRecords with change logs and erasures (property tests)', () => {
  it('stays idempotent, commutative and associative', () => {
    fc.assert(
      fc.property(phoneState, phoneState, phoneState, (a, b, c) => {
        expect(merge(mergeRecords(a))).toEqual(merge(a));
        expect(merge(a, b)).toEqual(merge(b, a));
        expect(merge(mergeRecords(a, b), c)).toEqual(merge(a, mergeRecords(b, c)));
      }),
      { numRuns: 1000 },
    );
  });

  it('erasure wins: no merged record holds personal data unless it carries the latest erasure of its versions', () => {
    fc.assert(
      fc.property(phoneState, phoneState, (a, b) => {
        const latest = new Map<string, number>();
        for (const o of [...a, ...b]) if (o.erasure) latest.set(o.id, Math.max(latest.get(o.id) ?? 0, o.erasure.at));
        for (const o of mergeRecords(a, b)) {
          const at = latest.get(o.id);
          if (at === undefined || !holdsPersonalData(o)) continue;
          expect(o.erasure?.at).toBeGreaterThanOrEqual(at);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every change entry of every version (up to the limit)', () => {
    fc.assert(
      fc.property(phoneState, phoneState, (a, b) => {
        const out = new Map(mergeRecords(a, b).map((o) => [o.id, o]));
        for (const o of [...a, ...b]) {
          const merged = out.get(o.id)!;
          for (const e of o.changes ?? []) expect(merged.changes).toContainEqual(e);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('settleVersions', () => {
  it('leaves a record with no log and no erasure exactly as it is', () => {
    const org = makeOrg();
    expect(settleVersions(org, [org])).toBe(org);
  });
});
