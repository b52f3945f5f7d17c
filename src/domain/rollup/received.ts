import { z } from 'zod/mini';
import { ISO_DATE } from '../dates';
import { type CommuneSummary, communeFiguresSchema, communeSummarySchema, SUMMARY_FORMAT, SUMMARY_VERSION } from './summary';

/** One commune's figures as kept by the city or province: the newest summary received for it, and which file it came from. */
export const receivedCommuneSchema = z.object({
  ...communeFiguresSchema.shape,
  provinceCode: z.string(),
  computedOn: z.string().check(z.regex(ISO_DATE)),
  computedAt: z.number(),
  computedBy: z.string(),
  fileName: z.string(),
});
export type ReceivedCommune = z.infer<typeof receivedCommuneSchema>;

export type SummaryReadProblem = 'not_summary' | 'newer_version' | 'damaged';

/**
 * A file's text as a summary, or why not: not JSON or not our format; a format
 * version this build does not know (made by a newer app); or our format with
 * figures that do not validate.
 */
export function readSummary(text: string): { ok: true; summary: CommuneSummary } | { ok: false; problem: SummaryReadProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not_summary' };
  }
  const head = typeof data === 'object' && data !== null ? (data as { format?: unknown; version?: unknown }) : {};
  if (head.format !== SUMMARY_FORMAT) return { ok: false, problem: 'not_summary' };
  if (typeof head.version === 'number' && head.version > SUMMARY_VERSION) return { ok: false, problem: 'newer_version' };
  const parsed = communeSummarySchema.safeParse(data);
  return parsed.success ? { ok: true, summary: parsed.data } : { ok: false, problem: 'damaged' };
}

/** A summary split into one received row per commune. */
export function receivedRows(summary: CommuneSummary, fileName: string): ReceivedCommune[] {
  const { provinceCode, computedOn, computedAt, computedBy } = summary;
  return summary.communes.map((c) => ({ ...c, provinceCode, computedOn, computedAt, computedBy, fileName }));
}
