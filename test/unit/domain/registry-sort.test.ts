import { describe, expect, it } from 'vitest';
import { sortOrganisations } from '../../../src/domain/registry-sort';
import { makeOrg } from '../storage/org-fixture';

describe('sortOrganisations', () => {
  it('orders names the Vietnamese way (a, ă, â … d, đ)', () => {
    const names = ['Đông Á', 'Ân Thi', 'Dương', 'Ăn Uống', 'An Khang', 'Bình Minh'];
    const sorted = sortOrganisations(names.map((name) => makeOrg({ name })), 'name').map((o) => o.name);
    expect(sorted).toEqual(['An Khang', 'Ăn Uống', 'Ân Thi', 'Bình Minh', 'Dương', 'Đông Á']);
  });

  it('puts the earliest follow-up first and records without one last', () => {
    const list = [makeOrg({ id: 'none', followUpDate: null }), makeOrg({ id: 'late', followUpDate: '2026-12-01' }), makeOrg({ id: 'soon', followUpDate: '2026-11-02' })];
    expect(sortOrganisations(list, 'followUp').map((o) => o.id)).toEqual(['soon', 'late', 'none']);
  });

  it('puts the most recently updated first', () => {
    const list = [makeOrg({ id: 'old', updatedAt: 1 }), makeOrg({ id: 'new', updatedAt: 9 })];
    expect(sortOrganisations(list, 'updated').map((o) => o.id)).toEqual(['new', 'old']);
  });
});
