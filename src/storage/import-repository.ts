import Dexie from 'dexie';
import type { Organisation } from '../domain/organisation';
import type { EidDatabase, ImportBatch } from './db';
import type { OrganisationRepository, Revision } from './organisation-repository';

export interface ChunkOutcome {
  added: number;
  /** Matched records the import changed. */
  updated: number;
  /** Matched records the import would not change. */
  unchanged: number;
}

/** What "undo" would do to a batch, read before asking the user. */
export interface UndoPreview {
  /** Records the batch added or changed that nobody has touched since. */
  revertible: number;
  /** Records changed after the import (an edit, a visit, a merge, a later import): kept unless the user insists. */
  changedSince: Organisation[];
}

/**
 * Import batches. Each chunk of an import is one transaction that writes the
 * records, the chunk's undo row and the batch's counters together, so after a
 * crash the registry holds whole chunks only and the batch says how many.
 * Every record an import writes carries `updatedAt = batch.startedAt`, which is
 * how undo tells a record left as imported from one changed since.
 */
export class ImportRepository {
  constructor(
    private readonly db: EidDatabase,
    private readonly organisations: OrganisationRepository,
  ) {}

  async list(): Promise<ImportBatch[]> {
    return (await this.db.imports.toArray()).sort((a, b) => b.startedAt - a.startedAt);
  }

  async begin(id: string, fileName: string, now: number): Promise<void> {
    await this.db.imports.put({ id, fileName, startedAt: now, finishedAt: null, state: 'running', committedChunks: 0, added: 0, updated: 0 });
  }

  /** `updates` are revisions (see OrganisationRepository.write) so a record edited meanwhile is updated from its latest value. */
  async commitChunk(batchId: string, seq: number, add: Organisation[], updates: Revision[]): Promise<ChunkOutcome> {
    const revised = await this.organisations.write(
      { puts: add, revisions: updates },
      {
        tables: ['imports', 'importUndo'],
        // Both requests go out at once: one round trip to the database fewer per chunk of an import.
        write: (changed) =>
          Promise.all([
            this.db.importUndo.put({ batchId, seq, added: add.map((o) => o.id), previous: changed.map((u) => u.before) }),
            this.db.imports.get(batchId).then((batch) => {
              if (!batch) throw new Error(`import batch ${batchId} missing`);
              return this.db.imports.put({
                ...batch,
                committedChunks: batch.committedChunks + 1,
                added: batch.added + add.length,
                updated: batch.updated + changed.length,
              });
            }),
          ]),
      },
    );
    return { added: add.length, updated: revised.length, unchanged: updates.length - revised.length };
  }

  async finish(batchId: string, state: 'done' | 'failed' | 'cancelled', now: number): Promise<void> {
    await this.db.imports.update(batchId, { state, finishedAt: now });
  }

  async previewUndo(batchId: string): Promise<UndoPreview> {
    const { batch, added, previous } = await this.readUndo(batchId);
    const changedSince: Organisation[] = [];
    let revertible = 0;
    for (const id of new Set([...added, ...previous.keys()])) {
      const current = this.organisations.get(id);
      // An alias the id migration left for an added record goes with it, and is no record of its own to count.
      if (!current || current.mergedInto !== undefined) continue;
      if (current.updatedAt === batch.startedAt) revertible++;
      else changedSince.push(current);
    }
    return { revertible, changedSince };
  }

  /**
   * Removes what the batch added and puts back what it replaced, as it was, in
   * one transaction; works for finished, cancelled and interrupted batches.
   * Records changed since the import are kept as they are now, unless
   * `includeChanged`: then they too are removed or put back.
   */
  async undo(batchId: string, now: number, { includeChanged = false } = {}): Promise<{ reverted: number; kept: number }> {
    const { batch, added, previous, keys } = await this.readUndo(batchId);
    let kept = 0;
    const revertTo = (target: Organisation | 'remove') => (current: Organisation) => {
      if (includeChanged || current.updatedAt === batch.startedAt) return target;
      kept++;
      return 'keep' as const;
    };
    const revisions: Revision[] = [...previous].map(([id, before]) => ({ id, revise: revertTo(before) }));
    for (const id of added) if (!previous.has(id)) revisions.push({ id, revise: revertTo('remove') });
    const revised = await this.organisations.write(
      { revisions },
      {
        tables: ['imports', 'importUndo'],
        write: async () => {
          await this.db.importUndo.bulkDelete(keys);
          await this.db.imports.update(batchId, { state: 'undone', finishedAt: now, keptOnUndo: kept });
        },
      },
    );
    return { reverted: revised.length, kept };
  }

  private async readUndo(batchId: string) {
    const batch = await this.db.imports.get(batchId);
    if (!batch) throw new Error(`import batch ${batchId} missing`);
    const rows = await this.db.importUndo.where('[batchId+seq]').between([batchId, Dexie.minKey], [batchId, Dexie.maxKey]).toArray();
    const previous = new Map<string, Organisation>();
    const added = new Set<string>();
    for (const row of rows.sort((a, b) => a.seq - b.seq)) {
      for (const id of row.added) added.add(id);
      for (const org of row.previous) if (!previous.has(org.id)) previous.set(org.id, org);
    }
    return { batch, added, previous, keys: rows.map((r) => [r.batchId, r.seq] as [string, number]) };
  }
}
