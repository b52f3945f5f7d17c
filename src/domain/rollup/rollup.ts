import { daysBetween, type IsoDate } from '../dates';
import { addDays, startOfWeek } from '../progress/calendar';
import { TARGET_GROUPS, type TargetGroup } from '../progress/groups';
import { byFurthestBehind, type ProblemGroup, type ProgressReport, type WeekCount } from '../progress/report';
import { addTally, emptyTally, type Tally } from '../progress/tally';
import { type CommuneTarget, resolveTarget } from '../progress/targets';
import { computeUnitProgress, type UnitProgress } from '../progress/unit-progress';
import type { Targets } from '../settings';
import type { ProblemReason } from '../status';
import type { ReceivedCommune } from './received';

/** Figures older than this many days are marked stale: a commune that has not sent for over a week. */
export const STALE_AFTER_DAYS = 7;

export interface RollupSource {
  fileName: string;
  computedOn: IsoDate;
  computedBy: string;
  daysSince: number;
  stale: boolean;
}

/**
 * The province's report: the commune dashboard's report shape (so the same
 * table, A4 report and spreadsheet render it) with, per commune, where its
 * figures came from, and the communes that sent nothing.
 */
export interface RollupReport extends ProgressReport {
  provinceCode: string | null;
  sources: ReadonlyMap<string, RollupSource>;
  /** Communes of the province with no summary, in the list's order. */
  missing: string[];
}

export interface RollupInput {
  received: readonly ReceivedCommune[];
  /** Quotas the officer handed down; they replace a commune's own target. */
  quotas: ReadonlyMap<string, CommuneTarget>;
  /** The officer's Settings targets: the percentages and deadline shown for the province as a whole. */
  provinceTargets: Targets;
  today: IsoDate;
  /** Every commune code of the province, to list those that sent nothing; empty until loaded. */
  provinceCommunes: readonly string[];
  trendWeeks?: number;
}

function tallyOf(r: ReceivedCommune): Tally {
  return { byStatus: { ...r.byStatus }, count: { ...r.count }, issued: { ...r.issued }, recentIssued: { ...r.recentIssued } };
}

/**
 * Adds the communes up. The total's counts, pace, weekly series and problems are
 * the sums of the communes'; so are "required" and "still needed", each commune
 * against its own quota.
 */
export function computeRollup(input: RollupInput): RollupReport {
  const { today } = input;
  const weeks = input.trendWeeks ?? 8;
  const trendFrom = addDays(startOfWeek(today), -7 * (weeks - 1));
  const weekIssued = new Map<IsoDate, number>();
  const problems = new Map<ProblemReason | null, number>();
  const sources = new Map<string, RollupSource>();
  const communes: UnitProgress[] = [];
  const total = emptyTally();
  const sums: Record<TargetGroup, { required: number; needed: number }> = { enterprise: { required: 0, needed: 0 }, other: { required: 0, needed: 0 } };

  for (const r of input.received) {
    const own: Targets = { enterprisePct: r.target.enterprisePct, otherPct: r.target.otherPct, deadline: r.target.deadline };
    const tally = tallyOf(r);
    const unit = computeUnitProgress(r.code, tally, resolveTarget(own, input.quotas.get(r.code)), today);
    communes.push(unit);
    addTally(total, tally);
    for (const g of TARGET_GROUPS) {
      sums[g].required += unit.groups[g].required;
      sums[g].needed += unit.groups[g].needed;
    }
    for (const w of r.trend) if (w.start >= trendFrom && w.start <= today) weekIssued.set(w.start, (weekIssued.get(w.start) ?? 0) + w.issued);
    for (const p of r.problems) problems.set(p.reason, (problems.get(p.reason) ?? 0) + p.count);
    const daysSince = Math.max(0, daysBetween(r.computedOn, today));
    sources.set(r.code, { fileName: r.fileName, computedOn: r.computedOn, computedBy: r.computedBy, daysSince, stale: daysSince > STALE_AFTER_DAYS });
  }
  communes.sort(byFurthestBehind);
  const overall = computeUnitProgress('', total, resolveTarget(input.provinceTargets, undefined), today, sums);

  const trend: WeekCount[] = [];
  for (let i = 0; i < weeks; i++) {
    const start = addDays(trendFrom, 7 * i);
    trend.push({ start, issued: weekIssued.get(start) ?? 0 });
  }
  const problemGroups: ProblemGroup[] = [...problems].map(([reason, count]) => ({ reason, count, orgs: [] }));
  problemGroups.sort((a, b) => b.count - a.count);
  return {
    today,
    overall,
    communes,
    trend,
    followUpsDue: [],
    problems: problemGroups,
    provinceCode: input.received[0]?.provinceCode ?? null,
    sources,
    missing: input.provinceCommunes.filter((code) => !sources.has(code)),
  };
}
