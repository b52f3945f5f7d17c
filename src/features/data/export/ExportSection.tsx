import { useState } from 'preact/hooks';
import type { RegistryQuery } from '../../../domain/registry-query';
import { dataText as t } from '../../../i18n/data';
import type { BackupModel } from '../backup/backup-model';
import { writeExportFile } from './export-file';
import { dateStamp, downloadFile } from '../save-file';

const KINDS = [
  ['organisations', t.export.organisations, t.export.fileOrgs],
  ['visits', t.export.visits, t.export.fileVisits],
] as const;

interface ExportSectionProps {
  model: BackupModel;
  /** The registry list's filter when the user came from it with "Xuất danh sách này". */
  filter?: RegistryQuery | undefined;
}

export function ExportSection({ model, filter }: ExportSectionProps) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function run(which: 'organisations' | 'visits', format: 'xlsx' | 'csv', base: string, only?: RegistryQuery) {
    setBusy(true);
    setMessage(t.export.working);
    try {
      const blob = await writeExportFile(format, await model.exportSheets(which, only));
      downloadFile(blob, `${base}-${dateStamp()}.${format}`);
      setMessage('');
    } catch (e) {
      console.error(e);
      setMessage(t.export.failed);
    } finally {
      setBusy(false);
    }
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
      {message && <p role="status">{message}</p>}
    </section>
  );
}
