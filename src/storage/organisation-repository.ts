import type { Organisation } from '../domain/organisation';
import { type Searchable, withSearchText } from '../domain/organisation-search-text';
import { withChangeLogged } from '../domain/team/change-log';
import { ChunkMap } from './chunk-map';
import { CHUNKS_PER_READ, ChunkSync, type SyncPoint } from './chunk-sync';
import type { EidDatabase, OrgChunk } from './db';
import { mapStorageErrors } from './errors';
import { chunkOutboxKey, OUTBOX_TABLES, queueChanges } from './outbox';
import type { WriteGuard } from './write-guard';

/** What changed in one notice: the ids of the records that appeared, changed or went; 'all' after loading or a restore. */
export type ChangedIds = ReadonlySet<string> | 'all';
type Listener = (changed: ChangedIds) => void;

/** A record changed from its value at commit time: replaced, left as it is, or removed for good. */
export interface Revision {
  id: string;
  revise: (current: Organisation) => Organisation | 'keep' | 'remove';
}

export interface Revised {
  before: Organisation;
  /** null: removed. */
  after: Organisation | null;
}

/** What one transaction does to the registry. */
export interface RegistryChanges {
  puts?: Organisation[];
  /**
   * Computed inside the transaction from the record as stored then, so an edit
   * another tab committed meanwhile is built upon, never overwritten by a stale copy.
   */
  revisions?: Revision[];
  /** Hard removal: for undoing an import and removing demo data only (users delete with a tombstone). */
  removeIds?: string[];
  /**
   * Whether each changed record gets an entry in its change log (who, when, which
   * fields; see domain/team/change-log.ts). True by default, so no save, status
   * change, visit or import forgets it; a merge passes false, since the versions it
   * writes already carry the union of both phones' logs.
   */
  logChanges?: boolean;
  /** Runs first inside the transaction, before any record is read (sync reads what is still unsent). */
  before?: () => Promise<void>;
}

/** 'sync': the change comes from the team's database, so it is not queued to be sent back. */
export type ChangeOrigin = 'local' | 'sync';

/** Writes to other tables made inside the same transaction as the chunks; receives the revisions as applied. */
export interface Alongside {
  tables: string[];
  write: (revised: Revised[]) => Promise<unknown>;
}

export function fromStored(stored: Searchable): Organisation {
  const { search: _search, ...org } = stored;
  return org;
}

/**
 * All organisations, held in memory (search and filters scan them) and persisted
 * in chunks (see CHUNK_SIZE). The in-memory map mirrors the last committed state
 * of the chunks this context has seen; other contexts' writes (tabs, the import
 * worker) arrive through ChunkSync.
 */
export class OrganisationRepository {
  private readonly map = new ChunkMap();
  private readonly listeners = new Set<Listener>();
  private readonly sync: ChunkSync;
  private revision = 0;

  constructor(
    private readonly db: EidDatabase,
    private readonly guard: WriteGuard,
  ) {
    this.sync = new ChunkSync(
      `${db.name}:orgs`,
      (ids) => db.orgChunks.bulkGet(ids),
      (ids, chunks) => {
        const changed = new Set<string>();
        chunks.forEach((chunk, i) => {
          if (chunk) this.map.absorb(chunk, changed);
          else this.map.drop(ids[i]!, changed);
        });
        this.notify(changed);
      },
    );
  }

  /** Reads every chunk; `onProgress` gets the count loaded so far so the first screen can show before the end. */
  async loadAll(onProgress?: (loaded: number) => void): Promise<void> {
    const keys = await this.db.orgChunks.toCollection().primaryKeys();
    for (let i = 0; i < keys.length; i += CHUNKS_PER_READ) {
      const chunks = await this.db.orgChunks.bulkGet(keys.slice(i, i + CHUNKS_PER_READ));
      for (const chunk of chunks) if (chunk) this.map.absorb(chunk);
      onProgress?.(this.map.records.size);
      // Listeners hear of the first batch so the list can show rows at once; not of
      // every batch, since each notice re-sorts derived views and would slow loading.
      if (i === 0 && keys.length > CHUNKS_PER_READ) this.notify('all');
    }
    this.notify('all');
  }

  /** The IndexedDB database's name, for a worker to open the same one. */
  get databaseName(): string {
    return this.db.name;
  }

  /** Changes whenever any record changes: cheap memo key for derived views. */
  get version(): number {
    return this.revision;
  }

  /** This context's last write, for another context to wait on. */
  get syncPoint(): SyncPoint {
    return this.sync.syncPoint;
  }

  /** Resolves once this context has taken in another context's writes up to `point`. */
  caughtUp(point: SyncPoint): Promise<void> {
    return this.sync.caughtUp(point);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(id: string): Searchable | undefined {
    return this.map.records.get(id);
  }

  /** Every record including deletion tombstones (merge and backup need them). */
  allWithTombstones(): Searchable[] {
    return [...this.map.records.values()];
  }

  /** How many live records there are, without building the list (asked after every change). */
  liveCount(): number {
    let n = 0;
    for (const r of this.map.records.values()) if (r.deletedAt === null) n++;
    return n;
  }

  /** Live records only. */
  all(): Searchable[] {
    const out: Searchable[] = [];
    for (const r of this.map.records.values()) if (r.deletedAt === null) out.push(r);
    return out;
  }

  /** Inserts or replaces one record durably; `alongside` writes other tables in the same transaction. */
  async save(org: Organisation, alongside?: Alongside): Promise<void> {
    await this.saveMany([org], alongside);
  }

  /**
   * Inserts or replaces records in as few chunk writes as possible, all in one
   * transaction: either every record is saved or none is.
   */
  async saveMany(orgs: Organisation[], alongside?: Alongside): Promise<void> {
    await this.write({ puts: orgs }, alongside);
  }

  /**
   * Removes records for good (no tombstone), in one transaction. For data that
   * never belonged in the registry, such as demo records; a user's delete keeps a
   * tombstone instead, so merges learn of it.
   */
  async removeMany(ids: Iterable<string>): Promise<number> {
    const present = [...ids].filter((id) => this.map.records.has(id));
    await this.write({ removeIds: present });
    return present.length;
  }

  /** Puts, revises and removes records in one transaction, with `alongside` writing other tables in it too. */
  async write(changes: RegistryChanges, alongside?: Alongside, origin: ChangeOrigin = 'local'): Promise<Revised[]> {
    this.guard.assertWritable();
    const { puts = [], revisions = [], removeIds = [], logChanges = true } = changes;
    const logged = <T extends Organisation>(before: Organisation | undefined, after: T): T =>
      logChanges ? (withChangeLogged(before, after) as T) : after;
    if (puts.length === 0 && revisions.length === 0 && removeIds.length === 0 && !alongside) return [];
    const placement = this.map.place(puts.map(withSearchText));
    const touched = new Set(placement.keys());
    for (const { id } of [...revisions, ...removeIds.map((id) => ({ id }))]) {
      const chunkId = this.map.chunkIdOf(id);
      if (chunkId !== undefined) touched.add(chunkId);
    }
    const removing = new Set(removeIds);
    const tables = [...new Set(['orgChunks', ...OUTBOX_TABLES, ...(alongside?.tables ?? [])])];
    const { written, revised } = await mapStorageErrors(() =>
      this.db.transaction('rw', tables, async () => {
        await changes.before?.();
        const ids = [...touched];
        const current = await this.db.orgChunks.bulkGet(ids);
        const stored = new Map<string, Searchable>();
        for (const chunk of current) for (const r of chunk?.records ?? []) stored.set(r.id, r);
        const revised: Revised[] = [];
        const revisedById = new Map<string, Searchable>();
        for (const { id, revise } of revisions) {
          const found = stored.get(id);
          if (!found) continue;
          const before = fromStored(found);
          const outcome = revise(before);
          if (outcome === 'keep') continue;
          const after = outcome === 'remove' ? null : logged(before, outcome);
          revised.push({ before, after });
          if (after === null) removing.add(id);
          else revisedById.set(id, withSearchText(after));
        }
        const written: OrgChunk[] = ids.map((id, i) => {
          const incoming = (placement.get(id) ?? []).map((r) => logged(stored.get(r.id), r));
          const replaced = new Set(incoming.map((r) => r.id));
          const kept = (current[i]?.records ?? [])
            .filter((r) => !replaced.has(r.id) && !removing.has(r.id))
            .map((r) => revisedById.get(r.id) ?? r);
          return { id, records: [...kept, ...incoming] };
        });
        const changed = new Map<string, string[]>();
        if (origin === 'local') {
          const mark = (id: string) => {
            const chunkId = this.map.chunkIdOf(id) ?? [...placement].find(([, rs]) => rs.some((r) => r.id === id))?.[0];
            if (chunkId === undefined) return;
            const key = chunkOutboxKey(chunkId);
            (changed.get(key) ?? changed.set(key, []).get(key)!).push(id);
          };
          for (const [chunkId, records] of placement) changed.set(chunkOutboxKey(chunkId), records.map((r) => r.id));
          for (const { before, after } of revised) if (!after || after !== before) mark(before.id);
          for (const id of removeIds) mark(id);
        }
        // The writes touch different rows, so they go out together: a round trip each to the database
        // one after another added up over the 25 transactions of a 100,000-row import.
        // A chunk emptied by removals is deleted, not kept as an empty row.
        await Promise.all([
          this.db.orgChunks.bulkPut(written.filter((c) => c.records.length > 0)),
          this.db.orgChunks.bulkDelete(written.filter((c) => c.records.length === 0).map((c) => c.id)),
          alongside?.write(revised),
          queueChanges(this.db, changed),
        ]);
        return { written, revised };
      }),
    );
    const changed = new Set<string>();
    for (const chunk of written) this.map.absorb(chunk, changed);
    this.announce(written.map((c) => c.id), changed);
    return revised;
  }

  /**
   * Replaces the whole registry (restore of a backup) in one transaction with
   * the other tables `alongside` writes: the old data stays if anything fails.
   */
  async replaceAll(orgs: Organisation[], alongside?: Alongside): Promise<void> {
    this.guard.assertWritable();
    const fresh = new ChunkMap();
    const chunks = [...fresh.place(orgs.map(withSearchText))].map(([id, records]) => ({ id, records }));
    const oldIds = this.map.chunkIds();
    const kept = new Set(orgs.map((o) => o.id));
    const gone = [...this.map.records.keys()].filter((id) => !kept.has(id));
    await mapStorageErrors(() =>
      this.db.transaction('rw', [...new Set(['orgChunks', ...OUTBOX_TABLES, ...(alongside?.tables ?? [])])], async () => {
        await this.db.orgChunks.clear();
        await this.db.orgChunks.bulkPut(chunks);
        await alongside?.write([]);
        // Every record of the restored file is sent; one no longer there is sent as removed.
        const changed = new Map(chunks.map((c) => [chunkOutboxKey(c.id), c.records.map((r) => r.id)]));
        // Chunk 0 is never used for records (ids start at 1): it stands for "no longer stored".
        if (gone.length > 0) changed.set(chunkOutboxKey(0), gone);
        await queueChanges(this.db, changed);
      }),
    );
    this.map.clear();
    for (const chunk of chunks) this.map.absorb(chunk);
    this.announce([...new Set([...oldIds, ...chunks.map((c) => c.id)])], 'all');
  }

  close(): void {
    this.sync.close();
  }

  private announce(chunks: number[], changed: ChangedIds): void {
    this.sync.announce(chunks);
    this.notify(changed);
  }

  private notify(changed: ChangedIds): void {
    this.revision++;
    for (const l of this.listeners) l(changed);
  }
}
