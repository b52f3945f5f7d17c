import { describe, expect, it } from 'vitest';
import data from '../../../src/generated/admin-units.json';
import { AdminUnits, type AdminUnitsData, unitKey } from '../../../src/domain/admin-units';

const units = new AdminUnits(data as unknown as AdminUnitsData);

describe('administrative units dataset', () => {
  it('has the 34 provinces and 3,321 communes in force since 1/7/2025, in NFC', () => {
    expect(units.provinces).toHaveLength(34);
    expect(units.communes).toHaveLength(3321);
    expect(units.communes.every((c) => c.name === c.name.normalize('NFC'))).toBe(true);
    expect(new Set(units.communes.map((c) => c.code)).size).toBe(3321);
  });

  it('uses the GSO province codes', () => {
    expect(units.province('01')?.name).toContain('Hà Nội');
    expect(units.province('46')?.name).toContain('Huế');
    expect(units.province('79')?.name).toContain('Hồ Chí Minh');
  });
});

describe('unitKey', () => {
  it('ignores unit prefixes, abbreviations and diacritics', () => {
    expect(unitKey('Phường Hoà Bình')).toBe('hoa binh');
    expect(unitKey('P. Hòa Bình')).toBe('hoa binh');
    expect(unitKey('xã  Tân Lập')).toBe('tan lap');
    expect(unitKey('Đặc khu Phú Quốc')).toBe('phu quoc');
  });
});

describe('commune search', () => {
  it('finds communes without diacritics, start-of-name matches first', () => {
    const hits = units.searchCommunes('ba dinh');
    expect(hits[0]?.name).toBe('Phường Ba Đình');
  });

  it('restricts to a province when given', () => {
    const hits = units.searchCommunes('a', '46');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((c) => c.provinceCode === '46')).toBe(true);
  });

  it('matches a typed name exactly, or not at all when ambiguous', () => {
    expect(units.matchCommune('P. Ba Đình', '01')?.code).toBe('00004');
    expect(units.matchCommune('không có xã này')).toBeUndefined();
  });
});
