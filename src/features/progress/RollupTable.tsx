import { formatViDate } from '../../domain/dates';
import type { UnitProgress } from '../../domain/progress/unit-progress';
import type { RollupSource } from '../../domain/rollup/rollup';
import { progressText as t } from '../../i18n/progress';
import { rollupText as r } from '../../i18n/rollup';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { fmtDaysLeft, fmtDeadline, fmtInt, fmtPace, fmtProjection } from './format-progress';
import { PctBar } from './PctBar';
import type { RollupSortKey, SortDir } from './sort-rollup';

interface Props {
  communes: UnitProgress[];
  overall: UnitProgress;
  sources: ReadonlyMap<string, RollupSource>;
  communeName: (code: string) => string;
  sort: { key: RollupSortKey; dir: SortDir };
  onSort: (key: RollupSortKey) => void;
}

function SortHeader({ k, label, sort, onSort }: { k: RollupSortKey; label: string; sort: Props['sort']; onSort: Props['onSort'] }) {
  const active = sort.key === k;
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" class="sort-head" onClick={() => onSort(k)}>
        {label}
        <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

function Row({ u, name, source, isTotal }: { u: UnitProgress; name: string; source?: RollupSource; isTotal?: boolean }) {
  const e = u.groups.enterprise;
  const o = u.groups.other;
  const Cell = isTotal ? 'th' : 'td';
  return (
    <tr class={isTotal ? 'total' : source?.stale ? 'stale' : undefined} data-code={u.code}>
      <th scope="row">{name}</th>
      <Cell class="num" data-k="ent-count">{fmtInt(e.issued)} / {fmtInt(e.counted)}</Cell>
      <Cell class="num" data-k="ent-pct"><PctBar pct={e.pct} targetPct={e.targetPct} /></Cell>
      <Cell class="num" data-k="ent-target">{e.targetPct}%</Cell>
      <Cell class="num" data-k="oth-count">{fmtInt(o.issued)} / {fmtInt(o.counted)}</Cell>
      <Cell class="num" data-k="oth-pct"><PctBar pct={o.pct} targetPct={o.targetPct} /></Cell>
      <Cell class="num" data-k="oth-target">{o.targetPct}%</Cell>
      <Cell class="num" data-k="needed">{fmtInt(u.needed)}</Cell>
      <Cell class="num" data-k="days-left">{fmtDaysLeft(u)}<br /><span class="muted small">{fmtDeadline(u.deadline)}</span></Cell>
      <Cell class="num" data-k="pace">{fmtPace(u.pacePerDay)}</Cell>
      <Cell data-k="projection">{fmtProjection(u.projection)}</Cell>
      <Cell data-k="updated">
        {source && (
          <>
            {r.daysAgo(source.daysSince)}
            {source.stale && <strong class="badge-stale"> ({r.stale})</strong>}
            <br />
            <span class="muted small">{formatViDate(source.computedOn)}</span>
          </>
        )}
      </Cell>
      <Cell class="small" data-k="file">
        {source && (
          <span class="file-source">
            {source.fileName}
            {source.computedBy && <span class="muted"> · {source.computedBy}</span>}
          </span>
        )}
      </Cell>
    </tr>
  );
}

/** Every commune of the province in one table; each column header sorts it. */
export function RollupTable({ communes, overall, sources, communeName, sort, onSort }: Props) {
  const h = (k: RollupSortKey, label: string) => <SortHeader k={k} label={label} sort={sort} onSort={onSort} />;
  return (
    <ScrollRegion label={t.communes}>
      <table class="progress-table rollup-table">
        <caption>{t.communes}. {r.sortHint}</caption>
        <thead>
          <tr>
            {h('name', t.commune)}
            <th scope="col">{t.enterprise}: {t.withAccount.toLowerCase()}</th>
            {h('entPct', '%')}
            <th scope="col">{t.target}</th>
            <th scope="col">{t.other}: {t.withAccount.toLowerCase()}</th>
            {h('othPct', '%')}
            <th scope="col">{t.target}</th>
            {h('needed', t.needed)}
            <th scope="col">{t.daysLeft}</th>
            {h('pace', t.pace)}
            {h('projection', t.projection)}
            {h('updated', r.lastUpdated)}
            <th scope="col">{r.fromFile}</th>
          </tr>
        </thead>
        <tbody>
          {communes.map((u) => (
            <Row key={u.code} u={u} name={communeName(u.code)} source={sources.get(u.code)} />
          ))}
        </tbody>
        <tfoot>
          <Row u={overall} name={t.total} isTotal />
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
