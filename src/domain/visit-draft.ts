import { z } from 'zod/mini';
import { ISO_DATE, type IsoDate } from './dates';
import { cleanText } from './fold';
import type { Organisation } from './organisation';
import { canTransition, NOT_APPLICABLE_REASONS, type NotApplicableReason, PROBLEM_REASONS, type ProblemReason, STATUSES } from './status';
import { applyStatusChange } from './status-change';
import type { Visit } from './visit';

export const VISIT_STAGES = ['guides', 'steps', 'problems', 'outcome'] as const;
export type VisitStage = (typeof VISIT_STAGES)[number];


/**
 * A visit in progress, as autosaved. Parsed on load: a draft may have been
 * written by an older build before an update.
 */
export const visitDraftSchema = z.object({
  orgId: z.string().check(z.minLength(1)),
  startedAt: z.number(),
  stage: z.enum(VISIT_STAGES),
  guideSlugs: z.array(z.string()),
  /** Position in the flattened list of the chosen guides' steps. */
  stepIndex: z.number().check(z.int(), z.gte(0)),
  stepsDone: z.array(z.string()),
  problems: z.array(z.string()),
  /** '' keeps the current status. */
  outcomeStatus: z.union([z.enum(STATUSES), z.literal('')]),
  outcomeReason: z.string(),
  note: z.string(),
  followUpDate: z.string(),
});
export type VisitDraft = z.infer<typeof visitDraftSchema>;

export function newVisitDraft(orgId: string, suggestedSlugs: string[], now: number): VisitDraft {
  return {
    orgId,
    startedAt: now,
    stage: 'guides',
    guideSlugs: suggestedSlugs,
    stepIndex: 0,
    stepsDone: [],
    problems: [],
    outcomeStatus: '',
    outcomeReason: '',
    note: '',
    followUpDate: '',
  };
}

function toggle(list: string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const toggleStepDone = (d: VisitDraft, key: string): VisitDraft => ({ ...d, stepsDone: toggle(d.stepsDone, key) });
export const toggleProblem = (d: VisitDraft, text: string): VisitDraft => ({ ...d, problems: toggle(d.problems, text) });
export const toggleGuide = (d: VisitDraft, slug: string): VisitDraft => ({ ...d, guideSlugs: toggle(d.guideSlugs, slug), stepIndex: 0 });

/** Adds a free-text problem once; blank text changes nothing. */
export function addProblem(d: VisitDraft, text: string): VisitDraft {
  const clean = cleanText(text);
  return !clean || d.problems.includes(clean) ? d : { ...d, problems: [...d.problems, clean] };
}

export type OutcomeError = 'transition' | 'reason' | 'date';

/** What stops the visit being recorded, if anything. */
export function outcomeErrors(d: VisitDraft, org: Organisation, today: IsoDate): OutcomeError[] {
  const errors: OutcomeError[] = [];
  if (d.outcomeStatus && !canTransition(org.status, d.outcomeStatus)) errors.push('transition');
  if (d.outcomeStatus === 'problem' && !(PROBLEM_REASONS as readonly string[]).includes(d.outcomeReason)) errors.push('reason');
  if (d.outcomeStatus === 'not_applicable' && !(NOT_APPLICABLE_REASONS as readonly string[]).includes(d.outcomeReason)) errors.push('reason');
  if (d.followUpDate && (!ISO_DATE.test(d.followUpDate) || d.followUpDate < today)) errors.push('date');
  return errors;
}

/**
 * The visit record and the organisation after it: the status changes only if
 * one was chosen (through the workflow rules), and the follow-up date is
 * replaced by this visit's (none clears it: this visit was the follow-up).
 * Throws StatusTransitionError for a move the workflow forbids.
 */
export function finishVisit(
  d: VisitDraft,
  org: Organisation,
  ctx: { id: string; by: string; at: number },
): { visit: Visit; organisation: Organisation } {
  const note = cleanText(d.note);
  const followUpDate = d.followUpDate || null;
  const changed = d.outcomeStatus
    ? applyStatusChange(org, {
        to: d.outcomeStatus,
        by: ctx.by,
        at: ctx.at,
        ...(d.outcomeReason ? { reason: d.outcomeReason as ProblemReason | NotApplicableReason } : {}),
        ...(note ? { note } : {}),
      })
    : { ...org, updatedAt: ctx.at, updatedBy: ctx.by };
  return {
    visit: {
      id: ctx.id,
      orgId: org.id,
      at: ctx.at,
      by: ctx.by,
      guideSlugs: d.guideSlugs,
      stepsDone: d.stepsDone,
      problems: d.problems,
      outcomeStatus: changed.status,
      note,
      followUpDate,
      demo: org.demo,
    },
    organisation: { ...changed, followUpDate },
  };
}
