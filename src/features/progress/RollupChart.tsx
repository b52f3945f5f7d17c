import type { UnitProgress } from '../../domain/progress/unit-progress';
import { rollupText as r } from '../../i18n/rollup';
import { fmtPct } from './format-progress';

const ROW = 26;
const LABEL_W = 150;
const BAR_X = 158;
const BAR_W = 170;

/**
 * Each commune's enterprise percentage as a bar with its quota as a tick; the
 * name and the percentage are text in the drawing, and the drawing's label reads
 * every row out, so nothing depends on seeing the bars.
 */
export function RollupChart({ communes, communeName }: { communes: UnitProgress[]; communeName: (code: string) => string }) {
  if (communes.length === 0) return null;
  const height = communes.length * ROW + 4;
  const label = `${r.chart}. ${communes.map((u) => r.chartRow(communeName(u.code), fmtPct(u.groups.enterprise.pct), u.groups.enterprise.targetPct)).join('; ')}`;
  return (
    <figure class="rollup-chart">
      <svg viewBox={`0 0 400 ${height}`} width="100%" role="img" aria-label={label}>
        {communes.map((u, i) => {
          const g = u.groups.enterprise;
          const y = i * ROW + 4;
          const w = (Math.min(100, g.pct ?? 0) / 100) * BAR_W;
          const tick = BAR_X + (Math.min(100, g.targetPct) / 100) * BAR_W;
          const reached = g.pct !== null && g.pct >= g.targetPct;
          const name = communeName(u.code);
          return (
            <g key={u.code}>
              <text x={LABEL_W} y={y + 15} text-anchor="end" class="rollup-chart__name">{name.length > 22 ? `${name.slice(0, 21)}…` : name}</text>
              <rect x={BAR_X} y={y + 3} width={BAR_W} height={16} class="pctbar__track" />
              <rect x={BAR_X} y={y + 3} width={w} height={16} class={reached ? 'pctbar__value pctbar__value--ok' : 'pctbar__value'} />
              <rect x={tick - 1} y={y} width={2} height={22} class="pctbar__target" />
              <text x={BAR_X + BAR_W + 8} y={y + 15} class="rollup-chart__value">{fmtPct(g.pct)}</text>
            </g>
          );
        })}
      </svg>
      <figcaption class="muted">{r.chart}</figcaption>
    </figure>
  );
}
