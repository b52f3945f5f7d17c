import type { Transaction } from 'dexie';
import { type IdMigration, movedId, planIdMigration } from '../domain/id-migration';
import type { Organisation } from '../domain/organisation';
import { type Searchable, withSearchText } from '../domain/organisation-search-text';
import { orgDraftKey, visitDraftKey } from '../domain/draft-keys';
import type { Draft, ImportUndoRow, OrgChunk, OutboxRow, ReviewRow } from './db';
import { chunkOutboxKey, TEAM_META_KEY } from './outbox';

function withoutSearch(stored: Searchable): Organisation {
  const { search: _search, ...org } = stored;
  return org;
}

/**
 * Dexie version 3, data version 2: records move to the ids derived from their tax
 * codes (domain/id-migration.ts), inside the upgrade's one `versionchange`
 * transaction, so either all of it is done or, if anything throws (a malformed
 * row), the database stays at version 2 as it was (RELIABILITY case 7). Every
 * table that names an organisation follows: visits, drafts, import undo rows,
 * the review list and the sync outbox. The sync revisions stay under the old id:
 * the alias written there is the next revision of the old document. The first
 * screen's snapshot (localStorage) is rewritten after the first load; until
 * then an old id in it opens the record through its alias.
 */
export async function upgradeToTaxCodeIds(tx: Transaction, chunkSize: number): Promise<void> {
  const chunks = await tx.table<OrgChunk, number>('orgChunks').toArray();
  const migration = planIdMigration(chunks.flatMap((c) => c.records.map(withoutSearch)));
  if (migration.moved.size === 0) return;
  const touched = placeRecords(chunks, migration, chunkSize);
  await tx.table<OrgChunk, number>('orgChunks').bulkPut(chunks.filter((c) => touched.has(c.id)));
  const oldIds = [...migration.moved.keys()];
  await tx
    .table('visits')
    .where('orgId')
    .anyOf(oldIds)
    .modify((v: { orgId: string }) => {
      v.orgId = movedId(migration, v.orgId);
    });
  await moveDrafts(tx, migration);
  await tx.table<ImportUndoRow>('importUndo').toCollection().modify((row: ImportUndoRow) => {
    // An added record that moved: both ids are the import's, so undo removes the record and its alias.
    row.added = row.added.flatMap((id) => (migration.moved.has(id) ? [movedId(migration, id), id] : [id]));
    row.previous = row.previous.map((o) => ({ ...o, id: movedId(migration, o.id) }));
  });
  const reviews = await tx.table<ReviewRow, string>('reviews').bulkGet(oldIds);
  await tx.table<ReviewRow, string>('reviews').bulkPut(reviews.flatMap((r) => (r ? [{ ...r, id: movedId(migration, r.id) }] : [])));
  await tx.table<ReviewRow, string>('reviews').bulkDelete(reviews.flatMap((r) => (r ? [r.id] : [])));
  if (await tx.table('meta').get(TEAM_META_KEY)) await queueTouched(tx, touched);
}

/**
 * Aliases and repointed aliases replace their record in its chunk; the moved
 * records go where new records go (the last chunk while it has room, then new
 * chunks), as `ChunkMap.place` puts them. Returns the ids changed per chunk.
 */
function placeRecords(chunks: OrgChunk[], migration: IdMigration, chunkSize: number): Map<number, string[]> {
  const replaced = new Map(migration.replaced.map((o) => [o.id, o]));
  const touched = new Map<number, string[]>();
  const mark = (chunkId: number, id: string) => (touched.get(chunkId) ?? touched.set(chunkId, []).get(chunkId)!).push(id);
  for (const chunk of chunks) {
    chunk.records = chunk.records.map((r) => {
      const next = replaced.get(r.id);
      if (!next) return r;
      mark(chunk.id, r.id);
      return withSearchText(next);
    });
  }
  let last = chunks.reduce<OrgChunk | undefined>((max, c) => (!max || c.id > max.id ? c : max), undefined);
  for (const o of migration.added) {
    if (!last || last.records.length >= chunkSize) {
      last = { id: (last?.id ?? 0) + 1, records: [] };
      chunks.push(last);
    }
    last.records.push(withSearchText(o));
    mark(last.id, o.id);
  }
  return touched;
}

async function moveDrafts(tx: Transaction, migration: IdMigration): Promise<void> {
  const table = tx.table<Draft, string>('drafts');
  for (const [from, to] of migration.moved) {
    const [form, visit] = await table.bulkGet([orgDraftKey(from), visitDraftKey(from)]);
    if (form) await table.put({ ...form, key: orgDraftKey(to) });
    if (visit) {
      const value = visit.value as { orgId?: unknown } | null;
      await table.put({ ...visit, key: visitDraftKey(to), value: value && typeof value === 'object' ? { ...value, orgId: to } : value });
    }
    await table.bulkDelete([orgDraftKey(from), visitDraftKey(from)].filter((_, i) => [form, visit][i]));
  }
}

/** On a phone in a team, every changed record is queued for sync, as `queueChanges` queues a change. */
async function queueTouched(tx: Transaction, touched: Map<number, string[]>): Promise<void> {
  const outbox = tx.table<OutboxRow, string>('outbox');
  const keys = [...touched.keys()].map(chunkOutboxKey);
  const current = await outbox.bulkGet(keys);
  await outbox.bulkPut(
    [...touched.values()].map((ids, i) => ({ key: keys[i]!, ids: [...new Set([...(current[i]?.ids ?? []), ...ids])], seq: (current[i]?.seq ?? 0) + 1 })),
  );
}
