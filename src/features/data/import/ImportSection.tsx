import { failed } from '../../../domain/outcome';
import { dataText as t } from '../../../i18n/data';
import { FilePickButton } from '../../../ui/FilePickButton';
import { OutcomeBanner } from '../../../ui/OutcomeBanner';
import { ImportPreviewView } from './ImportPreviewView';
import type { ImportModel } from './import-model';
import type { ImportResult } from './import-protocol';

/** The import's end as the user reads it: counts when done or cancelled (the reason is in `outcome` when it failed). */
function resultText(result: ImportResult): string {
  return result.state === 'done' ? t.import.done(result.added, result.updated, result.skipped, result.unchanged) : t.import.cancelled(result.added, result.updated);
}

/** File picker, progress with Cancel, preview, result. The flow itself is the import model's. */
export function ImportSection({ model }: { model: ImportModel }) {
  const phase = model.phase.value;
  const busy = phase === 'reading' || phase === 'parsing' || phase === 'checking';
  const { done, total } = model.progress.value;
  const outcome = model.outcome.value;

  return (
    <section aria-labelledby="import-h">
      <h2 id="import-h">{t.import.heading}</h2>
      <p class="muted">{t.import.intro}</p>
      {(phase === 'idle' || phase === 'error' || phase === 'done') && (
        <FilePickButton
          primary
          label={t.import.pick}
          accept=".xlsx,.xls,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
          testId="import-file"
          onPick={(file) => model.pick(file)}
        />
      )}
      {busy && (
        <div class="progress-row" role="status">
          <span>{t.import.stage[phase]}</span>
          <progress aria-label={t.import.stage[phase]} />
          <button type="button" onClick={model.cancel}>
            {t.import.cancel}
          </button>
        </div>
      )}
      {phase === 'error' && model.error.value && <OutcomeBanner outcome={failed(model.error.value)} testId="import-error" />}
      {phase === 'preview' && <ImportPreviewView model={model} />}
      {phase === 'committing' && (
        <div class="progress-row" role="status">
          <span data-testid="import-progress">{t.import.committing(done, total)}</span>
          <progress value={done} max={total || 1} />
          <button type="button" onClick={model.cancel}>
            {t.import.cancel}
          </button>
        </div>
      )}
      {phase === 'done' && outcome && (
        <OutcomeBanner
          outcome={outcome}
          success={outcome.ok ? resultText(outcome.value) : undefined}
          partial={!outcome.ok || outcome.value.state !== 'done'}
          testId="import-result"
        />
      )}
    </section>
  );
}
