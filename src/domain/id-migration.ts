import { aliasOf, isAlias } from './backup/merge-records';
import { taxCodeId } from './ids';
import type { Organisation } from './organisation';

/**
 * Data version 2: records created before ids were derived from tax codes move to
 * them (ids.ts), so phones that imported the same list before that hold the same
 * records too. Pure, so every phone migrating the same records writes the same
 * result, and the sync documents of two phones that migrated agree.
 *
 * A moved record's old id stays as an alias of the new one (`mergedInto`, as a
 * merge leaves it: `aliasOf`), so old links, visits, drafts and later merges with
 * files from phones not yet migrated find their way. Aliases that pointed at a
 * moved record point at its new id (never at another alias).
 */
/** The data version from which records are stored under tax-code ids (storage/db.ts DATA_VERSION). */
export const TAX_CODE_IDS_SINCE = 2;

export interface IdMigration {
  /** Old id → new id, for every record moved. */
  moved: Map<string, string>;
  /** The moved records under their new ids. */
  added: Organisation[];
  /** Records that keep their id but change: each moved record's alias, older aliases repointed. */
  replaced: Organisation[];
}

/**
 * Of two records with one tax code, the one that takes the derived id: a live one
 * over a deleted one, then the older, then the smaller id. The other keeps its id:
 * the upgrade never joins records silently; a later merge joins them by the rule
 * every merge follows (same tax code: one organisation).
 */
function takesIdFirst(a: Organisation, b: Organisation): boolean {
  if ((a.deletedAt === null) !== (b.deletedAt === null)) return a.deletedAt === null;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt;
  return a.id < b.id;
}

/**
 * What the migration changes. Left as they are: aliases, demo records (their ids
 * are already the same on every phone, and a synthetic code must not take a real
 * organisation's id), records without a code that gives an id (none, failing its
 * check, a personal ID number) and records whose derived id is already held here.
 * Deleted records move too, so a deletion meets the other phones' record.
 */
export function planIdMigration(records: readonly Organisation[]): IdMigration {
  const held = new Set(records.map((o) => o.id));
  const chosen = new Map<string, Organisation>();
  for (const o of records) {
    if (isAlias(o) || o.demo) continue;
    const derived = taxCodeId(o.taxCode);
    if (!derived || held.has(derived)) continue;
    const other = chosen.get(derived);
    if (!other || takesIdFirst(o, other)) chosen.set(derived, o);
  }
  const migration: IdMigration = { moved: new Map(), added: [], replaced: [] };
  for (const [derived, o] of chosen) {
    const record = { ...o, id: derived };
    migration.moved.set(o.id, derived);
    migration.added.push(record);
    migration.replaced.push(aliasOf(record, o.id));
  }
  for (const o of records) {
    const target = o.mergedInto === undefined ? undefined : migration.moved.get(o.mergedInto);
    if (target) migration.replaced.push({ ...o, mergedInto: target });
  }
  return migration;
}

/** The id a reference (a visit's organisation, a draft, an undo row, a review) uses after the migration. */
export function movedId(migration: Pick<IdMigration, 'moved'>, id: string): string {
  return migration.moved.get(id) ?? id;
}

/**
 * A whole set of records and visits moved at once (restoring a backup made
 * before the migration): the same result as the upgrade gives a phone.
 */
export function migrateIds<V extends { orgId: string }>(records: readonly Organisation[], visits: readonly V[]): { records: Organisation[]; visits: V[] } {
  const migration = planIdMigration(records);
  if (migration.moved.size === 0) return { records: [...records], visits: [...visits] };
  const byId = new Map(records.map((o) => [o.id, o]));
  for (const o of [...migration.replaced, ...migration.added]) byId.set(o.id, o);
  return {
    records: [...byId.values()],
    visits: visits.map((v) => (migration.moved.has(v.orgId) ? { ...v, orgId: movedId(migration, v.orgId) } : v)),
  };
}
