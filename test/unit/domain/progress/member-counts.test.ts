import { describe, expect, it } from 'vitest';
import { computeMemberCounts } from '../../../../src/domain/progress/member-counts';
import { makeOrg } from '../../storage/org-fixture';

const TODAY = '2026-11-25'; // a Wednesday; the week starts on Monday 23/11
const at = (day: string) => Date.parse(`${day}T10:00:00Z`);
const toDate = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('computeMemberCounts', () => {
  it('counts assigned, issued and stuck organisations per member, and this week’s work, with a line for every name found', () => {
    const table = computeMemberCounts({
      members: ['Lan', 'Hà'],
      orgs: [
        makeOrg({ assignee: 'Lan', status: 'issued', statusHistory: [{ status: 'issued', at: at('2026-11-24'), by: 'Minh' }] }),
        makeOrg({ assignee: 'Lan', status: 'problem' }),
        makeOrg({ assignee: 'Minh', status: 'issued', statusHistory: [{ status: 'issued', at: at('2026-11-20'), by: 'Minh' }] }),
        makeOrg({ assignee: 'Lan', deletedAt: 5 }),
        makeOrg(),
      ],
      visits: [
        { by: 'Lan', at: at('2026-11-23') },
        { by: 'Lan', at: at('2026-11-22') },
        { by: 'Tú', at: at('2026-11-25') },
      ],
      today: TODAY,
      toDate,
    });
    expect(table.weekStart).toBe('2026-11-23');
    expect(table.unassigned).toBe(1);
    expect(table.rows).toEqual([
      { name: 'Hà', assigned: 0, assignedIssued: 0, assignedProblem: 0, issuedThisWeek: 0, visitsThisWeek: 0 },
      { name: 'Lan', assigned: 2, assignedIssued: 1, assignedProblem: 1, issuedThisWeek: 0, visitsThisWeek: 1 },
      { name: 'Minh', assigned: 1, assignedIssued: 1, assignedProblem: 0, issuedThisWeek: 1, visitsThisWeek: 0 },
      { name: 'Tú', assigned: 0, assignedIssued: 0, assignedProblem: 0, issuedThisWeek: 0, visitsThisWeek: 1 },
    ]);
  });
});
