import { byFurthestBehind } from '../../domain/progress/report';
import type { UnitProgress } from '../../domain/progress/unit-progress';

export const SORT_KEYS = ['behind', 'name', 'needed', 'days'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** A sorted copy; the report's own order (furthest behind first) is the default. */
export function sortCommunes(list: UnitProgress[], key: SortKey, nameOf: (code: string) => string): UnitProgress[] {
  const out = [...list];
  if (key === 'name') out.sort((a, b) => nameOf(a.code).localeCompare(nameOf(b.code), 'vi'));
  else if (key === 'needed') out.sort((a, b) => b.needed - a.needed || byFurthestBehind(a, b));
  // Communes without a deadline come last.
  else if (key === 'days') out.sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || byFurthestBehind(a, b));
  return out;
}
