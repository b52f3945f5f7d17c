import { z } from 'zod/mini';
import { documentLinkSchema } from '../document-link';
import { type Organisation, timestampSchema } from '../organisation';
import { communeTargetSchema } from '../progress/targets';
import { settingsSchema } from '../settings';
import type { Visit } from '../visit';

/**
 * The backup and teammate-exchange file: one JSON document holding every table
 * that belongs to the team's data. Device-local tables (drafts, import history
 * and its undo log) are left out on purpose: they mean nothing on another phone.
 */
export const BACKUP_FORMAT = 'eid-field-kit/backup';
/** Bump when the file layout changes; an older app refuses a newer file rather than half-read it. */
export const BACKUP_VERSION = 1;

/** Everything but the records, which are checked one by one to name the bad one. */
export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  dataVersion: z.number(),
  createdAt: timestampSchema,
  deviceId: z.string(),
  createdBy: z.string(),
  settings: settingsSchema,
  organisations: z.array(z.unknown()),
  visits: z.array(z.unknown()),
  communes: z.array(communeTargetSchema),
  documents: z.array(documentLinkSchema),
});

/** A file whose every record passed its schema: what parseBackup returns and the backup writer fills. */
export type Backup = Omit<z.infer<typeof backupEnvelopeSchema>, 'organisations' | 'visits'> & { organisations: Organisation[]; visits: Visit[] };
