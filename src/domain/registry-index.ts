import { ORG_KINDS, type Organisation } from './organisation';
import type { Searchable } from './organisation-search-text';
import { DUE_VALUES, type FacetCounts, type RegistryQuery, type SortKey, searchTokens } from './registry-query';
import { sortOrganisations } from './registry-sort';
import { STATUSES } from './status';

const PROBLEM = STATUSES.indexOf('problem');
const DONE = new Set<string>(['issued', 'not_applicable']);
const ANY = -2;
/** A value no record has (a commune or assignee absent from the registry). */
const NONE = -3;
/** Between records in the joined search text; fold() never leaves one inside a text or a query. */
const SEPARATOR = '\n';

interface Ordered {
  /** Record positions in sort order. */
  order: Int32Array;
  /** All search texts joined in sort order: indexOf walks one string in sequence instead of 100,000 scattered ones. */
  joined: string;
  /** Where each text starts in `joined`; one extra entry for the end. */
  starts: Int32Array;
}

/** 'YYYY-MM-DD' as the number YYYYMMDD: comparable, and storable in a typed array. */
function dayNumber(iso: string): number {
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

/**
 * The registry laid out for fast queries: filter fields as small numbers in typed
 * arrays (one pass touches a few bytes per record instead of chasing objects and
 * string-keyed maps), the folded search texts in a plain array, and one order per
 * sort key, computed on first use. Built once per data change; queries never
 * sort and allocate little, so 100,000 records answer in a few milliseconds.
 */
export class RegistryIndex<T extends Searchable> {
  private readonly communes: string[] = [];
  private readonly communeIndex = new Map<string, number>();
  private readonly commune: Uint16Array;
  private readonly kind: Uint8Array;
  private readonly status: Uint8Array;
  /** Follow-up day (YYYYMMDD) of open work; 0 when none or the record is done. */
  private readonly followUp: Int32Array;
  /** Index of the record's assignee in `assignees`; -1 when nobody. */
  private readonly assignee: Int32Array;
  private readonly assignees = new Map<string, number>();
  private readonly orders = new Map<SortKey, Ordered>();

  constructor(private readonly records: readonly T[]) {
    const n = records.length;
    this.commune = new Uint16Array(n);
    this.kind = new Uint8Array(n);
    this.status = new Uint8Array(n);
    this.followUp = new Int32Array(n);
    this.assignee = new Int32Array(n);
    records.forEach((org, i) => {
      let a = -1;
      if (org.assignee) {
        a = this.assignees.get(org.assignee) ?? this.assignees.size;
        this.assignees.set(org.assignee, a);
      }
      this.assignee[i] = a;
      let c = this.communeIndex.get(org.communeCode);
      if (c === undefined) {
        c = this.communes.push(org.communeCode) - 1;
        this.communeIndex.set(org.communeCode, c);
      }
      this.commune[i] = c;
      this.kind[i] = ORG_KINDS.indexOf(org.kind);
      this.status[i] = STATUSES.indexOf(org.status);
      this.followUp[i] = org.followUpDate && !DONE.has(org.status) ? dayNumber(org.followUpDate) : 0;
    });
  }

  get size(): number {
    return this.records.length;
  }

  private orderBy(key: SortKey): Ordered {
    let entry = this.orders.get(key);
    if (!entry) {
      const position = new Map<Organisation, number>(this.records.map((r, i) => [r, i]));
      const order = Int32Array.from(sortOrganisations(this.records, key), (r) => position.get(r)!);
      const texts = Array.from(order, (i) => this.records[i]!.search);
      const starts = new Int32Array(texts.length + 1);
      for (let i = 0; i < texts.length; i++) starts[i + 1] = starts[i]! + texts[i]!.length + 1;
      entry = { order, joined: texts.join(SEPARATOR), starts };
      this.orders.set(key, entry);
    }
    return entry;
  }

  /**
   * The rows matching the query, in its sort order, and per filter value how many
   * rows it would give with the other filters unchanged: a record failing exactly
   * one filter still counts for that filter's values. `me` is this phone's user,
   * for "Của tôi"; with no name set that filter is left off.
   */
  run(query: RegistryQuery, today: string, me = ''): { rows: T[]; counts: FacetCounts } {
    const { order, joined, starts } = this.orderBy(query.sort);
    const tokens = searchTokens(query.q);
    const todayN = dayNumber(today);
    const wantCommune = query.commune ? (this.communeIndex.get(query.commune) ?? -1) : ANY;
    const wantKind = query.kind ? ORG_KINDS.indexOf(query.kind) : ANY;
    const wantStatus = query.status ? STATUSES.indexOf(query.status) : ANY;
    const wantDue = query.due === 'today' ? 1 : query.due === 'overdue' ? 2 : ANY;
    const myIndex = me ? (this.assignees.get(me) ?? NONE) : NONE;
    const wantMine = query.mine && me ? myIndex : ANY;
    const communeCounts = new Int32Array(this.communes.length);
    const kindCounts = new Int32Array(ORG_KINDS.length);
    const statusCounts = new Int32Array(STATUSES.length);
    const dueCounts = new Int32Array(3); // [not due, today, overdue]
    let problemCount = 0;
    let mineCount = 0;
    const rows: T[] = [];

    const visit = (i: number) => {
      const r = order[i]!;
      const c = this.commune[r]!;
      const k = this.kind[r]!;
      const s = this.status[r]!;
      const f = this.followUp[r]!;
      const due = f === 0 ? 0 : f === todayN ? 1 : f < todayN ? 2 : 0;
      const okC = wantCommune === ANY || c === wantCommune;
      const okK = wantKind === ANY || k === wantKind;
      const okS = wantStatus === ANY || s === wantStatus;
      const okD = wantDue === ANY || due === wantDue;
      const okP = !query.problem || s === PROBLEM;
      const a = this.assignee[r]!;
      const okM = wantMine === ANY || a === wantMine;
      const failures = +!okC + +!okK + +!okS + +!okD + +!okP + +!okM;
      if (failures > 1) return;
      if (failures === 0) rows.push(this.records[r]!);
      if (okK && okS && okD && okP && okM) communeCounts[c]!++;
      if (okC && okS && okD && okP && okM) kindCounts[k]!++;
      if (okC && okK && okD && okP && okM) statusCounts[s]!++;
      if (okC && okK && okS && okP && okM) dueCounts[due]!++;
      if (okC && okK && okS && okD && okM && s === PROBLEM) problemCount++;
      if (okC && okK && okS && okD && okP && a === myIndex) mineCount++;
    };
    const finish = () => ({
      rows,
      counts: {
        commune: toMap(this.communes, communeCounts),
        kind: toMap(ORG_KINDS, kindCounts),
        status: toMap(STATUSES, statusCounts),
        due: toMap(DUE_VALUES, dueCounts.subarray(1)),
        problem: problemCount,
        mine: mineCount,
      },
    });

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
}

function toMap(keys: readonly string[], counts: Int32Array): Map<string, number> {
  const map = new Map<string, number>();
  keys.forEach((key, i) => {
    if (counts[i]) map.set(key, counts[i]!);
  });
  return map;
}
