import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TARGET_GROUPS } from '../../../../src/domain/progress/groups';
import { receivedRows } from '../../../../src/domain/rollup/received';
import { computeRollup } from '../../../../src/domain/rollup/rollup';
import { PROBLEM_REASONS, STATUSES } from '../../../../src/domain/status';
import { figures, summaryOf } from './rollup-fixture';

const TARGETS = { enterprisePct: 80, otherPct: 50, deadline: '2025-06-30' };

describe('computeRollup', () => {
  it('computes each commune against its quota and totals them (hand-computed)', () => {
    const s = summaryOf('46', [], 1, '2025-05-06');
    s.communes = [
      figures('31000', { count: { enterprise: 100, other: 10, household: 3, branch: 1, not_applicable: 2 }, issued: { enterprise: 20, other: 5, household: 0, branch: 0, not_applicable: 0 }, recentIssued: { enterprise: 14, other: 0 }, problems: [{ reason: 'data_mismatch', count: 2 }], trend: [{ start: '2025-05-05', issued: 3 }] }),
      figures('31001', { count: { enterprise: 50, other: 0, household: 0, branch: 0, not_applicable: 0 }, issued: { enterprise: 45, other: 0, household: 0, branch: 0, not_applicable: 0 }, problems: [{ reason: 'data_mismatch', count: 1 }, { reason: null, count: 4 }], trend: [{ start: '2025-05-05', issued: 2 }, { start: '2020-01-06', issued: 9 }] }),
    ];
    const r = computeRollup({
      received: receivedRows(s, 'hue.json'),
      quotas: new Map([['31001', { code: '31001', enterprisePct: 95, otherPct: null, deadline: null }]]),
      provinceTargets: TARGETS,
      today: '2025-05-16',
      provinceCommunes: ['31000', '31001', '31002'],
    });
    // 31000: 80% of 100 = 80, 20 issued → 60; 50% of 10 = 5, 5 issued → 0. 31001: 95% of 50 = 48 (47.5 up), 45 → 3.
    expect(r.communes.map((u) => [u.code, u.needed])).toEqual([['31000', 60], ['31001', 3]]);
    expect(r.overall.groups.enterprise).toMatchObject({ counted: 150, issued: 65, required: 128, needed: 63, targetPct: 80 });
    expect(r.overall.needed).toBe(63);
    expect(r.overall.pacePerDay).toBe(0.5); // 14 in 28 days
    expect(r.problems).toEqual([{ reason: null, count: 4, orgs: [] }, { reason: 'data_mismatch', count: 3, orgs: [] }]);
    expect(r.trend.find((w) => w.start === '2025-05-05')!.issued).toBe(5);
    expect(r.trend.reduce((n, w) => n + w.issued, 0)).toBe(5); // the 2020 week is outside the chart
    expect(r.missing).toEqual(['31002']);
    expect(r.sources.get('31000')).toMatchObject({ fileName: 'hue.json', daysSince: 10, stale: true });
  });
});

const count = fc.nat({ max: 500 });
const commune = fc.record({
  enterprise: count,
  other: count,
  issuedShare: fc.double({ min: 0, max: 1, noNaN: true }),
  recent: fc.nat({ max: 50 }),
  pct: fc.integer({ min: 0, max: 100 }),
  week: fc.nat({ max: 20 }),
  problems: fc.nat({ max: 9 }),
  reason: fc.constantFrom(null, ...PROBLEM_REASONS),
});

describe('computeRollup totals', () => {
  it('equal the communes added up, whatever their figures and quotas', () => {
    fc.assert(
      fc.property(fc.array(commune, { minLength: 1, maxLength: 25 }), (list) => {
        const s = summaryOf('46', [], 1, '2025-05-06');
        s.communes = list.map((c, i) => {
          const issuedE = Math.floor(c.enterprise * c.issuedShare);
          const issuedO = Math.floor(c.other * c.issuedShare);
          return figures(String(31000 + i), {
            byStatus: { not_contacted: c.enterprise + c.other - issuedE - issuedO, informed: 0, guided: 0, submitted: 0, issued: issuedE + issuedO, problem: 0, not_applicable: 0 },
            count: { enterprise: c.enterprise, other: c.other, household: i, branch: 0, not_applicable: 0 },
            issued: { enterprise: issuedE, other: issuedO, household: 0, branch: 0, not_applicable: 0 },
            recentIssued: { enterprise: Math.min(c.recent, issuedE), other: 0 },
            target: { enterprisePct: c.pct, otherPct: 100 - c.pct, deadline: '2025-06-30' },
            trend: [{ start: '2025-05-05', issued: c.week }],
            problems: c.problems ? [{ reason: c.reason, count: c.problems }] : [],
          });
        });
        const r = computeRollup({ received: receivedRows(s, 'f.json'), quotas: new Map(), provinceTargets: TARGETS, today: '2025-05-06', provinceCommunes: [] });
        const sum = (f: (u: (typeof r.communes)[number]) => number) => r.communes.reduce((n, u) => n + f(u), 0);
        for (const g of TARGET_GROUPS) {
          expect(r.overall.groups[g].counted).toBe(sum((u) => u.groups[g].counted));
          expect(r.overall.groups[g].issued).toBe(sum((u) => u.groups[g].issued));
          expect(r.overall.groups[g].needed).toBe(sum((u) => u.groups[g].needed));
        }
        expect(r.overall.needed).toBe(sum((u) => u.needed));
        for (const st of STATUSES) expect(r.overall.tally.byStatus[st]).toBe(sum((u) => u.tally.byStatus[st]));
        expect(r.overall.tally.count.household).toBe(sum((u) => u.tally.count.household));
        expect(r.overall.pacePerDay).toBeCloseTo(sum((u) => u.pacePerDay), 9);
        expect(r.trend.reduce((n, w) => n + w.issued, 0)).toBe(list.reduce((n, c) => n + c.week, 0));
        expect(r.problems.reduce((n, p) => n + p.count, 0)).toBe(list.reduce((n, c) => n + c.problems, 0));
      }),
    );
  });
});
