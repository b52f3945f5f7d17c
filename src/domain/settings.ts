import { z } from 'zod/mini';
import { ISO_DATE } from './dates';

const percent = z.number().check(z.gte(0), z.lte(100));

export const targetsSchema = z.object({
  /** Percentage of enterprises, cooperatives and cooperative unions with an account. */
  enterprisePct: percent,
  /** Percentage of all other organisations (household businesses and "not applicable" excluded). */
  otherPct: percent,
  /** Set by the user: no date is invented (there is no single official one). Null until then. */
  deadline: z.nullable(z.string().check(z.regex(ISO_DATE, 'Hạn chót phải là một ngày hợp lệ'))),
});
export type Targets = z.infer<typeof targetsSchema>;

const publicBaseUrl = z
  .string()
  .check(
    z.trim(),
    z.refine((s) => s === '' || /^https?:\/\/\S+$/i.test(s), 'Địa chỉ phải bắt đầu bằng http:// hoặc https://'),
  );

export const settingsSchema = z.object({
  userName: z.string().check(z.trim(), z.maxLength(80, 'Tên tối đa 80 ký tự')),
  team: z.string().check(z.trim(), z.maxLength(120, 'Tên tổ tối đa 120 ký tự')),
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
