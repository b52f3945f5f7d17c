import { fold } from './fold';

/**
 * Keys for matching administrative-unit names. Old and new tone-placement
 * styles ("Hoà"/"Hòa", "Thuỷ"/"Thủy") are both valid NFC and both occur in
 * official lists, so each word's tone mark is moved to its end; every other
 * mark stays, so "Hòa" ≠ "Hóa" and "Mỹ Tho" ≠ "Mỹ Thọ".
 */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The same text with each word's tone mark placed after the word: one form for "Hoà" and "Hòa". */
export function canonicalTones(text: string): string {
  return text
    .normalize('NFD')
    .split(' ')
    .map((word) => {
      const tones = word.match(TONE_MARKS);
      return tones ? word.replace(TONE_MARKS, '').normalize('NFC') + tones.join('') : word.normalize('NFC');
    })
    .join(' ');
}

/** Commune-level unit types, old and new; '' when a name carries none. */
export type UnitType = 'phuong' | 'xa' | 'dac-khu' | 'thi-tran' | '';

/** Prefixes as written (lower case, with diacritics), longest first; a bare "P"/"X" needs its dot. */
const COMMUNE_PREFIXES: [RegExp, UnitType][] = [
  [/^(phường|phuong|p\.|f\.)\s*/, 'phuong'],
  [/^(đặc khu|dac khu|đk\.)\s*/, 'dac-khu'],
  [/^(thị trấn|thi tran|tt\.|tt\s)\s*/, 'thi-tran'],
  [/^(xã|xa|x\.)\s*/, 'xa'],
];
const DISTRICT_PREFIX = /^(quận|quan|q\.|huyện|huyen|h\.|thị xã|thi xa|tx\.|thành phố|thanh pho|tp\.|tp\s)\s*/;

function tidy(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\u200b-\u200d\u2060\ufeff]/g, ' ')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes one prefix, only when a name remains after it: "Phường Phương Liệt" keeps "phương liệt". */
function stripOnce(text: string, prefix: RegExp): { rest: string; stripped: string } {
  const m = prefix.exec(text);
  if (!m || m[0].length === text.length) return { rest: text, stripped: '' };
  return { rest: text.slice(m[0].length), stripped: m[1]! };
}

/** A number written as a name ("Phường 05") is the same unit as "Phường 5". */
const unpad = (name: string) => (/^\d+$/.test(name) ? String(Number(name)) : name);

export interface UnitName {
  type: UnitType;
  /** Lower case, all diacritics, canonical tone placement: for exact matching. */
  exact: string;
  /** Without diacritics: only ever for suggestions the user confirms. */
  folded: string;
}

/** A commune name split into its unit type and its name. */
export function parseCommune(text: string): UnitName {
  const t = tidy(text);
  for (const [prefix, type] of COMMUNE_PREFIXES) {
    const { rest, stripped } = stripOnce(t, prefix);
    if (stripped) return { type, exact: canonicalTones(unpad(rest)), folded: fold(unpad(rest)) };
  }
  return { type: '', exact: canonicalTones(unpad(t)), folded: fold(unpad(t)) };
}

/** A pre-reform district name without its type ("Quận Phú Xuân", "Q. Phú Xuân" → "phú xuân"). */
export function districtKey(text: string): string {
  return canonicalTones(unpad(stripOnce(tidy(text), DISTRICT_PREFIX).rest));
}

/** A province name without "Tỉnh"/"Thành phố"/"TP.", folded: provinces are few and their bare names distinct. */
export function provinceKey(text: string): string {
  return fold(stripOnce(tidy(text), /^(tỉnh|tinh|thành phố|thanh pho|tp\.|tp\s)\s*/).rest.replace(/\./g, ''));
}

/** The exact key of a typed name: type and name, so Phường X ≠ Xã X. */
export const exactKey = (u: UnitName) => `${u.type}|${u.exact}`;
