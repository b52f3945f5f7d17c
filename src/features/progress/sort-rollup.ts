import { byFurthestBehind } from '../../domain/progress/report';
import type { Projection, UnitProgress } from '../../domain/progress/unit-progress';
import type { RollupSource } from '../../domain/rollup/rollup';

export const ROLLUP_SORT_KEYS = ['behind', 'name', 'entPct', 'othPct', 'needed', 'pace', 'projection', 'updated'] as const;
export type RollupSortKey = (typeof ROLLUP_SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** The direction a column sorts in when first chosen: the worst first (lowest %, most needed, oldest figures). */
export const FIRST_DIR: Record<RollupSortKey, SortDir> = {
  behind: 'asc',
  name: 'asc',
  entPct: 'asc',
  othPct: 'asc',
  needed: 'desc',
  pace: 'asc',
  projection: 'desc',
  updated: 'desc',
};

/** Later projections sort higher; "not at this pace" is the latest of all. */
function projectionRank(p: Projection): string {
  if (p.kind === 'not_at_pace') return '3';
  if (p.kind === 'date') return `2${p.date}`;
  return p.kind === 'reached' ? '1' : '0';
}

const collator = new Intl.Collator('vi');

/** A sorted copy; ties fall back to furthest behind first, so the order is stable. */
export function sortRollup(
  list: readonly UnitProgress[],
  key: RollupSortKey,
  dir: SortDir,
  nameOf: (code: string) => string,
  sources: ReadonlyMap<string, RollupSource>,
): UnitProgress[] {
  const value = (u: UnitProgress): number | string => {
    switch (key) {
      case 'behind':
        return u.achievement;
      case 'name':
        return nameOf(u.code);
      case 'entPct':
        return u.groups.enterprise.pct ?? Number.POSITIVE_INFINITY;
      case 'othPct':
        return u.groups.other.pct ?? Number.POSITIVE_INFINITY;
      case 'needed':
        return u.needed;
      case 'pace':
        return u.pacePerDay;
      case 'projection':
        return projectionRank(u.projection);
      case 'updated':
        return sources.get(u.code)?.daysSince ?? 0;
    }
  };
  const sign = dir === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const c = typeof va === 'string' ? collator.compare(va, vb as string) : va - (vb as number);
    return sign * c || byFurthestBehind(a, b);
  });
}
