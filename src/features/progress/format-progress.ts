import { formatViDate } from '../../domain/dates';
import type { Projection } from '../../domain/progress/unit-progress';
import { count } from '../../i18n/number';
import { progressText as t } from '../../i18n/progress';

// One formatter of each kind, made once: `toLocaleString('vi-VN', …)` sets up a new one on every call,
// and the dashboard formats over a thousand numbers. Whole numbers need none (`count`).
const pctFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const paceFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** Every number the dashboard, the printed report and the spreadsheet show goes through here, so they agree. */
export const fmtInt = count;

/** "15,17%"; "—" when nobody is counted. */
export const fmtPct = (pct: number | null) => (pct === null ? '—' : `${pctFormat.format(pct)}%`);

/** Whole organisations needed per day or week, rounded up: 99,9 a day means 100. */
export const fmtNeededRate = (perDay: number | null, days = 1) => (perDay === null ? '—' : fmtInt(Math.ceil(perDay * days)));

export const fmtPace = (perDay: number) => paceFormat.format(perDay);

/** The deadline's date, or "Chưa đặt hạn chót". */
export const fmtDeadline = (deadline: string | null) => (deadline === null ? t.noDeadline : formatViDate(deadline));

/** Days left, "Đã quá hạn", or "—" with no deadline. */
export const fmtDaysLeft = (u: { deadlinePassed: boolean; daysLeft: number | null }) =>
  u.deadlinePassed ? t.overdue : u.daysLeft === null ? '—' : fmtInt(u.daysLeft);

export function fmtProjection(p: Projection): string {
  switch (p.kind) {
    case 'reached':
      return t.reached;
    case 'not_at_pace':
      return t.notAtPace;
    case 'none':
      return '—';
    case 'date':
      return p.inTime === false ? `${formatViDate(p.date)} (${t.late})` : formatViDate(p.date);
  }
}

/** Percentage rounded the way it is shown, for the spreadsheet's number cells. */
export const roundPct = (pct: number | null) => (pct === null ? null : Math.round(pct * 100) / 100);
