import { formatViDate } from '../../domain/dates';
import type { WeekCount } from '../../domain/progress/report';
import { progressText as t } from '../../i18n/progress';
import { fmtInt } from './format-progress';

/** Weekly bars with each week's number written on it; the SVG has a title, and the figures are text. */
export function TrendChart({ weeks }: { weeks: WeekCount[] }) {
  const max = Math.max(1, ...weeks.map((w) => w.issued));
  const bw = 100 / weeks.length;
  const summary = weeks.map((w) => `${formatViDate(w.start)}: ${fmtInt(w.issued)}`).join('; ');
  return (
    <figure class="trend">
      <svg viewBox="0 0 100 60" width="100%" role="img" aria-label={`${t.trend}. ${summary}`}>
        {weeks.map((w, i) => {
          const h = (w.issued / max) * 40;
          return (
            <g key={w.start}>
              <rect x={i * bw + bw * 0.15} y={48 - h} width={bw * 0.7} height={h} class="trend__bar" />
              <text x={i * bw + bw / 2} y={46 - h} text-anchor="middle" class="trend__value">
                {fmtInt(w.issued)}
              </text>
              <text x={i * bw + bw / 2} y="56" text-anchor="middle" class="trend__label">
                {formatViDate(w.start).slice(0, 5)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="muted">{t.trendCaption}</figcaption>
    </figure>
  );
}
