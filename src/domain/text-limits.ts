/**
 * Longest text each field of an organisation may hold, in characters. One
 * source for the form, the import rows and the records of a backup or merge
 * file, so a record that could not be typed cannot arrive by file either
 * (a megabyte-long name would slow every search and break every list row).
 */
export const TEXT_LIMITS = {
  name: 200,
  address: 300,
  representativeName: 120,
  notes: 2000,
} as const;

export type LimitedField = keyof typeof TEXT_LIMITS;

export const LIMITED_FIELDS = Object.keys(TEXT_LIMITS) as LimitedField[];

/** The first field of `values` longer than its limit, or null. */
export function firstTooLong(values: Record<LimitedField, string>): { field: LimitedField; max: number; length: number } | null {
  for (const field of LIMITED_FIELDS) {
    const length = values[field].length;
    if (length > TEXT_LIMITS[field]) return { field, max: TEXT_LIMITS[field], length };
  }
  return null;
}
