import { fold } from './fold';
import { exactKey, parseCommune, provinceKey } from './unit-name';

/** The administrative-unit dataset as shipped (see scripts/gen-data.mjs). */
export interface AdminUnitsData {
  version: string;
  source: string;
  provinces: [code: string, name: string][];
  communes: [code: string, name: string, provinceCode: string][];
  /** Pre-reform province names and the province each became (whole provinces merged). */
  oldProvinces: [name: string, provinceCode: string][];
}

export interface Commune {
  code: string;
  name: string;
  provinceCode: string;
  /** Folded name without its unit prefix ("Phường", "Xã", "Đặc khu"), for matching typed or imported names. */
  key: string;
}

export interface Province {
  code: string;
  name: string;
}

const UNIT_PREFIX =
  /^(thanh pho|tp\.?|tinh|xa|phuong|p\.|p|dac khu|thi tran|tt\.?|quan|q\.|huyen|h\.)\s+/;

/** Folded name with administrative prefixes removed: "P. Hòa Bình" and "Phường Hoà Bình" give "hoa binh". */
export function unitKey(name: string): string {
  const key = fold(name).replace(/[.,]/g, (m) => (m === '.' ? '. ' : ' ')).replace(/\s+/g, ' ').trim();
  // One prefix only: after folding, "Phường Phương Liệt" reads "phuong phuong liet".
  const stripped = key.replace(UNIT_PREFIX, '');
  return (stripped || key).replace(/\./g, '').trim();
}

interface NameIndex {
  byExact: Map<string, Commune[]>;
  byName: Map<string, Commune[]>;
  byFolded: Map<string, Commune[]>;
  provinceByKey: Map<string, string>;
}

export class AdminUnits {
  readonly provinces: Province[];
  readonly communes: Commune[];
  readonly version: string;
  readonly source: string;
  private readonly byCode: Map<string, Commune>;
  private readonly oldProvinces: AdminUnitsData['oldProvinces'];
  /** "type|exact name", the exact name alone, the folded name → communes (all provinces); see `names`. */
  private nameIndex: NameIndex | null = null;

  constructor(data: AdminUnitsData) {
    this.version = data.version;
    this.source = data.source;
    this.provinces = data.provinces.map(([code, name]) => ({ code, name }));
    this.communes = data.communes.map(([code, name, provinceCode]) => ({ code, name, provinceCode, key: unitKey(name) }));
    this.byCode = new Map(this.communes.map((c) => [c.code, c]));
    this.oldProvinces = data.oldProvinces ?? [];
  }

  /**
   * Built on the first lookup by name, not with the units: the registry only needs
   * names by code, and start-up on a slow phone should not pay for 3,321 parses.
   */
  private names(): NameIndex {
    if (this.nameIndex) return this.nameIndex;
    const index: NameIndex = { byExact: new Map(), byName: new Map(), byFolded: new Map(), provinceByKey: new Map() };
    const add = (map: Map<string, Commune[]>, key: string, c: Commune) => map.set(key, [...(map.get(key) ?? []), c]);
    for (const c of this.communes) {
      const u = parseCommune(c.name);
      add(index.byExact, exactKey(u), c);
      add(index.byName, u.exact, c);
      add(index.byFolded, u.folded, c);
    }
    for (const [name, code] of this.oldProvinces) index.provinceByKey.set(provinceKey(name), code);
    for (const p of this.provinces) index.provinceByKey.set(provinceKey(p.name), p.code);
    this.nameIndex = index;
    return index;
  }

  /**
   * Communes a written name can be, in `provinceCode` when given: `exact` when its
   * type (if written) and every diacritic agree, tone placement aside; `folded`
   * when only the letters agree, which the user must confirm.
   */
  communesNamed(text: string, provinceCode = ''): { exact: Commune[]; folded: Commune[] } {
    const u = parseCommune(text);
    const { byExact, byName, byFolded } = this.names();
    const inProvince = (list: Commune[] | undefined) => (list ?? []).filter((c) => !provinceCode || c.provinceCode === provinceCode);
    const exact = inProvince(u.type ? byExact.get(exactKey(u)) : byName.get(u.exact));
    return { exact, folded: exact.length ? [] : inProvince(byFolded.get(u.folded)) };
  }

  /** The province a written name is, new ("Thành phố Huế", "Huế") or pre-reform ("Tỉnh Quảng Nam" → Đà Nẵng). */
  provinceNamed(text: string): string | undefined {
    return this.names().provinceByKey.get(provinceKey(text));
  }

  commune(code: string): Commune | undefined {
    return this.byCode.get(code);
  }

  province(code: string): Province | undefined {
    return this.provinces.find((p) => p.code === code);
  }

  /** Communes whose name contains the typed words, in any case and without diacritics; exact-start matches first. */
  searchCommunes(query: string, provinceCode = '', limit = 30): Commune[] {
    const q = unitKey(query);
    const pool = provinceCode ? this.communes.filter((c) => c.provinceCode === provinceCode) : this.communes;
    if (!q) return pool.slice(0, limit);
    const starts: Commune[] = [];
    const contains: Commune[] = [];
    for (const c of pool) {
      if (c.key.startsWith(q)) starts.push(c);
      else if (c.key.includes(q)) contains.push(c);
    }
    return [...starts, ...contains].slice(0, limit);
  }

  /** The one commune a name is exactly (tone placement aside), optionally within a province; undefined when none or ambiguous. */
  matchCommune(name: string, provinceCode = ''): Commune | undefined {
    const { exact } = this.communesNamed(name, provinceCode);
    return exact.length === 1 ? exact[0] : undefined;
  }
}
