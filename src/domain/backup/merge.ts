import type { Organisation } from '../organisation';
import type { Visit } from './schema';

/**
 * Merging a teammate's file. Per record, the later version wins (update time;
 * ties: a deletion wins, then a fixed order on content), which is a maximum
 * under a total order: merging is idempotent and the order of several files
 * does not matter. A record unknown by id but with the tax code of a live local
 * record is the same organisation, created on two phones: it takes the local id.
 * Records changed on both sides since the two phones last met are conflicts;
 * the later version is the default, the user may choose the other.
 */
export interface Conflict {
  local: Organisation;
  incoming: Organisation;
  /** Fields whose values differ, in display order. */
  fields: (keyof Organisation)[];
}

export interface MergePlan {
  /** Versions to write (new records, newer versions, tombstones), before conflict choices. */
  writes: Organisation[];
  added: number;
  updated: number;
  deleted: number;
  conflicts: Conflict[];
  visits: Visit[];
}

const COMPARED: (keyof Organisation)[] = [
  'name', 'taxCode', 'kind', 'address', 'communeCode', 'representativeName', 'representativePhone', 'consent',
  'status', 'problemReason', 'notApplicableReason', 'statusNote', 'notes', 'followUpDate', 'statusHistory', 'deletedAt',
];

function canonical(o: Organisation): string {
  return JSON.stringify(o, Object.keys(o).sort());
}

/** Total order on versions of one record: later update, then deletion, then content. */
export function isNewer(a: Organisation, b: Organisation): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  if ((a.deletedAt !== null) !== (b.deletedAt !== null)) return a.deletedAt !== null;
  return canonical(a) > canonical(b);
}

export function differingFields(a: Organisation, b: Organisation): (keyof Organisation)[] {
  return COMPARED.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}

/** The plain join of two record sets: for each id the newer version. */
export function mergeSets(a: Organisation[], b: Organisation[]): Organisation[] {
  const out = new Map(a.map((o) => [o.id, o]));
  for (const o of b) {
    const mine = out.get(o.id);
    if (!mine || isNewer(o, mine)) out.set(o.id, o);
  }
  return [...out.values()];
}

export function planMerge(local: Organisation[], incoming: Organisation[], localVisits: Iterable<string>, incomingVisits: Visit[], lastMet: number): MergePlan {
  const byId = new Map(local.map((o) => [o.id, o]));
  const byTax = new Map<string, Organisation>();
  for (const o of local) if (o.taxCode && o.deletedAt === null) byTax.set(o.taxCode, o);
  const plan: MergePlan = { writes: [], added: 0, updated: 0, deleted: 0, conflicts: [], visits: [] };
  const idMap = new Map<string, string>();

  for (const theirs of incoming) {
    let mine = byId.get(theirs.id);
    let version = theirs;
    if (!mine && theirs.taxCode && theirs.deletedAt === null) {
      const sameOrg = byTax.get(theirs.taxCode);
      if (sameOrg) {
        mine = sameOrg;
        version = { ...theirs, id: sameOrg.id, createdAt: sameOrg.createdAt };
        idMap.set(theirs.id, sameOrg.id);
      }
    }
    if (!mine) {
      plan.writes.push(version);
      if (version.deletedAt === null) plan.added++;
      continue;
    }
    if (!isNewer(version, mine) && !isNewer(mine, version)) continue; // the same version
    const fields = differingFields(mine, version);
    if (fields.length > 0 && mine.updatedAt > lastMet && version.updatedAt > lastMet) plan.conflicts.push({ local: mine, incoming: version, fields });
    if (!isNewer(version, mine)) continue;
    // Same content with a later stamp is still written (the join must not depend on order) but not counted.
    plan.writes.push(version);
    if (version.deletedAt !== null && mine.deletedAt === null) plan.deleted++;
    else if (fields.length > 0) plan.updated++;
  }

  const known = new Set(localVisits);
  for (const v of incomingVisits) {
    if (!known.has(v.id)) plan.visits.push({ ...v, orgId: idMap.get(v.orgId) ?? v.orgId });
  }
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
