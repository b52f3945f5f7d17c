import type { CommuneFigures, CommuneSummary } from '../../../../src/domain/rollup/summary';

/** One commune's figures: `issued` of `counted` enterprises, the rest zero unless given. */
export function figures(code: string, extra: Partial<CommuneFigures> = {}): CommuneFigures {
  const zero = { enterprise: 0, other: 0, household: 0, branch: 0, not_applicable: 0 };
  return {
    code,
    byStatus: { not_contacted: 0, informed: 0, guided: 0, submitted: 0, issued: 0, problem: 0, not_applicable: 0 },
    count: { ...zero },
    issued: { ...zero },
    recentIssued: { enterprise: 0, other: 0 },
    target: { enterprisePct: 80, otherPct: 50, deadline: '2025-06-30' },
    trend: [],
    problems: [],
    ...extra,
  };
}

export function summaryOf(province: string, codes: string[], computedAt: number, computedOn = '2025-05-06'): CommuneSummary {
  return {
    format: 'eid-field-kit/commune-summary',
    version: 1,
    provinceCode: province,
    computedOn,
    computedAt,
    computedBy: 'Tổ CNS',
    communes: codes.map((c) => figures(c)),
  };
}
