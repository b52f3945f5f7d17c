import type { Searchable } from './organisation-search-text';
import { Columns, type Tally } from './registry-columns';
import { buildOrder, type Ordered, reorder } from './registry-order';
import { compareOrganisations } from './registry-sort';
import { type FacetCounts, type RegistryQuery, type SortKey, searchTokens } from './registry-query';
import { runToEnd, type Sliced } from './slices';

/** Answers kept for queries asked again (the list, the snapshot of its first screen, a filter or two). */
const MEMO_SIZE = 4;
/** Above this many records changed at once, kept answers are dropped rather than patched one record at a time. */
const PATCH_LIMIT = 32;
/** Records placed between two yields of a sliced build. */
const RECORDS_PER_SLICE = 8192;

/** A query's answer: the rows in order, and the filter counts. */
export interface Answer<T> {
  rows: T[];
  counts: FacetCounts;
}

interface Memo<T> {
  sort: SortKey;
  tokens: string[];
  tally: Tally;
  answer: Answer<T>;
}

/**
 * The registry laid out for fast queries: filter fields as small numbers in typed
 * arrays (one pass touches a few bytes per record instead of chasing objects and
 * string-keyed maps), and one order per sort key, computed on first use, with the
 * folded search texts joined in that order. Queries never sort and allocate
 * little, so 100,000 records answer in a few milliseconds. A saved edit updates
 * the index in place (`update`), and the answers of recent queries with it;
 * building it anew is for bulk changes, and can be spread over several tasks
 * (`inSlices`).
 */
export class RegistryIndex<T extends Searchable> {
  private readonly columns = new Columns();
  /** Records by position; a removed record's position is free for the next one. */
  private readonly records: (T | undefined)[] = [];
  private readonly positionOf = new Map<string, number>();
  private readonly free: number[] = [];
  private readonly orders = new Map<SortKey, Ordered>();
  /** The last few queries' answers, by query, day and user, most recent last. */
  private readonly memo = new Map<string, Memo<T>>();
  private readonly at = (position: number): T => this.records[position]!;

  constructor(records: readonly T[] = []) {
    runToEnd(this.fill(records));
  }

  /** An index of `records` with the order of `key` ready, built a slice at a time. */
  static *inSlices<T extends Searchable>(records: readonly T[], key: SortKey): Sliced<RegistryIndex<T>> {
    const index = new RegistryIndex<T>();
    yield* index.fill(records);
    index.orders.set(key, yield* buildOrder(index.livePositions(), index.at, key, true));
    return index;
  }

  get size(): number {
    return this.positionOf.size;
  }

  /**
   * Takes in changed records in place: each id maps to its record now, or null
   * when it left the list (deleted, removed). Every order already computed is
   * updated by binary search and one copying pass, never sorted again.
   */
  update(changed: ReadonlyMap<string, T | null>): void {
    const leaving: number[] = [];
    const entering: { position: number; record: T }[] = [];
    const vacated: string[] = [];
    for (const [id, record] of changed) {
      const position = this.positionOf.get(id);
      if (position !== undefined && this.records[position] === record) continue;
      if (position !== undefined) leaving.push(position);
      if (record) entering.push({ position: position ?? this.reserve(), record });
      else if (position !== undefined) vacated.push(id);
    }
    if (leaving.length === 0 && entering.length === 0) return;
    const patch = this.patchMemo(leaving);
    for (const [key, ordered] of this.orders) this.orders.set(key, reorder(ordered, key, this.at, { leaving, entering }));
    for (const id of vacated) {
      const position = this.positionOf.get(id)!;
      this.positionOf.delete(id);
      this.records[position] = undefined;
      this.free.push(position);
    }
    for (const { position, record } of entering) this.place(position, record);
    patch(entering);
  }

  private *fill(records: readonly T[]): Sliced<void> {
    this.columns.ensureCapacity(records.length);
    for (let i = 0; i < records.length; i++) {
      this.records.push(undefined);
      this.place(i, records[i]!);
      if (i % RECORDS_PER_SLICE === RECORDS_PER_SLICE - 1) yield;
    }
  }

  private reserve(): number {
    const position = this.free.pop() ?? this.records.push(undefined) - 1;
    this.columns.ensureCapacity(position + 1);
    return position;
  }

  private place(position: number, org: T): void {
    this.records[position] = org;
    this.positionOf.set(org.id, position);
    this.columns.set(position, org);
  }

  private livePositions(): Int32Array {
    return Int32Array.from(this.positionOf.values());
  }

  private orderBy(key: SortKey): Ordered {
    let entry = this.orders.get(key);
    if (!entry) {
      entry = runToEnd(buildOrder(this.livePositions(), this.at, key, false));
      this.orders.set(key, entry);
    }
    return entry;
  }

  /**
   * The rows matching the query, in its sort order, and per filter value how many
   * rows it would give with the other filters unchanged: a record failing exactly
   * one filter still counts for that filter's values. `me` is this phone's user,
   * for "Của tôi"; with no name set that filter is left off. The answers of the
   * last few queries are kept and patched by `update`.
   */
  run(query: RegistryQuery, today: string, me = ''): Answer<T> {
    const key = JSON.stringify([query, today, me]);
    const known = this.memo.get(key);
    if (known) {
      this.memo.delete(key);
      this.memo.set(key, known);
      return known.answer;
    }
    const { order, joined, starts } = this.orderBy(query.sort);
    const tokens = searchTokens(query.q);
    const tally = this.columns.tally(query, today, me);
    const rows: T[] = [];
    const visit = (i: number) => {
      if (tally.add(order[i]!, 1)) rows.push(this.at(order[i]!));
    };
    const finish = () => {
      const answer = { rows, counts: tally.counts() };
      this.memo.set(key, { sort: query.sort, tokens, tally, answer });
      if (this.memo.size > MEMO_SIZE) this.memo.delete(this.memo.keys().next().value!);
      return answer;
    };

    if (tokens.length === 0) {
      for (let i = 0; i < order.length; i++) visit(i);
      return finish();
    }
    // Walk the hits of the longest word through the joined text (in sort order);
    // every other word keeps its own cursor, which only ever moves forward, so the
    // whole search is a few sequential passes over one string.
    const [first, ...rest] = [...tokens].sort((a, b) => b.length - a.length) as [string, ...string[]];
    const next = rest.map((t) => joined.indexOf(t));
    let i = 0;
    for (let at = joined.indexOf(first); at !== -1; at = joined.indexOf(first, starts[i + 1]!)) {
      while (starts[i + 1]! <= at) i++;
      let all = true;
      for (let j = 0; j < rest.length; j++) {
        let pos = next[j]!;
        if (pos !== -1 && pos < starts[i]!) {
          pos = joined.indexOf(rest[j]!, starts[i]!);
          next[j] = pos;
        }
        // A word with no occurrence left ends the search: no later record can match.
        if (pos === -1) return finish();
        if (pos >= starts[i + 1]!) {
          all = false;
          break;
        }
      }
      if (all) visit(i);
    }
    return finish();
  }

  /**
   * Brings the remembered answers up to date with records leaving (counted out
   * before they are replaced) and entering (counted in after): a copy of the rows
   * with a few removed and a few placed by binary search, instead of a pass over
   * every record. Called before the index changes; the function it returns, after.
   */
  private patchMemo(leaving: readonly number[]): (entering: readonly { position: number; record: T }[]) => void {
    if (leaving.length > PATCH_LIMIT) {
      this.memo.clear();
      return () => {};
    }
    const names = this.columns.communes.length;
    const people = this.columns.assignees.size;
    const gone = [...this.memo.values()].map((memo) =>
      leaving.map((p) => this.at(p)).filter((old, i) => matches(old.search, memo.tokens) && memo.tally.add(leaving[i]!, -1)),
    );
    return (entering) => {
      // A commune or assignee new to the index may be one a remembered query asked for.
      if (entering.length > PATCH_LIMIT || this.columns.communes.length !== names || this.columns.assignees.size !== people) {
        this.memo.clear();
        return;
      }
      [...this.memo.values()].forEach((memo, k) => {
        const rows = memo.answer.rows.slice();
        for (const old of gone[k]!) rows.splice(rows.indexOf(old), 1);
        const compare = compareOrganisations(memo.sort);
        for (const { position, record } of entering) {
          if (!matches(record.search, memo.tokens) || !memo.tally.add(position, 1)) continue;
          let lo = 0;
          let hi = rows.length;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (compare(rows[mid]!, record) < 0) lo = mid + 1;
            else hi = mid;
          }
          rows.splice(lo, 0, record);
        }
        memo.answer = { rows, counts: memo.tally.counts() };
      });
    };
  }
}

/** Whether a search text has every word of the query (an empty query matches all). */
function matches(search: string, tokens: readonly string[]): boolean {
  return tokens.every((t) => search.includes(t));
}
