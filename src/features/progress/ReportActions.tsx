import { useState } from 'preact/hooks';
import { toIsoDate } from '../../domain/dates';
import type { ProgressReport } from '../../domain/progress/report';
import { progressText as t } from '../../i18n/progress';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';

interface Props {
  report: ProgressReport;
  communeName: (code: string) => string;
  /** The A4 page and the printed and file titles: the commune's by default, the province's for the roll-up. */
  reportHref?: string;
  printLabel?: string;
  title?: string;
  missing?: { sheet: string; codes: readonly string[] };
  fileStem?: string;
}

/** Export the very report on screen, so the file and the dashboard cannot disagree. */
export function ReportActions({ report, communeName, reportHref = paths.report(), printLabel = t.printReport, title = t.reportTitle, missing, fileStem = 'bao-cao-tien-do' }: Props) {
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      const { buildReportXlsx } = await import('./export-xlsx');
      const blob = await buildReportXlsx(report, communeName, title, missing);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `${fileStem}-${toIsoDate(new Date())}.xlsx`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div class="actions">
      <a class="button" href={href(reportHref)}>{printLabel}</a>
      <button type="button" onClick={download} disabled={busy}>{busy ? t.exporting : t.exportXlsx}</button>
    </div>
  );
}
