/**
 * The e-ID status workflow of an organisation. The main path moves forward one
 * or more steps; "problem" and "not applicable" are side states that can be
 * entered from any active state and left back onto the main path.
 */
export const MAIN_PATH = ['not_contacted', 'informed', 'guided', 'submitted', 'issued'] as const;
const SIDE_STATES = ['problem', 'not_applicable'] as const;
export const STATUSES = [...MAIN_PATH, ...SIDE_STATES] as const;
export type Status = (typeof STATUSES)[number];

export const PROBLEM_REASONS = [
  'rep_lacks_level2',
  'data_mismatch',
  'rep_changed_unregistered',
  'foreign_rep',
  'several_reps_consent',
  'phone_not_own',
  'not_in_databases',
  /**
   * The organisation has not agreed to register. The code is the one stored
   * before "Từ chối" was split in two; it keeps this meaning, so old records
   * and backups need no mapping.
   */
  'refused',
  /** The application was submitted and turned down. */
  'dossier_rejected',
  'unreachable',
  'other',
] as const;
export type ProblemReason = (typeof PROBLEM_REASONS)[number];

export const NOT_APPLICABLE_REASONS = ['ceased', 'suspended', 'not_at_address', 'dependent_unit', 'duplicate', 'out_of_area'] as const;
export type NotApplicableReason = (typeof NOT_APPLICABLE_REASONS)[number];

export interface StatusChange {
  status: Status;
  at: number;
  by: string;
  reason?: ProblemReason | NotApplicableReason;
  note?: string;
}

function mainIndex(s: Status): number {
  return (MAIN_PATH as readonly string[]).indexOf(s);
}

/** Which statuses a record may move to from `from`. Moving backwards on the main path is a correction and allowed only one step. */
export function allowedNextStatuses(from: Status): Status[] {
  if (from === 'not_applicable') return ['not_contacted', 'informed'];
  if (from === 'problem') return ['informed', 'guided', 'submitted', 'issued', 'not_applicable'];
  const i = mainIndex(from);
  const forward = MAIN_PATH.slice(i + 1);
  const back = i > 0 ? [MAIN_PATH[i - 1]!] : [];
  const side: Status[] = from === 'issued' ? ['not_applicable'] : ['problem', 'not_applicable'];
  return [...forward, ...back, ...side];
}

export function canTransition(from: Status, to: Status): boolean {
  return from !== to && allowedNextStatuses(from).includes(to);
}
