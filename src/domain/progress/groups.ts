import type { OrgKind } from '../organisation';
import type { Status } from '../status';
import { isBranchTaxCode } from '../tax-code';

/**
 * The provincial targets count two groups separately (e.g. ≥ 80% of enterprises
 * and cooperatives, ≥ 50% of other organisations). Household businesses have no
 * target; branches, representative offices and business locations are not
 * organisations "with their head office in the area" (seed 001), so they count
 * with their parent, not on their own; and "not applicable" records (ceased,
 * suspended, duplicate, out of area…) are no longer part of the population: all
 * three are shown but never counted.
 */
export const TARGET_GROUPS = ['enterprise', 'other'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Where one organisation is counted: a target group, or one of the two excluded buckets. */
export type Bucket = TargetGroup | 'household' | 'branch' | 'not_applicable';

const ENTERPRISE_KINDS: readonly OrgKind[] = ['enterprise', 'cooperative', 'coop_union'];

/** A "-NNN" tax code makes a branch whatever kind was recorded: records saved before the kind existed need no migration. */
export function bucketOf(kind: OrgKind, status: Status, taxCode: string): Bucket {
  if (status === 'not_applicable') return 'not_applicable';
  if (kind === 'household') return 'household';
  if (kind === 'branch' || isBranchTaxCode(taxCode)) return 'branch';
  return ENTERPRISE_KINDS.includes(kind) ? 'enterprise' : 'other';
}
