import type { Organisation } from '../organisation';
import type { Visit } from '../visit';
import { isAlias, isNewer, mergeRecords, survivorOf } from './merge-records';


/**
 * Merging a teammate's file into this phone: the join of both record sets
 * (merge-records.ts), what it changes here, and which organisations were
 * changed on both phones since they last met. Those are conflicts: the later
 * version is the default, the user may choose the other.
 */
export interface Conflict {
  local: Organisation;
  incoming: Organisation;
  /** Fields whose values differ, in display order. */
  fields: (keyof Organisation)[];
}

export interface MergePlan {
  /** Versions to write (new records, newer versions, tombstones, aliases), before conflict choices. */
  writes: Organisation[];
  added: number;
  updated: number;
  deleted: number;
  /** Records of this phone joined with the teammate's record of the same organisation (same tax code). */
  joined: number;
  conflicts: Conflict[];
  /** The teammate's visits this phone lacks, pointing at the surviving ids. */
  visits: Visit[];
  /** Every alias id → the id that survives: this phone's visits of those ids move to it. */
  aliases: Map<string, string>;
}

const COMPARED: (keyof Organisation)[] = [
  'name', 'taxCode', 'kind', 'address', 'communeCode', 'representativeName', 'representativePhone', 'consent',
  'status', 'problemReason', 'notApplicableReason', 'statusNote', 'notes', 'followUpDate', 'statusHistory', 'deletedAt', 'assignee',
];

function differingFields(a: Organisation, b: Organisation): (keyof Organisation)[] {
  return COMPARED.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}

/** Per surviving id, the newest plain version a side holds of that organisation (under the surviving id). */
function versionsBySurvivor(records: Organisation[], survivor: (id: string) => string): Map<string, Organisation> {
  const out = new Map<string, Organisation>();
  for (const o of records) {
    if (isAlias(o)) continue;
    const id = survivor(o.id);
    const v = o.id === id ? o : { ...o, id };
    const current = out.get(id);
    if (!current || isNewer(v, current)) out.set(id, v);
  }
  return out;
}

/** The same version, change log included (versions differing only in their logs tie in `isNewer`). */
const same = (a: Organisation, b: Organisation) => !isNewer(a, b) && !isNewer(b, a) && JSON.stringify(a.changes) === JSON.stringify(b.changes);

export function planMerge(local: Organisation[], incoming: Organisation[], localVisits: Iterable<string>, incomingVisits: Visit[], lastMet: number): MergePlan {
  const merged = new Map(mergeRecords(local, incoming).map((o) => [o.id, o]));
  const survivor = (id: string) => survivorOf(merged, id);
  const localById = new Map(local.map((o) => [o.id, o]));
  const plan: MergePlan = { writes: [], added: 0, updated: 0, deleted: 0, joined: 0, conflicts: [], visits: [], aliases: new Map() };

  for (const o of merged.values()) {
    const mine = localById.get(o.id);
    if (!mine || !same(mine, o)) plan.writes.push(o);
    if (o.mergedInto === undefined) continue;
    plan.aliases.set(o.id, o.mergedInto);
    if (mine && !isAlias(mine) && mine.deletedAt === null) plan.joined++;
  }

  const mine = versionsBySurvivor(local, survivor);
  const theirs = versionsBySurvivor(incoming, survivor);
  for (const [id, result] of merged) {
    if (isAlias(result)) continue;
    const before = mine.get(id);
    if (!before || before.deletedAt !== null) {
      if (result.deletedAt === null) plan.added++;
    } else if (result.deletedAt !== null) plan.deleted++;
    else if (differingFields(before, result).length > 0) plan.updated++;

    const other = theirs.get(id);
    if (!before || !other || before.updatedAt <= lastMet || other.updatedAt <= lastMet) continue;
    const fields = differingFields(before, other);
    if (fields.length > 0) plan.conflicts.push({ local: before, incoming: other, fields });
  }

  const known = new Set(localVisits);
  for (const v of incomingVisits) if (!known.has(v.id)) plan.visits.push({ ...v, orgId: survivor(v.orgId) });
  return plan;
}

/**
 * The user's choice for a conflict. Choosing the version that loses by time
 * stamps it as a new edit (now), so it also wins on every phone it reaches later.
 */
export function resolveConflict(c: Conflict, keep: 'local' | 'incoming', now: number, by: string): Organisation | null {
  const winner = isNewer(c.incoming, c.local) ? 'incoming' : 'local';
  const chosen = keep === 'local' ? c.local : c.incoming;
  // The winner by time is already in the plan's writes (or already local).
  if (keep === winner) return null;
  return { ...chosen, updatedAt: Math.max(now, c.local.updatedAt + 1, c.incoming.updatedAt + 1), updatedBy: by };
}
