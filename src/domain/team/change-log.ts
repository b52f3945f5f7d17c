import { z } from 'zod/mini';
import type { Organisation } from '../organisation';
import { STATUSES } from '../status';

/** How many entries a record keeps: enough to answer "who changed this lately", small enough to sync with every edit. */
export const CHANGE_LOG_LIMIT = 50;

/**
 * The fields a change entry names, as codes (the words are in `i18n/team.ts`).
 * Status moves are kept as from → to; bookkeeping fields (times, history) are not tracked.
 */
export const TRACKED_FIELDS = [
  'name', 'taxCode', 'kind', 'address', 'communeCode', 'listedCommune', 'representativeName', 'representativePhone',
  'consent', 'problemReason', 'notApplicableReason', 'statusNote', 'notes', 'followUpDate', 'keptAsIs', 'assignee', 'deletedAt',
] as const satisfies readonly (keyof Organisation)[];
export type TrackedField = (typeof TRACKED_FIELDS)[number];

const timestamp = z.number().check(z.int(), z.gte(0));

/**
 * One save, status change, visit, import update or erasure: when, by whom, which
 * fields (codes only, never values, so the log itself holds no personal data).
 * Field codes are plain strings so that a record written by a newer app, which
 * tracks more fields, still reads here.
 */
export const changeEntrySchema = z.object({
  at: timestamp,
  by: z.string().check(z.maxLength(80)),
  fields: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(40)),
  from: z.optional(z.enum(STATUSES)),
  to: z.optional(z.enum(STATUSES)),
  /** The representative's personal data was erased (domain/team/erasure.ts). */
  erased: z.optional(z.literal(true)),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The tracked fields whose values differ between two versions of a record. */
export function changedFields(before: Organisation, after: Organisation): TrackedField[] {
  return TRACKED_FIELDS.filter((f) => !same(before[f], after[f]));
}

/** Entries in one order every phone agrees on: by time, then by content. */
const entryKey = (e: ChangeEntry) => JSON.stringify([e.at, e.by, e.fields, e.from ?? '', e.to ?? '', e.erased ?? false]);
function compareEntries(a: ChangeEntry, b: ChangeEntry): number {
  if (a.at !== b.at) return a.at - b.at;
  const [ka, kb] = [entryKey(a), entryKey(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The union of several logs, oldest first, cut to the newest CHANGE_LOG_LIMIT.
 * Being a set union with a cut that depends only on the union, it is idempotent,
 * commutative and associative: logs merged in any order on any phone converge.
 */
export function unionChangeLogs(...logs: readonly (readonly ChangeEntry[] | undefined)[]): ChangeEntry[] {
  const byKey = new Map<string, ChangeEntry>();
  for (const log of logs) for (const e of log ?? []) byKey.set(entryKey(e), e);
  return [...byKey.values()].sort(compareEntries).slice(-CHANGE_LOG_LIMIT);
}

/**
 * The record as written, with one more entry describing what changed since
 * `before` (stamped with the writer's `updatedAt` and `updatedBy`). A write that
 * changes no tracked field or status, a new record, and a version that is not
 * newer than `before` (an import undone, a restore) get no entry.
 */
export function withChangeLogged(before: Organisation | undefined, after: Organisation): Organisation {
  if (!before || after.updatedAt <= before.updatedAt) return after;
  const fields = changedFields(before, after);
  const statusMoved = before.status !== after.status;
  const erased = after.erasure !== undefined && !same(before.erasure, after.erasure);
  if (fields.length === 0 && !statusMoved && !erased) return after;
  const entry: ChangeEntry = {
    at: after.updatedAt,
    by: after.updatedBy,
    fields,
    ...(statusMoved ? { from: before.status, to: after.status } : {}),
    ...(erased ? { erased: true as const } : {}),
  };
  return { ...after, changes: unionChangeLogs(before.changes, after.changes, [entry]) };
}
