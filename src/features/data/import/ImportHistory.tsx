import { useEffect, useState } from 'preact/hooks';
import type { Outcome } from '../../../domain/outcome';
import { dataText as t } from '../../../i18n/data';
import type { ImportBatch } from '../../../storage/db';
import type { UndoPreview } from '../../../storage/import-repository';
import { OutcomeBanner } from '../../../ui/OutcomeBanner';
import { useLatestOnly } from '../../../ui/use-latest-only';
import type { ImportHistoryModel, ListedBatch } from './import-history-model';
import type { ImportModel } from './import-model';
import { UndoPanel } from './UndoPanel';

/** How often the list is re-read while another tab imports: its counters grow, then it finishes. */
const ELSEWHERE_REFRESH_MS = 1000;

interface Props {
  model: ImportHistoryModel;
  /** The import flow of this tab: while it writes, its batch is "running" here. */
  importing: ImportModel;
}

/** Past imports with "Undo". A batch still "running" is interrupted only when no tab is writing it (see import-lock.ts). */
export function ImportHistory({ model, importing }: Props) {
  const [listed, setListed] = useState<ListedBatch[]>([]);
  const [asking, setAsking] = useState<{ batch: ImportBatch; preview: UndoPreview } | null>(null);
  const [undone, setUndone] = useState<Outcome<{ reverted: number; kept: number }> | null>(null);
  const importingHere = importing.phase.value === 'committing';

  // Readings overlap: a quick import goes from committing to done while the first is still out.
  const latest = useLatestOnly();
  const refresh = () => latest(model.list(importingHere), setListed);

  useEffect(() => void refresh(), [importingHere, importing.phase.value]);

  const elsewhere = listed.some((l) => l.view === 'elsewhere');
  useEffect(() => {
    if (!elsewhere) return;
    const timer = setInterval(() => void refresh(), ELSEWHERE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [elsewhere, importingHere]);

  async function ask(batch: ImportBatch) {
    setUndone(null);
    setAsking({ batch, preview: await model.previewUndo(batch.id) });
  }

  async function undo(batch: ImportBatch, includeChanged: boolean) {
    setAsking(null);
    setUndone(await model.undo(batch.id, includeChanged));
    await refresh();
  }

  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">{t.history.heading}</h2>
      <OutcomeBanner outcome={undone} success={undone?.ok ? t.history.undone(undone.value.reverted, undone.value.kept) : undefined} />
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
