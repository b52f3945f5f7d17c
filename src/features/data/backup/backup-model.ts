import { type ReadonlySignal, signal } from '@preact/signals';
import { describeSaveError } from '../../../context/describe-error';
import { gzipText } from '../../../domain/backup/compress';
import { type Conflict, type MergePlan, planMerge, resolveConflict } from '../../../domain/backup/merge';
import type { Backup } from '../../../domain/backup/schema';
import { done, failed, type Outcome, succeeded } from '../../../domain/outcome';
import type { Settings } from '../../../domain/settings';
import { describeBackupProblem } from '../../../i18n/backup-problems';
import { dataText as t } from '../../../i18n/data';
import type { BackupRepository } from '../../../storage/backup-repository';
import { StorageFullError } from '../../../storage/errors';
import { fromStored, type OrganisationRepository } from '../../../storage/organisation-repository';
import { readBackupFile } from './read-backup-file';
import { backupReminder } from './reminder';

export interface BackupDeps {
  backups: BackupRepository;
  organisations: OrganisationRepository;
  settings: { settings: ReadonlySignal<Settings>; load(): Promise<void> };
  dataLoss: { backedUp(at: number): void; resolve(): void };
  /** Held in memory by its model, so it is read again after a restore. */
  documents: { reload(): Promise<void> };
}

export interface PendingMerge {
  backup: Backup;
  plan: MergePlan;
  /** Per conflict: which side the user keeps (default: the later edit). */
  choices: ('local' | 'incoming')[];
}

/** Backup file, restore (replace or merge), teammate merge with conflicts, and whether a backup is due. */
export function createBackupModel(d: BackupDeps) {
  const lastBackupAt = signal<number | null>(null);
  const pending = signal<PendingMerge | null>(null);

  async function refresh(): Promise<void> {
    lastBackupAt.value = await d.backups.lastBackupAt();
  }

  function userName(): string {
    return d.settings.settings.value.userName || t.backup.someone;
  }

  /** Organisations on this phone (deleted ones not counted). */
  const recordCount = (): number => d.organisations.all().length;

  /** Whether to remind of a backup now (see reminder.ts). */
  const reminder = (now: number) => backupReminder(lastBackupAt.value, d.organisations.all(), now);

  /** The backup as a file. It only reads: a backup is most needed when the disk is too full to write. */
  async function backupFile(): Promise<Outcome<{ blob: Blob; createdAt: number }>> {
    try {
      const createdAt = Date.now();
      const backup = await d.backups.snapshot(d.settings.settings.value, userName(), createdAt);
      return succeeded({ blob: await gzipText(JSON.stringify(backup)), createdAt });
    } catch (error) {
      console.error(error);
      return failed(t.backup.failed);
    }
  }

  /** Marks the time of a backup handed to the user, so the reminder resets; a failure says the file was made but its time not recorded. */
  async function recordBackup(at: number): Promise<Outcome> {
    d.dataLoss.backedUp(at);
    try {
      await d.backups.markBackedUp(at);
    } catch (error) {
      console.error(error);
      return failed(error instanceof StorageFullError ? t.backup.doneNotRecordedFull : t.backup.doneNotRecorded);
    }
    lastBackupAt.value = at;
    return done;
  }

  /** The file read and checked whole in a worker, or why it is refused. */
  async function read(file: File): Promise<Outcome<Backup>> {
    const r = await readBackupFile(file, Date.now()).catch(() => null);
    if (!r) return failed(t.backup.readFailed);
    return r.ok ? succeeded(r.backup) : failed(describeBackupProblem(r.problem));
  }

  async function attempt(write: () => Promise<void>): Promise<Outcome> {
    try {
      await write();
      return done;
    } catch (error) {
      return failed(describeSaveError(error));
    }
  }

  /** Replace everything with the file's content. */
  function restoreReplace(backup: Backup): Promise<Outcome> {
    return attempt(async () => {
      await d.backups.restoreReplace(backup);
      d.dataLoss.resolve();
      // Settings and documents are held in memory by their models; a merge leaves both tables alone.
      await Promise.all([d.settings.load(), d.documents.reload()]);
    });
  }

  /** What merging the file would do, with its conflicts, held in `pending` for the user to review. */
  function prepareMerge(backup: Backup): Promise<Outcome> {
    return attempt(async () => {
      const lastMet = await d.backups.lastMet(backup.deviceId);
      const local = d.organisations.allWithTombstones().map(fromStored);
      const plan = planMerge(local, backup.organisations, await d.backups.visitIds(), backup.visits, lastMet);
      const choices = plan.conflicts.map((c: Conflict) => (c.incoming.updatedAt >= c.local.updatedAt ? 'incoming' : 'local') as 'local' | 'incoming');
      pending.value = { backup, plan, choices };
    });
  }

  function choose(index: number, keep: 'local' | 'incoming'): void {
    const p = pending.value;
    if (!p) return;
    const choices = [...p.choices];
    choices[index] = keep;
    pending.value = { ...p, choices };
  }

  function applyMerge(): Promise<Outcome> {
    return attempt(async () => {
      const p = pending.value;
      if (!p) return;
      const now = Date.now();
      const byId = new Map(p.plan.writes.map((o) => [o.id, o]));
      p.plan.conflicts.forEach((c, i) => {
        const chosen = resolveConflict(c, p.choices[i]!, now, userName());
        if (chosen) byId.set(chosen.id, chosen);
      });
      await d.backups.applyMerge([...byId.values()], p.plan.visits, p.plan.aliases, p.backup.deviceId, p.backup.createdAt);
      d.dataLoss.resolve();
      pending.value = null;
    });
  }

  return { lastBackupAt, pending, refresh, recordCount, reminder, backupFile, recordBackup, read, restoreReplace, prepareMerge, choose, applyMerge };
}

export type BackupModel = ReturnType<typeof createBackupModel>;
