import { z } from 'zod/mini';
import type { IsoDate } from '../dates';
import { deadlineSchema, percentSchema, type Targets } from '../settings';
import type { TargetGroup } from './groups';

/** A commune's own quota; null fields fall back to the Settings defaults. Validated at the edit form and on read. */
export const communeTargetSchema = z.object({
  code: z.string(),
  enterprisePct: z.nullable(percentSchema),
  otherPct: z.nullable(percentSchema),
  deadline: deadlineSchema,
  /** Who handed this quota down and when (a city or province quota file); absent for a quota set on this phone. */
  setBy: z.optional(z.string()),
  setAt: z.optional(z.number()),
});
export type CommuneTarget = z.infer<typeof communeTargetSchema>;

export interface ResolvedTarget {
  pct: Record<TargetGroup, number>;
  /** Null while neither Settings nor the commune's quota sets one. */
  deadline: IsoDate | null;
  /** True when any value comes from the commune's own quota rather than Settings. */
  overridden: boolean;
}

export function resolveTarget(defaults: Targets, override: CommuneTarget | undefined): ResolvedTarget {
  return {
    pct: {
      enterprise: override?.enterprisePct ?? defaults.enterprisePct,
      other: override?.otherPct ?? defaults.otherPct,
    },
    deadline: override?.deadline ?? defaults.deadline,
    overridden: !!override && (override.enterprisePct !== null || override.otherPct !== null || override.deadline !== null),
  };
}

/**
 * Organisations that must have an account to meet `pct` of `counted`, rounded up:
 * 80% of 8,630 is 6,904. Integer arithmetic first so 0.8 × 8,630 never becomes 6,904.000001.
 */
export function requiredCount(counted: number, pct: number): number {
  const scaled = Math.round(pct * 100) * counted; // pct in hundredths of a percent
  return Math.ceil(scaled / 10_000);
}

/** Percentage with an account, or null when nobody is counted (no division by zero). */
export function percentOf(issued: number, counted: number): number | null {
  return counted === 0 ? null : (issued / counted) * 100;
}
