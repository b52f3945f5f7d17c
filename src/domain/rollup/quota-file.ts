import { z } from 'zod/mini';
import { type CommuneTarget, communeTargetSchema } from '../progress/targets';
import { COMMUNE_CODE, PROVINCE_CODE } from './summary';

/** Quotas handed down by a city or province officer to its communes (issue 15, item 3). */
export const QUOTA_FORMAT = 'eid-field-kit/quotas';
export const QUOTA_VERSION = 1;

export const quotaFileSchema = z.object({
  format: z.literal(QUOTA_FORMAT),
  version: z.literal(QUOTA_VERSION),
  provinceCode: z.string().check(z.regex(PROVINCE_CODE)),
  setBy: z.string().check(z.maxLength(250)),
  setAt: z.number().check(z.int(), z.gte(0)),
  quotas: z
    .array(z.object({ ...communeTargetSchema.shape, code: z.string().check(z.regex(COMMUNE_CODE)) }))
    .check(z.minLength(1)),
});
export type QuotaFile = z.infer<typeof quotaFileSchema>;

export type QuotaReadProblem = 'not_quota' | 'newer_version' | 'damaged';

export function readQuotaFile(text: string): { ok: true; file: QuotaFile } | { ok: false; problem: QuotaReadProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not_quota' };
  }
  const head = typeof data === 'object' && data !== null ? (data as { format?: unknown; version?: unknown }) : {};
  if (head.format !== QUOTA_FORMAT) return { ok: false, problem: 'not_quota' };
  if (typeof head.version === 'number' && head.version > QUOTA_VERSION) return { ok: false, problem: 'newer_version' };
  const parsed = quotaFileSchema.safeParse(data);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, problem: 'damaged' };
}

/** The file of every quota the officer has set in the province (those with at least one value). */
export function buildQuotaFile(provinceCode: string, quotas: Iterable<CommuneTarget>, setBy: string, setAt: number): QuotaFile | null {
  const list = [...quotas]
    .filter((q) => COMMUNE_CODE.test(q.code) && (q.enterprisePct !== null || q.otherPct !== null || q.deadline !== null))
    .map(({ code, enterprisePct, otherPct, deadline }) => ({ code, enterprisePct, otherPct, deadline }))
    .sort((a, b) => a.code.localeCompare(b.code));
  if (list.length === 0) return null;
  return { format: QUOTA_FORMAT, version: QUOTA_VERSION, provinceCode, setBy, setAt, quotas: list };
}

/**
 * The quotas a commune phone takes from a file: only those of its own communes
 * (a province file lists a hundred), each stamped with who set it and when.
 */
export function quotasForCommunes(file: QuotaFile, communes: ReadonlySet<string>): CommuneTarget[] {
  return file.quotas.filter((q) => communes.has(q.code)).map((q) => ({ ...q, setBy: file.setBy, setAt: file.setAt }));
}
