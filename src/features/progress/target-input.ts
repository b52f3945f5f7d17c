import { communeTargetSchema } from '../../domain/progress/targets';
import { problemsByField } from '../../domain/validation';
import { targetProblemText } from '../../i18n/form-problems';

/** A quota's boxes as typed (the commune's own quota editor and the officer's quota panel): blank means "not set". */
export interface TargetInput {
  enterprisePct: string;
  otherPct: string;
  deadline: string;
}

export const EMPTY_TARGET_INPUT: TargetInput = { enterprisePct: '', otherPct: '', deadline: '' };

/** A decimal comma is accepted as typed on a Vietnamese keyboard. */
const toNumber = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

/** The form hook's schema for one commune's quota: the boxes parsed into a `CommuneTarget`. */
export const targetInputSchema = (code: string) => ({
  safeParse: (v: TargetInput) =>
    communeTargetSchema.safeParse({ code, enterprisePct: toNumber(v.enterprisePct), otherPct: toNumber(v.otherPct), deadline: v.deadline || null }),
});

/** The schema's problems in words, by field. */
export const wordTargetProblems = (error: Parameters<typeof problemsByField>[0]) =>
  Object.fromEntries(Object.entries(problemsByField(error)).map(([field, p]) => [field, targetProblemText(p)]));
