import { z } from 'zod/mini';
import { ISO_DATE } from '../../domain/dates';

const text = z.string().check(z.minLength(1));

const guideProblemSchema = z.object({ problem: text, fix: text });

const guideStepSchema = z.object({
  /** Short imperative title: "Mở ứng dụng VNeID". */
  title: text,
  detail: text,
  /** What to check before moving on. */
  check: z.optional(z.string()),
  problems: z.array(guideProblemSchema),
  /** The fact behind this step is not confirmed at a primary source: the page says so and where to ask. */
  unconfirmed: z.optional(z.boolean()),
});

/** An official text, cited as Vietnamese documents cite each other: "Công văn 3701/VPCP-KSTT ngày 29/5/2024 của Văn phòng Chính phủ". */
const guideLetterSchema = z.object({
  /** "Công văn", "Nghị định", "Quyết định", "Luật". */
  type: text,
  /** "7218/UBND-TĐKT"; "…/UBND-NC" when the copy we hold was not numbered yet. */
  number: text,
  /** "09/6/2025"; "5/2024" or "2024" when the copy bears only month and year, or year. */
  date: z.string().check(z.regex(/^(\d{1,2}\/){0,2}\d{4}$/)),
  issuer: text,
});

/**
 * A source is an official text, a public web page, or both. `seed` names the
 * copy of a letter in the shared seeds folder, for maintainers only: readers
 * see the letter's type, number, date and issuer, never a file name.
 */
const guideSourceSchema = z
  .object({
    /** A web page's title, or what a letter is about. */
    label: text,
    url: z.optional(z.string().check(z.regex(/^https?:\/\//))),
    letter: z.optional(guideLetterSchema),
    seed: z.optional(z.string().check(z.regex(/^\d{3}_[0-9a-f]{16}\.txt$/))),
  })
  .check(
    z.refine((s) => Boolean(s.url || s.letter), 'a source needs a URL or an official text'),
    z.refine((s) => !s.seed || Boolean(s.letter), "a seed letter needs its type, number, date and issuer"),
  );

const GUIDE_AUDIENCES = ['citizen', 'organisation', 'staff'] as const;

export const guideSchema = z.object({
  /** ASCII, kebab-case: used in URLs and QR codes. */
  slug: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  title: text,
  audience: z.enum(GUIDE_AUDIENCES),
  summary: text,
  /** Shown above the steps: the one mistake that costs the most (e.g. two DVCQG accounts). */
  warnings: z.optional(z.array(text)),
  prerequisites: z.array(text),
  /** The one thing a reader must have before starting, printed on the poster under the code. */
  keyRequirement: z.optional(text),
  /** Each step is a situation and what to do about it (troubleshooting), not a step in order. */
  situations: z.optional(z.boolean()),
  steps: z.array(guideStepSchema).check(z.minLength(1)),
  sources: z.array(guideSourceSchema).check(z.minLength(1)),
  checkedOn: z.string().check(z.regex(ISO_DATE)),
  /** For the team only: shown in the app, never on a public page, poster, flyer or counter screen. */
  staffNote: z.optional(text),
});

export type Guide = z.infer<typeof guideSchema>;
export type GuideStep = z.infer<typeof guideStepSchema>;
export type GuideSource = z.infer<typeof guideSourceSchema>;
export type GuideLetter = z.infer<typeof guideLetterSchema>;

/** A step's stable key inside visits and drafts: slug and 1-based position. */
export function stepKey(slug: string, index: number): string {
  return `${slug}#${index + 1}`;
}
