/**
 * Three-way merge of flat records field by field: `base` is what an editor
 * started from, `mine` what it holds now, `theirs` what is stored now.
 */
export interface FieldMerge<T> {
  /** Per field: mine where only I changed it, theirs otherwise (also for conflicts, so nothing elsewhere is overwritten). */
  merged: T;
  /** Fields changed on both sides to different values: a person must choose. */
  conflicts: (keyof T)[];
}

export type SameValue = (a: unknown, b: unknown) => boolean;

export function mergeFields<T extends object>(base: T, mine: T, theirs: T, same: SameValue = Object.is): FieldMerge<T> {
  const merged = { ...theirs };
  const conflicts: (keyof T)[] = [];
  for (const field of Object.keys(mine) as (keyof T)[]) {
    if (same(mine[field], base[field]) || same(mine[field], theirs[field])) continue;
    if (same(theirs[field], base[field])) merged[field] = mine[field];
    else conflicts.push(field);
  }
  return { merged, conflicts };
}

/**
 * The editor's new starting point once the user has chosen for each conflict:
 * everything changed elsewhere is taken in (so it is no longer "changed by me"),
 * the fields in `keepMine` keep my value, and the base becomes `theirs`.
 */
export function rebaseOnto<T extends object>(base: T, mine: T, theirs: T, keepMine: Iterable<keyof T>, same: SameValue = Object.is): { values: T; base: T } {
  const values = mergeFields(base, mine, theirs, same).merged;
  for (const field of keepMine) values[field] = mine[field];
  return { values, base: { ...theirs } };
}
