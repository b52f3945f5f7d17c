import { describe, expect, it } from 'vitest';
import { withSearchText } from '../../../src/domain/organisation-search-text';
import { RegistryIndex } from '../../../src/domain/registry-index';
import type { RegistryQuery } from '../../../src/domain/registry-query';
import { rowArray } from '../../../src/domain/row-list';
import { makeOrg } from '../storage/org-fixture';

const ALL: RegistryQuery = { q: '', commune: '', kind: '', status: '', due: '', problem: false, mine: false, sort: 'name' };
const TODAY = '2026-11-23';

describe("a query's rows read by position", () => {
  const names = ['Cơ sở Bốn', 'Công ty Một', 'Hợp tác xã Ba', 'Đại lý Hai'];
  const index = new RegistryIndex(names.map((name, i) => withSearchText(makeOrg({ id: `o${i}`, name, status: i % 2 ? 'issued' : 'informed' }))));

  it('gives the matching records in order, and nothing past either end', () => {
    const { rows } = index.run({ ...ALL, status: 'informed' }, TODAY);
    expect(rows.length).toBe(2);
    expect([rows.at(0)?.name, rows.at(1)?.name]).toEqual(['Cơ sở Bốn', 'Hợp tác xã Ba']);
    expect(rows.at(2)).toBeUndefined();
    expect(rows.at(-1)).toBeUndefined();
  });

  it('copies the first rows, or all of them, into an array', () => {
    const { rows } = index.run(ALL, TODAY);
    expect(rowArray(rows, 2).map((o) => o.name)).toEqual(['Công ty Một', 'Cơ sở Bốn']);
    expect(rowArray(rows).map((o) => o.name)).toEqual(['Công ty Một', 'Cơ sở Bốn', 'Đại lý Hai', 'Hợp tác xã Ba']);
    expect(rowArray(rows, 10)).toHaveLength(4);
    expect(rowArray(['x', 'y'], 1)).toEqual(['x']);
  });
});
