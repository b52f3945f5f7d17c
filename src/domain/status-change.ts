import type { Organisation } from './organisation';
import { canTransition, type NotApplicableReason, type ProblemReason, type Status } from './status';

export interface StatusChangeRequest {
  to: Status;
  by: string;
  at: number;
  reason?: ProblemReason | NotApplicableReason;
  note?: string;
}

export class StatusTransitionError extends Error {
  override name = 'StatusTransitionError';
}

/**
 * The organisation after a status change: the new status, its reason fields, and
 * one more entry in the history, stamped with time and who. Throws when the
 * workflow does not allow the move, or a side state lacks its reason.
 */
export function applyStatusChange(org: Organisation, change: StatusChangeRequest): Organisation {
  if (!canTransition(org.status, change.to)) {
    throw new StatusTransitionError(`${org.status} → ${change.to}`);
  }
  const needsReason = change.to === 'problem' || change.to === 'not_applicable';
  if (needsReason && !change.reason) throw new StatusTransitionError(`${change.to} needs a reason`);
  return {
    ...org,
    status: change.to,
    problemReason: change.to === 'problem' ? (change.reason as ProblemReason) : null,
    notApplicableReason: change.to === 'not_applicable' ? (change.reason as NotApplicableReason) : null,
    statusNote: change.note ?? '',
    statusHistory: [
      ...org.statusHistory,
      {
        status: change.to,
        at: change.at,
        by: change.by,
        ...(change.reason ? { reason: change.reason } : {}),
        ...(change.note ? { note: change.note } : {}),
      },
    ],
    updatedAt: change.at,
    updatedBy: change.by,
  };
}
