import { STATUSES, type Status } from '../status';
import type { Bucket } from './groups';

/** Counts for one commune (or the whole area), filled in by one pass over the organisations. */
export interface Tally {
  byStatus: Record<Status, number>;
  /** Organisations in each bucket; the two target groups are the denominators. */
  count: Record<Bucket, number>;
  /** With an account ("issued") in each bucket ('not_applicable' stays 0). */
  issued: Record<Bucket, number>;
  /** Target-group organisations whose account was issued within the pace window. */
  recentIssued: Record<'enterprise' | 'other', number>;
}

function zeroBuckets(): Record<Bucket, number> {
  return { enterprise: 0, other: 0, household: 0, branch: 0, not_applicable: 0 };
}

export function emptyTally(): Tally {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  return { byStatus, count: zeroBuckets(), issued: zeroBuckets(), recentIssued: { enterprise: 0, other: 0 } };
}

export function addTally(into: Tally, from: Tally): void {
  for (const s of STATUSES) into.byStatus[s] += from.byStatus[s];
  for (const b of Object.keys(into.count) as Bucket[]) {
    into.count[b] += from.count[b];
    into.issued[b] += from.issued[b];
  }
  into.recentIssued.enterprise += from.recentIssued.enterprise;
  into.recentIssued.other += from.recentIssued.other;
}

/** When a currently issued organisation got its account: the last "issued" entry of its history. */
export function issuedAt(history: readonly { status: Status; at: number }[]): number | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const change = history[i]!;
    if (change.status === 'issued') return change.at;
  }
  return null;
}
