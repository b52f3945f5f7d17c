/**
 * A list's rows read by position: an array, or a query's rows as positions into
 * the registry index, which spares copying 100,000 records into a new array on
 * every edit.
 */
export interface RowList<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** The first `end` rows (all by default) as an array, for the few readers that need one. */
export function rowArray<T>(rows: RowList<T>, end = rows.length): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.min(end, rows.length); i++) out.push(rows.at(i)!);
  return out;
}
