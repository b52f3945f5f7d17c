import { z } from 'zod/mini';
import { ISO_DATE } from '../../domain/dates';

const text = z.string().check(z.minLength(1));

export const guideProblemSchema = z.object({ problem: text, fix: text });

export const guideStepSchema = z.object({
  /** Short imperative title: "Mở ứng dụng VNeID". */
  title: text,
  detail: text,
  /** What to check before moving on. */
  check: z.optional(z.string()),
  problems: z.array(guideProblemSchema),
  /** The fact behind this step is not confirmed at a primary source: the page says labels may differ. */
  unconfirmed: z.optional(z.boolean()),
});

/** A source is a seed letter (file name in /work/shared/seeds), a public URL, or both. */
export const guideSourceSchema = z
  .object({
    label: text,
    url: z.optional(z.string().check(z.regex(/^https?:\/\//))),
    seed: z.optional(z.string().check(z.regex(/^\d{3}_[0-9a-f]{16}\.txt$/))),
  })
  .check(z.refine((s) => Boolean(s.url || s.seed), 'a source needs a URL or a seed file'));

export const GUIDE_AUDIENCES = ['citizen', 'organisation', 'staff'] as const;

export const guideSchema = z.object({
  /** ASCII, kebab-case: used in URLs and QR codes. */
  slug: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  title: text,
  audience: z.enum(GUIDE_AUDIENCES),
  summary: text,
  /** Shown above the steps: the one mistake that costs the most (e.g. two DVCQG accounts). */
  warnings: z.optional(z.array(text)),
  prerequisites: z.array(text),
  steps: z.array(guideStepSchema).check(z.minLength(1)),
  sources: z.array(guideSourceSchema).check(z.minLength(1)),
  checkedOn: z.string().check(z.regex(ISO_DATE)),
});

export type Guide = z.infer<typeof guideSchema>;
export type GuideStep = z.infer<typeof guideStepSchema>;
export type GuideAudience = Guide['audience'];

/** A step's stable key inside visits and drafts: slug and 1-based position. */
export function stepKey(slug: string, index: number): string {
  return `${slug}#${index + 1}`;
}
