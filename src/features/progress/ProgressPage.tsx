import { useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import { common } from '../../i18n/common';
import { progressText as t } from '../../i18n/progress';
import { CommuneTable } from './CommuneTable';
import { fmtInt } from './format-progress';
import { MemberTable } from './MemberTable';
import { MyWorkPanel } from './MyWorkPanel';
import { OrgLinkList, ProblemList } from './OrgLinks';
import { OverallSummary } from './OverallSummary';
import { ReportActions } from './ReportActions';
import { SendReceivePanel } from './SendReceivePanel';
import { SORT_KEYS, type SortKey, sortCommunes } from './sort-communes';
import { TargetEditor } from './TargetEditor';
import { TrendChart } from './TrendChart';
import { useProgress } from './useProgress';
import './progress.css';

export default function ProgressPage() {
  const { settings } = useServices();
  const progress = useProgress();
  const [sort, setSort] = useState<SortKey>('behind');
  if (!progress) return <p class="loading">{common.loading}</p>;
  const report = progress.report.value;
  const name = progress.communeName.value;
  return (
    <section class="progress">
      <h1 tabIndex={-1}>{t.title}</h1>
      <OverallSummary overall={report.overall} />
      <p class="rule" data-testid="rule">{t.rule}</p>
      <ReportActions report={report} communeName={name} />
      <SendReceivePanel buildSummary={progress.buildSummary} applyQuotaFile={progress.applyQuotaFile} />
      <MyWorkPanel userName={settings.settings.value.userName} work={progress.myWork.value} communeName={name} />
      <MemberTable table={progress.memberTable.value} />
      <section aria-labelledby="communes-h">
        <h2 id="communes-h">{t.communes}</h2>
        <p class="muted small">{t.overallRule}</p>
        <label for="sort" class="inline">{t.sortBy}</label>
        <select id="sort" class="inline" value={sort} onChange={(e) => setSort(e.currentTarget.value as SortKey)}>
          {SORT_KEYS.map((k) => (
            <option key={k} value={k}>{t.sort[k]}</option>
          ))}
        </select>
        <CommuneTable communes={sortCommunes(report.communes, sort, name)} overall={report.overall} communeName={name} caption={`${t.communes} (${t.sort[sort].toLowerCase()})`} />
      </section>
      <section aria-labelledby="trend-h">
        <h2 id="trend-h">{t.trend}</h2>
        <TrendChart weeks={report.trend} />
      </section>
      <section aria-labelledby="followups-h">
        <h2 id="followups-h">{t.followUps}: <span data-testid="followups-count">{fmtInt(report.followUpsDue.length)}</span></h2>
        {report.followUpsDue.length === 0 ? <p>{t.followUpsNone}</p> : <OrgLinkList orgs={report.followUpsDue} communeName={name} />}
      </section>
      <section aria-labelledby="problems-h">
        <h2 id="problems-h">{t.problems}</h2>
        <ProblemList groups={report.problems} communeName={name} withLinks />
      </section>
      <TargetEditor codes={report.communes.map((c) => c.code).filter(Boolean)} overrides={progress.overrides.value} communeName={name} onSave={progress.saveTarget} />
    </section>
  );
}
