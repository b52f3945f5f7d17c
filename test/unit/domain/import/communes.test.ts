import { describe, expect, it } from 'vitest';
import { AdminUnits, type AdminUnitsData } from '../../../../src/domain/admin-units';
import { districtInAddress, inferProvince, mentionsDistricts, provinceInAddress } from '../../../../src/domain/import/communes';
import { guessMapping } from '../../../../src/domain/import/fields';
import { buildRows } from '../../../../src/domain/import/rows';
import { OldUnits, type OldUnitsData } from '../../../../src/domain/old-units';
import data from '../../../../src/generated/admin-units.json';
import oldData from '../../../../src/generated/old-units.json';
import { importCodeText } from '../../../../src/i18n/import-codes';

const { keptReason } = importCodeText;

const units = new AdminUnits(data as unknown as AdminUnitsData);
const old = new OldUnits(oldData as unknown as OldUnitsData);
const name = (code: string) => units.commune(code)?.name ?? '';

function build(table: string[][], extra: { provinceCode?: string; old?: boolean; choices?: [string, string][] } = {}) {
  const headers = table[0]!;
  return buildRows(table, 1, headers, guessMapping(headers), {
    units,
    provinceCode: extra.provinceCode ?? '',
    old: extra.old ? old : undefined,
    communeChoices: new Map(extra.choices ?? []),
    defaultCommuneCode: '',
    keptReason,
  });
}

/** A Huế list of 2025 names, several also found in other provinces (Thuận An, Phú Vinh, Hương Trà, Phú Lộc). */
const HUE = [
  ['Tên doanh nghiệp', 'Địa chỉ', 'Xã/Phường'],
  ['Công ty A', '1 Lê Lợi, phường Thuận Hóa, thành phố Huế', 'Phường Thuận Hoá'],
  ['Công ty B', '2 Hùng Vương, thành phố Huế', 'Phường Thuận An'],
  ['Công ty C', 'thôn 1, xã Phú Vinh, thành phố Huế', 'Xã Phú Vinh'],
  ['Công ty D', 'Huế', 'Phường Hương Trà'],
  ['Công ty E', '5 Trần Hưng Đạo, TP. Huế', 'Xã Phú Lộc'],
  ['Công ty F', 'Huế', 'Phường Phú Xuân'],
];

describe('province inference', () => {
  it('infers Huế from every row’s candidate provinces and the addresses', () => {
    const built = build(HUE);
    expect(built.province).toEqual({ code: '46', inferred: true });
    expect(built.rows.map((r) => name(r.communeCode))).toEqual([
      'Phường Thuận Hóa',
      'Phường Thuận An',
      'Xã Phú Vinh',
      'Phường Hương Trà',
      'Xã Phú Lộc',
      'Phường Phú Xuân',
    ]);
    expect(built.communeGroups).toEqual([]);
  });

  it('infers from names shared with other provinces alone (no unique name, no address)', () => {
    const rows = ['Phường Thuận An', 'Xã Phú Vinh', 'Phường Hương Trà', 'Xã Phú Lộc'].map((commune) => ({ commune, district: '', districtColumn: false, province: '', address: '' }));
    expect(inferProvince(rows, units)).toBe('46');
  });

  it('uses a province column, and leaves a tie undecided', () => {
    expect(inferProvince([{ commune: '', district: '', districtColumn: false, province: 'Tỉnh Cao Bằng', address: '' }], units)).toBe('04');
    expect(inferProvince([{ commune: 'Xã Phú Vinh', district: '', districtColumn: false, province: '', address: '' }], units)).toBe('');
  });

  it('reads a province and a pre-reform district in an address', () => {
    expect(provinceInAddress('12 Lê Lợi, phường Vĩnh Ninh, thành phố Huế', units)).toBe('46');
    expect(districtInAddress('thôn 2, xã Phú Vinh, huyện A Lưới, tỉnh Thừa Thiên Huế', units)).toBe('huyện A Lưới');
    expect(districtInAddress('phường Phú Hội, Thành phố Huế', units)).toBe('');
    expect(mentionsDistricts(['1 Lê Lợi, thành phố Huế'], units)).toBe(false);
    expect(mentionsDistricts(['1 Lê Lợi, quận Phú Xuân, thành phố Huế'], units)).toBe(true);
  });
});

describe('communes of a list', () => {
  it('never matches across unit types, and keeps the text of what it cannot match', () => {
    const built = build([['Tên', 'Xã/Phường'], ['A', 'Xã Thuận Hóa'], ['B', 'Phường Không Có']], { provinceCode: '46' });
    expect(built.rows.map((r) => [r.communeCode, r.listedCommune])).toEqual([
      ['', 'Xã Thuận Hóa'],
      ['', 'Phường Không Có'],
    ]);
    expect(built.communeGroups.map((g) => g.kind)).toEqual(['suggested', 'unmatched']);
  });

  it('offers a name without diacritics as a suggestion, applied to the whole group once chosen', () => {
    const table = [['Tên', 'Xã/Phường'], ['A', 'Phuong Thuan Hoa'], ['B', 'Phuong Thuan Hoa'], ['C', 'Phường Phú Xuân']];
    const first = build(table, { provinceCode: '46' });
    const group = first.communeGroups[0]!;
    expect(group).toMatchObject({ kind: 'suggested', rows: 2, commune: 'Phuong Thuan Hoa' });
    expect(group.candidates.map(name)).toEqual(['Phường Thuận Hóa']);
    expect(first.rows[0]!.communeCode).toBe('');
    const chosen = build(table, { provinceCode: '46', choices: [[group.key, group.candidates[0]!]] });
    expect(chosen.rows.map((r) => name(r.communeCode))).toEqual(['Phường Thuận Hóa', 'Phường Thuận Hóa', 'Phường Phú Xuân']);
    expect(chosen.rows.every((r) => r.listedCommune === '')).toBe(true);
  });

  it('maps old wards with their district column through the official table; a split ward is asked', () => {
    const table = [
      ['Tên', 'Phường/Xã', 'Quận/Huyện'],
      ['A', 'Xã Phú Vinh', 'Huyện A Lưới'],
      ['B', 'Phường Thuận Hoà', 'Quận Phú Xuân'],
      ['C', 'Phường Dịch Vọng', 'Quận Cầu Giấy'],
    ];
    const hue = build(table.slice(0, 3), { old: true });
    expect(hue.province.code).toBe('46');
    expect(hue.rows.map((r) => name(r.communeCode))).toEqual(['Xã A Lưới 3', 'Phường Phú Xuân']);
    const hanoi = build([table[0]!, table[3]!], { old: true, provinceCode: '01' });
    expect(hanoi.rows[0]).toMatchObject({ communeCode: '', listedCommune: 'Phường Dịch Vọng' });
    expect(hanoi.communeGroups[0]).toMatchObject({ kind: 'ambiguous', district: 'Quận Cầu Giấy' });
    expect(hanoi.communeGroups[0]!.candidates.map(name).sort()).toEqual(['Phường Cầu Giấy', 'Phường Nghĩa Đô']);
  });

  it('with a district column, does not take an unknown old ward for the new commune of that name', () => {
    const built = build([['Tên', 'Xã/Phường', 'Huyện'], ['A', 'Xã Phú Vinh', 'Huyện Phong Điền']], { old: true, provinceCode: '46' });
    expect(built.rows[0]!.communeCode).toBe('');
    expect(built.communeGroups[0]).toMatchObject({ kind: 'suggested' });
  });
});
