import type { OrgKind } from '../organisation';
import type { Status } from '../status';

/**
 * The provincial targets count two groups separately (e.g. ≥ 80% of enterprises
 * and cooperatives, ≥ 50% of other organisations). Household businesses have no
 * target, and "not applicable" records (ceased, duplicate, out of area) are no
 * longer part of the population: both are shown but never counted.
 */
export const TARGET_GROUPS = ['enterprise', 'other'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Where one organisation is counted: a target group, or one of the two excluded buckets. */
export type Bucket = TargetGroup | 'household' | 'not_applicable';

const ENTERPRISE_KINDS: readonly OrgKind[] = ['enterprise', 'cooperative', 'coop_union'];

export function bucketOf(kind: OrgKind, status: Status): Bucket {
  if (status === 'not_applicable') return 'not_applicable';
  if (kind === 'household') return 'household';
  return ENTERPRISE_KINDS.includes(kind) ? 'enterprise' : 'other';
}
