import { z } from 'zod/mini';
import { ISO_DATE } from '../../domain/dates';

const text = z.string().check(z.minLength(1));

export const guideStepSchema = z.object({
  /** Short imperative title: "Mở ứng dụng VNeID". */
  title: text,
  detail: text,
  /** What to check before moving on. */
  check: z.optional(z.string()),
  problems: z.array(z.object({ problem: text, fix: text })),
  /** The fact behind this step is not confirmed at a primary source: the page says labels may differ. */
  unconfirmed: z.optional(z.boolean()),
});

export const guideSchema = z.object({
  /** ASCII, kebab-case: used in URLs and QR codes. */
  slug: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  title: text,
  audience: z.enum(['citizen', 'organisation', 'staff']),
  summary: text,
  prerequisites: z.array(text),
  steps: z.array(guideStepSchema).check(z.minLength(1)),
  sources: z
    .array(z.object({ label: text, url: z.optional(z.string().check(z.regex(/^https?:\/\//))), seed: z.optional(z.string()) }))
    .check(z.minLength(1)),
  checkedOn: z.string().check(z.regex(ISO_DATE)),
});

export type Guide = z.infer<typeof guideSchema>;
export type GuideStep = z.infer<typeof guideStepSchema>;
