import { taxCodeId } from '../ids';
import type { Organisation } from '../organisation';
import { settleVersions, tieOrder } from '../team/settle-versions';

/**
 * Joining the record sets of several phones, as a pure function with the laws
 * a team relies on: merging a file twice changes nothing (idempotent) and the
 * order of files does not matter (commutative, associative).
 *
 * Per id, the newest version wins (`isNewer`). Ids that share a tax code are
 * one organisation created on several phones: they are joined under the id
 * derived from that tax code when one of them has it (ids.ts: every phone
 * creates and migrates to that id), else the smallest of those ids; the survivor
 * takes the newest of all their versions (a
 * deletion included), and every other id becomes an alias: a tombstone with
 * `mergedInto` naming the survivor, so visits and later merges find their way.
 * The survivor and the newest version depend only on the union of versions, not
 * on the order they met. The laws assume an id's tax code never changes;
 * correcting a mistyped tax code after the record travelled is the exception.
 */

export function isAlias(o: Organisation): boolean {
  return o.mergedInto !== undefined;
}

/**
 * Total order on versions of one id. An alias beats any plain version (an id
 * once joined stays joined), and of two aliases the smaller target wins; plain
 * versions go by update time, then a deletion wins, then content decides
 * (`tieOrder`: in a way the erasure and change-log rules cannot upset).
 */
export function isNewer(a: Organisation, b: Organisation): boolean {
  if (isAlias(a) !== isAlias(b)) return isAlias(a);
  if (a.mergedInto !== b.mergedInto) return a.mergedInto! < b.mergedInto!;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  if ((a.deletedAt !== null) !== (b.deletedAt !== null)) return a.deletedAt !== null;
  return tieOrder(a, b) > 0;
}

/**
 * `id` as an alias of `winner`: a tombstone naming the id that now stands for it
 * (merges and the id migration). It keeps what finds and orders it (tax code,
 * name, kind, times) and nothing of the person or the team's notes: the record
 * lives on under the winner's id, so a copy would only double the store and keep
 * personal data an erasure of the winner must reach.
 */
export function aliasOf(winner: Organisation, id: string): Organisation {
  const { keptAsIs: _kept, changes: _changes, assignee: _assignee, erasure: _erasure, listedCommune: _listed, ...kept } = winner;
  return {
    ...kept,
    id,
    representativeName: '',
    representativePhone: '',
    consent: null,
    notes: '',
    statusNote: '',
    statusHistory: [],
    deletedAt: winner.deletedAt ?? winner.updatedAt,
    mergedInto: winner.id,
  };
}

/** The newest of a group's plain versions, under the group's surviving id. */
function newestUnder(root: string, versions: Iterable<Organisation>): Organisation | undefined {
  let winner: Organisation | undefined;
  for (const v of versions) {
    const rekeyed = v.id === root ? v : { ...v, id: root };
    if (!winner || isNewer(rekeyed, winner)) winner = rekeyed;
  }
  return winner;
}

export function mergeRecords(...sets: Organisation[][]): Organisation[] {
  const newest = new Map<string, Organisation>();
  const plain = new Map<string, Organisation[]>();
  /** Every version of each id, aliases included: their change logs and erasures all count. */
  const seen = new Map<string, Organisation[]>();
  for (const set of sets) {
    for (const o of set) {
      const current = newest.get(o.id);
      if (!current || isNewer(o, current)) newest.set(o.id, o);
      if (!isAlias(o)) (plain.get(o.id) ?? plain.set(o.id, []).get(o.id)!).push(o);
      (seen.get(o.id) ?? seen.set(o.id, []).get(o.id)!).push(o);
    }
  }
  const groupVersions = new Map<string, Organisation[]>();
  const byTax = new Map<string, string[]>();
  for (const [id, o] of newest) if (o.taxCode) (byTax.get(o.taxCode) ?? byTax.set(o.taxCode, []).get(o.taxCode)!).push(id);
  for (const [taxCode, ids] of byTax) {
    if (ids.length < 2) continue;
    const derived = taxCodeId(taxCode);
    const root = derived && ids.includes(derived) ? derived : [...ids].sort()[0]!;
    const winner = newestUnder(root, ids.flatMap((id) => plain.get(id) ?? []));
    if (!winner) continue;
    newest.set(root, winner);
    for (const id of ids) if (id !== root) newest.set(id, aliasOf(winner, id));
    const versions = ids.flatMap((id) => seen.get(id) ?? []);
    for (const id of ids) groupVersions.set(id, versions);
  }
  return [...newest.values()].map((o) => settleVersions(o, groupVersions.get(o.id) ?? seen.get(o.id) ?? [o]));
}

/** The id a record or visit should use now: an alias's target, else itself. */
export function survivorOf(records: ReadonlyMap<string, Organisation>, id: string): string {
  return records.get(id)?.mergedInto ?? id;
}
