import type { Organisation } from '../domain/organisation';
import { CHUNK_SIZE, type EidDatabase, type OrgChunk, type StoredOrganisation } from './db';
import { mapStorageErrors } from './errors';
import { searchTextOf } from './organisation-search-text';
import type { WriteGuard } from './write-guard';

type Listener = () => void;

/** Writes to other tables made inside the same transaction as the chunks. */
export interface Alongside {
  tables: string[];
  write: () => Promise<unknown>;
}

function toStored(org: Organisation): StoredOrganisation {
  return { ...org, search: searchTextOf(org) };
}

export function fromStored(stored: StoredOrganisation): Organisation {
  const { search: _search, ...org } = stored;
  return org;
}

/**
 * All organisations, held in memory (search and filters scan them) and persisted
 * in chunks (see CHUNK_SIZE). Invariant: every record lives in exactly one chunk,
 * and the in-memory maps mirror the last committed state of the chunks this tab
 * has seen; other tabs' writes arrive over a BroadcastChannel.
 */
export class OrganisationRepository {
  private readonly records = new Map<string, StoredOrganisation>();
  private readonly chunkOf = new Map<string, number>();
  private readonly chunkSize = new Map<number, number>();
  private readonly listeners = new Set<Listener>();
  private readonly channel: BroadcastChannel | null;
  private revision = 0;

  constructor(
    private readonly db: EidDatabase,
    private readonly guard: WriteGuard,
  ) {
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`${db.name}:orgs`);
    this.channel?.addEventListener('message', (e: MessageEvent<number[]>) => void this.reloadChunks(e.data));
  }

  /** Reads every chunk; `onProgress` gets the count loaded so far so the first screen can show before the end. */
  async loadAll(onProgress?: (loaded: number) => void): Promise<void> {
    const keys = await this.db.orgChunks.toCollection().primaryKeys();
    const step = 40;
    for (let i = 0; i < keys.length; i += step) {
      const chunks = await this.db.orgChunks.bulkGet(keys.slice(i, i + step));
      for (const chunk of chunks) if (chunk) this.absorb(chunk);
      onProgress?.(this.records.size);
      // Listeners hear of the first batch so the list can show rows at once; not of
      // every batch, since each notice re-sorts derived views and would slow loading.
      if (i === 0 && keys.length > step) this.notify();
    }
    this.notify();
  }

  /** Changes whenever any record changes: cheap memo key for derived views. */
  get version(): number {
    return this.revision;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(id: string): StoredOrganisation | undefined {
    return this.records.get(id);
  }

  /** Every record including deletion tombstones (merge and backup need them). */
  allWithTombstones(): StoredOrganisation[] {
    return [...this.records.values()];
  }

  /** Live records only. */
  all(): StoredOrganisation[] {
    const out: StoredOrganisation[] = [];
    for (const r of this.records.values()) if (r.deletedAt === null) out.push(r);
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
    await this.writeChanges(orgs, [], alongside);
  }

  /**
   * Puts some records and hard-removes others (by id) in one transaction. Hard
   * removal is for undoing an import and restoring a backup only; users delete
   * with a tombstone (`deletedAt`) so the deletion can travel in a merge.
   */
  async writeChanges(puts: Organisation[], removeIds: string[], alongside?: Alongside): Promise<void> {
    this.guard.assertWritable();
    if (puts.length === 0 && removeIds.length === 0 && !alongside) return;
    const placement = this.place(puts);
    const removing = new Set(removeIds);
    for (const id of removeIds) {
      const chunkId = this.chunkOf.get(id);
      if (chunkId !== undefined && !placement.has(chunkId)) placement.set(chunkId, []);
    }
    const tables = ['orgChunks', ...(alongside?.tables ?? [])];
    const written = await mapStorageErrors(() =>
      this.db.transaction('rw', tables, async () => {
        const ids = [...placement.keys()];
        const current = await this.db.orgChunks.bulkGet(ids);
        const next: OrgChunk[] = ids.map((id, i) => {
          const incoming = placement.get(id)!;
          const replaced = new Set(incoming.map((r) => r.id));
          const kept = (current[i]?.records ?? []).filter((r) => !replaced.has(r.id) && !removing.has(r.id));
          return { id, records: [...kept, ...incoming] };
        });
        // A chunk emptied by removals is deleted, not kept as an empty row.
        await this.db.orgChunks.bulkPut(next.filter((c) => c.records.length > 0));
        await this.db.orgChunks.bulkDelete(next.filter((c) => c.records.length === 0).map((c) => c.id));
        await alongside?.write();
        return next;
      }),
    );
    for (const id of removeIds) {
      this.records.delete(id);
      this.chunkOf.delete(id);
    }
    for (const chunk of written) {
      if (chunk.records.length > 0) this.absorb(chunk);
      else this.chunkSize.delete(chunk.id);
    }
    this.channel?.postMessage(written.map((c) => c.id));
    this.notify();
  }

  /**
   * Removes records for good (no tombstone), in one transaction. For data that
   * never belonged in the registry, such as demo records; a user's delete keeps a
   * tombstone instead, so merges learn of it.
   */
  async removeMany(ids: Iterable<string>): Promise<number> {
    const present = [...ids].filter((id) => this.records.has(id));
    await this.writeChanges([], present);
    return present.length;
  }

  /** Chooses a chunk per record: its current one, else the last chunk with room, else a new one. */
  private place(orgs: Organisation[]): Map<number, StoredOrganisation[]> {
    const placement = new Map<number, StoredOrganisation[]>();
    const sizes = new Map(this.chunkSize);
    let open = this.lastChunkId();
    for (const org of orgs) {
      let chunkId = this.chunkOf.get(org.id);
      if (chunkId === undefined) {
        if (open === undefined || (sizes.get(open) ?? 0) >= CHUNK_SIZE) open = (open ?? 0) + 1;
        chunkId = open;
        sizes.set(open, (sizes.get(open) ?? 0) + 1);
      }
      const list = placement.get(chunkId) ?? [];
      list.push(toStored(org));
      placement.set(chunkId, list);
    }
    return placement;
  }

  private lastChunkId(): number | undefined {
    let max: number | undefined;
    for (const id of this.chunkSize.keys()) if (max === undefined || id > max) max = id;
    return max;
  }

  private absorb(chunk: OrgChunk): void {
    for (const record of chunk.records) {
      this.records.set(record.id, record);
      this.chunkOf.set(record.id, chunk.id);
    }
    this.chunkSize.set(chunk.id, chunk.records.length);
  }

  private async reloadChunks(ids: number[]): Promise<void> {
    const chunks = await this.db.orgChunks.bulkGet(ids);
    chunks.forEach((chunk, i) => {
      const id = ids[i]!;
      for (const [recordId, chunkId] of this.chunkOf) {
        if (chunkId === id && !chunk?.records.some((r) => r.id === recordId)) {
          this.chunkOf.delete(recordId);
          this.records.delete(recordId);
        }
      }
      if (chunk) this.absorb(chunk);
      else this.chunkSize.delete(id);
    });
    this.notify();
  }

  private notify(): void {
    this.revision++;
    for (const l of this.listeners) l();
  }

  close(): void {
    this.channel?.close();
  }

  /**
   * Replaces the whole registry (restore of a backup) in one transaction with
   * the other tables `alongside` writes: the old data stays if anything fails.
   */
  async replaceAll(orgs: Organisation[], alongside?: Alongside): Promise<void> {
    this.guard.assertWritable();
    const chunks: OrgChunk[] = [];
    for (let i = 0; i < orgs.length; i += CHUNK_SIZE) {
      chunks.push({ id: chunks.length + 1, records: orgs.slice(i, i + CHUNK_SIZE).map(toStored) });
    }
    const oldIds = [...this.chunkSize.keys()];
    await mapStorageErrors(() =>
      this.db.transaction('rw', ['orgChunks', ...(alongside?.tables ?? [])], async () => {
        await this.db.orgChunks.clear();
        await this.db.orgChunks.bulkPut(chunks);
        await alongside?.write();
      }),
    );
    this.records.clear();
    this.chunkOf.clear();
    this.chunkSize.clear();
    for (const chunk of chunks) this.absorb(chunk);
    this.channel?.postMessage([...new Set([...oldIds, ...chunks.map((c) => c.id)])]);
    this.notify();
  }
}
