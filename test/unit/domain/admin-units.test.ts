import { describe, expect, it } from 'vitest';
import { AdminUnits, type AdminUnitsData, unitKey } from '../../../src/domain/admin-units';
import data from '../../../src/generated/admin-units.json';

const units = new AdminUnits(data as unknown as AdminUnitsData);

describe('administrative units dataset', () => {
  it('has the 34 provinces and 3,321 communes in force since 1/7/2025, in NFC', () => {
    expect(units.provinces).toHaveLength(34);
    expect(units.communes).toHaveLength(3321);
    expect(units.communes.every((c) => c.name === c.name.normalize('NFC'))).toBe(true);
    expect(new Set(units.communes.map((c) => c.code)).size).toBe(3321);
  });

  it('names every province with its type, one style', () => {
    expect(units.province('01')?.name).toBe('Thành phố Hà Nội');
    expect(units.province('04')?.name).toBe('Tỉnh Cao Bằng');
    expect(units.province('46')?.name).toBe('Thành phố Huế');
    expect(units.provinces.every((p) => /^(Tỉnh|Thành phố) \S/.test(p.name))).toBe(true);
  });

  it('gives every commune its own exact name within its province', () => {
    const wrong = units.communes.filter((c) => {
      const { exact } = units.communesNamed(c.name, c.provinceCode);
      return exact.length !== 1 || exact[0] !== c;
    });
    expect(wrong.map((c) => c.name)).toEqual([]);
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
    expect(hits).toHaveLength(26);
    expect(hits.every((c) => c.provinceCode === '46')).toBe(true);
  });

  it('matches names that fold to one key as written (Mỹ Tho ≠ Mỹ Thọ, Đông Tiến ≠ Đồng Tiến)', () => {
    expect(units.matchCommune('Phường Mỹ Tho', '82')?.name).toBe('Phường Mỹ Tho');
    expect(units.matchCommune('Xã Mỹ Thọ', '82')?.name).toBe('Xã Mỹ Thọ');
    expect(units.matchCommune('Phường Đông Tiến', '38')?.name).toBe('Phường Đông Tiến');
    expect(units.matchCommune('Xã Đồng Tiến', '38')?.name).toBe('Xã Đồng Tiến');
    expect(units.matchCommune('Phường Phương Liệt', '01')?.name).toBe('Phường Phương Liệt');
  });

  it('accepts the other tone placement, never another unit type, and only suggests a name without diacritics', () => {
    expect(units.matchCommune('Phường Thuận Hoá', '46')?.name).toBe('Phường Thuận Hóa');
    expect(units.matchCommune('Phường Tây Sơn', '52')).toBeUndefined();
    expect(units.matchCommune('Xã Tây Sơn', '52')?.name).toBe('Xã Tây Sơn');
    expect(units.matchCommune('Phuong Thuan Hoa', '46')).toBeUndefined();
    expect(units.communesNamed('Phuong Thuan Hoa', '46').folded.map((c) => c.name)).toEqual(['Phường Thuận Hóa']);
  });

  it('knows provinces by new and by pre-reform names', () => {
    expect(units.provinceNamed('thành phố Huế')).toBe('46');
    expect(units.provinceNamed('Tỉnh Quảng Nam')).toBe('48');
    expect(units.provinceNamed('Bình Dương')).toBe('79');
  });

  it('matches a typed name exactly, or not at all when ambiguous', () => {
    expect(units.matchCommune('P. Ba Đình', '01')?.code).toBe('00004');
    expect(units.matchCommune('không có xã này')).toBeUndefined();
  });
});
