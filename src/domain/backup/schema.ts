import { z } from 'zod/mini';
import { ISO_DATE } from '../dates';
import type { organisationSchema } from '../organisation';
import { settingsSchema } from '../settings';

/**
 * The backup and teammate-exchange file: one JSON document holding every table
 * that belongs to the team's data. Device-local tables (drafts, import history
 * and its undo log) are left out on purpose: they mean nothing on another phone.
 */
export const BACKUP_FORMAT = 'eid-field-kit/backup';
/** Bump when the file layout changes; an older app refuses a newer file rather than half-read it. */
export const BACKUP_VERSION = 1;

const timestamp = z.number().check(z.int(), z.gte(0));

export const visitSchema = z.object({
  id: z.string().check(z.minLength(1)),
  orgId: z.string().check(z.minLength(1)),
  at: timestamp,
  by: z.string(),
  guideSlugs: z.array(z.string()),
  stepsDone: z.array(z.string()),
  problems: z.array(z.string()),
  outcomeStatus: z.string(),
  note: z.string(),
  followUpDate: z.nullable(z.string().check(z.regex(ISO_DATE))),
  demo: z.boolean(),
});

export const communeTargetSchema = z.object({
  code: z.string(),
  enterprisePct: z.nullable(z.number()),
  otherPct: z.nullable(z.number()),
  deadline: z.nullable(z.string()),
});

export const documentLinkSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  note: z.string(),
  publisher: z.string(),
  official: z.boolean(),
  updatedAt: timestamp,
});

/** Everything but the records, which are checked one by one to name the bad one. */
export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  dataVersion: z.number(),
  createdAt: timestamp,
  deviceId: z.string(),
  createdBy: z.string(),
  settings: settingsSchema,
  organisations: z.array(z.unknown()),
  visits: z.array(z.unknown()),
  communes: z.array(communeTargetSchema),
  documents: z.array(documentLinkSchema),
});

export type Visit = z.infer<typeof visitSchema>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  dataVersion: number;
  createdAt: number;
  deviceId: string;
  createdBy: string;
  settings: z.infer<typeof settingsSchema>;
  organisations: z.infer<typeof organisationSchema>[];
  visits: Visit[];
  communes: z.infer<typeof communeTargetSchema>[];
  documents: z.infer<typeof documentLinkSchema>[];
}
