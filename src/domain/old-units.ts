import { districtKey, exactKey, parseCommune } from './unit-name';

/** The official old → new table as generated (scripts/gen-data.mjs): per new province and old district, each old ward's new commune codes. */
export interface OldUnitsData {
  version: string;
  rows: number;
  districts: [provinceCode: string, district: string, wards: [ward: string, ...codes: string[]][]][];
}

/**
 * Pre-reform wards (before 1/7/2025) by district, for lists still written with
 * them. A ward is only found with its district: ward names repeat across
 * districts, and an old ward's name is often now another new commune's name.
 */
export class OldUnits {
  /** "district|type|ward" and "district|ward" (type not written) → new commune codes, per new province. */
  private readonly byProvince = new Map<string, Map<string, string[]>>();
  private readonly anyProvince = new Map<string, string[]>();

  constructor(data: OldUnitsData) {
    const add = (map: Map<string, string[]>, key: string, codes: string[]) => {
      const known = map.get(key) ?? [];
      map.set(key, [...known, ...codes.filter((c) => !known.includes(c))]);
    };
    for (const [province, district, wards] of data.districts) {
      const map = this.byProvince.get(province) ?? new Map<string, string[]>();
      this.byProvince.set(province, map);
      const d = districtKey(district);
      for (const [ward, ...codes] of wards) {
        const u = parseCommune(ward);
        for (const key of [`${d}|${exactKey(u)}`, `${d}|${u.exact}`]) {
          add(map, key, codes);
          add(this.anyProvince, key, codes);
        }
      }
    }
  }

  /** The new communes an old ward of an old district became (several when it was split, or when the names do not say which province). */
  newCommunes(ward: string, district: string, provinceCode = ''): string[] {
    const u = parseCommune(ward);
    const key = `${districtKey(district)}|${u.type ? exactKey(u) : u.exact}`;
    return (provinceCode ? this.byProvince.get(provinceCode) : this.anyProvince)?.get(key) ?? [];
  }
}
