import { toIsoDate } from '../../../domain/dates';
import { RegistryIndex } from '../../../domain/registry-index';
import type { RegistryQuery } from '../../../domain/registry-query';
import { signal } from '@preact/signals';
import type { Services } from '../../../app/services';
import { type Conflict, type MergePlan, planMerge, resolveConflict } from '../../../domain/backup/merge';
import { gzipText } from '../../../domain/backup/compress';
import type { Backup } from '../../../domain/backup/schema';
import { organisationSheet, visitSheet, type ExportSheet } from '../../../domain/export/table';
import { StorageFullError } from '../../../storage/errors';
import { fromStored } from '../../../storage/organisation-repository';
import { describeBackupProblem } from '../../../i18n/backup-problems';
import { dataText as t } from '../../../i18n/data';
import { exportLabels } from '../../../i18n/export';
import { readBackupFile } from './read-backup-file';

type Deps = Pick<Services, 'backups' | 'organisations' | 'settings' | 'visits' | 'loadAdminUnits' | 'storage' | 'dataLoss' | 'documents'>;

export interface PendingMerge {
  backup: Backup;
  plan: MergePlan;
  /** Per conflict: which side the user keeps (default: the later edit). */
  choices: ('local' | 'incoming')[];
}

/** Backup file, restore (replace or merge), teammate merge with conflicts, exports. */
export function createBackupModel(d: Deps) {
  const lastBackupAt = signal<number | null>(null);
  const pending = signal<PendingMerge | null>(null);

  async function refresh(): Promise<void> {
    lastBackupAt.value = await d.backups.lastBackupAt();
  }

  function userName(): string {
    return d.settings.settings.value.userName || t.backup.someone;
  }

  /** The backup as a file. It only reads: a backup is most needed when the disk is too full to write. */
  async function backupFile(): Promise<{ blob: Blob; createdAt: number }> {
    const createdAt = Date.now();
    const backup = await d.backups.snapshot(d.settings.settings.value, userName(), createdAt);
    return { blob: await gzipText(JSON.stringify(backup)), createdAt };
  }

  /** Marks the time of a backup handed to the user, so the reminder resets; null, or why it could not be recorded. */
  async function recordBackup(at: number): Promise<string | null> {
    d.dataLoss.backedUp(at);
    try {
      await d.backups.markBackedUp(at);
    } catch (error) {
      console.error(error);
      return error instanceof StorageFullError ? t.backup.doneNotRecordedFull : t.backup.doneNotRecorded;
    }
    lastBackupAt.value = at;
    return null;
  }

  /** The file read and checked whole in a worker, or why it is refused. */
  async function read(file: File): Promise<{ ok: true; backup: Backup } | { ok: false; message: string }> {
    const r = await readBackupFile(file, Date.now());
    if (!r) return { ok: false, message: t.backup.readFailed };
    return r.ok ? r : { ok: false, message: describeBackupProblem(r.problem) };
  }

  /** Replace everything with the file's content. Returns a message for the user. */
  async function restoreReplace(backup: Backup): Promise<void> {
    await d.backups.restoreReplace(backup);
    d.dataLoss.resolve();
    // Settings and documents are held in memory by their models; a merge leaves both tables alone.
    await Promise.all([d.settings.load(), d.documents.reload()]);
  }

  async function prepareMerge(backup: Backup): Promise<PendingMerge> {
    const lastMet = await d.backups.lastMet(backup.deviceId);
    const local = d.organisations.allWithTombstones().map(fromStored);
    const plan = planMerge(local, backup.organisations, await d.backups.visitIds(), backup.visits, lastMet);
    const choices = plan.conflicts.map((c: Conflict) => (c.incoming.updatedAt >= c.local.updatedAt ? 'incoming' : 'local') as 'local' | 'incoming');
    const next = { backup, plan, choices };
    pending.value = next;
    return next;
  }

  function choose(index: number, keep: 'local' | 'incoming'): void {
    const p = pending.value;
    if (!p) return;
    const choices = [...p.choices];
    choices[index] = keep;
    pending.value = { ...p, choices };
  }

  async function applyMerge(): Promise<void> {
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
  }

  /** Sheets to export; with a registry query, only the organisations that list shows, in its order. */
  async function exportSheets(which: 'organisations' | 'visits', filter?: RegistryQuery): Promise<ExportSheet[]> {
    const all = d.organisations.all();
    if (which === 'visits') return [visitSheet(await d.visits.all(), new Map(all.map((o) => [o.id, fromStored(o)])), exportLabels)];
    const chosen = filter ? new RegistryIndex(all).run(filter, toIsoDate(new Date())).rows : all;
    return [organisationSheet(chosen.map(fromStored), await d.loadAdminUnits(), exportLabels)];
  }

  return { lastBackupAt, pending, refresh, backupFile, recordBackup, read, restoreReplace, prepareMerge, choose, applyMerge, exportSheets };
}

export type BackupModel = ReturnType<typeof createBackupModel>;
