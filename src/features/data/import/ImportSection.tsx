import { useServices } from '../../../app/context';
import { dataText as t } from '../../../i18n/data';
import { FilePickButton } from '../../../ui/FilePickButton';
import { importModelFor } from './import-model';
import { Banner } from '../../../ui/Banner';
import { ImportPreviewView } from './ImportPreviewView';

/** File picker, progress with Cancel, preview, result. The flow itself is the import model's. */
export function ImportSection() {
  const model = importModelFor(useServices());
  const phase = model.phase.value;
  const busy = phase === 'reading' || phase === 'parsing' || phase === 'checking';
  const { done, total } = model.progress.value;
  const result = model.result.value;

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
      {phase === 'error' && (
        <Banner tone="danger" urgent>
          <span data-testid="import-error">{model.error.value}</span>
        </Banner>
      )}
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
      {phase === 'done' && result && (
        <Banner tone={result.state === 'done' ? 'success' : 'warning'}>
          <span data-testid="import-result">
            {result.state === 'done'
              ? t.import.done(result.added, result.updated, result.skipped, result.unchanged)
              : result.state === 'cancelled'
                ? t.import.cancelled(result.added, result.updated)
                : `${t.import.failed} ${model.error.value ?? ''}`}
          </span>
        </Banner>
      )}
    </section>
  );
}
