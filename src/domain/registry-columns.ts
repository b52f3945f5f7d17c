import { ORG_KINDS, type Organisation } from './organisation';
import { DUE_VALUES, type FacetCounts, type RegistryQuery } from './registry-query';
import { STATUSES } from './status';

const PROBLEM = STATUSES.indexOf('problem');
const DONE = new Set<string>(['issued', 'not_applicable']);
const ANY = -2;
/** A value no record has (an assignee absent from the registry). */
const NONE = -3;

/** 'YYYY-MM-DD' as the number YYYYMMDD: comparable, and storable in a typed array. */
function dayNumber(iso: string): number {
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

function grown<A extends Uint8Array | Uint16Array | Int32Array>(array: A, size: number, make: (n: number) => A): A {
  if (array.length >= size) return array;
  const next = make(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/** A query's filter counts, taken one record at a time. */
export interface Tally {
  /** Counts the record at `position` in (+1) or out (-1) of every filter value it would give; true when it passes every filter. */
  add(position: number, sign: 1 | -1): boolean;
  counts(): FacetCounts;
}

/**
 * The filter fields of the records by position, as small numbers in typed arrays:
 * one pass touches a few bytes per record instead of chasing objects and
 * string-keyed maps.
 */
export class Columns {
  readonly communes: string[] = [];
  readonly communeIndex = new Map<string, number>();
  readonly assignees = new Map<string, number>();
  private commune = new Uint16Array(0);
  private kind = new Uint8Array(0);
  private status = new Uint8Array(0);
  /** Follow-up day (YYYYMMDD) of open work; 0 when none or the record is done. */
  private followUp = new Int32Array(0);
  /** Index of the record's assignee in `assignees`; -1 when nobody. */
  private assignee = new Int32Array(0);

  ensureCapacity(size: number): void {
    this.commune = grown(this.commune, size, (n) => new Uint16Array(n));
    this.kind = grown(this.kind, size, (n) => new Uint8Array(n));
    this.status = grown(this.status, size, (n) => new Uint8Array(n));
    this.followUp = grown(this.followUp, size, (n) => new Int32Array(n));
    this.assignee = grown(this.assignee, size, (n) => new Int32Array(n));
  }

  set(position: number, org: Organisation): void {
    let c = this.communeIndex.get(org.communeCode);
    if (c === undefined) {
      c = this.communes.push(org.communeCode) - 1;
      this.communeIndex.set(org.communeCode, c);
    }
    this.commune[position] = c;
    this.kind[position] = ORG_KINDS.indexOf(org.kind);
    this.status[position] = STATUSES.indexOf(org.status);
    this.followUp[position] = org.followUpDate && !DONE.has(org.status) ? dayNumber(org.followUpDate) : 0;
    let a = -1;
    if (org.assignee) {
      a = this.assignees.get(org.assignee) ?? this.assignees.size;
      this.assignees.set(org.assignee, a);
    }
    this.assignee[position] = a;
  }

  /**
   * The tally of one query: per filter value, how many records it would give with
   * the other filters unchanged (a record failing exactly one filter still counts
   * for that filter's values). `me` is this phone's user, for "Của tôi"; with no
   * name set that filter is left off.
   */
  tally(query: RegistryQuery, today: string, me: string): Tally {
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
    const add = (r: number, sign: 1 | -1): boolean => {
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
      if (failures > 1) return false;
      if (okK && okS && okD && okP && okM) communeCounts[c]! += sign;
      if (okC && okS && okD && okP && okM) kindCounts[k]! += sign;
      if (okC && okK && okD && okP && okM) statusCounts[s]! += sign;
      if (okC && okK && okS && okP && okM) dueCounts[due]! += sign;
      if (okC && okK && okS && okD && okM && s === PROBLEM) problemCount += sign;
      if (okC && okK && okS && okD && okP && a === myIndex) mineCount += sign;
      return failures === 0;
    };
    const counts = (): FacetCounts => ({
      commune: toMap(this.communes, communeCounts),
      kind: toMap(ORG_KINDS, kindCounts),
      status: toMap(STATUSES, statusCounts),
      due: toMap(DUE_VALUES, dueCounts.subarray(1)),
      problem: problemCount,
      mine: mineCount,
    });
    return { add, counts };
  }
}

function toMap(keys: readonly string[], counts: Int32Array): Map<string, number> {
  const map = new Map<string, number>();
  keys.forEach((key, i) => {
    if (counts[i]) map.set(key, counts[i]!);
  });
  return map;
}
