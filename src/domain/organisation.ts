import { z } from 'zod/mini';
import { ISO_DATE } from './dates';
import { NOT_APPLICABLE_REASONS, PROBLEM_REASONS, STATUSES } from './status';

export const ORG_KINDS = [
  'enterprise',
  'cooperative',
  'coop_union',
  'household',
  'agency',
  'public_unit',
  'association',
  'other',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

const timestamp = z.number().check(z.int(), z.gte(0));

export const statusChangeSchema = z.object({
  status: z.enum(STATUSES),
  at: timestamp,
  by: z.string(),
  reason: z.optional(z.enum([...PROBLEM_REASONS, ...NOT_APPLICABLE_REASONS])),
  note: z.optional(z.string()),
});

export const consentSchema = z.object({
  given: z.boolean(),
  recordedBy: z.string(),
  at: timestamp,
});

/**
 * An organisation as stored and exchanged (backup, merge). No citizen ID
 * numbers are ever stored: only the representative's name and phone.
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
  createdAt: timestamp,
  updatedAt: timestamp,
  updatedBy: z.string(),
  deletedAt: z.nullable(timestamp),
  demo: z.boolean(),
  importBatchId: z.nullable(z.string()),
  /**
   * Set on a tombstone whose id now stands for another record: the same
   * organisation (same tax code) was created on two phones, and a merge joined
   * them under one id (see domain/backup/merge-records.ts). Absent otherwise.
   */
  mergedInto: z.optional(z.string().check(z.minLength(1))),
});

export type Organisation = z.infer<typeof organisationSchema>;
