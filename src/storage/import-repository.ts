import Dexie from 'dexie';
import type { Organisation } from '../domain/organisation';
import type { EidDatabase, ImportBatch, ImportUndoRow } from './db';
import type { OrganisationRepository } from './organisation-repository';

/**
 * Import batches. Each chunk of an import is one transaction that writes the
 * records, the chunk's undo row and the batch's counters together, so after a
 * crash the registry holds whole chunks only and the batch says how many.
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

  async commitChunk(batchId: string, seq: number, add: Organisation[], update: { before: Organisation; after: Organisation }[]): Promise<void> {
    const undo: ImportUndoRow = { batchId, seq, added: add.map((o) => o.id), previous: update.map((u) => u.before) };
    await this.organisations.writeChanges([...add, ...update.map((u) => u.after)], [], {
      tables: ['imports', 'importUndo'],
      write: async () => {
        await this.db.importUndo.put(undo);
        const batch = await this.db.imports.get(batchId);
        if (!batch) throw new Error(`import batch ${batchId} missing`);
        await this.db.imports.put({
          ...batch,
          committedChunks: batch.committedChunks + 1,
          added: batch.added + add.length,
          updated: batch.updated + update.length,
        });
      },
    });
  }

  async finish(batchId: string, state: 'done' | 'failed' | 'cancelled', now: number): Promise<void> {
    await this.db.imports.update(batchId, { state, finishedAt: now });
  }

  /**
   * Removes what the batch added and puts back what it replaced, as it was, in
   * one transaction. Works for finished, cancelled and interrupted batches.
   */
  async undo(batchId: string, now: number): Promise<void> {
    const rows = await this.db.importUndo.where('[batchId+seq]').between([batchId, Dexie.minKey], [batchId, Dexie.maxKey]).toArray();
    const previous = new Map<string, Organisation>();
    const added = new Set<string>();
    for (const row of rows.sort((a, b) => a.seq - b.seq)) {
      for (const id of row.added) added.add(id);
      for (const org of row.previous) if (!previous.has(org.id)) previous.set(org.id, org);
    }
    await this.organisations.writeChanges([...previous.values()], [...added].filter((id) => !previous.has(id)), {
      tables: ['imports', 'importUndo'],
      write: async () => {
        await this.db.importUndo.bulkDelete(rows.map((r) => [r.batchId, r.seq] as [string, number]));
        await this.db.imports.update(batchId, { state: 'undone', finishedAt: now });
      },
    });
  }
}
