import { describeSaveError } from '../../../context/describe-error';
import { newId } from '../../../domain/ids';
import { type DuplicateChoice, DuplicateIndex, importedVersion, planImport } from '../../../domain/import/plan';
import type { ImportRow } from '../../../domain/import/rows';
import type { Organisation } from '../../../domain/organisation';
import { CHUNK_SIZE } from '../../../storage/db';
import type { ImportRepository } from '../../../storage/import-repository';
import type { OrganisationRepository } from '../../../storage/organisation-repository';
import { holdImportLock } from './import-lock';
import type { ImportResult } from './import-protocol';

/**
 * Records per transaction: large enough for speed (~150k rows/s in chunks, and each transaction costs
 * a few round trips to the database), small enough that Cancel and a crash lose little.
 * A whole number of chunks, so a slice of new records fills its last chunk and the next slice starts a
 * fresh one (with 2,500, every slice rewrote, and every tab re-read, the chunk the one before had left
 * part-filled).
 */
export const COMMIT_SLICE = 16 * CHUNK_SIZE;

export interface CommitRequest {
  fileName: string;
  choice: DuplicateChoice;
  overrides: Map<number, DuplicateChoice>;
  by: string;
}

interface CommitDeps {
  organisations: OrganisationRepository;
  imports: ImportRepository;
  onProgress: (done: number, total: number) => void;
  isCancelled: () => boolean;
}

/**
 * Writes checked rows as one undoable batch, slice by slice, each slice one
 * transaction. Rows are matched against one snapshot of the registry (rows of
 * one file never match each other: duplicate tax codes in a file are refused
 * when checking), while each update is computed from the record as stored when
 * its slice commits. The batch's lock is held from before the batch is
 * recorded until it is marked finished, so other tabs see it as running.
 */
export function commitImport(rows: ImportRow[], request: CommitRequest, deps: CommitDeps): Promise<{ result: ImportResult; message: string | null }> {
  const batchId = newId();
  return holdImportLock(batchId, () => commitBatch(batchId, rows, request, deps));
}

async function commitBatch(batchId: string, rows: ImportRow[], request: CommitRequest, deps: CommitDeps): Promise<{ result: ImportResult; message: string | null }> {
  const ctx = { batchId, now: Date.now(), by: request.by, newId, isTaken: (id: string) => deps.organisations.get(id) !== undefined };
  const index = new DuplicateIndex(deps.organisations.all());
  const result: ImportResult = { batchId, state: 'done', added: 0, updated: 0, skipped: 0, unchanged: 0 };
  const choiceFor = (row: ImportRow) => request.overrides.get(row.line) ?? request.choice;
  let message: string | null = null;
  try {
    await deps.imports.begin(batchId, request.fileName, ctx.now);
    for (let seq = 0; seq * COMMIT_SLICE < rows.length; seq++) {
      if (deps.isCancelled()) {
        result.state = 'cancelled';
        break;
      }
      const slice = rows.slice(seq * COMMIT_SLICE, (seq + 1) * COMMIT_SLICE);
      const plan = planImport(slice, index, choiceFor, ctx);
      const updates = plan.update.map(({ id, row }) => ({ id, revise: (current: Organisation) => importedVersion(current, row, ctx) ?? ('keep' as const) }));
      const outcome = await deps.imports.commitChunk(batchId, seq, plan.add, updates);
      result.added += outcome.added;
      result.updated += outcome.updated;
      result.unchanged += outcome.unchanged;
      result.skipped += plan.skipped;
      deps.onProgress(seq * COMMIT_SLICE + slice.length, rows.length);
    }
  } catch (e) {
    result.state = 'failed';
    message = describeSaveError(e);
  }
  await deps.imports.finish(batchId, result.state, Date.now()).catch(() => undefined);
  return { result, message };
}
