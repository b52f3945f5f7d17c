import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../src/domain/organisation';
import { type Searchable, withSearchText } from '../../../src/domain/organisation-search-text';
import { RegistryIndex } from '../../../src/domain/registry-index';
import { isFiltering, parseRegistryQuery, type RegistryQuery, registryQueryParams, searchTokens } from '../../../src/domain/registry-query';
import { rowArray } from '../../../src/domain/row-list';
import { makeOrg } from '../storage/org-fixture';

const base: RegistryQuery = { q: '', commune: '', kind: '', status: '', due: '', problem: false, mine: false, sort: 'name' };
const TODAY = '2026-11-23';
const s = (o: Partial<Organisation>): Searchable => withSearchText(makeOrg(o));

const orgs = [
  s({ id: 'a', name: 'Công ty TNHH Phước Lộc', taxCode: '0100233488', communeCode: '00004', status: 'informed', followUpDate: TODAY }),
  s({ id: 'b', name: 'Hợp tác xã Hoà Bình', taxCode: '0314409058-002', kind: 'cooperative', communeCode: '00008', status: 'problem', problemReason: 'data_mismatch', followUpDate: '2026-11-01' }),
  s({ id: 'c', name: 'Trạm Y tế Ngọc Hà', taxCode: '', kind: 'public_unit', communeCode: '00008', address: 'Số 5 phố Đội Cấn', representativeName: 'Trần Thị Thuỷ' }),
  s({ id: 'd', name: 'Hộ kinh doanh Lê Văn An', taxCode: '001203012345', kind: 'household', communeCode: '00004', status: 'issued', followUpDate: '2026-11-01' }),
];
const index = new RegistryIndex(orgs);
const ids = (q: Partial<RegistryQuery>) => rowArray(index.run({ ...base, ...q }, TODAY).rows).map((o) => o.id);

describe('searchTokens', () => {
  it('folds words and drops separators inside tax codes', () => {
    expect(searchTokens('  Công  ty 0314409058-002 ')).toEqual(['cong', 'ty', '0314409058002']);
  });
});

describe('RegistryIndex search', () => {
  it('ignores diacritics, case, tone placement and extra spaces', () => {
    expect(ids({ q: 'cong ty phuoc loc' })).toEqual(['a']);
    expect(ids({ q: 'HOÀ   bình' })).toEqual(['b']);
    expect(ids({ q: 'hòa binh' })).toEqual(['b']);
  });

  it('finds words cut short', () => {
    expect(ids({ q: 'phu lo' })).toEqual(['a']);
  });

  it('finds tax codes by prefix, with or without dashes', () => {
    expect(ids({ q: '0100233' })).toEqual(['a']);
    expect(ids({ q: '0314409058-002' })).toEqual(['b']);
    expect(ids({ q: '0314409058002' })).toEqual(['b']);
  });

  it('searches address and representative', () => {
    expect(ids({ q: 'doi can' })).toEqual(['c']);
    expect(ids({ q: 'thuy' })).toEqual(['c']);
  });

  it('needs every word to match', () => {
    expect(ids({ q: 'phuoc binh' })).toEqual([]);
  });
});

describe('RegistryIndex filters', () => {
  it('filters by commune, kind, status and problem', () => {
    expect(ids({ commune: '00008' })).toEqual(['b', 'c']);
    expect(ids({ kind: 'household' })).toEqual(['d']);
    expect(ids({ status: 'informed' })).toEqual(['a']);
    expect(ids({ problem: true })).toEqual(['b']);
  });

  it('filters follow-ups due today or overdue, ignoring finished records', () => {
    expect(ids({ due: 'today' })).toEqual(['a']);
    expect(ids({ due: 'overdue' })).toEqual(['b']);
  });

  it('keeps the chosen sort order', () => {
    expect(ids({ sort: 'name' })).toEqual(['a', 'd', 'b', 'c']);
    expect(ids({ sort: 'followUp' })).toEqual(['d', 'b', 'a', 'c']);
  });

  it('counts each filter value as if only that filter changed', () => {
    const { counts } = index.run({ ...base, commune: '00008' }, TODAY);
    expect(Object.fromEntries(counts.commune)).toEqual({ '00004': 2, '00008': 2 });
    expect(Object.fromEntries(counts.kind)).toEqual({ cooperative: 1, public_unit: 1 });
    expect(Object.fromEntries(counts.due)).toEqual({ overdue: 1 });
    expect(counts.problem).toBe(1);
  });
});

describe('RegistryIndex "Của tôi"', () => {
  const team = new RegistryIndex([s({ id: 'a', assignee: 'Lan' }), s({ id: 'b', assignee: 'Minh' }), s({ id: 'c', assignee: 'Lan', status: 'problem' }), s({ id: 'd' })]);
  const run = (q: Partial<RegistryQuery>, me: string) => team.run({ ...base, ...q }, TODAY, me);

  it('keeps the records assigned to this phone’s user, and counts them under the other filters', () => {
    expect(rowArray(run({ mine: true }, 'Lan').rows).map((o) => o.id)).toEqual(['a', 'c']);
    expect(rowArray(run({ mine: true, problem: true }, 'Lan').rows).map((o) => o.id)).toEqual(['c']);
    expect(run({ problem: true }, 'Lan').counts.mine).toBe(1);
    expect(run({}, 'Minh').counts.mine).toBe(1);
    expect(rowArray(run({ mine: true }, 'Hoa').rows)).toEqual([]);
  });

  it('is left off while no user name is set', () => {
    expect(run({ mine: true }, '').rows).toHaveLength(4);
    expect(run({}, '').counts.mine).toBe(0);
  });
});

describe('URL round trip', () => {
  it('reads back what it writes', () => {
    const q: RegistryQuery = { q: 'phuoc', commune: '00004', kind: 'enterprise', status: 'problem', due: 'overdue', problem: true, mine: true, sort: 'updated' };
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(registryQueryParams(q))) if (v) params.set(k, v);
    expect(parseRegistryQuery(params)).toEqual(q);
  });

  it('ignores values it does not know instead of failing', () => {
    expect(parseRegistryQuery(new URLSearchParams('tt=hacked&loai=<x>&xep=zzz&xa=abc'))).toEqual(base);
  });
});

describe('RegistryIndex search against a plain scan', () => {
  const WORDS = ['cong', 'ty', 'phuoc', 'loc', 'an', 'khang', 'hoa', 'binh', 'ha', 'noi'];
  it('finds exactly the records whose text holds every word, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom(...WORDS, 'ph', 'oc', 'zz'), { minLength: 1, maxLength: 3 }),
        (names, words) => {
          const records = names.map((n, i) => s({ id: `r${i}`, name: n.join(' '), address: '', representativeName: '', taxCode: '' }));
          const q = words.join(' ');
          const byName = rowArray(new RegistryIndex(records).run({ ...base, q }, TODAY).rows).map((o) => o.id);
          const expected = rowArray(new RegistryIndex(records).run(base, TODAY).rows).filter((o) => words.every((w) => o.search.includes(w))).map((o) => o.id);
          expect(byName).toEqual(expected);
        },
      ),
    );
  });
});

describe('isFiltering', () => {
  it('is true for a search or any filter, false for sorting alone', () => {
    expect(isFiltering(parseRegistryQuery(new URLSearchParams('xep=updated')))).toBe(false);
    expect(isFiltering(parseRegistryQuery(new URLSearchParams('q=hoa')))).toBe(true);
    expect(isFiltering(parseRegistryQuery(new URLSearchParams('vuong=1')))).toBe(true);
    expect(isFiltering(parseRegistryQuery(new URLSearchParams('tt=issued')))).toBe(true);
  });
});
