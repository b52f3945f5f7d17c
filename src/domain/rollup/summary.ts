import { z } from 'zod/mini';
import { ISO_DATE, type IsoDate } from '../dates';
import { computeProgressReport, type ProgressInput, type ProgressOrg } from '../progress/report';
import { PROBLEM_REASONS, STATUSES, type Status } from '../status';

/**
 * What a commune team sends up (issue 15): its progress figures and nothing
 * else — no organisation names, phones or tax codes, so a city officer can
 * gather every commune without holding anybody's personal data. The same
 * document is what team sync writes to the team database (one per commune).
 */
export const SUMMARY_FORMAT = 'eid-field-kit/commune-summary';
export const SUMMARY_VERSION = 1;

const count = z.number().check(z.int(), z.gte(0));
const isoDate = z.string().check(z.regex(ISO_DATE));
const percent = z.number().check(z.gte(0), z.lte(100));
export const COMMUNE_CODE = /^\d{5}$/;
export const PROVINCE_CODE = /^\d{2}$/;

const bucketCounts = z.object({ enterprise: count, other: count, household: count, branch: count, not_applicable: count });
const statusCounts = z.object(Object.fromEntries(STATUSES.map((s) => [s, count])) as Record<Status, typeof count>);

export const communeFiguresSchema = z.object({
  code: z.string().check(z.regex(COMMUNE_CODE)),
  byStatus: statusCounts,
  count: bucketCounts,
  issued: bucketCounts,
  /** Issued in the 28 days before `computedOn`: the pace. */
  recentIssued: z.object({ enterprise: count, other: count }),
  /** The target the commune works to (its own quota, else its Settings). */
  target: z.object({ enterprisePct: percent, otherPct: percent, deadline: z.nullable(isoDate) }),
  /** Accounts issued per week (Monday of the week). */
  trend: z.array(z.object({ start: isoDate, issued: count })),
  /** Open problems by reason (null: no reason recorded). */
  problems: z.array(z.object({ reason: z.nullable(z.enum(PROBLEM_REASONS)), count })),
});
export type CommuneFigures = z.infer<typeof communeFiguresSchema>;

export const communeSummarySchema = z.object({
  format: z.literal(SUMMARY_FORMAT),
  version: z.literal(SUMMARY_VERSION),
  provinceCode: z.string().check(z.regex(PROVINCE_CODE)),
  /** The day the figures are for (the commune phone's "today"). */
  computedOn: isoDate,
  computedAt: z.number().check(z.int(), z.gte(0)),
  /** Team and person who sent it, as written in their Settings. */
  computedBy: z.string().check(z.maxLength(250)),
  communes: z.array(communeFiguresSchema).check(z.minLength(1)),
});
export type CommuneSummary = z.infer<typeof communeSummarySchema>;

export interface SummaryInput extends ProgressInput {
  orgs: readonly ProgressOrg[];
  /** Province of a commune code; undefined when the code is unknown. */
  provinceOf: (communeCode: string) => string | undefined;
  /** The province in Settings, if any: only its communes are sent. */
  provinceCode: string;
  computedAt: number;
  computedBy: string;
}

/** The province most of the communes belong to: the one the summary is for. */
function mainProvince(codes: string[], provinceOf: (code: string) => string | undefined): string | undefined {
  const tally = new Map<string, number>();
  for (const code of codes) {
    const p = provinceOf(code);
    if (p) tally.set(p, (tally.get(p) ?? 0) + 1);
  }
  return [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/**
 * The summary of the communes a phone holds, or null when none of them is a
 * known commune. Each commune is computed by the dashboard's own function over
 * its organisations alone, so its figures are the dashboard row's; organisations
 * without a known commune (or of another province) cannot be placed by the
 * province and are left out.
 */
export function buildCommuneSummary(input: SummaryInput): CommuneSummary | null {
  const byCommune = new Map<string, ProgressOrg[]>();
  const add = (code: string) => {
    const list = byCommune.get(code) ?? [];
    byCommune.set(code, list);
    return list;
  };
  for (const code of input.extraCommunes ?? []) add(code);
  for (const code of input.overrides.keys()) add(code);
  for (const org of input.orgs) add(org.communeCode).push(org);
  const known = [...byCommune.keys()].filter((code) => COMMUNE_CODE.test(code) && input.provinceOf(code));
  const provinceCode = input.provinceCode || mainProvince(known, input.provinceOf);
  if (!provinceCode) return null;
  const communes: CommuneFigures[] = [];
  for (const code of known.sort()) {
    if (input.provinceOf(code) !== provinceCode) continue;
    const override = input.overrides.get(code);
    const report = computeProgressReport({
      ...input,
      orgs: byCommune.get(code)!,
      extraCommunes: [code],
      overrides: override ? new Map([[code, override]]) : new Map(),
    });
    const unit = report.communes[0]!;
    communes.push({
      code,
      byStatus: { ...unit.tally.byStatus },
      count: { ...unit.tally.count },
      issued: { ...unit.tally.issued },
      recentIssued: { ...unit.tally.recentIssued },
      target: { enterprisePct: unit.groups.enterprise.targetPct, otherPct: unit.groups.other.targetPct, deadline: unit.deadline },
      trend: report.trend.map((w) => ({ start: w.start, issued: w.issued })),
      problems: report.problems.map((g) => ({ reason: g.reason, count: g.count })),
    });
  }
  if (communes.length === 0) return null;
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    provinceCode,
    computedOn: input.today as IsoDate,
    computedAt: input.computedAt,
    computedBy: input.computedBy,
    communes,
  };
}
