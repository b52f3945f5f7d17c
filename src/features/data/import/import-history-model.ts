import { describeSaveError } from '../../../context/describe-error';
import { failed, type Outcome, succeeded } from '../../../domain/outcome';
import { dataText as t } from '../../../i18n/data';
import type { ImportBatch } from '../../../storage/db';
import type { ImportRepository, UndoPreview } from '../../../storage/import-repository';
import { type BatchView, batchView, runningBatchIds, unlessRunning } from './import-lock';

export interface ListedBatch {
  batch: ImportBatch;
  view: BatchView;
}

/** Past imports, as the history shows them, and their undo. */
export function createImportHistoryModel({ imports }: { imports: ImportRepository }) {
  /** Every batch with what to show for it; `importingHere`: this tab is writing an import now. */
  async function list(importingHere: boolean): Promise<ListedBatch[]> {
    const [batches, running] = await Promise.all([imports.list(), runningBatchIds()]);
    return batches.map((batch) => ({ batch, view: batchView(batch, importingHere, running) }));
  }

  const previewUndo = (batchId: string): Promise<UndoPreview> => imports.previewUndo(batchId);

  /** Undoes a batch; refused while some tab is still writing it. */
  async function undo(batchId: string, includeChanged: boolean): Promise<Outcome<{ reverted: number; kept: number }>> {
    try {
      // Holding the batch's lock: an import still writing it (another tab) cannot be undone halfway.
      const ran = await unlessRunning(batchId, () => imports.undo(batchId, Date.now(), { includeChanged }));
      return ran.ran ? succeeded(ran.value) : failed(t.history.stillRunning);
    } catch (error) {
      return failed(describeSaveError(error));
    }
  }

  return { list, previewUndo, undo };
}

export type ImportHistoryModel = ReturnType<typeof createImportHistoryModel>;
