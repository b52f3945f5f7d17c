import { z } from 'zod/mini';
import { ISO_DATE } from './dates';
import { timestampSchema } from './organisation';

/** A finished visit, as stored (one row per visit) and exchanged in backups. */
export const visitSchema = z.object({
  id: z.string().check(z.minLength(1)),
  orgId: z.string().check(z.minLength(1)),
  at: timestampSchema,
  by: z.string(),
  guideSlugs: z.array(z.string()),
  stepsDone: z.array(z.string()),
  problems: z.array(z.string()),
  outcomeStatus: z.string(),
  note: z.string(),
  followUpDate: z.nullable(z.string().check(z.regex(ISO_DATE))),
  demo: z.boolean(),
});
export type Visit = z.infer<typeof visitSchema>;
