import { describe, expect, it } from 'vitest';
import { computeProgressReport } from '../../../../src/domain/progress/report';
import { buildCommuneSummary, communeSummarySchema } from '../../../../src/domain/rollup/summary';
import { many, org, utcDate } from '../progress/progress-fixture';

const TARGETS = { enterprisePct: 80, otherPct: 50, deadline: '2025-06-30' };
const provinceOf = (code: string) => ({ '31000': '46', '31001': '46', '00004': '01' })[code];

function orgs() {
  return [
    ...many(3, () => org('enterprise', 'issued', { communeCode: '31000', issuedOn: '2025-04-28' })),
    ...many(5, () => org('enterprise', 'informed', { communeCode: '31000' })),
    ...many(2, () => org('agency', 'problem', { communeCode: '31000', problemReason: 'data_mismatch' })),
    ...many(4, () => org('cooperative', 'issued', { communeCode: '31001', issuedOn: '2025-03-01' })),
    ...many(1, () => org('household', 'informed', { communeCode: '31001' })),
    ...many(2, () => org('enterprise', 'informed', { communeCode: '00004' })), // another province
    ...many(2, () => org('enterprise', 'informed', { communeCode: '' })), // no commune
  ];
}

function build(extra: Partial<Parameters<typeof buildCommuneSummary>[0]> = {}) {
  return buildCommuneSummary({
    orgs: orgs(),
    today: '2025-05-06',
    defaults: TARGETS,
    overrides: new Map([['31001', { code: '31001', enterprisePct: 90, otherPct: null, deadline: null }]]),
    toDate: utcDate,
    provinceOf,
    provinceCode: '',
    computedAt: Date.parse('2025-05-06T09:00:00Z'),
    computedBy: 'Tổ CNS phường An Cựu — Lan',
    ...extra,
  });
}

describe('buildCommuneSummary', () => {
  it('carries each commune of the main province with the dashboard row’s figures', () => {
    const summary = build()!;
    const dashboard = computeProgressReport({
      orgs: orgs(),
      today: '2025-05-06',
      defaults: TARGETS,
      overrides: new Map([['31001', { code: '31001', enterprisePct: 90, otherPct: null, deadline: null }]]),
      toDate: utcDate,
    });
    expect(summary.provinceCode).toBe('46');
    expect(summary.communes.map((c) => c.code)).toEqual(['31000', '31001']);
    for (const c of summary.communes) {
      const row = dashboard.communes.find((u) => u.code === c.code)!;
      expect({ byStatus: c.byStatus, count: c.count, issued: c.issued, recentIssued: c.recentIssued }).toEqual(row.tally);
      expect(c.target).toEqual({ enterprisePct: row.groups.enterprise.targetPct, otherPct: row.groups.other.targetPct, deadline: row.deadline });
    }
    expect(summary.communes[1]!.target.enterprisePct).toBe(90);
    expect(summary.communes[0]!.problems).toEqual([{ reason: 'data_mismatch', count: 2 }]);
    expect(summary.communes[0]!.trend.at(-1)).toEqual({ start: '2025-05-05', issued: 0 });
    expect(summary.communes[0]!.trend.find((w) => w.start === '2025-04-28')).toEqual({ start: '2025-04-28', issued: 3 });
  });

  it('holds no names, phones or tax codes and passes its own schema', () => {
    const summary = build()!;
    const text = JSON.stringify(summary);
    expect(text).not.toMatch(/Tổ chức \d|o\d+"|taxCode|representative|name/);
    expect(communeSummarySchema.safeParse(summary).success).toBe(true);
  });

  it('uses the Settings province when set, and is null when no commune belongs to it', () => {
    expect(build({ provinceCode: '01' })!.communes.map((c) => c.code)).toEqual(['00004']);
    expect(build({ provinceCode: '79' })).toBeNull();
    expect(build({ orgs: [], overrides: new Map() })).toBeNull();
  });
});
