import { type IsoDate, toIsoDate } from '../dates';
import type { Organisation } from '../organisation';
import type { Targets } from '../settings';
import type { ProblemReason } from '../status';
import { addDays, byIsoDate, couldFallWithin, startOfWeek } from './calendar';
import { bucketOf } from './groups';
import { addTally, emptyTally, issuedAt, type Tally } from './tally';
import { type CommuneTarget, resolveTarget } from './targets';
import { computeUnitProgress, PACE_WINDOW_DAYS, type UnitProgress } from './unit-progress';

/** The fields progress reads: anything shaped like a stored organisation will do. */
export type ProgressOrg = Pick<
  Organisation,
  'id' | 'name' | 'kind' | 'taxCode' | 'status' | 'communeCode' | 'followUpDate' | 'problemReason' | 'statusHistory'
>;

export interface OrgRef {
  id: string;
  name: string;
  communeCode: string;
}

export interface FollowUp extends OrgRef {
  followUpDate: IsoDate;
}

export interface ProblemGroup {
  reason: ProblemReason | null;
  /** How many; a roll-up of summaries knows the number but not the organisations. */
  count: number;
  orgs: OrgRef[];
}

export interface WeekCount {
  /** Monday of the week. */
  start: IsoDate;
  issued: number;
}

/** Everything the dashboard, the printed report and the spreadsheet show: computed once, rendered three times. */
export interface ProgressReport {
  today: IsoDate;
  overall: UnitProgress;
  /** Furthest behind first (see byFurthestBehind). */
  communes: UnitProgress[];
  trend: WeekCount[];
  followUpsDue: FollowUp[];
  problems: ProblemGroup[];
}

export interface ProgressInput {
  orgs: Iterable<ProgressOrg>;
  today: IsoDate;
  defaults: Targets;
  overrides: ReadonlyMap<string, CommuneTarget>;
  /** Communes to show even with no organisations yet (the user's own, those with a quota). */
  extraCommunes?: Iterable<string>;
  /** Local calendar day of a timestamp; injectable so tests do not depend on the machine's time zone. */
  toDate?: (at: number) => IsoDate;
  trendWeeks?: number;
}

const TREND_WEEKS = 8;

/** One collator for every name comparison: `localeCompare(x, 'vi')` builds a new one per call, far slower over thousands. */
const byVietnameseName = new Intl.Collator('vi').compare;

/** Least share of the target reached first; then most still needed; then by code for a stable order. */
export function byFurthestBehind(a: UnitProgress, b: UnitProgress): number {
  return a.achievement - b.achievement || b.needed - a.needed || a.code.localeCompare(b.code);
}

/**
 * The trend week a day (from the first week's Monday to today) falls in: a comparison of ISO strings
 * per week, where `startOfWeek` per issued organisation cost tens of milliseconds at 100,000.
 */
function weekOf(trend: WeekCount[], day: IsoDate): WeekCount {
  let i = trend.length - 1;
  while (i > 0 && trend[i]!.start > day) i--;
  return trend[i]!;
}

export function computeProgressReport(input: ProgressInput): ProgressReport {
  const { today } = input;
  const toDate = input.toDate ?? ((at: number) => toIsoDate(new Date(at)));
  const weeks = input.trendWeeks ?? TREND_WEEKS;
  const paceFrom = addDays(today, -(PACE_WINDOW_DAYS - 1));
  const trendFrom = addDays(startOfWeek(today), -7 * (weeks - 1));
  // Most accounts were issued before both windows: their day is not worked out.
  // (ISO days sort as text: the first is the earlier window's start.)
  const recent = couldFallWithin([paceFrom, trendFrom].sort()[0]!, today);
  const trend: WeekCount[] = [];
  for (let i = 0; i < weeks; i++) trend.push({ start: addDays(trendFrom, 7 * i), issued: 0 });
  const tallies = new Map<string, Tally>();
  for (const code of input.extraCommunes ?? []) tallies.set(code, emptyTally());
  for (const code of input.overrides.keys()) if (!tallies.has(code)) tallies.set(code, emptyTally());
  const followUpsDue: FollowUp[] = [];
  const problems = new Map<ProblemReason | null, OrgRef[]>();

  for (const org of input.orgs) {
    let tally = tallies.get(org.communeCode);
    if (!tally) {
      tally = emptyTally();
      tallies.set(org.communeCode, tally);
    }
    const bucket = bucketOf(org.kind, org.status, org.taxCode);
    tally.byStatus[org.status]++;
    tally.count[bucket]++;
    if (org.status === 'issued') {
      tally.issued[bucket]++;
      if (bucket === 'enterprise' || bucket === 'other') {
        const at = issuedAt(org.statusHistory);
        const day = at !== null && recent(at) ? toDate(at) : null;
        if (day !== null && day <= today) {
          if (day >= paceFrom) tally.recentIssued[bucket]++;
          if (day >= trendFrom) weekOf(trend, day).issued++;
        }
      }
    } else if (org.status !== 'not_applicable') {
      if (org.followUpDate !== null && org.followUpDate <= today) {
        followUpsDue.push({ id: org.id, name: org.name, communeCode: org.communeCode, followUpDate: org.followUpDate });
      }
      if (org.status === 'problem') {
        const list = problems.get(org.problemReason) ?? [];
        list.push({ id: org.id, name: org.name, communeCode: org.communeCode });
        problems.set(org.problemReason, list);
      }
    }
  }

  const communes: UnitProgress[] = [];
  const total = emptyTally();
  for (const [code, tally] of tallies) {
    communes.push(computeUnitProgress(code, tally, resolveTarget(input.defaults, input.overrides.get(code)), today));
    addTally(total, tally);
  }
  communes.sort(byFurthestBehind);
  // The area as a whole is measured against the Settings targets, as the province measures it.
  const overall = computeUnitProgress('', total, resolveTarget(input.defaults, undefined), today);

  followUpsDue.sort((a, b) => byIsoDate(a.followUpDate, b.followUpDate) || byVietnameseName(a.name, b.name));
  const problemGroups = [...problems].map(([reason, orgs]) => ({ reason, count: orgs.length, orgs }));
  problemGroups.sort((a, b) => b.count - a.count);
  return { today, overall, communes, trend, followUpsDue, problems: problemGroups };
}
