import type { IsoDate } from './dates';
import type { Status } from './status';

interface FollowUpCandidate {
  followUpDate: IsoDate | null;
  deletedAt: number | null;
  status: Status;
}

/**
 * Organisations whose follow-up falls on `asOf` (due) or before it (overdue,
 * oldest first). Deleted and "not applicable" records need no visit.
 */
export function followUpsDue<T extends FollowUpCandidate>(orgs: Iterable<T>, asOf: IsoDate): { overdue: T[]; due: T[] } {
  const overdue: T[] = [];
  const due: T[] = [];
  for (const org of orgs) {
    const date = org.followUpDate;
    if (!date || org.deletedAt !== null || org.status === 'not_applicable') continue;
    if (date === asOf) due.push(org);
    else if (date < asOf) overdue.push(org);
  }
  overdue.sort((a, b) => (a.followUpDate! < b.followUpDate! ? -1 : a.followUpDate! > b.followUpDate! ? 1 : 0));
  return { overdue, due };
}
