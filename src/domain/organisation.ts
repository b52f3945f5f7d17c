import { z } from 'zod/mini';
import { ISO_DATE } from './dates';
import { NOT_APPLICABLE_REASONS, PROBLEM_REASONS, STATUSES } from './status';
import { changeEntrySchema } from './team/change-log';
import { erasureSchema } from './team/erasure';

export const ORG_KINDS = [
  'enterprise',
  /** Branch, representative office or business location: registered under its parent (tax code "-NNN"). */
  'branch',
  'cooperative',
  'coop_union',
  'coop_group',
  'household',
  'agency',
  'public_unit',
  'association',
  'religious',
  'other',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Milliseconds since 1970, as Date.now() gives them. */
export const timestampSchema = z.number().check(z.int(), z.gte(0));

export const statusChangeSchema = z.object({
  status: z.enum(STATUSES),
  at: timestampSchema,
  by: z.string(),
  reason: z.optional(z.enum([...PROBLEM_REASONS, ...NOT_APPLICABLE_REASONS])),
  note: z.optional(z.string()),
});

export const consentSchema = z.object({
  given: z.boolean(),
  recordedBy: z.string(),
  at: timestampSchema,
});

/**
 * Values that fail their check (tax code, phone) but are kept on purpose: the
 * reason per field, written by the user in the form or by the import ("as in
 * the file"). Opening the record in the form shows the problem again.
 */
export const keptAsIsSchema = z.object({
  taxCode: z.optional(z.string()),
  representativePhone: z.optional(z.string()),
});
export type KeptAsIs = z.infer<typeof keptAsIsSchema>;

/**
 * An organisation as stored and exchanged (backup, merge). Of the
 * representative only the name and phone are stored. The one citizen ID number
 * ever stored is a household business's tax code, which since 1/7/2025 is the
 * owner's 12-digit personal number: kept only when the consent below is given
 * (the form enforces it; the import, which has no consent, leaves it out).
 */
export const organisationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  taxCode: z.string(),
  name: z.string().check(z.minLength(1)),
  kind: z.enum(ORG_KINDS),
  address: z.string(),
  communeCode: z.string(),
  /** The commune as an imported list wrote it, kept when it matched no commune ("Xã, phường theo danh sách"). Absent otherwise. */
  listedCommune: z.optional(z.string()),
  representativeName: z.string(),
  representativePhone: z.string(),
  consent: z.nullable(consentSchema),
  status: z.enum(STATUSES),
  problemReason: z.nullable(z.enum(PROBLEM_REASONS)),
  notApplicableReason: z.nullable(z.enum(NOT_APPLICABLE_REASONS)),
  statusNote: z.string(),
  notes: z.string(),
  followUpDate: z.nullable(z.string().check(z.regex(ISO_DATE))),
  statusHistory: z.array(statusChangeSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  updatedBy: z.string(),
  deletedAt: z.nullable(timestampSchema),
  demo: z.boolean(),
  importBatchId: z.nullable(z.string()),
  keptAsIs: z.optional(keptAsIsSchema),
  /**
   * Set on a tombstone whose id now stands for another record: the same
   * organisation (same tax code) was created on two phones, and a merge joined
   * them under one id (see domain/backup/merge-records.ts). Absent otherwise.
   */
  mergedInto: z.optional(z.string().check(z.minLength(1))),
  /** The team member the organisation is assigned to (a name as in Settings); absent when nobody is. */
  assignee: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
  /** Who changed what and when, newest last, at most CHANGE_LOG_LIMIT (domain/team/change-log.ts). Absent on records never changed since. */
  changes: z.optional(z.array(changeEntrySchema)),
  /** Set when the representative's personal data was erased; final for those fields in every merge (domain/team/erasure.ts). */
  erasure: z.optional(erasureSchema),
});

export type Organisation = z.infer<typeof organisationSchema>;
