import type { UnitProgress } from '../../domain/progress/unit-progress';
import { STATUSES } from '../../domain/status';
import { statusLabels } from '../../i18n/labels';
import { progressText as t } from '../../i18n/progress';
import { fmtDaysLeft, fmtDeadline, fmtInt, fmtNeededRate, fmtPace, fmtProjection } from './format-progress';
import { ProgressRing } from './ProgressRing';

/** The area at a glance: both groups against target, what is still needed and how fast. */
export function OverallSummary({ overall }: { overall: UnitProgress }) {
  const e = overall.groups.enterprise;
  const o = overall.groups.other;
  return (
    <section aria-labelledby="overall-h" class="card" data-testid="overall">
      <h2 id="overall-h">{t.overall}</h2>
      <div class="rings">
        <ProgressRing label={t.enterprise} pct={e.pct} targetPct={e.targetPct} issued={fmtInt(e.issued)} counted={fmtInt(e.counted)} />
        <ProgressRing label={t.other} pct={o.pct} targetPct={o.targetPct} issued={fmtInt(o.issued)} counted={fmtInt(o.counted)} />
      </div>
      {overall.deadline === null && <p class="warning" data-testid="no-deadline">{t.noDeadlineHint}</p>}
      <dl class="stats">
        <div><dt>{t.needed}</dt><dd data-testid="overall-needed">{fmtInt(overall.needed)}</dd></div>
        <div><dt>{t.deadline}</dt><dd data-testid="overall-deadline">{fmtDeadline(overall.deadline)}</dd></div>
        <div><dt>{t.daysLeft}</dt><dd>{fmtDaysLeft(overall)}</dd></div>
        <div><dt>{t.neededPerDay}</dt><dd data-testid="overall-per-day">{fmtNeededRate(overall.neededPerDay)}</dd></div>
        <div><dt>{t.neededPerWeek}</dt><dd>{fmtNeededRate(overall.neededPerDay, 7)}</dd></div>
        <div><dt>{t.pace}</dt><dd>{fmtPace(overall.pacePerDay)}</dd></div>
        <div><dt>{t.projection}</dt><dd data-testid="overall-projection">{fmtProjection(overall.projection)}</dd></div>
        <div><dt>{t.household}</dt><dd>{fmtInt(overall.tally.count.household)}</dd></div>
        <div><dt>{t.branch}</dt><dd>{fmtInt(overall.tally.count.branch)}</dd></div>
        <div><dt>{t.notApplicable}</dt><dd>{fmtInt(overall.tally.count.not_applicable)}</dd></div>
      </dl>
      <h3>{t.byStatus}</h3>
      <ul class="status-counts" data-testid="status-counts">
        {STATUSES.map((s) => (
          <li key={s}>
            {statusLabels[s]}: <strong data-status={s}>{fmtInt(overall.tally.byStatus[s])}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
