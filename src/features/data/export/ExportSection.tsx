import { useState } from 'preact/hooks';
import type { Outcome } from '../../../domain/outcome';
import type { RegistryQuery } from '../../../domain/registry-query';
import { dataText as t } from '../../../i18n/data';
import { OutcomeBanner } from '../../../ui/OutcomeBanner';
import { dateStamp, downloadFile } from '../save-file';
import type { ExportKind, ExportModel } from './export-model';

const KINDS = [
  ['organisations', t.export.organisations, t.export.fileOrgs],
  ['visits', t.export.visits, t.export.fileVisits],
] as const;

interface ExportSectionProps {
  model: ExportModel;
  /** The registry list's filter when the user came from it with "Xuất danh sách này". */
  filter?: RegistryQuery | undefined;
}

export function ExportSection({ model, filter }: ExportSectionProps) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome<Blob> | null>(null);

  async function run(which: ExportKind, format: 'xlsx' | 'csv', base: string, only?: RegistryQuery) {
    setBusy(true);
    setOutcome(null);
    const made = await model.exportFile(which, format, only);
    if (made.ok) downloadFile(made.value, `${base}-${dateStamp()}.${format}`);
    setOutcome(made);
    setBusy(false);
  }

  return (
    <section aria-labelledby="export-h">
      <h2 id="export-h">{t.export.heading}</h2>
      <p class="muted">{t.export.intro}</p>
      {KINDS.map(([which, label, base]) => (
        <div class="button-row" key={which}>
          <span class="label">{label}</span>
          <button type="button" disabled={busy} onClick={() => void run(which, 'xlsx', base)}>
            {t.export.xlsx}
          </button>
          <button type="button" disabled={busy} onClick={() => void run(which, 'csv', base)}>
            {t.export.csv}
          </button>
        </div>
      ))}
      {filter && (
        <div class="button-row">
          <span class="label">{t.export.filtered}</span>
          <button type="button" disabled={busy} onClick={() => void run('organisations', 'xlsx', t.export.fileFiltered, filter)}>
            {t.export.xlsx}
          </button>
          <button type="button" disabled={busy} onClick={() => void run('organisations', 'csv', t.export.fileFiltered, filter)}>
            {t.export.csv}
          </button>
        </div>
      )}
      {busy && <p role="status">{t.export.working}</p>}
      <OutcomeBanner outcome={outcome} />
    </section>
  );
}
