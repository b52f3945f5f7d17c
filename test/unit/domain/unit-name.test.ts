import { describe, expect, it } from 'vitest';
import { canonicalTones, districtKey, exactKey, parseCommune, provinceKey } from '../../../src/domain/unit-name';

describe('canonicalTones', () => {
  it('gives old and new tone placement one form', () => {
    expect(canonicalTones('hoà')).toBe(canonicalTones('hòa'));
    expect(canonicalTones('thuỷ')).toBe(canonicalTones('thủy'));
    expect(canonicalTones('khánh hoà')).toBe(canonicalTones('khánh hòa'));
    expect(canonicalTones('hoà'.normalize('NFD'))).toBe(canonicalTones('hòa'));
  });

  it('keeps a different tone or vowel apart', () => {
    expect(canonicalTones('hòa')).not.toBe(canonicalTones('hóa'));
    expect(canonicalTones('thọ')).not.toBe(canonicalTones('tho'));
    expect(canonicalTones('đông')).not.toBe(canonicalTones('đồng'));
    expect(canonicalTones('văn lăng')).not.toBe(canonicalTones('văn lang'));
  });
});

describe('parseCommune', () => {
  it('reads the unit type, once, with its abbreviations', () => {
    expect(parseCommune('Phường Phương Liệt')).toMatchObject({ type: 'phuong', exact: canonicalTones('phương liệt') });
    expect(parseCommune('P. Phú Xuân').type).toBe('phuong');
    expect(parseCommune('Xã Phú Vinh').type).toBe('xa');
    expect(parseCommune('Đặc khu Phú Quốc').type).toBe('dac-khu');
    expect(parseCommune('TT. Phú Lộc').type).toBe('thi-tran');
    expect(parseCommune('Phú Vinh').type).toBe('');
  });

  it('never takes a whole name for a prefix', () => {
    expect(parseCommune('Phường')).toMatchObject({ type: '', exact: canonicalTones('phường') });
  });

  it('keeps types apart in the exact key; folds only for suggestions', () => {
    expect(exactKey(parseCommune('Phường Tây Sơn'))).not.toBe(exactKey(parseCommune('Xã Tây Sơn')));
    expect(exactKey(parseCommune('phường  thuận hoà'))).toBe(exactKey(parseCommune('Phường Thuận Hòa')));
    expect(parseCommune('Phuong Thuan Hoa').folded).toBe('thuan hoa');
    expect(parseCommune('Phường 05').exact).toBe('5');
  });
});

describe('district and province keys', () => {
  it('drop the type of an old district', () => {
    expect(districtKey('Quận Phú Xuân')).toBe(districtKey('Q. Phú Xuân'));
    expect(districtKey('Huyện A Lưới')).toBe(districtKey('A Lưới'));
    expect(districtKey('Thị xã Hương Thuỷ')).toBe(districtKey('thị xã Hương Thủy'));
    expect(districtKey('Quận 3')).toBe('3');
  });

  it('drop Tỉnh/Thành phố from a province', () => {
    expect(provinceKey('Thành phố Huế')).toBe('hue');
    expect(provinceKey('TP. Huế')).toBe('hue');
    expect(provinceKey('tỉnh Cao Bằng')).toBe(provinceKey('Cao Bằng'));
  });
});
