import { describe, expect, it } from 'vitest';
import { followUpsDue } from '../../../src/domain/follow-ups';
import { makeOrg } from '../storage/org-fixture';

describe('followUpsDue', () => {
  const today = '2026-11-23';

  it('splits follow-ups into due today and overdue (oldest first), ignoring future and none', () => {
    const orgs = [
      makeOrg({ id: 'a', followUpDate: '2026-11-20' }),
      makeOrg({ id: 'b', followUpDate: today }),
      makeOrg({ id: 'c', followUpDate: '2026-11-24' }),
      makeOrg({ id: 'd', followUpDate: null }),
      makeOrg({ id: 'e', followUpDate: '2026-10-01' }),
    ];
    const { overdue, due } = followUpsDue(orgs, today);
    expect(due.map((o) => o.id)).toEqual(['b']);
    expect(overdue.map((o) => o.id)).toEqual(['e', 'a']);
  });

  it('leaves out deleted and not-applicable organisations', () => {
    const orgs = [
      makeOrg({ followUpDate: today, deletedAt: 5 }),
      makeOrg({ followUpDate: today, status: 'not_applicable', notApplicableReason: 'ceased' }),
    ];
    expect(followUpsDue(orgs, today)).toEqual({ overdue: [], due: [] });
  });
});
