import type { Searchable } from '../domain/organisation-search-text';
import { CHUNK_SIZE, type OrgChunk } from './db';

/**
 * Which chunk holds which record, mirroring the last committed chunks this
 * context has seen. Invariant: a record id is a member of exactly one chunk.
 */
export class ChunkMap {
  readonly records = new Map<string, Searchable>();
  private readonly chunkOf = new Map<string, number>();
  private readonly members = new Map<number, Set<string>>();

  chunkIdOf(id: string): number | undefined {
    return this.chunkOf.get(id);
  }

  chunkIds(): number[] {
    return [...this.members.keys()];
  }

  /**
   * Takes a chunk as committed: its records replace whatever this map held for
   * that chunk. Adds to `changed` the ids whose record appeared, changed or went;
   * a record read back equal to the one held keeps the object already held, so
   * views built over it (the query index) see no change.
   */
  absorb(chunk: OrgChunk, changed?: Set<string>): void {
    const previous = this.members.get(chunk.id);
    const next = new Set<string>();
    for (const record of chunk.records) {
      next.add(record.id);
      const held = this.records.get(record.id);
      if (!held || !sameValue(held, record)) {
        this.records.set(record.id, record);
        changed?.add(record.id);
      }
      this.chunkOf.set(record.id, chunk.id);
    }
    if (previous)
      for (const id of previous)
        if (!next.has(id)) {
          this.forget(id, chunk.id);
          changed?.add(id);
        }
    if (next.size > 0) this.members.set(chunk.id, next);
    else this.members.delete(chunk.id);
  }

  /** A chunk deleted from the database. */
  drop(chunkId: number, changed?: Set<string>): void {
    this.absorb({ id: chunkId, records: [] }, changed);
  }

  clear(): void {
    this.records.clear();
    this.chunkOf.clear();
    this.members.clear();
  }

  /** Chooses a chunk per record: its current one, else the last chunk with room, else a new one. */
  place<T extends { id: string }>(records: T[]): Map<number, T[]> {
    const placement = new Map<number, T[]>();
    const sizes = new Map([...this.members].map(([id, set]) => [id, set.size]));
    let open = sizes.size === 0 ? undefined : Math.max(...sizes.keys());
    for (const record of records) {
      let chunkId = this.chunkOf.get(record.id);
      if (chunkId === undefined) {
        if (open === undefined || (sizes.get(open) ?? 0) >= CHUNK_SIZE) open = (open ?? 0) + 1;
        chunkId = open;
        sizes.set(open, (sizes.get(open) ?? 0) + 1);
      }
      const list = placement.get(chunkId) ?? [];
      list.push(record);
      placement.set(chunkId, list);
    }
    return placement;
  }

  private forget(id: string, chunkId: number): void {
    // The record may have been absorbed into another chunk since (never in practice: records do not move).
    if (this.chunkOf.get(id) !== chunkId) return;
    this.chunkOf.delete(id);
    this.records.delete(id);
  }
}

/** Deep equality of two values read from IndexedDB (plain objects, arrays, strings, numbers, booleans, null). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
