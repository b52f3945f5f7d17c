import type { IsoDate } from '../dates';
import { addDays, daysBetween } from './calendar';
import { TARGET_GROUPS, type TargetGroup } from './groups';
import type { Tally } from './tally';
import { percentOf, type ResolvedTarget, requiredCount } from './targets';

/** Pace is measured over the last four weeks: long enough to smooth a quiet day, short enough to show a change. */
export const PACE_WINDOW_DAYS = 28;

export type Projection =
  | { kind: 'reached' }
  /** `inTime` is null when no deadline is set. */
  | { kind: 'date'; date: IsoDate; inTime: boolean | null }
  | { kind: 'not_at_pace' }
  /** The group has nobody to count, so there is no target to reach. */
  | { kind: 'none' };

export interface GroupProgress {
  targetPct: number;
  counted: number;
  issued: number;
  pct: number | null;
  required: number;
  needed: number;
  /** Accounts issued per day over the pace window. */
  pacePerDay: number;
  /** Accounts still needed per day (today and the deadline day included); null with no deadline, once it has passed, or when nothing is needed. */
  neededPerDay: number | null;
  projection: Projection;
}

export interface UnitProgress {
  code: string;
  /** Null while no deadline is set: then days left and the pace needed are not available either. */
  deadline: IsoDate | null;
  overridden: boolean;
  /** Days left including today and the deadline day; 0 once it has passed; null with no deadline. */
  daysLeft: number | null;
  deadlinePassed: boolean;
  tally: Tally;
  groups: Record<TargetGroup, GroupProgress>;
  needed: number;
  pacePerDay: number;
  neededPerDay: number | null;
  /** When both groups reach their targets: the later of the two. */
  projection: Projection;
  /** Share of the required accounts already there (0–1): the "furthest behind" sort key. */
  achievement: number;
}

function projectionFor(needed: number, counted: number, pacePerDay: number, today: IsoDate, deadline: IsoDate | null): Projection {
  if (counted === 0) return { kind: 'none' };
  if (needed === 0) return { kind: 'reached' };
  if (pacePerDay <= 0) return { kind: 'not_at_pace' };
  // Today is day 1: at 10 a day, 10 still needed are reached today.
  const date = addDays(today, Math.ceil(needed / pacePerDay) - 1);
  return { kind: 'date', date, inTime: deadline === null ? null : date <= deadline };
}

/** The later of two projections; "not at this pace" wins over any date. */
function laterOf(a: Projection, b: Projection): Projection {
  const rank = (p: Projection) => (p.kind === 'not_at_pace' ? 3 : p.kind === 'date' ? 2 : p.kind === 'reached' ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(a) > rank(b) ? a : b;
  if (a.kind === 'date' && b.kind === 'date') return a.date >= b.date ? a : b;
  return a;
}

/**
 * `sums` replaces what the target percentage gives: a roll-up's total requires
 * and still needs what its communes do together, each against its own quota
 * (a commune past its quota does not make up for one behind).
 */
export function computeUnitProgress(
  code: string,
  tally: Tally,
  target: ResolvedTarget,
  today: IsoDate,
  sums?: Record<TargetGroup, { required: number; needed: number }>,
): UnitProgress {
  const untilDeadline = target.deadline === null ? null : daysBetween(today, target.deadline);
  const deadlinePassed = untilDeadline !== null && untilDeadline < 0;
  const daysLeft = untilDeadline === null ? null : deadlinePassed ? 0 : untilDeadline + 1;
  const perDay = (needed: number) => (daysLeft === null || deadlinePassed || needed === 0 ? null : needed / daysLeft);

  const group = (g: TargetGroup): GroupProgress => {
    const counted = tally.count[g];
    const issued = tally.issued[g];
    const required = sums?.[g].required ?? requiredCount(counted, target.pct[g]);
    const needed = sums?.[g].needed ?? Math.max(0, required - issued);
    const pacePerDay = tally.recentIssued[g] / PACE_WINDOW_DAYS;
    return {
      targetPct: target.pct[g],
      counted,
      issued,
      pct: percentOf(issued, counted),
      required,
      needed,
      pacePerDay,
      neededPerDay: perDay(needed),
      projection: projectionFor(needed, counted, pacePerDay, today, target.deadline),
    };
  };
  const groups = { enterprise: group('enterprise'), other: group('other') };
  const needed = groups.enterprise.needed + groups.other.needed;
  const required = groups.enterprise.required + groups.other.required;
  const achieved = TARGET_GROUPS.reduce((sum, g) => sum + Math.min(groups[g].issued, groups[g].required), 0);
  return {
    code,
    deadline: target.deadline,
    overridden: target.overridden,
    daysLeft,
    deadlinePassed,
    tally,
    groups,
    needed,
    pacePerDay: groups.enterprise.pacePerDay + groups.other.pacePerDay,
    neededPerDay: perDay(needed),
    projection: laterOf(groups.enterprise.projection, groups.other.projection),
    achievement: required === 0 ? 1 : achieved / required,
  };
}
