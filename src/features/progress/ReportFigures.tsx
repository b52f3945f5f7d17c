import type { ComponentChildren } from 'preact';
import type { ProgressReport } from '../../domain/progress/report';
import { progressText as t } from '../../i18n/progress';
import { CommuneTable } from './CommuneTable';
import { ProblemList } from './OrgLinks';
import { OverallSummary } from './OverallSummary';
import { TrendChart } from './TrendChart';

/**
 * The figures of an A4 report, a commune's or a province's: the same sections in
 * the same order, so both print alike. `afterTable` is what only one of them
 * lists under the table (the province's communes that sent nothing).
 */
export function ReportFigures({ report, communeName, afterTable }: { report: ProgressReport; communeName: (code: string) => string; afterTable?: ComponentChildren }) {
  return (
    <>
      <OverallSummary overall={report.overall} />
      <CommuneTable communes={report.communes} overall={report.overall} communeName={communeName} caption={t.communes} />
      {afterTable}
      <section class="avoid-break">
        <h2>{t.trend}</h2>
        <TrendChart weeks={report.trend} />
      </section>
      <section class="avoid-break">
        <h2>{t.problems}</h2>
        <ProblemList groups={report.problems} communeName={communeName} withLinks={false} />
      </section>
    </>
  );
}
