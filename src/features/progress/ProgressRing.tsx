import { progressText as t } from '../../i18n/progress';
import { fmtPct } from './format-progress';

interface Props {
  label: string;
  pct: number | null;
  targetPct: number;
  issued: string;
  counted: string;
}

const R = 40;
const C = 2 * Math.PI * R;

/** A ring drawn in SVG with the figures as real text beside it, so nothing depends on reading the drawing. */
export function ProgressRing({ label, pct, targetPct, issued, counted }: Props) {
  const share = Math.min(1, (pct ?? 0) / 100);
  const targetAngle = (targetPct / 100) * 2 * Math.PI - Math.PI / 2;
  return (
    <figure class="ring">
      <svg viewBox="0 0 100 100" width="96" height="96" role="img" aria-label={t.ringLabel(label, fmtPct(pct), targetPct)}>
        <circle cx="50" cy="50" r={R} class="ring__track" />
        <circle cx="50" cy="50" r={R} class="ring__value" stroke-dasharray={`${share * C} ${C}`} transform="rotate(-90 50 50)" />
        <line
          x1={50 + (R - 9) * Math.cos(targetAngle)}
          y1={50 + (R - 9) * Math.sin(targetAngle)}
          x2={50 + (R + 9) * Math.cos(targetAngle)}
          y2={50 + (R + 9) * Math.sin(targetAngle)}
          class="ring__target"
        />
        <text x="50" y="55" text-anchor="middle" class="ring__text">
          {fmtPct(pct)}
        </text>
      </svg>
      <figcaption>
        <strong>{label}</strong>
        <span>
          {issued} / {counted}
        </span>
        <span class="muted">{t.targetShort(targetPct)}</span>
      </figcaption>
    </figure>
  );
}
