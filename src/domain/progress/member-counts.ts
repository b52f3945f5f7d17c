import type { IsoDate } from '../dates';
import type { Organisation } from '../organisation';
import { weekContaining } from './calendar';

/** One team member's line on the progress screen. */
export interface MemberCounts {
  name: string;
  /** Live organisations assigned to this member. */
  assigned: number;
  /** Of those, how many have their account. */
  assignedIssued: number;
  /** Of those, how many are stuck on a problem. */
  assignedProblem: number;
  /** Moves to "account issued" this member recorded this week (on any organisation). */
  issuedThisWeek: number;
  /** Visits this member recorded this week. */
  visitsThisWeek: number;
}

export interface MemberCountsInput {
  members: readonly string[];
  orgs: Iterable<Pick<Organisation, 'assignee' | 'status' | 'statusHistory' | 'deletedAt'>>;
  visits: Iterable<{ by: string; at: number }>;
  today: IsoDate;
  toDate: (at: number) => IsoDate;
}

export interface MemberTable {
  weekStart: IsoDate;
  rows: MemberCounts[];
  /** Live organisations assigned to nobody. */
  unassigned: number;
}

/**
 * Counts per team member, in one pass over the organisations and the visits.
 * Everyone in `members` gets a line, and so does any other name found as an
 * assignee or on this week's work, so no one's work is left out. Names are
 * compared exactly, as stored.
 */
export function computeMemberCounts(input: MemberCountsInput): MemberTable {
  const { start: weekStart, contains: inWeek } = weekContaining(input.today, input.toDate);
  const rows = new Map<string, MemberCounts>();
  const row = (name: string) => {
    const found = rows.get(name);
    if (found) return found;
    const fresh: MemberCounts = { name, assigned: 0, assignedIssued: 0, assignedProblem: 0, issuedThisWeek: 0, visitsThisWeek: 0 };
    rows.set(name, fresh);
    return fresh;
  };
  for (const name of input.members) row(name);
  let unassigned = 0;
  for (const org of input.orgs) {
    if (org.deletedAt !== null) continue;
    if (org.assignee) {
      const r = row(org.assignee);
      r.assigned++;
      if (org.status === 'issued') r.assignedIssued++;
      if (org.status === 'problem') r.assignedProblem++;
    } else unassigned++;
    if (org.status === 'issued') {
      const last = org.statusHistory.findLast((c) => c.status === 'issued');
      if (last?.by && inWeek(last.at)) row(last.by).issuedThisWeek++;
    }
  }
  for (const v of input.visits) if (v.by && inWeek(v.at)) row(v.by).visitsThisWeek++;
  const collator = new Intl.Collator('vi');
  return { weekStart, rows: [...rows.values()].sort((a, b) => collator.compare(a.name, b.name)), unassigned };
}
