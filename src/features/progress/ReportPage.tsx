import { useServices } from '../../context/services';
import { formatViDate } from '../../domain/dates';
import { common } from '../../i18n/common';
import { progressText as t } from '../../i18n/progress';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';
import { ReportFigures } from './ReportFigures';
import { useProgress } from './useProgress';
import './progress.css';

/** The A4 report for the People's Committee: the dashboard's report object, laid out for paper. */
export default function ReportPage() {
  const { settings } = useServices();
  const progress = useProgress();
  if (!progress) return <p class="loading">{common.loading}</p>;
  const report = progress.report.value;
  const name = progress.communeName.value;
  const team = settings.settings.value.team;
  return (
    <article class="progress report">
      <p class="no-print actions">
        <a href={href(paths.progress())}>{t.backToDashboard}</a>
        <button type="button" class="primary" onClick={() => print()}>{t.print}</button>
      </p>
      <h1 tabIndex={-1}>{t.reportTitle}</h1>
      <p>{t.reportDate(formatViDate(report.today))}</p>
      {team && <p>{t.reportTeam(team)}</p>}
      <p class="rule small">{t.rule}</p>
      <ReportFigures report={report} communeName={name} />
    </article>
  );
}
