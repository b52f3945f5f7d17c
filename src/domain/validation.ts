import type { z } from 'zod/mini';
import type { WebUrlProblem } from './web-url';

/**
 * Why a form field is refused, as a code with what its message needs. Schemas
 * put the code in each issue's message (see `fieldCode`); src/i18n/form-problems.ts
 * words it for the field it belongs to.
 */
export type FieldProblem =
  | { code: 'required' }
  | { code: 'too-long'; max: number }
  /** Not a number from 0 to 100. */
  | { code: 'percent' }
  /** Not a calendar date (YYYY-MM-DD). */
  | { code: 'date' }
  /** An address that does not start with http:// or https://. */
  | { code: 'web-base' }
  | { code: 'url'; problem: WebUrlProblem }
  /** A value no rule above covers (a wrong type, written by an older build): the field is named without more. */
  | { code: 'invalid' };

export type FieldCode = FieldProblem['code'];

/** The issue message a schema check carries: one of the codes, so that zod never words anything itself. */
export const fieldCode = (code: FieldCode): string => code;

const CODES: ReadonlySet<string> = new Set<FieldCode>(['required', 'too-long', 'percent', 'date', 'web-base', 'url']);

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  if (issue.message === 'too-long' && issue.code === 'too_big') return { code: 'too-long', max: Number(issue.maximum) };
  if (issue.message === 'url' && issue.code === 'custom') return { code: 'url', problem: issue.params as WebUrlProblem };
  return CODES.has(issue.message) ? ({ code: issue.message } as FieldProblem) : { code: 'invalid' };
}

/** zod issues as one problem per dotted field path (first issue wins). */
export function problemsByField(error: z.core.$ZodError): Record<string, FieldProblem> {
  const out: Record<string, FieldProblem> = {};
  for (const issue of error.issues) out[issue.path.join('.')] ??= problemOf(issue);
  return out;
}
