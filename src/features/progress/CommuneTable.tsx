import type { UnitProgress } from '../../domain/progress/unit-progress';
import { progressText as t } from '../../i18n/progress';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { fmtDaysLeft, fmtDeadline, fmtInt, fmtNeededRate, fmtPace, fmtProjection } from './format-progress';
import { PctBar } from './PctBar';

interface Props {
  communes: UnitProgress[];
  overall: UnitProgress;
  communeName: (code: string) => string;
  /** Column headers are plain in print; on screen the page sorts through its own control. */
  caption: string;
}

function Row({ u, name, isTotal }: { u: UnitProgress; name: string; isTotal?: boolean }) {
  const e = u.groups.enterprise;
  const o = u.groups.other;
  const Cell = isTotal ? 'th' : 'td';
  return (
    <tr class={isTotal ? 'total' : undefined} data-code={u.code}>
      <th scope="row">
        {name}
        {u.overridden && <span class="muted small"> ({t.ownQuota})</span>}
      </th>
      <Cell class="num" data-k="ent-count">{fmtInt(e.issued)} / {fmtInt(e.counted)}</Cell>
      <Cell class="num" data-k="ent-pct"><PctBar pct={e.pct} targetPct={e.targetPct} /></Cell>
      <Cell class="num">{e.targetPct}%</Cell>
      <Cell class="num" data-k="oth-count">{fmtInt(o.issued)} / {fmtInt(o.counted)}</Cell>
      <Cell class="num" data-k="oth-pct"><PctBar pct={o.pct} targetPct={o.targetPct} /></Cell>
      <Cell class="num">{o.targetPct}%</Cell>
      <Cell class="num" data-k="needed">{fmtInt(u.needed)}</Cell>
      <Cell class="num" data-k="days-left">{fmtDaysLeft(u)}<br /><span class="muted small">{fmtDeadline(u.deadline)}</span></Cell>
      <Cell class="num" data-k="per-day">{fmtNeededRate(u.neededPerDay)}</Cell>
      <Cell class="num">{fmtNeededRate(u.neededPerDay, 7)}</Cell>
      <Cell class="num">{fmtPace(u.pacePerDay)}</Cell>
      <Cell>{fmtProjection(u.projection)}</Cell>
      <Cell class="num" data-k="household">{fmtInt(u.tally.count.household)}</Cell>
      <Cell class="num" data-k="branch">{fmtInt(u.tally.count.branch)}</Cell>
      <Cell class="num" data-k="na">{fmtInt(u.tally.count.not_applicable)}</Cell>
    </tr>
  );
}

/** The commune table, shared by the dashboard and the printed report so both show the same figures. */
export function CommuneTable({ communes, overall, communeName, caption }: Props) {
  return (
    <ScrollRegion label={caption}>
      <table class="progress-table" data-testid="commune-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.commune}</th>
            <th scope="col">{t.enterprise}: {t.withAccount.toLowerCase()}</th>
            <th scope="col">%</th>
            <th scope="col">{t.target}</th>
            <th scope="col">{t.other}: {t.withAccount.toLowerCase()}</th>
            <th scope="col">%</th>
            <th scope="col">{t.target}</th>
            <th scope="col">{t.needed}</th>
            <th scope="col">{t.daysLeft}</th>
            <th scope="col">{t.neededPerDay}</th>
            <th scope="col">{t.neededPerWeek}</th>
            <th scope="col">{t.pace}</th>
            <th scope="col">{t.projection}</th>
            <th scope="col">{t.household}</th>
            <th scope="col">{t.branch}</th>
            <th scope="col">{t.notApplicable}</th>
          </tr>
        </thead>
        <tbody>
          {communes.map((u) => (
            <Row key={u.code} u={u} name={communeName(u.code)} />
          ))}
        </tbody>
        <tfoot>
          <Row u={overall} name={t.total} isTotal />
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
