import type { Organisation } from './organisation';
import type { SortKey } from './registry-query';

/**
 * Vietnamese alphabetical order (ă after a, đ after d, tones ranked) rather than code-point order.
 * Made on the first comparison, not at load: it loads the locale's collation data, a long task
 * in the start-up of a slow phone, whose first screen (empty, or the snapshot) sorts nothing.
 */
let viCollator: Intl.Collator | null = null;

function byName(a: Organisation, b: Organisation): number {
  viCollator ??= new Intl.Collator('vi', { numeric: true });
  return viCollator.compare(a.name, b.name);
}

/** Earliest follow-up first; records without one last; ties by name. */
function byFollowUp(a: Organisation, b: Organisation): number {
  const x = a.followUpDate ?? '9999';
  const y = b.followUpDate ?? '9999';
  return x < y ? -1 : x > y ? 1 : byName(a, b);
}

/** Most recently updated first. */
function byUpdated(a: Organisation, b: Organisation): number {
  return b.updatedAt - a.updatedAt || byName(a, b);
}

const COMPARE: Record<SortKey, (a: Organisation, b: Organisation) => number> = {
  name: byName,
  followUp: byFollowUp,
  updated: byUpdated,
};

/**
 * The order of a sort key, made total by the id: records that tie on the key keep
 * one place whatever order they arrived in, so an index updated in place lists
 * them exactly as one built from scratch.
 */
export function compareOrganisations(key: SortKey): (a: Organisation, b: Organisation) => number {
  const compare = COMPARE[key];
  return (a, b) => compare(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A sorted copy. The list sorts once per data change and filters keep that order, so queries never sort. */
export function sortOrganisations<T extends Organisation>(list: readonly T[], key: SortKey): T[] {
  return [...list].sort(compareOrganisations(key));
}
