import type { Searchable } from './organisation-search-text';
import type { SortKey } from './registry-query';
import { compareOrganisations } from './registry-sort';
import { type Sliced, sortInSlices } from './slices';

/** After each record's text in the joined string; fold() never leaves one inside a text or a query. */
const SEPARATOR = '\n';
/** Search texts joined between two yields. */
const TEXTS_PER_SLICE = 8192;

/** One sort key's order of the registry, with the search texts laid out in that order. */
export interface Ordered {
  /** Record positions in sort order. */
  order: Int32Array;
  /** Every search text followed by SEPARATOR, in sort order: indexOf walks one string instead of 100,000 scattered ones. */
  joined: string;
  /** Where each text starts in `joined`; one extra entry for the end. */
  starts: Int32Array;
}

/** The record at a position, as the order knows it. */
export type RecordAt = (position: number) => Searchable;

/**
 * Sorts the live positions by `key` and joins their texts, yielding between
 * slices of work. `sliced: false` sorts with the engine's sort, about twice as
 * fast, for a build that runs to the end at once anyway (the order is total, so
 * both sorts give the same result).
 */
export function* buildOrder(live: Int32Array, at: RecordAt, key: SortKey, sliced: boolean): Sliced<Ordered> {
  const compare = compareOrganisations(key);
  const byKey = (a: number, b: number) => compare(at(a), at(b));
  const order = sliced ? yield* sortInSlices(live, byKey) : live.slice().sort(byKey);
  const starts = new Int32Array(order.length + 1);
  const parts: string[] = [];
  for (let from = 0; from < order.length; from += TEXTS_PER_SLICE) {
    const to = Math.min(order.length, from + TEXTS_PER_SLICE);
    const texts: string[] = [];
    for (let i = from; i < to; i++) {
      const text = at(order[i]!).search;
      texts.push(text);
      starts[i + 1] = starts[i]! + text.length + 1;
    }
    parts.push(texts.join(SEPARATOR) + SEPARATOR);
    yield;
  }
  return { order, joined: parts.join(''), starts };
}

/** A few records leaving and entering an order; `at` still gives every record as it was before. */
export interface OrderChange {
  leaving: readonly number[];
  entering: readonly { position: number; record: Searchable }[];
}

/**
 * The order after a few records changed, without sorting again: each leaving
 * record is found and each entering one placed by binary search (a few dozen
 * comparisons each), then one pass copies the positions and the unchanged runs
 * of text around them.
 */
export function reorder(ordered: Ordered, key: SortKey, at: RecordAt, { leaving: left, entering: came }: OrderChange): Ordered {
  const compare = compareOrganisations(key);
  // A record changed in place that keeps its rank and its text (a status change in
  // the name order) leaves this order as it is: no pass over every record for it.
  const leftSet = new Set(left);
  const stays = new Set<number>();
  for (const { position, record } of came) {
    if (!leftSet.has(position)) continue;
    const before = at(position);
    if (before.search === record.search && compare(before, record) === 0) stays.add(position);
  }
  const change = { leaving: left.filter((p) => !stays.has(p)), entering: came.filter((e) => !stays.has(e.position)) };
  if (change.leaving.length === 0 && change.entering.length === 0) return ordered;
  const old = ordered.order;
  const n = old.length;
  const rankOf = (record: Searchable) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(at(old[mid]!), record) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const gone = new Uint8Array(n);
  for (const position of change.leaving) gone[rankOf(at(position))] = 1;
  const entering = change.entering
    .map((e) => ({ ...e, rank: rankOf(e.record) }))
    .sort((a, b) => a.rank - b.rank || compare(a.record, b.record));

  const size = n - change.leaving.length + entering.length;
  const order = new Int32Array(size);
  const starts = new Int32Array(size + 1);
  const parts: string[] = [];
  let k = 0;
  let runFrom = -1;
  const endRun = (to: number) => {
    if (runFrom >= 0) parts.push(ordered.joined.slice(ordered.starts[runFrom], ordered.starts[to]));
    runFrom = -1;
  };
  const add = (position: number, length: number) => {
    order[k] = position;
    starts[k + 1] = starts[k]! + length;
    k++;
  };
  let e = 0;
  for (let i = 0; i <= n; i++) {
    while (e < entering.length && entering[e]!.rank === i) {
      endRun(i);
      const { position, record } = entering[e++]!;
      parts.push(record.search + SEPARATOR);
      add(position, record.search.length + 1);
    }
    if (i === n || gone[i]) {
      endRun(i);
      continue;
    }
    if (runFrom < 0) runFrom = i;
    add(old[i]!, ordered.starts[i + 1]! - ordered.starts[i]!);
  }
  return { order, joined: parts.join(''), starts };
}
