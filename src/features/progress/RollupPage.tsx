import { useState } from 'preact/hooks';
import { common } from '../../i18n/common';
import { progressText as t } from '../../i18n/progress';
import { rollupText as r } from '../../i18n/rollup';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';
import { Banner } from '../../ui/Banner';
import { MissingCommunes } from './MissingCommunes';
import { ProblemList } from './OrgLinks';
import { OverallSummary } from './OverallSummary';
import { QuotaPanel } from './QuotaPanel';
import { ReportActions } from './ReportActions';
import { RollupChart } from './RollupChart';
import { RollupTable } from './RollupTable';
import { SummaryDrop } from './SummaryDrop';
import { FIRST_DIR, type RollupSortKey, type SortDir, sortRollup } from './sort-rollup';
import { TrendChart } from './TrendChart';
import { useRollup } from './useRollup';
import './progress.css';

/** `/tien-do/tinh`: every commune of a city or province from the summary files they sent. */
export default function RollupPage() {
  const rollup = useRollup();
  const [sort, setSort] = useState<{ key: RollupSortKey; dir: SortDir }>({ key: 'behind', dir: 'asc' });
  if (!rollup) return <p class="loading">{common.loading}</p>;
  const report = rollup.report.value;
  const name = rollup.communeName.value;
  const province = rollup.provinceCode.value;
  const units = rollup.units.value;
  const provinceCodes = units && province ? units.communes.filter((c) => c.provinceCode === province).map((c) => c.code) : [];
  const onSort = (key: RollupSortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: FIRST_DIR[key] }));
  const hasData = report.communes.length > 0;

  return (
    <section class="progress">
      <h1 tabIndex={-1}>{r.title}</h1>
      {rollup.following.value && (
        <p data-testid="rollup-following">
          {r.following(rollup.following.value)}{' '}
          <a href={href(paths.team())}>{r.followingStatus}</a>
        </p>
      )}
      <p class="muted">{r.intro}</p>
      <SummaryDrop onFiles={(files) => void rollup.openFiles(files)} />
      <div class="messages" data-testid="rollup-messages">
        {rollup.messages.value.map((m, i) => (
          <Banner key={i} tone={m.tone} urgent={m.tone === 'danger'}>{m.text}</Banner>
        ))}
      </div>
      {province && <p data-testid="rollup-province"><strong>{r.province(rollup.provinceName.value(province))}</strong></p>}
      {!hasData ? (
        <p>{rollup.loaded.value ? r.empty : ''}</p>
      ) : (
        <>
          <OverallSummary overall={report.overall} />
          <p class="rule" data-testid="rule">{r.rule}</p>
          <ReportActions
            report={report}
            communeName={name}
            reportHref={paths.rollupReport()}
            printLabel={r.printReport}
            title={r.reportTitle}
            missing={{ sheet: r.missing, codes: report.missing }}
            fileStem="bao-cao-tien-do-tinh"
          />
          <section aria-labelledby="communes-h">
            <h2 id="communes-h">{t.communes}</h2>
            {sort.key !== 'behind' && (
              <button type="button" onClick={() => setSort({ key: 'behind', dir: 'asc' })}>{t.sort.behind}</button>
            )}
            <RollupTable
              communes={sortRollup(report.communes, sort.key, sort.dir, name, report.sources)}
              overall={report.overall}
              sources={report.sources}
              communeName={name}
              sort={sort}
              onSort={onSort}
            />
          </section>
          <section aria-labelledby="chart-h">
            <h2 id="chart-h">{t.enterprise}</h2>
            <RollupChart communes={report.communes} communeName={name} />
          </section>
        </>
      )}
      {province && <MissingCommunes codes={report.missing} communeName={name} loading={!units} />}
      {hasData && (
        <>
          <section aria-labelledby="trend-h">
            <h2 id="trend-h">{t.trend}</h2>
            <TrendChart weeks={report.trend} />
          </section>
          <section aria-labelledby="problems-h">
            <h2 id="problems-h">{t.problems}</h2>
            <ProblemList groups={report.problems} communeName={name} withLinks={false} />
          </section>
          <p><button type="button" onClick={() => void rollup.clear()}>{r.clear}</button></p>
        </>
      )}
      {province && (
        <QuotaPanel
          codes={provinceCodes}
          communeName={name}
          onSave={rollup.setQuota}
          quotaFile={rollup.quotaFile}
          following={rollup.following.value !== null}
        />
      )}
    </section>
  );
}
