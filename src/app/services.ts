import { createRegistryModel } from '../features/registry/registry-model';
import { AdminUnits, type AdminUnitsData } from '../domain/admin-units';
import { createVisitSession } from '../features/visit/visit-session';
import { createDocumentsModel } from '../features/documents/documents-model';
import { createProgressModel } from '../features/progress/progress-model';
import { flushAll } from '../pwa/flush';
import { createPwaModel } from '../pwa/pwa-model';
import { CommuneTargetRepository } from '../storage/commune-target-repository';
import { openDatabase } from '../storage/connection';
import { EidDatabase } from '../storage/db';
import { DocumentRepository } from '../storage/document-repository';
import { BackupRepository } from '../storage/backup-repository';
import { DraftRepository } from '../storage/draft-repository';
import { ImportRepository } from '../storage/import-repository';
import { OrganisationRepository } from '../storage/organisation-repository';
import { SettingsRepository } from '../storage/settings-repository';
import { VisitRepository } from '../storage/visit-repository';
import { TeamStore } from '../storage/team-store';
import { WriteGuard } from '../storage/write-guard';
import { createTeamModel } from '../features/team/team-model';
import { createAppStatusModel } from './models/app-status-model';
import { createDataLossModel } from './models/data-loss-model';
import { describeDraftError, describeSaveError } from './models/describe-error';
import { createSettingsModel } from './models/settings-model';
import { createStorageModel } from './models/storage-model';

/**
 * The composition root: the only place that builds repositories and models and
 * hands them to each other. Features receive what they need through `useServices`.
 */
export function createServices(db = new EidDatabase()) {
  const guard = new WriteGuard();
  const status = createAppStatusModel();
  const storage = createStorageModel();
  const pwa = createPwaModel();
  const drafts = new DraftRepository(db);
  const organisations = new OrganisationRepository(db, guard);
  const visits = new VisitRepository(db, guard, organisations);
  const documents = createDocumentsModel(new DocumentRepository(db, guard));
  const settings = createSettingsModel(new SettingsRepository(db, guard), storage.afterRealSave);
  const registry = createRegistryModel({ organisations, visits, userName: () => settings.settings.value.userName });
  const imports = new ImportRepository(db, organisations);
  const backups = new BackupRepository(db, organisations);
  const dataLoss = createDataLossModel(organisations);
  const team = createTeamModel({
    store: new TeamStore(db, guard, organisations),
    onLocalChange: (listener) => organisations.subscribe(listener),
    userName: () => settings.settings.value.userName,
  });
  let adminUnits: Promise<AdminUnits> | null = null;

  /** A visit in progress for one organisation (autosaved as a draft until recorded). */
  const openVisit = (orgId: string) =>
    createVisitSession(
      { drafts, organisations, visits, userName: () => settings.settings.value.userName, describeError: describeSaveError, describeDraftError },
      orgId,
    );

  /** The 3,321 communes load on first need (a lazy, precached chunk), not at start-up. */
  function loadAdminUnits(): Promise<AdminUnits> {
    adminUnits ??= import('../generated/admin-units.json').then(
      (m) => new AdminUnits(m.default as unknown as AdminUnitsData),
    );
    return adminUnits;
  }

  const progress = createProgressModel({
    organisations,
    visits,
    targets: new CommuneTargetRepository(db, guard),
    settings: settings.settings,
    loadAdminUnits,
  });

  async function open(): Promise<void> {
    try {
      await openDatabase(db, guard, {
        onVersionChange: async () => {
          status.versionChanged.value = true;
          status.readOnly.value = 'upgrade-pending';
          await flushAll();
        },
        onBlocked: () => (status.upgradeBlocked.value = true),
        onDeletedUnderUs: () => dataLoss.check(true),
      });
      status.readOnly.value = guard.readOnlyReason;
      await settings.load();
      status.openState.value = 'loading';
      await organisations.loadAll((n) => (status.loadedRecords.value = n));
      // Chunks are never stored empty: no record in memory after loading means none stored.
      dataLoss.check(organisations.allWithTombstones().length === 0);
      status.openState.value = 'ready';
      void storage.refresh();
      if (!guard.readOnlyReason) void team.load();
    } catch (error) {
      console.error(error);
      status.openState.value = 'failed';
    }
  }

  return {
    db,
    guard,
    status,
    storage,
    pwa,
    drafts,
    organisations,
    visits,
    settings,
    registry,
    progress,
    imports,
    backups,
    dataLoss,
    team,
    openVisit,
    documents,
    loadAdminUnits,
    open,
  };
}

export type Services = ReturnType<typeof createServices>;
