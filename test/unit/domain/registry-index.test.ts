import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORG_KINDS, type Organisation } from '../../../src/domain/organisation';
import { type Searchable, searchTextOf } from '../../../src/domain/organisation-search-text';
import { RegistryIndex } from '../../../src/domain/registry-index';
import { type FacetCounts, type RegistryQuery, SORT_KEYS } from '../../../src/domain/registry-query';
import { rowArray } from '../../../src/domain/row-list';
import { runToEnd } from '../../../src/domain/slices';
import { STATUSES } from '../../../src/domain/status';
import { makeOrg } from '../storage/org-fixture';

const TODAY = '2026-11-23';
const NAMES = ['Công ty An Khang', 'Hợp tác xã Hoà Bình', 'Ăn Uống', 'An Khang', 'Đông Á', 'Trạm Y tế Ngọc Hà'];
const COMMUNES = ['00004', '00008', '00011'];
const DAYS = [null, '2026-11-01', TODAY, '2026-12-05'];
const WORDS = ['an', 'khang', 'hoa', 'binh', 'dong', 'cong', 'ha', 'zz', 'ng', 'ninh'];
/** Addresses change the search text without moving the record in any order. */
const ADDRESSES = ['12 Hàng Bài', 'Xóm Khang Ninh', 'Thôn Bình An'];

/** Fields that filters, sorts and search read, drawn from few values so ties and shared communes are common. */
const fields = fc.record({
  name: fc.constantFrom(...NAMES),
  communeCode: fc.constantFrom(...COMMUNES),
  kind: fc.constantFrom(...ORG_KINDS),
  status: fc.constantFrom(...STATUSES),
  followUpDate: fc.constantFrom(...DAYS),
  updatedAt: fc.integer({ min: 1, max: 4 }),
  assignee: fc.constantFrom(undefined, 'Lan', 'Minh'),
});

const op = fc.oneof(
  fc.record({ type: fc.constant('insert' as const), fields }),
  fc.record({ type: fc.constant('edit' as const), pick: fc.nat(), fields }),
  // An edit that changes the search text only: the record keeps its place in every order.
  fc.record({ type: fc.constant('edit' as const), pick: fc.nat(), fields: fc.record({ address: fc.constantFrom(...ADDRESSES) }) }),
  // A status change: the record keeps its place in the name order.
  fc.record({ type: fc.constant('edit' as const), pick: fc.nat(), fields: fc.record({ status: fc.constantFrom(...STATUSES), updatedAt: fc.integer({ min: 1, max: 4 }) }) }),
  fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
);

const query = fc.record({
  q: fc.array(fc.constantFrom(...WORDS), { maxLength: 2 }).map((w) => w.join(' ')),
  commune: fc.constantFrom('', ...COMMUNES, '99999'),
  kind: fc.constantFrom('' as const, ...ORG_KINDS),
  status: fc.constantFrom('' as const, ...STATUSES),
  due: fc.constantFrom('' as const, 'today' as const, 'overdue' as const),
  problem: fc.boolean(),
  mine: fc.boolean(),
  sort: fc.constantFrom(...SORT_KEYS),
});

const stored = (org: Organisation): Searchable => ({ ...org, search: searchTextOf(org) });
const sortedCounts = (c: FacetCounts) => ({
  commune: [...c.commune].sort(),
  kind: [...c.kind].sort(),
  status: [...c.status].sort(),
  due: [...c.due].sort(),
  problem: c.problem,
  mine: c.mine,
});
const answer = (index: RegistryIndex<Searchable>, q: RegistryQuery) => {
  const { rows, counts } = index.run(q, TODAY, 'Lan');
  return { ids: rowArray(rows).map((r) => r.id), counts: sortedCounts(counts) };
};

describe('RegistryIndex.update', () => {
  it('answers every query as an index built from scratch, after any edits, inserts and deletes', () => {
    fc.assert(
      fc.property(
        fc.array(fields, { maxLength: 12 }),
        fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        fc.array(query, { minLength: 1, maxLength: 6 }),
        fc.subarray([...SORT_KEYS]),
        (initial, batches, queries, warm) => {
          const live = new Map<string, Searchable>(initial.map((f, i) => [`r${i}`, stored(makeOrg({ id: `r${i}`, ...f }))] as const));
          const index = new RegistryIndex([...live.values()]);
          // Orders computed before the edits are updated in place; the others are built later from the records.
          for (const sort of warm) index.run({ ...queries[0]!, sort }, TODAY);
          let next = initial.length;
          for (const batch of batches) {
            const changed = new Map<string, Searchable | null>();
            for (const o of batch) {
              const ids = [...live.keys()];
              if (o.type === 'insert' || ids.length === 0) {
                const id = `r${next++}`;
                const record = stored(makeOrg({ id, ...(o.type === 'delete' ? {} : o.fields) }));
                live.set(id, record);
                changed.set(id, record);
              } else if (o.type === 'edit') {
                const id = ids[o.pick % ids.length]!;
                const record = stored({ ...live.get(id)!, ...o.fields });
                live.set(id, record);
                changed.set(id, record);
              } else {
                const id = ids[o.pick % ids.length]!;
                live.delete(id);
                changed.set(id, null);
              }
            }
            index.update(changed);
          }
          const rebuilt = new RegistryIndex([...live.values()]);
          expect(index.size).toBe(rebuilt.size);
          for (const q of queries) expect(answer(index, q)).toEqual(answer(rebuilt, q));
        },
      ),
    );
  });

  it('leaves the index as it is for a record given back unchanged', () => {
    const a = stored(makeOrg({ id: 'a', name: 'An Khang' }));
    const index = new RegistryIndex([a]);
    index.update(new Map([['a', a]]));
    index.update(new Map([['gone', null]]));
    expect(answer(index, { q: '', commune: '', kind: '', status: '', due: '', problem: false, mine: false, sort: 'name' }).ids).toEqual(['a']);
  });
  it('finds a record by its new words after an edit that keeps its place in the order', () => {
    const a = stored(makeOrg({ id: 'a', name: 'An Khang', address: '12 Hàng Bài' }));
    const b = stored(makeOrg({ id: 'b', name: 'Đông Á', address: '12 Hàng Bài' }));
    const index = new RegistryIndex([a, b]);
    const q: RegistryQuery = { q: 'ninh', commune: '', kind: '', status: '', due: '', problem: false, mine: false, sort: 'name' };
    expect(answer(index, q).ids).toEqual([]);
    index.update(new Map([['a', stored({ ...a, address: 'Xóm Khang Ninh', status: 'informed' })]]));
    expect(answer(index, q).ids).toEqual(['a']);
    expect(answer(index, { ...q, q: '', status: 'informed' }).ids).toEqual(['a']);
  });
});

describe('RegistryIndex.inSlices', () => {
  it('yields between slices and ends with the same index as a build in one go', () => {
    const records = Array.from({ length: 5_000 }, (_, i) => stored(makeOrg({ id: `r${i}`, name: NAMES[i % NAMES.length]!, communeCode: COMMUNES[i % 3]! })));
    const job = RegistryIndex.inSlices(records, 'name');
    let slices = 0;
    let step = job.next();
    for (; !step.done; step = job.next()) slices++;
    expect(slices).toBeGreaterThan(10);
    const q: RegistryQuery = { q: 'an kh', commune: '00008', kind: '', status: '', due: '', problem: false, mine: false, sort: 'name' };
    expect(answer(step.value, q)).toEqual(answer(new RegistryIndex(records), q));
    expect(answer(runToEnd(RegistryIndex.inSlices(records, 'updated')), { ...q, sort: 'updated' })).toEqual(answer(new RegistryIndex(records), { ...q, sort: 'updated' }));
  });
});
