import type { AdminUnits } from '../admin-units';
import type { OldUnits } from '../old-units';

/**
 * Which new commune each row of a list is in. Names are matched exactly (tone
 * placement aside, unit type kept); a pre-reform ward with its district goes
 * through the official old → new table; anything else becomes a group of rows
 * with the same text, for the user to decide once for all of them.
 */

export type Units = Pick<AdminUnits, 'communesNamed' | 'provinceNamed' | 'commune'>;

/** The cells of a row that say where it is. */
export interface PlaceCells {
  commune: string;
  /** A pre-reform district, from its column or found in the address. */
  district: string;
  /** True when the district comes from a column of its own, not from the address. */
  districtColumn: boolean;
  province: string;
  address: string;
}

/** ambiguous: several communes fit; suggested: only a guess fits (no diacritics, or a new name with an old district); unmatched: none. */
export type GroupKind = 'ambiguous' | 'suggested' | 'unmatched';

export interface CommuneGroup {
  /** Identifies the group in the user's choices: the commune text and the district. */
  key: string;
  commune: string;
  district: string;
  kind: GroupKind;
  candidates: string[];
  rows: number;
}

export interface Resolved {
  code: string;
  /** The row's commune text, kept when no commune is set. */
  listed: string;
  group?: CommuneGroup;
}

const DISTRICT_PART = /^(quận|huyện|thị xã|quan|huyen|thi xa|q\.|h\.|tx\.)\s*\S/;
const CITY_PART = /^(thành phố|thanh pho|tp\.?)\s*\S/;

const addressParts = (address: string) =>
  address
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);

/** The province an address ends with ("…, thành phố Huế", "…, tỉnh Quảng Nam"), if any. */
export function provinceInAddress(address: string, units: Pick<Units, 'provinceNamed'>): string {
  const parts = addressParts(address);
  for (const part of parts.slice(-2).reverse()) {
    const code = units.provinceNamed(part);
    if (code) return code;
  }
  return '';
}

/** A pre-reform district named in an address ("quận Phú Xuân", "thị xã Hương Thủy", a city that is not a province). */
export function districtInAddress(address: string, units: Pick<Units, 'provinceNamed'>): string {
  const parts = addressParts(address);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    const low = part.toLowerCase();
    if (DISTRICT_PART.test(low) || (CITY_PART.test(low) && !units.provinceNamed(part))) return part;
  }
  return '';
}

/** Whether a list's addresses name pre-reform districts, so the old → new table is worth loading (a sample is enough). */
export function mentionsDistricts(addresses: Iterable<string>, units: Pick<Units, 'provinceNamed'>): boolean {
  let n = 0;
  for (const address of addresses) {
    if (districtInAddress(address, units)) return true;
    if (++n >= 500) return false;
  }
  return false;
}

const groupKey = (commune: string, district: string) => `${commune}\u0001${district}`;

/** Rows looked at to infer the province: a list is from one province, and more rows only cost time. */
const INFER_ROWS = 5000;

/**
 * The province a list is from, when Settings has none: each row votes for every
 * province its commune name (new, or old with its district) exists in, its
 * province cell and its address name; the province most rows fit wins.
 */
export function inferProvince(rows: Iterable<PlaceCells>, units: Units, old?: OldUnits): string {
  const votes = new Map<string, number>();
  const cache = new Map<string, string[]>();
  let n = 0;
  for (const row of rows) {
    if (n++ >= INFER_ROWS) break;
    const fits = new Set<string>();
    if (row.province) fits.add(units.provinceNamed(row.province) ?? '');
    fits.add(provinceInAddress(row.address, units));
    if (row.commune) {
      const key = groupKey(row.commune, row.district);
      let provinces = cache.get(key);
      if (!provinces) {
        const codes = [
          ...(row.district && old ? old.newCommunes(row.commune, row.district) : []),
          ...units.communesNamed(row.commune).exact.map((c) => c.code),
        ];
        provinces = codes.map((c) => units.commune(c)?.provinceCode ?? '');
        cache.set(key, provinces);
      }
      for (const p of provinces) fits.add(p);
    }
    fits.delete('');
    for (const p of fits) votes.set(p, (votes.get(p) ?? 0) + 1);
  }
  let best = '';
  let tie = false;
  for (const [code, count] of votes) {
    const top = votes.get(best) ?? 0;
    if (count > top) [best, tie] = [code, false];
    else if (count === top) tie = true;
  }
  return tie ? '' : best;
}

/** Resolves rows one by one; each distinct text is worked out once, so a file costs O(rows). */
export class CommuneResolver {
  private readonly cache = new Map<string, Resolved>();
  private readonly byKey = new Map<string, CommuneGroup>();

  constructor(
    private readonly units: Units,
    private readonly old: OldUnits | undefined,
    private readonly provinceCode: string,
    /** Per group key, the commune the user chose, or '' to leave it blank. */
    private readonly choices: ReadonlyMap<string, string> = new Map(),
  ) {}

  resolve(row: Pick<PlaceCells, 'commune' | 'district' | 'districtColumn'>): Resolved {
    if (!row.commune) return { code: '', listed: '' };
    const key = groupKey(row.commune, row.district);
    let done = this.cache.get(key);
    if (!done) {
      done = this.work(row, key);
      this.cache.set(key, done);
    }
    if (done.group) done.group.rows++;
    return done;
  }

  /** The rows that need a choice, grouped by their text, in order of first appearance. */
  groups(): CommuneGroup[] {
    return [...this.byKey.values()];
  }

  private work({ commune, district, districtColumn }: Pick<PlaceCells, 'commune' | 'district' | 'districtColumn'>, key: string): Resolved {
    const byCode = /^\d{5}$/.test(commune) ? this.units.commune(commune) : undefined;
    if (byCode && (!this.provinceCode || byCode.provinceCode === this.provinceCode)) return { code: byCode.code, listed: '' };

    const { exact, folded } = this.units.communesNamed(commune, this.provinceCode);
    const named = exact.map((c) => c.code);
    const fromTable = district && this.old ? this.old.newCommunes(commune, district, this.provinceCode) : [];
    let fits: string[];
    let guesses: string[];
    if (fromTable.length && (districtColumn || named.length === 0)) [fits, guesses] = [fromTable, []];
    else if (fromTable.length) [fits, guesses] = [[...new Set([...fromTable, ...named])], []];
    // A district column says the list is pre-reform: a ward the table does not know is not silently taken for a new commune of that name.
    else if (districtColumn && this.old) [fits, guesses] = [[], [...named, ...folded.map((c) => c.code)]];
    else [fits, guesses] = [named, folded.map((c) => c.code)];

    if (fits.length === 1) return { code: fits[0]!, listed: '' };
    const group: CommuneGroup = {
      key,
      commune,
      district,
      kind: fits.length > 1 ? 'ambiguous' : guesses.length ? 'suggested' : 'unmatched',
      candidates: fits.length > 1 ? fits : guesses,
      rows: 0,
    };
    this.byKey.set(key, group);
    const chosen = this.choices.get(key);
    const code = chosen && this.units.commune(chosen) ? chosen : '';
    return { code, listed: code ? '' : commune, group };
  }
}
