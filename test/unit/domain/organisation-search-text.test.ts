import { describe, expect, it } from 'vitest';
import { searchTextOf, withSearchText } from '../../../src/domain/organisation-search-text';
import { makeOrg } from '../storage/org-fixture';

describe('searchTextOf', () => {
  it('folds name, address and representative, keeps only the tax code digits, each part apart', () => {
    const org = makeOrg({ name: 'Công ty  TNHH Phước Lộc', taxCode: '0314409058-002', address: '12 Hàng Bài', representativeName: 'Nguyễn Văn Đức' });
    expect(searchTextOf(org)).toBe('cong ty tnhh phuoc loc\u00010314409058002\u000112 hang bai\u0001nguyen van duc');
  });

  it('leaves the phone, notes and status out of the search text', () => {
    const org = makeOrg({ name: 'A', taxCode: '', address: '', representativeName: '', representativePhone: '+84912345678', notes: 'ghi chú' });
    expect(searchTextOf(org)).toBe('a\u0001\u0001\u0001');
  });
});

describe('withSearchText', () => {
  it('is the record as it was, plus its search text', () => {
    const org = makeOrg({ name: 'Hợp tác xã Hoà Bình' });
    expect(withSearchText(org)).toEqual({ ...org, search: searchTextOf(org) });
  });
});
