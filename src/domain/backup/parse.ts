import { organisationSchema } from '../organisation';
import { visitSchema } from '../visit';
import { clampToFileTime, fileTimeProblem } from './clock';
import type { BackupProblem } from './problems';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, backupEnvelopeSchema } from './schema';
import { checkRecords } from './validate';

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

const refuse = (problem: BackupProblem): ParsedBackup => ({ ok: false, problem });

const textOr = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Validates a backup or a teammate's file as a whole before anything is
 * written: one invalid record, two records with one id, a broken merge alias
 * or a file from a phone whose clock is far ahead refuses the file and names
 * what is wrong. `now` is this phone's clock.
 */
export function parseBackup(text: string, now: number): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse({ code: 'not-backup' });
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) return refuse({ code: 'not-backup' });
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) return refuse({ code: 'newer-version', version });
  const envelope = backupEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return refuse({ code: 'damaged', path: envelope.error.issues[0]!.path as (string | number)[] });
  const e = envelope.data;
  const late = fileTimeProblem(e.createdAt, now);
  if (late) return refuse(late);
  const organisations: Backup['organisations'] = [];
  for (let i = 0; i < e.organisations.length; i++) {
    const r = organisationSchema.safeParse(e.organisations[i]);
    if (!r.success) {
      const rec = e.organisations[i] as { name?: unknown; id?: unknown } | null;
      const path = r.error.issues[0]!.path as (string | number)[];
      return refuse({ code: 'invalid-organisation', index: i, id: textOr(rec?.id), name: textOr(rec?.name), path });
    }
    organisations.push(r.data);
  }
  const visits: Backup['visits'] = [];
  for (let i = 0; i < e.visits.length; i++) {
    const r = visitSchema.safeParse(e.visits[i]);
    if (!r.success) return refuse({ code: 'invalid-visit', index: i, path: r.error.issues[0]!.path as (string | number)[] });
    visits.push(r.data);
  }
  const problem = checkRecords(organisations, visits);
  if (problem) return refuse(problem);
  return { ok: true, backup: clampToFileTime({ ...e, format: BACKUP_FORMAT, version: BACKUP_VERSION, organisations, visits }) };
}
