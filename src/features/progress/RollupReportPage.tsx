import { formatViDate } from '../../domain/dates';
import { progressText as t } from '../../i18n/progress';
import { rollupText as r } from '../../i18n/rollup';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';
import { CommuneTable } from './CommuneTable';
import { MissingCommunes } from './MissingCommunes';
import { ProblemList } from './OrgLinks';
import { OverallSummary } from './OverallSummary';
import { TrendChart } from './TrendChart';
import { useRollup } from './useRollup';
import './progress.css';

/** The province's A4 report: the commune report's layout over the roll-up, a row per commune. */
export default function RollupReportPage() {
  const rollup = useRollup();
  const report = rollup.report.value;
  const name = rollup.communeName.value;
  const province = rollup.provinceCode.value;
  return (
    <article class="progress report">
      <p class="no-print actions">
        <a href={href(paths.rollup())}>{r.backToRollup}</a>
        <button type="button" class="primary" onClick={() => print()}>{t.print}</button>
      </p>
      <h1 tabIndex={-1}>{r.reportTitle}</h1>
      {province && <p>{r.province(rollup.provinceName.value(province))}</p>}
      <p>{t.reportDate(formatViDate(report.today))}</p>
      <p class="rule small">{t.rule} {r.rule}</p>
      <OverallSummary overall={report.overall} />
      <CommuneTable communes={report.communes} overall={report.overall} communeName={name} caption={t.communes} />
      {province && <MissingCommunes codes={report.missing} communeName={name} loading={!rollup.units.value} />}
      <section class="avoid-break">
        <h2>{t.trend}</h2>
        <TrendChart weeks={report.trend} />
      </section>
      <section class="avoid-break">
        <h2>{t.problems}</h2>
        <ProblemList groups={report.problems} communeName={name} withLinks={false} />
      </section>
    </article>
  );
}
