import type { IsoDate } from '../dates';
import { byIsoDate, weekContaining } from './calendar';
import type { FollowUp, OrgRef, ProgressOrg } from './report';

export interface MyWork {
  weekStart: IsoDate;
  visitsThisWeek: number;
  /** Organisations whose move to "account issued" this member recorded this week. */
  issuedThisWeek: OrgRef[];
  issuedAllTime: number;
  /** Open follow-ups due on organisations this member last updated. */
  followUpsDue: FollowUp[];
}

export interface MyWorkInput {
  userName: string;
  today: IsoDate;
  orgs: Iterable<ProgressOrg & { updatedBy: string }>;
  visits: Iterable<{ by: string; at: number }>;
  toDate: (at: number) => IsoDate;
}

/** One team member's week, Monday to today. Names are compared exactly as typed in Settings. */
export function computeMyWork(input: MyWorkInput): MyWork {
  const { userName, today, toDate } = input;
  const { start: weekStart, contains: inWeek } = weekContaining(today, toDate);
  let visitsThisWeek = 0;
  for (const v of input.visits) if (v.by === userName && inWeek(v.at)) visitsThisWeek++;

  const issuedThisWeek: OrgRef[] = [];
  let issuedAllTime = 0;
  const followUpsDue: FollowUp[] = [];
  for (const org of input.orgs) {
    if (org.status === 'issued') {
      const last = org.statusHistory.findLast((c) => c.status === 'issued');
      if (last?.by === userName) {
        issuedAllTime++;
        if (inWeek(last.at)) issuedThisWeek.push({ id: org.id, name: org.name, communeCode: org.communeCode });
      }
    } else if (org.status !== 'not_applicable' && org.updatedBy === userName && org.followUpDate !== null && org.followUpDate <= today) {
      followUpsDue.push({ id: org.id, name: org.name, communeCode: org.communeCode, followUpDate: org.followUpDate });
    }
  }
  followUpsDue.sort((a, b) => byIsoDate(a.followUpDate, b.followUpDate));
  return { weekStart, visitsThisWeek, issuedThisWeek, issuedAllTime, followUpsDue };
}
