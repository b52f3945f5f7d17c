/** Calendar dates are kept as local 'YYYY-MM-DD' strings: a follow-up is a day, not an instant. */
export type IsoDate = string;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function toIsoDate(d: Date): IsoDate {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

const DAY_MS = 86_400_000;

/** Whole calendar days from a to b (negative when b is earlier), immune to DST shifts. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [ay, am, ad] = a.split('-').map(Number);
  const [by, bm, bd] = b.split('-').map(Number);
  return Math.round((Date.UTC(by!, bm! - 1, bd!) - Date.UTC(ay!, am! - 1, ad!)) / DAY_MS);
}

/** 'DD/MM/YYYY', the way Vietnamese users write dates. */
export function formatViDate(s: IsoDate): string {
  const [y, m, d] = s.split('-');
  return `${d}/${m}/${y}`;
}
