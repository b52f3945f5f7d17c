import { z } from 'zod/mini';
import { cleanText } from './fold';
import { timestampSchema } from './organisation';
import { fieldCode } from './validation';
import { parseWebUrl } from './web-url';

const text = (max: number) => z.pipe(z.string().check(z.maxLength(max, fieldCode('too-long'))), z.transform(cleanText));

/** What the documents form submits: validated, cleaned, and the URL in ASCII form. */
export const documentInputSchema = z.object({
  title: z.pipe(text(160), z.string().check(z.minLength(1, fieldCode('required')))),
  url: z.pipe(
    z.string().check(
      z.superRefine((s, ctx) => {
        const { ok, ...problem } = parseWebUrl(s);
        if (!ok) ctx.addIssue({ code: 'custom', message: fieldCode('url'), params: problem, input: s });
      }),
    ),
    z.transform((s) => (parseWebUrl(s) as { url: string }).url),
  ),
  note: text(500),
  publisher: text(160),
});
export type DocumentInput = z.input<typeof documentInputSchema>;
export type DocumentFields = z.output<typeof documentInputSchema>;

/** A link in the documents list, as stored and exchanged in backups. */
export const documentLinkSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  note: z.string(),
  publisher: z.string(),
  official: z.boolean(),
  updatedAt: timestampSchema,
});
export type DocumentLink = z.infer<typeof documentLinkSchema>;
