import { guideBySlug } from '../../content/guides';
import { type Guide, type GuideStep, stepKey } from '../../content/guides/schema';

export interface VisitStep {
  key: string;
  guide: Guide;
  step: GuideStep;
}

/** The chosen guides' steps in one walk, in the order the guides were chosen. Unknown slugs (content changed) are skipped. */
export function visitSteps(slugs: readonly string[]): VisitStep[] {
  return slugs.flatMap((slug) => {
    const guide = guideBySlug(slug);
    return guide ? guide.steps.map((step, i) => ({ key: stepKey(slug, i), guide, step })) : [];
  });
}

/** Every known problem of the chosen guides, once each, as "problem" → "fix". */
export function knownProblems(slugs: readonly string[]): { problem: string; fix: string }[] {
  const seen = new Map<string, string>();
  for (const { step } of visitSteps(slugs)) for (const p of step.problems) if (!seen.has(p.problem)) seen.set(p.problem, p.fix);
  return [...seen].map(([problem, fix]) => ({ problem, fix }));
}
