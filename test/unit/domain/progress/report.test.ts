import { describe, expect, it } from 'vitest';
import { computeProgressReport, type ProgressInput } from '../../../../src/domain/progress/report';
import { many, org, utcDate } from './progress-fixture';

const HUE = { enterprisePct: 80, otherPct: 50, deadline: '2025-06-30' };

function report(orgs: ProgressInput['orgs'], extra: Partial<ProgressInput> = {}) {
  return computeProgressReport({ orgs, today: '2025-05-06', defaults: HUE, overrides: new Map(), toDate: utcDate, ...extra });
}

describe('computeProgressReport', () => {
  it('reproduces Huế on 06/5/2025: 1,309 of 8,630 is 15.17%, 5,595 still needed, 100 a day', () => {
    const orgs = [
      ...many(280, () => org('enterprise', 'issued', { issuedOn: '2025-04-20' })), // inside the 28-day window
      ...many(1029, () => org('cooperative', 'issued', { issuedOn: '2025-03-01' })), // before it
      ...many(7321, () => org('enterprise', 'informed')),
    ];
    const { overall } = report(orgs);
    const g = overall.groups.enterprise;
    expect([g.counted, g.issued, g.pct!.toFixed(2)]).toEqual([8630, 1309, '15.17']);
    expect([g.required, g.needed]).toEqual([6904, 5595]);
    expect(overall.daysLeft).toBe(56); // 06/5 to 30/6, both days included
    expect(Math.ceil(g.neededPerDay!)).toBe(100); // 5,595 / 56 = 99.9
    expect(Math.ceil(g.neededPerDay! * 7)).toBe(700);
    expect(g.pacePerDay).toBe(10); // 280 in 28 days
    // 5,595 at 10 a day: 560 days with today as day 1.
    expect(g.projection).toEqual({ kind: 'date', date: '2026-11-16', inTime: false });
    expect(overall.projection).toEqual(g.projection); // no "other" organisation: the enterprise group decides
  });

  it('marks a commune exactly at target as reached', () => {
    const orgs = [
      ...many(8, () => org('enterprise', 'issued', { issuedOn: '2025-05-01' })),
      ...many(2, () => org('coop_union', 'submitted')),
      ...many(2, () => org('agency', 'issued', { issuedOn: '2025-05-02' })),
      ...many(2, () => org('association', 'guided')),
    ];
    const { overall } = report(orgs);
    expect(overall.groups.enterprise).toMatchObject({ pct: 80, required: 8, needed: 0, projection: { kind: 'reached' } });
    expect(overall.groups.other).toMatchObject({ pct: 50, required: 2, needed: 0, neededPerDay: null });
    expect([overall.needed, overall.achievement, overall.projection.kind]).toEqual([0, 1, 'reached']);
  });

  it('copes with zero denominators: no percentage, no target, nothing needed', () => {
    const onlyExcluded = report([org('household', 'issued', { issuedOn: '2025-05-01' }), org('enterprise', 'not_applicable')]);
    const g = onlyExcluded.overall.groups.enterprise;
    expect([g.counted, g.pct, g.needed, g.projection.kind]).toEqual([0, null, 0, 'none']);
    expect(onlyExcluded.overall.achievement).toBe(1);
    const empty = report([]);
    expect(empty.communes).toEqual([]);
    expect(empty.overall.groups.other.pct).toBeNull();
    expect(empty.overall.projection.kind).toBe('none');
  });

  it('after the deadline: 0 days left and no pace needed, but still counts what is missing', () => {
    const { overall } = report([...many(10, () => org('enterprise', 'informed'))], { today: '2025-07-02' });
    expect([overall.daysLeft, overall.deadlinePassed, overall.needed, overall.neededPerDay]).toEqual([0, true, 8, null]);
  });

  it('on the deadline day itself, everything still needed is needed today', () => {
    const { overall } = report([...many(10, () => org('enterprise', 'informed'))], { today: '2025-06-30' });
    expect([overall.daysLeft, overall.neededPerDay]).toEqual([1, 8]);
  });

  it('gives no projection without progress in the last four weeks', () => {
    const { overall } = report([
      ...many(9, () => org('enterprise', 'guided')),
      org('enterprise', 'issued', { issuedOn: '2025-04-08' }), // 29 days ago: outside the window
      org('enterprise', 'issued'), // issued with no history (imported): counted, no date
    ]);
    expect([overall.groups.enterprise.issued, overall.groups.enterprise.pacePerDay]).toEqual([2, 0]);
    expect(overall.projection).toEqual({ kind: 'not_at_pace' });
  });

  it('leaves household businesses and "not applicable" out of the denominators but shows them', () => {
    const { overall } = report([
      ...many(5, () => org('enterprise', 'issued')),
      ...many(5, () => org('cooperative', 'informed')),
      ...many(2, () => org('enterprise', 'not_applicable')),
      ...many(1, () => org('household', 'issued')),
      ...many(2, () => org('household', 'not_contacted')),
      ...many(4, () => org('public_unit', 'issued')),
    ]);
    expect(overall.groups.enterprise).toMatchObject({ counted: 10, issued: 5, pct: 50 });
    expect(overall.groups.other).toMatchObject({ counted: 4, issued: 4, pct: 100 });
    expect(overall.tally.count).toEqual({ enterprise: 10, other: 4, household: 3, branch: 0, not_applicable: 2 });
    expect(overall.tally.issued.household).toBe(1);
    expect(overall.tally.byStatus).toMatchObject({ issued: 10, informed: 5, not_applicable: 2, not_contacted: 2 });
  });

  it('counts branches, representative offices and business locations apart: by kind, or by a "-NNN" tax code whatever the kind', () => {
    const { overall } = report([
      ...many(4, () => org('enterprise', 'issued')),
      ...many(4, () => org('enterprise', 'informed')),
      org('branch', 'issued'),
      org('enterprise', 'informed', { taxCode: '0100233488-001' }), // stored before the kind existed
      org('cooperative', 'not_contacted', { taxCode: '0100233488001' }),
    ]);
    expect(overall.groups.enterprise).toMatchObject({ counted: 8, issued: 4, pct: 50 });
    expect([overall.tally.count.branch, overall.tally.issued.branch]).toEqual([3, 1]);
  });

  it('with no deadline set: no days left and no pace needed, a projected date but no "late"', () => {
    const orgs = [...many(5, () => org('enterprise', 'issued', { issuedOn: '2025-05-01' })), ...many(5, () => org('enterprise', 'informed'))];
    const { overall, communes } = report(orgs, { defaults: { ...HUE, deadline: null } });
    expect([overall.deadline, overall.daysLeft, overall.deadlinePassed, overall.neededPerDay]).toEqual([null, null, false, null]);
    expect(overall.needed).toBe(3);
    expect(overall.projection).toMatchObject({ kind: 'date', inTime: null });
    // A commune's own deadline still applies to that commune.
    const own = report(orgs, { defaults: { ...HUE, deadline: null }, overrides: new Map([['A', { code: 'A', enterprisePct: null, otherPct: null, deadline: '2025-06-30' }]]) });
    expect([own.communes[0]!.daysLeft, own.overall.daysLeft, communes[0]!.daysLeft]).toEqual([56, null, null]);
  });

  it('uses each commune\'s own quota, lists communes furthest behind first, and measures the area against Settings', () => {
    const orgs = [
      ...many(10, () => org('enterprise', 'issued', { communeCode: 'A' })),
      ...many(10, () => org('enterprise', 'informed', { communeCode: 'B' })),
      ...many(5, () => org('enterprise', 'issued', { communeCode: 'C' })),
      ...many(5, () => org('enterprise', 'informed', { communeCode: 'C' })),
    ];
    const overrides = new Map([['C', { code: 'C', enterprisePct: 50, otherPct: null, deadline: '2025-12-31' }]]);
    const r = report(orgs, { overrides, extraCommunes: ['D'] });
    expect(r.communes.map((c) => c.code)).toEqual(['B', 'A', 'C', 'D']);
    const c = r.communes.find((u) => u.code === 'C')!;
    expect([c.groups.enterprise.needed, c.deadline, c.overridden]).toEqual([0, '2025-12-31', true]);
    // Area: 15 of 30 against 80% → 24 required, 9 needed (not the sum of communes, 8 + 0 + 0).
    expect([r.overall.groups.enterprise.required, r.overall.needed]).toEqual([24, 9]);
  });

  it('counts accounts per week for the trend, Monday to Sunday', () => {
    const r = report(
      [
        org('enterprise', 'issued', { issuedOn: '2025-05-05' }), // Monday of this week
        org('agency', 'issued', { issuedOn: '2025-05-04' }), // Sunday of last week
        org('agency', 'issued', { issuedOn: '2025-04-28' }),
        org('household', 'issued', { issuedOn: '2025-05-05' }), // no target: not in the trend
      ],
      { trendWeeks: 3 },
    );
    expect(r.trend).toEqual([
      { start: '2025-04-21', issued: 0 },
      { start: '2025-04-28', issued: 2 },
      { start: '2025-05-05', issued: 1 },
    ]);
  });

  it('starts the trend on the first week’s Monday and counts nothing issued before it or after today', () => {
    const r = report(
      [
        org('enterprise', 'issued', { issuedOn: '2025-04-20' }), // the Sunday before the first week
        org('enterprise', 'issued', { issuedOn: '2025-04-21' }), // the first week's Monday
        org('agency', 'issued', { issuedOn: '2025-05-07' }), // tomorrow
      ],
      { trendWeeks: 3 },
    );
    expect(r.trend.map((w) => w.issued)).toEqual([1, 0, 0]);
  });

  it('lists open follow-ups due by date and open problems by reason, most frequent first', () => {
    const r = report([
      org('enterprise', 'informed', { id: 'late', followUpDate: '2025-05-01' }),
      org('enterprise', 'guided', { id: 'today', followUpDate: '2025-05-06' }),
      org('enterprise', 'guided', { id: 'later', followUpDate: '2025-05-07' }),
      org('enterprise', 'issued', { id: 'done', followUpDate: '2025-05-01' }),
      org('agency', 'problem', { id: 'p1', problemReason: 'data_mismatch' }),
      org('agency', 'problem', { id: 'p2', problemReason: 'rep_lacks_level2' }),
      org('agency', 'problem', { id: 'p3', problemReason: 'data_mismatch' }),
    ]);
    expect(r.followUpsDue.map((f) => f.id)).toEqual(['late', 'today']);
    expect(r.problems.map((p) => [p.reason, p.orgs.map((o) => o.id)])).toEqual([
      ['data_mismatch', ['p1', 'p3']],
      ['rep_lacks_level2', ['p2']],
    ]);
  });
});
