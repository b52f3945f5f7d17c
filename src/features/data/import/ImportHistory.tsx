import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../../app/context';
import { describeSaveError } from '../../../app/models/describe-error';
import { dataText as t } from '../../../i18n/data';
import type { ImportBatch } from '../../../storage/db';
import type { UndoPreview } from '../../../storage/import-repository';
import { type BatchView, batchView, runningBatchIds, unlessRunning } from './import-lock';
import { importModelFor } from './import-model';
import { UndoPanel } from './UndoPanel';

/** How often the list is re-read while another tab imports: its counters grow, then it finishes. */
const ELSEWHERE_REFRESH_MS = 1000;

type Listed = { batch: ImportBatch; view: BatchView };

/** Past imports with "Undo". A batch still "running" is interrupted only when no tab is writing it (see import-lock.ts). */
export function ImportHistory() {
  const services = useServices();
  const { imports } = services;
  const model = importModelFor(services);
  const [listed, setListed] = useState<Listed[]>([]);
  const [asking, setAsking] = useState<{ batch: ImportBatch; preview: UndoPreview } | null>(null);
  const [message, setMessage] = useState('');
  const importingHere = model.phase.value === 'committing';

  async function refresh() {
    const [batches, running] = await Promise.all([imports.list(), runningBatchIds()]);
    setListed(batches.map((batch) => ({ batch, view: batchView(batch, importingHere, running) })));
  }

  useEffect(() => void refresh(), [importingHere, model.phase.value]);

  const elsewhere = listed.some((l) => l.view === 'elsewhere');
  useEffect(() => {
    if (!elsewhere) return;
    const timer = setInterval(() => void refresh(), ELSEWHERE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [elsewhere, importingHere]);

  async function ask(batch: ImportBatch) {
    setMessage('');
    setAsking({ batch, preview: await imports.previewUndo(batch.id) });
  }

  async function undo(batch: ImportBatch, includeChanged: boolean) {
    setAsking(null);
    try {
      // Holding the batch's lock: an import still writing it (another tab) cannot be undone halfway.
      const outcome = await unlessRunning(batch.id, () => imports.undo(batch.id, Date.now(), { includeChanged }));
      setMessage(outcome.ran ? t.history.undone(outcome.value.reverted, outcome.value.kept) : t.history.stillRunning);
    } catch (e) {
      setMessage(describeSaveError(e));
    }
    await refresh();
  }

  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">{t.history.heading}</h2>
      {message && <p role="status">{message}</p>}
      {listed.length === 0 ? (
        <p class="muted">{t.history.empty}</p>
      ) : (
        <ul class="batches" data-testid="import-history">
          {listed.map(({ batch: b, view }) => (
            <li key={b.id} data-state={view}>
              <span>
                {t.history.line(b.fileName, new Date(b.startedAt).toLocaleString('vi-VN'), t.history.state[view] ?? view, b.added, b.updated, b.committedChunks)}
                {b.keptOnUndo ? t.history.keptOnUndo(b.keptOnUndo) : ''}
              </span>
              {asking?.batch.id === b.id ? (
                <UndoPanel
                  fileName={b.fileName}
                  preview={asking.preview}
                  onUndo={(includeChanged) => void undo(b, includeChanged)}
                  onCancel={() => setAsking(null)}
                />
              ) : (
                view !== 'undone' &&
                view !== 'running' &&
                view !== 'elsewhere' && (
                  <button type="button" class="danger" onClick={() => void ask(b)}>
                    {t.history.undo}
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
