import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../app/context';
import { describeSaveError } from '../../app/models/describe-error';
import { dataText as t } from '../../i18n/data';
import type { ImportBatch } from '../../storage/db';
import type { UndoPreview } from '../../storage/import-repository';
import { importModelFor } from './import-model';
import { UndoPanel } from './UndoPanel';

/** Past imports with "Undo": a batch still "running" that this tab is not running was interrupted (tab closed, crash). */
export function ImportHistory() {
  const services = useServices();
  const { imports } = services;
  const model = importModelFor(services);
  const [batches, setBatches] = useState<ImportBatch[]>([]);
  const [asking, setAsking] = useState<{ batch: ImportBatch; preview: UndoPreview } | null>(null);
  const [message, setMessage] = useState('');
  const phase = model.phase.value;
  const committingHere = phase === 'committing';

  useEffect(() => {
    void imports.list().then(setBatches);
  }, [phase]);

  async function ask(batch: ImportBatch) {
    setMessage('');
    setAsking({ batch, preview: await imports.previewUndo(batch.id) });
  }

  async function undo(batch: ImportBatch, includeChanged: boolean) {
    setAsking(null);
    try {
      const { reverted, kept } = await imports.undo(batch.id, Date.now(), { includeChanged });
      setMessage(t.history.undone(reverted, kept));
    } catch (e) {
      setMessage(describeSaveError(e));
    }
    setBatches(await imports.list());
  }

  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">{t.history.heading}</h2>
      {message && <p role="status">{message}</p>}
      {batches.length === 0 ? (
        <p class="muted">{t.history.empty}</p>
      ) : (
        <ul class="batches" data-testid="import-history">
          {batches.map((b) => {
            const state = b.state === 'running' && !committingHere ? 'interrupted' : b.state;
            return (
              <li key={b.id} data-state={state}>
                <span>
                  {t.history.line(b.fileName, new Date(b.startedAt).toLocaleString('vi-VN'), t.history.state[state] ?? state, b.added, b.updated, b.committedChunks)}
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
                  state !== 'undone' &&
                  state !== 'running' && (
                    <button type="button" class="danger" onClick={() => void ask(b)}>
                      {t.history.undo}
                    </button>
                  )
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
