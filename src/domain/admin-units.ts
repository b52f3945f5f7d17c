import { fold } from './fold';

/** The administrative-unit dataset as shipped (see scripts/gen-data.mjs). */
export interface AdminUnitsData {
  version: string;
  source: string;
  provinces: [code: string, name: string][];
  communes: [code: string, name: string, provinceCode: string][];
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
  let key = fold(name).replace(/[.,]/g, (m) => (m === '.' ? '. ' : ' ')).replace(/\s+/g, ' ').trim();
  for (let prev = ''; prev !== key; ) {
    prev = key;
    key = key.replace(UNIT_PREFIX, '');
  }
  return key.replace(/\./g, '').trim();
}

export class AdminUnits {
  readonly provinces: Province[];
  readonly communes: Commune[];
  readonly version: string;
  readonly source: string;
  private readonly byCode: Map<string, Commune>;

  constructor(data: AdminUnitsData) {
    this.version = data.version;
    this.source = data.source;
    this.provinces = data.provinces.map(([code, name]) => ({ code, name }));
    this.communes = data.communes.map(([code, name, provinceCode]) => ({
      code,
      name,
      provinceCode,
      key: unitKey(name),
    }));
    this.byCode = new Map(this.communes.map((c) => [c.code, c]));
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

  /** Exact match of a commune name (prefixes and diacritics ignored), optionally within a province; undefined when none or ambiguous. */
  matchCommune(name: string, provinceCode = ''): Commune | undefined {
    const key = unitKey(name);
    const hits = this.communes.filter((c) => c.key === key && (!provinceCode || c.provinceCode === provinceCode));
    return hits.length === 1 ? hits[0] : undefined;
  }
}
