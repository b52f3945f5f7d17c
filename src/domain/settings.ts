import { z } from 'zod/mini';
import { ISO_DATE } from './dates';
import { fieldCode } from './validation';

/** A percentage typed by the user; an empty box arrives as NaN and is refused like any other out-of-range value. */
export const percentSchema = z.number(fieldCode('percent')).check(z.gte(0, fieldCode('percent')), z.lte(100, fieldCode('percent')));

/** Set by the user: no date is invented (there is no single official one). Null until then. */
export const deadlineSchema = z.nullable(z.string().check(z.regex(ISO_DATE, fieldCode('date'))));

export const targetsSchema = z.object({
  /** Percentage of enterprises, cooperatives and cooperative unions with an account. */
  enterprisePct: percentSchema,
  /** Percentage of all other organisations (household businesses and "not applicable" excluded). */
  otherPct: percentSchema,
  deadline: deadlineSchema,
});
export type Targets = z.infer<typeof targetsSchema>;

const publicBaseUrl = z
  .string()
  .check(
    z.trim(),
    z.refine((s) => s === '' || /^https?:\/\/\S+$/i.test(s), fieldCode('web-base')),
  );

export const settingsSchema = z.object({
  userName: z.string().check(z.trim(), z.maxLength(80, fieldCode('too-long'))),
  team: z.string().check(z.trim(), z.maxLength(120, fieldCode('too-long'))),
  provinceCode: z.string(),
  communeCodes: z.array(z.string()),
  /** Base URL put in QR codes; empty means the app's own address. */
  publicBaseUrl,
  targets: targetsSchema,
  demoData: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  userName: '',
  team: '',
  provinceCode: '',
  communeCodes: [],
  publicBaseUrl: '',
  targets: { enterprisePct: 80, otherPct: 50, deadline: null },
  demoData: false,
};
