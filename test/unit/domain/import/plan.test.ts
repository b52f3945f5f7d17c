import { describe, expect, it } from 'vitest';
import { applicableChoice, changesOf, choicesFor, DuplicateIndex, importedVersion, planImport } from '../../../../src/domain/import/plan';
import type { ImportRow } from '../../../../src/domain/import/rows';
import { makeOrg } from '../../storage/org-fixture';

const row = (over: Partial<ImportRow>): ImportRow => ({
  line: 2, taxCode: '', name: 'Công ty A', kind: 'enterprise', address: '', communeCode: '', listedCommune: '', representativeName: '', representativePhone: '', notes: '', ...over,
});
const ctx = { batchId: 'b', now: 50, by: 'tester', newId: (() => { let i = 0; return () => `new${++i}`; })(), isTaken: () => false };

describe('import plan', () => {
  const existing = [
    makeOrg({ id: 'tax', taxCode: '0100233488', name: 'Công ty TNHH Phước Lộc', communeCode: '00004' }),
    makeOrg({ id: 'named', taxCode: '', name: 'Hợp tác xã Hoà Bình', communeCode: '00007' }),
    makeOrg({ id: 'gone', taxCode: '0101243150', deletedAt: 9 }),
  ];
  const index = new DuplicateIndex(existing);

  it('matches by tax code, else by folded name and commune; deleted records never match', () => {
    expect(index.find(row({ taxCode: '0100233488', name: 'Khác' }))).toMatchObject({ org: { id: 'tax' }, by: 'taxCode' });
    expect(index.find(row({ name: 'HOP TAC XA HOA BINH', communeCode: '00007' }))).toMatchObject({ org: { id: 'named' }, by: 'name' });
    expect(index.find(row({ name: 'Hợp tác xã Hoà Bình', communeCode: '00008' }))).toBeUndefined();
    expect(index.find(row({ taxCode: '0101243150' }))).toBeUndefined();
  });

  it('offers "keep both" only for a name match: one tax code is one organisation', () => {
    expect(choicesFor('taxCode')).toEqual(['update', 'skip']);
    expect(choicesFor('name')).toEqual(['update', 'skip', 'keep-both']);
    expect(applicableChoice('keep-both', 'taxCode')).toBe('skip');
  });

  it('fills fields from non-empty cells only, and reports no change when the values are already there', () => {
    const before = existing[0]!;
    const same = row({ taxCode: before.taxCode, name: before.name, address: '' });
    expect(changesOf(before, same)).toEqual([]);
    expect(importedVersion(before, same, ctx)).toBeNull();
    const moved = row({ taxCode: before.taxCode, name: before.name, address: 'Số 9 Tràng Tiền', representativePhone: '+84987654321' });
    expect(changesOf(before, moved).map((c) => c.field)).toEqual(['address', 'representativePhone']);
    expect(importedVersion(before, moved, ctx)).toEqual({ ...before, address: 'Số 9 Tràng Tiền', representativePhone: '+84987654321', updatedAt: 50, updatedBy: 'tester' });
  });

  it('never refills the representative of a record whose personal data was erased: a list records no consent', () => {
    const erased = makeOrg({ id: 'erased', representativeName: '', representativePhone: '', consent: null, erasure: { at: 7, by: 'Lan' } });
    const again = row({ taxCode: erased.taxCode, name: erased.name, representativeName: 'Nguyễn Văn Đức', representativePhone: '+84912345678', address: 'Số 9 Tràng Tiền' });
    expect(changesOf(erased, again).map((c) => c.field)).toEqual(['address']);
    expect(importedVersion(erased, again, ctx)).toMatchObject({ representativeName: '', representativePhone: '', address: 'Số 9 Tràng Tiền' });
  });

  it('plans adds, updates and skips from the choice each row gets', () => {
    const rows = [row({ line: 2, taxCode: '0100233488' }), row({ line: 3, name: 'Hợp tác xã Hoà Bình', communeCode: '00007' }), row({ line: 4, name: 'Mới' })];
    const all = planImport(rows, index, () => 'keep-both', ctx);
    expect(all.add.map((o) => o.name)).toEqual(['Hợp tác xã Hoà Bình', 'Mới']);
    expect(all.skipped).toBe(1);
    const perRow = planImport(rows, index, (r) => (r.line === 2 ? 'update' : 'skip'), ctx);
    expect(perRow.update).toEqual([{ id: 'tax', row: rows[0] }]);
    expect(perRow.add.map((o) => [o.name, o.status, o.importBatchId, o.updatedAt])).toEqual([['Mới', 'not_contacted', 'b', 50]]);
    expect(perRow.skipped).toBe(1);
  });
});
