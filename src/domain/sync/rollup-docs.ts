import { z } from 'zod/mini';
import type { CommuneTarget } from '../progress/targets';
import { QUOTA_FORMAT, QUOTA_VERSION, quotaFileSchema } from '../rollup/quota-file';
import { type CommuneSummary, communeSummarySchema } from '../rollup/summary';

/**
 * The roll-up through sync (issue 15): one document per commune for its summary
 * (written by the commune's phones into the team database, gathered by the
 * province database through CouchDB replication filtered by `doc_ids`) and one
 * per commune for the quota the officer set (written into the province database,
 * replicated down to that commune's database only). Each carries exactly the
 * document a file would, so both paths share their checks; the id names the
 * commune, so a server-side replication can pick one commune's documents by id.
 */
export const SUMMARY_PREFIX = 'summary:';
export const QUOTA_PREFIX = 'quota:';

export const summaryDocId = (communeCode: string) => `${SUMMARY_PREFIX}${communeCode}`;
export const quotaDocId = (communeCode: string) => `${QUOTA_PREFIX}${communeCode}`;

/** The commune an id names: the part after the prefix. */
const idCode = (id: string, prefix: string) => id.slice(prefix.length);

export const summaryDocSchema = z
  .object({
    _id: z.string().check(z.startsWith(SUMMARY_PREFIX)),
    _rev: z.optional(z.string()),
    type: z.literal('summary'),
    summary: communeSummarySchema,
  })
  .check(z.refine((d) => d.summary.communes.length === 1 && d.summary.communes[0]!.code === idCode(d._id, SUMMARY_PREFIX)));
export type SummaryDoc = z.infer<typeof summaryDocSchema>;

export const quotaDocSchema = z
  .object({
    _id: z.string().check(z.startsWith(QUOTA_PREFIX)),
    _rev: z.optional(z.string()),
    type: z.literal('quota'),
    quotas: quotaFileSchema,
  })
  .check(z.refine((d) => d.quotas.quotas.length === 1 && d.quotas.quotas[0]!.code === idCode(d._id, QUOTA_PREFIX)));
export type QuotaDoc = z.infer<typeof quotaDocSchema>;

type Body<T> = Omit<T, '_rev'>;

/** A phone's summary as one document per commune, for the communes its Settings name (the others' records on it may be partial). */
export function toSummaryDocs(summary: CommuneSummary, ownCommunes: ReadonlySet<string>): Body<SummaryDoc>[] {
  return summary.communes
    .filter((c) => ownCommunes.has(c.code))
    .map((c) => ({ _id: summaryDocId(c.code), type: 'summary', summary: { ...summary, communes: [c] } }));
}

/** The officer's quota for one commune as a document, stamped with who set it and when. */
export function toQuotaDoc(provinceCode: string, quota: CommuneTarget, fallbackAt: number): Body<QuotaDoc> {
  const { code, enterprisePct, otherPct, deadline } = quota;
  return {
    _id: quotaDocId(code),
    type: 'quota',
    quotas: {
      format: QUOTA_FORMAT,
      version: QUOTA_VERSION,
      provinceCode,
      setBy: quota.setBy ?? '',
      setAt: quota.setAt ?? fallbackAt,
      quotas: [{ code, enterprisePct, otherPct, deadline }],
    },
  };
}

/**
 * Whether a stored summary document already holds `next`'s figures (when and by
 * whom they were computed aside): then it is not written again, so phones of one
 * team, which hold the same records, do not rewrite each other's equal figures
 * back and forth, and the province's "last updated" stays the day they changed.
 */
export function sameSummary(stored: unknown, next: Body<SummaryDoc>): boolean {
  const parsed = summaryDocSchema.safeParse(stored);
  if (!parsed.success) return false;
  const a = parsed.data.summary;
  const b = next.summary;
  return a.provinceCode === b.provinceCode && sorted(a.communes) === sorted(b.communes);
}

/** Whether a stored quota document already carries `next`'s quota, setter and time. */
export function sameQuota(stored: unknown, next: Body<QuotaDoc>): boolean {
  const parsed = quotaDocSchema.safeParse(stored);
  return parsed.success && sorted(parsed.data.quotas) === sorted(next.quotas);
}

/** JSON with every object's keys in order: a parsed document and a built one list their keys in different orders. */
function sorted(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
