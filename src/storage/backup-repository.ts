import type { Backup } from '../domain/backup/schema';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../domain/backup/schema';
import { migrateIds, TAX_CODE_IDS_SINCE } from '../domain/id-migration';
import type { Organisation } from '../domain/organisation';
import type { Settings } from '../domain/settings';
import type { Visit } from '../domain/visit';
import { DATA_VERSION, type EidDatabase } from './db';
import { isQuotaError, mapStorageErrors } from './errors';
import { fromStored, type OrganisationRepository } from './organisation-repository';
import { OUTBOX_TABLES, queueVisits } from './outbox';

/**
 * Whole-database reads and writes for backup, restore and merge. Restore and
 * merge each run in one transaction: a failure leaves the data as it was.
 */
export class BackupRepository {
  /** The id made while the disk was too full to store it: kept for this session, stored once there is room. */
  private unstoredDeviceId: string | null = null;

  constructor(
    private readonly db: EidDatabase,
    private readonly organisations: OrganisationRepository,
  ) {}

  /** This phone's id in exchanged files, made once. A full disk must not stop a backup, so storing it may wait. */
  async deviceId(): Promise<string> {
    const row = await this.db.meta.get('deviceId');
    if (typeof row?.value === 'string') return row.value;
    this.unstoredDeviceId ??= crypto.randomUUID();
    const id = this.unstoredDeviceId;
    try {
      await this.db.meta.put({ key: 'deviceId', value: id });
      this.unstoredDeviceId = null;
    } catch (error) {
      if (!isQuotaError(error)) throw error;
    }
    return id;
  }

  async snapshot(settings: Settings, createdBy: string, now: number): Promise<Backup> {
    const [visits, communes, documents, deviceId] = await Promise.all([
      this.db.visits.toArray(),
      this.db.communes.toArray(),
      this.db.documents.toArray(),
      this.deviceId(),
    ]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      dataVersion: DATA_VERSION,
      createdAt: now,
      deviceId,
      createdBy,
      settings,
      organisations: this.organisations.allWithTombstones().map(fromStored),
      visits,
      communes,
      documents,
    };
  }

  async lastBackupAt(): Promise<number | null> {
    const v = (await this.db.meta.get('lastBackupAt'))?.value;
    return typeof v === 'number' ? v : null;
  }

  async markBackedUp(at: number): Promise<void> {
    await mapStorageErrors(() => this.db.meta.put({ key: 'lastBackupAt', value: at }));
  }

  /**
   * Replaces every team table with the backup's content (drafts and import
   * history stay). A backup made before data version 2 has its records moved to
   * tax-code ids on the way in, as the upgrade moved this phone's; a later one is
   * restored exactly as it is.
   */
  async restoreReplace(backup: Backup): Promise<void> {
    const { records, visits } = backup.dataVersion < TAX_CODE_IDS_SINCE ? migrateIds(backup.organisations, backup.visits) : { records: backup.organisations, visits: backup.visits };
    await this.organisations.replaceAll(records, {
      tables: ['visits', 'communes', 'documents', 'settings', ...OUTBOX_TABLES],
      write: async () => {
        await Promise.all([this.db.visits.clear(), this.db.communes.clear(), this.db.documents.clear()]);
        await this.db.visits.bulkPut(visits);
        await queueVisits(this.db, visits.map((v) => v.id));
        await this.db.communes.bulkPut(backup.communes);
        await this.db.documents.bulkPut(backup.documents);
        await this.db.settings.put({ key: 'settings', value: backup.settings });
      },
    });
  }

  /** When this phone last merged a file from that phone (0: never). */
  async lastMet(peer: string): Promise<number> {
    const v = (await this.db.meta.get(`lastMerge:${peer}`))?.value;
    return typeof v === 'number' ? v : 0;
  }

  async visitIds(): Promise<string[]> {
    return (await this.db.visits.toCollection().primaryKeys()) as string[];
  }

  /**
   * Writes a merge in one transaction: the records, the teammate's new visits,
   * this phone's visits moved from joined ids to the surviving ones, and when
   * this phone last met that one.
   */
  async applyMerge(writes: Organisation[], visits: Visit[], aliases: ReadonlyMap<string, string>, peer: string, peerCreatedAt: number): Promise<void> {
    await this.organisations.write({ puts: writes, logChanges: false }, {
      tables: ['visits', 'meta', ...OUTBOX_TABLES],
      write: async () => {
        await this.db.visits.bulkPut(visits);
        await queueVisits(this.db, visits.map((v) => v.id));
        if (aliases.size > 0) {
          const moved = this.db.visits.where('orgId').anyOf([...aliases.keys()]);
          // Moved visits are changed visits: the team must learn of their new organisation too.
          await queueVisits(this.db, (await moved.primaryKeys()) as string[]);
          await moved.modify((v) => {
            v.orgId = aliases.get(v.orgId) ?? v.orgId;
          });
        }
        const previous = (await this.db.meta.get(`lastMerge:${peer}`))?.value;
        await this.db.meta.put({ key: `lastMerge:${peer}`, value: Math.max(typeof previous === 'number' ? previous : 0, peerCreatedAt) });
      },
    });
  }
}
