import { fmtPct } from './format-progress';

/** A thin bar for table cells: the value, a tick at the target; the percentage is the cell's text. */
export function PctBar({ pct, targetPct }: { pct: number | null; targetPct: number }) {
  const w = Math.min(100, pct ?? 0);
  const reached = pct !== null && pct >= targetPct;
  return (
    <span class="pctbar">
      <svg viewBox="0 0 100 8" preserveAspectRatio="none" width="100%" height="8" aria-hidden="true">
        <rect x="0" y="0" width="100" height="8" class="pctbar__track" />
        <rect x="0" y="0" width={w} height="8" class={reached ? 'pctbar__value pctbar__value--ok' : 'pctbar__value'} />
        <rect x={Math.min(99, targetPct)} y="0" width="1" height="8" class="pctbar__target" />
      </svg>
      <span>{fmtPct(pct)}</span>
    </span>
  );
}
