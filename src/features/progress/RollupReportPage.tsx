import { formatViDate } from '../../domain/dates';
import { common } from '../../i18n/common';
import { progressText as t } from '../../i18n/progress';
import { rollupText as r } from '../../i18n/rollup';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';
import { MissingCommunes } from './MissingCommunes';
import { ReportFigures } from './ReportFigures';
import { useRollup } from './useRollup';
import './progress.css';

/** The province's A4 report: the commune report's layout over the roll-up, a row per commune. */
export default function RollupReportPage() {
  const rollup = useRollup();
  if (!rollup) return <p class="loading">{common.loading}</p>;
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
      <ReportFigures
        report={report}
        communeName={name}
        afterTable={province && <MissingCommunes codes={report.missing} communeName={name} loading={!rollup.units.value} />}
      />
    </article>
  );
}
