import { useState } from 'preact/hooks';
import { toIsoDate } from '../../domain/dates';
import type { ProgressReport } from '../../domain/progress/report';
import { progressText as t } from '../../i18n/progress';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';

/** Export the very report on screen, so the file and the dashboard cannot disagree. */
export function ReportActions({ report, communeName }: { report: ProgressReport; communeName: (code: string) => string }) {
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      const { buildReportXlsx } = await import('./export-xlsx');
      const blob = await buildReportXlsx(report, communeName);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `bao-cao-tien-do-${toIsoDate(new Date())}.xlsx`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div class="actions">
      <a class="button" href={href(paths.report())}>{t.printReport}</a>
      <button type="button" onClick={download} disabled={busy}>{busy ? t.exporting : t.exportXlsx}</button>
    </div>
  );
}
